"""The confirmation asked before every destructive action, naming what will be lost.

Owns ``confirm_destructive``. Pages do not call it directly but through ``ctx.confirm`` so tests
can answer it without a modal dialog (ARCHITECTURE.md rule 11).
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from ui.i18n import translate
from ui.widgets.fit import fit_dialog


def build_confirm_box(parent: QWidget | None, what: str, consequences: list[str]) -> QMessageBox:
    """The message box (not shown): Delete/Cancel, Cancel the default, consequences listed."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Confirm", "Confirm"))
    box.setText(translate("Confirm", "Delete {what}?").format(what=what))
    lines = [translate("Confirm", "This will be lost:")] + [f"• {item}" for item in consequences]
    lines.append(translate("Confirm", "This cannot be undone."))
    box.setInformativeText("\n".join(lines))
    delete = box.addButton(translate("Confirm", "Delete"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.setProperty("deleteButton", delete)
    fit_dialog(box)  # "Confirm — Forum Kit" whole in the title bar
    return box


def confirm_destructive(parent: QWidget | None, what: str, consequences: list[str]) -> bool:
    """Ask "Delete WHAT?" listing ``consequences``; True only when the user chose Delete."""
    box = build_confirm_box(parent, what, consequences)
    box.exec()
    return box.clickedButton() is box.property("deleteButton")
