"""Whole-vault backup files: one encrypted, authenticated file holding a vault's key slots and
database, its restore into a new vault folder, and scheduled rotating backups.

Owns the ``.fkbackup`` format v1: magic, a length-prefixed JSON header (format, vault id, created
time, HKDF salt, chunk size, database size and the vault's ``keys.json``, which is safe in the
clear because its slots are Argon2id-wrapped) with a SHA-256 of everything before it, then the
database snapshot encrypted with AES-256-GCM in 1 MiB chunks. The chunk key is HKDF-SHA256 of
the vault's data key with the header's random salt; each nonce holds the chunk number and a
final-chunk flag and each chunk's associated data is the header hash, so reordering, truncating,
appending or flipping any byte is detected. Writing is atomic (temporary file, fsync, rename)
and verified by reading back and running ``PRAGMA integrity_check`` on a private working copy
in the staging area (``forum_kit.staging``, swept at the next start if the process dies).
Restoring unlocks the slots inside the file with the passphrase, verifies every chunk before
anything is written, and refuses an existing target folder. Every step streams one chunk at a
time, so memory does not grow with the vault.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import re
import secrets
import shutil
import struct
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import chain
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from forum_kit import staging
from forum_kit.errors import (
    InvalidInput,
    StorageError,
    VaultDamaged,
    VaultExists,
    VaultLocked,
)
from forum_kit.i18n import N_, _
from forum_kit.vault import keyfile
from forum_kit.vault.engine import PLAINTEXT_HEADER, connect_keyed
from forum_kit.vault.files import DB_NAME, private_umask, tighten_permissions, with_suffix

MAGIC = b"FKVBAK\x00\x01"
FORMAT_VERSION = 1
SUFFIX = ".fkbackup"
CHUNK_SIZE = 1024 * 1024
SALT_LENGTH = 16
AUTO_PREFIX = "auto-"
MAX_HEADER = 64 * 1024
_HKDF_INFO = b"forum-kit whole-vault backup v1"
_LEN = struct.Struct(">I")
_HEADER_FIELDS = frozenset(
    {"format", "vault_id", "created", "salt", "chunk_size", "db_size", "keys"}
)
_AUTO_RE = re.compile(r"^auto-(\d{8}T\d{6}Z)\.fkbackup$")


DAMAGED_VAULT = (
    "The vault's database is damaged, so no backup was written (it would carry the damage); the "
    "backups you already have are untouched. The integrity check (forum-kit check) lists what is "
    "damaged; restore from your latest good backup."
)


class BackupDamaged(VaultDamaged):
    """A backup file failed its checks (damaged, truncated or altered); nothing was written."""

    default_message = (
        N_("The backup file is damaged or was altered; nothing was written. Use another backup "
           "copy.")
    )


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """A written (and verified) backup file."""

    path: Path
    vault_id: str
    created: datetime
    size: int
    db_size: int


@dataclass(frozen=True, slots=True)
class _Parsed:
    header: dict[str, object]
    header_hash: bytes
    keys: keyfile.KeyFile
    body_offset: int


def _backup_key(data_key: bytes | bytearray | memoryview, salt: bytes) -> bytes:
    # HKDF reads the buffer itself: an immutable bytes copy of the data key could not be wiped
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=_HKDF_INFO).derive(
        data_key
    )


def _nonce(index: int, final: bool) -> bytes:
    return index.to_bytes(11, "big") + (b"\x01" if final else b"\x00")


def _header(
    *, vault_id: str, created: datetime, keys_bytes: bytes, db_size: int, salt: bytes
) -> tuple[bytes, bytes]:
    """The file's prefix (magic, length, JSON header) and its SHA-256."""
    header = {
        "format": FORMAT_VERSION,
        "vault_id": vault_id,
        "created": created.astimezone(UTC).isoformat(timespec="seconds"),
        "salt": base64.b64encode(salt).decode("ascii"),
        "chunk_size": CHUNK_SIZE,
        "db_size": db_size,
        "keys": keys_bytes.decode("ascii"),
    }
    header_bytes = json.dumps(header, sort_keys=True, separators=(",", ":")).encode("ascii")
    prefix = MAGIC + _LEN.pack(len(header_bytes)) + header_bytes
    return prefix, hashlib.sha256(prefix).digest()


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _parse_header(data: bytes) -> _Parsed:
    """Check the magic, the header's hash and its fields; BackupDamaged on any mismatch."""
    if len(data) < len(MAGIC) + 4 or data[: len(MAGIC)] != MAGIC:
        raise BackupDamaged()
    (length,) = _LEN.unpack_from(data, len(MAGIC))
    end = len(MAGIC) + 4 + length
    if length > MAX_HEADER or len(data) < end + 32:
        raise BackupDamaged()
    header_hash = hashlib.sha256(data[:end]).digest()
    if not secrets.compare_digest(header_hash, data[end : end + 32]):
        raise BackupDamaged()
    try:
        header = json.loads(data[len(MAGIC) + 4 : end].decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        raise BackupDamaged() from None
    if not isinstance(header, dict) or set(header) != _HEADER_FIELDS:
        raise BackupDamaged()
    if header["format"] != FORMAT_VERSION or header["chunk_size"] != CHUNK_SIZE:
        raise BackupDamaged()
    if not isinstance(header["db_size"], int) or header["db_size"] < 0:
        raise BackupDamaged()
    if not isinstance(header["keys"], str) or not isinstance(header["salt"], str):
        raise BackupDamaged()
    keys = keyfile.parse(header["keys"].encode("ascii", errors="replace"))
    if keys.vault_id != header["vault_id"]:
        raise BackupDamaged()
    return _Parsed(header=header, header_hash=header_hash, keys=keys, body_offset=end + 32)


def _read_header(fh: BinaryIO) -> _Parsed:
    """The header at the start of an open backup file; leaves ``fh`` at the first chunk."""
    start = fh.read(len(MAGIC) + 4)
    if len(start) < len(MAGIC) + 4 or start[: len(MAGIC)] != MAGIC:
        raise BackupDamaged()
    (length,) = _LEN.unpack_from(start, len(MAGIC))
    if length > MAX_HEADER:
        raise BackupDamaged()
    return _parse_header(start + fh.read(length + 32))


def _chunks(fh: BinaryIO, parsed: _Parsed, data_key: bytearray) -> Iterator[bytes]:
    """The database, one decrypted and checked chunk at a time (order, final flag, size, nothing
    appended); BackupDamaged as soon as a check fails, the last checks after the last chunk.
    One chunk in memory at a time: a 900 MiB vault took ~5 GB when the file was read whole."""
    try:
        salt = base64.b64decode(str(parsed.header["salt"]), validate=True)
    except ValueError:
        raise BackupDamaged() from None
    if len(salt) != SALT_LENGTH:
        raise BackupDamaged()
    aead = AESGCM(_backup_key(data_key, salt))
    db_size = int(parsed.header["db_size"])  # type: ignore[call-overload]
    count = max(1, -(-db_size // CHUNK_SIZE))
    total = 0
    for index in range(count):
        raw = fh.read(4)
        if len(raw) < 4:
            raise BackupDamaged()
        (length,) = _LEN.unpack(raw)
        if length > CHUNK_SIZE + 16:
            raise BackupDamaged()
        sealed = fh.read(length)
        if len(sealed) != length:
            raise BackupDamaged()
        try:
            plain = aead.decrypt(_nonce(index, index == count - 1), sealed, parsed.header_hash)
        except InvalidTag:
            raise BackupDamaged() from None
        if index == 0 and plain[:16] == PLAINTEXT_HEADER:
            raise BackupDamaged()
        total += len(plain)
        if total > db_size:
            raise BackupDamaged()
        yield plain
    if fh.read(1) or total != db_size:
        raise BackupDamaged()


def _check_database(path: Path, data_key: bytearray) -> None:
    """``PRAGMA integrity_check`` of the database file at ``path``, else BackupDamaged."""
    _require_key(data_key)
    try:
        conn = connect_keyed(path, data_key, mode="ro", pragmas=False)
    except Exception:  # noqa: BLE001 - any failure to open the copy means it is unusable
        _require_key(data_key)
        raise BackupDamaged() from None
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
    except Exception:  # noqa: BLE001
        raise BackupDamaged() from None
    finally:
        conn.close()
        # a read-only look at a WAL database leaves an empty -wal and an -shm beside it; a
        # restored vault must hold only what a new one holds
        for suffix in ("-shm", "-wal"):
            side = path.with_name(path.name + suffix)
            if side.exists() and (suffix == "-shm" or side.stat().st_size == 0):
                side.unlink()
    if [r[0] for r in rows] != ["ok"]:
        raise BackupDamaged()


def _database_damaged(path: Path, data_key: bytearray) -> bool:
    """Whether the database copy at ``path`` fails SQLCipher's page check or SQLite's quick
    check (read-only; nothing is written beside it)."""
    try:
        conn = connect_keyed(path, data_key, mode="ro", pragmas=False, immutable=True)
    except Exception:  # noqa: BLE001 - a copy that cannot even be opened is damaged
        return True
    try:
        pages = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        quick = conn.execute("PRAGMA quick_check").fetchall()
    except Exception:  # noqa: BLE001
        return True
    finally:
        conn.close()
    return bool(pages) or [r[0] for r in quick] != ["ok"]


def _require_key(data_key: bytearray) -> None:
    """VaultLocked when the vault was locked meanwhile (lock wipes the key in place): a backup
    cut short that way is not a damaged file, and the person should hear why."""
    if not any(data_key):
        raise VaultLocked(
            _("The vault was locked during the backup; nothing was written. Unlock it and back up "
            "again.")
        )


def _sealed(source: BinaryIO, aead: AESGCM, db_size: int, header_hash: bytes) -> Iterator[bytes]:
    """The database read from ``source`` as the file's chunks: length, then the sealed bytes."""
    count = max(1, -(-db_size // CHUNK_SIZE))
    for index in range(count):
        sealed = aead.encrypt(_nonce(index, index == count - 1), source.read(CHUNK_SIZE),
                              header_hash)
        yield _LEN.pack(len(sealed)) + sealed
    if source.read(1):
        raise StorageError(_("The vault changed while it was being backed up; retry."))


def _write_chunks(path: Path, chunks: Iterable[bytes]) -> None:
    """Write ``chunks`` to a new private file and fsync it."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        for chunk in chunks:
            _write_all(fd, chunk)
        os.fsync(fd)
    finally:
        os.close(fd)


def _data_key(vault: object) -> bytearray:
    # The vault exposes no public accessor for its data key; the backup must use it because the
    # scheduled backups run without the passphrase. See the report: a public method is requested.
    return vault._require_key()  # type: ignore[attr-defined]  # noqa: SLF001


def _inside_vault(folder: Path, vault_path: Path) -> bool:
    """Whether ``folder`` is the vault folder or below it, other than its ``backups/``. Compared
    by file identity, not by name: a case-insensitive file system (macOS) or a link can spell
    the same folder otherwise."""
    backups = vault_path / "backups"
    here = folder.resolve()
    for candidate in (here, *here.parents):
        try:
            if os.path.samefile(candidate, vault_path):
                return not (backups.exists() and os.path.samefile(here, backups))
        except OSError:
            continue
    return False


def write_backup(vault: object, dest_file: str | os.PathLike[str], *,
                 now: datetime | None = None) -> BackupInfo:
    """Write a verified whole-vault backup of the open ``vault`` to ``dest_file`` atomically."""
    dest = Path(dest_file)
    if dest.is_dir():
        raise InvalidInput(_("The backup path is a folder; choose a file name."))
    if not dest.parent.is_dir():
        raise InvalidInput(_("The backup's folder does not exist; choose another."))
    created = now or datetime.now(UTC)
    if created.tzinfo is None:
        raise InvalidInput(_("The backup time must carry a time zone."))
    vault_path = Path(vault.path)  # type: ignore[attr-defined]
    if _inside_vault(dest.parent, vault_path):
        # the vault's own files would be replaced (vault.db, keys.json): never write there
        raise InvalidInput(
            _("A backup cannot go inside the vault folder; choose a place outside it (another "
            "drive is best)."))
    data_key = _data_key(vault)
    keys_bytes = (vault_path / keyfile.KEYFILE_NAME).read_bytes()
    keys = keyfile.parse(keys_bytes)
    tmp = dest.with_name(f".{dest.name}.{secrets.token_hex(6)}.tmp")
    with contextlib.ExitStack() as working:
        # a read-only vault's folder takes nothing, not even the transient copy
        stage = (working.enter_context(staging.stage_dir())
                 if getattr(vault, "read_only", False) else None)
        # a consistent encrypted copy of the database, made by the vault's own backup, streamed
        # through in chunks and removed afterwards (and by the next start if this process dies)
        try:
            snapshot = Path(vault.backup(  # type: ignore[attr-defined]
                "whole-vault", transient=True, directory=stage))
        except VaultDamaged:
            raise VaultDamaged(DAMAGED_VAULT) from None  # a page the copy read failed its check
        if stage is None:
            working.enter_context(staging.tracked(snapshot))
        working.enter_context(staging.tracked(tmp))
        return _seal(snapshot, tmp, dest, data_key, keys, keys_bytes, created)


def _seal(snapshot: Path, tmp: Path, dest: Path, data_key: bytearray, keys: keyfile.KeyFile,
          keys_bytes: bytes, created: datetime) -> BackupInfo:
    """Encrypt ``snapshot`` into ``tmp``, verify it, rename it to ``dest``; both working files
    are removed whatever happens."""
    try:
        with private_umask(), open(snapshot, "rb") as source:
            db_size = os.fstat(source.fileno()).st_size
            salt = secrets.token_bytes(SALT_LENGTH)
            prefix, header_hash = _header(
                vault_id=keys.vault_id, created=created, keys_bytes=keys_bytes,
                db_size=db_size, salt=salt,
            )
            aead = AESGCM(_backup_key(data_key, salt))
            _write_chunks(tmp, chain((prefix + header_hash,),
                                     _sealed(source, aead, db_size, header_hash)))
            try:
                verify_backup(tmp, data_key=data_key)
            except BackupDamaged:
                _require_key(data_key)
                if _database_damaged(snapshot, data_key):
                    # SQLite's copy carries a damaged page over as it is: the vault is damaged,
                    # not the file just written
                    raise VaultDamaged(DAMAGED_VAULT) from None
                raise
            os.replace(tmp, dest)
            keyfile.fsync_dir(dest.parent)
            size = dest.stat().st_size
    except OSError as error:
        raise StorageError() from error
    finally:
        tmp.unlink(missing_ok=True)
        snapshot.unlink(missing_ok=True)
    return BackupInfo(
        path=dest, vault_id=keys.vault_id, created=created, size=size, db_size=db_size
    )


def verify_backup(path: str | os.PathLike[str], *, data_key: bytearray) -> None:
    """Read a backup back, decrypt every chunk and check the database; BackupDamaged if not ok.
    The database goes to a private working folder (it is still SQLCipher-encrypted there) for
    ``PRAGMA integrity_check``; the folder is in the staging area, so that a process killed
    meanwhile leaves nothing in the system's temp folder (forum_kit.staging)."""
    with _open(Path(path)) as fh, staging.stage_dir() as folder:
        parsed = _read_header(fh)
        copy = folder / DB_NAME
        with private_umask():
            _write_chunks(copy, _chunks(fh, parsed, data_key))
        _check_database(copy, data_key)


def read_backup_info(path: str | os.PathLike[str]) -> tuple[str, datetime]:
    """The vault id and creation time of a backup file (header checked, nothing decrypted)."""
    with _open(Path(path)) as fh:
        parsed = _read_header(fh)
    try:
        created = datetime.fromisoformat(str(parsed.header["created"]))
    except ValueError:
        raise BackupDamaged() from None
    return parsed.keys.vault_id, created


def _open(path: Path) -> BinaryIO:
    try:
        return open(path, "rb")  # noqa: SIM115 - the callers close it
    except FileNotFoundError:
        raise InvalidInput(_("The backup file does not exist; check the path.")) from None
    except IsADirectoryError:
        raise InvalidInput(_("That path is a folder; choose a backup file.")) from None
    except OSError as error:
        raise StorageError() from error


def restore_backup(
    backup_file: str | os.PathLike[str],
    new_vault_path: str | os.PathLike[str],
    passphrase: str,
) -> Path:
    """Restore a backup into a NEW vault folder and return it; the passphrase is the one the vault
    had when the backup was made. Nothing is written unless every check passes; an existing
    target (open or not) is refused with VaultExists, a wrong passphrase with WrongPassphrase."""
    target = with_suffix(new_vault_path)
    if target.exists():
        raise VaultExists(
            _("Restore goes into a new vault folder and never over an existing one; choose a "
            "name that is not in use.")
        )
    if not target.parent.is_dir():
        raise InvalidInput(_("The folder to restore into does not exist; choose another."))
    with _open(Path(backup_file)) as fh:
        _restore_from(fh, target, passphrase)
    return target


def _restore_from(fh: BinaryIO, target: Path, passphrase: str) -> None:
    parsed = _read_header(fh)
    slot = parsed.keys.slot(keyfile.PASSPHRASE_SLOT)
    if slot is None:
        raise BackupDamaged()
    data_key = keyfile.unwrap(parsed.keys.vault_id, slot, keyfile.passphrase_secret(passphrase))
    try:
        # every chunk is authenticated before anything is written, one chunk in memory at a
        # time; the second pass writes the database into a hidden staging folder
        for _chunk in _chunks(fh, parsed, data_key):
            pass
        fh.seek(parsed.body_offset)
        restoring = target.with_name(f".{target.name}.{secrets.token_hex(6)}.restoring")
        try:
            with private_umask():
                restoring.mkdir(mode=0o700)
                (restoring / "backups").mkdir(mode=0o700)
                _write_chunks(restoring / DB_NAME, _chunks(fh, parsed, data_key))
                _check_database(restoring / DB_NAME, data_key)
                keyfile.write(restoring, parsed.keys)
                tighten_permissions(restoring)
                if target.exists():
                    raise VaultExists()
                os.rename(restoring, target)
                keyfile.fsync_dir(target.parent)
        except OSError as error:
            raise StorageError() from error
        finally:
            if restoring.exists():
                shutil.rmtree(restoring, ignore_errors=True)
    finally:
        data_key[:] = bytes(len(data_key))


# ------------------------------------------------------------------------ scheduled backups


def list_auto_backups(vault_path: str | os.PathLike[str]) -> list[Path]:
    """Automatic backups in the vault's ``backups/`` folder, oldest first."""
    folder = Path(vault_path) / "backups"
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if _AUTO_RE.match(p.name))


def _stamp_of(path: Path) -> datetime:
    match = _AUTO_RE.match(path.name)
    assert match is not None
    return datetime.strptime(match.group(1), "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)


def maybe_auto_backup(
    vault: object, *, now: datetime, every_hours: int, keep: int
) -> BackupInfo | None:
    """Write a backup into ``backups/`` when the newest automatic one is ``every_hours`` old or
    more (or there is none), then keep only the newest ``keep``. ``every_hours`` 0 turns it off."""
    if isinstance(every_hours, bool) or not isinstance(every_hours, int) or every_hours < 0:
        raise InvalidInput(_("Backup interval must be a whole number of hours, 0 to turn it off."))
    if isinstance(keep, bool) or not isinstance(keep, int) or keep < 1:
        raise InvalidInput(_("Backups to keep must be a whole number, 1 or more."))
    if now.tzinfo is None:
        raise InvalidInput(_("The backup time must carry a time zone."))
    if every_hours == 0:
        return None
    vault_path = Path(vault.path)  # type: ignore[attr-defined]
    existing = list_auto_backups(vault_path)
    if existing and now - _stamp_of(existing[-1]) < timedelta(hours=every_hours):
        return None
    folder = vault_path / "backups"
    with private_umask():
        folder.mkdir(mode=0o700, exist_ok=True)
    info = write_backup(vault, folder / _auto_name(now), now=now)
    backups = list_auto_backups(vault_path)
    for old in backups[: max(0, len(backups) - keep)]:
        old.unlink(missing_ok=True)
    return info


def renew_auto_backups(vault: object, *, now: datetime) -> int:
    """After a passphrase change or a new data key: the automatic backups in ``backups/`` carry
    the old key slots (and the old data key after a rotation), so the old passphrase would still
    open them. When there are any, one new backup is written under the current slots and key,
    then every older one is removed; returns how many were removed. Should the new one fail, the
    old ones stay (a vault without any backup is worse) and the error goes to the caller."""
    if now.tzinfo is None:
        raise InvalidInput(_("The backup time must carry a time zone."))
    vault_path = Path(vault.path)  # type: ignore[attr-defined]
    old = list_auto_backups(vault_path)
    if not old:
        return 0
    fresh = write_backup(vault, vault_path / "backups" / _auto_name(now), now=now).path
    removed = 0
    try:
        for path in old:
            if path != fresh:
                path.unlink(missing_ok=True)
                removed += 1
        keyfile.fsync_dir(vault_path / "backups")
    except OSError as error:
        raise StorageError(
            _("The new backup is written, but an old one could not be removed from the vault's "
            "backups folder; delete the older auto-… files there.")) from error
    return removed


def _auto_name(now: datetime) -> str:
    return f"{AUTO_PREFIX}{now.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}{SUFFIX}"
