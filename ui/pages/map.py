"""The Map page: a workplace's area tree, the selected area's chart and its organising figures.

Owns the workplace picker (adding a workplace, a steward's first step, and deleting one whose
people, grievances and tests are gone), the area actions (add, add below, rename, move, delete:
a delete is refused while people or grievances are in the area unless the user chooses where to
move them; both deletes confirm first, listing what will be lost by count), the chart (one row
per worker through the lazy ``PeopleTableModel`` filtered to the area's subtree in SQL) and the
figures from ``forum_kit.growth.area_figures`` (headcount, mapped %, assessed %, supporters %,
committee ratio against 1:10, follow-ups due).
Dialogs are injectable attributes (``prompt_text``, ``ask_area``, ``choose_move_target``,
``choose_people_target``) so tests answer them without modal windows. "Add person here" asks the
window (``open_requested(KIND_NEW_PERSON, area_id)``) for the People page's editor, so a
half-typed new person is kept across a lock like any other draft. Nothing is fetched while the
vault is locked: a chart repaint or an area change then shows nothing instead of raising.
Layout: the tree's pane opens wide enough for the area names (at least a fifth of the page, at most
45 %) and keeps whatever split the user drags. Keyboard: every action has a unique mnemonic; in
the tree Insert adds an area below the selected one, F2 renames, Delete deletes and Enter moves
into the chart, where Enter opens the person.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TR_NOOP, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from forum_kit.errors import ForumKitError, VaultLocked
from forum_kit.places import words
from forum_kit.queries import areas as areas_q
from forum_kit.queries import followups as followups_q
from forum_kit.queries import people as people_q
from forum_kit.services import workplaces as workplaces_s
from ui.editors import area_dialogs
from ui.editors.common import error_text, load_levels, prompt_text, setting, show_error
from ui.i18n import shown, translate
from ui.models.area_tree_model import AreaTreeModel
from ui.models.people_model import CHART_COLUMNS, PeopleTableModel
from ui.models.roles import ID_ROLE, LevelStyle
from ui.pages import KIND_AREA, KIND_PERSON, Page
from ui.pages.map_coverage import CoveragePanel
from ui.pages.map_picture import MapPicture
from ui.pages.map_views import ChartViewBar, apply_columns
from ui.pages.people import KIND_NEW_PERSON, setup_people_view
from ui.widgets.care_items import CareStrip
from ui.widgets.keys import on_delete_key
from ui.widgets.layout import RatioSplitter
from ui.widgets.locale_text import number_text, pct_text
from ui.widgets.place_words import place_label, show_place_columns
from ui.widgets.read_only import mark_writes

TARGET_RATIO = 10  # ORGANISING.md: about one committee member per ten coworkers
TREE_SHARE = (0.20, 0.45)  # the tree pane's share of the page: at least, and at most

FIGURES = (
    ("headcount", QT_TR_NOOP("Headcount")),
    ("mapped", QT_TR_NOOP("Mapped")),
    ("assessed", QT_TR_NOOP("Assessed")),
    ("supporters", QT_TR_NOOP("Supporters")),
    ("committee", QT_TR_NOOP("Committee")),
    ("one_on_ones", QT_TR_NOOP("One-on-ones, last 90 days")),
    ("follow_ups", QT_TR_NOOP("Follow-ups due")),
)


def figure_texts(figures: Any) -> dict[str, str]:
    """Words for each figure of an ``AreaFigures`` (pure: tested without widgets)."""
    members = getattr(figures, "committee_members", 0) or 0
    headcount = getattr(figures, "headcount", 0) or 0
    target = getattr(figures, "target_members", None)
    if target is None:
        target = -(-headcount // TARGET_RATIO)
    if members:
        each = round(headcount / members, 1)
        ratio = "1:" + number_text(each, 0 if each.is_integer() else 1)
    else:
        ratio = translate("Map", "none yet")
    short = max(0, target - members)
    if short:
        committee = translate("Map", "{members} of {target} needed ({ratio}, target 1:{ten}) — "
                                     "{short} short").format(
            members=members, target=target, ratio=ratio, ten=TARGET_RATIO, short=short)
    else:
        committee = translate("Map", "{members} of {target} needed ({ratio}, target 1:{ten})"
                              ).format(members=members, target=target, ratio=ratio,
                                       ten=TARGET_RATIO)
    return {
        "headcount": str(headcount),
        "mapped": pct_text(getattr(figures, "mapped_pct", None)),
        "assessed": pct_text(getattr(figures, "assessed_pct", None)),
        "supporters": pct_text(getattr(figures, "supporters_pct", None)),
        "committee": committee,
        "one_on_ones": str(getattr(figures, "one_on_ones_90d", 0) or 0),
        "follow_ups": str(getattr(figures, "follow_ups_due", 0) or 0),
    }


def _area_notes(session: Any, area_id: int) -> str:
    """The area's zone (and why) and its open hazards, in words ("" when it has none)."""
    from forum_kit.queries.social_map import hazards_of, zone_of

    zone, note = zone_of(session, area_id)
    parts = []
    if zone:
        words = {"free": "Free zone", "danger": "Danger zone"}.get(zone, zone)
        parts.append(f"{words}: {note}" if note else words)
    hazards = [h.description for h in hazards_of(session, area_id) if h.resolved_on is None]
    if hazards:
        parts.append("\u26a0 Hazards: " + "; ".join(hazards))
    return " \u00b7 ".join(parts)


class MapPage(Page):
    """Areas, the chart of the selected area and its figures."""

    title = QT_TR_NOOP("Map")
    kinds = (KIND_AREA,)
    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Injectable dialogs (ARCHITECTURE.md rule 11).
        self.prompt_text = prompt_text
        self.ask_area = area_dialogs.ask_area
        self.choose_move_target = area_dialogs.choose_move_target
        self.choose_people_target = area_dialogs.choose_people_target
        self.show_error = show_error
        self._workplace_id: int | None = None
        self._levels: dict[int, LevelStyle] = {}
        self._loading = False
        self.figures: Any = None

        self.workplace = QComboBox()
        self.workplace.setAccessibleName(self.tr("Workplace"))
        # K: W belongs to the "Workplace" label.
        self.add_workplace_button = QPushButton(self.tr("Add wor&kplace…"))
        # a street, an estate, a tenants' building: the same tree, in its own words
        self.add_neighbourhood_button = QPushButton(self.tr("Add neighbourhood…"))
        self.delete_workplace_button = QPushButton(self.tr("Delete workpla&ce…"))
        mark_writes(self.add_workplace_button, self.add_neighbourhood_button,
                    self.delete_workplace_button)
        self.workplace_label = wp_label = QLabel(self.tr("&Workplace:"))
        wp_label.setBuddy(self.workplace)
        top = QHBoxLayout()
        top.addWidget(wp_label)
        top.addWidget(self.workplace, 1)
        top.addWidget(self.add_workplace_button)
        top.addWidget(self.add_neighbourhood_button)
        top.addWidget(self.delete_workplace_button)

        self.tree_model = AreaTreeModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.tree_model)
        self.tree.setAccessibleName(self.tr("Areas"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        # Names take the room; Kind and People are as narrow as their contents (a few dozen
        # rows, so measuring them is cheap). The model keeps its columns across rebuilds, so
        # these modes stay set.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.add_area_button = QPushButton(self.tr("&Add area…"))
        self.add_sub_area_button = QPushButton(self.tr("Add &below…"))
        self.rename_button = QPushButton(self.tr("Re&name…"))
        self.move_button = QPushButton(self.tr("&Move…"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        mark_writes(self.add_area_button, self.add_sub_area_button, self.rename_button,
                    self.move_button, self.delete_button)
        # Two to a row: three in a row would set the tree pane's width, which the chart needs.
        area_buttons = QGridLayout()
        for i, button in enumerate((self.add_area_button, self.add_sub_area_button,
                                    self.rename_button, self.move_button, self.delete_button)):
            area_buttons.addWidget(button, i // 2, i % 2)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.tree, 1)
        lv.addLayout(area_buttons)

        self.area_title = QLabel()
        self.area_title.setObjectName("areaTitle")
        self.area_title.setWordWrap(True)  # a deep path wraps rather than widen the page
        font = self.area_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.area_title.setFont(font)
        # the area's zone and open hazards, in words (the chart's layers of the social map)
        self.area_notes = QLabel()
        self.area_notes.setObjectName("areaNotes")
        self.area_notes.setWordWrap(True)
        self.area_notes.setVisible(False)
        figures_box = QGroupBox(self.tr("Figures"))
        grid = QGridLayout(figures_box)
        self.figure_labels: dict[str, QLabel] = {}
        self.figure_names: dict[str, QLabel] = {}
        for i, (key, label) in enumerate(FIGURES):
            name = QLabel(shown(label) + ":")
            self.figure_names[key] = name
            value = QLabel("—")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setObjectName(f"figure_{key}")
            if key == "committee":
                value.setWordWrap(True)  # the longest figure: it wraps rather than widen the page
            grid.addWidget(name, i // 2, (i % 2) * 2)
            grid.addWidget(value, i // 2, (i % 2) * 2 + 1)
            self.figure_labels[key] = value
        # The committee figure (column 1) is the long one: it gets the room before it wraps.
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 1)

        self.chart_model = PeopleTableModel(self._fetch_rows, None, columns=CHART_COLUMNS,
                                            parent=self)
        self.chart = QTableView()
        self.chart.setAccessibleName(self.tr("Chart of the area"))
        setup_people_view(self.chart, self.chart_model)
        self.views_bar = ChartViewBar()
        self.views_bar.sort_state = self.chart_model.sort_state
        self.add_person_button = QPushButton(self.tr("Add &person here…"))
        mark_writes(self.add_person_button)
        self.tests_button = QPushButton(self.tr("Structure &tests…"))
        chart_bar = QHBoxLayout()
        self.chart_count = QLabel()
        chart_bar.addWidget(self.chart_count, 1)
        chart_bar.addWidget(self.tests_button)
        chart_bar.addWidget(self.add_person_button)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.area_title)
        rv.addWidget(self.area_notes)
        rv.addWidget(figures_box)
        self.care = CareStrip()  # check-ins overdue, open needs and offers in the area
        rv.addWidget(self.care)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        rv.addWidget(line)
        rv.addWidget(self.views_bar)
        rv.addWidget(self.chart, 1)
        rv.addLayout(chart_bar)

        # the chart, the picture of the whole workplace and the committee's coverage (issue 22)
        self.picture = MapPicture()
        self.coverage = CoveragePanel()
        self.right_tabs = QTabWidget()
        self.right_tabs.addTab(right, self.tr("Cha&rt"))
        self.right_tabs.addTab(self.picture, self.tr("Pictur&e"))
        self.right_tabs.addTab(self.coverage, self.tr("C&overage"))
        self.splitter = RatioSplitter(self._tree_pane_width)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right_tabs)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        outer = QVBoxLayout(self)
        outer.addLayout(top)
        outer.addWidget(self.splitter, 1)

        chain = (self.workplace, self.add_workplace_button, self.add_neighbourhood_button,
                 self.delete_workplace_button,
                 self.tree, self.add_area_button, self.add_sub_area_button, self.rename_button,
                 self.move_button, self.delete_button, self.right_tabs, self.views_bar.view,
                 self.views_bar.columns_button, self.views_bar.filter_button,
                 self.views_bar.views_button, self.chart,
                 self.tests_button, self.add_person_button)
        for before, after in zip(chain, chain[1:], strict=False):
            self.setTabOrder(before, after)
        self._delete_key = on_delete_key(self.tree, self.delete_area)
        for key, action in ((Qt.Key.Key_F2, self.rename_area),
                            (Qt.Key.Key_Insert, self._insert_key)):
            shortcut = QShortcut(QKeySequence(key), self.tree)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(action)
        self.tree.activated.connect(lambda _i: self.chart.setFocus(Qt.FocusReason.OtherFocusReason))

        self.workplace.currentIndexChanged.connect(self._workplace_changed)
        self.add_workplace_button.clicked.connect(lambda: self.add_workplace())
        self.add_neighbourhood_button.clicked.connect(
            lambda: self.add_workplace(kind="neighbourhood"))
        self.delete_workplace_button.clicked.connect(self.delete_workplace)
        self.tree.selectionModel().currentChanged.connect(self._area_changed)
        self.add_area_button.clicked.connect(lambda: self.add_area(below=False))
        self.add_sub_area_button.clicked.connect(lambda: self.add_area(below=True))
        self.rename_button.clicked.connect(self.rename_area)
        self.move_button.clicked.connect(self.move_area)
        self.delete_button.clicked.connect(self.delete_area)
        self.add_person_button.clicked.connect(self.add_person_here)
        self.tests_button.clicked.connect(self.open_structure_tests)
        self.chart.activated.connect(self._chart_activated)
        self.chart_model.modelReset.connect(self._update_chart_count)
        self.views_bar.changed.connect(self._view_changed)
        self.picture.area_selected.connect(self.select_area)
        self.picture.open_area.connect(self.open_chart)
        self.picture.changed.connect(self._picture_saved)
        self._update_buttons()

    # ---- layout -------------------------------------------------------------------------
    def tree_content_width(self) -> int:
        """The width the tree needs to show every name, kind and count without eliding."""
        header = self.tree.header()
        width = sum(max(self.tree.sizeHintForColumn(c), header.sectionSizeHint(c))
                    for c in range(self.tree_model.columnCount()))
        return width + 2 * self.tree.frameWidth() + self.tree.verticalScrollBar().sizeHint().width()

    def _insert_key(self) -> None:
        # Insert adds below the selected area, or at the top when there is none yet.
        self.add_area(below=self.current_area_id() is not None)

    def _tree_pane_width(self, total: int) -> int:
        low, high = (round(total * share) for share in TREE_SHARE)
        return max(low, min(high, self.tree_content_width()))

    # ---- data access --------------------------------------------------------------------
    def _stale_days(self) -> int:
        return int(setting(self.ctx, "stale_days"))

    def _locked(self) -> bool:
        return self.ctx is None or bool(getattr(self.ctx, "is_locked", False))

    def _fetch_rows(self, ids: Sequence[int]) -> list[Any]:
        if self._locked():
            return []
        try:
            with self.ctx.unit_of_work() as session:
                return people_q.people_rows(session, list(ids), today=self.ctx.today(),
                                            social=True,
                                            stale_days=self._stale_days())
        except ForumKitError:
            return []

    def _chart_filter(self) -> people_q.PeopleFilter | None:
        """The chart's people: the chosen area and the areas below it."""
        area_id = self.current_area_id()
        if area_id is None:
            return None
        return self.views_bar.people_filter(workplace_id=self._workplace_id, area_id=area_id)

    def export_request(self) -> dict[str, Any] | None:
        """What File > Export writes from this page: the chosen area's chart, in its order."""
        flt = self._chart_filter()
        if flt is None:
            return None
        return {"what": "people", "people_filter": flt,
                "people_sort": self.chart_model.sort_state()}

    def _fetch_ids(self, sort: str, descending: bool) -> list[int]:
        flt = self._chart_filter()
        if self._locked() or flt is None:
            return []
        try:
            with self.ctx.unit_of_work() as session:
                return people_q.people_ids(session, flt, sort=sort, descending=descending,
                                           today=self.ctx.today(), stale_days=self._stale_days())
        except VaultLocked:
            return []  # locked between the check and the query: the page is being cleared

    # ---- page protocol ------------------------------------------------------------------
    def attach(self, ctx: Any) -> None:
        super().attach(ctx)
        self.refresh()

    def refresh(self) -> None:
        if self._locked():
            return
        area_id = self.current_area_id()
        from forum_kit.queries.levels import supporter_labels

        with self.ctx.unit_of_work() as session:
            self._levels = load_levels(session)
            workplaces = areas_q.workplaces(session)
            supporters = supporter_labels(session)
            languages = people_q.languages(session)
        self.chart_model.set_levels(self._levels)
        self.views_bar.load(self.ctx, self._levels, languages)
        # the scale is the vault's own: name the levels that count as support
        self.figure_names["supporters"].setText(
            self.tr("Supporters (%1):").replace("%1", ", ".join(supporters)))
        wanted = self._workplace_id or setting(self.ctx, "default_workplace_id")
        self._loading = True
        try:
            self.workplace.clear()
            self._kinds = {w.id: w.kind for w in workplaces}
            for w in workplaces:
                self.workplace.addItem(place_label(w.name, w.kind), w.id)
            i = self.workplace.findData(wanted)
            self.workplace.setCurrentIndex(i if i >= 0 else (0 if workplaces else -1))
        finally:
            self._loading = False
        self._workplace_id = self.workplace.currentData()
        self._load_tree(select=area_id)

    def _show_workplace_views(self) -> None:
        """The picture and the coverage of the chosen workplace (read when their tab shows)."""
        self.picture.show_workplace(self.ctx, self._workplace_id)
        self.coverage.show_workplace(self.ctx, self._workplace_id)

    def open_chart(self, area_id: int) -> bool:
        """Show an area's chart (a tile double-clicked on the picture)."""
        if not self.select_area(area_id):
            return False
        self.right_tabs.setCurrentIndex(0)
        self.chart.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _picture_saved(self, what: str) -> None:
        self._show_area()
        self.coverage.stale = True
        self.changed.emit(what)

    def _view_changed(self) -> None:
        """New columns, filters or a saved view chosen: show the chart that way."""
        sort = self.views_bar.sort
        self.chart_model.set_columns(self.views_bar.columns,
                                     sort=sort[0] if sort else None,
                                     descending=sort[1] if sort else None)
        apply_columns(self.chart, self.chart_model)
        _key, descending = self.chart_model.sort_state()
        self.chart.horizontalHeader().setSortIndicator(
            self.chart_model.sort_section(),
            Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
        self.chart_model.set_fetch_ids(self._fetch_ids)

    def clear(self) -> None:
        self._loading = True
        try:
            self.workplace.clear()
        finally:
            self._loading = False
        self._workplace_id = None
        self.tree_model.clear()
        self.chart_model.clear()
        self.picture.clear()
        self.coverage.clear()
        self.views_bar.clear()
        self.figures = None
        self.area_title.clear()
        self.area_notes.clear()
        self.area_notes.setVisible(False)
        self.chart_count.clear()
        self.care.clear()
        for label in self.figure_labels.values():
            label.setText("—")
        self._update_buttons()

    def open_item(self, kind: str, item_id: int) -> bool:
        if kind != KIND_AREA or self.ctx is None:
            return False
        if not self.tree_model.index_of(item_id).isValid():
            # The area may belong to another workplace: look for it there.
            with self.ctx.unit_of_work() as session:
                for w in areas_q.workplaces(session):
                    if any(n.id == item_id for n in areas_q.area_tree(session, w.id)):
                        self.set_workplace(w.id)
                        break
        return self.select_area(item_id)

    def state(self) -> dict[str, Any]:
        return {"workplace_id": self._workplace_id, "area_id": self.current_area_id()}

    def restore_state(self, state: dict[str, Any]) -> None:
        if state.get("workplace_id") is not None:
            self.set_workplace(state["workplace_id"])
        if state.get("area_id") is not None:
            self.select_area(state["area_id"])

    # ---- selection ----------------------------------------------------------------------
    def current_area_id(self) -> int | None:
        index = self.tree.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_area(self, area_id: int) -> bool:
        index = self.tree_model.index_of(area_id)
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def set_workplace(self, workplace_id: int) -> None:
        i = self.workplace.findData(workplace_id)
        if i >= 0:
            self.workplace.setCurrentIndex(i)

    def _workplace_changed(self, _index: int) -> None:
        if self._loading:
            return
        self._workplace_id = self.workplace.currentData()
        self._load_tree(select=None)

    def _load_tree(self, select: int | None) -> None:
        nodes: list[Any] = []
        self._apply_place_words()
        if not self._locked() and self._workplace_id is not None:
            with self.ctx.unit_of_work() as session:
                nodes = areas_q.area_tree(session, self._workplace_id)
        self.tree_model.set_nodes(nodes)
        self.tree.expandAll()
        if not self.splitter.user_moved:
            self.splitter.apply_split()  # new names may need a wider tree
        target = select if select is not None and self.tree_model.index_of(select).isValid() \
            else (nodes[0].id if nodes else None)
        if target is not None:
            self.select_area(target)
        self._show_area()
        self._show_workplace_views()

    def _apply_place_words(self) -> None:
        """A neighbourhood's chart has no Shift column and counts residents (forum_kit.places)."""
        kind = getattr(self, "_kinds", {}).get(self._workplace_id, "workplace")
        show_place_columns(self.chart, self.chart_model, kind)
        place = words(kind)
        # the picker and its delete button name the chosen place (Alt+I and Alt+U are free
        # here; Alt+G and Alt+H belong to the menus)
        neighbourhood = place.shift is None
        self.workplace_label.setText(
            self.tr("Ne&ighbourhood:") if neighbourhood else self.tr("&Workplace:"))
        self.delete_workplace_button.setText(
            self.tr("Delete neighbo&urhood…") if neighbourhood else self.tr("Delete workpla&ce…"))
        self.figure_names["headcount"].setText(
            self.tr("Residents:") if neighbourhood else self.tr("Headcount:"))
        self.figure_names["one_on_ones"].setText(
            self.tr("Door-knocks, last 90 days:") if neighbourhood
            else self.tr("One-on-ones, last 90 days:"))

    def _area_changed(self, *_args: Any) -> None:
        self._show_area()
        self.picture.select(self.current_area_id())

    def _show_area(self) -> None:
        area_id = self.current_area_id()
        self._update_buttons()
        if self._locked():
            # A signal queued before the lock (a selection change, a refresh) lands here after
            # it: show nothing rather than query a vault that is gone.
            self.chart_model.clear()
            self.figures = None
            for label in self.figure_labels.values():
                label.setText("—")
            return
        self.chart_model.set_fetch_ids(self._fetch_ids)
        if area_id is None:
            self.area_title.setText(
                self.tr("Add a workplace to start.") if self._workplace_id is None
                else self.tr("Add an area (department, line, shift…).")
            )
            self.figures = None
            self.area_notes.setVisible(False)
            for label in self.figure_labels.values():
                label.setText("—")
            return
        self.area_title.setText(dict(self.tree_model.paths()).get(area_id, ""))
        from forum_kit.growth import area_figures  # the growth module loads on first use

        today = self.ctx.today()
        with self.ctx.unit_of_work() as session:
            figures = area_figures(session, area_id=area_id, as_of=today)
            # follow-ups due today or overdue, counted by the query the Conversations page lists
            # them with (one definition: the two used to disagree)
            due = followups_q.count_follow_ups_due(session, today=today, area_id=area_id,
                                                   within_days=0)
            notes = _area_notes(session, area_id)
        self.area_notes.setText(notes)
        self.area_notes.setVisible(bool(notes))
        self.figures = dataclasses.replace(figures, follow_ups_due=due)
        for key, text in figure_texts(self.figures).items():
            self.figure_labels[key].setText(text)
        below = bool(getattr(self.figures, "below_target", False))
        self.figure_labels["committee"].setStyleSheet("color: #b71c1c;" if below else "")
        self.care.show_area(self.ctx, area_id)

    def _update_buttons(self) -> None:
        has_wp = self._workplace_id is not None
        has_area = self.current_area_id() is not None
        self.add_area_button.setEnabled(has_wp)
        self.delete_workplace_button.setEnabled(has_wp)
        for b in (self.add_sub_area_button, self.rename_button, self.move_button,
                  self.delete_button, self.add_person_button):
            b.setEnabled(has_area)

    def _update_chart_count(self) -> None:
        n = self.chart_model.rowCount()
        self.chart_count.setText(self.tr("1 person") if n == 1 else self.tr("%n people", "", n))

    def _chart_activated(self, index: Any) -> None:
        if index.isValid():
            self.open_requested.emit(KIND_PERSON, index.data(ID_ROLE))

    # ---- actions ------------------------------------------------------------------------
    def _run(self, action: Any) -> Any:
        """Run ``action(session)`` in one unit of work; show the core's message on failure."""
        try:
            with self.ctx.unit_of_work() as session:
                return action(session)
        except ForumKitError as exc:
            self.show_error(self, error_text(exc))
            return None

    def add_workplace(self, kind: str = "workplace") -> int | None:
        if self.ctx is None:
            return None
        if kind == "neighbourhood":
            name = self.prompt_text(self, self.tr("Add neighbourhood"), self.tr(
                "Name of the street, estate or building:"))
        else:
            name = self.prompt_text(self, self.tr("Add workplace"),
                                    self.tr("Name of the workplace:"))
        if not name:
            return None
        today = self.ctx.today()
        workplace = self._run(lambda s: workplaces_s.add_workplace(s, name=name, today=today,
                                                                   kind=kind).id)
        if workplace is None:
            return None
        self._workplace_id = workplace
        self.refresh()
        self.changed.emit("areas")
        return workplace

    def add_area(self, *, below: bool = False) -> int | None:
        if self.ctx is None or self._workplace_id is None:
            return None
        parent_id = self.current_area_id() if below else None
        if below and parent_id is None:
            return None
        answer = self.ask_area(self, self.tr("Add area"), "", "")
        if not answer:
            return None
        name, kind = answer
        workplace_id = self._workplace_id
        area_id = self._run(lambda s: workplaces_s.add_area(
            s, workplace_id=workplace_id, name=name, kind=kind or "area", parent_id=parent_id,
        ).id)
        if area_id is None:
            return None
        self._load_tree(select=area_id)
        self.changed.emit("areas")
        return area_id

    def rename_area(self) -> bool:
        area_id = self.current_area_id()
        if self.ctx is None or area_id is None:
            return False
        name = self.prompt_text(self, self.tr("Rename area"), self.tr("New name:"),
                                self.tree_model.name_of(area_id))
        if not name:
            return False
        if self._run(lambda s: workplaces_s.rename_area(s, area_id=area_id, name=name)) is None:
            return False
        self._load_tree(select=area_id)
        self.changed.emit("areas")
        return True

    def move_area(self) -> bool:
        area_id = self.current_area_id()
        if self.ctx is None or area_id is None:
            return False
        inside = self.tree_model.descendants(area_id)
        choices = [(i, p) for i, p in self.tree_model.paths() if i not in inside]
        target = self.choose_move_target(self, choices)
        if target is None:
            return False
        parent_id = None if target == area_dialogs.TOP_LEVEL else target
        if self._run(
            lambda s: workplaces_s.move_area(s, area_id=area_id, new_parent_id=parent_id)
        ) is None:
            return False
        self._load_tree(select=area_id)
        self.changed.emit("areas")
        return True

    def delete_area(self) -> bool:
        """Delete the selected area with its sub-areas after a confirmation naming what goes.

        Refused at once while structure tests target it; people and grievances in it move to
        an area the user picks (``choose_people_target``), or the delete is refused."""
        area_id = self.current_area_id()
        if self.ctx is None or area_id is None:
            return False
        impact = self._run(lambda s: areas_q.area_deletion_impact(s, area_id))
        if impact is None:
            return False
        if impact.structure_tests:
            self.show_error(self, workplaces_s.area_refusal(impact, moving=True,
                                                            with_sub_areas=True) or "")
            return False
        consequences = areas_q.lost_with(impact)
        held = impact.people + impact.grievances
        if held:
            consequences.append(self.tr(
                "nothing about its %n person(s) or grievance(s): they move to an area you choose",
                "",
                held))
        if not self.ctx.confirm(self, self.tr("this area"), consequences):
            return False
        move_to: int | None = None
        if held:
            inside = self.tree_model.descendants(area_id)
            choices = [(i, p) for i, p in self.tree_model.paths() if i not in inside]
            move_to = self.choose_people_target(self, held, choices) if choices else None
            if move_to is None:
                self.show_error(self, workplaces_s.area_refusal(
                    impact, moving=False, with_sub_areas=True) or "")
                return False
        done = self._run(lambda s: workplaces_s.delete_area(
            s, area_id=area_id, move_people_to=move_to, with_sub_areas=True) or True)
        if done is None:
            return False
        self._load_tree(select=move_to)
        self.changed.emit("areas")
        if impact.people:
            self.changed.emit("people")
        if impact.grievances:
            self.changed.emit("grievances")
        return True

    def delete_workplace(self) -> bool:
        """Delete the chosen workplace and its empty areas after a confirmation naming what goes;
        refused, with counts, while people, grievances or structure tests belong to it."""
        workplace_id = self._workplace_id
        if self._locked() or workplace_id is None:
            return False
        impact = self._run(lambda s: areas_q.workplace_deletion_impact(s, workplace_id))
        if impact is None:
            return False
        refusal = workplaces_s.workplace_refusal(impact)
        if refusal:
            self.show_error(self, refusal)
            return False
        kind = getattr(self, "_kinds", {}).get(workplace_id, "workplace")
        what = self.tr("this neighbourhood") if words(kind).shift is None \
            else self.tr("this workplace")
        if not self.ctx.confirm(self, what,
                                areas_q.lost_with(impact, whole_workplace=True)):
            return False
        done = self._run(lambda s: workplaces_s.delete_workplace(
            s, workplace_id=workplace_id) or True)
        if done is None:
            return False
        self._workplace_id = None
        self.refresh()
        self.changed.emit("areas")
        return True

    def open_structure_tests(self) -> None:
        """The structure-test window for the selected area (ui.pages.structure_tests)."""
        from ui.pages.structure_tests import open_structure_tests

        if self.ctx is not None:
            open_structure_tests(self, self.ctx, self._workplace_id, self.current_area_id())

    def add_person_here(self) -> bool:
        """Ask for the People page's editor with a new person in the selected area (its save
        refreshes this page through ``changed``); False when no area is selected."""
        area_id = self.current_area_id()
        if self._locked() or area_id is None:
            return False
        self.open_requested.emit(KIND_NEW_PERSON, area_id)
        return True
