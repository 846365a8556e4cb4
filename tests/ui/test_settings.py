"""Typed settings: round trip, validation, isolation, and the dialog writing the vault's scale."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from forum_kit.errors import InvalidInput
from ui.settings import SETTINGS, SettingsStore, default_config_dir, validate


def test_defaults_and_round_trip(settings_store, tmp_path):
    assert settings_store.values() == {s.key: s.default for s in SETTINGS}
    settings_store.set("idle_lock_minutes", 12)
    settings_store.set("default_workplace_id", 3)
    settings_store.set("stale_days", "30")
    again = SettingsStore(settings_store.path)
    assert again.get("idle_lock_minutes") == 12
    assert again.get("default_workplace_id") == 3
    assert again.get("stale_days") == 30
    settings_store.set("default_workplace_id", None)
    assert SettingsStore(settings_store.path).get("default_workplace_id") is None
    assert settings_store.path.is_file()
    assert str(settings_store.path).startswith(str(tmp_path))


@pytest.mark.parametrize(("key", "value", "words"), [
    ("idle_lock_minutes", 0, "at least 1"),
    ("idle_lock_minutes", 241, "at most 240"),
    ("idle_lock_minutes", "soon", "must be a int"),
    ("idle_lock_minutes", True, "must be a int"),
    ("language", "de", "one of: en"),  # a language Forum Kit does not ship
    ("nope", 1, "Unknown setting"),
])
def test_invalid_values_are_refused_with_the_setting_named(key, value, words):
    with pytest.raises(InvalidInput) as caught:
        validate(key, value)
    assert words in caught.value.message


def test_a_hand_damaged_file_falls_back_to_defaults(settings_store):
    settings_store.path.parent.mkdir(parents=True, exist_ok=True)
    settings_store.path.write_text("[General]\nidle_lock_minutes=banana\n")
    assert SettingsStore(settings_store.path).get("idle_lock_minutes") == 5


def test_default_location_is_the_isolated_config_dir(qapp):
    assert default_config_dir() == Path(os.environ["FORUM_KIT_CONFIG_DIR"])
    assert SettingsStore().path.parent == default_config_dir()


def test_changed_signal(qtbot, settings_store):
    with qtbot.waitSignal(settings_store.changed) as blocker:
        settings_store.set("due_soon_working_days", 5)
    assert blocker.args == ["due_soon_working_days"]


def test_dialog_saves_settings_and_writes_the_scale_to_the_vault(qtbot, ctx):
    from forum_kit.services.scale import scale
    from forum_kit.services.workplaces import add_workplace
    from ui.dialogs.settings_dialog import SettingsDialog

    with ctx.unit_of_work() as session:
        wp_id = add_workplace(session, name="Depot", today=ctx.today()).id
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.editors["idle_lock_minutes"].setValue(15)
    combo = dialog.editors["default_workplace_id"]
    combo.setCurrentIndex(combo.findData(wp_id))
    level, label, colour, definition = dialog.scale_rows[2]
    label.setText("Backer")
    colour.chooser = lambda current: "#123456"
    colour.click()
    definition.setText("Will sign and act when asked.")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert ctx.settings.get("idle_lock_minutes") == 15
    assert ctx.settings.get("default_workplace_id") == wp_id
    with ctx.unit_of_work() as session:
        row = {r.level: r for r in scale(session)}[2]
    assert (row.label, row.colour, row.definition) == (
        "Backer", "#123456", "Will sign and act when asked.")


def test_dialog_refuses_a_duplicate_label_and_saves_nothing(qtbot, ctx):
    from forum_kit.services.scale import scale
    from ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.editors["idle_lock_minutes"].setValue(20)
    dialog.scale_rows[2][1].setText("Leader")  # level 1's label
    dialog.save()
    assert dialog.isVisible()
    assert "label" in dialog.error.text().lower()
    assert ctx.settings.get("idle_lock_minutes") == 5
    with ctx.unit_of_work() as session:
        assert {r.level: r.label for r in scale(session)}[2] == "Supporter"
