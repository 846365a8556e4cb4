"""The timing hook of the app (``FORUM_KIT_TIMING`` / ``FORUM_KIT_QUIT_AFTER_MAIN``): it stamps
the first paint of the unlock screen and of the populated main window, in that order, and closes
the window (locking the vault) when asked to quit after the main window."""

from __future__ import annotations

import io
import re

from ui.app import AppController, _process_age, install_timing
from ui.pages.placeholder import PlaceholderPage

PASSPHRASE = "correct horse battery staple"  # the same as tests/conftest.py
PAGES = [("grievances", "Grievances", lambda: PlaceholderPage("grievances"))]
STAMP = re.compile(r"^(t_[a-z_]+)=(\d+\.\d{3})$")


class FakeApp:
    def __init__(self) -> None:
        self.quits = 0

    def quit(self) -> None:
        self.quits += 1


def test_stamps_unlock_then_main_window_and_quits(qtbot, deps, vault):
    vault.lock()
    controller = AppController(deps, page_factories=PAGES)  # the welcome deletes itself
    out = io.StringIO()
    app = FakeApp()
    install_timing(app, controller, quit_after_main=True, out=out)
    controller.start(vault_path=vault.path)
    qtbot.waitUntil(lambda: "t_unlock_visible" in out.getvalue(), timeout=5000)
    unlock = controller.welcome.unlock
    unlock.passphrase.setText(PASSPHRASE)
    unlock.attempt()
    qtbot.waitUntil(lambda: app.quits == 1, timeout=15000)
    stamps = [STAMP.match(line).groups() for line in out.getvalue().splitlines()]
    assert [name for name, _ in stamps] == ["t_unlock_visible", "t_main_window_populated"]
    first, second = (float(value) for _, value in stamps)
    # stamps are printed to the millisecond: rounding may add half of one
    assert 0 < first <= second <= _process_age() + 0.0005
    window = controller.window
    assert window is not None and window.ctx.is_locked  # closed: pages cleared, vault locked
    window.deleteLater()


def test_quits_once_the_unlock_screen_is_painted_when_asked(qtbot, deps, vault):
    # FORUM_KIT_QUIT_AFTER_UNLOCK_SCREEN: the installer tests and P11 start the real program
    vault.lock()
    controller = AppController(deps, page_factories=PAGES)
    qtbot.addWidget(controller.welcome)
    out, app = io.StringIO(), FakeApp()
    install_timing(app, controller, quit_after_unlock=True, out=out)
    controller.start(vault_path=vault.path)
    qtbot.waitUntil(lambda: app.quits == 1, timeout=5000)
    assert STAMP.match(out.getvalue().strip()).group(1) == "t_unlock_visible"
    assert controller.window is None  # never unlocked

