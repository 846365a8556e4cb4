"""Help > About: the version, and every bundled part with its licence text (issue 17)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex

from forum_kit import __version__
from forum_kit.about import Component
from ui.app import create_main_window
from ui.dialogs.about import AboutDialog, ComponentsModel, all_components
from ui.models.roles import ID_ROLE, SORT_ROLE
from ui.pages.placeholder import PlaceholderPage

PAGES = [("grievances", "Grievances", lambda: PlaceholderPage("grievances"))]


def test_components_model_passes_the_model_tester(qtmodeltester):
    model = ComponentsModel()
    model.set_rows(
        [
            Component("Qt", "6.11.3", "LGPL-3.0-only", "library"),
            Component("DejaVu Sans", "2.37", "Bitstream-Vera", "font"),
        ]
    )
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.columnCount() == 4
    assert model.index(1, 3).data() == "font (PDFs)"
    assert model.index(0, 0).data(ID_ROLE) == "Qt"
    assert model.index(0, 1).data(SORT_ROLE) == "6.11.3"
    assert model.rowCount(model.index(0, 0)) == 0


def test_about_lists_qt_libraries_and_fonts_and_shows_each_licence(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert f"Forum Kit {__version__}" in dialog.title.text()
    names = [part.name for part in dialog.model.rows()]
    assert names[:3] == ["Forum Kit", "Python", "Qt"]
    assert {"PySide6_Essentials", "sqlcipher3", "SQLAlchemy", "DejaVu Sans"} <= set(names)
    assert dialog.licence.toPlainText().startswith(  # the program's row is selected first
        "Forum Kit is distributed under AGPL-3.0-or-later"
    )
    assert dialog.select_part("Qt")
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.licence.toPlainText()
    assert dialog.select_part("DejaVu Sans")
    assert "Bitstream" in dialog.licence.toPlainText()
    assert not dialog.select_part("WebEngine")
    assert "replace them" in dialog.lgpl_note.text()
    dialog.table.setCurrentIndex(QModelIndex())  # no part: no text, no error
    assert dialog.licence.toPlainText() == ""


def test_help_about_opens_the_dialog_and_a_lock_closes_it(qtbot, ctx):
    window = create_main_window(ctx, PAGES, search_fn=lambda s, t, limit: [])
    qtbot.addWidget(window)
    window.show()
    window.about_action.trigger()
    dialog = window.about_dialog
    assert isinstance(dialog, AboutDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.model.rowCount() == len(all_components())
    window.lock_now()
    qtbot.waitUntil(lambda: not dialog.isVisible())
