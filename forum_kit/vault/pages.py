"""Page authentication of a SQLCipher 4 file without SQLite: does this key open this file?

SQLCipher cannot tell a wrong key from a damaged first page (both fail at page 1), and a wrong
key is what another vault's ``keys.json`` unlocked with the same passphrase gives: "the database
is damaged, restore it from a backup" is then the wrong advice, one that invites overwriting a
healthy database. Each page carries an HMAC-SHA512 over its ciphertext, IV and number, keyed
from the data key and the salt in the file's first 16 bytes (SQLCipher 4 defaults, pinned by
S-5: page 4096, 80 reserved bytes, PBKDF2-HMAC-SHA512 with 2 rounds for the HMAC key). Owns
``key_opens_file``: a few pages checked with the key the keyslot gave; any that verifies means
the key is this database's (so a failure at page 1 is damage), none means the key is another's.
Nothing is decrypted and no file is written.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import struct
from pathlib import Path

from forum_kit.vault.engine import PAGE_SIZE
from forum_kit.vault.keyfile import scrub_bytes

_RESERVE = 80
_IV = 16
_MAC = 64
_SALT = 16
_HMAC_SALT_MASK = 0x3A
_HMAC_KEY_ROUNDS = 2
# Pages tried after page 1, spread through the file: one verifying is enough.
SAMPLE_PAGES = 16


def _page_verifies(page: bytes, number: int, hmac_key: bytes) -> bool:
    start = _SALT if number == 1 else 0
    end = PAGE_SIZE - _RESERVE
    stored = page[end + _IV : end + _IV + _MAC]
    mac = hmac.new(hmac_key, page[start : end + _IV], hashlib.sha512)
    mac.update(struct.pack("<I", number))
    return hmac.compare_digest(mac.digest(), stored)


def _sample(count: int) -> list[int]:
    """Page numbers to try, page 2 onwards, at most SAMPLE_PAGES, spread over ``count`` pages."""
    if count < 2:
        return []
    step = max(1, (count - 1) // SAMPLE_PAGES)
    return list(range(2, count + 1, step))[:SAMPLE_PAGES]


def key_opens_file(db_path: str | os.PathLike[str], key: bytes | bytearray) -> bool | None:
    """True when a page of the file verifies with ``key`` (the key is this database's), False
    when none of the pages tried does (the key belongs to another database), None when there is
    nothing to tell by (a file of one page, or unreadable)."""
    path = Path(db_path)
    try:
        with open(path, "rb") as fh:
            salt = fh.read(_SALT)
            count = os.fstat(fh.fileno()).st_size // PAGE_SIZE
            numbers = _sample(count)
            if len(salt) < _SALT or not numbers:
                return None
            mask = bytes(b ^ _HMAC_SALT_MASK for b in salt)
            hmac_key = hashlib.pbkdf2_hmac("sha512", key, mask, _HMAC_KEY_ROUNDS, 32)
            try:
                for number in numbers:
                    fh.seek((number - 1) * PAGE_SIZE)
                    page = fh.read(PAGE_SIZE)
                    if len(page) == PAGE_SIZE and _page_verifies(page, number, hmac_key):
                        return True
            finally:
                scrub_bytes(hmac_key)  # it is derived from the data key
    except OSError:
        return None
    return False
