"""The Growth page: are we growing, area by area? A QtCharts chart over weekly points and a table.

Owns picking the workplace, the areas to compare (at most ``MAX_AREAS``, said in words when more
are ticked), the figure charted (supporters %, assessed %, committee members with the 1:10 target
line, one-on-ones in the last 90 days, last structure-test participation), the time range and an
"as of" date: the chart ends there and the table shows every area as it stood then, areas below
the committee target first. Chart and table both read ``forum_kit.growth.growth_series`` (the
same series the PDF documents use).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TR_NOOP, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from forum_kit.errors import ForumKitError
from forum_kit.queries import areas as areas_q
from ui.editors.common import error_text, from_qdate, setting, show_error, to_qdate
from ui.i18n import shown
from ui.models.area_tree_model import area_paths
from ui.models.growth_models import GrowthTableModel
from ui.models.roles import ID_ROLE, SORT_ROLE
from ui.pages import Page
from ui.widgets.dates import date_edit
from ui.widgets.growth_chart import MAX_AREAS, METRICS, GrowthChart
from ui.widgets.layout import RatioSplitter, ratio, shrinkable_combo
from ui.widgets.tables import elide_middle, fit_columns, table_view

RANGES = ((13, QT_TR_NOOP("Last 3 months")), (26, QT_TR_NOOP("Last 6 months")),
          (52, QT_TR_NOOP("Last year")), (104, QT_TR_NOOP("Last 2 years")))
CHECKED = Qt.CheckState.Checked
_AREAS_SHARE = 0.22  # of the page's width for the list of areas; the chart keeps the rest


class GrowthPage(Page):
    title = QT_TR_NOOP("Growth")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.show_error = show_error
        self._loading = False
        self.series: dict[int, list[Any]] = {}
        self._paths: dict[int, str] = {}  # area id -> "Parent / Child", for the table

        self.workplace = shrinkable_combo(QComboBox(), 10)
        self.workplace.setAccessibleName(self.tr("Workplace"))
        self.metric_combo = shrinkable_combo(QComboBox(), 10)
        self.metric_combo.setAccessibleName(self.tr("Figure"))
        for key, (label, _attr, _pct) in METRICS.items():
            self.metric_combo.addItem(shown(label), key)
        self.range = shrinkable_combo(QComboBox(), 8)
        self.range.setAccessibleName(self.tr("Time range"))
        for weeks, label in RANGES:
            self.range.addItem(shown(label), weeks)
        self.range.setCurrentIndex(1)
        self.as_of = date_edit()
        self.as_of.setAccessibleName(self.tr("As of"))
        self.today_button = QPushButton(self.tr("&Today"))
        # Two rows: in one, the long workplace and figure names set the page's minimum width.
        top = QGridLayout()
        for i, (text, widget) in enumerate(((self.tr("&Workplace:"), self.workplace),
                                            (self.tr("&Figure:"), self.metric_combo),
                                            (self.tr("&Range:"), self.range),
                                            (self.tr("&As of:"), self.as_of))):
            label = QLabel(text)
            label.setBuddy(widget)
            row, col = divmod(i, 2)
            top.addWidget(label, row, 2 * col)
            top.addWidget(widget, row, 2 * col + 1)
        top.addWidget(self.today_button, 1, 4)
        top.setColumnStretch(1, 2)
        top.setColumnStretch(3, 2)

        self.areas_model = QStandardItemModel(self)
        self.areas = QListView()
        self.areas.setModel(self.areas_model)
        self.areas.setAccessibleName(self.tr("Areas to compare"))
        self.areas.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #8a4b00;")
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        compare = QLabel(self.tr("Compare areas (up to %n):", "", MAX_AREAS))
        compare.setWordWrap(True)
        lv.addWidget(compare)
        lv.addWidget(self.areas, 1)
        lv.addWidget(self.notice)

        self.chart = GrowthChart()
        self.table_model = GrowthTableModel(self)
        self.proxy = QSortFilterProxyModel(self)  # one row per area: short
        self.proxy.setSourceModel(self.table_model)
        self.proxy.setSortRole(SORT_ROLE)
        # The area's path ("Floor 2 Billing / Team North", elided in the middle) and nine
        # figures share the width; selecting several rows stays on, as this table always had.
        self.table = table_view(self.proxy, self.tr("Figures by area"), word_wrap=True)
        fit_columns(self.table, (230, 85, 85, 80, 85, 90, 95, 75, 110, 115), {0: 170})
        elide_middle(self.table, 0)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table_label = QLabel()
        self.table_label.setWordWrap(True)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.chart)
        table_box = QWidget()
        tv = QVBoxLayout(table_box)
        tv.setContentsMargins(0, 0, 0, 0)
        tv.addWidget(self.table_label)
        tv.addWidget(self.table, 1)
        right.addWidget(table_box)
        right.setSizes([460, 260])

        self.splitter = RatioSplitter(ratio(_AREAS_SHARE))
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 4)
        outer = QVBoxLayout(self)
        outer.addLayout(top)
        outer.addWidget(self.splitter, 1)

        self.workplace.currentIndexChanged.connect(self._workplace_changed)
        for combo in (self.metric_combo, self.range):
            combo.currentIndexChanged.connect(lambda _i: self._reload())
        self.as_of.dateChanged.connect(lambda _d: self._reload())
        self.areas_model.itemChanged.connect(lambda _item: self._reload())
        self.today_button.clicked.connect(self._to_today)
        self.table.doubleClicked.connect(self._table_activated)

    # ---- page protocol ----------------------------------------------------------------------
    def attach(self, ctx: Any) -> None:
        super().attach(ctx)
        self._loading = True
        self.as_of.setDate(to_qdate(ctx.today()))
        self._loading = False
        self.refresh()

    def refresh(self) -> None:
        if self.ctx is None:
            return
        with self.ctx.unit_of_work() as session:
            workplaces = areas_q.workplaces(session, counts=False)
        keep = self.workplace.currentData() or setting(self.ctx, "default_workplace_id")
        self._loading = True
        try:
            self.workplace.clear()
            for w in workplaces:
                self.workplace.addItem(w.name, w.id)
            i = self.workplace.findData(keep)
            self.workplace.setCurrentIndex(i if i >= 0 else (0 if workplaces else -1))
        finally:
            self._loading = False
        self._load_areas(self.checked_area_ids())

    def clear(self) -> None:
        self._loading = True
        try:
            self.workplace.clear()
            self.areas_model.clear()
        finally:
            self._loading = False
        self.series = {}
        self._paths = {}
        self.chart.clear()
        self.table_model.clear()
        self.table_label.clear()
        self.notice.clear()

    def state(self) -> dict[str, Any]:
        return {"workplace_id": self.workplace.currentData(), "areas": self.checked_area_ids(),
                "metric": self.metric_combo.currentData()}

    def restore_state(self, state: dict[str, Any]) -> None:
        if state.get("metric"):
            self.metric_combo.setCurrentIndex(max(0, self.metric_combo.findData(state["metric"])))
        i = self.workplace.findData(state.get("workplace_id"))
        if i >= 0:
            self.workplace.setCurrentIndex(i)
        if state.get("areas"):
            self.set_checked_areas(state["areas"])

    # ---- areas ------------------------------------------------------------------------------
    def checked_area_ids(self) -> list[int]:
        m = self.areas_model
        return [m.item(r).data(ID_ROLE) for r in range(m.rowCount())
                if m.item(r).checkState() == CHECKED]

    def set_checked_areas(self, area_ids: list[int]) -> None:
        wanted = set(area_ids)
        self._loading = True
        try:
            for r in range(self.areas_model.rowCount()):
                item = self.areas_model.item(r)
                item.setCheckState(CHECKED if item.data(ID_ROLE) in wanted
                                   else Qt.CheckState.Unchecked)
        finally:
            self._loading = False
        self._reload()

    def _workplace_changed(self, _i: int) -> None:
        if not self._loading:
            self._load_areas([])

    def _load_areas(self, keep: list[int]) -> None:
        workplace_id = self.workplace.currentData()
        nodes: list[Any] = []
        if workplace_id is not None:
            with self.ctx.unit_of_work() as session:
                nodes = areas_q.area_tree(session, workplace_id, counts=False)
        if not keep:
            # By default compare the top-level areas: the whole picture at a glance.
            keep = [n.id for n in nodes if n.depth == 0][:MAX_AREAS]
        self._paths = dict(area_paths(nodes))
        self._loading = True
        try:
            self.areas_model.clear()
            for node in nodes:
                item = QStandardItem("   " * node.depth + node.name)
                item.setData(node.id, ID_ROLE)
                item.setCheckable(True)
                item.setCheckState(CHECKED if node.id in keep else Qt.CheckState.Unchecked)
                self.areas_model.appendRow(item)
        finally:
            self._loading = False
        self._reload()

    def _to_today(self) -> None:
        if self.ctx is not None:
            self.as_of.setDate(to_qdate(self.ctx.today()))

    def _table_activated(self, index: Any) -> None:
        if index.isValid():
            area_id = index.data(ID_ROLE)
            if area_id is not None and area_id not in self.checked_area_ids():
                self.set_checked_areas([*self.checked_area_ids(), area_id])

    # ---- figures ----------------------------------------------------------------------------
    def _reload(self) -> None:
        if self._loading or self.ctx is None:
            return
        from forum_kit import growth  # loads on first use: not needed before the page shows

        as_of = from_qdate(self.as_of.date())
        weeks = int(self.range.currentData() or 26)
        start = as_of - dt.timedelta(weeks=weeks)
        picked = self.checked_area_ids()
        if len(picked) > MAX_AREAS:
            self.notice.setText(self.tr(
                "%n areas ticked; the chart compares the first {max} (untick some to choose)."
                , "", len(picked)).replace("{max}", str(MAX_AREAS)))
            picked = picked[:MAX_AREAS]
        else:
            self.notice.clear()
        all_ids = [self.areas_model.item(r).data(ID_ROLE)
                   for r in range(self.areas_model.rowCount())]
        try:
            with self.ctx.unit_of_work() as session:
                self.series = growth.growth_series(session, area_ids=picked, start=start,
                                                   end=as_of, step_days=7) if picked else {}
                now = growth.growth_series(session, area_ids=all_ids, start=as_of,
                                           end=as_of) if all_ids else {}
        except ForumKitError as exc:
            self.show_error(self, error_text(exc))
            return
        self.chart.set_series(self.series, self.metric_combo.currentData(), self._paths)
        rows = [figures[0] for figures in now.values() if figures]
        self.table_model.set_rows(rows, paths=self._paths)
        below = sum(1 for r in rows if r.below_target)
        self.table_label.setText(self.tr(
            "Every area as of {day}: {below} below the 1:10 committee target (listed first)."
        ).format(day=as_of.isoformat(), below=below))
