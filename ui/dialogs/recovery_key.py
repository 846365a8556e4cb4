"""The dialog that shows a new vault's recovery key once, with Print.

Owns ``RecoveryKeyDialog`` and ``print_recovery_key`` (QPrinter + QPrintDialog). The key is shown
in a read-only field, never stored by the interface, and wiped from the field when the dialog
closes. The dialog cannot be accepted until "I have written it down" is ticked.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

PrintFn = Callable[[QWidget | None, str, str], bool]


def print_recovery_key(parent: QWidget | None, vault_name: str, recovery_key: str) -> bool:
    """Print one page with the vault name and its recovery key; True when sent to a printer."""
    from PySide6.QtGui import QTextDocument
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    # never offer "print to file" silently: the key would land in an unencrypted PDF
    printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, False)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    doc = QTextDocument()
    doc.setPlainText(
        f"Forum Kit recovery key\n\nVault: {vault_name}\n\n{recovery_key}\n\n"
        "Keep this page somewhere safe and away from the computer. Anyone holding it and the "
        "vault folder can open the vault."
    )
    doc.print_(printer)
    return True


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
        self.written = QCheckBox(self.tr("I have &written it down or printed it"), self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Continue"))
        self.ok_button.setEnabled(False)
        self.written.toggled.connect(self.ok_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        for widget in (intro, self.key_field, self.print_button, self.print_status, self.written,
                       self.buttons):
            layout.addWidget(widget)

    def _print(self) -> None:
        printed = self._printer(self, self._vault_name, self.key_field.text())
        self.print_status.setText(self.tr("Sent to the printer.") if printed else "")

    def reject(self) -> None:
        # Escape must not skip the key: it is the only time it is shown
        if self.written.isChecked():
            self.accept()

    def done(self, result: int) -> None:
        self.key_field.clear()
        super().done(result)
