"""Fixtures for the interface tests: settings in tmp, a fake clock, injected deps and a context."""

from __future__ import annotations

import datetime as dt

import pytest

TODAY = dt.date(2025, 3, 14)


class FakeClock:
    """Monotonic seconds that only move when a test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class FakePrinter:
    """Records what would have been printed instead of opening a print dialog."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []

    def __call__(self, parent, vault_name: str, recovery_key: str) -> bool:
        self.calls.append((vault_name, recovery_key))
        return True


@pytest.fixture
def fake_clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def fake_printer() -> FakePrinter:
    return FakePrinter()


@pytest.fixture
def settings_store(qapp, tmp_path):
    from ui.settings import SettingsStore

    return SettingsStore(tmp_path / "settings" / "settings.ini")


@pytest.fixture
def confirmations() -> list[tuple[str, list[str]]]:
    return []


@pytest.fixture
def deps(settings_store, fake_clock, fake_printer, confirmations):
    from forum_kit.vault import FAST_KDF
    from ui.session import AppDeps

    # Automatic backups write a whole-vault file in the background; only their own test wants one.
    settings_store.set("auto_backup_hours", 0)

    def confirm(parent, what, consequences):
        confirmations.append((what, list(consequences)))
        return True

    # No D-Bus: on a developer's desktop a screen lock during the run would lock test windows.
    return AppDeps(settings=settings_store, kdf=FAST_KDF, clock=fake_clock, wall=fake_clock,
                   today=lambda: TODAY,
                   confirm=confirm, print_recovery_key=fake_printer,
                   lock_check_interval_ms=20,
                   extras={"dbus_session_address": "", "dbus_system_address": ""})


@pytest.fixture
def ctx(vault, deps):
    from ui.session import AppContext

    return AppContext(vault, deps)


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp):
    """The interface in English as ``main()`` sets it up: its plural forms ("1 word",
    "10 words") come from ``forum_kit_en.qm``."""
    from ui.i18n import apply_language, clear_language

    apply_language("en")
    yield
    clear_language()
