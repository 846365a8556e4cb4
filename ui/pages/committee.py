"""The Committee page: the committee's one chart, from the keeper's side and the steward's.

Owns two tabs. "Keep the chart": the members (scope, fingerprint, last copy sent, reports
waiting), adding a steward from their key card once the fingerprint was compared, changing a
scope, taking a member off, "Send copies…" (one file per member into a folder the keeper
chooses, each written in the unit of work that records it), the reports taken in, "Take in a
report…" and "Review report…". "My copies": the keepers this vault trusts and the copies it
holds, "Open a copy file…", "Show this copy" (the app then shows that copy in every page,
read-only, under a banner) and, while a copy is shown, "My report": the entries logged in it
(one-on-ones with the assessment given, new contacts, corrections, grievance steps and changes,
structure-test outcomes, attendance) and "Send my report…". The page always reads the vault's
own tables through ``ctx.own_unit_of_work``; names in entries come from the copy shown. Dialogs
and file choosers are injectable attributes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from forum_kit.committee import copies, copydb, entries, members, review
from forum_kit.errors import ForumKitError, InvalidInput
from forum_kit.exchange import identity
from forum_kit.exchange.envelope import read_envelope_file
from forum_kit.files import write_atomic
from forum_kit.queries import committee as committee_q
from ui.dialogs import committee_dialogs as dialogs
from ui.dialogs.bundle_dialogs import show_card
from ui.editors.common import error_text, show_error
from ui.editors.pick_contact import pick_contact
from ui.i18n import translate
from ui.models.area_tree_model import area_paths
from ui.models.committee_models import CopiesModel, EntriesModel, MembersModel, ReportsModel
from ui.models.roles import ID_ROLE
from ui.pages import Page
from ui.pages.committee_entries import EntryLogging, _now
from ui.widgets.file_dialogs import existing_folder, open_file, save_file
from ui.widgets.tables import fit_columns, table_view

COPY_FILTER = "Forum Kit committee copy (*.fkcopy);;All files (*)"
REPORT_FILTER = "Forum Kit field report (*.fkreport);;All files (*)"


class CommitteePage(EntryLogging, Page):
    title = "Committee"
    changed = Signal(str)
    show_copy_requested = Signal(int)
    show_own_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # injectable for tests: dialogs, file choosers and messages
        self.ask_member: Callable[..., Any] = dialogs.ask_member
        self.ask_keeper: Callable[..., Any] = dialogs.ask_keeper
        self.ask_entry: Callable[..., Any] = dialogs.ask_entry
        self.review_report: Callable[..., Any] = dialogs.review_report
        self.choose_folder = lambda parent: existing_folder(
            parent, translate("CommitteePage", "Folder for the copies")
        )
        self.choose_copy = lambda parent: open_file(
            parent, translate("CommitteePage", "Open a committee copy"), "", COPY_FILTER
        )
        self.choose_report = lambda parent: open_file(
            parent, translate("CommitteePage", "Take in a field report"), "", REPORT_FILTER
        )
        self.choose_report_target = lambda parent, name: save_file(
            parent, translate("CommitteePage", "Save your field report"), name, REPORT_FILTER
        )
        self.show_message = lambda parent, text: show_error(parent, text)
        self.confirm = lambda parent, what, lines: self.ctx.confirm(parent, what, lines)
        self.show_card = show_card
        self.pick_contact = lambda parent: pick_contact(parent, self.ctx)

        self.card_label = QLabel()
        self.card_label.setWordWrap(True)
        self.card_button = QPushButton(self.tr("Show my &key card…"))
        self.card_button.clicked.connect(self.show_own_card)
        top = QHBoxLayout()
        top.addWidget(self.card_label, 1)
        top.addWidget(self.card_button)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setVisible(False)

        # keeper's tab
        self.members_model = MembersModel(self)
        self.members = table_view(self.members_model, self.tr("Committee members"))
        fit_columns(self.members, (170, 170, 230, 320, 130, 110), {0: 110, 2: 150, 3: 170})
        self.add_member_button = QPushButton(self.tr("&Add a steward…"))
        self.scope_button = QPushButton(self.tr("Change &scope…"))
        self.remove_member_button = QPushButton(self.tr("&Remove…"))
        self.send_copies_button = QPushButton(self.tr("Send &copies…"))
        self.reports_model = ReportsModel(self)
        self.reports = table_view(self.reports_model, self.tr("Field reports"))
        fit_columns(self.reports, (180, 140, 80, 260), {0: 110})
        self.take_in_button = QPushButton(self.tr("&Take in a report…"))
        self.review_button = QPushButton(self.tr("Re&view report…"))
        keeper = QWidget()
        kv = QVBoxLayout(keeper)
        intro = QLabel(
            self.tr(
                "Stewards of the committee get a copy of their scope, encrypted to their "
                "key card alone, and send back field reports you review change by change."
            )
        )
        # wraps: a longer language must not widen the window past a laptop's screen
        intro.setWordWrap(True)
        kv.addWidget(intro)
        kv.addWidget(self.members, 3)
        row = QHBoxLayout()
        for button in (self.add_member_button, self.scope_button, self.remove_member_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.send_copies_button)
        kv.addLayout(row)
        kv.addWidget(QLabel(self.tr("Field reports")))
        kv.addWidget(self.reports, 2)
        row = QHBoxLayout()
        row.addWidget(self.take_in_button)
        row.addWidget(self.review_button)
        row.addStretch(1)
        kv.addLayout(row)

        # steward's tab
        self.copies_model = CopiesModel(self)
        self.copies = table_view(self.copies_model, self.tr("Copies held"))
        fit_columns(self.copies, (300, 170, 200, 70, 60, 80), {0: 180})
        self.trust_keeper_button = QPushButton(self.tr("Trust a &keeper…"))
        self.open_copy_button = QPushButton(self.tr("&Open a copy file…"))
        self.show_copy_button = QPushButton(self.tr("S&how this copy"))
        self.back_button = QPushButton(self.tr("&Back to my chart"))
        self.entries_model = EntriesModel(self)
        self.entries = table_view(self.entries_model, self.tr("My report"))
        fit_columns(self.entries, (120, 180, 260, 130, 170), {2: 140})
        self.entry_buttons = {
            "one_on_one": QPushButton(self.tr("One-on-&one…")),
            "contact": QPushButton(self.tr("&New contact…")),
            "correct": QPushButton(self.tr("Co&rrect details…")),
            "step": QPushButton(self.tr("&Grievance step…")),
            "grievance": QPushButton(self.tr("Grievance te&xt…")),
            "outcome": QPushButton(self.tr("Structure t&est…")),
            "attendance": QPushButton(self.tr("Atten&dance…")),
        }
        self.remove_entry_button = QPushButton(self.tr("Remove entr&y"))
        self.send_report_button = QPushButton(self.tr("&Send my report…"))
        steward = QWidget()
        sv = QVBoxLayout(steward)
        sv.addWidget(self.copies, 1)
        row = QHBoxLayout()
        for button in (
            self.trust_keeper_button,
            self.open_copy_button,
            self.show_copy_button,
            self.back_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        sv.addLayout(row)
        self.report_box = QGroupBox(self.tr("My report (what you logged in the copy shown)"))
        rv = QVBoxLayout(self.report_box)
        rv.addWidget(self.entries, 1)
        grid = QHBoxLayout()
        for button in self.entry_buttons.values():
            grid.addWidget(button)
        grid.addStretch(1)
        rv.addLayout(grid)
        row = QHBoxLayout()
        row.addWidget(self.remove_entry_button)
        row.addStretch(1)
        row.addWidget(self.send_report_button)
        rv.addLayout(row)
        sv.addWidget(self.report_box, 2)

        self.tabs = QTabWidget()
        self.tabs.addTab(keeper, self.tr("Keep the &chart"))
        self.tabs.addTab(steward, self.tr("&My copies"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)

        self.add_member_button.clicked.connect(self.add_member)
        self.scope_button.clicked.connect(self.change_scope)
        self.remove_member_button.clicked.connect(self.remove_member)
        self.send_copies_button.clicked.connect(self.send_copies)
        self.take_in_button.clicked.connect(self.take_in_report)
        self.review_button.clicked.connect(self.review_selected)
        self.trust_keeper_button.clicked.connect(self.trust_keeper)
        self.open_copy_button.clicked.connect(self.open_copy_file)
        self.show_copy_button.clicked.connect(self.show_selected_copy)
        self.back_button.clicked.connect(self.show_own_requested.emit)
        self.remove_entry_button.clicked.connect(self.remove_entry)
        self.send_report_button.clicked.connect(self.send_report)
        handlers = {
            "one_on_one": self.log_one_on_one,
            "contact": self.log_new_contact,
            "correct": self.log_correction,
            "step": self.log_step,
            "grievance": self.log_grievance_text,
            "outcome": self.log_outcome,
            "attendance": self.log_attendance,
        }
        for key, button in self.entry_buttons.items():
            button.clicked.connect(handlers[key])
        for view in (self.members, self.reports, self.copies, self.entries):
            view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self._enable()

    # ------------------------------------------------------------------ page protocol

    def attach(self, ctx: Any) -> None:
        super().attach(ctx)
        self.refresh()
        if ctx.read_only:
            self.tabs.setCurrentIndex(1)

    def clear(self) -> None:
        for model in (
            self.members_model,
            self.reports_model,
            self.copies_model,
            self.entries_model,
        ):
            model.clear()
        self.card_label.setText("")
        self._say(None)

    def refresh(self) -> None:
        if self.ctx is None or self.ctx.is_locked:
            return
        try:
            with self.ctx.own_unit_of_work() as s:
                card = identity.own_card(s, default_name=self.ctx.vault_name, now=_now())
                self.members_model.set_rows(committee_q.members(s))
                self.reports_model.set_rows(committee_q.reports(s))
                self.copies_model.set_rows(committee_q.held_copies(s))
            self.card_label.setText(
                self.tr("This vault's key card: {name}, fingerprint {fp}").format(
                    name=card.name, fp=card.fingerprint_text
                )
            )
            self._load_entries()
        except ForumKitError as error:
            self._say(error_text(error))
        self._enable()

    def _load_entries(self) -> None:
        chart = self.ctx.copy
        self.report_box.setTitle(
            self.tr("My report in the copy shown ({label})").format(label=chart.label)
            if chart
            else self.tr("My report (show a copy to log what you did in it)")
        )
        if chart is None:
            self.entries_model.clear()
            return
        with self.ctx.own_unit_of_work() as s, chart.unit_of_work() as c:
            self.entries_model.set_rows(committee_q.entry_lines(s, c, chart.copy_row_id))

    def _enable(self) -> None:
        member = self._selected(self.members, self.members_model) is not None
        report = self._selected(self.reports, self.reports_model)
        copy = self._selected(self.copies, self.copies_model) is not None
        entry = self._selected(self.entries, self.entries_model)
        shown = self.ctx is not None and self.ctx.copy is not None
        self.scope_button.setEnabled(member)
        self.remove_member_button.setEnabled(member)
        self.send_copies_button.setEnabled(self.members_model.rowCount() > 0)
        self.review_button.setEnabled(report is not None)
        self.show_copy_button.setEnabled(copy)
        self.back_button.setVisible(shown)
        for button in self.entry_buttons.values():
            button.setEnabled(shown)
        self.remove_entry_button.setEnabled(shown and entry is not None and entry.status != "sent")
        self.send_report_button.setEnabled(
            shown and any(e.status in ("pending", "sent") for e in self.entries_model.rows())
        )

    @staticmethod
    def _selected(view: Any, model: Any) -> Any:
        rows = view.selectionModel().selectedRows() if view.selectionModel() else []
        return model.row_at(rows[0].row()) if rows else None

    def _say(self, text: str | None) -> None:
        self.status.setText(text or "")
        self.status.setVisible(bool(text))

    def _run(self, fn: Callable[[], Any], done: str | None = None) -> Any:
        """Run one user action; its error shown in the page's status line."""
        try:
            result = fn()
        except ForumKitError as error:
            self._say(error_text(error))
            return None
        if done:
            self._say(done)
        self.refresh()
        return result

    def show_own_card(self) -> str:
        with self.ctx.own_unit_of_work() as s:
            card = identity.own_card(s, default_name=self.ctx.vault_name, now=_now())
        text = identity.card_text(card)
        self.show_card(self, text)
        return text

    # ------------------------------------------------------------------ the keeper's side

    def _member_choices(self) -> dict[str, Any]:
        from forum_kit.models import Contact
        from forum_kit.queries import areas as areas_q

        with self.ctx.own_unit_of_work() as s:
            places = [(w.id, w.name) for w in areas_q.workplaces(s, counts=False)]
            people = [
                (r.id, f"{r.first_name} {r.last_name}".strip())
                for r in s.execute(
                    sa.select(Contact.id, Contact.first_name, Contact.last_name)
                    .where(Contact.left_on.is_(None))
                    .order_by(Contact.last_name, Contact.first_name)
                    .limit(5000)
                )
            ]
        with self.ctx.own_unit_of_work() as s:
            areas = {wp: area_paths(areas_q.area_tree(s, wp, counts=False)) for wp, _n in places}
        return {"workplaces": places, "areas": areas, "people": people}

    def add_member(self) -> bool:
        if self.ctx.read_only:
            return False
        spec = self.ask_member(self, card=True, **self._member_choices())
        if spec is None:
            return False

        def add() -> Any:
            with self.ctx.own_unit_of_work() as s:
                if spec.workplace_id is None:
                    raise InvalidInput("Add a workplace to the chart first.")
                return members.add_member(
                    s,
                    workplace_id=spec.workplace_id,
                    card=spec.card,
                    fingerprint=spec.fingerprint,
                    scope=members.ScopeSpec(spec.area_ids, spec.sensitive),
                    added_on=self.ctx.today(),
                    name=spec.name,
                    contact_id=spec.contact_id,
                )

        member = self._run(add)
        if member is not None:
            self._say(
                self.tr("{name} is on the committee. Send them a copy (Send copies…).").format(
                    name=member.name
                )
            )
        return member is not None

    def change_scope(self) -> bool:
        row = self._selected(self.members, self.members_model)
        if row is None:
            return False
        spec = self.ask_member(self, card=False, current=row, **self._member_choices())
        if spec is None:
            return False

        def change() -> Any:
            with self.ctx.own_unit_of_work() as s:
                return members.set_scope(
                    s,
                    member_id=row.id,
                    scope=members.ScopeSpec(spec.area_ids, spec.sensitive),
                    contact_id=spec.contact_id,
                )

        return self._run(change, self.tr("The scope changes with the next copy.")) is not None

    def remove_member(self) -> bool:
        row = self._selected(self.members, self.members_model)
        if row is None or not self.confirm(
            self,
            self.tr("Take {name} off the committee").format(name=row.name),
            [self.tr("No more copies for them; what they reported stays, with who reported it.")],
        ):
            return False

        def remove() -> bool:
            with self.ctx.own_unit_of_work() as s:
                members.remove_member(s, member_id=row.id)
            return True

        return bool(
            self._run(remove, self.tr("{name} is off the committee.").format(name=row.name))
        )

    def send_copies(self) -> list[Path]:
        """Write every member's copy (or the selected member's) into a chosen folder."""
        folder = self.choose_folder(self)
        if not folder:
            return []
        chosen = self._selected(self.members, self.members_model)
        targets = [chosen] if chosen is not None else self.members_model.rows()
        written: list[Path] = []
        now = _now()
        for member in targets:
            try:
                with self.ctx.own_unit_of_work() as s:
                    result = copies.write_copy(
                        s, member_id=member.id, now=now, default_name=self.ctx.vault_name
                    )
                    safe = "".join(c if c.isalnum() else "-" for c in result.member).strip("-")
                    path = Path(folder) / f"{safe or 'steward'}-{now.date()}{copies.SUFFIX}"
                    write_atomic(path, result.data)
                written.append(path)
            except ForumKitError as error:
                self._say(error_text(error))
                self.refresh()
                return written
        self._say(
            self.tr(
                "%n copies written to {folder}. Give each steward theirs (a stick, "
                "a message): it opens only in their vault.", "", len(written),
            ).format(folder=folder)
        )
        self.refresh()
        return written

    def take_in_report(self) -> int | None:
        path = self.choose_report(self)
        if not path:
            return None

        def take() -> review.Received:
            data = read_envelope_file(path, entries.REPORT, "report")
            with self.ctx.own_unit_of_work() as s:
                return review.receive_report(s, data, now=_now(), default_name=self.ctx.vault_name)

        received = self._run(take)
        if received is None:
            return None
        self.review(received.report_row_id)
        return received.report_row_id

    def review_selected(self) -> str | None:
        row = self._selected(self.reports, self.reports_model)
        return None if row is None else self.review(row.id)

    def review(self, report_row_id: int) -> str | None:
        try:
            with self.ctx.own_unit_of_work() as s:
                plan = review.plan_review(s, report_row_id, today=self.ctx.today())
        except ForumKitError as error:
            self._say(error_text(error))
            return None
        result = self.review_report(self, self.ctx, plan)
        if result:
            self._say(result)
            self.refresh()
            self.changed.emit("committee")
        return result

    # ------------------------------------------------------------------ the steward's side

    def trust_keeper(self) -> bool:
        spec = self.ask_keeper(self)
        if spec is None:
            return False

        def trust() -> Any:
            with self.ctx.own_unit_of_work() as s:
                return members.trust_keeper(
                    s,
                    card=spec.card,
                    fingerprint=spec.fingerprint,
                    added_on=self.ctx.today(),
                    name=spec.name,
                )

        keeper = self._run(trust)
        if keeper is not None:
            self._say(
                self.tr("Copies from {name} open here now (Open a copy file…).").format(
                    name=keeper.name
                )
            )
        return keeper is not None

    def open_copy_file(self) -> int | None:
        path = self.choose_copy(self)
        if not path:
            return None

        def open_it() -> copies.OpenedCopy:
            data = read_envelope_file(path, copies.COPY, "copy")
            with self.ctx.own_unit_of_work() as s:
                opened = copies.open_copy(
                    s,
                    data,
                    vault_folder=self.ctx.vault.path,
                    now=_now(),
                    default_name=self.ctx.vault_name,
                )
            copydb.remove_copy_files(self.ctx.vault.path, opened.stale_files)
            return opened

        showing = self.ctx.copy is not None
        if showing:  # the copy shown may be the one replaced: show the vault's own meanwhile
            self.show_own_requested.emit()
        opened = self._run(open_it)
        if opened is None:
            return None
        text = self.tr("{label} opened: {people} people.").format(
            label=copies.copy_label(opened.keeper, opened.as_of),
            people=opened.counts.get("contacts", 0),
        )
        if opened.accepted or opened.declined:
            text += " " + self.tr(
                "The keeper accepted {a} of your entries and declined {d}."
            ).format(a=opened.accepted, d=opened.declined)
        self._say(text)
        self.show_copy_requested.emit(opened.copy_row_id)
        return opened.copy_row_id

    def show_selected_copy(self) -> None:
        row = self._selected(self.copies, self.copies_model)
        if row is not None:
            self.show_copy_requested.emit(row.id)

    def send_report(self) -> Path | None:
        chart = self.ctx.copy
        if chart is None:
            return None
        target = self.choose_report_target(self, f"report-{self.ctx.today()}.fkreport")
        if not target:
            return None

        def write() -> entries.ReportResult:
            with self.ctx.own_unit_of_work() as s:
                result = entries.write_report(
                    s, copy_row_id=chart.copy_row_id, now=_now(), default_name=self.ctx.vault_name
                )
                write_atomic(target, result.data)
            return result

        result = self._run(write)
        if result is None:
            return None
        self._say(
            self.tr(
                "Your report ({n} entries) for {keeper} is in {file}: give it to them "
                "(a stick, a message); it opens only in their vault."
            ).format(n=result.entries, keeper=result.keeper, file=target)
        )
        return Path(target)

    def selected_copy_id(self) -> int | None:
        index = self.copies.currentIndex()
        return None if not index.isValid() else self.copies_model.data(index, ID_ROLE)
