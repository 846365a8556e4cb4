"""The user's own configuration file: recent vaults and where the program keeps its data.

Owns the typed ``UserConfig`` stored as JSON in ``platformdirs.user_config_dir("forum-kit")``
(``FORUM_KIT_CONFIG_DIR`` overrides it, which tests always set), the default data folder
(``platformdirs.user_data_dir`` or ``FORUM_KIT_DATA_DIR``) and the demo vault's default path.
The file holds paths and preferences only, never a passphrase or anything from inside a vault.
It is written atomically with mode 0600; a damaged file is reset with a warning, never a crash.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from forum_kit.files import write_atomic

APP_NAME = "forum-kit"
CONFIG_NAME = "config.json"
CONFIG_DIR_ENV = "FORUM_KIT_CONFIG_DIR"
DATA_DIR_ENV = "FORUM_KIT_DATA_DIR"
MAX_RECENT = 10
DEMO_VAULT_NAME = "demo.forumkit"
FORMAT = 1

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class UserConfig:
    """Everything the config file holds; defaults are what a first run sees."""

    recent_vaults: tuple[str, ...] = field(default_factory=tuple)


def config_dir() -> Path:
    """The folder of the config file (not created here)."""
    override = os.environ.get(CONFIG_DIR_ENV)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def config_path() -> Path:
    """The config file itself."""
    return config_dir() / CONFIG_NAME


def default_data_dir() -> Path:
    """Where vaults go unless the user chooses elsewhere (not created here)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def demo_vault_path() -> Path:
    """The default place of the generated demo vault."""
    return default_data_dir() / DEMO_VAULT_NAME


def _parse(doc: object) -> UserConfig:
    if not isinstance(doc, dict):
        raise ValueError("config is not an object")
    recent = doc.get("recent_vaults", [])
    if not isinstance(recent, list) or not all(isinstance(p, str) for p in recent):
        raise ValueError("recent_vaults is not a list of paths")
    return UserConfig(recent_vaults=tuple(recent[:MAX_RECENT]))


def load() -> UserConfig:
    """Read the config; a missing file gives the defaults, a damaged one is reset with a warning.

    Recent vaults that no longer exist are pruned from the returned value (and from the file the
    next time it is saved).
    """
    path = config_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return UserConfig()
    except OSError:
        log.warning("The settings file could not be read; using defaults.")
        return UserConfig()
    try:
        config = _parse(json.loads(raw.decode("utf-8")))
    except (UnicodeDecodeError, ValueError):
        log.warning("The settings file was damaged and has been reset to defaults.")
        config = UserConfig()
        try:
            save(config)
        except OSError:
            log.warning("The settings file could not be rewritten.")
        return config
    existing = tuple(p for p in config.recent_vaults if Path(p).exists())
    return replace(config, recent_vaults=existing)


def save(config: UserConfig) -> None:
    """Write the config atomically (temporary file, fsync, rename), readable by the user only."""
    folder = config_dir()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    doc = {"format": FORMAT, "recent_vaults": list(config.recent_vaults[:MAX_RECENT])}
    data = (json.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    write_atomic(folder / CONFIG_NAME, data)


def add_recent_vault(path: str | os.PathLike[str]) -> UserConfig:
    """Put ``path`` first in the recent list (absolute, no duplicates, at most 10) and save."""
    absolute = str(Path(path).expanduser().resolve())
    config = load()
    recent = (absolute, *(p for p in config.recent_vaults if p != absolute))
    updated = replace(config, recent_vaults=recent[:MAX_RECENT])
    save(updated)
    return updated


def remove_recent_vault(path: str | os.PathLike[str]) -> UserConfig:
    """Drop ``path`` from the recent list and save."""
    absolute = str(Path(path).expanduser().resolve())
    config = load()
    updated = replace(config, recent_vaults=tuple(p for p in config.recent_vaults if p != absolute))
    save(updated)
    return updated
