"""The import wizard with a small file: guessed mapping, a changed combo, the dry-run preview
(run in the background; rejected rows block until skipped; a dry run overtaken by Back is
dropped) and the background import; its models pass qtmodeltester."""

from __future__ import annotations

import threading

import sqlalchemy as sa
from PySide6.QtCore import SIGNAL

from forum_kit.models import Contact
from forum_kit.services.workplaces import add_workplace

DATA_CHANGED = SIGNAL("dataChanged(QModelIndex,QModelIndex,QList<int>)")
CHART = ("Committee chart\n\n"
         "First Name,Last Name,Dept,Cell,Rating,Notes\n"
         "Ana,Perez,Packing,555-201-0001,2,\n"
         "Bo,Li,Packing,call me,1,\n"
         "Zoë,Şêrko,Dock,555-201-0003,3,=1+1\n"
         "Cy,Ng,Dock,555-201-0004,,ok\n")


def _wizard(qtbot, ctx, tmp_path):
    from ui.dialogs.import_wizard import ImportWizard

    with ctx.unit_of_work() as s:
        add_workplace(s, name="Acme", today=ctx.today())
    path = tmp_path / "chart.csv"
    path.write_text(CHART, encoding="utf-8")
    wizard = ImportWizard(ctx, path=path, choose_file=lambda parent: None)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _read(qtbot, wizard) -> None:
    """Next on the file page: the file is read in the background, then the wizard moves on."""
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=10_000)


def test_wizard_imports_after_skip(qtbot, qtmodeltester, ctx, tmp_path) -> None:
    wizard = _wizard(qtbot, ctx, tmp_path)
    assert wizard.file_page.isComplete()
    _read(qtbot, wizard)
    assert wizard.currentPage() is wizard.mapping_page
    mapping = wizard.mapping_model.mapping()
    assert set(mapping.values()) == {"first_name", "last_name", "area", "phone", "assessment",
                                     "notes"}
    qtmodeltester.check(wizard.mapping_model)
    # stop importing notes: the formula cell no longer rejects its row
    notes_row = next(i for i, f in mapping.items() if f == "notes")
    combo = wizard.mapping_page.combos[notes_row]
    combo.setCurrentIndex(combo.findData(""))
    assert "notes" not in wizard.mapping_model.mapping().values()
    wizard.next()
    assert wizard.currentPage() is wizard.preview
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=10_000)
    assert not wizard.preview.checking
    plan = wizard.plan
    assert (plan.added, plan.rejected) == (3, 1)
    assert "3 to add" in wizard.preview.summary.text()
    qtmodeltester.check(wizard.plan_model)
    reject = [wizard.plan_model.index(r, 4).data() for r in range(wizard.plan_model.rowCount())
              if wizard.plan_model.index(r, 1).data() == "reject"]
    assert len(reject) == 1 and reject[0].startswith("Phone")
    assert not wizard.preview.isComplete()
    wizard.preview.skip.setChecked(True)
    assert wizard.preview.isComplete()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.run_page.done, timeout=10_000)
    assert wizard.error is None
    assert wizard.result.added == 3
    assert "3 added" in wizard.run_page.status.text()
    with ctx.unit_of_work() as s:
        names = set(s.execute(sa.select(Contact.first_name)).scalars())
    assert names == {"Ana", "Zoë", "Cy"}
    # the next chart with these headers starts from the mapping used (notes not imported)
    from ui.dialogs.import_wizard import ImportWizard

    again = ImportWizard(ctx, path=wizard.file_page.path.text(), choose_file=lambda parent: None)
    qtbot.addWidget(again)
    again.show()
    _read(qtbot, again)
    assert "the mapping you used last time" in again.mapping_page.info.text()
    assert again.mapping_model.mapping() == wizard.mapping_model.mapping()
    assert "notes" not in again.mapping_model.mapping().values()


def test_mapping_combo_moves_a_field(qtbot, ctx, tmp_path) -> None:
    wizard = _wizard(qtbot, ctx, tmp_path)
    _read(qtbot, wizard)
    receivers = wizard.mapping_model.receivers(DATA_CHANGED)
    assert receivers >= 1
    wizard.back()
    _read(qtbot, wizard)  # set up again: its combos follow the model through one connection
    assert wizard.mapping_model.receivers(DATA_CHANGED) == receivers
    model = wizard.mapping_model
    phone_row = next(i for i, f in model.mapping().items() if f == "phone")
    notes_row = next(i for i, f in model.mapping().items() if f == "notes")
    combo = wizard.mapping_page.combos[notes_row]
    combo.setCurrentIndex(combo.findData("phone"))
    assert model.mapping()[notes_row] == "phone"
    assert phone_row not in model.mapping()
    assert wizard.mapping_page.combos[phone_row].currentData() == ""


def test_unreadable_file_shows_error(qtbot, ctx, tmp_path) -> None:
    wizard = _wizard(qtbot, ctx, tmp_path)
    wizard.file_page.path.setText(str(tmp_path / "missing.csv"))
    wizard.next()
    qtbot.waitUntil(lambda: "does not exist" in wizard.file_page.error.text(), timeout=10_000)
    assert wizard.currentPage() is wizard.file_page
    assert wizard.file_page.isComplete()  # Next works again once a readable file is chosen


def _held_dry_runs(monkeypatch) -> list[threading.Event]:
    """Each dry run waits for its own gate; the list grows as runs start."""
    from forum_kit.exchange import importer

    real = importer.plan_import
    gates: list[threading.Event] = []

    def held(session, table, **kwargs):
        gate = threading.Event()
        gates.append(gate)
        assert gate.wait(10)
        return real(session, table, **kwargs)

    monkeypatch.setattr(importer, "plan_import", held)
    return gates


def test_the_dry_run_runs_in_the_background_and_back_drops_it(qtbot, ctx, tmp_path,
                                                              monkeypatch) -> None:
    """While the dry run runs the window answers and Next is off; going back to change the
    mapping (again and again) drops the run under way, which must end before the one for the
    mapping on screen starts: one run at a time, and the preview shows the last mapping's."""
    gates = _held_dry_runs(monkeypatch)
    wizard = _wizard(qtbot, ctx, tmp_path)
    _read(qtbot, wizard)
    wizard.next()
    assert wizard.currentPage() is wizard.preview
    qtbot.waitUntil(lambda: len(gates) == 1)
    qtbot.wait(50)  # the event loop turns while the dry run waits
    assert wizard.preview.checking and not wizard.preview.isComplete()
    assert "Checking 4 rows" in wizard.preview.summary.text()
    for _ in range(3):
        wizard.back()
        wizard.next()
    wizard.back()
    mapping = wizard.mapping_model.mapping()
    notes_row = next(i for i, f in mapping.items() if f == "notes")
    combo = wizard.mapping_page.combos[notes_row]
    combo.setCurrentIndex(combo.findData(""))
    wizard.next()
    qtbot.wait(50)
    assert len(gates) == 1 and wizard.preview.checking  # no second run beside the first
    gates[0].set()  # the first run (notes still mapped: the formula row rejected) ends...
    qtbot.waitUntil(lambda: len(gates) == 2)  # ...is dropped, and the current one starts
    assert wizard.plan is None and wizard.preview.checking
    gates[1].set()
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=10_000)
    assert (wizard.plan.added, wizard.plan.rejected) == (3, 1)  # only the phone row now
    reasons = [wizard.plan_model.index(r, 4).data() for r in range(wizard.plan_model.rowCount())]
    assert not any("formula" in (reason or "").lower() for reason in reasons)
    assert not wizard.preview.checking
    qtbot.wait(50)
    assert len(gates) == 2


def test_closing_keeps_nothing_of_the_file(qtbot, ctx, tmp_path, monkeypatch) -> None:
    """Cancel (or the app locking) while the dry run runs: its result is dropped when it ends,
    no other run starts, and neither the rows nor the plan stay in the wizard's memory."""
    from PySide6.QtCore import Qt

    gates = _held_dry_runs(monkeypatch)
    wizard = _wizard(qtbot, ctx, tmp_path)
    _read(qtbot, wizard)
    wizard.next()
    qtbot.waitUntil(lambda: len(gates) == 1)
    assert wizard.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # qtbot deletes it
    wizard.reject()
    assert wizard.table is None and wizard.mapping_model.rowCount() == 0
    job = wizard.preview.job
    gates[0].set()
    qtbot.waitUntil(lambda: not job.running, timeout=10_000)
    assert wizard.plan is None and wizard.plan_model.rowCount() == 0
    qtbot.wait(50)
    assert len(gates) == 1


def test_a_failed_dry_run_says_so_and_blocks_next(qtbot, ctx, tmp_path, monkeypatch) -> None:
    from forum_kit.errors import InvalidInput
    from forum_kit.exchange import importer

    def refuse(session, table, **kwargs):
        raise InvalidInput("The workplace to import into does not exist; choose another.")

    monkeypatch.setattr(importer, "plan_import", refuse)
    wizard = _wizard(qtbot, ctx, tmp_path)
    _read(qtbot, wizard)
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.preview.checking, timeout=10_000)
    assert "does not exist" in wizard.preview.summary.text()
    assert wizard.plan is None and not wizard.preview.isComplete()


def test_the_file_is_read_in_the_background(qtbot, ctx, tmp_path, monkeypatch) -> None:
    """A large workbook takes seconds to read: the window answers meanwhile, Next is off and the
    page says it is reading; Next pressed again meanwhile starts no second read."""
    from forum_kit.exchange import sniff

    real = sniff.read_table
    gate = threading.Event()
    paths: list[str] = []

    def held(path, **kwargs):
        paths.append(str(path))
        assert gate.wait(10)
        return real(path, **kwargs)

    monkeypatch.setattr(sniff, "read_table", held)
    wizard = _wizard(qtbot, ctx, tmp_path)
    wizard.next()
    qtbot.waitUntil(lambda: len(paths) == 1)
    qtbot.wait(50)
    page = wizard.file_page
    assert wizard.currentPage() is page and page.reading and not page.isComplete()
    assert "Reading the file" in page.error.text()
    wizard.next()  # pressed again while reading: nothing more starts
    gate.set()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=10_000)
    assert len(paths) == 1 and wizard.table is not None and len(wizard.table.rows) == 4


def test_same_person_rows_wait_for_a_choice_that_runs_the_dry_run_again(
    qtbot, qtmodeltester, ctx, tmp_path
) -> None:
    from ui.dialogs.import_wizard import ConflictModel, ImportWizard

    with ctx.unit_of_work() as s:
        add_workplace(s, name="Acme", today=ctx.today())
    path = tmp_path / "same.csv"
    path.write_text("Employee ID,First Name,Last Name,Dept,Cell\n"
                    "E1,Tara,Vance,Line 1,555-400-0001\n"
                    "E1,Tara,Vance-Smith,Line 1,\n"
                    ",Umar,Shah,Line 1,555-400-0002\n"
                    ",Umar,S.,Line 1,(555) 400-0002\n", encoding="utf-8")
    wizard = ImportWizard(ctx, path=path, choose_file=lambda parent: None)
    qtbot.addWidget(wizard)
    wizard.show()
    _read(qtbot, wizard)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=10_000)
    plan = wizard.plan
    assert (plan.added, plan.merged, plan.conflicted) == (2, 1, 1)
    assert "1 to choose" in wizard.preview.summary.text()
    model = wizard.conflict_model
    qtmodeltester.check(model)
    assert model.rowCount() == 1 and model.line(0) == 3
    assert model.index(0, 2).data() == "Last name: Vance (line 2) / Vance-Smith (line 3)"
    assert not wizard.preview.isComplete() and wizard.preview.conflicts.isVisibleTo(wizard)
    combo = wizard.preview.choice_combos[0]
    combo.setCurrentIndex(combo.findData("later"))
    qtbot.waitUntil(lambda: wizard.plan is not None and not wizard.preview.checking,
                    timeout=10_000)
    assert wizard.choices == {3: "later"}
    assert (wizard.plan.merged, wizard.plan.conflicted) == (2, 0)
    assert model.rowCount() == 0 and wizard.preview.isComplete()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.run_page.done, timeout=10_000)
    assert "2 merged" in wizard.run_page.status.text()
    with ctx.unit_of_work() as s:
        assert sorted(s.execute(sa.select(Contact.last_name)).scalars()) == [
            "Shah", "Vance-Smith"]
    assert ConflictModel.HEADERS[3] == "Keep"


def test_a_mostly_utf8_file_names_its_lines_and_reads_as_chosen(qtbot, ctx, tmp_path) -> None:
    from ui.dialogs.import_wizard import ImportWizard

    with ctx.unit_of_work() as s:
        add_workplace(s, name="Acme", today=ctx.today())
    path = tmp_path / "mixed.csv"
    path.write_bytes("First Name,Last Name\nZoë,Ünal\n".encode() + b"Ren\xe9e,Roy\n")
    wizard = ImportWizard(ctx, path=path, choose_file=lambda parent: None)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.file_page
    qtbot.waitUntil(lambda: "Line 3 of the file is not valid UTF-8" in page.error.text(),
                    timeout=10_000)
    assert "Choose the encoding above" in page.error.text()
    assert wizard.currentPage() is page
    from PySide6.QtWidgets import QWizard

    # Next comes back once the failed read has ended (it used to stay off)
    qtbot.waitUntil(lambda: wizard.button(QWizard.WizardButton.NextButton).isEnabled(),
                    timeout=10_000)
    page.encoding.setCurrentIndex(page.encoding.findData("cp1252"))
    _read(qtbot, wizard)
    assert wizard.table.encoding == "cp1252"
    assert wizard.table.rows[1][1][0] == "Renée"


def test_the_preview_shows_each_change_old_to_new(qtbot, ctx, tmp_path) -> None:
    from forum_kit.exchange.importer import apply_import, plan_import
    from forum_kit.exchange.mapping import guess_mapping
    from forum_kit.exchange.sniff import read_table

    wizard = _wizard(qtbot, ctx, tmp_path)
    first = read_table(b"First Name,Last Name,Dept,Cell\nAna,Perez,Packing,555-201-0001\n")
    with ctx.unit_of_work() as s:
        wp = s.execute(sa.text("SELECT id FROM workplaces")).scalar()
        apply_import(s, plan_import(s, first, workplace_id=wp,
                                    mapping=guess_mapping(first.headers), today=ctx.today()))
    _read(qtbot, wizard)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=10_000)
    model = wizard.plan_model
    shown = {model.index(r, 1).data(): model.index(r, 4).data()
             for r in range(model.rowCount()) if model.index(r, 0).data() == 4}
    assert shown == {"update": "Assessment: 0 Unassessed -> 2 Supporter on "
                     f"{ctx.today().isoformat()} (history kept)"}
