"""Shared test set-up: Qt offscreen, a fresh encrypted vault per test with a fast KDF profile."""

from __future__ import annotations

import os
import shutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Nothing a test does may touch the user's real settings or vault list.
os.environ.setdefault("FORUM_KIT_CONFIG_DIR", "")
# The app restarts itself with its allocator settings (forum_kit.hardening): never the test run's
# own process. The tests of the restart start processes of their own without this.
os.environ["FORUM_KIT_MEMORY_HARDENING"] = "0"

import pytest  # noqa: E402

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory, monkeypatch):
    """Point config, cache and temp folders into pytest's tmp so no test leaks to $HOME."""
    base = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("FORUM_KIT_CONFIG_DIR", str(base / "config"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(base / "xdg-config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(base / "xdg-cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(base / "xdg-data"))
    yield


@pytest.fixture(scope="session")
def _template_vault(tmp_path_factory):
    """One freshly migrated vault per test process; tests get byte copies of it (creating a vault
    runs every migration, which costs far more than copying three small files)."""
    from forum_kit.vault import FAST_KDF, Vault

    path = tmp_path_factory.mktemp("template") / "t.forumkit"
    Vault.create(path, PASSPHRASE, kdf=FAST_KDF).lock()
    return path


@pytest.fixture
def vault(tmp_path, _template_vault):
    """A fresh, open vault (fast KDF profile) at tmp_path/t.forumkit."""
    from forum_kit.vault import Vault

    target = tmp_path / "t.forumkit"
    shutil.copytree(_template_vault, target)
    v = Vault.open(target, PASSPHRASE)
    yield v
    if not v.is_locked:
        v.lock()


@pytest.fixture
def session(vault):
    """One unit of work on a fresh vault; committed at the end of the test if it passed."""
    with vault.unit_of_work() as s:
        yield s
