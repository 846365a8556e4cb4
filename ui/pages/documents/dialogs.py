"""The dialogs the Documents page opens, as plain functions the page holds as attributes.

This module owns choosing a printer, a place to save, an image for a leaflet and a password
(asked twice). Tests replace the page's attributes instead of driving these dialogs.
"""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QWidget

from ui.editors.common import show_error
from ui.i18n import translate
from ui.widgets.file_dialogs import open_file, save_file


def choose_printer(parent: QWidget) -> QPrinter | None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def choose_save_path(parent: QWidget, suggested: str) -> str | None:
    path = save_file(parent, translate("Dialogs", "Save the document"), suggested,
                     translate("Dialogs", "PDF (*.pdf)"))
    if path and not path.lower().endswith(".pdf"):
        path += ".pdf"
    return path or None


def choose_image(parent: QWidget) -> str | None:
    return open_file(
        parent, translate("Dialogs", "Choose a picture"), "",
        translate("Dialogs", "Images (*.png *.jpg *.jpeg)")
    )


def ask_password(parent: QWidget) -> str | None:
    first, ok = QInputDialog.getText(
        parent,
        translate("Dialogs", "Protect with a password"),
        translate("Dialogs", "Password (at least 8 characters):"),
        QLineEdit.EchoMode.Password,
    )
    if not ok:
        return None
    again, ok = QInputDialog.getText(
        parent,
        translate("Dialogs", "Protect with a password"),
        translate("Dialogs", "The same password again:"),
        QLineEdit.EchoMode.Password,
    )
    if not ok:
        return None
    if again != first:
        show_error(parent, translate("Dialogs", "The two passwords differ; nothing was saved."))
        return None
    return first
