"""The dialog that shows a new vault's recovery key once, with Print.

Owns ``RecoveryKeyDialog`` and ``print_recovery_key`` (QPrinter + QPrintDialog). The key is shown
in a read-only field, never stored by the interface, and wiped from the field when the dialog
closes. The dialog cannot be accepted until "I have written it down" is ticked.

Print says what really happened (``PRINTED``, ``CANCELLED``, ``NO_PRINTER``, ``FAILED``): with no
printer set up it says so and offers to save the page as a PDF (to print elsewhere, with the
advice to delete the file) or to copy the key (cleared from the clipboard 30 s later).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import translate

PRINTED = "printed"
CANCELLED = "cancelled"
NO_PRINTER = "no printer"
FAILED = "failed"

# returns one of the outcomes above (True and False are read as PRINTED and CANCELLED)
PrintFn = Callable[[QWidget | None, str, str], "str | bool"]


def _page_text(vault_name: str, recovery_key: str) -> str:
    return (translate("RecoveryKey",
                      "Forum Kit recovery key\n\nVault: {vault_name}\n\n{recovery_key}\n\n"
            "Keep this page somewhere safe and away from the computer. Anyone holding it and the "
            "vault folder can open the vault.").format(vault_name=vault_name,
                                                       recovery_key=recovery_key))


def has_printer() -> bool:
    """Whether the system knows any printer (CUPS, Windows, macOS)."""
    from PySide6.QtPrintSupport import QPrinterInfo

    return bool(QPrinterInfo.availablePrinterNames())


def print_recovery_key(parent: QWidget | None, vault_name: str, recovery_key: str) -> str:
    """Print one page with the vault name and its recovery key; says what happened."""
    from PySide6.QtGui import QTextDocument
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    if not has_printer():
        return NO_PRINTER
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    # never offer "print to file" silently: the key would land in an unencrypted PDF
    printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, False)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return CANCELLED
    if not printer.isValid():
        return NO_PRINTER
    doc = QTextDocument()
    doc.setPlainText(_page_text(vault_name, recovery_key))
    doc.print_(printer)
    return FAILED if printer.printerState() == QPrinter.PrinterState.Error else PRINTED


def save_recovery_key_pdf(path: str, vault_name: str, recovery_key: str) -> None:
    """Write the printable page as a PDF at ``path`` (chosen by the user)."""
    from PySide6.QtGui import QTextDocument
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(path)
    printer.setCreator("")
    printer.setDocName("")
    doc = QTextDocument()
    doc.setPlainText(_page_text(vault_name, recovery_key))
    doc.print_(printer)


def _copy_sensitive(text: str) -> None:
    from ui.widgets.clipboard import copy_sensitive

    copy_sensitive(text)  # cleared from the clipboard 30 s later


def _choose_pdf(parent: QWidget | None) -> str | None:
    from ui.widgets.file_dialogs import save_file

    return save_file(parent,
                     translate("RecoveryKey", "Save the recovery key page") if parent else "",
                     "recovery-key.pdf", "PDF (*.pdf)")


class RecoveryKeyDialog(QDialog):
    """Shows the recovery key once; Print; accept only after "I have written it down"."""

    def __init__(self, vault_name: str, recovery_key: str, *, printer: PrintFn,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your recovery key"))
        self._vault_name = vault_name
        self._printer = printer
        intro = QLabel(self.tr(
            "This recovery key opens the vault if you forget the passphrase. It is shown only "
            "now. Write it down or print it, and keep it away from the computer."), self)
        intro.setWordWrap(True)
        self.key_field = QLineEdit(recovery_key, self)
        self.key_field.setReadOnly(True)
        self.key_field.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.key_field.setMinimumWidth(420)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.clicked.connect(self._print)
        self.print_status = QLabel(self)
        self.print_status.setWordWrap(True)
        # shown when there is no printer: the two other ways to keep the key
        self.save_pdf_button = QPushButton(self.tr("Save as P&DF…"), self)
        self.save_pdf_button.clicked.connect(self._save_pdf)
        self.copy_button = QPushButton(self.tr("&Copy the key"), self)
        self.copy_button.clicked.connect(self._copy)
        self.alternatives = QWidget(self)
        row = QHBoxLayout(self.alternatives)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.save_pdf_button)
        row.addWidget(self.copy_button)
        row.addStretch(1)
        self.alternatives.setVisible(False)
        self.choose_pdf: Callable[[QWidget | None], str | None] = _choose_pdf
        self.copy_key: Callable[[str], None] = _copy_sensitive
        self.written = QCheckBox(self.tr("I have &written it down or printed it"), self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Continue"))
        self.ok_button.setEnabled(False)
        self.written.toggled.connect(self.ok_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        # a wrapped sentence set after the dialog is shown must make it taller, not overlap
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)
        for widget in (intro, self.key_field, self.print_button, self.print_status,
                       self.alternatives, self.written, self.buttons):
            layout.addWidget(widget)

    def _print(self) -> None:
        outcome = self._printer(self, self._vault_name, self.key_field.text())
        outcome = {True: PRINTED, False: CANCELLED}.get(outcome, outcome)  # type: ignore[arg-type]
        texts = {
            PRINTED: self.tr("Sent to the printer. Check that the page came out, and keep it "
                             "safe, before you tick the box."),
            CANCELLED: self.tr("Not printed."),
            NO_PRINTER: self.tr("No printer is set up on this computer, so nothing was printed. "
                                "Save the page as a PDF to print it elsewhere, or copy the key "
                                "and write it down."),
            FAILED: self.tr("The printer reported an error: the page may not have printed. "
                            "Check the printer, or save the page as a PDF."),
        }
        self.print_status.setText(texts.get(outcome, self.tr("Not printed.")))
        self.alternatives.setVisible(outcome in (NO_PRINTER, FAILED))
        self.adjustSize()

    def _save_pdf(self) -> None:
        path = self.choose_pdf(self)
        if not path:
            return
        try:
            save_recovery_key_pdf(path, self._vault_name, self.key_field.text())
        except OSError:
            self.print_status.setText(self.tr("The PDF could not be written there. Choose "
                                              "another folder."))
            return
        self.print_status.setText(self.tr(
            "Saved as a PDF. The file holds the key unencrypted: print it, then delete it "
            "(and empty the bin)."))

    def _copy(self) -> None:
        self.copy_key(self.key_field.text())
        self.print_status.setText(self.tr(
            "Copied. Paste it where you will write it down: the clipboard is cleared in 30 "
            "seconds."))

    def reject(self) -> None:
        # Escape must not skip the key: it is the only time it is shown
        if self.written.isChecked():
            self.accept()

    def done(self, result: int) -> None:
        self.key_field.clear()
        super().done(result)
