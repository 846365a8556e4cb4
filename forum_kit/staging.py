"""Working files a crash must not leave behind: the staging area and its sweep at start-up.

Some work needs files on the way to its result: an XLSX export's working files (the whole sheet,
in plain text), the decrypted-chunk copy a backup is verified from, the snapshot of a read-only
vault, and the hidden temporary file beside an export, a document or a backup that is renamed
into place when complete. A ``kill -9`` (or a power cut) used to leave them where nothing would
ever look again. Owns the staging area, a private folder (0700) in the user's config folder
(``forum_kit.config.config_dir() / "staging"``), and two ways to use it: ``stage_dir`` gives a
private working folder inside it; ``tracked`` registers a working file that must sit elsewhere
(beside the file being written, so that the rename is atomic). Each entry holds an operating-
system lock on a small file for as long as it lives (``flock``; ``msvcrt.locking`` on Windows),
which the system releases when the process ends however it ends. ``sweep``, run at every start
of the app and of the command line, removes whatever a process that is gone left: its folder,
and the registered file if it is still there and still named like a working file.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from forum_kit.i18n import _

STAGING_DIR = "staging"
_LOCK = ".lock"
_FOLDER = ".d"
# Only files named like the working files this program makes are ever removed by a sweep: hidden
# temporaries (``.name.<hex>.tmp``, ``.forumkit-*.tmp``) and whole-vault snapshots.
_SWEEPABLE = re.compile(r"^\..+\.tmp$|^\d{8}T\d{12}Z-whole-vault\.db$")


def staging_root() -> Path:
    """The staging area (created private on first use)."""
    from forum_kit.config import config_dir

    root = config_dir() / STAGING_DIR
    old = os.umask(0o077)
    try:
        root.mkdir(mode=0o700, parents=True, exist_ok=True)
    finally:
        os.umask(old)
    return root


def _try_lock(fh: IO[bytes]) -> bool:
    """Take the entry's lock without waiting; False when a living process holds it."""
    try:
        if os.name == "nt":
            import msvcrt

            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


@contextmanager
def _entry(record: str = "") -> Iterator[Path]:
    """A locked entry ``<root>/<token>.lock`` holding ``record``; yields the entry's stem path."""
    root = staging_root()
    stem = root / secrets.token_hex(8)
    lock_path = stem.with_name(stem.name + _LOCK)
    # POSIX: made under another name, locked and filled, then renamed, so a sweep never sees an
    # entry that is not locked yet. Windows cannot rename an open file: made in place there.
    making = lock_path if os.name == "nt" else stem.with_name(stem.name + ".new")
    fd = os.open(making, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
    fh = os.fdopen(fd, "r+b")
    try:
        try:
            if not _try_lock(fh):  # a new file nobody else has: refuse rather than go unguarded
                raise OSError(_("the staging area could not be locked"))
            fh.write(record.encode("utf-8") or b"-")
            fh.flush()
            if making != lock_path:
                os.replace(making, lock_path)
        except BaseException:
            fh.close()
            making.unlink(missing_ok=True)
            raise
        yield stem
    finally:
        if not fh.closed:
            fh.close()  # releases the lock; an open file cannot be removed on Windows
            lock_path.unlink(missing_ok=True)


@contextmanager
def stage_dir() -> Iterator[Path]:
    """A private working folder (0700) that is removed afterwards, or by the next start's
    sweep if this process dies first."""
    with _entry() as stem:
        folder = stem.with_name(stem.name + _FOLDER)
        folder.mkdir(mode=0o700)
        try:
            yield folder
        finally:
            shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def tracked(path: Path) -> Iterator[Path]:
    """Register the working file ``path`` (which must be named like one: ``_SWEEPABLE``) while
    inside; the caller creates and removes or renames it, and a sweep removes it if this
    process dies before that."""
    if not _SWEEPABLE.match(path.name):
        raise ValueError("not a working file's name")
    try:
        entry = _entry(os.fspath(path.absolute()))
        entry.__enter__()
    except OSError:
        # the register is a safety net: a config folder that cannot be written must not stop
        # the export or backup itself, which removes its working file on every normal path
        yield path
        return
    try:
        yield path
    finally:
        entry.__exit__(None, None, None)


def _remove_left(record: str) -> None:
    if not record or record == "-":
        return
    path = Path(record)
    if _SWEEPABLE.match(path.name) and path.is_file() and not path.is_symlink():
        path.unlink(missing_ok=True)


def sweep() -> int:
    """Remove what processes that are gone left in the staging area; returns how many entries.
    Never fails: what cannot be removed now is tried again at the next start."""
    try:
        root = staging_root()
        locks = sorted(root.glob("*" + _LOCK))
    except OSError:
        return 0
    removed = 0
    for lock_path in locks:
        stem = lock_path.with_name(lock_path.name[: -len(_LOCK)])
        try:
            with open(lock_path, "r+b") as fh:
                if not _try_lock(fh):
                    continue  # its process is still at work
                record = fh.read().decode("utf-8", errors="replace")
            _remove_left(record)
            shutil.rmtree(stem.with_name(stem.name + _FOLDER), ignore_errors=True)
            lock_path.unlink()
            removed += 1
        except OSError:
            continue
    # a working folder whose lock file is gone (removed by hand): nobody owns it; an entry that
    # died while being made is only its ".new" file
    for folder in root.glob("*" + _FOLDER):
        if not folder.with_name(folder.name[: -len(_FOLDER)] + _LOCK).exists():
            shutil.rmtree(folder, ignore_errors=True)
    for making in root.glob("*.new"):
        try:
            with open(making, "r+b") as fh:
                unowned = _try_lock(fh)
            if unowned:
                making.unlink()
        except OSError:
            continue
    return removed
