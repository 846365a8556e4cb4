"""The Grievances page: which cases are due, each case's editor, contracts and a calendar export.

Owns the case list (``GrievanceListModel`` over ``queries.grievances.grievance_rows``: the actual
next deadline date and what it is for; overdue and due-within-N-working-days rows marked by
words, an icon and colour), its filters (status, step, area, steward, type), the count of overdue
cases (shown on the page and sent as ``badge_changed`` for the sidebar), the ``GrievanceEditor``,
the ``ContractDialog`` and the iCalendar export of open deadlines (grievants' names only when the
"include grievants' names" box is ticked; written to a path the user chooses, mode 0600).
The window attaches this page at every unlock for its badge, so ``attach`` only counts the
overdue cases (a moment later, so the window paints first); the list and the filters load when
the page is first shown or asked to open a case.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TR_NOOP, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from forum_kit.errors import ForumKitError
from forum_kit.queries import areas as areas_q
from forum_kit.queries import contracts as contracts_q
from forum_kit.queries import grievances as grievances_q
from forum_kit.queries.care import count_overdue_check_ins
from ui.editors.common import error_text, setting, show_error
from ui.editors.grievance_editor import GrievanceEditor
from ui.editors.pick_contact import contact_name, pick_contact
from ui.i18n import shown, translate
from ui.models.area_tree_model import workplace_area_paths
from ui.models.grievance_models import COL_AREA, TYPE_LABELS, GrievanceListModel
from ui.models.roles import ID_ROLE, SORT_ROLE
from ui.pages import KIND_GRIEVANCE, Page
from ui.pages.grievance_review import GrievanceReviewView
from ui.widgets.care_items import overdue_check_ins_text
from ui.widgets.file_dialogs import save_file
from ui.widgets.layout import RatioSplitter, path_combo, scroll_min_width, shrinkable_combo
from ui.widgets.read_only import mark_form, mark_writes
from ui.widgets.tables import elide_middle, table_view

ANY = None
# The badge is counted this long after attach, so the window paints its first page before.
BADGE_DELAY_MS = 50
_EDITOR_SHARE = 0.40  # of the page's width, at first; the list keeps the rest
_EDITOR_MAX = 520  # wider only helps the text fields, and the list needs the room more
_FILTER_CHARS = 5  # filter combos may shrink to this and elide (their popups show it all)


def choose_ics_path(parent: QWidget | None, suggested: str) -> str | None:
    return save_file(parent,
                     translate("Grievances",
                               "Export deadlines to a calendar file") if parent else "",
                     suggested, translate("Grievances", "iCalendar (*.ics)"))


class GrievancesPage(Page):
    """Case list with filters on the left, the case editor on the right."""

    title = QT_TR_NOOP("Grievances")
    kinds = (KIND_GRIEVANCE,)
    changed = Signal(str)
    # "3 overdue" (or "") for the sidebar: the main window has no badge hook of its own yet.
    badge_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.show_error = show_error
        self.choose_ics_path = choose_ics_path
        self.exec_dialog = lambda dialog: dialog.exec()
        self.overdue = 0
        self._loading = False
        # False until the list and filters hold the attached vault's data (see the docstring).
        self._loaded = False
        self._pending_state: dict[str, Any] | None = None
        self._badge_timer = QTimer(self)
        self._badge_timer.setSingleShot(True)
        self._badge_timer.setInterval(BADGE_DELAY_MS)
        self._badge_timer.timeout.connect(self.update_badge)

        self.status_filter = shrinkable_combo(QComboBox(), _FILTER_CHARS)
        self.status_filter.setAccessibleName(self.tr("Status"))
        for value, label in (("open", QT_TR_NOOP("Open")), ("closed", QT_TR_NOOP("Closed")),
                             (ANY, QT_TR_NOOP("Open and closed"))):
            self.status_filter.addItem(shown(label), value)
        self.step_filter = shrinkable_combo(QComboBox(), _FILTER_CHARS)
        self.step_filter.setAccessibleName(self.tr("Step"))
        self.area_filter = path_combo(_FILTER_CHARS)
        self.area_filter.setAccessibleName(self.tr("Area"))
        self.steward_filter = shrinkable_combo(QComboBox(), _FILTER_CHARS)
        self.steward_filter.setAccessibleName(self.tr("Steward"))
        self.type_filter = shrinkable_combo(QComboBox(), _FILTER_CHARS)
        self.type_filter.setAccessibleName(self.tr("Type"))
        self.type_filter.addItem(self.tr("Any type"), ANY)
        for value, label in TYPE_LABELS.items():
            self.type_filter.addItem(shown(label), value)
        # Two rows of three: five filters in one row set the page's minimum width.
        filters = QGridLayout()
        for i, (label, combo) in enumerate(((self.tr("&Status:"), self.status_filter),
                                            (self.tr("S&tep:"), self.step_filter),
                                            (self.tr("T&ype:"), self.type_filter),
                                            (self.tr("Ste&ward:"), self.steward_filter),
                                            (self.tr("&Area:"), self.area_filter))):
            name = QLabel(label)
            name.setBuddy(combo)
            row, col = divmod(i, 3)
            filters.addWidget(name, row, 2 * col)
            filters.addWidget(combo, row, 2 * col + 1, 1, 3 if i == 4 else 1)
            filters.setColumnStretch(2 * col + 1, 1)

        self.overdue_label = QLabel()
        self.overdue_label.setObjectName("overdueCount")
        font = self.overdue_label.font()
        font.setBold(True)
        self.overdue_label.setFont(font)
        self.new_button = QPushButton(self.tr("&New grievance"))
        self.contract_button = QPushButton(self.tr("&Contract…"))
        self.templates_button = QPushButton(self.tr("Letter te&mplates…"))
        mark_writes(self.new_button, self.contract_button, self.templates_button)
        self.include_names = QCheckBox(self.tr("include grievants' names"))
        self.include_names.setChecked(False)
        self.export_button = QPushButton(self.tr("E&xport deadlines (.ics)…"))
        self.check_ins_label = QLabel()  # overdue check-ins on members, beside the deadlines
        self.check_ins_label.setObjectName("overdueCheckIns")
        self.check_ins_label.setFont(font)
        self.check_ins_label.setWordWrap(True)  # wraps rather than widen the page on a laptop
        self.check_ins_label.hide()  # shown only with a count: no gap in the bar otherwise
        bar = QHBoxLayout()
        bar.addWidget(self.overdue_label, 1)
        bar.addWidget(self.check_ins_label, 0)
        self._bar = bar
        bar.addWidget(self.new_button)
        bar.addWidget(self.contract_button)
        bar.addWidget(self.templates_button)
        export_bar = QHBoxLayout()
        export_bar.addStretch(1)
        export_bar.addWidget(self.export_button)
        export_bar.addWidget(self.include_names)

        self.model = GrievanceListModel(self)
        self.proxy = QSortFilterProxyModel(self)  # the list is short: sorting in Qt is fine
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        # number, title, next deadline (date + status word), what it is for: on screen at
        # 1280x720; grievants, area (its path elided in the middle), type, step, steward and
        # status (stretched last) scroll in. Wrapping stays on, as this list has always had it.
        self.table = table_view(self.proxy, self.tr("Grievances"),
                                (92, 150, 190, 170, 120, 150, 90, 70, 110), word_wrap=True)
        elide_middle(self.table, COL_AREA)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.count_label = QLabel()

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(filters)
        lv.addLayout(bar)
        lv.addWidget(self.table, 1)
        lv.addWidget(self.count_label)
        lv.addLayout(export_bar)

        self.editor = GrievanceEditor()
        mark_form(self.editor)
        self.editor.case.pick_contact = lambda parent: self.pick_contact(parent)
        self.editor.case.name_of = self._name_of
        # Injectable: tests return a contact id instead of opening the search dialog.
        self.pick_contact = lambda parent: pick_contact(parent, self.ctx, self.editor.workplace_id)

        # The case tab of the editor scrolls up and down (never sideways); the editor pane
        # never gets narrower than that tab and the others can show.
        self.editor.setMinimumWidth(max(self.editor.minimumSizeHint().width(),
                                        scroll_min_width(self.editor.case_scroll)))
        self.splitter = RatioSplitter(self._list_width)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        # the cases, and the committee's review of them (figures, chart, report)
        self.review = GrievanceReviewView()
        self.views = QTabWidget()
        self.views.addTab(self.splitter, self.tr("Cases"))
        self.views.addTab(self.review, self.tr("Committee re&view"))
        outer = QVBoxLayout(self)
        outer.addWidget(self.views)

        for combo in (self.status_filter, self.step_filter, self.area_filter,
                      self.steward_filter, self.type_filter):
            combo.currentIndexChanged.connect(self._filter_changed)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.new_button.clicked.connect(self.new_grievance)
        self.contract_button.clicked.connect(lambda: self.edit_contract())
        self.templates_button.clicked.connect(lambda: self.edit_templates())
        self.review.open_case.connect(self._open_from_review)
        self.export_button.clicked.connect(lambda: self.export_ics())
        self.editor.saved.connect(self._saved)

    def _list_width(self, total: int) -> int:
        editor = min(max(round(total * _EDITOR_SHARE), self.editor.minimumWidth()), _EDITOR_MAX)
        return total - editor

    # ---- page protocol ----------------------------------------------------------------------
    def attach(self, ctx: Any) -> None:
        super().attach(ctx)
        self.editor.attach(ctx)
        self.review.attach(ctx)
        self._loaded = False
        self.refresh()

    def refresh(self) -> None:
        """Reload now if shown, else only the badge (soon) and the rest at the next show."""
        if self.ctx is None:
            return
        if not self.isVisible():
            self._loaded = False
            self._badge_timer.start()
            return
        self._load_all()

    def ensure_loaded(self) -> None:
        """Load the list and the filters if they do not hold this vault's data yet."""
        if self.ctx is not None and not self._loaded:
            self._load_all()

    def _load_all(self) -> None:
        self._badge_timer.stop()
        self._loaded = True
        self._load_choices()
        self.load()
        pending, self._pending_state = self._pending_state, None
        if pending:
            self.restore_state(pending)
        elif self.editor.grievance_id is not None:
            self.editor.load(self.editor.grievance_id)

    def update_badge(self) -> None:
        """Count the overdue cases for the label and the sidebar badge, without the list."""
        if self.ctx is None or self.ctx.is_locked:
            return
        try:
            with self.ctx.unit_of_work() as session:
                overdue = grievances_q.overdue_count(session, today=self.ctx.today())
                late = count_overdue_check_ins(session, today=self.ctx.today())
        except ForumKitError:
            return  # the full load, when the page is shown, reports the problem
        self.set_overdue(overdue)
        self.set_check_ins(late)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.ensure_loaded()

    def clear(self) -> None:
        self._badge_timer.stop()
        self._loaded = False
        self._pending_state = None
        self.model.clear()
        self.editor.clear()
        self.review.clear()
        self._loading = True
        try:
            for combo in (self.step_filter, self.area_filter, self.steward_filter):
                combo.clear()
        finally:
            self._loading = False
        self.overdue_label.clear()
        self.set_check_ins(0)
        self.count_label.clear()
        self.include_names.setChecked(False)

    def open_item(self, kind: str, item_id: int) -> bool:
        if kind != KIND_GRIEVANCE or self.ctx is None:
            return False
        self.ensure_loaded()
        self.select(item_id)
        return self.editor.load(item_id)

    def state(self) -> dict[str, Any]:
        if not self._loaded and self._pending_state is not None:
            return dict(self._pending_state)
        state: dict[str, Any] = {"grievance_id": self.editor.grievance_id,
                                 "status": self.status_filter.currentIndex()}
        # Unsaved typing survives a lock in the main window's memory only (SECURITY.md).
        draft = self.editor.draft()
        if draft is not None:
            state["draft"] = draft
        return state

    def restore_state(self, state: dict[str, Any]) -> None:
        if self.ctx is not None and not self._loaded:
            self._pending_state = dict(state)  # applied by the first full load
            return
        if state.get("status") is not None:
            self.status_filter.setCurrentIndex(int(state["status"]))
        draft = state.get("draft")
        if draft:
            if draft.get("grievance_id") is not None:
                self.select(int(draft["grievance_id"]))
            else:
                self.table.clearSelection()
            if self.editor.restore_draft(draft):
                return
        if state.get("grievance_id") is not None:
            self.open_item(KIND_GRIEVANCE, state["grievance_id"])

    # ---- data -------------------------------------------------------------------------------
    def _name_of(self, contact_id: int) -> str:
        return contact_name(self.ctx, contact_id) if self.ctx is not None else ""

    def current_filter(self) -> grievances_q.GrievanceListFilter:
        """The filters on screen (ANY is None: any)."""
        return grievances_q.GrievanceListFilter(
            status=self.status_filter.currentData(), step=self.step_filter.currentData(),
            area_id=self.area_filter.currentData(), steward_id=self.steward_filter.currentData(),
            grievance_type=self.type_filter.currentData(), due_soon_days=self._due_soon_days())

    def export_request(self) -> dict[str, Any]:
        """What File > Export writes from this page: the case list with its filters."""
        return {"what": "grievances", "grievance_filter": self.current_filter()}

    def _due_soon_days(self) -> int:
        return int(setting(self.ctx, "due_soon_working_days") or 3)

    def _workplace_id(self) -> int | None:
        wanted = setting(self.ctx, "default_workplace_id")
        with self.ctx.unit_of_work() as session:
            ids = [w.id for w in areas_q.workplaces(session, counts=False)]
        return wanted if wanted in ids else (ids[0] if ids else None)

    def _load_choices(self) -> None:
        """Steps, areas and stewards for the filters; contracts and areas for the editor."""
        with self.ctx.unit_of_work() as session:
            steps = [(s.ordinal, s.name) for s in contracts_q.step_choices(session)]
            areas = workplace_area_paths(
                (w.name, areas_q.area_tree(session, w.id, counts=False))
                for w in areas_q.workplaces(session, counts=False))
            stewards = [(c.id, c.name) for c in grievances_q.steward_choices(session)]
            contracts = [(c.id, c.name) for c in contracts_q.contract_choices(session)]
        self._loading = True
        try:
            for combo, any_label, items in (
                    (self.step_filter, self.tr("Any step"), steps),
                    (self.area_filter, self.tr("Any area"), areas),
                    (self.steward_filter, self.tr("Any steward"), stewards)):
                keep = combo.currentData()
                combo.clear()
                combo.addItem(any_label, ANY)
                for value, label in items:
                    combo.addItem(label, value)
                combo.setCurrentIndex(max(0, combo.findData(keep)))
        finally:
            self._loading = False
        self.editor.set_choices(contracts=contracts, areas=areas)
        self.model.set_area_labels(dict(areas))

    def load(self) -> None:
        """Reload the list with the filters, and the overdue count (all open cases)."""
        if self.ctx is None:
            return
        today = self.ctx.today()
        flt = self.current_filter()
        try:
            with self.ctx.unit_of_work() as session:
                rows = grievances_q.grievance_list(session, flt, today=today)
                if flt.status == "open" and flt.any_but_status:
                    # the list is every open case: count from it instead of computing every
                    # deadline a second time (about half the load on 1,351 cases)
                    overdue = sum(1 for r in rows if r.deadline_status == "overdue")
                else:
                    overdue = grievances_q.overdue_count(session, today=today)
                late = count_overdue_check_ins(session, today=today)
        except ForumKitError as exc:
            self.show_error(self, error_text(exc))
            return
        self.set_check_ins(late)
        selected = self.editor.grievance_id
        self.model.set_rows(rows)
        self.set_overdue(overdue)
        n = len(rows)
        self.count_label.setText(self.tr("1 grievance") if n == 1
                                 else self.tr("%n grievances", "", n))
        if selected is not None:
            self.select(selected)

    def set_overdue(self, count: int) -> None:
        self.overdue = count
        if count:
            self.overdue_label.setText(self.tr("⚠ %n overdue", "", count))
            self.overdue_label.setStyleSheet("color: #b71c1c;")
        else:
            self.overdue_label.setText(self.tr("No deadline overdue"))
            self.overdue_label.setStyleSheet("")
        self.badge_changed.emit(self.tr("%n overdue", "", count) if count else "")

    def set_check_ins(self, count: int) -> None:
        """Overdue check-ins on members (forum_kit.queries.care), shown beside the deadlines."""
        self.check_ins_label.setText(overdue_check_ins_text(count))
        self.check_ins_label.setStyleSheet("color: #b71c1c;" if count else "")
        self.check_ins_label.setVisible(bool(count))
        # the stretch goes to the last text shown, so both sit left of the buttons
        self._bar.setStretchFactor(self.overdue_label, 0 if count else 1)
        self._bar.setStretchFactor(self.check_ins_label, 1 if count else 0)

    def _filter_changed(self, _index: int) -> None:
        if not self._loading:
            self.load()

    def select(self, grievance_id: int) -> bool:
        row = self.model.row_of(grievance_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.blockSignals(True)
        self.table.selectionModel().blockSignals(True)
        try:
            self.table.setCurrentIndex(index)
        finally:
            self.table.selectionModel().blockSignals(False)
            self.table.blockSignals(False)
        self.table.scrollTo(index)
        return True

    def _row_changed(self, current: Any, _previous: Any) -> None:
        if current.isValid():
            self.editor.load(current.data(ID_ROLE))

    def _saved(self, grievance_id: int) -> None:
        self.load()
        self.select(grievance_id)
        self.review.mark_stale()
        self.changed.emit("grievances")

    def _open_from_review(self, grievance_id: int) -> None:
        self.views.setCurrentIndex(0)
        self.open_item(KIND_GRIEVANCE, grievance_id)

    def edit_templates(self) -> bool:
        """Open the letter template editor (on the chosen case's contract when there is one)."""
        if self.ctx is None:
            return False
        from ui.dialogs.letter_templates import TemplatesDialog

        contract_id = self.editor.detail.contract_id if self.editor.detail is not None else None
        dialog = TemplatesDialog(self.ctx, contract_id=contract_id, parent=self)
        try:
            self.exec_dialog(dialog)
        finally:
            dialog.deleteLater()
        return True

    # ---- actions ----------------------------------------------------------------------------
    def new_grievance(self) -> None:
        if self.ctx is None:
            return
        self.ensure_loaded()
        self.table.clearSelection()
        self.editor.new_grievance(self._workplace_id())

    def edit_contract(self, contract_id: int | None = None) -> int | None:
        """Open the contract editor (the chosen case's contract, else the first, else new)."""
        if self.ctx is None:
            return None
        self.ensure_loaded()
        if contract_id is None:
            if self.editor.detail is not None:
                contract_id = self.editor.detail.contract_id
            elif self.editor.case.contract_combo.count():
                contract_id = self.editor.case.contract_combo.currentData()
        # imported here: the window builds this page at every start, the dialog is rare
        from ui.editors.contract_editor import ContractDialog

        dialog = ContractDialog(self, self.ctx, contract_id=contract_id,
                                workplace_id=self._workplace_id())
        try:
            if self.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
                return None
            saved = dialog.contract_id
        finally:
            dialog.deleteLater()
        self.refresh()
        return saved

    def export_ics(self) -> str | None:
        """Write the open deadlines to a .ics file the user names."""
        if self.ctx is None:
            return None
        from forum_kit.cli.ical_cmd import write_private
        from forum_kit.exchange.ical import deadlines_to_ics

        names = self.include_names.isChecked()
        suggested = str(Path.home() / "grievance-deadlines.ics")
        path = self.choose_ics_path(self, suggested)
        if not path:
            return None
        try:
            with self.ctx.unit_of_work() as session:
                rows = grievances_q.open_deadlines(session, today=self.ctx.today(),
                                                   include_names=names,
                                                   due_soon_days=self._due_soon_days())
            write_private(Path(path), deadlines_to_ics(rows, include_names=names))
        except ForumKitError as exc:
            self.show_error(self, error_text(exc))
            return None
        self.count_label.setText(self.tr("%n deadline(s) exported.", "", len(rows)))
        return path
