"""The vault's key file (``keys.json``): keyslots that wrap the data key.

Owns the on-disk format v1, strict parsing (anything unexpected is ``KeyFileDamaged``, a higher
format is ``VaultTooNew``), wrapping and unwrapping the 32-byte data key with AES-256-GCM under an
Argon2id-derived key, the atomic rewrite (temporary file, fsync, rename, fsync of the folder) and
the printable recovery key. The GCM associated data binds the vault id, the format version, the
slot name and the KDF parameters and salt, so editing any of them makes the slot fail to open.
During a data-key rotation the file also holds ``pending`` slots: the same slot names wrapping the
new key, kept until the database confirms which key opens it (SECURITY.md K-8). Keys are handled
as bytearrays; the few immutable copies the libraries hand back are scrubbed (best effort, U-2).
"""

from __future__ import annotations

import base64
import binascii
import ctypes
import hmac
import json
import os
import re
import secrets
import sys
from dataclasses import dataclass, replace
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from forum_kit.errors import InvalidInput, KeyFileDamaged, VaultTooNew, WrongPassphrase
from forum_kit.i18n import _
from forum_kit.vault.kdf import (
    KEY_LENGTH,
    MAX_ITERATIONS,
    MAX_LANES,
    MAX_MEMORY_KIB,
    SALT_LENGTH,
    KdfProfile,
    derive_key,
    normalise_passphrase,
)

FORMAT_VERSION = 1
KEYFILE_NAME = "keys.json"
PASSPHRASE_SLOT = "passphrase"
RECOVERY_SLOT = "recovery"
NONCE_LENGTH = 12
WRAPPED_LENGTH = KEY_LENGTH + 16
RECOVERY_KEY_BYTES = 20

_TOP_FIELDS = frozenset({"format", "vault_id", "slots"})
_OPTIONAL_TOP_FIELDS = frozenset({"pending"})
_SLOT_FIELDS = frozenset({"name", "kdf", "m", "t", "p", "salt", "nonce", "wrapped"})
_SLOT_NAMES = (PASSPHRASE_SLOT, RECOVERY_SLOT)
_VAULT_ID_RE = re.compile(r"^[0-9a-f]{32}$")
_BASE32_RE = re.compile(r"^[A-Z2-7]{32}$")


@dataclass(frozen=True, slots=True)
class Slot:
    """One keyslot as stored: KDF parameters, salt, nonce and the wrapped data key."""

    name: str
    profile: KdfProfile
    salt: bytes
    nonce: bytes
    wrapped: bytes


@dataclass(frozen=True, slots=True)
class KeyFile:
    """The parsed key file; ``pending`` is non-empty only while a data-key rotation is open."""

    vault_id: str
    slots: tuple[Slot, ...]
    pending: tuple[Slot, ...] = ()

    def slot(self, name: str) -> Slot | None:
        """The slot with that name, or None."""
        return _find(self.slots, name)

    def pending_slot(self, name: str) -> Slot | None:
        """The pending slot (wrapping the rotation's new key) with that name, or None."""
        return _find(self.pending, name)

    def with_slot(self, new: Slot) -> KeyFile:
        """A copy with ``new`` replacing any slot of the same name (passphrase slot first)."""
        others = [s for s in self.slots if s.name != new.name]
        return replace(self, slots=_ordered([*others, new]))

    def with_pending(self, pending: list[Slot] | tuple[Slot, ...]) -> KeyFile:
        """A copy whose pending slots are ``pending`` (step 1 of a rotation)."""
        return replace(self, pending=_ordered(pending))

    def without_pending(self) -> KeyFile:
        """A copy that forgets the pending slots (the rotation did not reach the database)."""
        return replace(self, pending=())

    def promote_pending(self) -> KeyFile:
        """A copy whose slots are the pending ones (the database now opens with the new key)."""
        if not self.pending:
            raise KeyFileDamaged()
        return replace(self, slots=self.pending, pending=())


def _find(slots: tuple[Slot, ...], name: str) -> Slot | None:
    for slot in slots:
        if slot.name == name:
            return slot
    return None


def _ordered(slots: list[Slot] | tuple[Slot, ...]) -> tuple[Slot, ...]:
    return tuple(sorted(slots, key=lambda s: _SLOT_NAMES.index(s.name)))


# ------------------------------------------------------------------------------- key material

_BYTES_DATA_OFFSET = sys.getsizeof(b"") - 1


def scrub_bytes(data: bytes) -> None:
    """Overwrite an immutable ``bytes`` object's buffer with zeros (CPython only; best effort).

    For the few copies of a key that a library returns as ``bytes``; the caller must own the only
    reference. Elsewhere keys live in bytearrays that are wiped with ``wipe``.
    """
    if sys.implementation.name != "cpython" or type(data) is not bytes or len(data) < 2:
        return
    ctypes.memset(id(data) + _BYTES_DATA_OFFSET, 0, len(data))


def wipe(buffer: bytearray) -> None:
    """Zero a bytearray in place."""
    buffer[:] = bytes(len(buffer))


def random_key() -> bytearray:
    """A new random 256-bit data key as a bytearray (the ``bytes`` it came from is scrubbed)."""
    raw = os.urandom(KEY_LENGTH)
    key = bytearray(raw)
    scrub_bytes(raw)
    del raw
    return key


def _associated_data(vault_id: str, name: str, profile: KdfProfile, salt: bytes) -> bytes:
    header = {
        "format": FORMAT_VERSION,
        "vault_id": vault_id,
        "slot": name,
        "kdf": "argon2id",
        "m": profile.memory_kib,
        "t": profile.iterations,
        "p": profile.lanes,
        "salt": base64.b64encode(salt).decode("ascii"),
    }
    return json.dumps(header, sort_keys=True, separators=(",", ":")).encode("ascii")


def wrap(vault_id: str, name: str, secret: bytes, data_key: bytes | bytearray,
         profile: KdfProfile) -> Slot:
    """Wrap the data key under ``secret`` with a fresh salt and nonce."""
    salt = secrets.token_bytes(SALT_LENGTH)
    nonce = secrets.token_bytes(NONCE_LENGTH)
    kek = derive_key(secret, salt, profile)
    # the bytearray goes to AES-GCM as a buffer: no immutable copy of the data key is made
    wrapped = AESGCM(kek).encrypt(
        nonce, data_key, _associated_data(vault_id, name, profile, salt)
    )
    scrub_bytes(kek)
    return Slot(name=name, profile=profile, salt=salt, nonce=nonce, wrapped=wrapped)


def unwrap(vault_id: str, slot: Slot, secret: bytes) -> bytearray:
    """Return the data key, or raise WrongPassphrase when the secret (or the slot) is wrong."""
    kek = derive_key(secret, slot.salt, slot.profile)
    key = bytearray(KEY_LENGTH)
    try:
        # decrypt_into writes straight into the bytearray; decrypt() would return bytes
        written = AESGCM(kek).decrypt_into(
            slot.nonce,
            slot.wrapped,
            _associated_data(vault_id, slot.name, slot.profile, slot.salt),
            key,
        )
    except InvalidTag:
        raise WrongPassphrase() from None
    finally:
        scrub_bytes(kek)
    if written != KEY_LENGTH:
        wipe(key)
        raise KeyFileDamaged()
    return key


def passphrase_secret(passphrase: str) -> bytes:
    """The bytes the KDF gets for a passphrase."""
    return normalise_passphrase(passphrase)


def new_recovery_key() -> tuple[bytes, str]:
    """A random 160-bit recovery key and its printable form (base32 in groups of four)."""
    raw = secrets.token_bytes(RECOVERY_KEY_BYTES)
    text = base64.b32encode(raw).decode("ascii")
    return raw, "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def normalise_recovery_key(text: str) -> str:
    """Upper-case the key and drop spaces and dashes; InvalidInput when it cannot be a key."""
    if not isinstance(text, str):
        raise InvalidInput(_("The recovery key must be text."))
    cleaned = re.sub(r"[\s\-_.]+", "", text).upper()
    if not _BASE32_RE.match(cleaned):
        raise InvalidInput(
            _("A recovery key has 32 letters and digits (2-7), usually in groups of four.")
        )
    return cleaned


def recovery_secret(text: str) -> bytes:
    """The bytes the KDF gets for a recovery key typed in any case or grouping."""
    return base64.b32decode(normalise_recovery_key(text))


def keys_equal(a: bytes | bytearray, b: bytes | bytearray) -> bool:
    """Constant-time comparison of two keys (no copies: compare_digest takes buffers)."""
    return hmac.compare_digest(a, b)


# ---------------------------------------------------------------------------- reading and writing


def _b64(value: object, length: int) -> bytes:
    if not isinstance(value, str):
        raise KeyFileDamaged()
    try:
        raw = base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise KeyFileDamaged() from None
    if len(raw) != length:
        raise KeyFileDamaged()
    return raw


def _int(value: object, low: int, high: int) -> int:
    if type(value) is not int or not low <= value <= high:
        raise KeyFileDamaged()
    return value


def _parse_slot(raw: object) -> Slot:
    if not isinstance(raw, dict) or set(raw) != _SLOT_FIELDS:
        raise KeyFileDamaged()
    if raw["name"] not in _SLOT_NAMES or raw["kdf"] != "argon2id":
        raise KeyFileDamaged()
    lanes = _int(raw["p"], 1, MAX_LANES)
    profile = KdfProfile(
        memory_kib=_int(raw["m"], 8 * lanes, MAX_MEMORY_KIB),
        iterations=_int(raw["t"], 1, MAX_ITERATIONS),
        lanes=lanes,
    )
    return Slot(
        name=raw["name"],
        profile=profile,
        salt=_b64(raw["salt"], SALT_LENGTH),
        nonce=_b64(raw["nonce"], NONCE_LENGTH),
        wrapped=_b64(raw["wrapped"], WRAPPED_LENGTH),
    )


def parse(data: bytes) -> KeyFile:
    """Parse key-file bytes strictly."""
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise KeyFileDamaged() from None
    if not isinstance(doc, dict):
        raise KeyFileDamaged()
    fmt = doc.get("format")
    if type(fmt) is int and fmt > FORMAT_VERSION:
        raise VaultTooNew()
    fields = set(doc)
    if fmt != FORMAT_VERSION or type(fmt) is not int or not _TOP_FIELDS <= fields:
        raise KeyFileDamaged()
    if fields - _TOP_FIELDS - _OPTIONAL_TOP_FIELDS:
        raise KeyFileDamaged()
    vault_id = doc["vault_id"]
    if not isinstance(vault_id, str) or not _VAULT_ID_RE.match(vault_id):
        raise KeyFileDamaged()
    slots = _parse_slot_list(doc["slots"])
    pending = _parse_slot_list(doc["pending"]) if "pending" in doc else ()
    return KeyFile(vault_id=vault_id, slots=slots, pending=pending)


def _parse_slot_list(raw: object) -> tuple[Slot, ...]:
    if not isinstance(raw, list) or not 1 <= len(raw) <= len(_SLOT_NAMES):
        raise KeyFileDamaged()
    slots = tuple(_parse_slot(s) for s in raw)
    names = [s.name for s in slots]
    if len(set(names)) != len(names) or PASSPHRASE_SLOT not in names:
        raise KeyFileDamaged()
    return slots


def _slot_doc(s: Slot) -> dict[str, object]:
    return {
        "name": s.name,
        "kdf": "argon2id",
        "m": s.profile.memory_kib,
        "t": s.profile.iterations,
        "p": s.profile.lanes,
        "salt": base64.b64encode(s.salt).decode("ascii"),
        "nonce": base64.b64encode(s.nonce).decode("ascii"),
        "wrapped": base64.b64encode(s.wrapped).decode("ascii"),
    }


def serialise(keyfile: KeyFile) -> bytes:
    """Key-file bytes for ``keyfile``."""
    doc: dict[str, object] = {
        "format": FORMAT_VERSION,
        "vault_id": keyfile.vault_id,
        "slots": [_slot_doc(s) for s in keyfile.slots],
    }
    if keyfile.pending:
        doc["pending"] = [_slot_doc(s) for s in keyfile.pending]
    return (json.dumps(doc, indent=2) + "\n").encode("ascii")


def read(folder: Path) -> KeyFile:
    """Read and parse ``folder/keys.json``."""
    try:
        data = (folder / KEYFILE_NAME).read_bytes()
    except FileNotFoundError:
        raise KeyFileDamaged() from None
    except OSError:
        raise KeyFileDamaged() from None
    return parse(data)


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (no-op where directories cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_atomic(folder: Path, name: str, data: bytes) -> None:
    """Replace ``folder/name`` with ``data`` so a crash leaves either the old or the new file."""
    tmp = folder / f"{name}.{secrets.token_hex(6)}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        tmp.unlink(missing_ok=True)
        raise
    os.close(fd)
    os.chmod(tmp, 0o600)
    os.replace(tmp, folder / name)
    fsync_dir(folder)


def write(folder: Path, keyfile: KeyFile) -> None:
    """Atomically write ``keyfile`` to ``folder/keys.json``."""
    write_atomic(folder, KEYFILE_NAME, serialise(keyfile))


def remove_stale_temporaries(folder: Path) -> int:
    """Delete ``*.tmp`` files an interrupted write left behind (never parsed); return how many."""
    removed = 0
    for directory in (folder, folder / "backups"):
        if not directory.is_dir():
            continue
        for tmp in directory.glob("*.tmp"):
            try:
                tmp.unlink()
                removed += 1
            except OSError:
                pass
    return removed
