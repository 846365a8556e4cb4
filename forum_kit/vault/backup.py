"""Encrypted backups of ``vault.db`` into the vault's ``backups/`` folder.

Owns the copy itself (SQLite's online backup API into a destination connection keyed with the
same data key, so the copy is encrypted page for page; an unkeyed destination is never used), the
file name (UTC timestamp + a slug of the reason), permissions (0600 under umask 077), the check
that the result does not start with a plaintext SQLite header, and rotation (newest 10 kept).
"""

from __future__ import annotations

import os
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from forum_kit.errors import InvalidInput, StorageError
from forum_kit.i18n import _
from forum_kit.vault.engine import PLAINTEXT_HEADER, connect_keyed
from forum_kit.vault.files import private_umask
from forum_kit.vault.keyfile import fsync_dir

BACKUP_DIR = "backups"
KEEP_BACKUPS = 10
_SUFFIX = ".db"
# A copy killed half-way leaves its temporary file (and SQLite's journal of it); the whole-vault
# backup's transient snapshot is removed after use but not when the process dies first. Swept
# once they are this old, so a copy in progress in another process is never touched.
STALE_SECONDS = 3600
_LEFTOVER = re.compile(r"^\d{8}T\d{12}Z-[a-z0-9-]+\.db(\.tmp(-journal|-wal|-shm)?|)$")
_TRANSIENT = "-whole-vault.db"


def slug(reason: str) -> str:
    """A file-name-safe form of the reason; InvalidInput when nothing usable is left."""
    text = re.sub(r"[^a-z0-9]+", "-", str(reason).lower()).strip("-")[:40].strip("-")
    if not text:
        raise InvalidInput(_("The backup reason must contain letters or digits."))
    return text


def list_backups(folder: Path) -> list[Path]:
    """Backups in ``folder/backups``, oldest first (names start with a UTC timestamp)."""
    directory = folder / BACKUP_DIR
    if not directory.is_dir():
        return []
    return sorted(p for p in directory.iterdir() if p.is_file() and p.name.endswith(_SUFFIX))


def sweep_leftovers(folder: Path, *, now: float | None = None) -> list[Path]:
    """Remove interrupted copies and orphaned whole-vault snapshots older than STALE_SECONDS
    from ``folder/backups``; return what was removed."""
    directory = folder / BACKUP_DIR
    if not directory.is_dir():
        return []
    limit = (now if now is not None else datetime.now(UTC).timestamp()) - STALE_SECONDS
    removed = []
    for path in directory.iterdir():
        name = path.name
        if not _LEFTOVER.match(name) or not (".tmp" in name or name.endswith(_TRANSIENT)):
            continue
        try:
            if path.is_file() and path.stat().st_mtime < limit:
                path.unlink()
                removed.append(path)
        except OSError:
            continue  # gone already, or not ours to remove: the next backup tries again
    return removed


def rotate(folder: Path, keep: int = KEEP_BACKUPS) -> None:
    """Delete all but the newest ``keep`` backups."""
    backups = list_backups(folder)
    for old in backups[: max(0, len(backups) - keep)]:
        old.unlink(missing_ok=True)


def make_backup(
    source: Any, folder: Path, key: bytes | bytearray, reason: str, *, rotate_after: bool = True,
    directory: Path | None = None,
) -> Path:
    """Copy the open DB-API connection ``source`` into a new keyed file; return its path. With
    ``rotate_after`` False the copy is transient (the caller removes it) and no kept backup is
    rotated away to make room for it. A ``directory`` other than the vault's ``backups/`` (a
    transient copy of a read-only vault) gets the copy and nothing else: no sweep, no rotation."""
    name_slug = slug(reason)
    elsewhere = directory is not None
    if directory is None:
        directory = folder / BACKUP_DIR
        sweep_leftovers(folder)
    with private_umask():
        directory.mkdir(mode=0o700, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        final = directory / f"{stamp}-{name_slug}{_SUFFIX}"
        tmp = directory / f"{final.name}.tmp"
        dest = None
        try:
            dest = connect_keyed(tmp, key, mode="rwc", pragmas=False)
            source.backup(dest)
            dest.close()
            dest = None
            os.chmod(tmp, 0o600)
            with open(tmp, "rb") as fh:
                head = fh.read(16)
                os.fsync(fh.fileno())
            if len(head) < 16 or head == PLAINTEXT_HEADER:
                raise StorageError(_("The backup could not be written encrypted; it was removed."))
            os.replace(tmp, final)
            fsync_dir(directory)
        except OSError as exc:
            raise StorageError() from exc
        finally:
            if dest is not None:
                dest.close()
            tmp.unlink(missing_ok=True)
    if rotate_after and not elsewhere:
        rotate(folder)
    return final
