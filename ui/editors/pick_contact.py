"""``PickContactDialog``: find one contact by typing part of a name (FTS5 search in SQL) and
choose them; used for ties, "who talked", grievants, stewards and "conversation with". Lists stay
lazy through the same ``PeopleTableModel`` as the People page, so it is fast at 100k contacts;
each person's area shows as its whole path (elided in the middle), since several areas of a
workplace often share a name. Return does one thing at a time: in the name field it chooses the
only match, or moves to the list when several match; in the list it chooses the row.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from forum_kit.errors import ForumKitError
from forum_kit.queries import people as people_q
from ui.editors.common import area_labels, setting
from ui.models.people_model import COL_AREA, COL_NAME, PeopleTableModel
from ui.models.roles import ID_ROLE
from ui.widgets.fit import fit_dialog
from ui.widgets.keys import on_return
from ui.widgets.tables import elide_middle, fit_columns


def contact_name(ctx: Any, contact_id: int) -> str:
    """A contact's display name (for labels; never for logs or messages)."""
    with ctx.unit_of_work() as session:
        rows = people_q.people_rows(session, [contact_id], today=ctx.today(),
                                    stale_days=int(setting(ctx, "stale_days")))
    return rows[0].full_name if rows else ""


class PickContactDialog(QDialog):
    def __init__(self, parent: QWidget | None, ctx: Any, workplace_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.workplace_id = workplace_id
        self.setWindowTitle(self.tr("Choose a person"))
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("&Name:"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("part of a name"))
        label.setBuddy(self.search)
        layout.addWidget(label)
        layout.addWidget(self.search)
        self.model = PeopleTableModel(self._rows, None, columns=(COL_NAME, COL_AREA), parent=self)
        self.model.set_area_labels(area_labels(ctx, workplace_id))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)
        fit_columns(self.table, (220, 260), {0: 120, 1: 120})
        elide_middle(self.table, 1)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.search.textChanged.connect(lambda _t: self.model.set_fetch_ids(self._ids))
        self._return_keys = (on_return(self.search, self._enter),
                             on_return(self.table, self._choose_current))
        self.table.doubleClicked.connect(lambda _i: self._choose_current())
        self.model.set_fetch_ids(self._ids)
        self.resize(520, 420)
        fit_dialog(self)

    def _rows(self, ids: Sequence[int]) -> list[Any]:
        try:
            with self.ctx.unit_of_work() as session:
                return people_q.people_rows(session, list(ids), today=self.ctx.today())
        except ForumKitError:
            return []

    def _ids(self, sort: str, descending: bool) -> list[int]:
        flt = people_q.PeopleFilter(workplace_id=self.workplace_id,
                                    text=self.search.text().strip() or None)
        with self.ctx.unit_of_work() as session:
            return people_q.people_ids(session, flt, sort=sort, descending=descending,
                                       today=self.ctx.today())

    def _enter(self) -> None:
        """Return in the name field: the only match is chosen; among several, go to the list."""
        if not self.model.rowCount():
            return
        self.table.setCurrentIndex(self.model.index(0, 0))
        if self.model.rowCount() == 1:
            self.accept()
        else:
            self.table.setFocus()

    def _choose_current(self) -> None:
        if self.table.currentIndex().isValid():
            self.accept()

    def chosen(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None


def pick_contact(parent: QWidget | None, ctx: Any, workplace_id: int | None = None) -> int | None:
    dialog = PickContactDialog(parent, ctx, workplace_id)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen()
    finally:
        dialog.model.clear()
        dialog.deleteLater()
