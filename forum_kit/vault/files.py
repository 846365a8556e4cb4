"""File-system helpers for the vault folder: private permissions and the folder layout.

Owns the umask-077 context used around every file the vault creates, and the chmod pass that
leaves the folder at most 0700 and its files at most 0600 (SECURITY.md S-8), taking permissions
away only: a file its owner made read-only is not made writable again.
"""

from __future__ import annotations

import os
import stat
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SUFFIX = ".forumkit"
DB_NAME = "vault.db"

_umask_lock = threading.RLock()


@contextmanager
def private_umask() -> Iterator[None]:
    """Create files 0600 and folders 0700 while inside (umask is process-wide, hence the lock)."""
    with _umask_lock:
        old = os.umask(0o077)
        try:
            yield
        finally:
            os.umask(old)


def with_suffix(path: str | os.PathLike[str]) -> Path:
    """``path`` with the ``.forumkit`` suffix appended when missing."""
    p = Path(path)
    return p if p.name.endswith(SUFFIX) else p.with_name(p.name + SUFFIX)


def _private(path: Path, most: int) -> None:
    """Take group and other permissions away; never add one (a file its owner made read-only
    stays read-only)."""
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & ~most:
        os.chmod(path, mode & most)


def tighten_permissions(folder: Path) -> None:
    """Folder and ``backups/`` at most 0700; every file directly inside them at most 0600."""
    if os.name != "posix":
        return
    for directory in (folder, folder / "backups"):
        if not directory.is_dir():
            continue
        _private(directory, 0o700)
        for entry in directory.iterdir():
            if entry.is_file() and not entry.is_symlink():
                _private(entry, 0o600)
