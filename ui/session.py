"""The app's open-vault context handed to every page (no globals, ARCHITECTURE.md rule 2).

Owns ``AppDeps`` (what the composition root injects: the key-derivation profile, the clocks,
the settings store and the dialogs tests replace) and ``AppContext`` (the open ``Vault`` plus
those deps). Pages must reach the database only through ``ctx.unit_of_work()`` at the time of a
user action and never keep the ``Vault`` or a session: after a lock and unlock the context holds
a new ``Vault`` object. While a committee copy is shown (``view_copy``), ``unit_of_work`` reads
the copy's own database instead, ``read_only`` is true and ``copy_label`` names it ("Copy of
Kim's chart, as of 2026-03-02"); ``own_unit_of_work`` always reaches the vault itself.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from forum_kit.errors import VaultLocked

if TYPE_CHECKING:  # imported lazily at run time: SQLAlchemy must not load before the unlock screen
    from PySide6.QtWidgets import QWidget
    from sqlalchemy.orm import Session

    from forum_kit.vault import KdfProfile, Vault
    from ui.settings import SettingsStore

ConfirmFn = Callable[["QWidget | None", str, list[str]], bool]
PrintFn = Callable[["QWidget | None", str, str], bool]


def _idle_clock() -> Callable[[], float]:
    from ui.lock import idle_clock

    return idle_clock


def _default_confirm(parent: QWidget | None, what: str, consequences: list[str]) -> bool:
    from ui.dialogs.confirm import confirm_destructive

    return confirm_destructive(parent, what, consequences)


def _default_print(parent: QWidget | None, vault_name: str, recovery_key: str) -> bool:
    from ui.dialogs.recovery_key import print_recovery_key

    return print_recovery_key(parent, vault_name, recovery_key)


@dataclass
class AppDeps:
    """What the composition root injects; tests swap any of these.

    ``kdf`` None means the production Argon2id profile. ``clock`` is seconds of a clock that
    counts sleep (``ui.lock.idle_clock``: the idle lock), ``wall`` the wall clock it is checked
    against, ``today`` the calendar date pages use as "today".
    """

    settings: SettingsStore
    kdf: KdfProfile | None = None
    clock: Callable[[], float] = field(default_factory=lambda: _idle_clock())
    wall: Callable[[], float] = time.time
    today: Callable[[], dt.date] = dt.date.today
    confirm: ConfirmFn = _default_confirm
    print_recovery_key: PrintFn = _default_print
    choose_folder: Callable[[QWidget | None, str], str | None] | None = None
    opener: Callable[[Path, str], Any] | None = None
    demo_path: Path | None = None
    lock_check_interval_ms: int = 1000
    extras: dict[str, Any] = field(default_factory=dict)


class AppContext:
    """The open vault and the injected deps; replaced vault after each unlock."""

    def __init__(self, vault: Vault, deps: AppDeps) -> None:
        self._vault = vault
        self.deps = deps
        self._copy: Any = None  # a forum_kit.committee.copydb.CopyChart while one is shown

    @property
    def vault(self) -> Vault:
        """The current ``Vault`` object (possibly locked)."""
        return self._vault

    def replace_vault(self, vault: Vault) -> None:
        """Use a freshly unlocked ``Vault`` (the locked one cannot be reopened in place)."""
        self.close_copy()
        self._vault = vault

    def lock(self) -> None:
        """Close a copy shown (its key wiped) and lock the vault."""
        self.close_copy()
        self._vault.lock()

    # ------------------------------------------------------------------ a committee copy shown

    @property
    def copy(self) -> Any:
        """The committee copy shown instead of the vault's own chart, or None."""
        return self._copy

    @property
    def read_only(self) -> bool:
        """True while a committee copy is shown: pages offer no changes."""
        return self._copy is not None

    @property
    def copy_label(self) -> str | None:
        return None if self._copy is None else self._copy.label

    def view_copy(self, chart: Any) -> None:
        """Show ``chart`` (an opened ``CopyChart``) in the pages, read-only."""
        self.close_copy()
        self._copy = chart

    def close_copy(self) -> None:
        """Back to the vault's own chart (the copy's engine disposed, its key wiped)."""
        chart, self._copy = self._copy, None
        if chart is not None:
            chart.close()

    @contextmanager
    def own_unit_of_work(self) -> Iterator[Session]:
        """A session on the vault itself, whatever chart is shown."""
        if self._vault.is_locked:
            raise VaultLocked()
        with self._vault.unit_of_work() as session:
            yield session

    @property
    def is_locked(self) -> bool:
        """True while the vault is locked."""
        return self._vault.is_locked

    @property
    def vault_name(self) -> str:
        """The vault's folder name without ``.forumkit``."""
        return self._vault.name

    @property
    def settings(self) -> SettingsStore:
        """The typed settings store."""
        return self.deps.settings

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One session for one user action: commits on success (VaultLocked after a lock)."""
        if self._vault.is_locked:
            raise VaultLocked()
        chart = self._copy
        source = self._vault if chart is None else chart
        with source.unit_of_work() as session:
            yield session

    def today(self) -> dt.date:
        """Today's date from the injected clock."""
        return self.deps.today()

    def confirm(self, parent: QWidget | None, what: str, consequences: list[str]) -> bool:
        """Ask before a destructive action, naming what will be lost."""
        return self.deps.confirm(parent, what, consequences)
