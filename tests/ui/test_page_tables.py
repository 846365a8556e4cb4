"""The lists the grievance page, the growth page and the contact editor build with the shared
``table_view`` factory keep how they behaved when each built its own ``QTableView`` (the growth
table's columns now share its width instead of stretching the last one)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView

ROWS = QAbstractItemView.SelectionBehavior.SelectRows
SINGLE = QAbstractItemView.SelectionMode.SingleSelection
EXTENDED = QAbstractItemView.SelectionMode.ExtendedSelection
NO_EDIT = QAbstractItemView.EditTrigger.NoEditTriggers
INTERACTIVE = QHeaderView.ResizeMode.Interactive


def _read_only_rows(view, *, stretch: bool = True) -> None:
    assert view.selectionBehavior() == ROWS and view.editTriggers() == NO_EDIT
    assert not view.tabKeyNavigation() and not view.verticalHeader().isVisible()
    header = view.horizontalHeader()
    assert header.stretchLastSection() == stretch and header.sectionResizeMode(0) == INTERACTIVE


def test_grievance_list(qtbot):
    from ui.pages.grievances import GrievancesPage

    page = GrievancesPage()
    qtbot.addWidget(page)
    view = page.table
    _read_only_rows(view)
    assert view.model() is page.proxy and view.accessibleName() == "Grievances"
    assert view.selectionMode() == SINGLE and view.wordWrap() and view.isSortingEnabled()
    assert [view.columnWidth(c) for c in range(9)] == [92, 150, 190, 170, 120, 150, 90, 70, 110]


def test_growth_table(qtbot):
    from ui.pages.growth import GrowthPage

    page = GrowthPage()
    qtbot.addWidget(page)
    view = page.table
    _read_only_rows(view, stretch=False)
    assert view.model() is page.proxy and view.accessibleName() == "Figures by area"
    assert view.selectionMode() == EXTENDED and view.wordWrap() and view.isSortingEnabled()
    page.resize(2600, 900)  # wide enough for every preferred width: the path keeps its 230
    page.show()
    qtbot.waitExposed(page)
    header = view.horizontalHeader()
    widths = [view.columnWidth(c) for c in range(header.count())]
    assert widths[0] >= 230 and sum(widths) == view.viewport().width()


def test_contact_editor_history_and_ties(qtbot):
    from ui.editors.contact_editor import ContactEditor

    editor = ContactEditor()
    qtbot.addWidget(editor)
    for view, model, name, widths in (
            (editor.history, editor.history_model, "Assessment history", (78, 100, 90)),
            (editor.ties, editor.ties_model, "Talks to", (150,))):
        _read_only_rows(view)
        assert view.model() is model and view.accessibleName() == name
        assert view.selectionMode() == SINGLE and view.wordWrap()
        assert view.horizontalHeader().minimumSectionSize() == 40
        assert tuple(view.columnWidth(c) for c in range(len(widths))) == widths
