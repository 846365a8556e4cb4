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
import hashlib
import hmac
import itertools
import json
import os
import re
import secrets
import sys
from dataclasses import dataclass, replace
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from forum_kit.errors import (
    InvalidInput,
    KeyFileDamaged,
    StorageError,
    VaultTooNew,
    VaultUnreadable,
    WrongPassphrase,
)
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
RECOVERY_KEY_CHARS = 32

_TOP_FIELDS = frozenset({"format", "vault_id", "slots"})
_OPTIONAL_TOP_FIELDS = frozenset({"pending"})
_SLOT_FIELDS = frozenset({"name", "kdf", "m", "t", "p", "salt", "nonce", "wrapped"})
_SLOT_NAMES = (PASSPHRASE_SLOT, RECOVERY_SLOT)
_VAULT_ID_RE = re.compile(r"^[0-9a-f]{32}$")
# Recovery keys (printed, typed back from paper). Current keys use Crockford's base32 alphabet,
# which has no I, L, O or U, so reading ignores case, spaces and dashes and takes O as 0 and I or L
# as 1: 30 random characters (150 bits) and 2 check characters (10 bits of a SHA-256), 8 groups of
# four as before. Keys made before (RFC 4648 base32 of 20 random bytes: A-Z and 2-7, no check) are
# still read: there 0 can only mean O, and 1 means I or L, so up to _MAX_OLD_ONES of them are tried
# both ways (each try costs one key derivation).
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CROCKFORD_ALIASES = str.maketrans({"O": "0", "I": "1", "L": "1"})
_RECOVERY_DATA_CHARS = 30
_RECOVERY_CHECK = b"forum-kit recovery key v2"
_OLD_KEY_RE = re.compile(r"^[A-Z2-7]{32}$")
_MAX_OLD_ONES = 2
_SEPARATORS = re.compile(r"[\s\-_.]+")


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


def _recovery_check(data: str) -> str:
    digest = hashlib.sha256(_RECOVERY_CHECK + data.encode("ascii")).digest()
    value = int.from_bytes(digest[:2], "big") >> 6
    return _CROCKFORD[value >> 5] + _CROCKFORD[value & 31]


def new_recovery_key() -> tuple[bytes, str]:
    """A random recovery key: the secret the KDF gets, and its printable form (groups of four)."""
    data = "".join(secrets.choice(_CROCKFORD) for _i in range(_RECOVERY_DATA_CHARS))
    text = data + _recovery_check(data)
    return text.encode("ascii"), "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def _cleaned(text: str) -> str:
    if not isinstance(text, str):
        raise InvalidInput(_("The recovery key must be text."))
    return _SEPARATORS.sub("", text).upper()


def _current_form(cleaned: str) -> str | None:
    """The canonical text of a current-format key, or None when ``cleaned`` is not one."""
    text = cleaned.translate(_CROCKFORD_ALIASES)
    if len(text) != RECOVERY_KEY_CHARS or any(ch not in _CROCKFORD for ch in text):
        return None
    data, check = text[:_RECOVERY_DATA_CHARS], text[_RECOVERY_DATA_CHARS:]
    return text if hmac.compare_digest(_recovery_check(data), check) else None


def _old_forms(cleaned: str) -> list[str]:
    """The RFC 4648 base32 texts an old key typed as ``cleaned`` can be (0 read as O, each 1 as
    I or L); empty when it cannot be an old key."""
    text = cleaned.replace("0", "O")
    ones = [i for i, ch in enumerate(text) if ch == "1"]
    if len(ones) > _MAX_OLD_ONES or len(text) != RECOVERY_KEY_CHARS:
        return []
    forms = []
    for letters in itertools.product("IL", repeat=len(ones)):
        chars = list(text)
        for i, letter in zip(ones, letters, strict=True):
            chars[i] = letter
        form = "".join(chars)
        if _OLD_KEY_RE.match(form):
            forms.append(form)
    return forms


def recovery_secrets(text: str) -> list[bytes]:
    """The secrets a typed recovery key can stand for, most likely first (usually one);
    InvalidInput, saying what to check, when it cannot be a recovery key at all."""
    cleaned = _cleaned(text)
    candidates = []
    current = _current_form(cleaned)
    if current is not None:
        candidates.append(current.encode("ascii"))
    candidates.extend(base64.b32decode(form) for form in _old_forms(cleaned))
    if candidates:
        return candidates
    if len(cleaned) != RECOVERY_KEY_CHARS:
        raise InvalidInput(
            _("A recovery key has {chars} letters and digits, usually in groups of four; this "
              "one has {typed}. Check that none is missing or doubled.").format(
                  chars=RECOVERY_KEY_CHARS, typed=len(cleaned)))
    raise InvalidInput(
        _("A letter or digit of the recovery key is mistyped (its check does not match). "
          "Compare it with the paper copy, group by group."))


def normalise_recovery_key(text: str) -> str:
    """The typed recovery key in its canonical form (upper case, no separators, the most likely
    reading of 0/O and 1/I/L); InvalidInput when it cannot be a key."""
    cleaned = _cleaned(text)
    recovery_secrets(cleaned)
    current = _current_form(cleaned)
    return current if current is not None else _old_forms(cleaned)[0]


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
    try:
        # the bounds of KdfProfile.validate (memory x passes too), checked before any derivation
        profile.validate()
    except InvalidInput:
        raise KeyFileDamaged() from None
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
    except (UnicodeDecodeError, ValueError, RecursionError):
        # RecursionError: arrays nested a hundred thousand deep are not a key file either
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
    """Read and parse ``folder/keys.json``; each failure to read it says its own cause."""
    try:
        data = (folder / KEYFILE_NAME).read_bytes()
    except (FileNotFoundError, IsADirectoryError):
        raise KeyFileDamaged() from None
    except PermissionError:
        raise VaultUnreadable(
            _("The vault's key file (keys.json) cannot be read (permission denied). Check that the "
            "vault folder and its files belong to you; nothing was changed.")) from None
    except OSError as error:
        raise StorageError(
            _("The vault's key file (keys.json) could not be read (a disk or file-system error). "
            "Check the disk; nothing was changed.")) from error
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
