"""``HazardsDialog``: the hazards noted in one area, set from the Map page's picture: add one
(what and since when), mark one dealt with today, open it again, or delete one noted by mistake.
Each action is one unit of work through ``forum_kit.services.social_map``; the list
(``HazardsModel``, open hazards first) is read again after it, and a refusal is shown in the
dialog with the typed text kept."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from forum_kit.queries.social_map import hazards_of
from forum_kit.services import social_map as sm
from ui.editors.common import error_text, from_qdate, set_error_label
from ui.i18n import translate
from ui.models.roles import ID_ROLE
from ui.models.row_list_model import ListColumn, RowListModel, plain_text
from ui.widgets.dates import date_edit
from ui.widgets.tables import table_view


def _resolved(value: Any) -> str:
    if value is not None:
        return plain_text(value)
    return translate("HazardsModel", "not yet", "a hazard not dealt with yet")


class HazardsModel(RowListModel):
    columns = (
        ListColumn(QT_TR_NOOP("Hazard"), "description"),
        ListColumn(QT_TR_NOOP("Noted"), "noted_on"),
        ListColumn(QT_TR_NOOP("Dealt with"), "resolved_on", _resolved),
    )


class HazardsDialog(QDialog):
    """The hazards of one area; ``changed`` is True once anything was saved."""

    def __init__(self, ctx: Any, area_id: int, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.area_id = area_id
        self.changed = False
        self.setWindowTitle(self.tr("Hazards"))
        heading = QLabel(path, self)
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.model = HazardsModel(self)
        self.table = table_view(self.model, self.tr("Hazards of the area"), (330, 100, 100))
        self.description = QLineEdit(self)
        self.description.setPlaceholderText(self.tr("e.g. loading bay over 30 °C in summer"))
        self.description.setAccessibleName(self.tr("New hazard"))
        self.description.setMaxLength(500)
        self.noted_on = date_edit(ctx.today())
        self.noted_on.setAccessibleName(self.tr("Noted on"))
        self.add_button = QPushButton(self.tr("&Add"), self)
        add_row = QHBoxLayout()
        add_row.addWidget(self.description, 1)
        add_row.addWidget(self.noted_on)
        add_row.addWidget(self.add_button)
        self.resolve_button = QPushButton(self.tr("Dealt with &today"), self)
        self.reopen_button = QPushButton(self.tr("&Open again"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        actions = QHBoxLayout()
        for b in (self.resolve_button, self.reopen_button, self.delete_button):
            actions.addWidget(b)
        actions.addStretch(1)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b71c1c;")
        self.error.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(QLabel(self.tr("Note a hazard:"), self))
        layout.addLayout(add_row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(self.add)
        self.description.returnPressed.connect(self.add)
        self.resolve_button.clicked.connect(lambda: self.resolve(done=True))
        self.reopen_button.clicked.connect(lambda: self.resolve(done=False))
        self.delete_button.clicked.connect(self.delete)
        self.table.selectionModel().currentChanged.connect(lambda *_a: self._update_buttons())
        self.resize(640, 420)
        self.reload()

    def reload(self) -> None:
        with self.ctx.unit_of_work() as session:
            self.model.set_rows(hazards_of(session, self.area_id))
        self._update_buttons()

    def _current(self) -> Any:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return next((r for r in self.model.rows() if r.id == index.data(ID_ROLE)), None)

    def _update_buttons(self) -> None:
        row = self._current()
        self.resolve_button.setEnabled(row is not None and row.resolved_on is None)
        self.reopen_button.setEnabled(row is not None and row.resolved_on is not None)
        self.delete_button.setEnabled(row is not None)

    def _run(self, action: Any) -> bool:
        try:
            with self.ctx.unit_of_work() as session:
                action(session)
        except Exception as exc:  # noqa: BLE001 - the core's words, shown in the dialog
            set_error_label(self.error, error_text(exc))
            return False
        set_error_label(self.error, None)
        self.changed = True
        self.reload()
        return True

    def add(self) -> bool:
        text = self.description.text()
        noted = from_qdate(self.noted_on.date())
        today = self.ctx.today()
        if self._run(
            lambda s: sm.add_hazard(
                s, area_id=self.area_id, description=text, noted_on=noted, today=today
            )
        ):
            self.description.clear()
            return True
        return False

    def resolve(self, *, done: bool) -> bool:
        row = self._current()
        if row is None:
            return False
        today = self.ctx.today()
        return self._run(
            lambda s: sm.resolve_hazard(
                s, hazard_id=row.id, resolved_on=today if done else None, today=today
            )
        )

    def delete(self) -> bool:
        row = self._current()
        if row is None:
            return False
        return self._run(lambda s: sm.delete_hazard(s, hazard_id=row.id))
