"""The export dialog (personal-data sentence, escaped file) and the File-menu data actions
(placement, back up now and restore through injected choosers)."""

from __future__ import annotations

import csv

from PySide6.QtWidgets import QMainWindow

from forum_kit.models import Area, Contact
from forum_kit.services.workplaces import add_workplace

PASSPHRASE = "correct horse battery staple"


def _fill(ctx) -> int:
    with ctx.unit_of_work() as s:
        wp = add_workplace(s, name="Acme", today=ctx.today())
        area = Area(workplace_id=wp.id, name="Dock", kind="area", position=0)
        s.add(area)
        s.flush()
        s.add_all([
            Contact(workplace_id=wp.id, area_id=area.id, first_name="=Eve", last_name="X",
                    added_on=ctx.today()),
            Contact(workplace_id=wp.id, area_id=area.id, first_name="Hid", last_name="Den",
                    sensitive=True, added_on=ctx.today()),
        ])
        return wp.id


def test_export_dialog_writes_escaped_file(qtbot, ctx, tmp_path) -> None:
    from ui.dialogs.export_dialog import ExportDialog

    wp = _fill(ctx)
    out = tmp_path / "people.csv"
    dialog = ExportDialog(ctx, workplace_id=wp, choose_file=lambda parent, fmt: str(out))
    qtbot.addWidget(dialog)
    assert "personal phone numbers" in dialog.personal.text()
    assert dialog.export()
    assert dialog.written == (str(out), 1)  # the sensitive person stays out
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[1][0] == "'=Eve"


def test_data_actions_in_file_menu_and_backup_restore(qtbot, ctx, tmp_path) -> None:
    from ui.actions.data_actions import install_data_actions

    _fill(ctx)
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = window.menuBar().addMenu("&File")
    menu.addAction("Lock")
    menu.addSeparator()
    quit_action = menu.addAction("Quit")
    backup = tmp_path / "b.fkbackup"
    ctx.deps.extras["choose_backup_file"] = lambda w: str(backup)
    ctx.deps.extras["choose_restore"] = lambda w: (str(backup), str(tmp_path / "new"), PASSPHRASE)
    actions = install_data_actions(window, ctx)
    texts = [a.text() for a in menu.actions()]
    assert texts.index("&Import…") < texts.index("&Restore…") < texts.index("Quit")
    assert menu.actions()[-1] is quit_action
    actions["backup"].trigger()
    qtbot.waitUntil(backup.exists, timeout=10_000)
    actions["restore"].trigger()
    qtbot.waitUntil(lambda: (tmp_path / "new.forumkit" / "keys.json").exists(), timeout=10_000)
