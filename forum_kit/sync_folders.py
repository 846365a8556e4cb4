"""Whether a vault folder sits inside a folder a cloud or peer sync service copies elsewhere.

Owns ``sync_service`` (SECURITY.md L-6). A synced vault is still encrypted, but the copy leaves
the device, and the service keeps old versions and deleted files in its history, so pages that
SQLCipher's ``secure_delete`` wiped here may live on there. The app and the CLI warn; they do not
refuse, since some people choose this knowingly.

Detection is best effort and never raises: it walks up from the vault through its existing
parents looking for the files a sync client leaves in the root it syncs, and for the folder names
clients use by default directly under the home folder (or under macOS's CloudStorage).
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Mapping
from pathlib import Path

# (file or folder in the synced root, must be a regular file, service)
_MARKERS: tuple[tuple[str, bool, str], ...] = (
    # a file: ~/.dropbox is also the Linux client's own settings folder, which syncs nothing
    (".dropbox", True, "Dropbox"),
    (".dropbox.cache", False, "Dropbox"),
    (".stfolder", False, "Syncthing"),
    (".stignore", True, "Syncthing"),
    (".nextcloudsync.log", True, "Nextcloud"),
    (".owncloudsync.log", True, "Nextcloud or ownCloud"),
    (".sync", False, "Resilio Sync"),
    (".tresorit", False, "Tresorit"),
    (".debris", False, "MEGA"),
    (".tmp.drivedownload", False, "Google Drive"),
    (".tmp.driveupload", False, "Google Drive"),
    (".seafile-data", False, "Seafile"),
)
# the Nextcloud and ownCloud clients keep their journal in the root they sync
_MARKER_PATTERNS: tuple[tuple[str, str], ...] = (
    (".sync_*.db", "Nextcloud or ownCloud"),
    ("._sync_*.db", "Nextcloud or ownCloud"),
)
# default folder names right under the home folder (case-insensitive shell patterns)
_HOME_FOLDERS: tuple[tuple[str, str], ...] = (
    ("dropbox", "Dropbox"),
    ("dropbox (*)", "Dropbox"),
    ("onedrive", "OneDrive"),
    ("onedrive - *", "OneDrive"),
    ("google drive", "Google Drive"),
    ("googledrive", "Google Drive"),
    ("icloud drive", "iCloud Drive"),
    ("iclouddrive", "iCloud Drive"),
    ("nextcloud", "Nextcloud"),
    ("owncloud", "ownCloud"),
    ("mega", "MEGA"),
    ("megasync", "MEGA"),
    ("pclouddrive", "pCloud"),
    ("pcloud drive", "pCloud"),
    ("seafile", "Seafile"),
    ("box", "Box"),
    ("box sync", "Box"),
    ("tresorit", "Tresorit"),
)
# macOS puts File Provider clients under ~/Library/CloudStorage/<Service>-<account>
_CLOUD_STORAGE_PREFIXES: tuple[tuple[str, str], ...] = (
    ("dropbox", "Dropbox"),
    ("onedrive", "OneDrive"),
    ("googledrive", "Google Drive"),
    ("box", "Box"),
    ("pcloud", "pCloud"),
    ("nextcloud", "Nextcloud"),
    ("mega", "MEGA"),
)
# Windows sets these to the roots the OneDrive client syncs
_ONEDRIVE_ENV = ("OneDrive", "OneDriveConsumer", "OneDriveCommercial")


def _exists(path: Path, *, file_only: bool) -> bool:
    try:
        return path.is_file() if file_only else path.exists()
    except OSError:  # an unreadable parent is no evidence either way
        return False


def _marker_in(folder: Path) -> str | None:
    for name, file_only, service in _MARKERS:
        if _exists(folder / name, file_only=file_only):
            return service
    try:
        names = os.listdir(folder)
    except OSError:
        return None
    for pattern, service in _MARKER_PATTERNS:
        if any(fnmatch.fnmatchcase(name, pattern) for name in names):
            return service
    return None


def _named_folder(folder: Path, home: Path) -> str | None:
    name = folder.name.casefold()
    if folder.parent == home:
        for pattern, service in _HOME_FOLDERS:
            if fnmatch.fnmatchcase(name, pattern):
                return service
    if folder.parent == home / "Library" / "CloudStorage":
        for prefix, service in _CLOUD_STORAGE_PREFIXES:
            if name.startswith(prefix):
                return service
    if folder == home / "Library" / "Mobile Documents":
        return "iCloud Drive"
    return None


def _candidates(path: Path) -> list[Path]:
    absolute = Path(os.path.abspath(path.expanduser()))
    found = [absolute]
    try:
        # a symlink from ~/vaults into ~/Dropbox still syncs
        resolved = absolute.resolve()
    except (OSError, RuntimeError):
        return found
    if resolved != absolute:
        found.append(resolved)
    return found


def sync_service(path: str | os.PathLike[str], *, home: Path | None = None,
                 environ: Mapping[str, str] | None = None) -> str | None:
    """The name of the sync service whose folder holds ``path`` (which may not exist yet), or None.

    ``home`` and ``environ`` default to the user's home folder and ``os.environ`` (tests pass
    their own).
    """
    env = os.environ if environ is None else environ
    try:
        home_dir = Path(os.path.abspath(home if home is not None else Path.home()))
    except (RuntimeError, KeyError):  # no home folder: only the markers can tell
        home_dir = Path(os.sep, "nonexistent-home")
    onedrive_roots = [Path(os.path.abspath(env[key])) for key in _ONEDRIVE_ENV if env.get(key)]
    for candidate in _candidates(Path(path)):
        for folder in (candidate, *candidate.parents):
            if any(folder == root for root in onedrive_roots):
                return "OneDrive"
            service = _named_folder(folder, home_dir)
            if service is None and _exists(folder, file_only=False):
                service = _marker_in(folder)
            if service is not None:
                return service
    return None
