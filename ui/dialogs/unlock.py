"""The unlock screen: passphrase (or recovery key), Unlock, a busy bar while the key is derived.

Owns ``UnlockWidget`` (used by the welcome window and as the main window's locked view) and
``error_text``, which turns each vault error into words. The key derivation runs off the GUI
thread through ``ui.operations.run_in_background`` so the window stays responsive, and the
passphrase field is emptied as soon as the attempt is handed over.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from forum_kit.errors import ForumKitError, WrongPassphrase
from ui.i18n import translate
from ui.operations import run_in_background

Opener = Callable[[Path, str], Any]

DEMO_PASSPHRASE = "demo passphrase"


def open_with_passphrase(path: Path, passphrase: str) -> Any:
    """Default opener; imports the vault code in the worker thread (start-up stays fast)."""
    from forum_kit.vault import Vault

    return Vault.open(path, passphrase)


def open_with_recovery_key(path: Path, recovery_key: str) -> Any:
    """Default recovery opener."""
    from forum_kit.vault import Vault

    return Vault.open_with_recovery_key(path, recovery_key)


def error_text(error: BaseException, *, recovery: bool = False) -> str:
    """The words shown for a failed unlock; never the exception's repr or a traceback."""
    if isinstance(error, WrongPassphrase):
        if recovery:
            return translate("Unlock", "Wrong recovery key — try again")
        return translate("Unlock", "Wrong passphrase — try again")
    if isinstance(error, ForumKitError):
        return error.message
    if isinstance(error, MemoryError):
        return translate("Unlock", "Not enough memory to derive the key. Close other programs "
                                   "and try again.")
    return translate("Unlock", "The vault could not be opened (unexpected {name}). Nothing was "
                               "changed.").format(name=type(error).__name__)


class UnlockWidget(QWidget):
    """Unlock one vault; ``unlocked(vault)`` fires on the GUI thread after success."""

    unlocked = Signal(object)
    back_requested = Signal()

    def __init__(self, path: Path, *, opener: Opener = open_with_passphrase,
                 recovery_opener: Opener = open_with_recovery_key, is_demo: bool = False,
                 show_back: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self._opener = opener
        self._recovery_opener = recovery_opener
        self.job: Any = None
        # the recovery key of a successful recovery unlock, until the window takes it to offer
        # a new passphrase (take_recovery_key); never kept past that
        self._recovered_with: str | None = None
        name = self.path.name.removesuffix(".forumkit")
        self.heading = QLabel(self.tr("Unlock “{name}”").format(name=name), self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.where = QLabel(str(self.path.parent), self)
        self.where.setEnabled(False)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_note = QLabel(self.tr("Demo vault: the passphrase is '{p}'").format(
            p=DEMO_PASSPHRASE), self)
        self.demo_note.setVisible(is_demo)
        self.secret_label = QLabel(self.tr("&Passphrase"), self)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setMinimumWidth(320)
        self.secret_label.setBuddy(self.passphrase)
        self.use_recovery = QCheckBox(self.tr("Use the &recovery key instead"), self)
        self.use_recovery.toggled.connect(self._mode_changed)
        self.unlock_button = QPushButton(self.tr("&Unlock"), self)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.attempt)
        self.passphrase.returnPressed.connect(self.attempt)
        self.back_button = QPushButton(self.tr("&Back"), self)
        self.back_button.clicked.connect(self.back_requested)
        self.back_button.setVisible(show_back)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)  # busy mode: the KDF gives no progress
        self.busy_bar.setVisible(False)
        self.busy_bar.setMaximumWidth(320)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("unlockError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b71c1c;")

        form = QFormLayout()
        form.addRow(self.secret_label, self.passphrase)
        form.addRow("", self.use_recovery)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        column = QVBoxLayout()
        for widget in (self.heading, self.where, self.demo_note):
            column.addWidget(widget)
        column.addSpacing(12)
        column.addLayout(form)
        column.addLayout(buttons)
        column.addWidget(self.busy_bar)
        column.addWidget(self.status)
        column.addWidget(self.error)
        box = QWidget(self)
        box.setLayout(column)
        # fixed width between stretches: an aligned box would clip a wrapped error message
        box.setFixedWidth(520)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.setTabOrder(self.passphrase, self.use_recovery)
        self.setTabOrder(self.use_recovery, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.back_button)
        self.setFocusProxy(self.passphrase)

    def _mode_changed(self, recovery: bool) -> None:
        self.secret_label.setText(self.tr("&Recovery key") if recovery else self.tr("&Passphrase"))
        self.passphrase.setEchoMode(
            QLineEdit.EchoMode.Normal if recovery else QLineEdit.EchoMode.Password)
        self.passphrase.clear()
        self.error.clear()
        self.passphrase.setFocus()

    @property
    def busy(self) -> bool:
        """True while a key derivation runs."""
        return self.job is not None and self.job.running

    def set_busy(self, text: str | None) -> None:
        """Show or hide the busy indicator; inputs are disabled while busy."""
        working = text is not None
        self.busy_bar.setVisible(working)
        self.status.setText(text or "")
        for widget in (self.passphrase, self.unlock_button, self.use_recovery, self.back_button):
            widget.setEnabled(not working)

    def attempt(self) -> None:
        """Start an unlock with what is typed (no-op while one runs or the field is empty)."""
        if self.busy:
            return
        secret = self.passphrase.text()
        if not secret:
            self.error.setText(self.tr("Type the passphrase first."))
            return
        recovery = self.use_recovery.isChecked()
        opener = self._recovery_opener if recovery else self._opener
        path = self.path
        self.error.clear()
        self.passphrase.clear()
        self.job = run_in_background(
            self,
            lambda: opener(path, secret),
            on_done=lambda vault: self._done(vault, secret if recovery else None),
            on_error=lambda error: self._failed(error, recovery),
            busy_text=self.tr("Deriving the key… this takes about a second."),
        )

    def _done(self, vault: Any, recovery_key: str | None = None) -> None:
        self.error.clear()
        self._recovered_with = recovery_key
        self.unlocked.emit(vault)

    def take_recovery_key(self) -> str | None:
        """The recovery key the last unlock used (None after a passphrase), handed over once."""
        key, self._recovered_with = self._recovered_with, None
        return key

    def _failed(self, error: BaseException, recovery: bool) -> None:
        self.error.setText(error_text(error, recovery=recovery))
        self.passphrase.setEnabled(True)
        self.passphrase.setFocus()

    def reset(self) -> None:
        """Empty the fields (shown again after a lock)."""
        self.passphrase.clear()
        self.error.clear()
        self.use_recovery.setChecked(False)
        self._recovered_with = None
