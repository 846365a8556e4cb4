"""Change the vault's passphrase, or set a new one after unlocking with the recovery key; make a
new recovery key. All through the vault's own API (``Vault.change_passphrase``,
``change_passphrase_with_recovery_key``, ``add_recovery_key``): one key slot is rewritten, the
database is untouched.

Owns ``PassphraseDialog`` and ``make_new_recovery_key``. The key derivation (about a second) runs
off the GUI thread through ``ui.operations.run_in_background``. A refusal (the current passphrase
wrong, the two new ones different, too short) keeps the dialog open with the field marked and
what was typed kept, except the secret that was wrong, which is emptied. The recovery key given
for the after-recovery case is held by this dialog only while it is open.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from forum_kit.errors import ForumKitError, WrongPassphrase
from ui.i18n import translate
from ui.operations import run_in_background
from ui.widgets.strength import MIN_LENGTH, StrengthMeter

_MARK = "border: 2px solid #b71c1c;"


class PassphraseDialog(QDialog):
    """Set a new passphrase, proving the current one or (``recovery_key``) the recovery key."""

    def __init__(
        self, vault: Any, *, recovery_key: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self._recovery_key = recovery_key
        self.job: Any = None
        self.outcome_text = ""  # what happened, for the window that opened this dialog
        self.setWindowTitle(
            self.tr("Set a new passphrase") if recovery_key else self.tr("Change the passphrase")
        )
        intro = QLabel(
            self.tr(
                "You unlocked the vault with its recovery key. Set a new passphrase now, so that "
                "you can open it without the key next time. The recovery key keeps working."
            )
            if recovery_key
            else self.tr(
                "The vault's data is not re-encrypted: only the passphrase that unlocks it "
                "changes. Backups made before today still open with the old passphrase."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.current = QLineEdit(self)
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.new = QLineEdit(self)
        self.new.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit(self)
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = StrengthMeter(self)
        self.new.textChanged.connect(self.meter.update_for)
        form = QFormLayout()
        if recovery_key is None:
            form.addRow(self.tr("&Current passphrase"), self.current)
        else:
            self.current.setVisible(False)
        form.addRow(self.tr("&New passphrase"), self.new)
        form.addRow(self.tr("&Again"), self.again)
        form.addRow("", self.meter)
        self.error = QLabel(self)
        self.error.setObjectName("passphraseError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b71c1c;")
        self.status = QLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        if recovery_key is not None:
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Later"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        (self.new if recovery_key else self.current).setFocus()

    def _refuse(self, field: QLineEdit | None, message: str) -> None:
        """Mark ``field`` (None: none) and say why."""
        for edit in (self.current, self.new, self.again):
            edit.setStyleSheet(_MARK if edit is field else "")
        self.error.setText(message)
        if field is not None:
            field.setFocus()

    def problem(self) -> tuple[QLineEdit, str] | None:
        """The first field to fix and why, or None."""
        if self._recovery_key is None and not self.current.text():
            return self.current, self.tr("Type the current passphrase.")
        if len(self.new.text()) < MIN_LENGTH:
            return self.new, self.tr("New passphrase: use at least {n} characters.").format(
                n=MIN_LENGTH
            )
        if self.new.text() != self.again.text():
            return self.again, self.tr(
                "Again: the two new passphrases differ. Type the same one twice."
            )
        if self._recovery_key is None and self.new.text() == self.current.text():
            return self.new, self.tr("New passphrase: it is the current one. Choose another.")
        return None

    def set_busy(self, text: str | None) -> None:
        self.status.setText(text or "")
        for widget in (self.current, self.new, self.again, self.buttons):
            widget.setEnabled(text is None)

    def submit(self) -> None:
        """Check the fields, then rewrite the passphrase slot in the background."""
        if self.job is not None and self.job.running:
            return
        problem = self.problem()
        if problem is not None:
            self._refuse(*problem)
            return
        self._refuse(None, "")
        vault, new, current, key = (
            self.vault,
            self.new.text(),
            self.current.text(),
            self._recovery_key,
        )

        def change() -> str:
            if key is not None:
                vault.change_passphrase_with_recovery_key(key, new)
            else:
                vault.change_passphrase(current, new)
            return _renew_backups(vault)

        self.job = run_in_background(
            self,
            change,
            on_done=self._changed,
            on_error=self._failed,
            busy_text=self.tr("Deriving the new key… about a second."),
        )

    def _changed(self, note: str) -> None:
        self.outcome_text = self.tr("The passphrase is changed. ") + note
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, WrongPassphrase):
            if self._recovery_key is None:
                self.current.clear()
                self._refuse(
                    self.current,
                    self.tr("The current passphrase is wrong. Nothing was changed; try again."),
                )
            else:
                self._refuse(
                    self.new, self.tr("The recovery key was not accepted. Nothing was changed.")
                )
            return
        message = (
            error.message
            if isinstance(error, ForumKitError)
            else self.tr(
                "The passphrase could not be changed (unexpected {kind}). Nothing was changed."
            ).format(kind=type(error).__name__)
        )
        self._refuse(self.new, message)

    def done(self, result: int) -> None:
        for edit in (self.current, self.new, self.again):
            edit.clear()
        self._recovery_key = None
        super().done(result)


def _renew_backups(vault: Any) -> str:
    """As ``forum-kit passwd`` does: the automatic backups still open with the old passphrase,
    so they are replaced by one made now. Runs in the worker; returns the sentence to show."""
    from datetime import UTC, datetime

    from forum_kit.vault_backup import renew_auto_backups

    elsewhere = (translate("PassphraseDialog",
                           "Backup files you wrote elsewhere still open with the old passphrase: "
                           "delete "
                 "them, or keep them as safe as it."))
    try:
        removed = renew_auto_backups(vault, now=datetime.now(UTC))
    except ForumKitError as error:
        return (translate("PassphraseDialog",
                          "The automatic backups could not be renewed ({message}): those in the "
                "vault's backups folder still open with the old passphrase. {elsewhere}").format(
                    message=error.message, elsewhere=elsewhere))
    if removed:
        # PassphraseDialog.tr, not translate(): lupdate reads a count (%n) from tr calls only
        return PassphraseDialog.tr("The %n automatic backups, still under the old passphrase, "
                                   "are replaced by one made now. {elsewhere}", "",
                                   removed).format(elsewhere=elsewhere)
    return elsewhere


def make_new_recovery_key(parent: QWidget | None, ctx: Any) -> str | None:
    """After a confirmation, replace the recovery key and show the new one once (with Print).
    Returns the key shown (for tests), or None when the steward said no or it failed."""
    from ui.dialogs.recovery_key import RecoveryKeyDialog

    if not ctx.confirm(
        parent,
        translate("PassphraseDialog",
                  "Make a new recovery key") if parent else translate("PassphraseDialog",
                                                                      "Make a new recovery key"),
        [
            translate("PassphraseDialog", "The recovery key you have now stops working at once."),
            translate("PassphraseDialog", "The new one is shown once: write it down or print it."),
        ],
    ):
        return None
    try:
        key = ctx.vault.add_recovery_key()
    except ForumKitError as error:
        from ui.editors.common import show_error

        show_error(parent, error.message)
        return None
    dialog = RecoveryKeyDialog(
        ctx.vault_name, key, printer=ctx.deps.print_recovery_key, parent=parent
    )
    dialog.setModal(True)
    ctx.deps.extras.get("show_recovery_key", lambda d: d.exec())(dialog)
    return key
