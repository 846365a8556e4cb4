"""SECURITY.md L-6: a vault inside a synced folder is recognised, and the CLI warns about it."""

from __future__ import annotations

import shutil

import pytest

from forum_kit.cli import main
from forum_kit.sync_folders import sync_service
from forum_kit.vault import FAST_KDF, Vault

PASSPHRASE = "correct horse battery staple"
NO_ENV: dict[str, str] = {}

MARKER_FILES = [
    (".dropbox", "Dropbox"),
    (".stignore", "Syncthing"),
    (".nextcloudsync.log", "Nextcloud"),
    (".owncloudsync.log", "Nextcloud or ownCloud"),
    (".sync_0a1b2c3d4e5f.db", "Nextcloud or ownCloud"),
    ("._sync_0a1b2c3d4e5f.db", "Nextcloud or ownCloud"),
]
MARKER_DIRS = [
    (".dropbox.cache", "Dropbox"),
    (".stfolder", "Syncthing"),
    (".sync", "Resilio Sync"),
    (".tresorit", "Tresorit"),
    (".debris", "MEGA"),
    (".tmp.drivedownload", "Google Drive"),
    (".seafile-data", "Seafile"),
]
HOME_FOLDERS = [
    ("Dropbox", "Dropbox"),
    ("Dropbox (Union Local 12)", "Dropbox"),
    ("OneDrive", "OneDrive"),
    ("OneDrive - Example Ltd", "OneDrive"),
    ("Google Drive", "Google Drive"),
    ("iCloud Drive", "iCloud Drive"),
    ("iCloudDrive", "iCloud Drive"),
    ("Nextcloud", "Nextcloud"),
    ("ownCloud", "ownCloud"),
    ("MEGA", "MEGA"),
    ("pCloudDrive", "pCloud"),
    ("Seafile", "Seafile"),
    ("Box", "Box"),
]


@pytest.fixture
def home(tmp_path):
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


@pytest.mark.parametrize(("marker", "service"), MARKER_FILES)
def test_a_marker_file_in_an_ancestor_names_the_service(home, marker, service):
    root = home / "shared-stuff"
    (root / "deep" / "er").mkdir(parents=True)
    (root / marker).write_text("")
    vault = root / "deep" / "er" / "committee.forumkit"
    assert sync_service(vault, home=home, environ=NO_ENV) == service


@pytest.mark.parametrize(("marker", "service"), MARKER_DIRS)
def test_a_marker_folder_in_an_ancestor_names_the_service(home, marker, service):
    root = home / "shared-stuff"
    (root / marker).mkdir(parents=True)
    vault = root / "committee.forumkit"
    vault.mkdir()
    assert sync_service(vault, home=home, environ=NO_ENV) == service


@pytest.mark.parametrize(("name", "service"), HOME_FOLDERS)
def test_a_default_folder_under_home_names_the_service(home, name, service):
    # the folder need not hold any marker, nor the vault exist yet (init asks before creating)
    vault = home / name / "work" / "committee.forumkit"
    assert sync_service(vault, home=home, environ=NO_ENV) == service


def test_macos_cloud_storage_and_icloud(home):
    cloud = home / "Library" / "CloudStorage"
    assert sync_service(cloud / "GoogleDrive-me@example.org" / "My Drive" / "v.forumkit",
                        home=home, environ=NO_ENV) == "Google Drive"
    assert sync_service(cloud / "OneDrive-Personal" / "v.forumkit", home=home,
                        environ=NO_ENV) == "OneDrive"
    icloud = home / "Library" / "Mobile Documents" / "com~apple~CloudDocs" / "v.forumkit"
    assert sync_service(icloud, home=home, environ=NO_ENV) == "iCloud Drive"


def test_windows_onedrive_environment_variable(home, tmp_path):
    root = tmp_path / "elsewhere" / "Work Files"
    env = {"OneDriveCommercial": str(root)}
    assert sync_service(root / "v.forumkit", home=home, environ=env) == "OneDrive"
    assert sync_service(tmp_path / "elsewhere" / "v.forumkit", home=home, environ=env) is None


def test_a_symlink_into_a_synced_folder_counts(home, tmp_path):
    synced = home / "Dropbox" / "vaults"
    synced.mkdir(parents=True)
    link = tmp_path / "link"
    link.symlink_to(synced, target_is_directory=True)
    assert sync_service(link / "v.forumkit", home=home, environ=NO_ENV) == "Dropbox"


def test_ordinary_folders_are_not_synced(home):
    # the Linux Dropbox client's settings folder is ~/.dropbox: a folder, not the root's marker
    (home / ".dropbox").mkdir()
    documents = home / "Documents" / "Dropbox notes"
    documents.mkdir(parents=True)
    (home / "Documents" / "dropbox.txt").write_text("")
    assert sync_service(documents / "v.forumkit", home=home, environ=NO_ENV) is None
    assert sync_service(home / "v.forumkit", home=home, environ=NO_ENV) is None
    # a folder named like a service but not directly under home is not one
    assert sync_service(home / "Documents" / "OneDrive" / "v.forumkit", home=home,
                        environ=NO_ENV) is None


def test_an_unreadable_parent_is_not_an_error(home):
    locked = home / "locked"
    (locked / "inner").mkdir(parents=True)
    locked.chmod(0o000)
    try:
        assert sync_service(locked / "inner" / "v.forumkit", home=home, environ=NO_ENV) is None
    finally:
        locked.chmod(0o700)


# --- the command line -----------------------------------------------------------------------


@pytest.fixture
def _scripted(monkeypatch):
    monkeypatch.setenv("FORUM_KIT_INSECURE_FAST_KDF", "1")
    monkeypatch.setenv("FORUM_KIT_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("FORUM_KIT_NEW_PASSPHRASE", raising=False)


@pytest.mark.usefixtures("_scripted")
def test_init_in_a_synced_folder_warns_on_stderr_and_still_creates(tmp_path, capsys):
    synced = tmp_path / "team"
    (synced / ".stfolder").mkdir(parents=True)
    assert main(["init", str(synced / "committee")]) == 0
    out, err = capsys.readouterr()
    assert "synced by Syncthing" in err and "history" in err
    assert "Syncthing" not in out
    # the warning names the service, never the path
    assert str(tmp_path) not in err
    assert (synced / "committee.forumkit" / "vault.db").is_file()


@pytest.mark.usefixtures("_scripted")
def test_opening_a_synced_vault_warns_and_a_plain_one_does_not(tmp_path, capsys):
    plain = tmp_path / "plain" / "v.forumkit"
    plain.parent.mkdir()
    Vault.create(plain, PASSPHRASE, kdf=FAST_KDF).lock()
    assert main(["summary", str(plain)]) == 0
    assert "synced" not in capsys.readouterr().err

    synced = tmp_path / "box"
    synced.mkdir()
    (synced / ".dropbox").write_text("")
    shutil.copytree(plain, synced / "v.forumkit")
    assert main(["summary", str(synced / "v.forumkit")]) == 0
    err = capsys.readouterr().err
    assert "synced by Dropbox" in err
    assert err.count("synced by") == 1
