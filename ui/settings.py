"""Typed application settings, declared once (ARCHITECTURE.md rule 10).

Owns the ``SETTINGS`` declarations (key, type, default, bounds, description) and
``SettingsStore``, which keeps them in an INI file through ``QSettings``. The file lives in
``forum_kit.config.config_dir()`` (``$FORUM_KIT_CONFIG_DIR`` when set, as in tests; else the
platform's user config folder). Nothing personal and no passphrase or key ever goes here
(SECURITY.md): only numbers, a language code and the id of the default workplace. The
assessment scale is vault data and is edited in the vault, not here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TR_NOOP, QObject, QSettings, Signal

from forum_kit.errors import InvalidInput
from forum_kit.i18n import offered_languages
from ui.i18n import translate

ORGANISATION = "Forum Kit"
APPLICATION = "Forum Kit"
FILE_NAME = "settings.ini"


@dataclass(frozen=True, slots=True)
class Setting:
    """One setting: its key, Python type, default, optional bounds or choices, and meaning."""

    key: str
    type: type
    default: Any
    description: str
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()
    optional: bool = False


SETTINGS: tuple[Setting, ...] = (
    Setting("idle_lock_minutes", int, 5,
            QT_TR_NOOP("Lock the vault after this many minutes without input."),
            minimum=1, maximum=240),
    Setting("default_workplace_id", int, None, QT_TR_NOOP("The workplace pages open with."),
            optional=True,
            minimum=1),
    # "" follows the system's language; the others are the complete translations
    Setting("language", str, "", QT_TR_NOOP("Language of the interface (at the next start)."),
            choices=("", *offered_languages())),
    Setting("stale_days", int, 90,
            QT_TR_NOOP("An assessment older than this many days counts as stale."),
            minimum=1, maximum=3650),
    Setting("due_soon_working_days", int, 3,
            QT_TR_NOOP("A grievance deadline this many working days away or fewer counts as "
                       "due soon."),
            minimum=0, maximum=60),
    Setting("auto_backup_hours", int, 24,
            QT_TR_NOOP("Write an encrypted backup into the vault's backups folder this often "
            "(hours; 0 = off)."),
            minimum=0, maximum=24 * 30),
    Setting("auto_backups_keep", int, 7, QT_TR_NOOP("How many automatic backups to keep."),
            minimum=1, maximum=100),
)
BY_KEY: dict[str, Setting] = {s.key: s for s in SETTINGS}


def default_config_dir() -> Path:
    """The folder of the settings file, shared with ``forum_kit.config`` (env override first)."""
    from forum_kit.config import config_dir

    return config_dir()


def validate(key: str, value: Any) -> Any:
    """``value`` as the setting's type; InvalidInput naming the setting when it cannot be."""
    setting = BY_KEY.get(key)
    if setting is None:
        raise InvalidInput(translate("Settings", "Unknown setting '{key}'.").format(key=key))
    if value is None or (value == "" and "" not in setting.choices):
        if setting.optional:
            return None
        raise InvalidInput(translate("Settings", "Setting '{key}' needs a value.").format(key=key))
    try:
        if setting.type is int:
            if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
                raise ValueError
            converted: Any = int(value)
        else:
            converted = setting.type(value)
    except (TypeError, ValueError):
        raise InvalidInput(translate("Settings", "Setting '{key}' must be a {name}.").format(
            key=key, name=setting.type.__name__)) from None
    if setting.minimum is not None and converted < setting.minimum:
        raise InvalidInput(translate("Settings", "Setting '{key}' must be at least {minimum}."
                                     ).format(key=key, minimum=setting.minimum))
    if setting.maximum is not None and converted > setting.maximum:
        raise InvalidInput(translate("Settings", "Setting '{key}' must be at most {maximum}."
                                     ).format(key=key, maximum=setting.maximum))
    if setting.choices and converted not in setting.choices:
        listed = ", ".join(c for c in setting.choices if c)
        raise InvalidInput(translate("Settings", "Setting '{key}' must be one of: {choices}."
                                     ).format(key=key, choices=listed))
    return converted


class SettingsStore(QObject):
    """Reads and writes the declared settings; ``changed(key)`` fires after each change."""

    changed = Signal(str)

    def __init__(self, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = path if path is not None else default_config_dir() / FILE_NAME
        self._qsettings = QSettings(str(self._path), QSettings.Format.IniFormat)

    @property
    def path(self) -> Path:
        """The INI file."""
        return self._path

    def get(self, key: str) -> Any:
        """The stored value, or the default when missing or no longer valid."""
        setting = BY_KEY.get(key)
        if setting is None:
            raise InvalidInput(self.tr("Unknown setting '{key}'.").format(key=key))
        raw = self._qsettings.value(key)
        if raw is None:
            return setting.default
        try:
            return validate(key, raw)
        except InvalidInput:
            # a hand-edited or older file must not stop the app: fall back to the default
            return setting.default

    def set(self, key: str, value: Any) -> None:
        """Validate and store one setting."""
        converted = validate(key, value)
        if self.get(key) == converted and self._qsettings.contains(key):
            return
        if converted is None:
            self._qsettings.remove(key)
        else:
            self._qsettings.setValue(key, converted)
        self._qsettings.sync()
        self.changed.emit(key)

    def values(self) -> dict[str, Any]:
        """Every declared setting with its current value."""
        return {s.key: self.get(s.key) for s in SETTINGS}

    def reset(self, key: str) -> None:
        """Forget the stored value so the default applies."""
        if key not in BY_KEY:
            raise InvalidInput(self.tr("Unknown setting '{key}'.").format(key=key))
        self._qsettings.remove(key)
        self._qsettings.sync()
        self.changed.emit(key)
