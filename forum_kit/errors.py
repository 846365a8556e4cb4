"""Typed errors with stable codes.

The core raises these; the command line turns ``code`` into its exit status and the interface
turns it into a dialog. Messages say what to do and never carry personal data (SECURITY.md).
"""

from __future__ import annotations

from forum_kit.i18n import N_, _


class ForumKitError(Exception):
    """Base of every error the core raises on purpose."""

    code: int = 1
    default_message: str = N_("Something went wrong.")

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or _(self.default_message))

    @property
    def message(self) -> str:
        return str(self)


class InvalidInput(ForumKitError):
    """Input that fails validation; the message names the field and what to fix."""

    code = 3
    default_message = N_("The input is not valid.")


class NotFound(ForumKitError):
    code = 4
    default_message = N_("The requested record does not exist.")


class Conflict(ForumKitError):
    code = 5
    default_message = N_("The change conflicts with existing data.")


class WrongPassphrase(ForumKitError):
    code = 10
    default_message = (
        N_("Wrong passphrase (or recovery key). Check it and try again; nothing was changed.")
    )


class KeyFileDamaged(ForumKitError):
    code = 11
    default_message = (
        N_("The vault's key file (keys.json) is damaged or belongs to another vault. "
        "Restore the folder from a backup copy.")
    )


class NotAVault(ForumKitError):
    code = 12
    default_message = (
        N_("This is not a Forum Kit vault (the database is empty, unencrypted or another "
           "program's). Choose a folder ending in .forumkit.")
    )


class VaultDamaged(ForumKitError):
    code = 13
    default_message = (
        N_("The vault's database is damaged (failed integrity check or truncated). "
        "Restore it from a backup; nothing was changed.")
    )


class VaultLocked(ForumKitError):
    code = 14
    default_message = N_("The vault is locked. Unlock it with your passphrase to continue.")


class VaultTooNew(ForumKitError):
    code = 15
    default_message = N_("This vault was written by a newer Forum Kit. Update Forum Kit to open "
                         "it.")


class VaultExists(ForumKitError):
    code = 16
    default_message = N_("A vault already exists at that path. Choose another name or folder.")


class VaultNotFound(ForumKitError):
    code = 17
    default_message = N_("No vault at that path. Check the folder name (it ends in .forumkit).")


class EngineNotEncrypted(ForumKitError):
    code = 18
    default_message = (
        N_("The SQLite library in use has no encryption (SQLCipher missing). "
        "Reinstall Forum Kit; no file was written.")
    )


class StorageError(ForumKitError):
    code = 19
    default_message = (
        N_("The vault could not be written (disk full or not writable). "
        "Free some space and try again; the last saved data is intact.")
    )


class VaultUnreadable(ForumKitError):
    code = 20
    default_message = (
        "A file of the vault cannot be read (permission denied). Check that the vault folder and "
        "its files belong to you and that you may read them; nothing was changed."
    )


class VaultReadOnly(ForumKitError):
    code = 21
    default_message = (
        "The vault is read-only (its files, its folder or the disk cannot be written): it is "
        "open for reading only and nothing was changed. To make changes, copy the vault folder "
        "to a place you can write to."
    )
