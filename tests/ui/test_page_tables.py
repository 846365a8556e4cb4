"""The lists the grievance page, the growth page and the contact editor build with the shared
``table_view`` factory keep how they behaved when each built its own ``QTableView``."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView

ROWS = QAbstractItemView.SelectionBehavior.SelectRows
SINGLE = QAbstractItemView.SelectionMode.SingleSelection
EXTENDED = QAbstractItemView.SelectionMode.ExtendedSelection
NO_EDIT = QAbstractItemView.EditTrigger.NoEditTriggers
INTERACTIVE = QHeaderView.ResizeMode.Interactive


def _read_only_rows(view) -> None:
    assert view.selectionBehavior() == ROWS and view.editTriggers() == NO_EDIT
    assert not view.tabKeyNavigation() and not view.verticalHeader().isVisible()
    header = view.horizontalHeader()
    assert header.stretchLastSection() and header.sectionResizeMode(0) == INTERACTIVE


def test_grievance_list(qtbot):
    from ui.pages.grievances import GrievancesPage

    page = GrievancesPage()
    qtbot.addWidget(page)
    view = page.table
    _read_only_rows(view)
    assert view.model() is page.proxy and view.accessibleName() == "Grievances"
    assert view.selectionMode() == SINGLE and view.wordWrap() and view.isSortingEnabled()
    assert [view.columnWidth(c) for c in range(8)] == [92, 190, 170, 120, 90, 90, 70, 110]


def test_growth_table(qtbot):
    from ui.pages.growth import GrowthPage

    page = GrowthPage()
    qtbot.addWidget(page)
    view = page.table
    _read_only_rows(view)
    assert view.model() is page.proxy and view.accessibleName() == "Figures by area"
    assert view.selectionMode() == EXTENDED and view.wordWrap() and view.isSortingEnabled()
    assert view.columnWidth(0) == 230


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
