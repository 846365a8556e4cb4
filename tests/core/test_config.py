"""The user config file: recent vaults, data folders, atomic private writes, damage recovery."""

from __future__ import annotations

import json
import logging
import os
import stat

import pytest

from forum_kit import config


def test_missing_file_gives_defaults():
    assert config.load() == config.UserConfig()
    assert not config.config_path().exists()


def test_recent_vaults_most_recent_first_without_duplicates(tmp_path):
    folders = [tmp_path / f"v{i}.forumkit" for i in range(3)]
    for folder in folders:
        folder.mkdir()
        config.add_recent_vault(folder)
    config.add_recent_vault(folders[0])
    recent = config.load().recent_vaults
    assert recent == (str(folders[0]), str(folders[2]), str(folders[1]))


def test_recent_vaults_capped_at_ten(tmp_path):
    for i in range(13):
        folder = tmp_path / f"v{i}.forumkit"
        folder.mkdir()
        config.add_recent_vault(folder)
    recent = config.load().recent_vaults
    assert len(recent) == config.MAX_RECENT
    assert recent[0] == str(tmp_path / "v12.forumkit")


def test_missing_vaults_are_pruned_on_read(tmp_path):
    keep, gone = tmp_path / "keep.forumkit", tmp_path / "gone.forumkit"
    keep.mkdir()
    gone.mkdir()
    config.add_recent_vault(keep)
    config.add_recent_vault(gone)
    gone.rmdir()
    assert config.load().recent_vaults == (str(keep),)
    config.remove_recent_vault(keep)
    assert config.load().recent_vaults == ()


def test_file_is_private_and_holds_paths_only(tmp_path):
    folder = tmp_path / "v.forumkit"
    folder.mkdir()
    config.add_recent_vault(folder)
    path = config.config_path()
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert set(doc) == {"format", "recent_vaults"}
    assert not list(path.parent.glob("*.tmp"))


@pytest.mark.parametrize("content", [b"{not json", b"[1, 2]", b'{"recent_vaults": 5}',
                                     b"\xff\xfe"])
def test_damaged_file_is_reset_with_a_warning(content, caplog):
    path = config.config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    with caplog.at_level(logging.WARNING, logger="forum_kit.config"):
        assert config.load() == config.UserConfig()
    assert "reset" in caplog.text
    assert json.loads(path.read_text(encoding="utf-8"))["recent_vaults"] == []


def test_data_dir_and_demo_path_follow_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv(config.DATA_DIR_ENV, str(tmp_path / "data"))
    assert config.default_data_dir() == tmp_path / "data"
    assert config.demo_vault_path() == tmp_path / "data" / "demo.forumkit"
    monkeypatch.delenv(config.DATA_DIR_ENV)
    # conftest points XDG_DATA_HOME into tmp; platformdirs honours it on Linux
    if os.name == "posix" and os.uname().sysname == "Linux":
        assert str(config.default_data_dir()).startswith(os.environ["XDG_DATA_HOME"])
