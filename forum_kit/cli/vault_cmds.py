"""Commands on the vault itself: ``init``, ``summary``, ``passwd``, ``recovery-key``, ``check``.

Each unlocks the vault for the one command and locks it again at the end (the lock is implicit).
``summary`` prints counts only, never a name.
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
)

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
        "passwd", help="change the passphrase",
        description="Change the passphrase. The new one comes from --new-passphrase-file, "
        "FORUM_KIT_NEW_PASSPHRASE or a prompt (typed twice).")
    add_vault_path(p)
    add_secret_options(p, recovery=False)
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

    p = subparsers.add_parser("check", help="check the vault's integrity",
                              description="Run SQLite's and SQLCipher's integrity checks.")
    add_vault_path(p)
    add_secret_options(p)
    p.set_defaults(handler=run_check)


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
    print(f"Created the vault {folder}")
    print(f"Next: add a recovery key with  forum-kit recovery-key {folder}")
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
    print(f"Vault {vault.path.resolve()}")
    print_summary(counts)
    return 0


def run_passwd(args: argparse.Namespace) -> int:
    """Prove the old passphrase, then rewrite the passphrase slot (the database is untouched)."""
    old = read_passphrase(args, label="Current passphrase")
    args.recovery_key_file = None
    from forum_kit.vault import Vault

    vault = Vault.open(args.path, old)
    try:
        new = read_new_passphrase(args)
        vault.change_passphrase(old, new)
    finally:
        vault.lock()
    print("The passphrase is changed. The old one no longer opens the vault.")
    return 0


def run_recovery_key(args: argparse.Namespace) -> int:
    """Create the recovery slot and print the key once."""
    with opened_vault(args) as vault:
        key = vault.add_recovery_key()
    groups = key.split("-")
    lines = [" ".join(groups[i:i + 4]) for i in range(0, len(groups), 4)]
    print("Your recovery key: write this down; it is shown once.")
    print("It opens the vault if the passphrase is forgotten, and replaces any earlier one.")
    print()
    for line in lines:
        print(f"    {line}")
    print()
    print("Keep it on paper, away from this computer.")
    return 0


def run_check(args: argparse.Namespace) -> int:
    """Integrity: exit 0 when fine, the VaultDamaged code with the problems listed otherwise."""
    from forum_kit.errors import VaultDamaged

    with opened_vault(args) as vault:
        report = vault.check()
    if report.ok:
        print("ok: the vault passed the integrity checks.")
        return 0
    for problem in report.problems:
        print(f"  {problem}")
    print(f"forum-kit: {VaultDamaged().message}", file=sys.stderr)
    return VaultDamaged.code
