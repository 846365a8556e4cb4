"""``ui.widgets.tables.table_view``: the one read-only list view every page and editor uses."""

from __future__ import annotations

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView

from ui.widgets.tables import table_view


def test_table_view_is_read_only_row_selecting_and_named(qtbot):
    model = QStandardItemModel(3, 3)
    view = table_view(model, "Meetings", (120, 80))
    qtbot.addWidget(view)
    assert view.model() is model and view.accessibleName() == "Meetings"
    assert view.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert view.selectionMode() == QAbstractItemView.SelectionMode.SingleSelection
    assert view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert not view.tabKeyNavigation() and not view.verticalHeader().isVisible()
    assert not view.wordWrap()
    header = view.horizontalHeader()
    assert header.stretchLastSection()
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Interactive
    assert (view.columnWidth(0), view.columnWidth(1)) == (120, 80)
    assert table_view(QStandardItemModel(), "Notes", word_wrap=True).wordWrap()
