"""What every command shares: where the passphrase comes from, opening a vault, and dates.

The passphrase comes from ``--passphrase-file`` (first line), the environment variable
``FORUM_KIT_PASSPHRASE`` (for scripts) or a ``getpass`` prompt, in that order; a recovery key can
stand in for it with ``--recovery-key-file``. It is never echoed, logged or put in a message.
``FORUM_KIT_INSECURE_FAST_KDF=1`` selects the fast key-derivation profile for tests and scripts,
with a warning that the vault is weakly protected.
"""

from __future__ import annotations

import argparse
import getpass
import os
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from forum_kit.errors import ForumKitError, InvalidInput
from forum_kit.i18n import _

if TYPE_CHECKING:
    from forum_kit.vault import KdfProfile, Vault

PASSPHRASE_ENV = "FORUM_KIT_PASSPHRASE"
NEW_PASSPHRASE_ENV = "FORUM_KIT_NEW_PASSPHRASE"
FAST_KDF_ENV = "FORUM_KIT_INSECURE_FAST_KDF"
MIN_PASSPHRASE = 12


def warn(message: str) -> None:
    """One warning line on stderr."""
    print(_("forum-kit: warning: {message}").format(message=message), file=sys.stderr)


def warn_if_synced(path: Path) -> None:
    """A stderr line when the vault sits in a folder a sync service copies (SECURITY.md L-6)."""
    from forum_kit.sync_folders import sync_service

    service = sync_service(path)
    if service is not None:
        # the service's name only: the path is the user's business, not the terminal log's
        warn(_("this vault is inside a folder synced by {service}. The encrypted copy leaves this "
             "computer, and deleted pages may persist in the service's file history. Move the "
             "vault to a folder that is not synced unless you mean this.").format(service=service))


def warn_if_read_only(vault: Vault) -> None:
    """A stderr line when the vault could only be opened for reading."""
    if vault.read_only:
        warn(_("this vault is read-only (its files, its folder or the disk cannot be written): it "
             "is open for reading only, and nothing in it will be changed."))


def add_secret_options(parser: argparse.ArgumentParser, *, recovery: bool = True) -> None:
    """The options that say where the passphrase (or recovery key) comes from."""
    parser.add_argument(
        "--passphrase-file", metavar="FILE", type=Path,
        help=f"read the passphrase from the first line of FILE (else ${PASSPHRASE_ENV}, "
        "else a prompt)",
    )
    if recovery:
        parser.add_argument(
            "--recovery-key-file", metavar="FILE", type=Path,
            help="unlock with the recovery key in FILE instead of the passphrase",
        )


def read_secret_file(path: Path, what: str) -> str:
    """The first line of ``path`` without its line ending (and without the byte-order mark
    Windows Notepad puts first); warns when others can read it."""
    try:
        info = path.stat()
        with open(path, encoding="utf-8-sig") as fh:
            line = fh.readline()
    except FileNotFoundError:
        raise InvalidInput(_("The {what} file does not exist; check the "
                             "path.").format(what=what)) from None
    except (OSError, UnicodeDecodeError):
        raise InvalidInput(_("The {what} file cannot be read as text; check the "
                             "path.").format(what=what)) from None
    if os.name == "posix" and info.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        warn(_("the {what} file can be read by other users; make it private (chmod "
               "600).").format(what=what))
    secret = line.rstrip("\r\n")
    if not secret:
        raise InvalidInput(_("The {what} file is empty; put the {what} on its first "
                             "line.").format(what=what))
    return secret


def _prompt(label: str, *, confirm: bool) -> str:
    if not sys.stdin.isatty():
        raise InvalidInput(
            _("No passphrase given and there is no terminal to ask for one: use "
            "--passphrase-file FILE or set {PASSPHRASE_ENV}.").format(PASSPHRASE_ENV=PASSPHRASE_ENV)
        )
    try:
        first = getpass.getpass(f"{label}: ")
        if confirm and getpass.getpass(_("{label} (again): ").format(label=label)) != first:
            raise InvalidInput(_("The two passphrases typed differ; nothing was changed. Try "
                                 "again."))
    except EOFError:
        # Ctrl-D (Ctrl-Z on Windows) at the prompt: the person chose not to answer
        print(file=sys.stderr)
        raise ForumKitError(_("No passphrase was typed (end of input); nothing was "
                              "done.")) from None
    return first


def read_passphrase(args: argparse.Namespace, *, confirm: bool = False,
                    label: str = "Passphrase") -> str:
    """The passphrase from the file option, the environment or a prompt (twice if ``confirm``)."""
    path = getattr(args, "passphrase_file", None)
    if path is not None:
        return read_secret_file(path, _("passphrase"))
    from_env = os.environ.get(PASSPHRASE_ENV)
    if from_env:
        return from_env
    return _prompt(label, confirm=confirm)


def read_new_passphrase(args: argparse.Namespace) -> str:
    """A new passphrase (file option, ``FORUM_KIT_NEW_PASSPHRASE``, or a prompt twice), checked."""
    path = getattr(args, "new_passphrase_file", None)
    if path is not None:
        secret = read_secret_file(path, _("new passphrase"))
    else:
        secret = os.environ.get(NEW_PASSPHRASE_ENV) or _prompt("New passphrase", confirm=True)
    check_new_passphrase(secret)
    return secret


def check_new_passphrase(secret: str) -> None:
    """Refuse passphrases too short to resist guessing on a stolen laptop."""
    if len(secret.strip()) < MIN_PASSPHRASE:
        raise InvalidInput(
            _("The passphrase must have at least {MIN_PASSPHRASE} characters. A few unrelated "
            "words are easy to remember and hard to guess, e.g. 'kettle orbit tulip canoe'."
              ).format(MIN_PASSPHRASE=MIN_PASSPHRASE)
        )


def kdf_profile() -> KdfProfile:
    """The production Argon2id profile, or the fast one when the insecure switch is set."""
    from forum_kit.vault import FAST_KDF, PRODUCTION_KDF

    if os.environ.get(FAST_KDF_ENV) == "1":
        warn(_("{FAST_KDF_ENV}=1: the new vault uses a fast key derivation and is weakly "
             "protected; use it for tests and demos only.").format(FAST_KDF_ENV=FAST_KDF_ENV))
        return FAST_KDF
    return PRODUCTION_KDF


@contextmanager
def opened_vault(args: argparse.Namespace) -> Iterator[Vault]:
    """Unlock ``args.path`` with the recovery key file or the passphrase; lock it afterwards."""
    from forum_kit.vault import Vault

    recovery = getattr(args, "recovery_key_file", None)
    if recovery is not None:
        key = read_secret_file(recovery, _("recovery key"))
        vault = Vault.open_with_recovery_key(args.path, key)
    else:
        vault = Vault.open(args.path, read_passphrase(args))
    try:
        warn_if_synced(args.path)
        warn_if_read_only(vault)
        yield vault
    finally:
        vault.lock()


def parse_date(text: str | None, option: str, default: date | None = None) -> date:
    """A ``YYYY-MM-DD`` option value; today (from the clock, the CLI's job) when not given."""
    if text is None:
        return default or date.today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(_("{option} must be a date like "
                             "2026-03-31.").format(option=option)) from None


def add_vault_path(parser: argparse.ArgumentParser) -> None:
    """The positional PATH of a vault folder."""
    parser.add_argument("path", metavar="PATH", type=Path,
                        help="the vault folder (NAME.forumkit)")
