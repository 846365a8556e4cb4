"""Writing files the user asked for (exports, documents, calendar files, key cards, copies of
evidence) so that a crash or a full disk leaves either the old file or the new one, never half of
one, and so that personal data is readable by the owner only; the temporary file is registered
in the staging area, so a start after a crash removes it."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from forum_kit import staging
from forum_kit.errors import InvalidInput, StorageError
from forum_kit.i18n import _


def write_atomic(path: str | os.PathLike[str], data: bytes, *, private: bool = True) -> None:
    """Write ``data`` to ``path`` through a same-folder temporary file, fsync and rename.

    The file is owner-only (0600) unless ``private`` is False (a public key card, say). Errors are
    InvalidInput (no such folder, a folder given as the file) or StorageError (not writable, disk
    full); the temporary file never outlives the call.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise InvalidInput(_("The folder to write the file in does not exist; choose another."))
    if target.is_dir():
        raise InvalidInput(_("That is a folder; give a file name to write."))
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".forumkit-", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise StorageError(_("The file could not be written there (folder not writable).")) from exc
    tmp = Path(tmp_name)
    try:
        # registered, so that a start after a crash removes it (forum_kit.staging)
        with staging.tracked(tmp), os.fdopen(fd, "wb") as handle:
            view = memoryview(data)
            while view:
                written = handle.write(view)
                view = view[written:]
            handle.flush()
            os.fsync(handle.fileno())
            os.chmod(tmp, 0o600 if private else 0o644)
            os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError(_("The file could not be written (disk full or not writable).")) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
