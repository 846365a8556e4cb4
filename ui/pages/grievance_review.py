"""The committee's grievance review: the Grievances page's second view.

Owns ``GrievanceReviewView``: for a workplace (or all), as of a date and since the start of a
period, the key figures in a sentence, the open cases with their next deadline (overdue on top;
a double click opens the case), open cases by steward, step, area and contract article, the cases
closed in the period, win rate and days to resolution by type and by article, and a chart of
the same figures (``GrievanceChart``: the monthly trend, win rates, days). Everything is read by
``queries.grievance_figures.grievance_figures`` in the background (thousands of cases take
seconds); grievants are named only when "Name grievants" is ticked and cases marked sensitive
appear only when asked. "Save report PDF…" writes the same figures as the committee report
(``forum-kit grievance-report``), password protected when ticked.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TR_NOOP, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from forum_kit.errors import ForumKitError
from ui.editors.common import error_text, from_qdate, setting, to_qdate
from ui.i18n import shown
from ui.models.grievance_review_models import (
    ClosedCasesModel,
    CountsModel,
    MonthsModel,
    OpenCasesModel,
    OutcomesModel,
)
from ui.models.roles import ID_ROLE
from ui.widgets.dates import DateEdit, date_edit
from ui.widgets.grievance_chart import FIGURES, GrievanceChart
from ui.widgets.layout import shrinkable_combo
from ui.widgets.pdf_save import PdfSaver
from ui.widgets.tables import table_view


def _date_edit(name: str) -> DateEdit:
    edit = date_edit()
    edit.setAccessibleName(name)
    return edit


def _read(unit_of_work: Callable[[], Any], options: dict[str, Any]) -> Any:
    """The figures (runs on a worker thread; touches no widget)."""
    from forum_kit.queries.grievance_figures import grievance_figures

    with unit_of_work() as session:
        return grievance_figures(session, **options)


def _build(figures: Any) -> bytes:
    """The report's PDF in memory (runs on a worker thread)."""
    from forum_kit.reports.grievance_data import GrievanceReportData
    from forum_kit.reports.grievance_report import build_grievance_report

    buffer = io.BytesIO()
    build_grievance_report(GrievanceReportData(figures), buffer)
    return buffer.getvalue()


class GrievanceReviewView(QWidget):
    """The committee's figures; ``open_case`` asks the page to show a case."""

    open_case = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: Any = None
        self.figures: Any = None
        self.saver = PdfSaver()
        self.message = ""
        self._generation = 0
        self._stale = True
        self._loading = False
        self.busy = False

        self.workplace = shrinkable_combo(QComboBox(), 10)
        self.workplace.setAccessibleName(self.tr("Workplace"))
        self.as_of = _date_edit(self.tr("As of"))
        self.start = _date_edit(self.tr("Period from"))
        self.names = QCheckBox(self.tr("Name &grievants"))
        self.sensitive = QCheckBox(self.tr("Include cases marked &sensitive"))
        self.figure = shrinkable_combo(QComboBox(), 12)
        self.figure.setAccessibleName(self.tr("Chart"))
        for key, label in FIGURES.items():
            self.figure.addItem(shown(label), key)
        controls = QGridLayout()
        for i, (text, widget) in enumerate(
            (
                (self.tr("&Workplace:"), self.workplace),
                (self.tr("As o&f:"), self.as_of),
                (self.tr("Closed &since:"), self.start),
            )
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            controls.addWidget(label, 0, 2 * i)
            controls.addWidget(widget, 0, 2 * i + 1)
        controls.setColumnStretch(1, 1)
        checks = QHBoxLayout()
        checks.addWidget(self.names)
        checks.addWidget(self.sensitive)
        checks.addStretch(1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("reviewSummary")

        self.open_model = OpenCasesModel(self)
        self.open_table = table_view(
            self.open_model,
            self.tr("Open cases"),
            (96, 78, 150, 92, 170, 100, 70, 120, 140, 110),
            word_wrap=True,
        )
        self.count_models = {
            key: CountsModel(label, self)
            for key, label in (
                ("steward", QT_TR_NOOP("Steward")),
                ("step", QT_TR_NOOP("Step")),
                ("area", QT_TR_NOOP("Area")),
                ("article", QT_TR_NOOP("Contract article")),
            )
        }
        counts = QWidget()
        grid = QGridLayout(counts)
        self.count_tables = {}
        for i, (key, model) in enumerate(self.count_models.items()):
            table = table_view(model, shown(model.columns[0].header), (180, 50), word_wrap=True)
            self.count_tables[key] = table
            grid.addWidget(table, i // 2, i % 2)
        self.closed_model = ClosedCasesModel(self)
        self.closed_table = table_view(
            self.closed_model,
            self.tr("Closed cases"),
            (90, 80, 92, 170, 100, 120, 90, 50),
            word_wrap=True,
        )
        self.by_type_model = OutcomesModel(QT_TR_NOOP("Type"), self)
        self.by_article_model = OutcomesModel(QT_TR_NOOP("Contract article"), self)
        outcomes = QWidget()
        ov = QVBoxLayout(outcomes)
        ov.addWidget(
            QLabel(
                self.tr(
                    "Win rate: won as a share of the cases closed (settlements "
                    "counted apart). Days: from the first filing to the "
                    "outcome."
                )
            )
        )
        self.months_model = MonthsModel(self)
        for model, name in (
            (self.by_type_model, self.tr("Outcomes by type")),
            (self.by_article_model, self.tr("Outcomes by article")),
            (self.months_model, self.tr("By month")),
        ):
            ov.addWidget(table_view(model, name, (170,)), 1)
        closed = QWidget()
        cv = QVBoxLayout(closed)
        cv.setContentsMargins(0, 0, 0, 0)
        cv.addWidget(self.closed_table)
        self.chart = GrievanceChart()
        chart_page = QWidget()
        chv = QVBoxLayout(chart_page)
        chv.addWidget(self.figure)
        chv.addWidget(self.chart, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.open_table, self.tr("Open cases"))
        self.tabs.addTab(counts, self.tr("By steward, step, area, article"))
        self.tabs.addTab(closed, self.tr("Closed"))
        self.tabs.addTab(outcomes, self.tr("Outcomes and months"))
        self.tabs.addTab(chart_page, self.tr("Chart"))

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.protect = QCheckBox(self.tr("Protect with a password"))
        self.save_button = QPushButton(self.tr("Save report &PDF…"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.protect)
        bottom.addWidget(self.save_button)
        outer = QVBoxLayout(self)
        outer.addLayout(controls)
        outer.addLayout(checks)
        outer.addWidget(self.summary)
        outer.addWidget(self.tabs, 1)
        outer.addLayout(bottom)

        self.workplace.currentIndexChanged.connect(self._options_changed)
        for edit in (self.as_of, self.start):
            edit.dateChanged.connect(self._options_changed)
        for box in (self.names, self.sensitive):
            box.toggled.connect(self._options_changed)
        self.figure.currentIndexChanged.connect(lambda _i: self._show_chart())
        self.open_table.doubleClicked.connect(self._open)
        self.closed_table.doubleClicked.connect(self._open)
        self.save_button.clicked.connect(lambda: self.save_report())
        self._update_buttons()

    # ---- life cycle ---------------------------------------------------------------------------
    def attach(self, ctx: Any) -> None:
        """Remember the context; the figures (and the workplaces to choose from) are read when
        the view is first shown: the window attaches the page at every unlock."""
        from forum_kit.queries.grievance_figures import default_period_start

        self.ctx = ctx
        today = ctx.today()
        self._loading = True
        try:
            self.as_of.setDate(to_qdate(today))
            self.start.setDate(to_qdate(default_period_start(today)))
            self.workplace.clear()
        finally:
            self._loading = False
        self._stale = True

    def _fill_workplaces(self) -> None:
        from forum_kit.queries.areas import workplaces

        self._loading = True
        try:
            self.workplace.clear()
            self.workplace.addItem(self.tr("Every workplace"), None)
            with self.ctx.unit_of_work() as session:
                for w in workplaces(session, counts=False):
                    self.workplace.addItem(w.name, w.id)
        finally:
            self._loading = False

    def mark_stale(self) -> None:
        """The cases changed: read the figures again when the view is next shown."""
        self._stale = True
        if self.isVisible():
            self.load()

    def ensure_loaded(self) -> None:
        if self._stale and self.ctx is not None:
            self.load()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.ensure_loaded()

    def clear(self) -> None:
        """Drop every figure (on lock)."""
        self._generation += 1
        self.figures = None
        self._stale = True
        self.busy = False
        for model in (
            self.open_model,
            self.closed_model,
            self.by_type_model,
            self.by_article_model,
            self.months_model,
            *self.count_models.values(),
        ):
            model.clear()
        self.chart.clear()
        self.summary.clear()
        self.status.clear()
        self._loading = True
        try:
            self.workplace.clear()
            self.names.setChecked(False)
            self.sensitive.setChecked(False)
            self.protect.setChecked(False)
        finally:
            self._loading = False
        self._update_buttons()

    # ---- reading ------------------------------------------------------------------------------
    def options(self) -> dict[str, Any]:
        return {
            "as_of": from_qdate(self.as_of.date()),
            "period_start": from_qdate(self.start.date()),
            "workplace_id": self.workplace.currentData(),
            "with_names": self.names.isChecked(),
            "include_sensitive": self.sensitive.isChecked(),
            "due_soon_days": int(setting(self.ctx, "due_soon_working_days") or 3),
        }

    def _options_changed(self, *_args: object) -> None:
        if not self._loading and self.ctx is not None:
            self.load()

    def load(self) -> None:
        """Read the figures in the background; a newer read makes an older one's result moot."""
        if self.ctx is None or self.ctx.is_locked:
            return
        if self.workplace.count() == 0:
            self._fill_workplaces()
        self._stale = False
        self._generation += 1
        generation = self._generation
        options = self.options()
        if options["period_start"] > options["as_of"]:
            self.status.setText(
                self.tr("The period starts after its end; choose an earlier “Closed since” date.")
            )
            return
        self.busy = True
        self.status.setText(self.tr("Counting…"))
        self._update_buttons()
        unit_of_work = self.ctx.unit_of_work
        from ui.operations import run_in_background

        run_in_background(
            self,
            lambda: _read(unit_of_work, options),
            on_done=lambda figures: self._shown(generation, figures),
            on_error=lambda error: self._failed(generation, error),
        )

    def _shown(self, generation: int, figures: Any) -> None:
        if generation != self._generation:
            return
        self.busy = False
        self.figures = figures
        s = figures.summary
        self.open_model.set_rows(figures.open_cases)
        self.closed_model.set_rows(figures.closed_cases)
        for key, rows in (
            ("steward", figures.by_steward),
            ("step", figures.by_step),
            ("area", figures.by_area),
            ("article", figures.by_article),
        ):
            self.count_models[key].set_rows(rows)
        self.by_type_model.set_rows(s.by_type)
        self.by_article_model.set_rows(s.by_article)
        self.months_model.set_rows(s.trend)
        self.open_table.setColumnHidden(10, not figures.with_names)
        self.closed_table.setColumnHidden(8, not figures.with_names)
        self.summary.setText(self._sentence(figures))
        self._show_chart()
        self.status.setText("")
        self._update_buttons()

    def _sentence(self, figures: Any) -> str:
        from forum_kit.reports.grievance_report import win_rate_text

        s, t = figures.summary, figures.summary.totals
        text = self.tr(
            "<b>{open} open</b> ({overdue} overdue, {soon} due within a few working "
            "days) · <b>{closed} closed</b> since {start}: won {won}, settled "
            "{settled}, withdrawn {withdrawn}, lost {lost}, lapsed {lapsed} · win "
            "rate <b>{rate}</b> · median {days} days to resolution"
        ).format(
            open=s.open_cases,
            overdue=s.overdue,
            soon=s.due_soon,
            closed=t.closed,
            start=s.period_start.isoformat(),
            won=t.won,
            settled=t.settled,
            withdrawn=t.withdrawn,
            lost=t.lost,
            lapsed=t.lapsed,
            rate=win_rate_text(t),
            days="\u2014" if t.median_days is None else f"{t.median_days:.0f}",
        )
        if s.sensitive_left_out:
            text += self.tr(" · {n} marked sensitive left out").format(n=s.sensitive_left_out)
        return text

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self.busy = False
        self.status.setText(
            error_text(error)
            if isinstance(error, ForumKitError)
            else self.tr("The figures could not be read.")
        )
        self._update_buttons()

    def _show_chart(self) -> None:
        if self.figures is not None:
            self.chart.show_figure(self.figures.summary, self.figure.currentData())

    def _open(self, index: Any) -> None:
        grievance_id = index.data(ID_ROLE)
        if grievance_id:
            self.open_case.emit(int(grievance_id))

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self.figures is not None and not self.busy)

    # ---- the report -------------------------------------------------------------------------
    def save_report(self) -> bool:
        """Build the report of the figures shown, in the background, then save it."""
        if self.figures is None or self.busy:
            return False
        figures = self.figures
        self.busy = True
        self._update_buttons()
        self.status.setText(self.tr("Building the report…"))
        from ui.operations import run_in_background

        run_in_background(
            self,
            lambda: _build(figures),
            on_done=lambda data: self._built(data, figures),
            on_error=lambda error: self._failed(self._generation, error),
        )
        return True

    def _built(self, data: bytes, figures: Any) -> None:
        self.busy = False
        self._update_buttons()
        day = figures.summary.as_of.isoformat()
        path = self.saver.save(
            self,
            self.ctx,
            data,
            personal="names" if figures.with_names else "none",
            suggested=f"grievance-report-{day}.pdf",
            protect=self.protect.isChecked(),
        )
        self.message = self.tr("Report saved.") if path else ""
        self.status.setText(self.message)


__all__ = ["GrievanceReviewView"]
