"""Structure tests in the app: create a test, record outcomes quickly, see % by area live.

Owns ``StructureTestPanel`` (also shown from the Map page in ``StructureTestDialog`` for the
selected area): the workplace's tests, a form to create one (kind, target area or the whole
workplace, threshold, dates), the people of the chosen area with their outcome, and the results
by area from ``queries.structure_tests.structure_test_results`` against the threshold. Recording
is keyboard-first: in the people list, P = participated, A = asked, R = refused; the outcome is
saved at once (one unit of work), the cursor moves to the next person, and the results refresh.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TR_NOOP, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from forum_kit.errors import ForumKitError
from forum_kit.queries import areas as areas_q
from forum_kit.queries import people as people_q
from forum_kit.queries import structure_tests as tests_q
from forum_kit.services import structure_tests as tests_s
from ui.editors.common import error_text, from_qdate, set_error_label, setting, to_qdate
from ui.i18n import shown
from ui.models.area_tree_model import area_paths
from ui.models.roles import ID_ROLE
from ui.models.structure_test_models import (
    KIND_LABELS,
    OutcomesModel,
    PersonOutcome,
    ResultsModel,
    StructureTestsModel,
    TestRow,
)
from ui.widgets.dates import date_edit
from ui.widgets.layout import path_combo
from ui.widgets.read_only import mark_form, mark_writes, set_read_only
from ui.widgets.tables import elide_middle, fit_columns, table_view

_COMBO_CHARS = 12  # area combos may shrink to this; the path loses its middle, not its end
KEYS = {Qt.Key.Key_P: "participated", Qt.Key.Key_A: "asked", Qt.Key.Key_R: "refused"}
WHOLE = -1


class OutcomeView(QTableView):
    """The people list: P / A / R record an outcome for the current row."""

    outcome_key = Signal(int, str)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        outcome = KEYS.get(Qt.Key(event.key()))
        if outcome is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            index = self.currentIndex()
            if index.isValid():
                self.outcome_key.emit(index.row(), outcome)
                return
        super().keyPressEvent(event)


class StructureTestPanel(QWidget):
    """Tests of one workplace; ``changed`` fires after each outcome or new test."""

    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: Any = None
        self.workplace_id: int | None = None
        self._area_paths: list[tuple[int, str]] = []
        self.results: Any = None

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b71c1c;")
        self.error.setVisible(False)

        self.tests_model = StructureTestsModel(self)
        self.tests = table_view(self.tests_model, self.tr("Structure tests"), word_wrap=True)
        fit_columns(self.tests, (150, 90, 120, 70, 85, 85), {0: 100})
        elide_middle(self.tests, 2)
        new_box = QGroupBox(self.tr("New structure test"))
        mark_form(new_box)
        form = QFormLayout(new_box)
        self.kind = QComboBox()
        for value, label in KIND_LABELS.items():
            self.kind.addItem(shown(label), value)
        self.test_title = QLineEdit()
        self.target = path_combo(_COMBO_CHARS)
        self.threshold = QSpinBox()
        self.threshold.setRange(1, 100)
        self.threshold.setValue(51)
        self.threshold.setSuffix(" %")
        self.starts_on = date_edit()
        self.ends_on = date_edit()
        self.create_button = QPushButton(self.tr("&Create test"))
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Title:"), self.test_title)
        form.addRow(self.tr("Tar&get:"), self.target)
        form.addRow(self.tr("T&hreshold:"), self.threshold)
        form.addRow(self.tr("&Starts:"), self.starts_on)
        form.addRow(self.tr("&Ends:"), self.ends_on)
        form.addRow("", self.create_button)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(QLabel(self.tr("Tests")))
        lv.addWidget(self.tests, 1)
        lv.addWidget(new_box)

        self.area = path_combo(_COMBO_CHARS)
        self.area.setAccessibleName(self.tr("Area to record"))
        area_label = QLabel(self.tr("Record in &area:"))
        area_label.setBuddy(self.area)
        self.people_model = OutcomesModel(self)
        self.people = OutcomeView()
        self.people.setModel(self.people_model)
        self.people.setAccessibleName(self.tr("People asked"))
        self.people.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.people.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people.setTabKeyNavigation(False)
        self.people.verticalHeader().setVisible(False)
        fit_columns(self.people, (200, 150, 90), {0: 110, 1: 110})
        elide_middle(self.people, 1)
        hint = QLabel(self.tr("Keys: P participated · A asked · R refused (moves to the next "
                              "person)."))
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        self.outcome_buttons = {}
        for outcome, text in (("participated", QT_TR_NOOP("&Participated")),
                              ("asked", QT_TR_NOOP("As&ked")),
                              ("refused", QT_TR_NOOP("&Refused"))):
            button = QPushButton(shown(text))
            button.clicked.connect(lambda _=False, o=outcome: self.record_current(o))
            buttons.addWidget(button)
            self.outcome_buttons[outcome] = button
            mark_writes(button)
        buttons.addStretch(1)
        middle = QWidget()
        mv = QVBoxLayout(middle)
        mv.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(area_label)
        row.addWidget(self.area, 1)
        mv.addLayout(row)
        mv.addWidget(self.people, 1)
        mv.addWidget(hint)
        mv.addLayout(buttons)

        self.results_label = QLabel()
        self.results_label.setWordWrap(True)
        font = self.results_label.font()
        font.setBold(True)
        self.results_label.setFont(font)
        self.results_model = ResultsModel(self)
        self.results_view = table_view(self.results_model, self.tr("Results by area"),
                                       word_wrap=True)
        fit_columns(self.results_view, (150, 60, 85, 65, 110, 50, 80), {0: 110})
        elide_middle(self.results_view, 0)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.results_label)
        rv.addWidget(self.results_view, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(middle)
        splitter.addWidget(right)
        splitter.setSizes([380, 340, 480])
        outer = QVBoxLayout(self)
        outer.addWidget(self.error)
        outer.addWidget(splitter, 1)

        self.tests.selectionModel().currentRowChanged.connect(lambda *_a: self._test_changed())
        self.area.currentIndexChanged.connect(lambda _i: self.load_people())
        self.create_button.clicked.connect(self.create_test)
        self.people.outcome_key.connect(self.record)

    # ---- loading ----------------------------------------------------------------------------
    def attach(self, ctx: Any, workplace_id: int | None = None,
               area_id: int | None = None) -> None:
        self.ctx = ctx
        if workplace_id is None:
            with ctx.unit_of_work() as session:
                ids = [w.id for w in areas_q.workplaces(session)]
            wanted = setting(ctx, "default_workplace_id")
            workplace_id = wanted if wanted in ids else (ids[0] if ids else None)
        self.workplace_id = workplace_id
        today = ctx.today()
        self.starts_on.setDate(to_qdate(today))
        self.ends_on.setDate(to_qdate(today + dt.timedelta(days=14)))
        self._load_areas(area_id)
        self.load_tests()

    def _load_areas(self, area_id: int | None) -> None:
        nodes: list[Any] = []
        if self.workplace_id is not None:
            with self.ctx.unit_of_work() as session:
                nodes = areas_q.area_tree(session, self.workplace_id)
        self._area_paths = area_paths(nodes)
        labels = dict(self._area_paths)
        for model in (self.tests_model, self.people_model, self.results_model):
            model.set_area_labels(labels)
        self.target.clear()
        self.target.addItem(self.tr("Whole workplace"), WHOLE)
        self.area.blockSignals(True)
        self.area.clear()
        for i, label in self._area_paths:
            self.target.addItem(label, i)
            self.area.addItem(label, i)
        self.area.blockSignals(False)
        if area_id is not None:
            self.target.setCurrentIndex(max(0, self.target.findData(area_id)))
            self.area.setCurrentIndex(max(0, self.area.findData(area_id)))

    def load_tests(self, select: int | None = None) -> None:
        rows: list[TestRow] = []
        if self.workplace_id is not None:
            with self.ctx.unit_of_work() as session:
                found = tests_q.tests_of(session, self.workplace_id)
            rows = [TestRow(t.id, t.title, t.kind, t.area_name or self.tr("Whole workplace"),
                            t.threshold_pct, t.starts_on, t.ends_on, t.area_id) for t in found]
        self.tests_model.set_rows(rows)
        target = select if select is not None else (rows[0].id if rows else None)
        for r, row in enumerate(rows):
            if row.id == target:
                self.tests.setCurrentIndex(self.tests_model.index(r, 0))
        self._test_changed()

    def current_test_id(self) -> int | None:
        index = self.tests.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _test_changed(self) -> None:
        record = self.tests_model.row_at(self.tests.currentIndex().row())
        if record is not None and record.area_id is not None:
            # Record where the test runs: people outside its target would be refused.
            i = self.area.findData(record.area_id)
            if i >= 0 and i != self.area.currentIndex():
                self.area.blockSignals(True)
                self.area.setCurrentIndex(i)
                self.area.blockSignals(False)
        self.load_people()
        self.load_results()

    def load_people(self) -> None:
        test_id = self.current_test_id()
        area_id = self.area.currentData()
        if self.ctx is None or test_id is None or area_id is None:
            self.people_model.clear()
            return
        today = self.ctx.today()
        flt = people_q.PeopleFilter(workplace_id=self.workplace_id, area_id=area_id)
        with self.ctx.unit_of_work() as session:
            ids = people_q.people_ids(session, flt, sort="name", today=today)
            people = people_q.people_rows(session, ids, today=today)
            outcomes = tests_q.outcomes_of(session, test_id)
        self.people_model.set_rows([
            PersonOutcome(p.id, p.full_name, p.area_name, outcomes.get(p.id), p.area_id)
            for p in people])
        if people:
            self.people.setCurrentIndex(self.people_model.index(0, 0))

    def load_results(self) -> None:
        test_id = self.current_test_id()
        if self.ctx is None or test_id is None:
            self.results = None
            self.results_model.clear()
            self.results_label.setText(self.tr("Create a test to start recording."))
            return
        with self.ctx.unit_of_work() as session:
            self.results = tests_q.structure_test_results(session, test_id)
        res = self.results
        self.results_model.set_rows(res.by_area)
        total = res.total
        verdict = self.tr("meets the threshold") if total.meets_threshold \
            else self.tr("below the threshold")
        self.results_label.setText(self.tr(
            "{name}: {p} of {n} participated ({pct:.0f} %), threshold {t} % — {verdict}").format(
                name=dict(self._area_paths).get(total.area_id, total.area_name),
                p=total.participated, n=total.population, pct=total.pct,
                t=res.threshold_pct, verdict=verdict))
        self.results_label.setStyleSheet(
            "color: #1b5e20;" if total.meets_threshold else "color: #b71c1c;")

    def clear(self) -> None:
        for model in (self.tests_model, self.people_model, self.results_model):
            model.clear()
        self.results = None
        self.results_label.clear()
        self.test_title.clear()
        self.area.clear()
        self.target.clear()

    # ---- actions ----------------------------------------------------------------------------
    def create_test(self) -> int | None:
        if self.ctx is None or self.workplace_id is None:
            return None
        target = self.target.currentData()
        values = dict(workplace_id=self.workplace_id, kind=self.kind.currentData(),
                      title=self.test_title.text(), threshold_pct=self.threshold.value(),
                      starts_on=from_qdate(self.starts_on.date()),
                      ends_on=from_qdate(self.ends_on.date()),
                      area_id=None if target in (None, WHOLE) else target)
        try:
            with self.ctx.unit_of_work() as session:
                test_id = tests_s.create_structure_test(session, **values).id
        except ForumKitError as exc:
            set_error_label(self.error, error_text(exc))
            return None
        set_error_label(self.error, None)
        self.test_title.clear()
        self.load_tests(select=test_id)
        self.changed.emit("structure_tests")
        return test_id

    def record(self, row: int, outcome: str) -> bool:
        """Save one person's outcome, move to the next person and refresh the results."""
        test_id = self.current_test_id()
        person = self.people_model.row_at(row)
        if self.ctx is None or test_id is None or person is None:
            return False
        today = self.ctx.today()
        try:
            with self.ctx.unit_of_work() as session:
                tests_s.record_outcome(session, test_id=test_id, contact_id=person.id,
                                       outcome=outcome, recorded_on=today)
        except ForumKitError as exc:
            set_error_label(self.error, error_text(exc))
            return False
        set_error_label(self.error, None)
        self.people_model.set_outcome(row, outcome)
        if row + 1 < self.people_model.rowCount():
            self.people.setCurrentIndex(self.people_model.index(row + 1, 0))
        self.load_results()
        self.changed.emit("structure_tests")
        return True

    def record_current(self, outcome: str) -> bool:
        index = self.people.currentIndex()
        return index.isValid() and self.record(index.row(), outcome)


class StructureTestDialog(QDialog):
    """The panel in a window, opened from the Map page for the selected area."""

    def __init__(self, parent: QWidget | None, ctx: Any, workplace_id: int | None,
                 area_id: int | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Structure tests"))
        layout = QVBoxLayout(self)
        self.panel = StructureTestPanel(self)
        layout.addWidget(self.panel)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.panel.attach(ctx, workplace_id, area_id)
        set_read_only(self.panel, bool(getattr(ctx, "read_only", False)))
        self.resize(1200, 640)

    def done(self, result: int) -> None:
        self.panel.clear()  # nothing personal stays in a closed window
        super().done(result)


def open_structure_tests(parent: QWidget | None, ctx: Any, workplace_id: int | None,
                         area_id: int | None) -> None:
    """Show the structure-test window for an area (the Map page's hook)."""
    dialog = StructureTestDialog(parent, ctx, workplace_id, area_id)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
