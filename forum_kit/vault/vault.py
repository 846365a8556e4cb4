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
    VaultReadOnly,
    VaultTooNew,
    WrongPassphrase,
)
from forum_kit.models.meta import CREATED_AT_KEY, VAULT_ID_KEY, VaultMeta
from forum_kit.vault import keyfile
from forum_kit.vault.backup import BACKUP_DIR, list_backups, make_backup
from forum_kit.vault.engine import (
    checkpoint,
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
from forum_kit.vault.guard import ConnectionGuard
from forum_kit.vault.integrity import IntegrityReport, integrity_problems
from forum_kit.vault.kdf import PRODUCTION_KDF, KdfProfile
from forum_kit.vault.migrations import runner
from forum_kit.vault.probe import (
    SQLITE_BUSY,
    is_read_only,
    probe,
    sqlite_code,
    translate,
    wal_in_use,
)

_BUSY_MESSAGE = "The vault is busy. Finish or close other work in it and try again."
_NEEDS_UPGRADE = (
    "This vault was written by an older Forum Kit and must be upgraded before it can be opened, "
    "but it is read-only (its files, its folder or the disk cannot be written). Copy the vault "
    "folder to a place you can write to and open the copy; nothing was changed."
)


def _unwrap_first(vault_id: str, slot: keyfile.Slot,
                  candidates: list[bytes]) -> tuple[bytearray, bytes]:
    """The data key from the first of ``candidates`` that opens ``slot``, and that secret (a typed
    recovery key can stand for more than one); WrongPassphrase when none does."""
    for secret in candidates:
        try:
            return keyfile.unwrap(vault_id, slot, secret), secret
        except WrongPassphrase:
            continue
    raise WrongPassphrase()


def _prove(keys: keyfile.KeyFile, slot: keyfile.Slot, candidates: list[bytes],
           key: bytearray) -> bytes:
    """The secret among ``candidates`` that opens ``slot`` (WrongPassphrase when none does);
    KeyFileDamaged if the slot holds another key."""
    proven, secret = _unwrap_first(keys.vault_id, slot, candidates)
    try:
        if not keyfile.keys_equal(proven, key):
            raise KeyFileDamaged()
    finally:
        keyfile.wipe(proven)
    return secret


def _write_keyfile(folder: Path, keys: keyfile.KeyFile) -> None:
    try:
        with private_umask():
            keyfile.write(folder, keys)
    except OSError as error:
        raise StorageError() from error


def _settle_rotation(folder: Path, keys: keyfile.KeyFile, slot_name: str, secret: bytes,
                     old_key: bytearray, *, read_only: bool) -> tuple[bytearray, str]:
    """Finish or roll back a data-key rotation a crash interrupted; return the key that opens.

    The key file holds both keys until the database has confirmed which one opens it
    (SECURITY.md K-8): the current slots (old key) are tried first, then the pending ones. A
    read-only vault is only read with the key that opens it; its key file stays as it is.
    """
    db = folder / DB_NAME
    try:
        probe(db, old_key, keys.vault_id, read_only=read_only)
    except (VaultDamaged, KeyFileDamaged):
        pass
    else:
        if not read_only:
            _write_keyfile(folder, keys.without_pending())
        return old_key, "rolled-back"
    pending = keys.pending_slot(slot_name)
    if pending is None:
        raise VaultDamaged()
    new_key = keyfile.unwrap(keys.vault_id, pending, secret)
    try:
        probe(db, new_key, keys.vault_id, read_only=read_only)
        if not read_only:
            _write_keyfile(folder, keys.promote_pending())
            # the rekeyed pages may still sit in the WAL over old-key pages in the main file,
            # where cipher_integrity_check (which reads the file) would report every one of them
            checkpoint(db, new_key)
    except BaseException:
        keyfile.wipe(new_key)
        raise
    keyfile.wipe(old_key)
    return new_key, "finished"


class Vault:
    """An open (or locked) vault. Build with ``create``, ``open`` or ``open_with_recovery_key``."""

    def __init__(self, path: Path, vault_id: str, key: bytearray, engine: Engine,
                 guard: ConnectionGuard, *, read_only: bool = False) -> None:
        self._path = path
        self._vault_id = vault_id
        self._key: bytearray | None = key
        self._engine: Engine | None = engine
        self._guard = guard
        self._read_only = read_only
        self._sessions: sessionmaker[Session] | None = sessionmaker(
            bind=engine, expire_on_commit=False
        )
        self._state = threading.RLock()
        self._settled: str | None = None

    @staticmethod
    def _make_engine(db_path: Path, key: bytearray, *, create: bool = False,
                     read_only: bool = False) -> tuple[Engine, ConnectionGuard]:
        """The engine and the guard that follows its connections (and cuts them at lock)."""
        guard = ConnectionGuard()
        engine = make_engine(db_path, key, create=create, read_only=read_only,
                             immutable=read_only and not wal_in_use(db_path),
                             on_connect=guard.add)
        guard.install(engine)
        return engine, guard

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
    def read_only(self) -> bool:
        """True when the vault could not be written and was opened for reading only: every
        change is refused with VaultReadOnly and no file of the vault is touched."""
        return self._read_only

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
                engine, guard = cls._make_engine(folder / DB_NAME, data_key, create=True)
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
                raise (translate(error) or StorageError()) from error
            if isinstance(error, OSError):
                raise StorageError() from error
            raise
        return cls(folder, vault_id, data_key, engine, guard)

    # ---------------------------------------------------------------------------------- open

    @classmethod
    def open(cls, path: str | os.PathLike[str], passphrase: str) -> Vault:
        """Unlock an existing vault with its passphrase."""
        secret = keyfile.passphrase_secret(passphrase)
        return cls._open(path, keyfile.PASSPHRASE_SLOT, [secret])

    @classmethod
    def open_with_recovery_key(cls, path: str | os.PathLike[str], recovery_key: str) -> Vault:
        """Unlock an existing vault with the recovery key printed by ``add_recovery_key`` (read
        forgivingly: case, spaces and dashes ignored, 0/O and 1/I/L alike)."""
        return cls._open(path, keyfile.RECOVERY_SLOT, keyfile.recovery_secrets(recovery_key))

    @staticmethod
    def normalise_recovery_key(text: str) -> str:
        """The recovery key without separators, upper case (InvalidInput if it cannot be one)."""
        return keyfile.normalise_recovery_key(text)

    @classmethod
    def _open(cls, path: str | os.PathLike[str], slot_name: str,
              candidates: list[bytes]) -> Vault:
        folder = with_suffix(path)
        if not folder.is_dir():
            raise VaultNotFound()
        has_keys = (folder / keyfile.KEYFILE_NAME).exists()
        if not has_keys and not (folder / DB_NAME).exists():
            raise NotAVault()
        read_only = is_read_only(folder)
        if not read_only:
            keyfile.remove_stale_temporaries(folder)
        keys = keyfile.read(folder)
        slot = keys.slot(slot_name)
        if slot is None:
            raise WrongPassphrase()
        data_key, secret = _unwrap_first(keys.vault_id, slot, candidates)
        engine: Engine | None = None
        settled: str | None = None
        try:
            if keys.pending:
                data_key, settled = _settle_rotation(folder, keys, slot_name, secret, data_key,
                                                     read_only=read_only)
            revision = probe(folder / DB_NAME, data_key, keys.vault_id, read_only=read_only)
            if not runner.is_known_revision(revision):
                raise VaultTooNew()
            if read_only and revision != runner.head_revision():
                raise VaultReadOnly(_NEEDS_UPGRADE)
            engine, guard = cls._make_engine(folder / DB_NAME, data_key, read_only=read_only)
            with engine.connect():
                pass  # the first connection fails here rather than on first use
            vault = cls(folder, keys.vault_id, data_key, engine, guard, read_only=read_only)
            vault._settled = settled
            if revision != runner.head_revision():
                vault.backup("before-migration")
                with engine.connect() as conn:
                    runner.upgrade(conn)
            if not read_only:
                tighten_permissions(folder)
            return vault
        except BaseException as error:
            if engine is not None:
                engine.dispose()
            keyfile.wipe(data_key)
            if isinstance(error, exc.DBAPIError):
                raise (translate(error, read_only=read_only) or VaultDamaged()) from error
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
            if self.is_locked:
                # the lock interrupted the statement running (or refused the next)
                raise VaultLocked() from None
            typed = translate(error, read_only=self._read_only)
            if typed is None:
                raise
            raise typed from error
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def lock(self) -> None:
        """Wipe the data key, stop the work running on the vault's connections and close them,
        and forget the engine; idempotent. Every statement or commit on this vault after the
        lock, in any thread, raises VaultLocked: the statements running are interrupted, and
        other threads' units of work get ``guard.WAIT_SECONDS`` to end before ``lock`` returns
        (a connection still in use then is closed the moment it is handed back)."""
        with self._state:
            engine, self._engine = self._engine, None
            self._sessions = None
            key, self._key = self._key, None
            if key is not None:
                # wiping in place also disarms the engine's creator, which holds this bytearray
                key[:] = bytes(len(key))
        self._guard.close()
        if engine is not None:
            engine.dispose()

    def _require_key(self) -> bytearray:
        key = self._key
        if key is None:
            raise VaultLocked()
        return key

    def _require_writable(self) -> bytearray:
        """The data key, for a change to the vault's files; VaultReadOnly on a read-only vault."""
        key = self._require_key()
        if self._read_only:
            raise VaultReadOnly()
        return key

    # ---------------------------------------------------------------------------------- keys

    def change_passphrase(self, old: str, new: str) -> None:
        """Rewrite the passphrase slot for ``new`` after proving ``old``; the DB is untouched."""
        old_secret = keyfile.passphrase_secret(old)
        new_secret = keyfile.passphrase_secret(new)
        with self._state:
            key = self._require_writable()
            keys = self._read_keys()
            slot = keys.slot(keyfile.PASSPHRASE_SLOT)
            if slot is None:
                raise KeyFileDamaged()
            _prove(keys, slot, [old_secret], key)
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
        recovery = keyfile.recovery_secrets(recovery_key)
        new_secret = keyfile.passphrase_secret(new)
        with self._state:
            key = self._require_writable()
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
        recovery_candidates = (
            keyfile.recovery_secrets(recovery_key) if recovery_key is not None else None
        )
        with self._state:
            key = self._require_writable()
            engine = self.engine
            keys = self._read_keys()
            if keys.pending:
                # left by a rotation in this process that failed with an error after step 1;
                # this engine still reads the database with ``key``, so it never switched
                keys = keys.without_pending()
            slot = keys.slot(keyfile.PASSPHRASE_SLOT)
            if slot is None:
                raise KeyFileDamaged()
            _prove(keys, slot, [secret], key)
            recovery_slot = keys.slot(keyfile.RECOVERY_SLOT)
            recovery: bytes | None = None
            if recovery_candidates is not None:
                if recovery_slot is None:
                    raise WrongPassphrase()
                recovery = _prove(keys, recovery_slot, recovery_candidates, key)
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
                        if sqlite_code(error) == SQLITE_BUSY:
                            raise Conflict(_BUSY_MESSAGE) from None
                        raise (translate(error) or StorageError()) from None
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
                probe(self.db_path, candidate, self._vault_id)
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
        key = self._require_writable()
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

    @contextmanager
    def _scan(self) -> Iterator[Any]:
        """A scan connection of its own (engine.scan_connection) that the lock interrupts and
        waits for like the engine's own connections."""
        key = self._require_key()
        mode = "ro" if self._read_only else "rw"
        immutable = self._read_only and not wal_in_use(self.db_path)
        with scan_connection(self.db_path, key, mode=mode, immutable=immutable) as raw:
            self._guard.add(raw)
            self._guard.hold(raw)
            try:
                yield raw
            finally:
                self._guard.forget(raw)

    def check(self) -> IntegrityReport:
        """Run SQLCipher's cipher_integrity_check and SQLite's integrity_check, and report the
        damage there is (integrity.integrity_problems): the damaged pages and the tables they
        leave unreadable, or the structural problems of an intact-looking file."""
        self._require_key()
        try:
            # connections of their own, closed afterwards: the check reads every page, and a
            # failed page read leaves a connection in an error state (engine.SCAN_CACHE_KIB)
            problems = integrity_problems(self._scan)
        except sqlcipher.Error as error:
            if self.is_locked:
                raise VaultLocked() from None
            # the pragmas' own errors are problems found; this is the schema unreadable
            problems = [f"the database could not be opened (SQLite error {sqlite_code(error)})"]
        if self.is_locked:
            raise VaultLocked()  # locked half-way: what was found says nothing about the file
        return IntegrityReport(ok=not problems, problems=tuple(problems))

    def backup(self, reason: str, *, transient: bool = False,
               directory: Path | None = None) -> Path:
        """An encrypted copy of the database in ``backups/`` (or in ``directory``, which only a
        transient copy may use); returns its path. A ``transient`` copy is the caller's to
        remove and does not count toward the backups kept. A read-only vault can only make
        copies elsewhere: its own folder stays untouched (VaultReadOnly)."""
        if directory is None and self._read_only:
            raise VaultReadOnly()
        key = self._require_key()
        try:
            # its own connection with a small cache: the copy reads every page once, and
            # through a pooled connection those pages stayed in memory (engine.SCAN_CACHE_KIB)
            with self._scan() as source:
                return make_backup(source, self._path, key, reason,
                                   rotate_after=not transient, directory=directory)
        except sqlcipher.Error as error:
            if self.is_locked:
                raise VaultLocked() from None
            raise (translate(error) or StorageError()) from error
