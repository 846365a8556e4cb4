"""The one factory for the read-only lists of pages, editors and dialogs, and how their columns
share a narrow window.

Owns ``table_view`` (a ``QTableView`` that selects whole rows, one at a time, is never edited in
place, and lets Tab leave it, with an accessible name and optional starting column widths),
``fit_columns`` (columns share the view's width in proportion to their preferred widths; when
the view is narrower than those, they shrink towards their headers' width so the last columns
stay on screen instead of behind a sideways scroll; once the user drags a column the widths are
theirs) and ``elide_middle`` (a
column whose long texts lose their middle, not their end: "Floor 2 Billing / Team North"
becomes "Floor 2…Team North", so the area a path ends in stays readable).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)


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


_RESIZES = (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide)


class ColumnFitter(QObject):
    """Keeps a view's columns within its width (see the module); ``fit()`` applies it now."""

    def __init__(self, view: QAbstractItemView, widths: Sequence[int],
                 minimums: dict[int, int] | None = None) -> None:
        super().__init__(view)
        self.view = view
        self.widths = list(widths)
        self.minimums = dict(minimums or {})
        self.user_resized = False
        self._applying = False
        header = self._header()
        header.sectionResized.connect(self._resized)
        view.viewport().installEventFilter(self)
        # the scroll bar coming or going changes the viewport's width, not always with a
        # resize event of its own
        view.verticalScrollBar().installEventFilter(self)
        self._pending = False
        model = view.model()
        if model is not None:
            model.modelReset.connect(self.fit)
            model.columnsInserted.connect(self.fit)
        self.fit()

    def _header(self) -> QHeaderView:
        header = getattr(self.view, "horizontalHeader", None)
        return header() if callable(header) else self.view.header()  # type: ignore[attr-defined]

    def _resized(self, *_args: object) -> None:
        # a drag (or a double-click on a handle) is the user's; resizes Qt makes are not
        dragging = QGuiApplication.mouseButtons() & Qt.MouseButton.LeftButton
        if not self._applying and dragging and self._header().underMouse():
            self.user_resized = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in _RESIZES and not self.user_resized:
            self.fit()
            if not self._pending:  # and once more when the layout has settled
                self._pending = True
                QTimer.singleShot(0, self, self._settled)
        return False

    def _settled(self) -> None:
        self._pending = False
        self.fit()

    def minimum(self, column: int) -> int:
        """The narrowest a column gets here: its header's text (and sort arrow) whole, or what
        the caller asked for it (a path needs more than its header "Area")."""
        return max(self._header().sectionSizeHint(column), self.minimums.get(column, 0))

    def sizes(self, available: int) -> list[int]:
        """The widths for a view ``available`` pixels wide (pure arithmetic: tested alone)."""
        count = self._header().count()
        wanted = [self.widths[i] if i < len(self.widths) else 100 for i in range(count)]
        if not wanted:
            return []
        least = [min(w, self.minimum(i)) for i, w in enumerate(wanted)]
        total, floor = sum(wanted), sum(least)
        if total <= available:
            # room to spare: every column grows by the same share of its own width
            sizes = [w * available // total for w in wanted]
        elif total == floor or available <= floor:
            return least
        else:
            share = (available - floor) / (total - floor)
            sizes = [lo + int((w - lo) * share) for w, lo in zip(wanted, least, strict=True)]
        sizes[-1] += available - sum(sizes)  # what rounding left over
        return sizes

    def fit(self, *_args: object) -> None:
        if self.user_resized:
            return
        header = self._header()
        widths = self.sizes(self.view.viewport().width())
        self._applying = True
        try:
            for column, width in enumerate(widths):
                header.resizeSection(column, width)
        finally:
            self._applying = False


def show_rows(view: QTableView, rows: int) -> None:
    """Never let ``view`` get shorter than its header and ``rows`` rows (in a frame that
    scrolls, the frame gives way instead)."""
    header = view.horizontalHeader().sizeHint().height() if view.horizontalHeader().isVisible() \
        else 0
    row = view.verticalHeader().defaultSectionSize()
    bar = view.horizontalScrollBar().sizeHint().height()
    view.setMinimumHeight(header + rows * row + bar + 2 * view.frameWidth())


def fit_columns(view: QAbstractItemView, widths: Sequence[int],
                minimums: dict[int, int] | None = None) -> ColumnFitter:
    """Open ``view``'s columns at ``widths`` and keep them on screen when it is narrower, none
    narrower than its header or its entry in ``minimums`` (a view narrower still scrolls)."""
    header = getattr(view, "horizontalHeader", None)
    (header() if callable(header) else view.header()).setStretchLastSection(False)  # type: ignore[attr-defined]
    fitter = ColumnFitter(view, widths, minimums)
    view._column_fitter = fitter  # type: ignore[attr-defined]  # kept with its view
    return fitter


class ElideMiddleDelegate(QStyledItemDelegate):
    """Draws its column's text with the middle left out when it does not fit."""

    def initStyleOption(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt's name
                        index: QModelIndex) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle
        # one line: a wrapped path would be cut at the bottom of the row instead
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText


def elide_middle(view: QAbstractItemView, column: int) -> ElideMiddleDelegate:
    """Let ``column`` of ``view`` elide in the middle (area paths keep their last part)."""
    delegate = ElideMiddleDelegate(view)
    view.setItemDelegateForColumn(column, delegate)
    return delegate


__all__ = ["ColumnFitter", "ElideMiddleDelegate", "elide_middle", "fit_columns", "show_rows",
           "table_view"]
