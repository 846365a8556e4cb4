"""The checks an open makes before it trusts ``vault.db``, and what each failure truly means.

Owns the read-only probe of the database (its schema revision and identity row, read through a
connection that never creates or writes a file), whether the vault folder can be written at all
(a read-only vault is opened read-only and left exactly as it was), and the translation of
driver failures into the typed errors the user sees. Each cause gets its own diagnosis: a
``vault.db`` that is a folder is not a database, one that cannot be read is a permission problem
(not "disk full"), and a page 1 that the key does not open is damage only when the key opens the
database's other pages; when it opens none, the key file belongs to another vault (SECURITY.md:
SQLCipher alone cannot tell a wrong key from a damaged first page; ``pages.key_opens_file`` can).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from forum_kit.errors import (
    KeyFileDamaged,
    NotAVault,
    StorageError,
    VaultDamaged,
    VaultReadOnly,
    VaultUnreadable,
)
from forum_kit.i18n import _
from forum_kit.models.meta import VAULT_ID_KEY
from forum_kit.vault.engine import PAGE_SIZE, PLAINTEXT_HEADER, connect_keyed
from forum_kit.vault.files import DB_NAME
from forum_kit.vault.keyfile import KEYFILE_NAME
from forum_kit.vault.pages import key_opens_file

# SQLite primary result codes (the driver exposes the extended code; & 0xff gives these).
SQLITE_BUSY = 5
SQLITE_READONLY = 8
SQLITE_INTERRUPT = 9
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26
_STORAGE_CODES = frozenset({SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN})
_DAMAGE_CODES = frozenset({SQLITE_CORRUPT, SQLITE_NOTADB})
_HOT_JOURNAL = "-journal"

FOREIGN_KEY_FILE = (
    "The vault's key file (keys.json) belongs to another vault: your passphrase opens it, but "
    "the key inside does not open this database, which is not damaged. Put back this vault's "
    "own keys.json (from a copy of the vault folder) and do not restore the database over it."
)
_DB_IS_FOLDER = (
    "The vault's database (vault.db) is a folder, not a file, so this is not a working vault. "
    "Put back vault.db from a copy of the vault folder; nothing was changed."
)
_DB_UNREADABLE = (
    "The vault's database (vault.db) cannot be read (permission denied). Check that the vault "
    "folder and its files belong to you; nothing was changed."
)


def sqlite_code(error: BaseException) -> int | None:
    """SQLite's primary result code of a driver (or SQLAlchemy-wrapped) error, else None."""
    orig = getattr(error, "orig", error)
    code = getattr(orig, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def translate(error: BaseException, *, read_only: bool = False) -> BaseException | None:
    """The typed error for a driver failure during normal work, or None to re-raise as is."""
    code = sqlite_code(error)
    if code == SQLITE_READONLY or (read_only and code == SQLITE_CANTOPEN):
        return VaultReadOnly()
    if code in _STORAGE_CODES:
        return StorageError()
    if code in _DAMAGE_CODES:
        return VaultDamaged()
    return None


def _file_read_only(path: Path) -> bool:
    info = path.stat()
    # the owner's write bit: someone made the file read-only on purpose (root ignores it)
    return not info.st_mode & stat.S_IWUSR or not os.access(path, os.W_OK)


def _file_system_read_only(path: Path) -> bool:
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except (AttributeError, OSError):  # no statvfs on Windows: os.access has said it there
        return False


def is_read_only(folder: Path) -> bool:
    """Whether the vault cannot be written: a read-only file system, a folder the user may not
    write in, or ``vault.db``/``keys.json`` marked read-only."""
    try:
        if _file_system_read_only(folder) or not os.access(folder, os.W_OK):
            return True
        for name in (DB_NAME, KEYFILE_NAME):
            path = folder / name
            if path.is_file() and _file_read_only(path):
                return True
    except OSError:
        return False  # the open's own checks report what is wrong with the files
    return False


def wal_in_use(db_path: Path) -> bool:
    """A -wal file with frames in it: committed data not yet in the main file."""
    try:
        return db_path.with_name(db_path.name + "-wal").stat().st_size > 0
    except OSError:
        return False


def _read_head(db_path: Path) -> tuple[int, bytes]:
    try:
        size = db_path.stat().st_size
        with open(db_path, "rb") as fh:
            return size, fh.read(16)
    except FileNotFoundError:
        raise VaultDamaged() from None
    except IsADirectoryError:
        raise NotAVault(_DB_IS_FOLDER) from None
    except PermissionError:
        raise VaultUnreadable(_DB_UNREADABLE) from None
    except OSError as error:
        raise StorageError(
            _("The vault's database (vault.db) could not be read (a disk or file-system error). "
            "Check the disk; nothing was changed.")
        ) from error


def _page_one_failure(
    db_path: Path, key: bytearray, error: BaseException, read_only: bool
) -> BaseException:
    """What it means that the keyslot's key cannot read page 1 of ``db_path``."""
    typed = translate(error, read_only=read_only)
    if typed is not None and not isinstance(typed, VaultDamaged):
        return typed
    if key_opens_file(db_path, key) is False:
        return KeyFileDamaged(FOREIGN_KEY_FILE)
    return VaultDamaged()


def probe(db_path: Path, key: bytearray, vault_id: str, *, read_only: bool = False) -> str:
    """Check ``vault.db`` read-only and return its schema revision.

    Nothing here creates or writes a file: a zero-length or plaintext file is refused before any
    connection, and the connection is opened with SQLite's ``mode=ro`` (and ``immutable`` for a
    read-only vault, whose folder may not even hold the -shm SQLite would make). The one
    exception is a hot rollback journal (a writer killed in DELETE journal mode): only a
    read-write connection may roll it back, and SQLite must do so before anything can be read.
    """
    size, head = _read_head(db_path)
    if size == 0 or head == PLAINTEXT_HEADER:
        raise NotAVault()
    if size % PAGE_SIZE != 0:
        raise VaultDamaged()
    sidecars = [db_path.with_name(db_path.name + s) for s in ("-wal", "-shm")]
    absent = [p for p in sidecars if not p.exists()]
    journal = db_path.with_name(db_path.name + _HOT_JOURNAL)
    hot = journal.exists() and journal.stat().st_size > 0
    mode = "rw" if hot and not read_only else "ro"
    immutable = read_only and not wal_in_use(db_path) and not hot
    try:
        conn = connect_keyed(db_path, key, mode=mode, pragmas=False, immutable=immutable)
    except sqlcipher.Error as error:
        # the keyslot already proved the key: page 1 unreadable is damage, or a foreign key file
        remove_new_sidecars(absent)
        raise _page_one_failure(db_path, key, error, read_only) from None
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        if "vault_meta" not in tables:
            raise NotAVault()
        row = conn.execute("SELECT value FROM vault_meta WHERE key = ?", (VAULT_ID_KEY,)).fetchone()
        if row is None or row[0] != vault_id:
            raise NotAVault()
        if "alembic_version" not in tables:
            raise VaultDamaged()
        rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        if len(rows) != 1:
            raise VaultDamaged()
        return str(rows[0][0])
    except sqlcipher.Error as error:
        raise (translate(error, read_only=read_only) or VaultDamaged()) from None
    finally:
        conn.close()
        remove_new_sidecars(absent)


def remove_new_sidecars(created: list[Path]) -> None:
    """Delete the empty -wal and the -shm a read-only probe created, so a probe writes nothing.
    Where nothing could be created (a read-only file system) there is nothing to delete."""
    wal = [p for p in created if p.name.endswith("-wal")]
    try:
        if any(p.exists() and p.stat().st_size > 0 for p in wal):
            return
        for path in created:
            if path.exists():
                path.unlink()
    except OSError:
        pass  # not ours to remove after all, or a read-only folder: nothing was created there
