"""The People page: the contact list that stays fast at 100k contacts, its filters and the editor.

Owns the filter bar (text, workplace, area, assessment, committee role, stale, language), the lazy
``PeopleTableModel`` in a ``QTableView`` (sorted and filtered in SQL through
``forum_kit.queries.people``, never by a proxy model) and the ``ContactEditor`` beside it. Every
filter change re-runs ``people_ids`` and resets the model; opening or refreshing the page reads
only ``people_head`` (the first page of ids and the count), and the model reads the other ids
just after it has painted that page (P4). Rows are fetched a page at a time.
Keyboard use: Tab walks the search, the filters, the table, the page's buttons and then the
editor; Enter on a row moves into the editor, Delete on a row deletes the person (after the
confirmation). ``RatioSplitter`` (the opening split of this page, the Map and Conversations) lives
here too: the list keeps most of the width and the editor never gets narrower than it can show.
Across a lock, ``state()`` carries the editor's unsaved draft (in memory only) and
``restore_state`` puts it back for the same person; a refresh keeps it too. The Map's "Add person
here" opens this page's editor through ``open_item(KIND_NEW_PERSON, area_id)``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QT_TR_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from forum_kit.errors import ForumKitError, VaultLocked
from forum_kit.queries import areas as areas_q
from forum_kit.queries import people as people_q
from forum_kit.services import contacts as contacts_s
from ui.editors.common import error_text, load_levels, setting, show_error
from ui.editors.contact_editor import ContactEditor
from ui.editors.pick_contact import pick_contact
from ui.i18n import shown
from ui.models.area_tree_model import area_paths
from ui.models.people_model import COL_AREA, PEOPLE_COLUMNS, PeopleTableModel
from ui.models.roles import ID_ROLE, LevelStyle, picker_levels
from ui.pages import KIND_PERSON, Page
from ui.widgets.care_items import CarePanel
from ui.widgets.keys import on_delete_key
from ui.widgets.layout import RatioSplitter, path_combo, shrinkable_combo
from ui.widgets.place_words import show_place_columns
from ui.widgets.read_only import mark_form, mark_writes
from ui.widgets.tables import elide_middle, fit_columns

# Column widths set by hand: resizeColumnsToContents walks every row (580 ms at 100k). A view
# narrower than these shrinks its columns, none below its readable least (the Map's chart fits
# whole from 1280 px; the People list scrolls sideways from Last contact on at that size).
_WIDTHS = {"name": 190, "area": 170, "job_title": 120, "shift": 70, "level": 120,
           "committee_role": 90, "last_contact_on": 95, "last_contact_by": 130, "stale": 50}
_LEAST = {"name": 140, "area": 150, "job_title": 90, "shift": 65, "level": 115,
          "committee_role": 85, "last_contact_on": 90, "last_contact_by": 100, "stale": 45}
_COMMITTEE_CHOICES = (
    (None, QT_TR_NOOP("Any committee role")), ("C", QT_TR_NOOP("Committee (C)")),
    ("CH", QT_TR_NOOP("Helper (CH)")), ("any", QT_TR_NOOP("C or CH")),
    ("none", QT_TR_NOOP("Not on committee")),
)
_STALE_CHOICES = ((None, QT_TR_NOOP("Any assessment date")), (True, QT_TR_NOOP("Stale")),
                  (False, QT_TR_NOOP("Fresh")))
_TEXT_DELAY_MS = 250
# open_item kind: an empty editor for a new person in the area whose id is given (from the Map).
KIND_NEW_PERSON = "new-person-in-area"  # an id, never shown


_EDITOR_SHARE = 0.40  # of the page's width, at first; the list keeps the rest
_EDITOR_MAX = 480  # wider only helps the notes, and the list needs the room more
_FILTER_CHARS = 6  # filter combos may shrink to this and elide (their popups show it all)


def setup_people_view(view: QTableView, model: PeopleTableModel) -> None:
    """Table settings shared by the People list and the Map chart (widths set by hand and
    fitted to the view, area paths elided in the middle, SQL sort)."""
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the table for the next control
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    keys = model.column_keys()
    fit_columns(view, [_WIDTHS.get(key, 100) for key in keys],
                {i: _LEAST[key] for i, key in enumerate(keys) if key in _LEAST})
    if COL_AREA in keys:
        elide_middle(view, keys.index(COL_AREA))
    header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)


class PeoplePage(Page):
    """Contacts: filter, sort, add, edit, delete; ``changed("people")`` after every save."""

    title = QT_TR_NOOP("People")
    kinds = (KIND_PERSON, KIND_NEW_PERSON)
    changed = Signal(str)
    log_conversation_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.show_error = show_error  # injectable: tests collect messages instead of dialogs
        self._workplace_id: int | None = None
        self._loading = False

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search names, jobs, notes…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search people"))
        self.workplace = shrinkable_combo(QComboBox(), _FILTER_CHARS)
        self.workplace.setAccessibleName(self.tr("Workplace"))
        self.area = path_combo(_FILTER_CHARS)
        self.area.setAccessibleName(self.tr("Area filter"))
        self.level = shrinkable_combo(QComboBox(), _FILTER_CHARS)
        self.level.setAccessibleName(self.tr("Assessment filter"))
        self.committee = shrinkable_combo(QComboBox(), _FILTER_CHARS)
        self.committee.setAccessibleName(self.tr("Committee filter"))
        for value, label in _COMMITTEE_CHOICES:
            self.committee.addItem(shown(label), value)
        self.stale = shrinkable_combo(QComboBox(), _FILTER_CHARS)
        self.stale.setAccessibleName(self.tr("Stale filter"))
        for value, label in _STALE_CHOICES:
            self.stale.addItem(shown(label), value)
        self.language = shrinkable_combo(QComboBox(), _FILTER_CHARS)
        self.language.setAccessibleName(self.tr("Language filter"))
        self.count = QLabel()

        self.model = PeopleTableModel(self._fetch_rows, None, fetch_head=self._fetch_head,
                                      columns=PEOPLE_COLUMNS, parent=self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("People"))
        setup_people_view(self.table, self.model)

        self.new_button = QPushButton(self.tr("&New person"))
        self.delete_button = QPushButton(self.tr("&Delete person…"))
        self.log_button = QPushButton(self.tr("&Log conversation…"))
        mark_writes(self.new_button, self.delete_button, self.log_button)
        self.editor = ContactEditor()
        mark_form(self.editor)
        self.editor.pick_contact = lambda parent: pick_contact(parent, self.ctx, self._workplace_id)

        # No mnemonic: every letter of "Search" belongs to a button or field of the editor.
        search_label = QLabel(self.tr("Search:"))
        search_label.setBuddy(self.search)
        bar1 = QHBoxLayout()
        bar1.addWidget(search_label)
        bar1.addWidget(self.search, 3)
        bar1.addWidget(self.workplace, 3)
        bar1.addWidget(self.area, 2)
        bar2 = QHBoxLayout()
        for w in (self.level, self.committee, self.stale, self.language):
            bar2.addWidget(w, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.count, 1)
        actions.addWidget(self.new_button)
        actions.addWidget(self.log_button)
        actions.addWidget(self.delete_button)

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(bar1)
        lv.addLayout(bar2)
        lv.addWidget(self.table, 1)
        lv.addLayout(actions)
        self.care = CarePanel()  # the selected person's check-ins, needs, time bank, incidents
        lv.addWidget(self.care)
        # The editor scrolls up and down only: it is laid out to fit the width it is given, so
        # nothing (the Save button least of all) is ever cut off at the right.
        self.editor_scroll = QScrollArea()
        self.editor_scroll.setWidgetResizable(True)
        self.editor_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.editor_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Not a Tab stop of its own: focus goes to the fields, which scroll themselves into view.
        self.editor_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.editor_scroll.setWidget(self.editor)
        self.editor_scroll.setMinimumWidth(self.editor_min_width())
        self.splitter = RatioSplitter(self._list_width)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor_scroll)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        outer = QVBoxLayout(self)
        outer.addWidget(self.splitter)

        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(_TEXT_DELAY_MS)
        self._text_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._text_timer.start())
        self.search.returnPressed.connect(self.apply_filter)
        self.workplace.currentIndexChanged.connect(self._workplace_changed)
        for combo in (self.area, self.level, self.committee, self.stale, self.language):
            combo.currentIndexChanged.connect(self._filter_changed)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.activated.connect(self._row_activated)
        self.model.modelReset.connect(self._update_count)
        self.new_button.clicked.connect(self.new_person)
        self.delete_button.clicked.connect(self.delete_current)
        self.log_button.clicked.connect(self._log_conversation)
        self.editor.saved.connect(self._saved)
        self.setTabOrder(self.search, self.workplace)
        self.setTabOrder(self.workplace, self.area)
        self.setTabOrder(self.area, self.level)
        self.setTabOrder(self.level, self.committee)
        self.setTabOrder(self.committee, self.stale)
        self.setTabOrder(self.stale, self.language)
        self.setTabOrder(self.language, self.table)
        self.setTabOrder(self.table, self.new_button)
        self.setTabOrder(self.new_button, self.log_button)
        self.setTabOrder(self.log_button, self.delete_button)
        self.setTabOrder(self.delete_button, self.editor.first_name)
        # the care panel's buttons come last, after the editor (ui.widgets.care_items)
        self.setTabOrder(self.editor.remove_tie_button, self.care.check_in_button)
        self.setTabOrder(self.care.check_in_button, self.care.incident_button)
        self._delete_key = on_delete_key(self.table, self.delete_current)
        # Ctrl+N anywhere on the page starts a new person (the button's Alt+N works too).
        self._new_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        self._new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._new_shortcut.activated.connect(self.new_person)

    # ---- layout -------------------------------------------------------------------------
    def editor_min_width(self) -> int:
        """The narrowest the editor's pane may get: its own minimum plus the scroll bar."""
        bar = self.editor_scroll.verticalScrollBar().sizeHint().width()
        return self.editor.minimumSizeHint().width() + bar + 2 * self.editor_scroll.frameWidth()

    def _list_width(self, total: int) -> int:
        editor = min(max(round(total * _EDITOR_SHARE), self.editor_min_width()), _EDITOR_MAX)
        return total - editor

    # ---- data access (one unit of work per action) ---------------------------------------
    def _fetch_rows(self, ids: Sequence[int]) -> list[Any]:
        if self.ctx is None:
            return []
        try:
            with self.ctx.unit_of_work() as session:
                return people_q.people_rows(
                    session, list(ids), today=self.ctx.today(),
                    stale_days=int(setting(self.ctx, "stale_days")),
                )
        except ForumKitError:
            return []  # locked mid-paint: the page is about to be cleared

    def export_request(self) -> dict[str, Any] | None:
        """What File > Export writes from this page: the list as shown, filters and sort."""
        if self._workplace_id is None:
            return None
        return {"what": "people", "people_filter": self.current_filter(),
                "people_sort": self.model.sort_state()}

    def current_filter(self) -> people_q.PeopleFilter:
        levels = self.level.currentData()
        text = self.search.text().strip()
        return people_q.PeopleFilter(
            workplace_id=self._workplace_id,
            area_id=self.area.currentData(),
            levels=(levels,) if levels is not None else None,
            committee_role=self.committee.currentData(),
            stale=self.stale.currentData(),
            language=self.language.currentData(),
            text=text or None,
        )

    def _fetch_ids(
        self, sort: str, descending: bool, flt: people_q.PeopleFilter | None = None
    ) -> list[int]:
        if self.ctx is None:
            return []
        flt = flt or self.current_filter()
        try:
            with self.ctx.unit_of_work() as session:
                return people_q.people_ids(
                    session, flt, sort=sort, descending=descending, today=self.ctx.today(),
                    stale_days=int(setting(self.ctx, "stale_days")),
                )
        except VaultLocked:
            return []  # a read queued before a lock (typing, a deferred rest): nothing to show
        except ForumKitError as exc:
            self.show_error(self, error_text(exc))
            return []

    def _fetch_head(
        self, sort: str, descending: bool, limit: int
    ) -> tuple[tuple[int, ...], int, Callable[[], list[int]]]:
        # The filter is taken now: text typed meanwhile (not yet applied) must not change the
        # rest of a list whose head was read without it.
        flt = self.current_filter()

        def rest() -> list[int]:
            return self._fetch_ids(sort, descending, flt)

        if self.ctx is None:
            return (), 0, rest
        try:
            with self.ctx.unit_of_work() as session:
                head = people_q.people_head(
                    session, flt, sort=sort, descending=descending, today=self.ctx.today(),
                    stale_days=int(setting(self.ctx, "stale_days")), limit=limit,
                )
        except VaultLocked:
            return (), 0, rest
        except ForumKitError as exc:
            self.show_error(self, error_text(exc))
            return (), 0, rest
        return head.ids, head.total, rest

    # ---- page protocol ------------------------------------------------------------------
    def attach(self, ctx: Any) -> None:
        super().attach(ctx)
        self.editor.attach(ctx)
        self.refresh()

    def refresh(self) -> None:
        if self.ctx is None:
            return
        selected = self.current_contact_id()
        draft = self.editor.draft()  # a save on another page must not wipe a half-done edit
        self._loading = True
        try:
            with self.ctx.unit_of_work() as session:
                levels = load_levels(session)
                # names only: counting every contact here cost ~13 ms of the first paint on 100k
                workplaces = areas_q.workplaces(session, counts=False)
            self._set_levels(levels)
            wanted = self._workplace_id or setting(self.ctx, "default_workplace_id")
            self.workplace.clear()
            for w in workplaces:
                self.workplace.addItem(w.name, w.id)
            i = self.workplace.findData(wanted)
            self.workplace.setCurrentIndex(i if i >= 0 else (0 if workplaces else -1))
            self._workplace_id = self.workplace.currentData()
            self._load_workplace_choices()
        finally:
            self._loading = False
        self.apply_filter(head=True)
        if selected is not None:
            self.select_contact(selected)
        contact_id = self.editor.contact_id
        if contact_id is None:
            return
        if draft is not None and draft["contact_id"] == contact_id:
            found = self.editor.restore_draft(draft)
        else:
            found = self.editor.load(contact_id)
        if not found:
            self.editor.clear()
            self._load_workplace_choices()

    def _set_levels(self, levels: dict[int, LevelStyle]) -> None:
        self.model.set_levels(levels)
        self.editor.set_levels(levels)
        current = self.level.currentData()
        self.level.clear()
        self.level.addItem(self.tr("Any assessment"), None)
        for level, style in picker_levels(levels):
            self.level.addItem(style.text, level)
            self.level.setItemData(self.level.count() - 1, style.colour,
                                   Qt.ItemDataRole.DecorationRole)
        self.level.setCurrentIndex(max(0, self.level.findData(current)))

    def _load_workplace_choices(self) -> None:
        """Areas and languages of the selected workplace (filters and the editor's area list)."""
        paths: list[tuple[int, str]] = []
        langs: list[str] = []
        kind = "workplace"
        if self.ctx is not None and self._workplace_id is not None:
            with self.ctx.unit_of_work() as session:
                paths = area_paths(areas_q.area_tree(session, self._workplace_id, counts=False))
                langs = people_q.languages(session, self._workplace_id)
                kind = areas_q.kind_of_place(session, self._workplace_id)
        show_place_columns(self.table, self.model, kind)  # a neighbourhood has no shifts
        self.editor.set_place_kind(kind)
        area = self.area.currentData()
        self.area.clear()
        self.area.addItem(self.tr("All areas"), None)
        for area_id, path in paths:
            self.area.addItem(path, area_id)
        self.area.setCurrentIndex(max(0, self.area.findData(area)))
        lang = self.language.currentData()
        self.language.clear()
        self.language.addItem(self.tr("Any language"), None)
        for name in langs:
            self.language.addItem(name, name)
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        self.editor.set_areas(self._workplace_id, paths)
        self.model.set_area_labels(dict(paths))

    def clear(self) -> None:
        self._text_timer.stop()
        self._loading = True
        try:
            self.model.clear()
            self.editor.clear()
            self.search.clear()
            for combo in (self.workplace, self.area, self.level, self.language):
                combo.clear()
            self.committee.setCurrentIndex(0)
            self.stale.setCurrentIndex(0)
            self.count.clear()
            self.care.clear()
        finally:
            self._loading = False
        # emptying the search box restarted the typing delay: a filter 250 ms after a lock
        # would query a locked vault (and say so in a dialog)
        self._text_timer.stop()

    def open_item(self, kind: str, item_id: int) -> bool:
        if kind == KIND_NEW_PERSON and self.ctx is not None:
            return self.new_person_in_area(item_id)
        if kind != KIND_PERSON or self.ctx is None:
            return False
        self.select_contact(item_id)
        # Always reload: the person may have changed on another page (a new assessment); and a
        # person outside the filtered list is still shown in the editor.
        return self.editor.load(item_id)

    def state(self) -> dict[str, Any]:
        """Ids of the selection and filters, plus the editor's unsaved draft (None when there
        is none): the main window keeps it in memory while locked, never writes it anywhere."""
        return {"workplace_id": self._workplace_id, "contact_id": self.current_contact_id(),
                "area_id": self.area.currentData(), "draft": self.editor.draft()}

    def restore_state(self, state: dict[str, Any]) -> None:
        if state.get("workplace_id") is not None:
            self.set_workplace(state["workplace_id"])
        if state.get("area_id") is not None:
            self.set_area_filter(state["area_id"])
        if state.get("contact_id") is not None:
            self.select_contact(state["contact_id"])
        draft = state.get("draft")
        if draft:
            if draft.get("contact_id") is None:
                self.table.clearSelection()
            if not self.editor.restore_draft(draft):
                self.show_error(self, self.tr(
                    "The person you were editing was deleted while the vault was locked; "
                    "your unsaved changes were dropped."))

    # ---- selection and filters ----------------------------------------------------------
    def current_contact_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_contact(self, contact_id: int) -> bool:
        row = self.model.row_of(contact_id)
        if row < 0:
            return False
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def set_workplace(self, workplace_id: int) -> None:
        i = self.workplace.findData(workplace_id)
        if i >= 0:
            self.workplace.setCurrentIndex(i)

    def set_area_filter(self, area_id: int | None) -> None:
        self.area.setCurrentIndex(max(0, self.area.findData(area_id)))

    def _workplace_changed(self, _index: int) -> None:
        if self._loading:
            return
        self._workplace_id = self.workplace.currentData()
        self._loading = True
        try:
            self._load_workplace_choices()
        finally:
            self._loading = False
        self.apply_filter()

    def _filter_changed(self, _index: int) -> None:
        if not self._loading:
            self.apply_filter()

    def apply_filter(self, head: bool = False) -> None:
        """Re-run the id query for the current filters and sort; reset the list (from the head
        of the list first when ``head``: opening the page)."""
        self._text_timer.stop()
        self.model.set_fetch_ids(self._fetch_ids, head=head)

    def _update_count(self) -> None:
        n = self.model.rowCount()
        self.count.setText(self.tr("%n people", "", n) if n != 1 else self.tr("1 person"))

    def _row_changed(self, current: Any, _previous: Any) -> None:
        contact_id = current.data(ID_ROLE) if current.isValid() else None
        if contact_id is not None and contact_id != self.editor.contact_id:
            self.editor.load(contact_id)
        self.care.show_person(self.ctx, contact_id)

    def _row_activated(self, index: Any) -> None:
        if index.isValid():
            if self.editor.contact_id != index.data(ID_ROLE):
                self.editor.load(index.data(ID_ROLE))
            self.editor.first_name.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- actions ------------------------------------------------------------------------
    def new_person(self, area_id: int | None = None) -> None:
        """An empty editor for a new contact, in the filtered area unless one is given."""
        if self._workplace_id is None:
            self.show_error(self, self.tr("Add a workplace on the Map page first."))
            return
        target = area_id if isinstance(area_id, int) and not isinstance(area_id, bool) else None
        self.table.clearSelection()
        self.editor.new_contact(
            workplace_id=self._workplace_id, area_id=target or self.area.currentData()
        )

    def new_person_in_area(self, area_id: int) -> bool:
        """An empty editor for a new person in this area (of its own workplace)."""
        with self.ctx.unit_of_work() as session:
            workplace_id = areas_q.workplace_of_area(session, area_id)
        if workplace_id is None:
            return False
        if workplace_id != self._workplace_id:
            self.set_workplace(workplace_id)
        if self.editor.area.findData(area_id) < 0:
            return False
        self.new_person(area_id)
        return True

    def delete_current(self) -> bool:
        contact_id = self.current_contact_id()
        if contact_id is None or self.ctx is None:
            return False
        if not self.ctx.confirm(
            self, self.tr("this person"),
            [self.tr("their details and notes"), self.tr("their assessment history"),
             self.tr("their conversations and ties")],
        ):
            return False
        try:
            with self.ctx.unit_of_work() as session:
                contacts_s.delete_contact(session, contact_id=contact_id)
        except Exception as exc:  # noqa: BLE001 - the core's words only
            self.show_error(self, error_text(exc))
            return False
        self.editor.clear()
        self.refresh()
        self.changed.emit("people")
        return True

    def _log_conversation(self) -> None:
        contact_id = self.current_contact_id() or self.editor.contact_id
        if contact_id is not None:
            self.log_conversation_requested.emit(contact_id)

    def _saved(self, contact_id: int) -> None:
        row = self.model.row_of(contact_id)
        if row >= 0:
            self.model.invalidate_rows([contact_id])
        else:
            self.apply_filter()
            self.select_contact(contact_id)
        self.changed.emit("people")
