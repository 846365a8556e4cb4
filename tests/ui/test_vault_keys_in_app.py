"""Keys in the app (issue 24): change the passphrase and make a new recovery key from Settings,
through the vault's own API; after an unlock with the recovery key the window offers to set a new
passphrase; "me" is chosen in Settings; the recovery key's Print says what really happened."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from forum_kit.services import contacts as contacts_s
from forum_kit.services import me as me_s
from forum_kit.services import workplaces as workplaces_s
from forum_kit.vault import Vault
from ui.app import PAGE_FACTORIES, create_main_window
from ui.dialogs import recovery_key as rk
from ui.dialogs.passphrase_dialog import PassphraseDialog, make_new_recovery_key
from ui.dialogs.settings_dialog import SettingsDialog

PASSPHRASE = "correct horse battery staple"  # tests/conftest.py's
NEW = "seven blue kettles sing at dawn"


def _submit(qtbot, dialog) -> None:
    dialog.submit()
    if dialog.job is not None:
        qtbot.waitUntil(lambda: not dialog.job.running, timeout=10000)
    QApplication.processEvents()


def test_change_passphrase_refusals_keep_the_dialog_then_it_changes(qtbot, ctx):
    import datetime as dt

    from forum_kit.vault_backup import list_auto_backups, write_backup

    # an automatic backup made before: it would still open with the old passphrase
    old_backup = ctx.vault.path / "backups" / "auto-20250101T000000Z.fkbackup"
    write_backup(ctx.vault, old_backup, now=dt.datetime(2025, 1, 1, tzinfo=dt.UTC))
    assert list_auto_backups(ctx.vault.path) == [old_backup]
    dialog = PassphraseDialog(ctx.vault)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.current.setText(PASSPHRASE)
    dialog.new.setText("short")
    dialog.again.setText("short")
    _submit(qtbot, dialog)
    assert dialog.isVisible() and "at least 12" in dialog.error.text()
    assert "b71c1c" in dialog.new.styleSheet() and dialog.current.text() == PASSPHRASE
    dialog.new.setText(NEW)
    dialog.again.setText(NEW + "!")
    _submit(qtbot, dialog)
    assert "differ" in dialog.error.text() and "b71c1c" in dialog.again.styleSheet()
    dialog.current.setText("not the passphrase at all")
    dialog.again.setText(NEW)
    _submit(qtbot, dialog)
    assert dialog.isVisible() and "current passphrase is wrong" in dialog.error.text()
    assert dialog.current.text() == "" and dialog.new.text() == NEW  # only the wrong one goes
    dialog.current.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.submit()
    assert dialog.outcome_text.startswith("The passphrase is changed.")
    # as forum-kit passwd does, in the singular
    assert "The 1 automatic backup, still under the old passphrase, is replaced" in (
        dialog.outcome_text)
    assert old_backup not in list_auto_backups(ctx.vault.path)
    path = ctx.vault.path
    ctx.vault.lock()
    Vault.open(path, NEW).lock()
    with pytest.raises(Exception):  # noqa: B017 - WrongPassphrase, whatever its base
        Vault.open(path, PASSPHRASE)


def test_new_recovery_key_from_settings_replaces_the_old_one(qtbot, ctx, fake_printer):
    old = ctx.vault.add_recovery_key()
    shown = []
    ctx.deps.extras["show_recovery_key"] = lambda d: shown.append(d.key_field.text())
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    keys = []
    dialog.new_recovery_key = lambda parent: keys.append(make_new_recovery_key(parent, ctx))
    dialog.recovery_button.click()
    assert keys and keys[0] and keys[0] != old and shown == keys
    path = ctx.vault.path
    ctx.vault.lock()
    Vault.open_with_recovery_key(path, keys[0]).lock()
    with pytest.raises(Exception):  # noqa: B017
        Vault.open_with_recovery_key(path, old)


def test_settings_opens_the_passphrase_dialog(qtbot, ctx):
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    opened = []

    def fake(parent):
        d = PassphraseDialog(ctx.vault, parent=parent)
        opened.append(d)
        return d

    dialog.passphrase_dialog = fake
    dialog.change_passphrase_button.click()
    assert opened and opened[0].isVisible()
    opened[0].reject()


def test_me_is_chosen_in_settings(qtbot, ctx):
    with ctx.unit_of_work() as s:
        wp = workplaces_s.add_workplace(s, name="Depot", today=ctx.today()).id
        area = workplaces_s.add_area(s, workplace_id=wp, name="Dock").id
        mara = contacts_s.add_contact(
            s, workplace_id=wp, area_id=area, first_name="Mara", today=ctx.today()
        ).id
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.me_label.text() == "(nobody chosen)" and not dialog.forget_me.isEnabled()
    dialog.pick_me = lambda parent: mara
    dialog.choose_me.click()
    assert dialog.me_label.text() == "Mara"
    dialog.save()
    with ctx.unit_of_work() as s:
        assert me_s.get_me(s) == mara
    again = SettingsDialog(ctx)
    qtbot.addWidget(again)
    assert again.me_label.text() == "Mara"
    again.forget_me.click()
    again.save()
    with ctx.unit_of_work() as s:
        assert me_s.get_me(s) is None


def test_unlocking_with_the_recovery_key_offers_a_new_passphrase(qtbot, ctx):
    key = ctx.vault.add_recovery_key()
    window = create_main_window(ctx, PAGE_FACTORIES, search_fn=lambda s, t, limit: [])
    qtbot.addWidget(window)
    window.show()
    window.lock_now()
    view = window.locked_view
    view.use_recovery.setChecked(True)
    with qtbot.waitSignal(window.unlocked, timeout=10000):
        view.passphrase.setText(key)
        view.attempt()
    offer = window.passphrase_offer
    assert offer is not None and offer.isVisible() and not offer.current.isVisible()
    offer.new.setText(NEW)
    offer.again.setText(NEW)
    with qtbot.waitSignal(offer.accepted, timeout=10000):
        offer.submit()
    assert view.take_recovery_key() is None  # handed over once, not kept
    window.lock_now()
    with qtbot.waitSignal(window.unlocked, timeout=10000):
        view.passphrase.setText(NEW)
        view.attempt()
    assert window.passphrase_offer is offer  # a passphrase unlock offers nothing new
    window.close()


@pytest.mark.parametrize(
    ("outcome", "words", "alternatives"),
    [
        (rk.PRINTED, "Check that the page came out", False),
        (rk.CANCELLED, "Not printed.", False),
        (rk.NO_PRINTER, "No printer is set up", True),
        (rk.FAILED, "printer reported an error", True),
    ],
)
def test_print_says_what_really_happened(qtbot, tmp_path, outcome, words, alternatives):
    dialog = rk.RecoveryKeyDialog("depot", "ABCD-EFGH", printer=lambda p, n, k: outcome)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.print_button.click()
    assert words in dialog.print_status.text()
    assert "Sent to the printer." != dialog.print_status.text()
    assert dialog.alternatives.isVisible() == alternatives
    if alternatives:
        out = tmp_path / "key.pdf"
        dialog.choose_pdf = lambda parent: str(out)
        dialog.save_pdf_button.click()
        assert out.read_bytes().startswith(b"%PDF") and "delete it" in dialog.print_status.text()
        copied = []
        dialog.copy_key = copied.append  # the clipboard wiper's own tests cover the copy
        dialog.copy_button.click()
        assert copied == ["ABCD-EFGH"]
        assert "cleared in 30" in dialog.print_status.text()


def test_no_printer_on_this_machine_is_said(qtbot, monkeypatch):
    monkeypatch.setattr(rk, "has_printer", lambda: False)
    assert rk.print_recovery_key(None, "depot", "ABCD") == rk.NO_PRINTER
