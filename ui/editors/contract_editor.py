"""``ContractDialog``: set up a contract's grievance procedure.

Owns the editing of one contract: its steps (who answers at each; the filing/appeal limit, the
answer limit and the start limit for grievance types filed straight at a later step, each in
working or calendar days, with the events it counts from and "whichever is first/last"), its
holiday calendar, its weekend, roll-forward, and which grievance types start at which step. Steps
and holidays are edited in ``QStandardItemModel`` tables (model/view; units and "whichever"
through drop-down delegates). "Typical procedure" fills the default of
``forum_kit.services.contracts``. Saving goes through ``create_contract``/``update_contract``,
which check the procedure with the deadline engine; their message is shown inline and the dialog
stays open, so nothing typed is lost.

Holidays come from a list: a country, its region and a year fill the public holidays
(``forum_kit.holiday_calendars``), which stay editable; an empty calendar, or one with nothing in
the years deadlines now fall in, is flagged. What a limit counts from is written in words
("answer received", "knew of it"), not the engine's codes.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TR_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from forum_kit import holiday_calendars
from forum_kit.errors import ForumKitError, InvalidInput
from forum_kit.queries import contracts as contracts_q
from forum_kit.services import contracts as contracts_s
from ui.editors.common import error_text, set_error_label
from ui.editors.meeting_editor import show_rows
from ui.i18n import shown, translate
from ui.models.grievance_models import TYPE_LABELS

# the deadline engine's trigger codes and the words a steward reads and types for them
TRIGGER_WORDS = {"incident": QT_TR_NOOP("incident"), "knowledge": QT_TR_NOOP("knew of it"),
                 "filed": QT_TR_NOOP("filed"), "answer_received": QT_TR_NOOP("answer received"),
                 "answer_due": QT_TR_NOOP("answer due")}
STEP_HEADERS = (QT_TR_NOOP("Step no."), QT_TR_NOOP("Name"), QT_TR_NOOP("Answered by"),
                QT_TR_NOOP("File/appeal days"), QT_TR_NOOP("Unit"), QT_TR_NOOP("Counts from"),
                QT_TR_NOOP("Whichever"), QT_TR_NOOP("Answer days"), QT_TR_NOOP("Answer unit"),
                QT_TR_NOOP("Start days"), QT_TR_NOOP("Start unit"),
                QT_TR_NOOP("Start counts from"), QT_TR_NOOP("Start whichever"))
(S_ORDINAL, S_NAME, S_BY, S_FILE_DAYS, S_FILE_UNIT, S_FROM, S_WHICH, S_ANSWER_DAYS,
 S_ANSWER_UNIT, S_START_DAYS, S_START_UNIT, S_START_FROM, S_START_WHICH) = range(13)
TRIGGER_HELP = QT_TR_NOOP("Counts from: incident, knew of it (the first step); filed, answer "
                          "received, answer due (appeals to a later step). Separate with commas.")
START_HELP = QT_TR_NOOP("“Start days” is the filing limit for grievance types that start at that "
                        "step (a discharge filed straight at step 3 counts from the incident or "
                        "knowledge, not from the step 2 answer); leave it empty where no type "
                        "starts.")
WEEKDAYS = (QT_TR_NOOP("Mon"), QT_TR_NOOP("Tue"), QT_TR_NOOP("Wed"), QT_TR_NOOP("Thu"),
            QT_TR_NOOP("Fri"), QT_TR_NOOP("Sat"), QT_TR_NOOP("Sun"))


class ChoiceDelegate(QStyledItemDelegate):
    """A drop-down editor with fixed choices (the cell keeps the chosen text)."""

    def __init__(self, choices: tuple[str, ...], parent: Any = None) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.addItems(list(self.choices))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        i = editor.findText(str(index.data() or ""))
        editor.setCurrentIndex(max(0, i))

    def setModelData(self, editor: QWidget, model: Any,  # noqa: N802
                     index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText())


def trigger_words(codes: tuple[str, ...] | list[str]) -> str:
    """The engine's trigger codes as the words shown in the table."""
    return ", ".join(shown(TRIGGER_WORDS.get(code, code)) for code in codes)


def trigger_codes(text: str, where: str) -> tuple[str, ...]:
    """Words (or codes) typed in a "counts from" cell back to the engine's codes."""
    by_word = {word: code for code, word in TRIGGER_WORDS.items()}
    # the words as the interface language shows them, and the English ones, both read back
    by_word.update({shown(word).casefold(): code for code, word in TRIGGER_WORDS.items()})
    by_word.update({code.replace("_", " "): code for code in TRIGGER_WORDS})
    by_word.update({code: code for code in TRIGGER_WORDS})
    codes = []
    for part in (p.strip().casefold() for p in text.split(",")):
        if not part:
            continue
        if part not in by_word:
            raise InvalidInput(translate(
                "ContractEditor", "{where}: “{part}” is not an event a limit counts from; use "
                "{words}.").format(where=where, part=part,
                                   words=", ".join(shown(w) for w in TRIGGER_WORDS.values())))
        codes.append(by_word[part])
    return tuple(codes)


def _in_words(message: str) -> str:
    """The deadline engine's refusals name trigger codes: shown, they read as words."""
    for code, word in TRIGGER_WORDS.items():
        message = message.replace(code, f"“{shown(word)}”")
    return message


def _item(value: object) -> QStandardItem:
    return QStandardItem("" if value is None else str(value))


def _int(text: str, what: str, *, optional: bool = False) -> int | None:
    text = text.strip()
    if not text and optional:
        return None
    try:
        return int(text)
    except ValueError:
        raise InvalidInput(translate("ContractEditor", "{what} must be a whole number of days."
                                     ).format(what=what)) from None


class ContractDialog(QDialog):
    """Create (``contract_id`` None) or edit one contract."""

    def __init__(self, parent: QWidget | None, ctx: Any, *, contract_id: int | None = None,
                 workplace_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.contract_id = contract_id
        self.workplace_id = workplace_id
        self.setWindowTitle(self.tr("Contract and grievance procedure"))
        # the form scrolls on a short screen (each table keeps its rows), Save stays below it
        body = QWidget()
        layout = QVBoxLayout(body)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b71c1c;")
        self.error.setVisible(False)
        layout.addWidget(self.error)

        form = QFormLayout()
        self.name = QLineEdit()
        form.addRow(self.tr("&Name:"), self.name)
        weekend_row = QHBoxLayout()
        self.weekend: list[QCheckBox] = []
        for label in WEEKDAYS:
            box = QCheckBox(shown(label))
            self.weekend.append(box)
            weekend_row.addWidget(box)
        weekend_row.addStretch(1)
        form.addRow(self.tr("Days off (weekend):"), weekend_row)
        self.roll_forward = QCheckBox(self.tr(
            "A calendar-day deadline on a day off moves to the next working day"))
        form.addRow("", self.roll_forward)
        layout.addLayout(form)

        steps_box = QGroupBox(self.tr("Steps and time limits"))
        sl = QVBoxLayout(steps_box)
        self.steps_model = QStandardItemModel(0, len(STEP_HEADERS), self)
        self.steps_model.setHorizontalHeaderLabels([shown(h) for h in STEP_HEADERS])
        self.steps = QTableView()
        self.steps.setModel(self.steps_model)
        self.steps.setAccessibleName(self.tr("Steps"))
        self.steps.verticalHeader().setVisible(False)
        self.steps.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.steps.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in ((S_ORDINAL, 60), (S_NAME, 110), (S_BY, 150), (S_FILE_DAYS, 100),
                           (S_FILE_UNIT, 80), (S_FROM, 230), (S_WHICH, 80), (S_ANSWER_DAYS, 90),
                           (S_ANSWER_UNIT, 90), (S_START_DAYS, 80), (S_START_UNIT, 80),
                           (S_START_FROM, 150)):
            self.steps.setColumnWidth(col, width)
        self.steps.horizontalHeader().setStretchLastSection(True)
        units = ChoiceDelegate(("working", "calendar"), self)
        self.steps.setItemDelegateForColumn(S_FILE_UNIT, units)
        self.steps.setItemDelegateForColumn(S_ANSWER_UNIT, units)
        self.steps.setItemDelegateForColumn(S_START_UNIT, units)
        which = ChoiceDelegate(("first", "last"), self)
        self.steps.setItemDelegateForColumn(S_WHICH, which)
        self.steps.setItemDelegateForColumn(S_START_WHICH, which)
        show_rows(self.steps, 5)  # the typical procedure's five steps
        sl.addWidget(self.steps)
        help_label = QLabel(shown(TRIGGER_HELP) + " " + self.tr(
            "Leave “Answer days” empty when there is no answer limit (arbitration).") + " "
            + shown(START_HELP))
        help_label.setWordWrap(True)
        sl.addWidget(help_label)
        row = QHBoxLayout()
        self.add_step_button = QPushButton(self.tr("Add &step"))
        self.remove_step_button = QPushButton(self.tr("Remove step"))
        self.default_button = QPushButton(self.tr("&Typical procedure"))
        for b in (self.add_step_button, self.remove_step_button, self.default_button):
            row.addWidget(b)
        row.addStretch(1)
        sl.addLayout(row)
        layout.addWidget(steps_box, 2)

        bottom = QHBoxLayout()
        hol_box = QGroupBox(self.tr("Holidays"))
        hl = QVBoxLayout(hol_box)
        self.holidays_model = QStandardItemModel(0, 2, self)
        self.holidays_model.setHorizontalHeaderLabels([self.tr("Date (YYYY-MM-DD)"),
                                                       self.tr("Name")])
        self.holidays = QTableView()
        self.holidays.setModel(self.holidays_model)
        self.holidays.setAccessibleName(self.tr("Holidays"))
        self.holidays.verticalHeader().setVisible(False)
        self.holidays.setColumnWidth(0, 140)
        self.holidays.horizontalHeader().setStretchLastSection(True)
        # four rows at least: a country's list is a dozen days, read and trimmed here
        show_rows(self.holidays, 5)
        hl.addWidget(self.holidays)
        # the public holidays of a country (and region) for a year, added to the list above
        fill = QHBoxLayout()
        self.country = QComboBox()
        self.country.setAccessibleName(self.tr("Country"))
        self.country.addItem(self.tr("Country…"), None)
        for code, name in holiday_calendars.countries():
            self.country.addItem(name, code)
        self.region = QComboBox()
        self.region.setAccessibleName(self.tr("Region"))
        self.year = QSpinBox()
        self.year.setAccessibleName(self.tr("Year"))
        self.year.setRange(holiday_calendars.FIRST_YEAR, holiday_calendars.LAST_YEAR)
        self.year.setValue(ctx.today().year if ctx is not None else dt.date.today().year)
        self.public_button = QPushButton(self.tr("Add &public holidays"))
        fill.addWidget(self.country, 2)
        fill.addWidget(self.region, 2)
        fill.addWidget(self.year)
        fill.addWidget(self.public_button)
        hl.addLayout(fill)
        self.holiday_warning = QLabel()
        self.holiday_warning.setWordWrap(True)
        self.holiday_warning.setStyleSheet("color: #8a4b00;")
        hl.addWidget(self.holiday_warning)
        row = QHBoxLayout()
        self.add_holiday_button = QPushButton(self.tr("Add &holiday"))
        self.remove_holiday_button = QPushButton(self.tr("Remove holiday"))
        row.addWidget(self.add_holiday_button)
        row.addWidget(self.remove_holiday_button)
        row.addStretch(1)
        hl.addLayout(row)
        bottom.addWidget(hol_box, 3)
        start_box = QGroupBox(self.tr("Grievance types that start at a later step"))
        st = QFormLayout(start_box)
        self.start_steps: dict[str, QSpinBox] = {}
        for value, label in TYPE_LABELS.items():
            spin = QSpinBox()
            spin.setRange(-1, 99)
            spin.setSpecialValueText(self.tr("first step"))
            spin.setValue(-1)
            self.start_steps[value] = spin
            st.addRow(shown(label) + ":", spin)
        bottom.addWidget(start_box, 2)
        layout.addLayout(bottom, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.buttons)
        self.add_step_button.clicked.connect(lambda: self.add_step())
        self.remove_step_button.clicked.connect(self._remove_step)
        self.default_button.clicked.connect(self.fill_typical)
        self.add_holiday_button.clicked.connect(lambda: self.add_holiday())
        self.remove_holiday_button.clicked.connect(self._remove_holiday)
        self.country.currentIndexChanged.connect(lambda _i: self._country_changed())
        self.public_button.clicked.connect(lambda: self.add_public_holidays())
        self.holidays_model.rowsInserted.connect(lambda *_a: self._check_holidays())
        self.holidays_model.rowsRemoved.connect(lambda *_a: self._check_holidays())
        self.holidays_model.dataChanged.connect(lambda *_a: self._check_holidays())
        self._country_changed()
        self.resize(1080, 680)
        if contract_id is None:
            self.weekend[5].setChecked(True)
            self.weekend[6].setChecked(True)
            self.roll_forward.setChecked(True)
            self.fill_typical()
        else:
            self._load(contract_id)
        self._check_holidays()

    # ---- filling ------------------------------------------------------------------------------
    def add_step(self, spec: contracts_s.StepSpec | None = None) -> None:
        if spec is None:
            ordinal = self.steps_model.rowCount()
            spec = contracts_s.StepSpec(ordinal, self.tr("Step {ordinal}").format(ordinal=ordinal),
                                        10, "working",
                                        ("answer_received", "answer_due"), "first", "",
                                        10, "working")
        self.steps_model.appendRow([
            _item(spec.ordinal), _item(spec.name), _item(spec.answered_by),
            _item(spec.file_days), _item(str(getattr(spec.file_unit, "value", spec.file_unit))),
            _item(trigger_words(spec.file_from)), _item(spec.file_whichever),
            _item(spec.answer_days),
            _item(str(getattr(spec.answer_unit, "value", spec.answer_unit) or "working")),
            _item(spec.start_days),
            _item(str(getattr(spec.start_unit, "value", spec.start_unit) or "working")),
            _item(trigger_words(spec.start_from)),
            _item(spec.start_whichever or "last"),
        ])

    def add_holiday(self, day: dt.date | None = None, name: str = "") -> None:
        self.holidays_model.appendRow([_item(day.isoformat() if day else ""), _item(name)])

    def _country_changed(self) -> None:
        self.region.clear()
        code = self.country.currentData()
        regions = holiday_calendars.subdivisions(code) if code else ()
        self.region.addItem(self.tr("(whole country)") if regions else self.tr("(no regions)"),
                            None)
        for region, label in regions:
            self.region.addItem(label, region)
        self.region.setEnabled(bool(regions))
        self.public_button.setEnabled(code is not None)

    def add_public_holidays(self) -> int:
        """Add the chosen country's (and region's) public holidays of the chosen year; dates
        already listed are kept as they are. Returns how many were added."""
        code = self.country.currentData()
        if code is None:
            set_error_label(self.error, self.tr("Choose the country first."))
            return 0
        try:
            found = holiday_calendars.public_holidays(code, self.region.currentData(),
                                                      self.year.value())
        except ForumKitError as exc:
            set_error_label(self.error, error_text(exc))
            return 0
        listed = {self._cell(self.holidays_model, r, 0)
                  for r in range(self.holidays_model.rowCount())}
        added = 0
        for day, name in found:
            if day.isoformat() not in listed:
                self.add_holiday(day, name)
                added += 1
        set_error_label(self.error, None)
        self.holidays.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        return added

    def _check_holidays(self) -> None:
        """Flag a calendar that leaves deadlines free to fall on public holidays."""
        years = set()
        for r in range(self.holidays_model.rowCount()):
            text = self._cell(self.holidays_model, r, 0)
            if len(text) >= 4 and text[:4].isdigit():
                years.add(int(text[:4]))
        this_year = self.ctx.today().year if self.ctx is not None else dt.date.today().year
        if not years:
            text = self.tr("No holidays yet: deadlines may fall on public holidays such as "
                           "25 December. Choose the country (and region) and add them.")
        elif this_year not in years:
            text = self.tr("No holidays in {year}: deadlines this year may fall on public "
                           "holidays. Add {year}'s.").format(year=this_year)
        else:
            text = ""
        self.holiday_warning.setText(text)
        self.holiday_warning.setVisible(bool(text))

    def _remove_step(self) -> None:
        index = self.steps.currentIndex()
        if index.isValid():
            self.steps_model.removeRow(index.row())

    def _remove_holiday(self) -> None:
        index = self.holidays.currentIndex()
        if index.isValid():
            self.holidays_model.removeRow(index.row())

    def fill_typical(self) -> None:
        """The default procedure (informal, steps 1-3, arbitration) and its start steps."""
        self.steps_model.removeRows(0, self.steps_model.rowCount())
        for spec in contracts_s.default_contract_steps():
            self.add_step(spec)
        starts = contracts_s.default_type_starts()
        for value, spin in self.start_steps.items():
            spin.setValue(starts.get(value, -1))

    def _load(self, contract_id: int) -> None:
        with self.ctx.unit_of_work() as session:
            contract = contracts_q.contract_detail(session, contract_id)
            if contract is None:
                set_error_label(self.error, self.tr("That contract no longer exists."))
                return
            steps = contracts_s.step_specs_for(session, contract_id)
        self.name.setText(contract.name)
        self.workplace_id = contract.workplace_id
        self.roll_forward.setChecked(contract.roll_forward)
        for i, box in enumerate(self.weekend):
            box.setChecked(str(i) in contract.weekend_days)
        for spec in steps:
            self.add_step(spec)
        for day, name in contract.holidays:
            self.add_holiday(day, name)
        starts = dict(contract.type_starts)
        for value, spin in self.start_steps.items():
            found = starts.get(value)
            spin.setValue(-1 if found is None else found)

    # ---- reading ------------------------------------------------------------------------------
    def _cell(self, model: QStandardItemModel, row: int, col: int) -> str:
        item = model.item(row, col)
        return item.text().strip() if item is not None else ""

    def step_specs(self) -> list[contracts_s.StepSpec]:
        """The steps as typed (InvalidInput names the row at fault)."""
        specs = []
        m = self.steps_model
        for r in range(m.rowCount()):
            where = self.tr("Row {value} of the steps").format(value=r + 1)
            specs.append(contracts_s.StepSpec(
                ordinal=_int(self._cell(m, r, S_ORDINAL),
                             self.tr("{where}: the step number").format(where=where)) or 0,
                name=self._cell(m, r, S_NAME),
                file_days=_int(self._cell(m, r, S_FILE_DAYS),
                               self.tr("{where}: the filing limit").format(where=where)) or 0,
                file_unit=self._cell(m, r, S_FILE_UNIT) or "working",
                file_from=trigger_codes(self._cell(m, r, S_FROM),
                                        self.tr("{where}: counts from").format(where=where)),
                file_whichever=self._cell(m, r, S_WHICH) or "first",
                answered_by=self._cell(m, r, S_BY),
                answer_days=_int(self._cell(m, r, S_ANSWER_DAYS),
                                 self.tr("{where}: the answer limit").format(where=where),
                                 optional=True),
                answer_unit=self._cell(m, r, S_ANSWER_UNIT) or "working",
                start_days=_int(self._cell(m, r, S_START_DAYS),
                                self.tr("{where}: the start limit").format(where=where),
                                optional=True),
                start_unit=self._cell(m, r, S_START_UNIT) or "working",
                start_from=trigger_codes(self._cell(m, r, S_START_FROM),
                                         self.tr("{where}: start counts from").format(where=where)),
                start_whichever=self._cell(m, r, S_START_WHICH) or "last",
            ))
        return specs

    def holiday_list(self) -> list[tuple[dt.date, str]]:
        result = []
        m = self.holidays_model
        for r in range(m.rowCount()):
            text = self._cell(m, r, 0)
            if not text:
                continue
            try:
                day = dt.date.fromisoformat(text)
            except ValueError:
                raise InvalidInput(
                    self.tr("Holiday row {value}: write the date like 2026-12-25.").format(
                        value=r + 1)) from None
            result.append((day, self._cell(m, r, 1)))
        return result

    def type_starts(self) -> dict[str, int]:
        return {k: spin.value() for k, spin in self.start_steps.items() if spin.value() >= 0}

    def weekend_days(self) -> str:
        return "".join(str(i) for i, box in enumerate(self.weekend) if box.isChecked())

    # ---- saving -------------------------------------------------------------------------------
    def save(self) -> int | None:
        """Store the contract; the dialog closes only when the procedure was accepted."""
        try:
            values = dict(name=self.name.text(), steps=self.step_specs(),
                          holidays=self.holiday_list(), type_starts=self.type_starts(),
                          weekend_days=self.weekend_days(),
                          roll_forward=self.roll_forward.isChecked())
            with self.ctx.unit_of_work() as session:
                if self.contract_id is None:
                    contract = contracts_s.create_contract(
                        session, workplace_id=self.workplace_id, **values)
                else:
                    contract = contracts_s.update_contract(
                        session, contract_id=self.contract_id, **values)
                self.contract_id = contract.id
        except ForumKitError as exc:
            set_error_label(self.error, _in_words(error_text(exc)))
            return None
        set_error_label(self.error, None)
        self.accept()
        return self.contract_id


__all__ = ["ChoiceDelegate", "ContractDialog"]
