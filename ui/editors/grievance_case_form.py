"""The Case tab of the grievance editor: the fields a steward types when filing a grievance.

Owns ``CaseForm`` (number, title, type, contract, area, incident and knowledge dates, filing
date for a new case, grievants, steward, the five Ws and remedy, contract article, the sensitive
flag, and the Save button, which the editor wires) and ``GrievantsModel``. The form turns its
widgets into plain values both ways: ``fields()`` for the services, ``values()`` and
``restore()`` for unsaved work kept over a lock. People are chosen through the injectable
``pick_contact`` and named through ``name_of`` (tests answer both without a dialog).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from forum_kit.queries import grievances as grievances_q
from ui.editors.common import from_qdate, to_qdate
from ui.i18n import shown
from ui.models.grievance_models import TYPE_LABELS
from ui.models.row_list_model import ListColumn, RowListModel
from ui.widgets.dates import date_edit
from ui.widgets.layout import path_combo, select_data, shrinkable_combo
from ui.widgets.tables import table_view

# Short labels: the label column sets how narrow the form can get; the rest is a placeholder.
_W_FIELDS = (
    ("who", QT_TR_NOOP("W&ho"), ""),
    ("what", QT_TR_NOOP("W&hat happened"), ""),
    ("where", QT_TR_NOOP("Whe&re"), ""),
    ("why", QT_TR_NOOP("W&hy"), QT_TR_NOOP("the article, law or practice violated")),
    ("remedy", QT_TR_NOOP("Re&medy sought"), ""),
)
_COMBO_CHARS = 10  # the form's combos may shrink to this and elide (their popups show all)


class GrievantsModel(RowListModel):
    """The grievants chosen in the editor (``PersonRef`` rows)."""

    columns = (ListColumn(QT_TR_NOOP("Grievant"), "name"),)


class CaseForm(QWidget):
    """The case's own fields; the editor loads, saves and scrolls it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pick_contact: Callable[[QWidget | None], int | None] = lambda parent: None
        self.name_of: Callable[[int], str] = lambda contact_id: ""
        form = QFormLayout(self)
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("automatic (G-YEAR-NNN)"))
        self.title_edit = QLineEdit()
        self.type_combo = shrinkable_combo(QComboBox(), _COMBO_CHARS)
        for value, label in TYPE_LABELS.items():
            self.type_combo.addItem(shown(label), value)
        self.contract_combo = shrinkable_combo(QComboBox(), _COMBO_CHARS)
        self.area_combo = path_combo(_COMBO_CHARS)
        self.incident_on = date_edit()
        self.knew_known = QCheckBox(self.tr("Knew later, on:"))
        self.knew_on = date_edit()
        self.knew_on.setEnabled(False)
        self.knew_known.toggled.connect(self.knew_on.setEnabled)
        knew_row = QHBoxLayout()
        knew_row.addWidget(self.knew_known)
        knew_row.addWidget(self.knew_on, 1)
        self.filed_now = QCheckBox(self.tr("Already filed, on:"))
        self.filed_on = date_edit()
        self.filed_on.setEnabled(False)
        self.filed_now.toggled.connect(self.filed_on.setEnabled)
        filed_row = QHBoxLayout()
        filed_row.addWidget(self.filed_now)
        filed_row.addWidget(self.filed_on, 1)
        self.filed_widget = QWidget()
        self.filed_widget.setLayout(filed_row)
        filed_row.setContentsMargins(0, 0, 0, 0)
        self.article = QLineEdit()
        self.steward_label = QLabel("—")
        self.steward_label.setWordWrap(True)
        self.steward_id: int | None = None
        self.steward_button = QPushButton(self.tr("C&hoose steward…"))
        self.steward_clear = QPushButton(self.tr("No steward"))
        # The name above its buttons: side by side they set the editor's minimum width.
        steward_buttons = QHBoxLayout()
        steward_buttons.addWidget(self.steward_button)
        steward_buttons.addWidget(self.steward_clear)
        steward_buttons.addStretch(1)
        steward_row = QVBoxLayout()
        steward_row.addWidget(self.steward_label)
        steward_row.addLayout(steward_buttons)
        self.grievants_model = GrievantsModel(self)
        self.grievants = table_view(self.grievants_model, self.tr("Grievants"), word_wrap=True)
        self.grievants.horizontalHeader().setVisible(False)
        self.grievants.setMaximumHeight(90)
        self.add_grievant_button = QPushButton(self.tr("Add &grievant…"))
        self.remove_grievant_button = QPushButton(self.tr("Remove grievant"))
        g_buttons = QVBoxLayout()
        g_buttons.addWidget(self.add_grievant_button)
        g_buttons.addWidget(self.remove_grievant_button)
        g_buttons.addStretch(1)
        g_row = QHBoxLayout()
        g_row.addWidget(self.grievants, 1)
        g_row.addLayout(g_buttons)
        self.sensitive = QCheckBox(self.tr("Sensitive"))
        self.sensitive.setToolTip(self.tr("The title is hidden from calendar exports."))
        sensitive_note = QLabel(self.tr("(title hidden from calendar exports)"))
        sensitive_note.setWordWrap(True)
        sensitive_row = QHBoxLayout()
        sensitive_row.addWidget(self.sensitive)
        sensitive_row.addWidget(sensitive_note, 1)
        form.addRow(self.tr("&Number:"), self.number)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("T&ype:"), self.type_combo)
        form.addRow(self.tr("Co&ntract:"), self.contract_combo)
        form.addRow(self.tr("&Area:"), self.area_combo)
        form.addRow(self.tr("&Incident on:"), self.incident_on)
        form.addRow("", knew_row)
        form.addRow("", self.filed_widget)
        form.addRow(self.tr("Grievants:"), g_row)
        form.addRow(self.tr("Steward:"), steward_row)
        self.texts: dict[str, QPlainTextEdit] = {}
        for key, label, hint in _W_FIELDS:
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(52)
            edit.setAccessibleName(label.replace("&", ""))
            if hint:
                edit.setPlaceholderText(shown(hint))
            self.texts[key] = edit
            form.addRow(shown(label) + ":", edit)
        form.addRow(self.tr("Contract a&rticle:"), self.article)
        form.addRow("", sensitive_row)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setDefault(True)
        form.addRow("", self.save_button)
        self.steward_button.clicked.connect(self._choose_steward)
        self.steward_clear.clicked.connect(lambda: self._set_steward(None))
        self.add_grievant_button.clicked.connect(self.add_grievant)
        self.remove_grievant_button.clicked.connect(self._remove_grievant)

    # ---- filling ----------------------------------------------------------------------------
    def set_choices(
        self, *, contracts: list[tuple[int, str]], areas: list[tuple[int, str]]
    ) -> None:
        """Fill the contract and area pickers (ids with display names)."""
        keep_contract = self.contract_combo.currentData()
        keep_area = self.area_combo.currentData()
        self.contract_combo.clear()
        for cid, name in contracts:
            self.contract_combo.addItem(name, cid)
        self.area_combo.clear()
        self.area_combo.addItem(self.tr("—"), None)
        for aid, name in areas:
            self.area_combo.addItem(name, aid)
        select_data(self.contract_combo, keep_contract)
        select_data(self.area_combo, keep_area)

    def reset_dates(self, today: dt.date) -> None:
        for edit in (self.incident_on, self.knew_on, self.filed_on):
            edit.setDate(to_qdate(today))

    def show_case(self, detail: Any) -> None:
        self.number.setText(detail.number)
        self.title_edit.setText(detail.title)
        select_data(self.type_combo, detail.grievance_type)
        select_data(self.contract_combo, detail.contract_id)
        select_data(self.area_combo, detail.area_id)
        self.incident_on.setDate(to_qdate(detail.incident_on))
        self.knew_known.setChecked(detail.knew_on is not None)
        self.knew_on.setDate(to_qdate(detail.knew_on or detail.incident_on))
        for key, edit in self.texts.items():
            edit.setPlainText(getattr(detail, key))
        self.article.setText(detail.contract_article)
        self.sensitive.setChecked(detail.sensitive)
        self.grievants_model.set_rows(detail.grievants)
        self.steward_id = detail.steward_id
        self.steward_label.setText(detail.steward_name or "—")

    def new_case(self, today: dt.date) -> None:
        for edit in (self.number, self.title_edit, self.article):
            edit.clear()
        for edit in self.texts.values():
            edit.clear()
        self.grievants_model.clear()
        self._set_steward(None)
        self.type_combo.setCurrentIndex(0)
        self.area_combo.setCurrentIndex(0)
        self.reset_dates(today)
        self.knew_known.setChecked(False)
        self.filed_now.setChecked(False)
        self.sensitive.setChecked(False)

    def clear(self) -> None:
        """Drop every field, choice and person (on lock)."""
        self.number.clear()
        self.title_edit.clear()
        self.article.clear()
        for edit in self.texts.values():
            edit.clear()
        self.grievants_model.clear()
        self._set_steward(None)
        self.contract_combo.clear()
        self.area_combo.clear()
        self.sensitive.setChecked(False)

    def set_enabled_for(self, exists: bool) -> None:
        """A filed case keeps its contract and number; only a new one may be filed as already
        filed."""
        self.contract_combo.setEnabled(not exists)
        self.number.setReadOnly(exists)
        self.filed_widget.setVisible(not exists)

    # ---- values -----------------------------------------------------------------------------
    def fields(self) -> dict[str, Any]:
        """What ``file_grievance`` and ``update_grievance`` take from the form."""
        values: dict[str, Any] = {key: edit.toPlainText() for key, edit in self.texts.items()}
        values.update(
            title=self.title_edit.text(),
            contract_article=self.article.text(),
            area_id=self.area_combo.currentData(),
            steward_id=self.steward_id,
            sensitive=self.sensitive.isChecked(),
            incident_on=from_qdate(self.incident_on.date()),
            knew_on=from_qdate(self.knew_on.date()) if self.knew_known.isChecked() else None,
        )
        return values

    def filed_on_date(self) -> dt.date | None:
        """The filing date of a new case that was already filed, else None."""
        return from_qdate(self.filed_on.date()) if self.filed_now.isChecked() else None

    def grievant_ids(self) -> list[int]:
        return [r.id for r in self.grievants_model.rows()]

    def values(self) -> dict[str, Any]:
        """Every field a user types or picks, as plain Python values."""
        values: dict[str, Any] = {key: edit.toPlainText() for key, edit in self.texts.items()}
        values.update(
            number=self.number.text(),
            title=self.title_edit.text(),
            article=self.article.text(),
            type=self.type_combo.currentData(),
            contract_id=self.contract_combo.currentData(),
            area_id=self.area_combo.currentData(),
            incident_on=from_qdate(self.incident_on.date()),
            knew_known=self.knew_known.isChecked(),
            knew_on=from_qdate(self.knew_on.date()),
            filed_now=self.filed_now.isChecked(),
            filed_on=from_qdate(self.filed_on.date()),
            sensitive=self.sensitive.isChecked(),
            steward_id=self.steward_id,
            grievant_ids=self.grievant_ids(),
        )
        return values

    def restore(self, v: dict[str, Any], *, new_case: bool) -> None:
        """Put ``values()`` back; the number and contract only on a new case (a filed case
        keeps its own)."""
        for key, edit in self.texts.items():
            edit.setPlainText(v.get(key, ""))
        if new_case:
            self.number.setText(v.get("number", ""))
            select_data(self.contract_combo, v.get("contract_id"))
        self.title_edit.setText(v.get("title", ""))
        self.article.setText(v.get("article", ""))
        select_data(self.type_combo, v.get("type"))
        select_data(self.area_combo, v.get("area_id"))
        for edit, key in (
            (self.incident_on, "incident_on"),
            (self.knew_on, "knew_on"),
            (self.filed_on, "filed_on"),
        ):
            if v.get(key) is not None:
                edit.setDate(to_qdate(v[key]))
        self.knew_known.setChecked(bool(v.get("knew_known")))
        self.filed_now.setChecked(bool(v.get("filed_now")))
        self.sensitive.setChecked(bool(v.get("sensitive")))
        self._set_steward(v.get("steward_id"))
        # names looked up again: the draft keeps ids only where it can
        self.grievants_model.set_rows(
            [grievances_q.PersonRef(i, self.name_of(i)) for i in v.get("grievant_ids", [])]
        )

    # ---- people -----------------------------------------------------------------------------
    def _set_steward(self, contact_id: int | None) -> None:
        self.steward_id = contact_id
        self.steward_label.setText(self.name_of(contact_id) if contact_id else "—")

    def _choose_steward(self) -> None:
        chosen = self.pick_contact(self)
        if chosen is not None:
            self._set_steward(chosen)

    def add_grievant(self) -> int | None:
        chosen = self.pick_contact(self)
        if chosen is None:
            return None
        rows = self.grievants_model.rows()
        if all(r.id != chosen for r in rows):
            rows.append(grievances_q.PersonRef(chosen, self.name_of(chosen)))
            self.grievants_model.set_rows(rows)
        return chosen

    def _remove_grievant(self) -> None:
        index = self.grievants.currentIndex()
        if index.isValid():
            rows = self.grievants_model.rows()
            del rows[index.row()]
            self.grievants_model.set_rows(rows)


__all__ = ["CaseForm", "GrievantsModel"]
