"""The encrypted vault: one ``NAME.forumkit`` folder holding a SQLCipher database and its keys.

Public surface for the rest of the program: ``Vault`` (create, open, lock, sessions, backups,
passphrase and recovery keys), the Argon2id profiles and ``IntegrityReport``. Formats and checks
are specified in SECURITY.md ("Vault format (v1)", "Engine facts").
"""

from forum_kit.vault.kdf import FAST_KDF, FLOOR, PRODUCTION_KDF, KdfProfile
from forum_kit.vault.vault import IntegrityReport, Vault

__all__ = ["FAST_KDF", "FLOOR", "PRODUCTION_KDF", "IntegrityReport", "KdfProfile", "Vault"]
