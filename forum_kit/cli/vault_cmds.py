"""Commands on the vault itself: ``init``, ``summary``, ``passwd``, ``recovery-key``,
``rotate-key``, ``check``, and the process hardening every command gets (no core dumps).

Each unlocks the vault for the one command and locks it again at the end (the lock is implicit).
``summary`` prints counts only, never a name. ``passwd`` changes the passphrase with the old one,
or resets a forgotten one with the recovery key; ``rotate-key`` re-encrypts the database under a
new data key. A recovery key is printed once, in groups, and never written anywhere else.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from forum_kit.cli.common import (
    add_secret_options,
    add_vault_path,
    check_new_passphrase,
    kdf_profile,
    opened_vault,
    read_new_passphrase,
    read_passphrase,
    read_secret_file,
    warn_if_synced,
)
from forum_kit.i18n import _, ngettext

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def register(subparsers: Any) -> None:
    """Add the vault commands."""
    p = subparsers.add_parser("init", help="create a new, empty vault",
                              description="Create a new encrypted vault folder (NAME.forumkit).")
    add_vault_path(p)
    add_secret_options(p, recovery=False)
    p.set_defaults(handler=run_init)

    p = subparsers.add_parser("summary", help="open a vault and print its counts (no names)")
    add_vault_path(p)
    add_secret_options(p)
    p.set_defaults(handler=run_summary)

    p = subparsers.add_parser(
        "passwd", help="change the passphrase (or reset a forgotten one with the recovery key)",
        description="Change the passphrase after proving the current one, or with "
        "--recovery-key-file set a new one when the passphrase is forgotten (the recovery key "
        "keeps working). The new passphrase comes from --new-passphrase-file, "
        "FORUM_KIT_NEW_PASSPHRASE or a prompt (typed twice).")
    add_vault_path(p)
    add_secret_options(p)
    p.add_argument("--new-passphrase-file", metavar="FILE", type=Path,
                   help="read the new passphrase from the first line of FILE")
    p.set_defaults(handler=run_passwd)

    p = subparsers.add_parser(
        "recovery-key", help="make a recovery key (shown once)",
        description="Create a recovery key that opens the vault if the passphrase is lost. "
        "It replaces any earlier recovery key.")
    add_vault_path(p)
    add_secret_options(p, recovery=False)
    p.set_defaults(handler=run_recovery_key)

    p = subparsers.add_parser(
        "rotate-key", help="re-encrypt the database under a new data key",
        description="Replace the vault's data key: every page of the database is re-encrypted "
        "and the passphrase keeps working. If the vault has a recovery key, a new one is made "
        "and shown once (the old one stops working) unless --recovery-key-file gives the "
        "current one to keep. Close the vault in the desktop app first.")
    add_vault_path(p)
    add_secret_options(p, recovery=False)
    p.add_argument("--recovery-key-file", metavar="FILE", type=Path,
                   help="keep the recovery key in FILE instead of making a new one")
    p.set_defaults(handler=run_rotate_key)

    p = subparsers.add_parser("check", help="check the vault's integrity",
                              description="Run SQLite's and SQLCipher's integrity checks.")
    add_vault_path(p)
    add_secret_options(p)
    p.set_defaults(handler=run_check)


def no_core_dumps() -> None:
    """Forbid core files for this process (SECURITY.md L-7); a no-op where there are none."""
    try:
        import resource
    except ImportError:  # Windows has no core files to forbid
        return
    try:
        # soft and hard: a crash while unlocked must not write the data key or notes to disk
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError):
        pass


def _remember(path: Any) -> None:
    from forum_kit import config

    try:
        config.add_recent_vault(path)
    except OSError:
        pass  # the recent list is a convenience; the vault itself is made


def run_init(args: argparse.Namespace) -> int:
    """Create the vault and say where it is and what to do next."""
    from forum_kit.vault import Vault

    passphrase = read_passphrase(args, confirm=True)
    check_new_passphrase(passphrase)
    vault = Vault.create(args.path, passphrase, kdf=kdf_profile())
    try:
        folder = vault.path.resolve()
    finally:
        vault.lock()
    _remember(folder)
    warn_if_synced(folder)
    print(_("Created the vault {folder}").format(folder=folder))
    print(_("Next: add a recovery key with  forum-kit recovery-key {folder}").format(folder=folder))
    return 0


def summary_counts(session: Session) -> dict[str, int]:
    """Counts for the summary: no names, nothing personal."""
    import sqlalchemy as sa

    from forum_kit.models import (
        Area,
        CommitteeMembership,
        Contact,
        Conversation,
        Grievance,
        Workplace,
    )

    def count(stmt: Any) -> int:
        return int(session.execute(stmt).scalar_one())

    total = sa.select(sa.func.count())
    return {
        "workplaces": count(total.select_from(Workplace)),
        "areas": count(total.select_from(Area)),
        "contacts": count(total.select_from(Contact).where(Contact.left_on.is_(None))),
        "conversations": count(total.select_from(Conversation)),
        "open grievances": count(total.select_from(Grievance).where(Grievance.status == "open")),
        "committee members": count(
            sa.select(sa.func.count(sa.distinct(CommitteeMembership.contact_id))).where(
                CommitteeMembership.left_on.is_(None), CommitteeMembership.role == "C")
        ),
    }


def print_summary(counts: dict[str, int]) -> None:
    """The counts as aligned lines."""
    width = max(len(k) for k in counts)
    for key, value in counts.items():
        print(f"  {key.ljust(width)}  {value:>8,}")


def run_summary(args: argparse.Namespace) -> int:
    """Open and print counts."""
    with opened_vault(args) as vault, vault.unit_of_work() as session:
        counts = summary_counts(session)
    print(_("Vault {resolve}").format(resolve=vault.path.resolve()))
    print_summary(counts)
    return 0


def run_passwd(args: argparse.Namespace) -> int:
    """Prove the old passphrase (or the recovery key), then rewrite the passphrase slot only."""
    from forum_kit.vault import Vault

    if args.recovery_key_file is not None:
        return _reset_passphrase(args)
    old = read_passphrase(args, label="Current passphrase")
    vault = Vault.open(args.path, old)
    try:
        warn_if_synced(args.path)
        new = read_new_passphrase(args)
        vault.change_passphrase(old, new)
        _renew_backups(vault)
    finally:
        vault.lock()
    print(_("The passphrase is changed. The old one no longer opens the vault."))
    _elsewhere("passphrase")
    return 0


def _renew_backups(vault: object, old: str = "passphrase") -> None:
    """Replace the automatic backups, which still open with the old passphrase or key, by one
    made now; say so, or say that it failed and what that means."""
    from datetime import UTC, datetime

    from forum_kit.errors import ForumKitError
    from forum_kit.vault_backup import renew_auto_backups

    try:
        removed = renew_auto_backups(vault, now=datetime.now(UTC))
    except ForumKitError as error:
        print(_("The automatic backups could not be renewed ({message}); the ones in the "
              "vault's backups/ folder are still under the old {old}: delete them once a new "
              "backup is written.").format(message=error.message, old=old))
        return
    if removed:
        print(ngettext("The {removed} automatic backup in the vault folder, still under the "
                       "old {old}, is replaced by one made now.",
                       "The {removed} automatic backups in the vault folder, still under the "
                       "old {old}, are replaced by one made now.",
                       removed).format(removed=removed, old=old))


def _elsewhere(old: str) -> None:
    print(_("Backup files you wrote elsewhere are still under the old {old}: delete them, or "
          "keep them as safe as it.").format(old=old))


def _reset_passphrase(args: argparse.Namespace) -> int:
    """The forgotten-passphrase path: unlock with the recovery key, then set a new passphrase."""
    from forum_kit.vault import Vault

    recovery = read_secret_file(args.recovery_key_file, _("recovery key"))
    vault = Vault.open_with_recovery_key(args.path, recovery)
    try:
        warn_if_synced(args.path)
        new = read_new_passphrase(args)
        vault.change_passphrase_with_recovery_key(recovery, new)
        _renew_backups(vault)
    finally:
        vault.lock()
    print(_("The passphrase is reset. The forgotten one no longer opens the vault; "
          "the recovery key still does."))
    _elsewhere("passphrase")
    return 0


def _print_recovery_key(key: str, heading: str, note: str) -> None:
    groups = key.split("-")
    lines = [" ".join(groups[i:i + 4]) for i in range(0, len(groups), 4)]
    print(heading)
    print(note)
    print()
    for line in lines:
        print(f"    {line}")
    print()
    print(_("Keep it on paper, away from this computer."))


def run_recovery_key(args: argparse.Namespace) -> int:
    """Create the recovery slot and print the key once."""
    with opened_vault(args) as vault:
        key = vault.add_recovery_key()
    _print_recovery_key(
        key, "Your recovery key: write this down; it is shown once.",
        "It opens the vault if the passphrase is forgotten, and replaces any earlier one.")
    return 0


def run_rotate_key(args: argparse.Namespace) -> int:
    """Re-encrypt under a new data key; print the new recovery key once when one is made."""
    from forum_kit.vault import Vault

    keep = args.recovery_key_file
    recovery = read_secret_file(keep, _("recovery key")) if keep is not None else None
    passphrase = read_passphrase(args)
    vault = Vault.open(args.path, passphrase)
    try:
        warn_if_synced(args.path)
        shown = vault.rotate_data_key(passphrase, recovery_key=recovery)
        _renew_backups(vault, "data key")
    finally:
        vault.lock()
    print(_("The data key is replaced: the database is re-encrypted under a new key. "
          "The passphrase is unchanged."))
    _elsewhere("data key")
    if recovery is not None:
        print(_("The recovery key is unchanged."))
    if shown is not None:
        print()
        _print_recovery_key(
            shown, "Your new recovery key: write this down; it is shown once.",
            "The old recovery key no longer opens the vault.")
    return 0


def run_check(args: argparse.Namespace) -> int:
    """Integrity: exit 0 when fine, the VaultDamaged code with the problems listed otherwise."""
    from forum_kit.errors import VaultDamaged

    with opened_vault(args) as vault:
        report = vault.check()
    if report.ok:
        print(_("ok: the vault passed the integrity checks."))
        return 0
    for problem in report.problems:
        print(f"  {problem}")
    print(_("forum-kit: {message}").format(message=VaultDamaged().message), file=sys.stderr)
    return VaultDamaged.code
