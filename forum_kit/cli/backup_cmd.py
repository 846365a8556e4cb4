"""``forum-kit backup`` and ``forum-kit restore``: one encrypted, authenticated file holding the
whole vault (key slots and database), verified after writing; restore into a NEW vault folder
only, with the passphrase the vault had when the backup was made."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from forum_kit.cli.common import add_secret_options, add_vault_path, opened_vault, read_passphrase
from forum_kit.i18n import _


def register(subparsers: Any) -> None:
    """Add the backup and restore commands."""
    p = subparsers.add_parser(
        "backup", help="write the whole vault to one encrypted backup file",
        description="Write a verified, encrypted backup file of the whole vault.")
    add_vault_path(p)
    p.add_argument("--out", metavar="FILE", type=Path, required=True,
                   help="the backup file to write (e.g. ~/usb/steward.fkbackup)")
    add_secret_options(p)
    p.set_defaults(handler=run)

    r = subparsers.add_parser(
        "restore", help="restore a backup file into a new vault folder",
        description="Restore a backup into a new vault folder (never over an existing one).")
    r.add_argument("backup_file", metavar="FILE", type=Path, help="the .fkbackup file")
    r.add_argument("new_path", metavar="NEW_PATH", type=Path,
                   help="the new vault folder (NAME.forumkit); it must not exist")
    add_secret_options(r, recovery=False)
    r.set_defaults(handler=run_restore)


def run(args: argparse.Namespace) -> int:
    """Write and verify the backup."""
    from forum_kit.vault_backup import write_backup

    with opened_vault(args) as vault:
        info = write_backup(vault, args.out)
    print(_("Backup written and verified: {path} ({size:,} "
            "bytes).").format(path=info.path, size=info.size))
    print(_("Keep it somewhere safe; it opens only with the vault's passphrase."))
    return 0


def run_restore(args: argparse.Namespace) -> int:
    """Restore into the new folder."""
    from forum_kit.vault_backup import restore_backup

    target = restore_backup(args.backup_file, args.new_path, read_passphrase(args))
    print(_("Restored into {target}. Open it with the passphrase the vault had at backup "
            "time.").format(target=target))
    return 0
