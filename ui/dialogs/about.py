"""Help > About: Forum Kit's version and the licence of every part it ships with.

Owns ``AboutDialog`` and its ``ComponentsModel``. The parts come from ``forum_kit.about`` (the
program, Python, every runtime library found from the installed distributions' metadata, the
fonts from their own name tables) plus Qt itself, whose version only the interface can ask. Picking
a part shows its licence text; a sentence under the list says what the LGPL lets a person do with
the Qt libraries inside the program's folder.
"""

from __future__ import annotations

from typing import Any

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QT_TR_NOOP, QModelIndex, Qt, qVersion
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from forum_kit import __version__
from forum_kit.about import PROGRAM_LICENCE, Component, components, qt_component
from ui.i18n import shown
from ui.models.row_list_model import ListColumn, RowListModel
from ui.widgets.app_icon import app_icon

KIND_LABELS = {
    "program": QT_TR_NOOP("the program"),
    "runtime": QT_TR_NOOP("runtime"),
    "library": QT_TR_NOOP("library"),
    "font": QT_TR_NOOP("font (PDFs)"),
}


class ComponentsModel(RowListModel):
    """One row per shipped part: name, version, licence and what kind of part it is."""

    columns = (
        ListColumn(QT_TR_NOOP("Part"), "name"),
        ListColumn(QT_TR_NOOP("Version"), "version"),
        ListColumn(QT_TR_NOOP("Licence"), "licence"),
        ListColumn(QT_TR_NOOP("Kind"), "kind",
                   lambda kind: shown(KIND_LABELS.get(kind, kind or ""))),
    )
    id_attr = "name"


def all_components() -> list[Component]:
    """What About lists: ``forum_kit.about.components()`` with Qt after the program and Python."""
    found = list(components())
    return [*found[:2], qt_component(qVersion()), *found[2:]]


class AboutDialog(QDialog):
    """Version, licence, and a browsable list of the bundled parts and their licence texts."""

    def __init__(self, parent: QWidget | None = None, parts: list[Component] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Forum Kit"))
        self.resize(860, 620)
        layout = QVBoxLayout(self)

        head = QHBoxLayout()
        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(64, 64))
        head.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.title.setText(
            self.tr(
                "Forum Kit {version}\n"
                "Organising records kept encrypted on this computer.\n"
                "Free software under the {licence}.\n"
                "Qt {qt} through PySide6 {pyside}."
            ).format(
                version=__version__, licence=PROGRAM_LICENCE, qt=qVersion(), pyside=pyside_version
            )
        )
        head.addWidget(self.title, 1)
        layout.addLayout(head)

        layout.addWidget(
            QLabel(
                self.tr(
                    "Parts shipped with Forum Kit and their licences "
                    "(choose one to read its licence):"
                ),
                self,
            )
        )
        self.model = ComponentsModel(self)
        self.model.set_rows(parts if parts is not None else all_components())
        self.table = QTableView(self)
        self.table.setObjectName("aboutParts")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.licence = QPlainTextEdit(self)
        self.licence.setObjectName("aboutLicence")
        self.licence.setReadOnly(True)
        self.licence.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.licence)
        splitter.setSizes([300, 220])
        layout.addWidget(splitter, 1)

        self.lgpl_note = QLabel(
            self.tr(
                "The Qt libraries are separate files in Forum Kit's program folder: under the "
                "LGPL you may replace them with your own build of the same Qt version."
            ),
            self,
        )
        self.lgpl_note.setWordWrap(True)
        layout.addWidget(self.lgpl_note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.table.selectionModel().currentRowChanged.connect(self._show_licence)
        if self.model.rowCount():
            self.table.selectRow(0)

    def _show_licence(self, current: QModelIndex, _previous: Any = None) -> None:
        part = self.model.row_at(current.row())
        self.licence.setPlainText(part.licence_text() if part is not None else "")

    def select_part(self, name: str) -> bool:
        """Select the part called ``name`` (tests and keyboard users); False when not listed."""
        for row, part in enumerate(self.model.rows()):
            if part.name == name:
                self.table.selectRow(row)
                return True
        return False
