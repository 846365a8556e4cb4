"""Fixtures and helpers for the vault security tests (SECURITY.md tables S, K, R, D, U)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from forum_kit.vault import FAST_KDF, Vault

PASSPHRASE = "correct horse battery staple"


def snapshot(folder: Path) -> dict[str, str]:
    """Relative path -> sha256 of every file under ``folder``."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def data_key(vault: Vault) -> bytes:
    """The open vault's raw data key (tests only: S-9 and the engine-level checks need it)."""
    key = vault._key
    assert key is not None
    return bytes(key)


@pytest.fixture
def make_vault(tmp_path):
    """Factory for fast-KDF vaults under tmp_path; every vault made is locked at teardown."""
    made: list[Vault] = []

    def _make(name: str = "sec", passphrase: str = PASSPHRASE) -> Vault:
        v = Vault.create(tmp_path / f"{name}.forumkit", passphrase, kdf=FAST_KDF)
        made.append(v)
        return v

    yield _make
    for v in made:
        v.lock()


@pytest.fixture
def sec_vault(make_vault):
    """One open fast-KDF vault."""
    return make_vault()


@pytest.fixture
def closed_vault(make_vault):
    """(folder, vault_id) of a vault that was created and locked again."""
    v = make_vault()
    folder, vault_id = v.path, v.vault_id
    v.lock()
    return folder, vault_id
