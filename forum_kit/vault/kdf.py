"""Argon2id key derivation profiles for the vault's keyslots.

Owns the ``KdfProfile`` value type, the production default, the RFC 9106 floor it must never go
below, the fast profile used only by tests, and the one function that turns a secret into a
256-bit wrapping key. Passphrases are NFC-normalised here so the same words typed on systems that
compose accents differently unlock the same vault (SECURITY.md K-9).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from forum_kit.errors import InvalidInput
from forum_kit.i18n import _

KEY_LENGTH = 32
SALT_LENGTH = 16

# Bounds accepted when reading a key file: room to raise the production profile with the hardware
# (4x its memory, 4x its memory-passes), narrow enough that a tampered file cannot make the unlock
# allocate gigabytes or spin for long before "wrong passphrase". Measured here (2 cores, loaded):
# a key file asking for 4 GiB took 18 s; the largest profile these bounds admit (1 GiB, 3 passes)
# took 7.8 s, against 1.5 s for PRODUCTION_KDF in the same minute.
MAX_MEMORY_KIB = 1024 * 1024
MAX_ITERATIONS = 16
MAX_LANES = 64
MAX_COST = 4 * (256 * 1024) * 3  # memory_kib x iterations: four times PRODUCTION_KDF's


@dataclass(frozen=True, slots=True)
class KdfProfile:
    """Argon2id cost parameters: memory in KiB, passes, parallel lanes."""

    memory_kib: int
    iterations: int
    lanes: int

    def is_at_least(self, other: KdfProfile) -> bool:
        """True when every cost parameter is at least the other profile's."""
        return (
            self.memory_kib >= other.memory_kib
            and self.iterations >= other.iterations
            and self.lanes >= other.lanes
        )

    def validate(self) -> None:
        """Raise InvalidInput for parameters Argon2id refuses or that are unreasonably large."""
        ok = (
            1 <= self.lanes <= MAX_LANES
            and 1 <= self.iterations <= MAX_ITERATIONS
            and 8 * self.lanes <= self.memory_kib <= MAX_MEMORY_KIB
            and self.memory_kib * self.iterations <= MAX_COST
        )
        if not ok:
            raise InvalidInput(_("The key-derivation parameters are out of range."))


PRODUCTION_KDF = KdfProfile(memory_kib=256 * 1024, iterations=3, lanes=4)
FLOOR = KdfProfile(memory_kib=64 * 1024, iterations=3, lanes=4)
FAST_KDF = KdfProfile(memory_kib=8 * 1024, iterations=1, lanes=1)


def normalise_passphrase(passphrase: str) -> bytes:
    """NFC-normalise and encode a passphrase; refuses an empty one."""
    if not isinstance(passphrase, str) or passphrase == "":
        raise InvalidInput(_("The passphrase must not be empty."))
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_key(secret: bytes, salt: bytes, profile: KdfProfile) -> bytes:
    """Derive a 32-byte wrapping key from ``secret`` with Argon2id."""
    profile.validate()
    kdf = Argon2id(
        salt=salt,
        length=KEY_LENGTH,
        iterations=profile.iterations,
        lanes=profile.lanes,
        memory_cost=profile.memory_kib,
    )
    return kdf.derive(secret)
