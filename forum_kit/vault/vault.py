"""The ``Vault``: create, open, lock and maintain one encrypted ``NAME.forumkit`` folder.

Owns the life cycle of an open vault (data key in a wipeable bytearray, the pooled SQLCipher
engine, the session factory), the order of checks on open that gives each failure its own error
(key file, passphrase at the keyslot before the database is touched, then a read-only probe of
the database that never creates or writes a file), schema migration with a backup first,
passphrase change and recovery keys (key file only), data-key rotation with the pending-slot
protocol and its completion or roll-back on the next open, integrity checks, backups and locking.
"""

from __future__ import annotations

import os
import shutil
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, exc, insert
from sqlalchemy.orm import Session, sessionmaker

from forum_kit.errors import (
    Conflict,
    KeyFileDamaged,
    NotAVault,
    StorageError,
    VaultDamaged,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    VaultTooNew,
    WrongPassphrase,
)
from forum_kit.models.meta import CREATED_AT_KEY, VAULT_ID_KEY, VaultMeta
from forum_kit.vault import keyfile
from forum_kit.vault.backup import BACKUP_DIR, list_backups, make_backup
from forum_kit.vault.engine import (
    PAGE_SIZE,
    PLAINTEXT_HEADER,
    checkpoint,
    connect_keyed,
    make_engine,
    rekey,
    scan_connection,
)
from forum_kit.vault.files import (
    DB_NAME,
    SUFFIX,
    private_umask,
    tighten_permissions,
    with_suffix,
)
from forum_kit.vault.kdf import PRODUCTION_KDF, KdfProfile
from forum_kit.vault.migrations import runner

# SQLite primary result codes (the driver exposes the extended code; & 0xff gives these).
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_SQLITE_READONLY = 8
_SQLITE_NOTADB = 26
_SQLITE_BUSY = 5
_BUSY_MESSAGE = "The vault is busy. Finish or close other work in it and try again."
_STORAGE_CODES = frozenset({_SQLITE_IOERR, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_READONLY})
_DAMAGE_CODES = frozenset({_SQLITE_CORRUPT, _SQLITE_NOTADB})
_MAX_PROBLEM_LINES = 50
_HOT_JOURNAL = "-journal"


@dataclass(frozen=True, slots=True)
class IntegrityReport:
    """Result of ``Vault.check``: ok when both SQLite and SQLCipher find nothing wrong."""

    ok: bool
    problems: tuple[str, ...]


def _integrity_problems(raw: Any) -> list[str]:
    """What integrity_check and cipher_integrity_check report on ``raw`` (at most
    ``_MAX_PROBLEM_LINES`` lines of each), or that one of them failed."""
    problems: list[str] = []
    for pragma in ("integrity_check", "cipher_integrity_check"):
        try:
            rows = raw.execute(f"PRAGMA {pragma}").fetchall()
        except sqlcipher.Error as error:
            problems.append(f"{pragma} failed (SQLite error {_sqlite_code(error)})")
            continue
        lines = [line for r in rows for line in str(r[0]).splitlines() if line.strip()]
        if pragma == "integrity_check" and lines == ["ok"]:
            continue
        if len(lines) > _MAX_PROBLEM_LINES:
            extra = len(lines) - _MAX_PROBLEM_LINES
            lines = [*lines[:_MAX_PROBLEM_LINES], f"... and {extra} more"]
        problems.extend(f"{pragma}: {line}" for line in lines)
    return problems


def _sqlite_code(error: BaseException) -> int | None:
    orig = getattr(error, "orig", error)
    code = getattr(orig, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def _translate(error: BaseException) -> BaseException | None:
    """The typed error for a driver failure during normal work, or None to re-raise as is."""
    code = _sqlite_code(error)
    if code in _STORAGE_CODES:
        return StorageError()
    if code in _DAMAGE_CODES:
        return VaultDamaged()
    return None


def _probe(db_path: Path, key: bytearray, vault_id: str) -> str:
    """Check ``vault.db`` read-only and return its schema revision.

    Nothing here creates or writes a file: a zero-length or plaintext file is refused before any
    connection, and the connection is opened with SQLite's ``mode=ro``. The one exception is a
    hot rollback journal (a writer killed in DELETE journal mode): only a read-write connection
    may roll it back, and SQLite must do so before anything can be read.
    """
    try:
        size = db_path.stat().st_size
        with open(db_path, "rb") as fh:
            head = fh.read(16)
    except FileNotFoundError:
        raise VaultDamaged() from None
    except OSError as error:
        raise StorageError() from error
    if size == 0 or head == PLAINTEXT_HEADER:
        raise NotAVault()
    if size % PAGE_SIZE != 0:
        raise VaultDamaged()
    sidecars = [db_path.with_name(db_path.name + s) for s in ("-wal", "-shm")]
    absent = [p for p in sidecars if not p.exists()]
    journal = db_path.with_name(db_path.name + _HOT_JOURNAL)
    mode = "rw" if journal.exists() and journal.stat().st_size > 0 else "ro"
    try:
        conn = connect_keyed(db_path, key, mode=mode, pragmas=False)
    except sqlcipher.Error as error:
        # the keyslot already proved the key, so an unreadable page 1 is damage, not a wrong key
        _remove_new_sidecars(absent)
        raise (_translate(error) or VaultDamaged()) from None
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
        raise (_translate(error) or VaultDamaged()) from None
    finally:
        conn.close()
        _remove_new_sidecars(absent)


def _remove_new_sidecars(created: list[Path]) -> None:
    """Delete the empty -wal and the -shm a read-only probe created, so a probe writes nothing."""
    wal = [p for p in created if p.name.endswith("-wal")]
    if any(p.exists() and p.stat().st_size > 0 for p in wal):
        return
    for path in created:
        path.unlink(missing_ok=True)


def _prove(keys: keyfile.KeyFile, slot: keyfile.Slot, secret: bytes, key: bytearray) -> None:
    """WrongPassphrase unless ``secret`` opens ``slot``; KeyFileDamaged if it holds another key."""
    proven = keyfile.unwrap(keys.vault_id, slot, secret)
    try:
        if not keyfile.keys_equal(proven, key):
            raise KeyFileDamaged()
    finally:
        keyfile.wipe(proven)


def _write_keyfile(folder: Path, keys: keyfile.KeyFile) -> None:
    try:
        with private_umask():
            keyfile.write(folder, keys)
    except OSError as error:
        raise StorageError() from error


def _settle_rotation(folder: Path, keys: keyfile.KeyFile, slot_name: str, secret: bytes,
                     old_key: bytearray) -> tuple[bytearray, str]:
    """Finish or roll back a data-key rotation a crash interrupted; return the key that opens.

    The key file holds both keys until the database has confirmed which one opens it
    (SECURITY.md K-8): the current slots (old key) are tried first, then the pending ones.
    """
    db = folder / DB_NAME
    try:
        _probe(db, old_key, keys.vault_id)
    except VaultDamaged:
        pass
    else:
        _write_keyfile(folder, keys.without_pending())
        return old_key, "rolled-back"
    pending = keys.pending_slot(slot_name)
    if pending is None:
        raise VaultDamaged()
    new_key = keyfile.unwrap(keys.vault_id, pending, secret)
    try:
        _probe(db, new_key, keys.vault_id)
        _write_keyfile(folder, keys.promote_pending())
        # the rekeyed pages may still sit in the WAL over old-key pages in the main file, where
        # cipher_integrity_check (which reads the file) would report every one of them
        checkpoint(db, new_key)
    except BaseException:
        keyfile.wipe(new_key)
        raise
    keyfile.wipe(old_key)
    return new_key, "finished"


class Vault:
    """An open (or locked) vault. Build with ``create``, ``open`` or ``open_with_recovery_key``."""

    def __init__(self, path: Path, vault_id: str, key: bytearray, engine: Engine) -> None:
        self._path = path
        self._vault_id = vault_id
        self._key: bytearray | None = key
        self._engine: Engine | None = engine
        self._sessions: sessionmaker[Session] | None = sessionmaker(
            bind=engine, expire_on_commit=False
        )
        self._state = threading.RLock()
        self._settled: str | None = None

    def __repr__(self) -> str:
        state = "locked" if self.is_locked else "open"
        return f"<Vault {self._path.name} {state}>"

    # ------------------------------------------------------------------------------ properties

    @property
    def path(self) -> Path:
        """The ``.forumkit`` folder."""
        return self._path

    @property
    def name(self) -> str:
        """The folder name without the ``.forumkit`` suffix."""
        return self._path.name[: -len(SUFFIX)]

    @property
    def vault_id(self) -> str:
        """The vault's random id (hex), equal in ``keys.json`` and ``vault_meta``."""
        return self._vault_id

    @property
    def is_locked(self) -> bool:
        """True after ``lock()``."""
        return self._engine is None

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine; VaultLocked once locked."""
        engine = self._engine
        if engine is None:
            raise VaultLocked()
        return engine

    @property
    def db_path(self) -> Path:
        """``vault.db`` inside the folder."""
        return self._path / DB_NAME

    @property
    def settled_rotation(self) -> str | None:
        """How ``open`` settled a data-key rotation that was interrupted, else None.

        ``"finished"``: the database had switched to the new key, so the key file now holds the
        new slots (a recovery key generated by the interrupted rotation was never shown: the UI
        should offer ``add_recovery_key``). ``"rolled-back"``: the database still had the old key.
        """
        return self._settled

    # -------------------------------------------------------------------------------- create

    @classmethod
    def create(cls, path: str | os.PathLike[str], passphrase: str, *,
               kdf: KdfProfile = PRODUCTION_KDF) -> Vault:
        """Make a new vault folder and return it open."""
        secret = keyfile.passphrase_secret(passphrase)
        kdf.validate()
        folder = with_suffix(path)
        if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
            raise VaultExists()
        made_folder = not folder.exists()
        vault_id = uuid.uuid4().hex
        data_key = keyfile.random_key()
        engine: Engine | None = None
        try:
            with private_umask():
                folder.mkdir(mode=0o700, parents=False, exist_ok=not made_folder)
                (folder / BACKUP_DIR).mkdir(mode=0o700)
                engine = make_engine(folder / DB_NAME, data_key, create=True)
                with engine.connect() as conn, conn.begin():
                    runner.upgrade(conn)
                    now = datetime.now(UTC).isoformat(timespec="seconds")
                    conn.execute(
                        insert(VaultMeta),
                        [
                            {"key": VAULT_ID_KEY, "value": vault_id},
                            {"key": CREATED_AT_KEY, "value": now},
                        ],
                    )
                slot = keyfile.wrap(vault_id, keyfile.PASSPHRASE_SLOT, secret, data_key, kdf)
                keyfile.write(folder, keyfile.KeyFile(vault_id=vault_id, slots=(slot,)))
                tighten_permissions(folder)
        except BaseException as error:
            if engine is not None:
                engine.dispose()
            keyfile.wipe(data_key)
            if made_folder:
                shutil.rmtree(folder, ignore_errors=True)
            else:
                for entry in folder.iterdir():
                    if entry.is_dir():
                        shutil.rmtree(entry, ignore_errors=True)
                    else:
                        entry.unlink(missing_ok=True)
            if isinstance(error, exc.DBAPIError):
                raise (_translate(error) or StorageError()) from error
            if isinstance(error, OSError):
                raise StorageError() from error
            raise
        return cls(folder, vault_id, data_key, engine)

    # ---------------------------------------------------------------------------------- open

    @classmethod
    def open(cls, path: str | os.PathLike[str], passphrase: str) -> Vault:
        """Unlock an existing vault with its passphrase."""
        secret = keyfile.passphrase_secret(passphrase)
        return cls._open(path, keyfile.PASSPHRASE_SLOT, secret)

    @classmethod
    def open_with_recovery_key(cls, path: str | os.PathLike[str], recovery_key: str) -> Vault:
        """Unlock an existing vault with the recovery key printed by ``add_recovery_key``."""
        secret = keyfile.recovery_secret(recovery_key)
        return cls._open(path, keyfile.RECOVERY_SLOT, secret)

    @staticmethod
    def normalise_recovery_key(text: str) -> str:
        """The recovery key without separators, upper case (InvalidInput if it cannot be one)."""
        return keyfile.normalise_recovery_key(text)

    @classmethod
    def _open(cls, path: str | os.PathLike[str], slot_name: str, secret: bytes) -> Vault:
        folder = with_suffix(path)
        if not folder.is_dir():
            raise VaultNotFound()
        has_keys = (folder / keyfile.KEYFILE_NAME).exists()
        if not has_keys and not (folder / DB_NAME).exists():
            raise NotAVault()
        keyfile.remove_stale_temporaries(folder)
        keys = keyfile.read(folder)
        slot = keys.slot(slot_name)
        if slot is None:
            raise WrongPassphrase()
        data_key = keyfile.unwrap(keys.vault_id, slot, secret)
        engine: Engine | None = None
        settled: str | None = None
        try:
            if keys.pending:
                data_key, settled = _settle_rotation(folder, keys, slot_name, secret, data_key)
            revision = _probe(folder / DB_NAME, data_key, keys.vault_id)
            if not runner.is_known_revision(revision):
                raise VaultTooNew()
            engine = make_engine(folder / DB_NAME, data_key)
            with engine.connect():
                pass  # the first read-write connection fails here rather than on first use
            vault = cls(folder, keys.vault_id, data_key, engine)
            vault._settled = settled
            if revision != runner.head_revision():
                vault.backup("before-migration")
                with engine.connect() as conn:
                    runner.upgrade(conn)
            tighten_permissions(folder)
            return vault
        except BaseException as error:
            if engine is not None:
                engine.dispose()
            keyfile.wipe(data_key)
            if isinstance(error, exc.DBAPIError):
                raise (_translate(error) or VaultDamaged()) from error
            raise

    # ------------------------------------------------------------------------------ sessions

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One Session: commit on success, roll back and re-raise on error."""
        with self._state:
            sessions = self._sessions
            if sessions is None:
                raise VaultLocked()
            session = sessions()
        try:
            yield session
            session.commit()
        except exc.DBAPIError as error:
            session.rollback()
            typed = _translate(error)
            if typed is None:
                raise
            raise typed from error
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def lock(self) -> None:
        """Dispose the engine, wipe the data key and forget both; idempotent."""
        with self._state:
            engine, self._engine = self._engine, None
            self._sessions = None
            key, self._key = self._key, None
            if key is not None:
                # wiping in place also disarms the engine's creator, which holds this bytearray
                key[:] = bytes(len(key))
            if engine is not None:
                engine.dispose()

    def _require_key(self) -> bytearray:
        key = self._key
        if key is None:
            raise VaultLocked()
        return key

    # ---------------------------------------------------------------------------------- keys

    def change_passphrase(self, old: str, new: str) -> None:
        """Rewrite the passphrase slot for ``new`` after proving ``old``; the DB is untouched."""
        old_secret = keyfile.passphrase_secret(old)
        new_secret = keyfile.passphrase_secret(new)
        with self._state:
            key = self._require_key()
            keys = self._read_keys()
            slot = keys.slot(keyfile.PASSPHRASE_SLOT)
            if slot is None:
                raise KeyFileDamaged()
            _prove(keys, slot, old_secret, key)
            fresh = keyfile.wrap(
                keys.vault_id, keyfile.PASSPHRASE_SLOT, new_secret, key, slot.profile
            )
            self._write_keys(keys.with_slot(fresh))

    def change_passphrase_with_recovery_key(self, recovery_key: str, new: str) -> None:
        """Set a new passphrase after proving the recovery key (the forgotten-passphrase path).

        Usually called on a vault opened with ``open_with_recovery_key``. Like
        ``change_passphrase`` it rewrites only the passphrase slot (atomically); the recovery key
        keeps working and the database is untouched. WrongPassphrase when the recovery key is
        wrong or the vault has none.
        """
        recovery = keyfile.recovery_secret(recovery_key)
        new_secret = keyfile.passphrase_secret(new)
        with self._state:
            key = self._require_key()
            keys = self._read_keys()
            recovery_slot = keys.slot(keyfile.RECOVERY_SLOT)
            if recovery_slot is None:
                raise WrongPassphrase()
            _prove(keys, recovery_slot, recovery, key)
            passphrase_slot = keys.slot(keyfile.PASSPHRASE_SLOT)
            profile = passphrase_slot.profile if passphrase_slot else recovery_slot.profile
            fresh = keyfile.wrap(keys.vault_id, keyfile.PASSPHRASE_SLOT, new_secret, key, profile)
            self._write_keys(keys.with_slot(fresh))

    def rotate_data_key(self, passphrase: str, *, recovery_key: str | None = None) -> str | None:
        """Re-encrypt the database under a new random data key (SECURITY.md K-8).

        Proves ``passphrase`` (and ``recovery_key`` when given), makes a backup, then: (1) the key
        file gets "pending" slots wrapping the new key next to the current ones (atomic
        rewrite); (2) SQLCipher rekeys every page in one transaction and the WAL is checkpointed;
        (3) the key file keeps only the new slots. A crash anywhere leaves a vault that ``open``
        settles to whichever key the database confirms. When the vault has a recovery slot and
        no ``recovery_key`` is given, a new recovery key is made and returned (show it once; the
        old one stops working); otherwise returns None. Run it with no unit of work open: the
        engine's connections are closed and reopened with the new key. Backups made before the
        rotation stay under the old key.
        """
        secret = keyfile.passphrase_secret(passphrase)
        recovery = keyfile.recovery_secret(recovery_key) if recovery_key is not None else None
        with self._state:
            key = self._require_key()
            engine = self.engine
            keys = self._read_keys()
            if keys.pending:
                # left by a rotation in this process that failed with an error after step 1;
                # this engine still reads the database with ``key``, so it never switched
                keys = keys.without_pending()
            slot = keys.slot(keyfile.PASSPHRASE_SLOT)
            if slot is None:
                raise KeyFileDamaged()
            _prove(keys, slot, secret, key)
            recovery_slot = keys.slot(keyfile.RECOVERY_SLOT)
            if recovery is not None:
                if recovery_slot is None:
                    raise WrongPassphrase()
                _prove(keys, recovery_slot, recovery, key)
            self.backup("before-key-rotation")
            new_key = keyfile.random_key()
            try:
                pending = [
                    keyfile.wrap(keys.vault_id, keyfile.PASSPHRASE_SLOT, secret, new_key,
                                 slot.profile)
                ]
                shown: str | None = None
                if recovery_slot is not None:
                    if recovery is None:
                        recovery, shown = keyfile.new_recovery_key()
                    pending.append(
                        keyfile.wrap(keys.vault_id, keyfile.RECOVERY_SLOT, recovery, new_key,
                                     recovery_slot.profile)
                    )
                staged = keys.with_pending(pending)
                self._write_keys(staged)
                engine.dispose()
                try:
                    rekey(self.db_path, key, new_key)
                except BaseException as error:
                    self._after_failed_rekey(staged, key, new_key)
                    if isinstance(error, sqlcipher.Error):
                        if _sqlite_code(error) == _SQLITE_BUSY:
                            raise Conflict(_BUSY_MESSAGE) from None
                        raise (_translate(error) or StorageError()) from None
                    raise
                self._write_keys(staged.promote_pending())
                self._rekey_backups(key, new_key)
                # the engine's creator holds ``key``: from here on it connects with the new key
                key[:] = new_key
            finally:
                keyfile.wipe(new_key)
            return shown

    def _rekey_backups(self, old: bytearray, new: bytearray) -> None:
        """Re-encrypt the backups too: they are copies under the data key, so once the old key is
        gone they could never be opened again. One that cannot be re-encrypted is removed, since
        nothing could read it any more (a failed rekey leaves it under the old key, which is gone;
        the database itself is already under the new key)."""
        for path in list_backups(self.path):
            try:
                rekey(path, old, new, pragmas=False)
            except Exception:  # noqa: BLE001 - any failure leaves an unreadable copy
                path.unlink(missing_ok=True)
            for suffix in ("-wal", "-shm", "-journal"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)

    def _after_failed_rekey(self, staged: keyfile.KeyFile, key: bytearray,
                            new_key: bytearray) -> None:
        """After an error in the rekey step, make the key file agree with the database."""
        for candidate, settled in ((key, staged.without_pending()), (new_key, None)):
            try:
                _probe(self.db_path, candidate, self._vault_id)
            except Exception:  # noqa: BLE001 - the caller re-raises the original error
                continue
            try:
                self._write_keys(settled or staged.promote_pending())
            except Exception:  # noqa: BLE001 - next open settles from the pending slots
                return
            if candidate is new_key:
                key[:] = new_key
            return

    def _read_keys(self) -> keyfile.KeyFile:
        keys = keyfile.read(self._path)
        if keys.vault_id != self._vault_id:
            raise KeyFileDamaged()
        return keys

    def add_recovery_key(self) -> str:
        """Create (or replace) the recovery slot; return the key text, shown to the user once."""
        key = self._require_key()
        keys = self._read_keys()
        passphrase_slot = keys.slot(keyfile.PASSPHRASE_SLOT)
        profile = passphrase_slot.profile if passphrase_slot else PRODUCTION_KDF
        raw, text = keyfile.new_recovery_key()
        slot = keyfile.wrap(keys.vault_id, keyfile.RECOVERY_SLOT, raw, key, profile)
        self._write_keys(keys.with_slot(slot))
        return text

    def _write_keys(self, keys: keyfile.KeyFile) -> None:
        _write_keyfile(self._path, keys)

    # --------------------------------------------------------------------------- maintenance

    def check(self) -> IntegrityReport:
        """Run SQLite's integrity_check and SQLCipher's cipher_integrity_check."""
        key = self._require_key()
        try:
            # its own connection, closed afterwards: the check reads every page, and a failed
            # page read leaves a connection in an error state (engine.SCAN_CACHE_KIB)
            with scan_connection(self.db_path, key) as raw:
                problems = _integrity_problems(raw)
        except sqlcipher.Error as error:
            # the pragmas' own errors are problems found; this is the schema unreadable
            problems = [f"the database could not be opened (SQLite error {_sqlite_code(error)})"]
        return IntegrityReport(ok=not problems, problems=tuple(problems))

    def backup(self, reason: str, *, transient: bool = False) -> Path:
        """An encrypted copy of the database in ``backups/``; returns its path. A ``transient``
        copy is the caller's to remove and does not count toward the backups kept."""
        key = self._require_key()
        try:
            # its own connection with a small cache: the copy reads every page once, and
            # through a pooled connection those pages stayed in memory (engine.SCAN_CACHE_KIB)
            with scan_connection(self.db_path, key) as source:
                return make_backup(source, self._path, key, reason, rotate_after=not transient)
        except sqlcipher.Error as error:
            raise (_translate(error) or StorageError()) from error
