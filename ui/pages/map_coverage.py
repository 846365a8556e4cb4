"""``CoveragePanel``: the Map page's coverage tab: the one-to-ten rule for the chosen workplace by
area, shift, language or job, or one against another as a matrix (``ui.models.coverage_model``
over ``forum_kit.queries.coverage``), with a sentence saying in how many groups the committee has
nobody. Read when the tab is on screen and again when the workplace or anyone's data changes."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from forum_kit.errors import ForumKitError
from ui.models.coverage_model import CoverageModel
from ui.pages.map_tab import WorkplaceTab
from ui.widgets.tables import table_view


class CoveragePanel(WorkplaceTab):
    """Coverage of the committee by one grouping or two."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = QComboBox()
        self.rows.setAccessibleName(self.tr("Rows"))
        self.columns = QComboBox()
        self.columns.setAccessibleName(self.tr("Columns"))
        self.columns.addItem(self.tr("(one grouping)"), None)
        # literal words in self.tr() so that lupdate finds them
        dimensions = (
            ("area", self.tr("Area")),
            ("shift", self.tr("Shift")),
            ("language", self.tr("Language")),
            ("job", self.tr("Job")),
        )
        for key, words in dimensions:
            self.rows.addItem(words, key)
            self.columns.addItem(words, key)
        self.columns.setCurrentIndex(self.columns.findData("shift"))
        rows_label = QLabel(self.tr("Row&s by:"))
        rows_label.setBuddy(self.rows)
        columns_label = QLabel(self.tr("Co&lumns by:"))
        columns_label.setBuddy(self.columns)
        bar = QHBoxLayout()
        bar.addWidget(rows_label)
        bar.addWidget(self.rows)
        bar.addWidget(columns_label)
        bar.addWidget(self.columns)
        bar.addStretch(1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = CoverageModel(self)
        self.table = table_view(self.model, self.tr("Committee coverage"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.rows.currentIndexChanged.connect(lambda _i: self.reload())
        self.columns.currentIndexChanged.connect(lambda _i: self.reload())

    def clear(self) -> None:
        self.model.clear()
        self.summary.clear()
        self.stale = True

    def reload(self) -> None:
        from forum_kit.queries.coverage import coverage

        self.stale = False
        rows, columns = self.rows.currentData(), self.columns.currentData()
        if self.locked() or self.workplace_id is None:
            self.clear()
            return
        if columns == rows:
            columns = None
        try:
            with self.ctx.unit_of_work() as session:
                matrix = coverage(
                    session,
                    workplace_id=self.workplace_id,
                    rows=rows,
                    columns=columns,
                    as_of=self.ctx.today(),
                )
        except ForumKitError as exc:
            self.model.clear()
            self.summary.setText(exc.message)
            return
        self.model.set_matrix(matrix)
        self.table.resizeColumnsToContents()  # a few dozen rows at most
        total = matrix.total
        gaps = matrix.gaps
        text = (
            self.tr("%1 people, %2 on the committee (C): one in ten needs %3.")
            .replace("%1", str(total.people))
            .replace("%2", str(total.members))
            .replace("%3", str(total.needed))
        )
        if gaps:
            text += " " + self.tr("The committee has nobody in %n group(s), marked red.", "", gaps)
        else:
            text += " " + self.tr("Every group has someone on the committee.")
        self.summary.setText(text)
