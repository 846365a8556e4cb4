"""An independent SQLCipher 4 page decryptor, written from SQLCipher's published design.

Used by S-9 to prove the vault is standard SQLCipher (raw key, no PBKDF2 on the key): page size
4096, 80 reserved bytes per page (16-byte IV + 64-byte HMAC-SHA512), page 1 starts with the
16-byte salt, AES-256-CBC, HMAC key = PBKDF2-HMAC-SHA512(key, salt XOR 0x3a, 2 rounds, 32 bytes),
HMAC over ciphertext + IV + page number (little-endian uint32). Uses only ``cryptography``.
"""

from __future__ import annotations

import hashlib
import hmac
import struct
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80
IV_LEN = 16
HMAC_LEN = 64
SALT_LEN = 16
HEADER = b"SQLite format 3\x00"


class HmacMismatch(Exception):
    """A page's HMAC does not verify (wrong key or damaged page)."""

    def __init__(self, page: int) -> None:
        super().__init__(f"HMAC mismatch on page {page}")
        self.page = page


def decrypt_page(page_no: int, page: bytes, key: bytes, hmac_key: bytes) -> bytes:
    """The plaintext of one page (reserve area zeroed)."""
    start = SALT_LEN if page_no == 1 else 0
    end = PAGE - RESERVE
    iv = page[end : end + IV_LEN]
    tag = page[end + IV_LEN : end + IV_LEN + HMAC_LEN]
    mac = hmac.new(hmac_key, page[start : end + IV_LEN] + struct.pack("<I", page_no),
                   hashlib.sha512).digest()
    if not hmac.compare_digest(mac, tag):
        raise HmacMismatch(page_no)
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    body = decryptor.update(page[start:end]) + decryptor.finalize()
    if page_no == 1:
        body = HEADER + body
    return body + bytes(RESERVE)


def decrypt_file(src: Path, key: bytes, dest: Path) -> None:
    """Write the plaintext SQLite database of ``src`` to ``dest``."""
    data = Path(src).read_bytes()
    if len(data) % PAGE:
        raise ValueError("not a whole number of pages")
    salt = data[:SALT_LEN]
    hmac_key = hashlib.pbkdf2_hmac("sha512", key, bytes(b ^ 0x3A for b in salt), 2, 32)
    pages = [
        decrypt_page(i + 1, data[i * PAGE : (i + 1) * PAGE], key, hmac_key)
        for i in range(len(data) // PAGE)
    ]
    Path(dest).write_bytes(b"".join(pages))
