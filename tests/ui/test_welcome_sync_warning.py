"""SECURITY.md L-6: creating or opening a vault inside a synced folder shows a warning with the
reason, and still lets the user go on."""

from __future__ import annotations

from ui.dialogs.welcome import WelcomeWindow


def test_create_panel_warns_while_the_folder_is_synced(deps, qtbot, tmp_path):
    window = WelcomeWindow(deps)
    qtbot.addWidget(window)
    panel = window.create_panel
    plain = tmp_path / "plain"
    plain.mkdir()
    panel.folder.setText(str(plain))
    assert panel.sync_note.isHidden()
    synced = tmp_path / "shared"
    (synced / ".stfolder").mkdir(parents=True)
    panel.folder.setText(str(synced))
    assert not panel.sync_note.isHidden()
    text = panel.sync_note.text()
    assert "Syncthing" in text and "leaves this computer" in text and "history" in text
    # a warning, not a refusal
    panel.name.setText("committee")
    panel.passphrase.setText("correct horse battery staple")
    panel.again.setText("correct horse battery staple")
    assert panel.validation_error() is None
    panel.folder.setText(str(plain))
    assert panel.sync_note.isHidden()


def test_opening_a_synced_vault_warns_above_the_unlock_screen(deps, qtbot, tmp_path):
    window = WelcomeWindow(deps)
    qtbot.addWidget(window)
    synced = tmp_path / "team"
    synced.mkdir()
    (synced / ".dropbox").write_text("")
    unlock = window.show_unlock(synced / "v.forumkit")
    assert window.stack.currentWidget() is unlock
    assert not window.sync_note.isHidden()
    assert "Dropbox" in window.sync_note.text()
    window.show_home()
    assert window.sync_note.isHidden()
    window.show_unlock(tmp_path / "elsewhere" / "v.forumkit")
    assert window.sync_note.isHidden()
