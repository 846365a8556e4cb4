"""The dialogs the Documents page opens, as plain functions the page holds as attributes.

This module owns choosing a printer, a place to save, an image for a leaflet and a password
(asked twice). Tests replace the page's attributes instead of driving these dialogs.
"""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QWidget

from ui.editors.common import show_error
from ui.widgets.file_dialogs import open_file, save_file


def choose_printer(parent: QWidget) -> QPrinter | None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def choose_save_path(parent: QWidget, suggested: str) -> str | None:
    path = save_file(parent, parent.tr("Save the document"), suggested, parent.tr("PDF (*.pdf)"))
    if path and not path.lower().endswith(".pdf"):
        path += ".pdf"
    return path or None


def choose_image(parent: QWidget) -> str | None:
    return open_file(
        parent, parent.tr("Choose a picture"), "", parent.tr("Images (*.png *.jpg *.jpeg)")
    )


def ask_password(parent: QWidget) -> str | None:
    first, ok = QInputDialog.getText(
        parent,
        parent.tr("Protect with a password"),
        parent.tr("Password (at least 8 characters):"),
        QLineEdit.EchoMode.Password,
    )
    if not ok:
        return None
    again, ok = QInputDialog.getText(
        parent,
        parent.tr("Protect with a password"),
        parent.tr("The same password again:"),
        QLineEdit.EchoMode.Password,
    )
    if not ok:
        return None
    if again != first:
        show_error(parent, parent.tr("The two passwords differ; nothing was saved."))
        return None
    return first
