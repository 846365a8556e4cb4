"""The Committee page's dialogs: naming a steward (or trusting a keeper) from a key card and the
fingerprint compared in person, choosing a member's scope, the entry forms a steward fills in a
copy, and the keeper's review of a field report.

Owns ``MemberDialog`` (card, fingerprint, name, workplace, scope as the whole workplace or a list
of areas to tick, sensitive access, the steward's own row in the chart), ``KeeperDialog``,
``EntryForm`` (a form built from a list of ``Field``s: the page describes each kind of entry and
gets plain values back) and ``ReviewDialog`` (like the import's dry run: every change with its
state; the selected one's values side by side as the steward's copy had them, as the chart has
them now and as the steward reports them; accept or decline one by one or all at once; a declined
change takes the changes that need it along; Apply writes the decisions in one transaction).
Each dialog has a module-level ``ask_*`` function the page keeps as an injectable attribute.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from forum_kit.committee import review
from forum_kit.errors import ForumKitError
from ui.editors.common import error_text, from_qdate
from ui.editors.meeting_editor import ok_cancel
from ui.i18n import translate
from ui.models.committee_models import DetailsModel, ReviewModel
from ui.widgets.dates import date_edit
from ui.widgets.file_dialogs import open_file, save_file
from ui.widgets.fit import fit_dialog
from ui.widgets.tables import fit_columns, table_view
from ui.widgets.wrapped_check import wrapped_check

CARD_FILTER = "Forum Kit key card (*.card *.txt);;All files (*)"


# ------------------------------------------------------------------------------- members


@dataclass(frozen=True)
class MemberSpec:
    card: str
    fingerprint: str
    name: str | None
    workplace_id: int | None
    area_ids: tuple[int, ...] | None
    sensitive: bool
    contact_id: int | None


class _CardFields:
    """The card (pasted, or read from a file) and the fingerprint typed after comparing it."""

    def __init__(self, dialog: QDialog, form: QFormLayout) -> None:
        self.dialog = dialog
        self.card = QPlainTextEdit()
        self.card.setTabChangesFocus(True)
        self.card.setPlaceholderText(
            translate("CommitteeDialogs", "Paste the card: 'Forum Kit public key card v1' …")
        )
        self.card.setMaximumHeight(110)
        load = QPushButton(translate("CommitteeDialogs", "&Load a card file…"))
        load.clicked.connect(self.load)
        row = QVBoxLayout()
        row.addWidget(self.card)
        row.addWidget(load, 0, Qt.AlignmentFlag.AlignLeft)
        self.fingerprint = QLineEdit()
        self.fingerprint.setPlaceholderText(
            translate("CommitteeDialogs", "Type the fingerprint you compared")
        )
        self.name = QLineEdit()
        self.name.setPlaceholderText(
            translate("CommitteeDialogs", "Leave empty to use the card's name")
        )
        label = QLabel(translate("CommitteeDialogs", "&Card:"))
        label.setBuddy(self.card)
        form.addRow(label, row)
        form.addRow(translate("CommitteeDialogs", "&Fingerprint:"), self.fingerprint)
        form.addRow(translate("CommitteeDialogs", "&Name here:"), self.name)
        self.choose_file = lambda parent: open_file(
            parent, translate("CommitteeDialogs", "Key card"), "", CARD_FILTER
        )

    def load(self) -> None:
        path = self.choose_file(self.dialog)
        if not path:
            return
        try:
            self.card.setPlainText(Path(path).read_text(encoding="utf-8")[:4000])
        except (OSError, UnicodeDecodeError):
            self.card.setPlainText("")


class MemberDialog(QDialog):
    """Name a steward on the committee (``card`` True) or change a member's scope."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        workplaces: Sequence[tuple[int, str]],
        areas: dict[int, list[tuple[int, str]]],
        people: Sequence[tuple[int, str]],
        card: bool = True,
        current: Any = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Add a steward to the committee")
            if card
            else self.tr("Change a member's scope")
        )
        self.areas_by_workplace = areas
        form = QFormLayout(self)
        self.card_fields = _CardFields(self, form) if card else None
        self.workplace = QComboBox()
        for wp_id, name in workplaces:
            self.workplace.addItem(name, wp_id)
        self.workplace.setEnabled(card)
        self.whole = QRadioButton(self.tr("The &whole workplace"))
        self.some = QRadioButton(self.tr("Only these &areas (with all under them):"))
        self.area_model = QStandardItemModel(self)
        self.area_list = QListView()
        self.area_list.setModel(self.area_model)
        self.area_list.setAccessibleName(self.tr("Areas of the scope"))
        self.area_list.setMinimumHeight(120)
        self.sensitive, sensitive_words = wrapped_check(
            self.tr("May see people, notes and cases marked &sensitive")
        )
        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("The steward in the chart"))
        self.person.addItem(self.tr("(not in the chart)"), None)
        for person_id, name in people:
            self.person.addItem(name, person_id)
        scope = QVBoxLayout()
        scope.addWidget(self.whole)
        scope.addWidget(self.some)
        scope.addWidget(self.area_list)
        form.addRow(self.tr("&Workplace:"), self.workplace)
        form.addRow(self.tr("Scope:"), scope)
        form.addRow(self.sensitive, sensitive_words)
        form.addRow(self.tr("The steward &is:"), self.person)
        form.addRow(ok_cancel(self))
        self.workplace.currentIndexChanged.connect(self._fill_areas)
        self.whole.toggled.connect(lambda on: self.area_list.setEnabled(not on))
        chosen: set[int] = set()
        if current is not None:
            self.workplace.setCurrentIndex(max(0, self.workplace.findData(current.workplace_id)))
            chosen = set(current.area_ids)
            self.sensitive.setChecked(current.sensitive)
            self.person.setCurrentIndex(max(0, self.person.findData(current.contact_id)))
        self._fill_areas(chosen=chosen)
        (self.whole if current is None or current.whole_workplace else self.some).setChecked(True)
        self.area_list.setEnabled(self.some.isChecked())
        fit_dialog(self)

    def _fill_areas(self, *_: Any, chosen: set[int] | None = None) -> None:
        self.area_model.clear()
        for area_id, path in self.areas_by_workplace.get(self.workplace.currentData(), []):
            item = QStandardItem(path)
            item.setData(area_id, Qt.ItemDataRole.UserRole)
            item.setCheckable(True)
            item.setEditable(False)
            if chosen and area_id in chosen:
                item.setCheckState(Qt.CheckState.Checked)
            self.area_model.appendRow(item)

    def set_areas(self, area_ids: set[int]) -> None:
        """Tick these areas (and choose "only these areas")."""
        self.some.setChecked(True)
        for row in range(self.area_model.rowCount()):
            item = self.area_model.item(row)
            wanted = item.data(Qt.ItemDataRole.UserRole) in area_ids
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def values(self) -> MemberSpec:
        ticked = tuple(
            self.area_model.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.area_model.rowCount())
            if self.area_model.item(r).checkState() == Qt.CheckState.Checked
        )
        cards = self.card_fields
        return MemberSpec(
            card=cards.card.toPlainText() if cards else "",
            fingerprint=cards.fingerprint.text() if cards else "",
            name=(cards.name.text().strip() or None) if cards else None,
            workplace_id=self.workplace.currentData(),
            area_ids=None if self.whole.isChecked() else ticked,
            sensitive=self.sensitive.isChecked(),
            contact_id=self.person.currentData(),
        )


def ask_member(parent: QWidget | None, **kw: Any) -> MemberSpec | None:
    dialog = MemberDialog(parent, **kw)
    try:
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


class KeeperDialog(QDialog):
    """Trust the chart keeper whose copies this vault will open."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Trust a chart keeper"))
        form = QFormLayout(self)
        self.card_fields = _CardFields(self, form)
        form.addRow(ok_cancel(self))

    def values(self) -> MemberSpec:
        c = self.card_fields
        return MemberSpec(
            c.card.toPlainText(),
            c.fingerprint.text(),
            c.name.text().strip() or None,
            None,
            None,
            False,
            None,
        )


def ask_keeper(parent: QWidget | None) -> MemberSpec | None:
    dialog = KeeperDialog(parent)
    try:
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


# ------------------------------------------------------------------------------- entries


@dataclass(frozen=True)
class Field:
    """One field of an entry form. ``kind``: line, text (a few lines), date, optional_date,
    choice (``choices`` as (value, label)), check, or person (chosen with ``pick``)."""

    key: str
    label: str
    kind: str = "line"
    choices: tuple[tuple[Any, str], ...] = ()
    value: Any = None


class EntryForm(QDialog):
    """A small form for one report entry; ``values()`` gives the fields' values by key."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        fields: Sequence[Field],
        *,
        pick: Any = None,
        note: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.pick = pick
        self.widgets: dict[str, Any] = {}
        self.people: dict[str, int | None] = {}
        outer = QVBoxLayout(self)
        if note:
            label = QLabel(note)
            label.setWordWrap(True)
            outer.addWidget(label)
        inner = QWidget()
        form = QFormLayout(inner)
        for field in fields:
            form.addRow(self.tr(field.label), self._widget(field))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        outer.addWidget(scroll, 1)
        outer.addWidget(ok_cancel(self))
        self.resize(max(self.width(), 560), min(620, 120 + 46 * len(fields)))

    def _widget(self, field: Field) -> QWidget:
        kind = field.kind
        if kind == "text":
            widget: Any = QPlainTextEdit(field.value or "")
            widget.setTabChangesFocus(True)
            widget.setMaximumHeight(64)
        elif kind in ("date", "optional_date"):
            widget = date_edit(field.value or date.today())
            if kind == "optional_date":
                box = QWidget()
                row = QHBoxLayout(box)
                row.setContentsMargins(0, 0, 0, 0)
                toggle = QCheckBox()
                toggle.setAccessibleName(field.label)
                widget.setEnabled(False)
                toggle.toggled.connect(widget.setEnabled)
                row.addWidget(toggle)
                row.addWidget(widget, 1)
                self.widgets[field.key] = (toggle, widget)
                return box
        elif kind == "choice":
            widget = QComboBox()
            for value, label in field.choices:
                widget.addItem(label, value)
            if field.value is not None:
                widget.setCurrentIndex(max(0, widget.findData(field.value)))
        elif kind == "check":
            widget = QCheckBox()
            widget.setChecked(bool(field.value))
        elif kind == "person":
            widget = QPushButton(self.tr("Choose…") if not field.value else str(field.value[1]))
            self.people[field.key] = None if not field.value else field.value[0]
            widget.clicked.connect(lambda _=False, k=field.key, b=widget: self._choose(k, b))
        else:
            widget = QLineEdit(field.value or "")
        widget.setAccessibleName(field.label.replace("&", "").rstrip(":"))
        self.widgets[field.key] = widget
        return widget

    def _choose(self, key: str, button: QPushButton) -> None:
        chosen = self.pick(self) if self.pick else None
        if chosen:
            self.people[key] = chosen[0]
            button.setText(chosen[1])

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.people)
        for key, widget in self.widgets.items():
            if key in self.people:
                continue
            if isinstance(widget, tuple):
                toggle, edit = widget
                out[key] = from_qdate(edit.date()) if toggle.isChecked() else None
            elif isinstance(widget, QPlainTextEdit):
                out[key] = widget.toPlainText()
            elif isinstance(widget, QComboBox):
                out[key] = widget.currentData()
            elif isinstance(widget, QCheckBox):
                out[key] = widget.isChecked()
            elif isinstance(widget, QLineEdit):
                out[key] = widget.text()
            else:
                out[key] = from_qdate(widget.date())
        return out


def ask_entry(
    parent: QWidget | None, title: str, fields: Sequence[Field], *, pick: Any = None, note: str = ""
) -> dict[str, Any] | None:
    dialog = EntryForm(parent, title, fields, pick=pick, note=note)
    try:
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


# -------------------------------------------------------------------------------- review


class ReviewDialog(QDialog):
    """The keeper's review of one field report."""

    def __init__(self, parent: QWidget | None, ctx: Any, plan: review.ReviewPlan) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan = plan
        self.result_text = ""
        self.setWindowTitle(self.tr("Review a field report"))
        counts = plan.counts()
        summary = QLabel(
            self.tr(
                "Report from {steward}, written {written}. Changes: {n}; conflicts: "
                "{conflicts}. Nothing is written until you apply your decisions."
            ).format(
                steward=plan.steward,
                written=plan.created.strftime("%Y-%m-%d %H:%M"),
                n=len(plan.changes),
                conflicts=counts.get("conflict", 0),
            )
        )
        summary.setWordWrap(True)
        self.model = ReviewModel(self)
        self.model.set_rows(plan.changes)
        self.table = table_view(self.model, self.tr("Changes in the report"))
        fit_columns(self.table, (36, 230, 200, 120, 90), {1: 140, 2: 120})
        self.details_model = DetailsModel(self)
        self.details = table_view(
            self.details_model, self.tr("Values of the change"), word_wrap=True
        )
        fit_columns(self.details, (120, 180, 180, 180), {0: 90})
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.reason)
        rv.addWidget(self.details, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(right)
        split.setSizes([320, 200])
        self.accept_button = QPushButton(self.tr("&Accept"))
        self.decline_button = QPushButton(self.tr("&Decline"))
        self.accept_all_button = QPushButton(self.tr("Accept a&ll"))
        self.decline_all_button = QPushButton(self.tr("Decline all"))
        self.apply_button = QPushButton(self.tr("Appl&y decisions"))
        self.apply_button.setDefault(True)
        self.sheet_button = QPushButton(self.tr("Save review &sheet (PDF)…"))
        self.sheet_button.setToolTip(
            self.tr(
                "Every change with its state, the three values and your decisions so far, "
                "on paper for the committee meeting"
            )
        )
        # injected in tests: where to save, and the password (None: save it unprotected)
        self.choose_sheet_target = lambda parent, name: save_file(
            parent, translate("CommitteeDialogs", "Save the review sheet"), name, "PDF (*.pdf)"
        )
        self.ask_password = _ask_password
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a4262c;")
        self.error.setVisible(False)
        # what the background build of the review sheet is doing, and where it went
        self.sheet_status = QLabel()
        self.sheet_status.setWordWrap(True)
        self.sheet_status.setVisible(False)
        self.sheet_job: Any = None
        buttons = QHBoxLayout()
        for button in (
            self.accept_button,
            self.decline_button,
            self.accept_all_button,
            self.decline_all_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.sheet_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(split, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.sheet_status)
        layout.addLayout(buttons)
        self.accept_button.clicked.connect(lambda: self.decide_current(review.ACCEPT))
        self.decline_button.clicked.connect(lambda: self.decide_current(review.DECLINE))
        self.accept_all_button.clicked.connect(lambda: self.decide_all(review.ACCEPT))
        self.decline_all_button.clicked.connect(lambda: self.decide_all(review.DECLINE))
        self.apply_button.clicked.connect(self.apply)
        self.sheet_button.clicked.connect(self.save_sheet)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        reviewed = plan.reviewed is not None
        for button in (
            self.accept_button,
            self.decline_button,
            self.accept_all_button,
            self.decline_all_button,
            self.apply_button,
        ):
            button.setEnabled(not reviewed)
        if reviewed:
            for uid, decision in plan.decisions.items():
                self.model.decide(uid, decision)
        if plan.changes:
            self.table.selectRow(0)
        self.resize(1100, 640)
        self._update()

    def current(self) -> review.Change | None:
        return self.model.row_at(self.table.currentIndex().row())

    def save_sheet(self) -> Any:
        """Save the review sheet (the decisions taken so far on it) where the keeper chooses,
        with a password unless they say it may go without one. The sheet of a long report takes
        seconds, so it is built and written through the background helper while the review goes
        on; returns its job (``finished`` fires once it is saved or has failed), or None when
        the keeper cancelled."""
        from ui.operations import run_in_background

        password = self.ask_password(self)
        if password is None and not self.ctx.confirm(
            self,
            self.tr("Save a PDF with coworkers' full names without a password?"),
            [self.tr("Anyone who gets the file can read it.")],
        ):
            return None
        day = self.plan.received.date().isoformat()
        path = self.choose_sheet_target(self, f"review-{day}.pdf")
        if not path:
            return None
        plan = replace(self.plan, decisions=dict(self.model.decisions))
        self._say(None)
        self.sheet_job = run_in_background(
            self,
            lambda: _save_review_sheet(plan, path, password or None),
            on_done=self._sheet_saved,
            on_error=self._sheet_failed,
            busy_text=self.tr("Saving the review sheet…"),
        )
        return self.sheet_job

    def set_busy(self, text: str | None) -> None:
        """While the sheet is built: what is happening, and no second sheet meanwhile."""
        self.sheet_button.setEnabled(text is None)
        if text is not None:
            self.sheet_status.setText(text)
            self.sheet_status.setVisible(True)

    def _sheet_saved(self, path: str) -> None:
        self.sheet_status.setText(self.tr("Review sheet saved: {path}").format(path=path))
        self.sheet_status.setVisible(True)

    def _sheet_failed(self, error: BaseException) -> None:
        self.sheet_status.setVisible(False)
        self._say(
            error_text(error)
            if isinstance(error, ForumKitError)
            else self.tr("The review sheet could not be saved. Check the folder and try again.")
        )

    def _show_current(self) -> None:
        change = self.current()
        if change is None:
            self.details_model.clear()
            self.reason.setText("")
            return
        self.details_model.set_rows(change.details)
        conflict = change.status == "conflict"
        self.accept_button.setText(
            self.tr("Take the &steward's") if conflict else self.tr("&Accept")
        )
        self.decline_button.setText(self.tr("&Keep yours") if conflict else self.tr("&Decline"))
        text = f"{change.what} — {change.subject}"
        if change.reason:
            text += f": {change.reason}"
        if change.needs:
            numbers = [str(c.number) for c in self.plan.changes if c.entry_uid in change.needs]
            text += self.tr(" (needs change {n})").format(n=", ".join(numbers))
        self.reason.setText(text)

    def _say(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))

    def _dependents(self, uid: str) -> list[review.Change]:
        out: list[review.Change] = []
        for change in self.plan.changes:
            if uid in change.needs:
                out.append(change)
                out.extend(self._dependents(change.entry_uid))
        return out

    def decide(self, change: review.Change, decision: str) -> bool:
        """Record a decision on one change; False (with a sentence) when it cannot be."""
        if not change.decidable:
            return False
        if decision == review.ACCEPT:
            if change.status == "cannot":
                self._say(
                    self.tr("Change {n} cannot be applied: {why}. Decline it.").format(
                        n=change.number, why=change.reason
                    )
                )
                return False
            declined = [
                c
                for c in self.plan.changes
                if c.entry_uid in change.needs
                and self.model.decisions.get(c.entry_uid) == review.DECLINE
            ]
            if declined:
                self._say(
                    self.tr("Change {n} needs change {m}, which you declined.").format(
                        n=change.number, m=declined[0].number
                    )
                )
                return False
        self.model.decide(change.entry_uid, decision)
        if decision == review.DECLINE:
            for dependent in self._dependents(change.entry_uid):
                if dependent.decidable:
                    self.model.decide(dependent.entry_uid, review.DECLINE)
        self._say(None)
        self._update()
        return True

    def decide_current(self, decision: str) -> None:
        change = self.current()
        if change is not None and self.decide(change, decision):
            row = self.table.currentIndex().row()
            if row + 1 < self.model.rowCount():
                self.table.selectRow(row + 1)

    def decide_all(self, decision: str) -> None:
        """Accept every change that is not a conflict (those are chosen one by one) and can be
        applied, or decline every change not decided yet."""
        for change in self.plan.changes:
            if not change.decidable or change.entry_uid in self.model.decisions:
                continue
            if decision == review.ACCEPT and change.status in ("conflict", "cannot"):
                continue
            self.decide(change, decision)
        self._update()

    def _update(self) -> None:
        left = self.model.undecided()
        if self.plan.reviewed is None:
            self.apply_button.setEnabled(not left)
            self.apply_button.setToolTip(
                ""
                if not left
                else self.tr("Decide every change first ({n} left).").format(n=len(left))
            )

    def apply(self) -> bool:
        """Write the decisions; closes the dialog when done."""
        try:
            with self.ctx.own_unit_of_work() as session:
                result = review.apply_review(
                    session,
                    self.plan.report_row_id,
                    dict(self.model.decisions),
                    now=datetime.now(UTC),
                    default_name=self.ctx.vault_name,
                )
        except ForumKitError as error:
            self._say(error_text(error))
            return False
        self.result_text = self.tr(
            "Changes applied: {a}; declined: {d}. Declined changes go back to the steward, "
            "marked declined, in their next copy."
        ).format(a=result.accepted, d=result.declined)
        self.accept()
        return True


def _save_review_sheet(plan: review.ReviewPlan, path: str, password: str | None) -> str:
    """Build the review sheet and write it at ``path`` (on the background helper's thread)."""
    from forum_kit.queries.documents import save_pdf
    from forum_kit.reports.review_sheet import build_review_sheet

    buffer = io.BytesIO()
    build_review_sheet(plan, buffer)
    save_pdf(buffer.getvalue(), path, password=password)
    return path


def _ask_password(parent: QWidget) -> str | None:
    """A password for the sheet (the documents page's dialog), None to save it without."""
    from ui.pages.documents.dialogs import ask_password

    return ask_password(parent)


def review_report(parent: QWidget | None, ctx: Any, plan: review.ReviewPlan) -> str | None:
    """Run the review; the sentence to show when decisions were applied, else None."""
    dialog = ReviewDialog(parent, ctx, plan)
    try:
        return dialog.result_text if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


__all__ = [
    "EntryForm",
    "Field",
    "KeeperDialog",
    "MemberDialog",
    "MemberSpec",
    "ReviewDialog",
    "ask_entry",
    "ask_keeper",
    "ask_member",
    "review_report",
]
