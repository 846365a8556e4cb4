"""Fixtures and helpers for the vault security tests (SECURITY.md tables S, K, R, D, U)."""

from __future__ import annotations

import hashlib
import shutil
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


def check_report(folder: Path):
    """Open the vault at ``folder``, run ``Vault.check`` and lock it again; the report."""
    v = Vault.open(folder, PASSPHRASE)
    try:
        return v.check()
    finally:
        v.lock()


def data_key(vault: Vault) -> bytes:
    """The open vault's raw data key (tests only: S-9 and the engine-level checks need it)."""
    key = vault._key
    assert key is not None
    return bytes(key)


@pytest.fixture(scope="session")
def _sec_template(tmp_path_factory) -> Path:
    """One freshly created, locked vault per test process; most tests get a byte copy of it
    (creating runs every migration, which costs far more than copying three small files)."""
    path = tmp_path_factory.mktemp("sec-template") / "template.forumkit"
    Vault.create(path, PASSPHRASE, kdf=FAST_KDF).lock()
    return path


@pytest.fixture
def make_vault(tmp_path, _sec_template):
    """Factory for fast-KDF vaults under tmp_path; every vault made is locked at teardown.

    Copies of the template share its vault id and data key; pass ``fresh=True`` when a test needs
    a vault with keys of its own (e.g. two vaults that must not open each other's database).
    """
    made: list[Vault] = []

    def _make(name: str = "sec", passphrase: str = PASSPHRASE, *, fresh: bool = False) -> Vault:
        target = tmp_path / f"{name}.forumkit"
        if fresh:
            v = Vault.create(target, passphrase, kdf=FAST_KDF)
        else:
            shutil.copytree(_sec_template, target)
            v = Vault.open(target, PASSPHRASE)
            if passphrase != PASSPHRASE:
                v.change_passphrase(PASSPHRASE, passphrase)
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
