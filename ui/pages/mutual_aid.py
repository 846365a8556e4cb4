"""The Mutual aid page: what members do for each other, and care for them.

Owns ``MutualAidPage``: a place picker (workplaces and neighbourhoods, each in its own words) and
tabs. Needs, Offers and Matches (``ui.pages.mutual_aid_lists``): raise, match with the offers
that fit (nearest first), follow up, close as met, partly met or unmet. Fund and Time bank
(``ui.pages.mutual_aid_ledgers``): the append-only ledgers, corrections by reversal, a member's
statement. Figures: per area and month, the "asks and offers" sheet and the needs-and-offers
spreadsheet. Check-ins and Retaliation log (``ui.pages.care_tabs``): who checks on whom by when,
and the log printed as a protected PDF for a lawyer.

Every change is one ``ctx.unit_of_work()`` through ``forum_kit.services``; every dialog, file
chooser and password prompt is an attribute tests replace (ARCHITECTURE.md rule 11); PDFs are
built on the background helper and written only where the user chose.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from forum_kit.errors import ForumKitError
from forum_kit.places import words
from forum_kit.queries import areas as areas_q
from ui.dialogs import community_forms as forms
from ui.editors.common import error_text, prompt_text, setting, show_error
from ui.editors.pick_contact import contact_name, pick_contact
from ui.i18n import translate
from ui.models.area_tree_model import area_paths
from ui.pages import KIND_PERSON, Page
from ui.widgets.file_dialogs import save_file
from ui.widgets.place_words import plural

(
    TAB_NEEDS,
    TAB_OFFERS,
    TAB_MATCHES,
    TAB_FUND,
    TAB_TIME,
    TAB_FIGURES,
    TAB_CHECK_INS,
    TAB_RETALIATION,
) = range(8)


class PasswordDialog(QDialog):
    """A password typed twice, to protect a PDF with AES-256."""

    def __init__(self, parent: QWidget | None, what: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Protect with a password"))
        form = QFormLayout(self)
        form.addRow(QLabel(what))
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Password:"), self.first)
        form.addRow(self.tr("&Again:"), self.again)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


def ask_yes(parent: QWidget | None, title: str, text: str) -> bool:
    """A yes/no question (No the default): "Write this file? It carries ..."."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_password(parent: QWidget | None, what: str) -> str | None:
    """A password for a protected PDF, or None when cancelled or the two differ."""
    dialog = PasswordDialog(parent, what)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        if dialog.first.text() != dialog.again.text():
            show_error(
                parent,
                translate("MutualAidPage", "The two passwords differ; nothing was saved.")
                if parent
                else "The two passwords differ; nothing was saved.",
            )
            return None
        return dialog.first.text()
    finally:
        dialog.first.clear()
        dialog.again.clear()
        dialog.deleteLater()


class MutualAidPage(Page):
    """Needs, offers, matches, the fund, the time bank, figures, check-ins, retaliation."""

    title = "Mutual aid"
    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ui.pages.care_tabs import CheckInsTab, RetaliationTab
        from ui.pages.mutual_aid_ledgers import FundTab, TimeBankTab
        from ui.pages.mutual_aid_lists import FiguresTab, MatchesTab, NeedsTab, OffersTab

        # Injectable dialogs (ARCHITECTURE.md rule 11): tests replace every one of them.
        self.show_error = show_error
        self.prompt_text = prompt_text
        self.ask_need_or_offer = forms.ask_need_or_offer
        self.ask_match = forms.ask_match
        self.ask_close_need = forms.ask_close_need
        self.ask_fund_entry = forms.ask_fund_entry
        self.ask_exchange = forms.ask_exchange
        self.ask_check_in = forms.ask_check_in
        self.ask_outcome = forms.ask_outcome
        self.ask_incident = forms.ask_incident
        self.ask_password: Callable[[QWidget, str], str | None] = ask_password
        self.ask_yes: Callable[[QWidget, str, str], bool] = ask_yes
        self.choose_file: Callable[[QWidget, str], str | None] = lambda parent, suggested: (
            save_file(parent, translate("MutualAidPage", "Save as"), suggested)
        )
        self.choose_person: Callable[[QWidget], tuple[int, str] | None] = self._choose_person
        self._place: int | None = None
        self._kind = "workplace"
        self._loading = False
        self.last_saved: str | None = None

        self.place = QComboBox()
        self.place.setAccessibleName(self.tr("Place"))
        label = QLabel(self.tr("&Place:"))
        label.setBuddy(self.place)
        self.summary = QLabel()
        self.summary.setObjectName("aidSummary")
        self.summary.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("aidStatus")
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.place, 1)
        top.addWidget(self.summary, 2)

        self.needs = NeedsTab(self)
        self.offers = OffersTab(self)
        self.matches = MatchesTab(self)
        self.fund = FundTab(self)
        self.time_bank = TimeBankTab(self)
        self.figures = FiguresTab(self)
        self.check_ins = CheckInsTab(self)
        self.retaliation = RetaliationTab(self)
        self.tabs = QTabWidget()
        for tab, name in (
            (self.needs, self.tr("&Needs")),
            (self.offers, self.tr("&Offers")),
            (self.matches, self.tr("Matc&hes")),
            (self.fund, self.tr("F&und")),
            (self.time_bank, self.tr("&Time bank")),
            (self.figures, self.tr("F&igures")),
            (self.check_ins, self.tr("Chec&k-ins")),
            (self.retaliation, self.tr("&Retaliation log")),
        ):
            self.tabs.addTab(tab, name)
        outer = QVBoxLayout(self)
        outer.addLayout(top)
        outer.addWidget(self.tabs, 1)
        outer.addWidget(self.status)
        self.place.currentIndexChanged.connect(self._place_changed)
        self.tabs.currentChanged.connect(lambda _i: self._load_current())

    # ---- shared by the tabs ------------------------------------------------------------
    @property
    def place_id(self) -> int | None:
        return self._place

    @property
    def place_words(self) -> Any:
        return words(self._kind)

    def run(self, action: Callable[[Any], Any]) -> Any:
        """``action(session)`` in one unit of work; the core's message on failure (None)."""
        if self.ctx is None or self.ctx.is_locked:
            return None
        try:
            with self.ctx.unit_of_work() as session:
                return action(session)
        except ForumKitError as exc:
            self.show_error(self, error_text(exc))
            return None

    def change(self, action: Callable[[Any], Any], what: str = "care") -> Any:
        """``run`` a change; when it went through (not None), reload what shows."""
        result = self.run(action)
        if result is not None:
            self.data_changed(what)
        return result

    def read(self, query: Callable[[Any], Any], empty: Any) -> Any:
        """A read for a list; on a lock or an error the list stays empty, no dialog."""
        if self.ctx is None or self.ctx.is_locked:
            return empty
        try:
            with self.ctx.unit_of_work() as session:
                return query(session)
        except ForumKitError:
            return empty

    def areas(self) -> list[tuple[int, str]]:
        if self._place is None:
            return []
        return self.read(lambda s: area_paths(areas_q.area_tree(s, self._place, counts=False)), [])

    def _choose_person(self, parent: QWidget) -> tuple[int, str] | None:
        if self.ctx is None:
            return None
        chosen = pick_contact(parent, self.ctx, self._place)
        return None if chosen is None else (chosen, contact_name(self.ctx, chosen))

    def saved(self, message: str) -> None:
        self.status.setText(message)

    def data_changed(self, what: str = "care") -> None:
        """Reload what shows, and tell the window (the Map's care figures follow)."""
        self.refresh_lists()
        self.changed.emit(what)

    # ---- page protocol -----------------------------------------------------------------
    def attach(self, ctx: Any) -> None:
        super().attach(ctx)
        self.refresh()

    def refresh(self) -> None:
        if self.ctx is None or self.ctx.is_locked:
            return
        rows = self.read(lambda s: areas_q.workplaces(s, counts=False), [])
        wanted = self._place or setting(self.ctx, "default_workplace_id")
        if wanted is None:  # a neighbourhood first: mutual aid is where it is most used
            wanted = next((w.id for w in rows if w.kind == "neighbourhood"), None)
        self._loading = True
        try:
            self.place.clear()
            for w in rows:
                self.place.addItem(f"{w.name} ({words(w.kind).place})", w.id)
                self.place.setItemData(self.place.count() - 1, w.kind, _KIND_ROLE)
            i = self.place.findData(wanted)
            self.place.setCurrentIndex(i if i >= 0 else (0 if rows else -1))
        finally:
            self._loading = False
        self._set_place()
        self.refresh_lists()

    def refresh_lists(self) -> None:
        self._summary()
        for tab in self._tabs():
            tab.stale = True
        self._load_current()

    def clear(self) -> None:
        self._loading = True
        try:
            self.place.clear()
        finally:
            self._loading = False
        self._place = None
        self.summary.clear()
        self.status.clear()
        for tab in self._tabs():
            tab.clear()

    def open_item(self, kind: str, item_id: int) -> bool:
        return False

    def state(self) -> dict[str, Any]:
        return {"place": self._place, "tab": self.tabs.currentIndex()}

    def restore_state(self, state: dict[str, Any]) -> None:
        if state.get("place") is not None:
            i = self.place.findData(state["place"])
            if i >= 0:
                self.place.setCurrentIndex(i)
        if isinstance(state.get("tab"), int):
            self.tabs.setCurrentIndex(state["tab"])

    def show_person(self, contact_id: int) -> None:
        self.open_requested.emit(KIND_PERSON, contact_id)

    # ---- internals ---------------------------------------------------------------------
    def _tabs(self) -> list[Any]:
        return [self.tabs.widget(i) for i in range(self.tabs.count())]

    def _set_place(self) -> None:
        self._place = self.place.currentData()
        kind = self.place.currentData(_KIND_ROLE)
        self._kind = str(kind) if kind else "workplace"

    def _place_changed(self, _index: int) -> None:
        if self._loading:
            return
        self._set_place()
        self.refresh_lists()

    def _load_current(self) -> None:
        tab = self.tabs.currentWidget()
        if tab is not None and getattr(tab, "stale", True):
            tab.load()
            tab.stale = False

    def _summary(self) -> None:
        from forum_kit.queries.care import count_overdue_check_ins
        from forum_kit.queries.mutual_aid import needs, offers

        place = self._place
        if place is None:
            self.summary.setText(self.tr("Add a workplace or a neighbourhood on the Map page."))
            return

        def count(session: Any) -> tuple[int, int, int]:
            open_needs = needs(session, workplace_id=place, status="open")
            standing = offers(session, workplace_id=place, include_withdrawn=False)
            late = count_overdue_check_ins(session, today=self.ctx.today(), workplace_id=place)
            return len(open_needs), len(standing), late

        n, o, late = self.read(count, (0, 0, 0))
        text = (
            plural(n, self.tr("open need"), self.tr("open needs"))
            + " · "
            + plural(o, self.tr("standing offer"), self.tr("standing offers"))
        )
        if late:
            text += " · ⚠ " + plural(
                late, self.tr("check-in overdue"), self.tr("check-ins overdue")
            )
        self.summary.setText(text)
        self.summary.setStyleSheet("color: #b71c1c;" if late else "")


_KIND_ROLE = 0x0100 + 7  # Qt.UserRole + 7 on the place combo: the place's kind
