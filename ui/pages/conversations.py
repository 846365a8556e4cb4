"""The Conversations page: log one-on-ones (AEIOU) and work through the follow-ups due.

Owns the follow-ups-due list (sorted by date in SQL by ``forum_kit.queries.followups``; overdue
ones in red, with their date always shown), the chosen person's earlier conversations and the
``ConversationEditor``. Saving a conversation with an assessment appends to the history through
the service and emits ``changed("conversations")`` so the Map's figures are recomputed.
Layout: the lists get a little over half the width, the editor the rest (never less than it needs:
it scrolls up and down, never sideways, and its Save button stays below it in view). Keyboard:
Tab goes from the follow-ups through the earlier conversations into the editor; Enter on a
follow-up opens the person in the editor, Alt+O and Alt+D open it or mark it done.
The follow-ups list holds at most ``limit`` rows (the earliest; PERFORMANCE: a big vault has over
100k due) and says "Showing 500 of N" when there are more; the area filter narrows it. Across a
lock, ``state()`` carries the editor's unsaved draft (in memory only) and ``restore_state`` puts
it back for the same person.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TR_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from forum_kit.errors import ForumKitError
from forum_kit.queries import areas as areas_q
from forum_kit.queries import followups as followups_q
from forum_kit.services import conversations as conversations_s
from ui.editors.common import error_text, load_levels, setting, show_error
from ui.editors.conversation_editor import ConversationEditor
from ui.editors.pick_contact import contact_name, pick_contact
from ui.i18n import shown
from ui.models.area_tree_model import area_paths
from ui.models.followups_model import FollowUpsModel
from ui.models.roles import ID_ROLE
from ui.models.small_lists import ConversationsOfModel
from ui.pages import KIND_CONVERSATION, KIND_PERSON, Page
from ui.widgets.care_items import CareFollowUps
from ui.widgets.layout import RatioSplitter, ratio, shrinkable_combo
from ui.widgets.read_only import mark_form, mark_writes

_EDITOR_SHARE = 0.45  # of the page's width at first
_EDITOR_MAX = 560  # the form gains nothing wider; the lists do
# "Due" as the Map counts it comes first: today or overdue (ORGANISING.md: the follow-up date
# is when it falls due); the longer windows look ahead.
_WITHIN = ((0, QT_TR_NOOP("Due today or overdue")), (7, QT_TR_NOOP("Due within a week")),
           (30, QT_TR_NOOP("Due within 30 days")),
           (365, QT_TR_NOOP("Due within a year")))


def _setup_list(view: QTableView, widths: tuple[int, ...]) -> None:
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.setWordWrap(False)  # one line a row: long names elide instead of doubling the row
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    for i, w in enumerate(widths):
        view.setColumnWidth(i, w)


class ConversationsPage(Page):
    title = QT_TR_NOOP("Conversations")
    kinds = (KIND_CONVERSATION,)
    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.show_error = show_error
        # Injectable: tests return a contact id instead of opening the search dialog.
        self.pick_contact = lambda parent: pick_contact(parent, self.ctx)
        self.limit = followups_q.DEFAULT_FOLLOW_UP_LIMIT
        self.followups_total = 0
        self._loading = False

        self.within = QComboBox()
        self.within.setAccessibleName(self.tr("Follow-ups shown"))
        for days, label in _WITHIN:
            self.within.addItem(shown(label), days)
        self.area = shrinkable_combo(QComboBox(), 8)
        self.area.setAccessibleName(self.tr("Follow-ups in area"))
        self.followups_shown = QLabel()
        self.followups_shown.setWordWrap(True)
        self.followups_shown.setVisible(False)
        self.followups_model = FollowUpsModel(self)
        self.followups = QTableView()
        self.followups.setAccessibleName(self.tr("Follow-ups due"))
        self.followups.setModel(self.followups_model)
        _setup_list(self.followups, (135, 160, 100))
        self.open_button = QPushButton(self.tr("&Open person"))
        self.done_button = QPushButton(self.tr("Mark &done"))
        mark_writes(self.done_button)
        fu_box = QGroupBox(self.tr("Follow-ups due"))
        fv = QVBoxLayout(fu_box)
        filters = QHBoxLayout()
        filters.addWidget(self.within, 1)
        filters.addWidget(self.area, 1)
        fv.addLayout(filters)
        fv.addWidget(self.followups_shown)
        fv.addWidget(self.followups, 1)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(self.done_button)
        row.addStretch(1)
        fv.addLayout(row)
        # mutual-aid follow-ups and check-ins due, with the one-on-ones (ui.widgets.care_items)
        self.care_followups = CareFollowUps()
        self.care_followups.person_requested.connect(self.start_for)
        self.care_followups.changed.connect(lambda: self.changed.emit("care"))
        fv.addWidget(self.care_followups)

        self.history_model = ConversationsOfModel(self)
        self.history = QTableView()
        self.history.setAccessibleName(self.tr("Earlier conversations"))
        self.history.setModel(self.history_model)
        _setup_list(self.history, (85, 130, 170, 100))
        self.history_label = QLabel(self.tr("Earlier conversations with this person"))
        hist_box = QWidget()
        hv = QVBoxLayout(hist_box)
        hv.setContentsMargins(0, 0, 0, 0)
        hv.addWidget(self.history_label)
        hv.addWidget(self.history, 1)

        self.left_split = RatioSplitter(ratio(0.55), Qt.Orientation.Vertical)
        self.left_split.addWidget(fu_box)
        self.left_split.addWidget(hist_box)

        self.editor = ConversationEditor()
        mark_form(self.editor)
        self.editor.pick_contact = lambda parent: self.pick_contact(parent)
        self.editor.name_of = self._name_of
        self.editor_scroll = QScrollArea()
        self.editor_scroll.setWidgetResizable(True)
        self.editor_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.editor_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Not a Tab stop of its own: focus goes to the fields, which scroll themselves into view.
        self.editor_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.editor_scroll.setWidget(self.editor)
        bar = self.editor_scroll.verticalScrollBar().sizeHint().width()
        self.editor_scroll.setMinimumWidth(self.editor.minimumSizeHint().width() + bar)
        editor_box = QGroupBox(self.tr("Log a one-on-one"))
        ev = QVBoxLayout(editor_box)
        ev.addWidget(self.editor_scroll, 1)
        # Save stays in view below the scrolling form (at 1280x720 it was below the fold)
        ev.addWidget(self.editor.button_row)
        self.editor_box = editor_box

        self.splitter = RatioSplitter(self._lists_width)
        self.splitter.addWidget(self.left_split)
        self.splitter.addWidget(editor_box)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        outer = QVBoxLayout(self)
        outer.addWidget(self.splitter)
        chain = (self.within, self.area, self.followups, self.open_button, self.done_button,
                 self.history, self.editor.choose_person)
        for before, after in zip(chain, chain[1:], strict=False):
            self.setTabOrder(before, after)

        self.within.currentIndexChanged.connect(lambda _i: self.load_followups())
        self.area.currentIndexChanged.connect(self._area_changed)
        self.open_button.clicked.connect(self._open_selected)
        self.done_button.clicked.connect(self.mark_done)
        self.followups.activated.connect(lambda _i: self._open_selected())
        self.editor.saved.connect(self._saved)

    def _lists_width(self, total: int) -> int:
        least = self.editor_box.minimumSizeHint().width()
        return total - min(max(round(total * _EDITOR_SHARE), least), max(least, _EDITOR_MAX))

    # ---- page protocol ------------------------------------------------------------------
    def attach(self, ctx: Any) -> None:
        super().attach(ctx)
        self.editor.attach(ctx)
        self.refresh()

    def refresh(self) -> None:
        if self.ctx is None:
            return
        with self.ctx.unit_of_work() as session:
            levels = load_levels(session)
        current = self.editor.assessment.currentData()
        self.editor.set_levels(levels)
        self.editor.assessment.setCurrentIndex(max(0, self.editor.assessment.findData(current)))
        self.editor.load_me()
        self._load_areas()
        self.load_followups()
        self.load_history()

    def unsaved_work(self) -> str | None:
        """What quitting now would lose (the main window asks before it closes), or None."""
        if self.editor.has_changes():
            return self.tr("The one-on-one you were writing is not saved.")
        return None

    def save_unsaved(self) -> bool:
        """Save the half-typed one-on-one; False (the reason shown in the form) when refused."""
        return self.editor.save() is not None

    def clear(self) -> None:
        self.followups_model.clear()
        self.history_model.clear()
        self.editor.clear()
        self._loading = True
        try:
            self.area.clear()
        finally:
            self._loading = False
        self.followups_total = 0
        self.followups_shown.clear()
        self.followups_shown.setVisible(False)
        self.care_followups.clear()

    def open_item(self, kind: str, item_id: int) -> bool:
        if self.ctx is None:
            return False
        if kind == KIND_PERSON:
            self.start_for(item_id)
            return True
        if kind != KIND_CONVERSATION:
            return False
        with self.ctx.unit_of_work() as session:
            contact_id = followups_q.contact_of_conversation(session, item_id)
        if contact_id is None:
            return False
        self.start_for(contact_id)
        for row, record in enumerate(self.history_model.rows()):
            if record.id == item_id:
                self.history.setCurrentIndex(self.history_model.index(row, 0))
        return True

    def state(self) -> dict[str, Any]:
        """Ids of the choices, plus the editor's unsaved draft (None when nothing was typed):
        the main window keeps it in memory while locked and never writes it anywhere."""
        return {"contact_id": self.editor.contact_id, "by_id": self.editor.by_id,
                "within": self.within.currentData(), "area_id": self.area.currentData(),
                "draft": self.editor.draft()}

    def restore_state(self, state: dict[str, Any]) -> None:
        within = state.get("within")
        if within is not None:
            self.within.setCurrentIndex(max(0, self.within.findData(within)))
        if state.get("area_id") is not None:
            self.set_area_filter(state["area_id"])
        by_id = state.get("by_id")
        if by_id is not None and self.ctx is not None:
            self.editor.set_by(by_id, self._name_of(by_id))
        if state.get("contact_id") is not None:
            self.start_for(state["contact_id"])
        draft = state.get("draft")
        if draft:
            self.editor.restore_draft(draft)

    # ---- data ---------------------------------------------------------------------------
    def _name_of(self, contact_id: int) -> str:
        return contact_name(self.ctx, contact_id) if self.ctx is not None else ""

    def _load_areas(self) -> None:
        """The area filter: every area of the default workplace (of all, when none is set)."""
        workplace_id = setting(self.ctx, "default_workplace_id")
        choices: list[tuple[int, str]] = []
        with self.ctx.unit_of_work() as session:
            workplaces = [w for w in areas_q.workplaces(session)
                          if workplace_id is None or w.id == workplace_id]
            for w in workplaces:
                for area_id, path in area_paths(areas_q.area_tree(session, w.id)):
                    choices.append((area_id, f"{w.name} / {path}" if len(workplaces) > 1
                                    else path))
        self.followups_model.set_area_labels(dict(choices))  # whole paths in the list too
        current = self.area.currentData()
        self._loading = True
        try:
            self.area.clear()
            self.area.addItem(self.tr("All areas"), None)
            for area_id, path in choices:
                self.area.addItem(path, area_id)
            self.area.setCurrentIndex(max(0, self.area.findData(current)))
        finally:
            self._loading = False

    def set_area_filter(self, area_id: int | None) -> None:
        """Show only the follow-ups of people in this area and the areas below it."""
        self.area.setCurrentIndex(max(0, self.area.findData(area_id)))

    def _area_changed(self, _index: int) -> None:
        if not self._loading:
            self.load_followups()

    def load_followups(self) -> None:
        """The earliest ``limit`` follow-ups due; counted in SQL only when there may be more."""
        if self.ctx is None:
            return
        today = self.ctx.today()
        where = {"today": today, "workplace_id": setting(self.ctx, "default_workplace_id"),
                 "area_id": self.area.currentData(),
                 "within_days": int(self.within.currentData() or 0)}
        try:
            with self.ctx.unit_of_work() as session:
                rows = followups_q.follow_ups_due(session, limit=self.limit, **where)
                total = len(rows)
                if total >= self.limit:
                    total = followups_q.count_follow_ups_due(session, **where)
        except ForumKitError as exc:
            self.show_error(self, error_text(exc))
            return
        self.followups_model.set_today(today)
        self.followups_model.set_rows(rows)
        self.care_followups.load(self.ctx, **where)
        self.followups_total = total
        if total > len(rows):
            self.followups_shown.setText(self.tr(
                "Showing {shown} of {total} due follow-ups (earliest first). Choose an area or a "
                "shorter time to narrow the list.").format(shown=len(rows), total=total))
        else:
            self.followups_shown.clear()
        self.followups_shown.setVisible(total > len(rows))

    def load_history(self) -> None:
        contact_id = self.editor.contact_id
        if self.ctx is None or contact_id is None:
            self.history_model.clear()
            return
        with self.ctx.unit_of_work() as session:
            rows = followups_q.conversations_of(session, contact_id)
        self.history_model.set_rows(rows)

    def start_for(self, contact_id: int) -> None:
        """Begin logging a conversation with this contact (from People, the Map or a follow-up);
        a half-written one with the same person is kept, not emptied."""
        if contact_id != self.editor.contact_id or not self.editor.has_changes():
            self.editor.reset()
        self.editor.set_contact(contact_id, self._name_of(contact_id))
        self.load_history()
        self.editor.texts["agitate"].setFocus()

    def _open_selected(self) -> None:
        index = self.followups.currentIndex()
        if index.isValid():
            contact_id = self.followups_model.contact_id_at(index.row())
            if contact_id is not None:
                self.start_for(contact_id)

    def mark_done(self) -> bool:
        index = self.followups.currentIndex()
        if self.ctx is None or not index.isValid():
            return False
        conversation_id = index.data(ID_ROLE)
        try:
            with self.ctx.unit_of_work() as session:
                conversations_s.complete_follow_up(session, conversation_id=conversation_id)
        except ForumKitError as exc:
            self.show_error(self, error_text(exc))
            return False
        self.load_followups()
        self.load_history()
        self.changed.emit("conversations")
        return True

    def _saved(self, _conversation_id: int, contact_id: int) -> None:
        self.editor.set_contact(contact_id, self._name_of(contact_id))
        self.load_followups()
        self.load_history()
        self.changed.emit("conversations")
