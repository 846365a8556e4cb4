"""Start-up, welcome, create-vault and unlock flows of the desktop app."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from forum_kit.errors import KeyFileDamaged, NotAVault, VaultDamaged, VaultNotFound
from forum_kit.vault import Vault
from ui.app import AppController, _parse
from ui.dialogs.unlock import UnlockWidget, error_text
from ui.pages.placeholder import PlaceholderPage

PASSPHRASE = "correct horse battery staple"  # the same as tests/conftest.py

ROOT = Path(__file__).resolve().parents[2]
PAGES = [("grievances", "Grievances", lambda: PlaceholderPage("grievances"))]


def test_unlock_screen_shows_before_sqlalchemy_is_imported(tmp_path):
    script = (
        "import sys, resource\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "import ui.app\n"
        "from ui.settings import SettingsStore\n"
        "from ui.session import AppDeps\n"
        "from pathlib import Path\n"
        f"deps = AppDeps(settings=SettingsStore(Path({str(tmp_path)!r}) / 's.ini'))\n"
        "c = ui.app.AppController(deps)\n"
        f"c.start(vault_path=__import__('pathlib').Path({str(tmp_path / 'x.forumkit')!r}))\n"
        "app.processEvents()\n"
        "ui.app._no_core_dumps()\n"
        "print(c.welcome.isVisible(), c.welcome.stack.currentWidget() is c.welcome.unlock,"
        " 'sqlalchemy' in sys.modules, resource.getrlimit(resource.RLIMIT_CORE))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FORUM_KIT_CONFIG_DIR=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["True", "True", "False", "(0,", "0)"]


def test_arguments():
    args = _parse(["--vault", "/x/a.forumkit"])
    assert args.vault == Path("/x/a.forumkit") and not args.demo
    assert _parse(["--demo"]).demo


def _controller(qtbot, deps, **kw):
    controller = AppController(deps, page_factories=PAGES, **kw)
    qtbot.addWidget(controller.welcome)
    controller.start(**({"vault_path": kw.pop("vault_path")} if "vault_path" in kw else {}))
    return controller


def test_create_vault_flow_shows_recovery_key_then_main_window(qtbot, deps, tmp_path,
                                                                fake_printer):
    controller = _controller(qtbot, deps)
    panel = controller.welcome.create_panel
    assert controller.welcome.tabs.currentWidget() is panel  # no recent vaults yet
    panel.name.setText("warehouse")
    panel.folder.setText(str(tmp_path))
    panel.passphrase.setText(PASSPHRASE)
    panel.again.setText(PASSPHRASE)
    assert panel.meter.current is not None and panel.meter.current.acceptable
    panel.create_button.click()
    qtbot.waitUntil(lambda: controller.welcome.recovery_dialog is not None, timeout=15000)
    dialog = controller.welcome.recovery_dialog
    key = dialog.key_field.text()
    assert len(key.replace("-", "")) >= 32
    assert not dialog.ok_button.isEnabled()
    dialog.print_button.click()
    assert fake_printer.calls == [("warehouse", key)]
    dialog.reject()  # Escape cannot skip the key
    assert dialog.isVisible()
    dialog.written.setChecked(True)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: controller.window is not None)
    window = controller.window
    qtbot.addWidget(window)
    assert window.vault_label.text() == "Vault: warehouse — unlocked"
    assert dialog.key_field.text() == ""
    assert (tmp_path / "warehouse.forumkit").is_dir()
    # the recovery key shown really opens the vault
    controller.ctx.vault.lock()
    Vault.open_with_recovery_key(tmp_path / "warehouse.forumkit", key).lock()
    recent = json.loads((Path(os.environ["FORUM_KIT_CONFIG_DIR"]) / "config.json").read_text())
    assert recent["recent_vaults"][0].endswith("warehouse.forumkit")


@pytest.mark.parametrize(("passphrase", "again", "expected"), [
    ("short one", "short one", "at least 12"),
    (PASSPHRASE, PASSPHRASE + "x", "differ"),
])
def test_create_refuses_short_or_mismatched_passphrase(qtbot, deps, tmp_path, passphrase, again,
                                                       expected):
    controller = _controller(qtbot, deps)
    panel = controller.welcome.create_panel
    panel.name.setText("v")
    panel.folder.setText(str(tmp_path))
    panel.passphrase.setText(passphrase)
    panel.again.setText(again)
    panel.create_button.click()
    assert expected in panel.error.text()
    assert not (tmp_path / "v.forumkit").exists()
    assert panel.passphrase.text() == passphrase  # nothing lost on a refused form


def test_recent_vault_opens_unlock_screen(qtbot, deps, vault):
    from forum_kit.config import add_recent_vault

    add_recent_vault(vault.path)
    controller = _controller(qtbot, deps)
    panel = controller.welcome.open_panel
    assert panel.recent.count() == 1
    assert controller.welcome.tabs.currentWidget() is panel
    panel.open_selected.click()
    unlock = controller.welcome.unlock
    assert unlock is not None and controller.welcome.stack.currentWidget() is unlock
    assert not unlock.demo_note.isVisible()


def test_wrong_passphrase_says_so_and_the_window_stays_responsive(qtbot, deps, vault):
    vault.lock()

    def slow_open(path, passphrase):
        time.sleep(0.4)  # stands in for the production KDF, on the worker thread
        return Vault.open(path, passphrase)

    widget = UnlockWidget(vault.path, opener=slow_open)
    qtbot.addWidget(widget)
    widget.show()
    ticks = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(widget.busy_bar.isVisible()))
    timer.start()
    widget.passphrase.setText("not the passphrase at all")
    widget.unlock_button.click()
    assert widget.busy and widget.busy_bar.isVisible()
    assert widget.passphrase.text() == ""  # handed over, not kept in the field
    qtbot.waitUntil(lambda: not widget.busy, timeout=10000)
    timer.stop()
    assert widget.error.text() == "Wrong passphrase — try again"
    # the GUI thread kept processing events while the key was derived
    assert sum(ticks) >= 5
    assert not widget.busy_bar.isVisible() and widget.passphrase.isEnabled()
    with qtbot.waitSignal(widget.unlocked, timeout=10000) as blocker:
        widget.passphrase.setText(PASSPHRASE)
        widget.unlock_button.click()
    blocker.args[0].lock()


def _not_a_vault(tmp_path, vault):
    folder = tmp_path / "empty.forumkit"
    folder.mkdir()
    return folder


def _key_file_damaged(tmp_path, vault):
    (vault.path / "keys.json").write_text("{ not json")
    return vault.path


def _vault_damaged(tmp_path, vault):
    with open(vault.path / "vault.db", "r+b") as fh:
        fh.truncate(4096 + 100)
    return vault.path


def _missing(tmp_path, vault):
    return tmp_path / "nowhere.forumkit"


@pytest.mark.parametrize(("make", "error"), [
    (_not_a_vault, NotAVault), (_key_file_damaged, KeyFileDamaged),
    (_vault_damaged, VaultDamaged), (_missing, VaultNotFound),
])
def test_each_vault_error_is_shown_in_words(qtbot, tmp_path, vault, make, error):
    vault.lock()
    path = make(tmp_path, vault)
    widget = UnlockWidget(path)
    qtbot.addWidget(widget)
    widget.passphrase.setText(PASSPHRASE)
    widget.attempt()
    qtbot.waitUntil(lambda: not widget.busy, timeout=10000)
    assert widget.error.text() == error().message
    assert "Traceback" not in widget.error.text()


def test_error_text_for_unexpected_errors():
    assert "unexpected ValueError" in error_text(ValueError("secret note text"))
    assert "secret" not in error_text(ValueError("secret note text"))


def test_recovery_key_option_unlocks(qtbot, vault):
    key = vault.add_recovery_key()
    vault.lock()
    widget = UnlockWidget(vault.path)
    qtbot.addWidget(widget)
    widget.use_recovery.setChecked(True)
    assert widget.secret_label.text() == "&Recovery key"
    widget.passphrase.setText("AAAA-" + key[5:].lower())  # wrong key
    widget.attempt()
    qtbot.waitUntil(lambda: not widget.busy, timeout=10000)
    assert "recovery key" in widget.error.text()
    with qtbot.waitSignal(widget.unlocked, timeout=10000) as blocker:
        widget.passphrase.setText(key.lower())
        widget.attempt()
    blocker.args[0].lock()


def test_demo_vault_is_created_and_its_unlock_screen_names_the_passphrase(qtbot, deps, tmp_path,
                                                                          monkeypatch):
    import forum_kit.demo

    calls = []
    # the generator has its own tests and takes seconds; here only the app's flow matters
    monkeypatch.setattr(forum_kit.demo, "generate", lambda vault, **kw: calls.append(kw))
    deps.demo_path = tmp_path / "data" / "demo.forumkit"
    controller = _controller(qtbot, deps)
    controller.prepare_demo()
    qtbot.waitUntil(lambda: controller.welcome.unlock is not None, timeout=20000)
    assert calls == [{"today": deps.today(), "contacts": 1500, "neighbourhood": True}]
    unlock = controller.welcome.unlock
    assert unlock.path == deps.demo_path
    assert unlock.demo_note.isVisibleTo(controller.welcome)
    assert "'demo passphrase'" in unlock.demo_note.text()
    with qtbot.waitSignal(unlock.unlocked, timeout=10000):
        unlock.passphrase.setText("demo passphrase")
        unlock.attempt()
    qtbot.waitUntil(lambda: controller.window is not None)
    qtbot.addWidget(controller.window)
    controller.window.lock_now()
