"""The one factory for the read-only lists of pages, editors and dialogs: a ``QTableView`` that
selects whole rows, one at a time, is never edited in place, and lets Tab leave it (arrows move
inside), with an accessible name and optional starting column widths."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def table_view(model: QAbstractItemModel, name: str, widths: Sequence[int] = (), *,
               word_wrap: bool = False) -> QTableView:
    """A read-only, keyboard-friendly, row-selecting table for ``model``."""
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    # One line per row keeps long lists scannable (the tooltip holds the whole text); short
    # lists of long text may ask for wrapping instead.
    view.setWordWrap(word_wrap)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    for col, width in enumerate(widths):
        view.setColumnWidth(col, width)
    return view
