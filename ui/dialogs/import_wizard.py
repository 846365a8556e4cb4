"""The import wizard: choose a file -> map its columns -> dry-run preview -> import with progress.

Owns ``ImportWizard`` and its Qt models: ``MappingModel`` (one row per column of the file: header,
a sample value and the field it maps to, edited with a combo box), ``PlanModel`` (the dry run:
line, action, name, area, reason or what changes, old -> new) and ``ConflictModel`` (rows of one
person that say different things, each with the choice the user made: keep the earlier row's
values, take this row's, or two people; a choice runs the dry run again). The file page offers
how to read a CSV (its encoding), which matters when a file is UTF-8 but for a few bytes: the
reader names the lines and the user chooses. Reading the file, the dry run and the import itself
run through ``ui.operations.run_in_background`` (the last two each in a unit of work of its
own), so the window stays responsive and the vault changes all at once or not at all. File
dialogs are injectable for tests.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TR_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from forum_kit.errors import ForumKitError
from ui.i18n import shown, translate
from ui.session import AppContext
from ui.widgets.file_dialogs import open_file

DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
HORIZONTAL = Qt.Orientation.Horizontal
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_ERROR_STYLE = QT_TR_NOOP("color: #b00020;")


def _sample(table: Any, column: int) -> str:
    from forum_kit.exchange.sniff import cell_text

    for _line, cells in table.rows[:50]:
        if column < len(cells):
            text = cell_text(cells[column]).strip()
            if text:
                return text[:60]
    return ""


class MappingModel(QAbstractTableModel):
    """Columns of the file and the field each maps to ("" = not imported)."""

    HEADERS = (QT_TR_NOOP("Column"), QT_TR_NOOP("Example"), QT_TR_NOOP("Imports as"))
    COL_HEADER, COL_SAMPLE, COL_FIELD = range(3)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers: tuple[str, ...] = ()
        self._samples: list[str] = []
        self._fields: list[str] = []

    def load(self, table: Any, mapping: dict[int, str]) -> None:
        """Show ``table``'s columns with ``mapping`` applied."""
        self.beginResetModel()
        self._headers = table.headers
        self._samples = [_sample(table, i) for i in range(len(table.headers))]
        self._fields = [mapping.get(i, "") for i in range(len(table.headers))]
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._headers, self._samples, self._fields = (), [], []
        self.endResetModel()

    def mapping(self) -> dict[int, str]:
        """Column index -> field for the mapped columns."""
        return {i: f for i, f in enumerate(self._fields) if f}

    def set_field(self, row: int, field: str) -> None:
        """Map column ``row`` to ``field``; a field already used elsewhere moves here."""
        from forum_kit.exchange.mapping import FIELDS

        if field and field not in FIELDS:
            raise ValueError("unknown field")
        for other, existing in enumerate(self._fields):
            if field and existing == field and other != row:
                self._fields[other] = ""
                cell = self.index(other, self.COL_FIELD)
                self.dataChanged.emit(cell, cell, [DISPLAY, EDIT])
        self._fields[row] = field
        cell = self.index(row, self.COL_FIELD)
        self.dataChanged.emit(cell, cell, [DISPLAY, EDIT])

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._headers)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or role not in (DISPLAY, EDIT):
            return None
        row, col = index.row(), index.column()
        if col == self.COL_HEADER:
            return self._headers[row] or f"({row + 1})"
        if col == self.COL_SAMPLE:
            return self._samples[row]
        if role == EDIT:
            return self._fields[row]
        from forum_kit.exchange.mapping import FIELDS, field_label

        return (field_label(self._fields[row]) if self._fields[row] in FIELDS else "—")

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = DISPLAY) -> Any:
        if role == DISPLAY and orientation == HORIZONTAL and 0 <= section < len(self.HEADERS):
            return shown(self.HEADERS[section])
        return None


class PlanModel(QAbstractTableModel):
    """The dry run's rows: line, action, name, area and reason (or what changes)."""

    HEADERS = (QT_TR_NOOP("Line"), QT_TR_NOOP("Action"), QT_TR_NOOP("Name"), QT_TR_NOOP("Area"),
               QT_TR_NOOP("Reason or change"))

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: Sequence[Any] = ()

    def load(self, rows: Sequence[Any]) -> None:
        """Show the plan's rows (a first import's ``AddedRows`` makes each row when shown)."""
        self.beginResetModel()
        self._rows = rows if isinstance(rows, Sequence) else tuple(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.load(())

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or role not in (DISPLAY, TOOLTIP):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if col == 0:
            return r.line if role == DISPLAY else None
        if col == 1:
            return r.action
        if col == 2:
            return r.name
        if col == 3:
            return r.area
        if r.action == "update":
            return "; ".join(r.changes)
        if r.action == "merged" and r.changes:
            return " ".join((*r.reasons, self.tr("It adds: {fields}.").format(
                fields=", ".join(r.changes))))
        return " ".join(r.reasons)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = DISPLAY) -> Any:
        if role == DISPLAY and orientation == HORIZONTAL and 0 <= section < len(self.HEADERS):
            return shown(self.HEADERS[section])
        return None


class ConflictModel(QAbstractTableModel):
    """The dry run's conflicts: line, name, what differs (both values), and the choice made."""

    HEADERS = (QT_TR_NOOP("Line"), QT_TR_NOOP("Name"), QT_TR_NOOP("The rows differ in"),
               QT_TR_NOOP("Keep"))
    COL_CHOICE = 3
    CHOICES = ("", "earlier", "later", "separate")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[Any, ...] = ()
        self._choices: dict[int, str] = {}

    def load(self, rows: tuple[Any, ...], choices: dict[int, str]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self._choices = dict(choices)
        self.endResetModel()

    def clear(self) -> None:
        self.load((), {})

    def line(self, row: int) -> int:
        return self._rows[row].line

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or role not in (DISPLAY, EDIT, TOOLTIP):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if col == 0:
            return r.line if role != TOOLTIP else None
        if col == 1:
            return r.name
        if col == 2:
            return "; ".join(r.changes)
        choice = self._choices.get(r.line, "")
        return choice if role == EDIT else shown(_CHOICE_LABELS.get(choice, ""))

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = DISPLAY) -> Any:
        if role == DISPLAY and orientation == HORIZONTAL and 0 <= section < len(self.HEADERS):
            return shown(self.HEADERS[section])
        return None


_CHOICE_LABELS = {"": QT_TR_NOOP("— choose —"), "earlier": QT_TR_NOOP("the earlier row's values"),
                  "later": QT_TR_NOOP("this row's values"),
                  "separate": QT_TR_NOOP("two different people")}


class FilePage(QWizardPage):
    """Choose the file, the workplace and how ambiguous dates read."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Choose a spreadsheet"))
        self.setSubTitle(self.tr("A CSV, XLSX or ODS chart: one row per person."))
        self.path = QLineEdit(self)
        self.path.setObjectName("importPath")
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path)
        row.addWidget(browse)
        self.workplace = QComboBox(self)
        self.day_first = QCheckBox(self.tr("Dates like 03/04/2025 are day/month (3 April)"), self)
        self.day_first.setChecked(True)
        from forum_kit.exchange.sniff import ENCODINGS

        self.encoding = QComboBox(self)
        self.encoding.setObjectName("importEncoding")
        self.encoding.addItem(self.tr("Detect (asks when unsure)"), None)
        for name, label in ENCODINGS.items():
            self.encoding.addItem(label, name)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(_ERROR_STYLE)
        self.job: Any = None  # the read under way, if any
        # the file just read (with the encoding it was read in), for the Next it was for
        self.read: tuple[tuple[Path, Any], Any] | None = None
        form = QFormLayout(self)
        form.addRow(self.tr("File"), row)
        form.addRow(self.tr("Workplace"), self.workplace)
        form.addRow(self.tr("Text encoding (CSV)"), self.encoding)
        form.addRow("", self.day_first)
        form.addRow(self.error)
        self.path.textChanged.connect(self.completeChanged)
        self.encoding.currentIndexChanged.connect(self.completeChanged)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        from forum_kit.queries.areas import workplaces

        self.workplace.clear()
        with self.w.ctx.unit_of_work() as session:
            for wp in workplaces(session):
                self.workplace.addItem(wp.name, wp.id)
        if self.w.initial_path:
            self.path.setText(str(self.w.initial_path))

    def _browse(self) -> None:
        chosen = self.w.choose_file(self)
        if chosen:
            self.path.setText(chosen)

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return (bool(self.path.text().strip()) and self.workplace.count() > 0
                and not self.reading)

    @property
    def reading(self) -> bool:
        """Whether the chosen file is being read (Next waits for it)."""
        return self.job is not None and self.job.running

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        """Next: the file is read in the background (a large XLSX takes seconds) and the wizard
        moves on once it is read; until then Next is off and the page says so."""
        from forum_kit.exchange.sniff import read_table
        from ui.operations import run_in_background

        path = Path(self.path.text().strip())
        encoding = self.encoding.currentData()
        if self.read is not None and self.read[0] == (path, encoding):
            if self.w.table is not self.read[1]:
                self.w.choices = {}  # choices name lines of the file they were made for
            self.w.table = self.read[1]
            self.read = None
            self.w.workplace_id = self.workplace.currentData()
            self.w.day_first = self.day_first.isChecked()
            return True
        if self.reading:
            return False
        self.error.setStyleSheet("")
        self.error.setText(self.tr("Reading the file…"))

        def done(table: Any) -> None:
            self.read = ((path, encoding), table)
            self.error.clear()
            self.completeChanged.emit()
            if not self.w.closed and self.w.currentPage() is self:
                self.w.next()

        def failed(error: BaseException) -> None:
            from forum_kit.exchange.sniff import MixedEncoding

            self.error.setStyleSheet(_ERROR_STYLE)
            text = error.message if isinstance(error, ForumKitError) else self.tr(
                "The file could not be read; choose another file.")
            if isinstance(error, MixedEncoding):
                text += " " + self.tr("Choose the encoding above, then Next.")
                self.encoding.setFocus()
            self.error.setText(text)
            self.completeChanged.emit()

        self.job = run_in_background(self, lambda: read_table(path, encoding=encoding),
                                     on_done=done, on_error=failed)
        # the callbacks run while the job still counts as running: Next is re-checked once
        # it has ended (else a failed read left Next off until the path changed)
        self.job.finished.connect(self.completeChanged)
        self.completeChanged.emit()
        return False


class MappingPage(QWizardPage):
    """A row per column with a combo box choosing the field; guessed or remembered."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("Check what each column holds. Unmatched columns are ignored."))
        self.view = QTableView(self)
        self.view.setModel(wizard.mapping_model)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().hide()
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.view)
        self.combos: list[QComboBox] = []
        # once: initializePage runs again after Back, and each connect would add a call
        wizard.mapping_model.dataChanged.connect(self._sync)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        from forum_kit.exchange.mapping import FIELDS, guess_mapping, recall_mapping
        from forum_kit.i18n import _

        table = self.w.table
        remembered = recall_mapping(table.headers)
        mapping = remembered or guess_mapping(table.headers)
        self.w.mapping_model.load(table, mapping)
        how = self.tr("the mapping you used last time") if remembered else self.tr("a guess")
        self.info.setText(self.tr("{n} rows read; header on line {line}. Columns matched by {how}.")
                          .format(n=len(table.rows), line=table.header_line, how=how))
        self.combos = []
        for row in range(len(table.headers)):
            combo = QComboBox(self.view)
            combo.addItem(self.tr("— not imported —"), "")
            for key, label in FIELDS.items():
                combo.addItem(_(label), key)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(row, ""))))
            combo.currentIndexChanged.connect(lambda _i, r=row, c=combo: self._changed(r, c))
            self.view.setIndexWidget(self.w.mapping_model.index(row, MappingModel.COL_FIELD), combo)
            self.combos.append(combo)

    def _changed(self, row: int, combo: QComboBox) -> None:
        self.w.mapping_model.set_field(row, combo.currentData())
        self.completeChanged.emit()

    def _sync(self, top: QModelIndex, _bottom: QModelIndex, _roles: Any = None) -> None:
        combo = self.combos[top.row()] if top.row() < len(self.combos) else None
        field = self.w.mapping_model.data(top, EDIT)
        if combo is not None and combo.currentData() != field:
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(field)))
            combo.blockSignals(False)

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        fields = set(self.w.mapping_model.mapping().values())
        return bool(fields & {"first_name", "last_name", "full_name"})


class PreviewPage(QWizardPage):
    """The dry run: counts, notes and every row; rejected rows block unless skipped.

    The dry run runs in the background (a 100k-row chart takes about half a second here, more on
    a slower laptop), with a busy bar, one at a time: a result that arrives after the user went
    back to change the mapping is dropped, and only then does the run for the mapping on screen
    start (Back and Next pressed again and again do not pile up runs on the machine's cores)."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Check before importing"))
        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.notes = QLabel(self)
        self.notes.setWordWrap(True)
        self.view = QTableView(self)
        self.view.setModel(wizard.plan_model)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.skip = QCheckBox(
            self.tr("Import the good rows and skip the rejected (and unsettled) ones"), self)
        self.skip.toggled.connect(self.completeChanged)
        self.conflicts_label = QLabel(self.tr(
            "These rows are a person an earlier row names, but say something else. Choose "
            "which values to keep, or that they are two people:"), self)
        self.conflicts_label.setWordWrap(True)
        self.conflicts = QTableView(self)
        self.conflicts.setObjectName("importConflicts")
        self.conflicts.setModel(wizard.conflict_model)
        self.conflicts.verticalHeader().hide()
        self.conflicts.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch)
        self.conflicts.setMaximumHeight(160)
        # two conflicts in sight whatever the language's wording makes of the rows above
        self.conflicts.setMinimumHeight(
            self.conflicts.horizontalHeader().sizeHint().height()
            + 2 * self.conflicts.verticalHeader().defaultSectionSize()
            + 2 * self.conflicts.frameWidth() + 2)
        self.choice_combos: list[QComboBox] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.busy)
        layout.addWidget(self.notes)
        layout.addWidget(self.view, 3)
        layout.addWidget(self.conflicts_label)
        layout.addWidget(self.conflicts, 1)
        layout.addWidget(self.skip)
        self.runs = 0  # the number of the dry run whose result this page waits for
        self.job: Any = None  # the dry run under way, if any

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.skip.hide()
        self.skip.setChecked(False)
        self.replan()

    def replan(self) -> None:
        """Run the dry run (again) for the mapping and choices on screen."""
        self.w.plan = None
        self.w.plan_model.clear()
        self._show_conflicts(())
        self.notes.clear()
        self.runs += 1
        self.busy.show()
        self.summary.setText(self.tr("Checking {n} rows… nothing is written yet.")
                             .format(n=len(self.w.table.rows)))
        if self.job is None or not self.job.running:
            self._start()  # else the run under way, for an older mapping, starts it as it ends
        self.completeChanged.emit()

    def _start(self) -> None:
        from forum_kit.exchange.importer import plan_import
        from ui.operations import run_in_background

        number = self.runs
        ctx, table, workplace_id = self.w.ctx, self.w.table, self.w.workplace_id
        mapping, day_first, today = self.w.mapping_model.mapping(), self.w.day_first, ctx.today()
        choices = dict(self.w.choices)

        def work() -> Any:
            with ctx.unit_of_work() as session:
                return plan_import(session, table, workplace_id=workplace_id, mapping=mapping,
                                   today=today, day_first=day_first, choices=choices)

        self.job = self.w.job = run_in_background(
            self, work, on_done=lambda plan: self._planned(number, plan),
            on_error=lambda error: self._failed(number, error))

    def _current(self, number: int) -> bool:
        """Whether a finished run is the one the page waits for; when it is not and the page
        still waits (on screen, the wizard open), the run it waits for starts now."""
        if number == self.runs:
            return True
        if not self.w.closed and self.w.currentPage() is self:
            self._start()
        return False

    def cleanupPage(self) -> None:  # noqa: N802 - Qt override
        # Back: a dry run still under way is for the mapping about to change; drop its result
        self.runs += 1
        self.busy.hide()
        self.w.plan = None
        super().cleanupPage()

    def _planned(self, number: int, plan: Any) -> None:
        if not self._current(number):
            return
        self.busy.hide()
        self.w.plan = plan
        self.w.plan_model.load(plan.rows)
        self.view.setColumnWidth(0, 60)
        self.summary.setText(self.tr(
            "{add} to add, {upd} to update, {same} unchanged, {rej} rejected; {areas} new areas; "
            "{merged} merged into an earlier row of the same person, {conflicts} to choose."
        ).format(add=plan.added, upd=plan.updated, same=plan.unchanged, rej=plan.rejected,
                 areas=len(plan.areas_to_create), merged=plan.merged,
                 conflicts=plan.conflicted))
        self.notes.setText("\n".join(plan.notes))
        self._show_conflicts(plan.conflicts)
        was = self.skip.isChecked()
        self.skip.setVisible(plan.rejected > 0 or plan.conflicted > 0)
        self.skip.setChecked(was and self.skip.isVisibleTo(self))
        self.completeChanged.emit()

    def _show_conflicts(self, rows: tuple[Any, ...]) -> None:
        """The conflicts with a choice box each (a choice runs the dry run again)."""
        model = self.w.conflict_model
        model.load(rows, {line: c for line, c in self.w.choices.items() if isinstance(line, int)})
        self.choice_combos = []
        for row in range(model.rowCount()):
            combo = QComboBox(self.conflicts)
            for key in ConflictModel.CHOICES:
                combo.addItem(shown(_CHOICE_LABELS[key]), key)
            combo.setCurrentIndex(max(0, combo.findData(
                model.index(row, ConflictModel.COL_CHOICE).data(EDIT))))
            line = model.line(row)
            combo.currentIndexChanged.connect(
                lambda _i, line=line, c=combo: self._chose(line, c.currentData()))
            self.conflicts.setIndexWidget(model.index(row, ConflictModel.COL_CHOICE), combo)
            self.choice_combos.append(combo)
        self.conflicts.setVisible(bool(rows))
        self.conflicts_label.setVisible(bool(rows))
        if rows:
            self.conflicts.resizeColumnToContents(0)
            self.conflicts.setColumnWidth(ConflictModel.COL_CHOICE, 200)

    def _chose(self, line: int, choice: str) -> None:
        if choice:
            self.w.choices[line] = choice
        else:
            self.w.choices.pop(line, None)
        self.replan()

    def _failed(self, number: int, error: BaseException) -> None:
        if not self._current(number):
            return
        self.busy.hide()
        self.summary.setText(error.message if isinstance(error, ForumKitError) else self.tr(
            "The dry run failed; nothing was changed. Go back and check the file and columns."))
        self.completeChanged.emit()

    @property
    def checking(self) -> bool:
        """Whether the dry run this page shows is still under way."""
        return not self.busy.isHidden()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        plan = self.w.plan
        return plan is not None and (
            plan.rejected == 0 and plan.conflicted == 0 or self.skip.isChecked())


class RunPage(QWizardPage):
    """The import itself, in the background, all or nothing."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Importing"))
        self.progress = QProgressBar(self)
        self.status = QLabel(self)
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        self.done = False

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        from forum_kit.exchange.importer import apply_import
        from ui.operations import run_in_background

        self.done = False
        self.progress.setRange(0, 0)  # one transaction: no partial progress to show
        self.status.setText(self.tr("Importing… the vault changes only when all rows are in."))
        ctx, plan = self.w.ctx, self.w.plan
        skip = self.w.preview.skip.isChecked()

        def work() -> Any:
            with ctx.unit_of_work() as session:
                return apply_import(session, plan, skip_rejected=skip)

        self.w.job = run_in_background(self, work, on_done=self._done, on_error=self._failed)

    def _done(self, result: Any) -> None:
        from forum_kit.exchange.mapping import remember_mapping

        self.w.result = result
        if self.w.table is not None:  # None once the wizard was closed while it ran
            try:
                remember_mapping(self.w.table.headers, self.w.mapping_model.mapping())
            except OSError:
                pass  # remembering is a convenience; the import itself succeeded
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.status.setText(self.tr(
            "Imported: {add} added, {upd} updated, {merged} merged, {skip} skipped."
        ).format(add=result.added, upd=result.updated, merged=result.merged,
                 skip=result.skipped))
        self.done = True
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        message = error.message if isinstance(error, ForumKitError) else self.tr(
            "The import failed and nothing was changed.")
        self.status.setText(message)
        self.w.error = error
        self.done = True
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.done


class ImportWizard(QWizard):
    """Import a chart into a workplace of the open vault."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 path: str | Path | None = None,
                 choose_file: Callable[[QWidget], str | None] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.initial_path = path
        self.choose_file = choose_file or ctx.deps.extras.get("choose_import_file") or _ask_file
        self.setWindowTitle(self.tr("Import a chart"))
        self.setMinimumSize(760, 520)
        # closed for good (Cancel, Finish, the app locking): deleted, with the file's rows
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.closed = False
        self.table: Any = None
        self.workplace_id: int | None = None
        self.day_first = True
        self.plan: Any = None
        self.choices: dict[Any, str] = {}  # conflict line -> earlier, later or separate
        self.result: Any = None
        self.error: BaseException | None = None
        self.job: Any = None
        self.mapping_model = MappingModel(self)
        self.plan_model = PlanModel(self)
        self.conflict_model = ConflictModel(self)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview = PreviewPage(self)
        self.run_page = RunPage(self)
        for page in (self.file_page, self.mapping_page, self.preview, self.run_page):
            self.addPage(page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)

    def done(self, result: int) -> None:
        """Closed: nothing of the file stays in memory (the table, the plan, the models), and a
        dry run still under way is dropped when it ends. An import under way finishes (it is
        all or nothing) but changes nothing here."""
        self.closed = True
        self.preview.runs += 1
        self.table = self.plan = self.file_page.read = None
        self.choices = {}
        self.plan_model.clear()
        self.conflict_model.clear()
        self.mapping_model.clear()
        super().done(result)


def _ask_file(parent: QWidget) -> str | None:
    return open_file(parent, translate("ImportWizard", "Choose a spreadsheet"), "",
                     translate("ImportWizard",
                               "Spreadsheets (*.csv *.xlsx *.ods *.txt *.tsv);;All files (*)"))
