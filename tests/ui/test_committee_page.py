"""The Committee page, the copy shown read-only under its banner, and the review dialog, with the
dialogs and file choosers injected: a keeper adds a steward and sends copies; the steward opens
their copy (every page read-only, a write refused with a sentence), logs a one-on-one, sends
the report, survives a lock and goes back to their own chart; the keeper reviews the report (a
conflict chosen, a declined new contact taking its one-on-one along), and the contact editor
shows who reported what."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest
import sqlalchemy as sa
from committee_world import PASS, START, World, vault_from

from forum_kit.committee import entries, review
from forum_kit.exchange import identity
from forum_kit.models import Area, Contact
from forum_kit.vault import Vault
from ui.app import create_main_window
from ui.dialogs.committee_dialogs import MemberDialog, MemberSpec, ReviewDialog
from ui.models.committee_models import (
    CopiesModel,
    DetailsModel,
    EntriesModel,
    MembersModel,
    ReportsModel,
    ReviewModel,
)
from ui.session import AppContext

BEA = "Beatriz Quiñones"


@pytest.fixture
def world(_template_vault, tmp_path):
    w = World(_template_vault, tmp_path / "world", contacts=24)
    w.add_steward(_template_vault, BEA, areas=[w.scoped_area], sensitive=True)
    yield w
    for vault in (w.keeper, *w.stewards.values()):
        if not vault.is_locked:
            vault.lock()


@pytest.fixture
def deps(deps):
    """The app's "today" in the world's month (the reports' dates are not in its future)."""
    deps.today = lambda: (START + dt.timedelta(days=7)).date()
    return deps


def _window(qtbot, vault, deps):
    window = create_main_window(AppContext(vault, deps))
    qtbot.addWidget(window)
    window.resize(1280, 720)
    return window


def _bea_person(world: World) -> tuple[int, str]:
    """A person of Bea's area: (keeper's id, uid)."""
    uids = world.copy_records(BEA)["contacts"] if BEA in world.copy_rows else None
    with world.keeper.unit_of_work() as s:
        from forum_kit.committee.scope import subtree

        areas = subtree(s, [world.scoped_area])
        row = s.execute(
            sa.select(Contact.id, Contact.uid)
            .where(Contact.area_id.in_(areas), Contact.sensitive.is_(False))
            .order_by(Contact.id)
        ).first()
    assert uids is None or row.uid in uids
    return row.id, row.uid


def test_models_pass_the_model_tester(qtmodeltester, world):
    from forum_kit.queries import committee as q

    world.send_copy(BEA, START)
    pid, uid = _bea_person(world)
    chart = world.chart(BEA)
    try:
        with world.stewards[BEA].unit_of_work() as s, chart.unit_of_work() as c:
            local = c.execute(sa.select(Contact.id).where(Contact.uid == uid)).scalar_one()
            entries.log_one_on_one(
                s,
                c,
                copy_row_id=world.copy_rows[BEA],
                contact_id=local,
                held_on=START.date(),
                texts={"plan": "Petition"},
                level=2,
                now=START,
            )
            lines = q.entry_lines(s, c, world.copy_rows[BEA])
            held = q.held_copies(s)
    finally:
        chart.close()
    received = world.receive(world.write_report(BEA, START), START)
    with world.keeper.unit_of_work() as s:
        members, reports = q.members(s), q.reports(s)
        plan = review.plan_review(s, received.report_row_id, today=START.date())
    for model, rows in (
        (MembersModel(), members),
        (ReportsModel(), reports),
        (CopiesModel(), held),
        (EntriesModel(), lines),
        (ReviewModel(), plan.changes),
        (DetailsModel(), plan.changes[0].details),
    ):
        model.set_rows(rows)
        assert model.rowCount() == len(rows) > 0
        qtmodeltester.check(model)


def test_the_keeper_adds_a_steward_and_sends_copies(qtbot, world, deps, tmp_path, _template_vault):
    window = _window(qtbot, world.keeper, deps)
    page = window.show_page("committee")
    assert page.members_model.rowCount() == 1
    dan = vault_from(_template_vault, tmp_path / "dan.forumkit")
    with dan.unit_of_work() as s:
        card = identity.own_card(s, default_name="Dan Ødegaard", now=START)
    dan.lock()
    # the real dialog: its choices and what it returns
    choices = page._member_choices()
    dialog = MemberDialog(window, card=True, **choices)
    qtbot.addWidget(dialog)
    dialog.card_fields.card.setPlainText(identity.card_text(card))
    dialog.card_fields.fingerprint.setText(card.fingerprint_text)
    dialog.set_areas({world.scoped_area})
    spec = dialog.values()
    assert spec.area_ids == (world.scoped_area,) and spec.workplace_id == world.workplace_id
    wrong = MemberSpec(spec.card, "AAAA-" * 7 + "AAAA", None, spec.workplace_id, None, False, None)
    page.ask_member = lambda parent, **kw: wrong
    assert not page.add_member()
    assert "does not match" in page.status.text()
    page.ask_member = lambda parent, **kw: spec
    assert page.add_member()
    assert page.members_model.rowCount() == 2
    page.choose_folder = lambda parent: str(tmp_path)
    written = page.send_copies()
    assert len(written) == 2 and all(p.exists() for p in written)
    assert all(row.last_copy is not None for row in page.members_model.rows())


def test_the_steward_shows_a_copy_read_only_logs_and_reports(qtbot, world, deps, tmp_path):
    copy_file = tmp_path / "bea.fkcopy"
    copy_file.write_bytes(world.write_copy(BEA, START))
    steward = world.stewards[BEA]
    window = _window(qtbot, steward, deps)
    page = window.show_page("committee")
    people = window.pages["people"]
    assert not people.new_button.isHidden()
    page.choose_copy = lambda parent: str(copy_file)
    copy_row = page.open_copy_file()
    ctx = window.ctx
    assert copy_row and ctx.read_only and ctx.copy_label.startswith("Copy of Keeper Kim's chart")
    assert window.copy_mode.banner.shown
    assert "read-only" in window.copy_mode.banner.label.text()
    window.show_page("people")
    assert people.new_button.isHidden() and people.editor.save_button.isHidden()
    assert people.editor.phone.isReadOnly()
    # a write that gets past the hidden buttons is refused by the copy itself
    from forum_kit.committee.errors import CopyReadOnly
    from forum_kit.services.contacts import update_contact

    with pytest.raises(CopyReadOnly):
        with ctx.unit_of_work() as s:
            update_contact(s, contact_id=1, phone="0161 496 0000")

    # every page reads the copy (map, people, one-on-ones, grievances, growth, assemblies...)
    for key in window.pages:
        window.show_page(key).refresh()
        assert not window.statusBar().currentMessage(), key
    # a document made from the copy says so on every page
    docs = window.show_page("documents")
    docs.kind.setCurrentIndex(docs.kind.findData("chart_sheet"))
    docs.build_now()
    qtbot.waitUntil(lambda: docs.is_current, timeout=20000)
    assert docs.result is not None, docs.status.text()
    sheet = tmp_path / "sheet.pdf"
    sheet.write_bytes(docs.result.data)
    printed = subprocess.run(
        ["pdftotext", str(sheet), "-"], check=True, capture_output=True, text=True
    ).stdout
    pages = printed.count("\f")
    assert pages >= 1 and printed.count("Copy of Keeper Kim's chart, as of 2026-03-02") == pages

    window.show_page("committee")
    _pid, uid = _bea_person(world)
    with ctx.unit_of_work() as c:
        local = c.execute(sa.select(Contact.id).where(Contact.uid == uid)).scalar_one()
    page.ask_entry = lambda parent, title, fields, pick=None, note="": {
        "person": local,
        "held_on": START.date(),
        "agitate": "Heat on nights",
        "educate": "",
        "inoculate": "",
        "ask": "",
        "answer": "",
        "unite": "",
        "plan": "Petition",
        "tags": "heat, breaks",
        "follow_up_on": None,
        "level": 2,
        "sensitive": False,
    }
    assert page.log_one_on_one()
    assert [e.status for e in page.entries_model.rows()] == ["pending"]
    assert page.entries_model.rows()[0].kind == "One-on-one"
    target = tmp_path / "report.fkreport"
    page.choose_report_target = lambda parent, name: str(target)
    assert window.copy_mode.send_report() == target and target.exists()
    assert [e.status for e in page.entries_model.rows()] == ["sent"]

    # a lock closes the copy (its key wiped); the unlock shows it again
    window.lock_now()
    assert ctx.copy is None and not window.copy_mode.banner.shown
    window._unlocked(Vault.open(steward.path, PASS))
    assert ctx.read_only and window.copy_mode.banner.shown
    page.show_own_requested.emit()
    assert not ctx.read_only and not window.copy_mode.banner.shown
    window.show_page("people")
    assert not people.new_button.isHidden() and not people.editor.phone.isReadOnly()
    world.stewards[BEA] = window.ctx.vault


def _report_with_a_new_person(world: World, tmp_path) -> tuple[str, int]:
    """Bea's report: a new person and a one-on-one with them, and a phone the keeper changed
    too. Returns the report file and the keeper's id of the corrected person."""
    world.send_copy(BEA, START)
    pid, uid = _bea_person(world)
    with world.keeper.unit_of_work() as s:
        area_uid = s.execute(sa.select(Area.uid).where(Area.id == world.scoped_area)).scalar_one()
    chart = world.chart(BEA)
    try:
        with world.stewards[BEA].unit_of_work() as s, chart.unit_of_work() as c:
            area = c.execute(sa.select(Area.id).where(Area.uid == area_uid)).scalar_one()
            local = c.execute(sa.select(Contact.id).where(Contact.uid == uid)).scalar_one()
            row = world.copy_rows[BEA]
            entries.correct_contact(
                s,
                c,
                copy_row_id=row,
                contact_id=local,
                changes={"phone": "0161 496 0222"},
                now=START,
            )
            new = entries.new_contact(
                s,
                c,
                copy_row_id=row,
                area_id=area,
                fields={"first_name": "Ngozi", "last_name": "Adébáyọ̀"},
                now=START,
            )
            entries.record(
                s,
                c,
                copy_row_id=row,
                op="conversation.add",
                target="ab" * 16,
                now=START,
                data={"contact": new.target_uid, "held_on": START.date(), "agitate": "First talk"},
            )
            entries.log_one_on_one(
                s,
                c,
                copy_row_id=row,
                contact_id=local,
                held_on=START.date(),
                texts={"plan": "Petition"},
                now=START,
            )
    finally:
        chart.close()
    with world.keeper.unit_of_work() as s:
        s.get(Contact, pid).phone = "0161 496 0111"
    path = tmp_path / "r.fkreport"
    path.write_bytes(world.write_report(BEA, START + dt.timedelta(hours=1)))
    return str(path), pid


def test_the_keeper_reviews_a_report(qtbot, world, deps, tmp_path):
    path, pid = _report_with_a_new_person(world, tmp_path)
    window = _window(qtbot, world.keeper, deps)
    page = window.show_page("committee")
    seen = {}

    def review_report(parent, ctx, plan):
        dialog = ReviewDialog(parent, ctx, plan)
        qtbot.addWidget(dialog)
        states = [c.status for c in plan.changes]
        assert states == ["conflict", "new", "new", "new"]
        dialog.decide_all(review.ACCEPT)
        assert not dialog.apply_button.isEnabled()  # the conflict is still open
        dialog.table.selectRow(0)
        assert [d.current for d in dialog.details_model.rows()] == ["0161 496 0111"]
        # decline the new person: their one-on-one goes with them
        assert dialog.decide(plan.changes[1], review.DECLINE)
        assert dialog.model.decisions[plan.changes[2].entry_uid] == review.DECLINE
        assert not dialog.decide(plan.changes[2], review.ACCEPT)
        assert "needs change 2" in dialog.error.text()
        dialog.decide_current(review.ACCEPT)  # the steward's phone stands
        assert dialog.apply_button.isEnabled()
        # the review sheet for the meeting, with the decisions taken so far: built and saved
        # through the background helper, the review going on meanwhile
        dialog.ask_password = lambda parent: "a long enough password"
        dialog.choose_sheet_target = lambda parent, name: str(tmp_path / "gone" / "sheet.pdf")
        job = dialog.save_sheet()
        with qtbot.waitSignal(job.finished, timeout=60_000):
            pass
        assert "does not exist" in dialog.error.text() and dialog.sheet_button.isEnabled()
        sheet = tmp_path / "sheet.pdf"
        dialog.choose_sheet_target = lambda parent, name: str(sheet)
        job = dialog.save_sheet()
        assert job.running and not dialog.sheet_button.isEnabled()
        assert dialog.sheet_status.text() == "Saving the review sheet…"
        with qtbot.waitSignal(job.finished, timeout=60_000):
            pass
        assert dialog.sheet_button.isEnabled() and dialog.error.text() == ""
        assert str(sheet) in dialog.sheet_status.text()
        assert sheet.read_bytes().startswith(b"%PDF") and b"/Encrypt" in sheet.read_bytes()
        seen["applied"] = dialog.apply()
        return dialog.result_text

    page.review_report = review_report
    page.choose_report = lambda parent: path
    assert page.take_in_report()
    assert seen["applied"] and "Changes applied: 2; declined: 2." in page.status.text()
    assert page.reports_model.rows()[0].reviewed is not None
    with world.keeper.unit_of_work() as s:
        assert s.get(Contact, pid).phone == "0161 496 0222"
        assert not s.execute(sa.select(Contact.id).where(Contact.first_name == "Ngozi")).first()
    people = window.show_page("people")
    assert people.open_item("person", pid)
    text = people.editor.provenance.text()
    assert people.editor.provenance.isVisibleTo(people.editor)
    assert f"From {BEA}'s report" in text and "phone" in text and "one-on-one" in text


def test_a_copy_file_kept_elsewhere_opens_in_a_second_vault_only_once_trusted(
    qtbot, world, deps, tmp_path
):
    copy_file = tmp_path / "bea.fkcopy"
    copy_file.write_bytes(world.write_copy(BEA, START))
    other = tmp_path / "other.forumkit"
    shutil.copytree(world.stewards[BEA].path, other)
    window = _window(qtbot, world.keeper, deps)  # the keeper's own vault is not Bea's
    page = window.show_page("committee")
    page.choose_copy = lambda parent: str(copy_file)
    assert page.open_copy_file() is None
    assert "another vault" in page.status.text() or "Unknown sender" in page.status.text()
    assert not window.ctx.read_only


def test_a_large_copy_shows_at_once_and_is_finished_while_browsed_even_across_a_lock(
    qtbot, world, deps, tmp_path, monkeypatch
):
    import threading

    from forum_kit.committee import copydb
    from forum_kit.exchange.importer import bulk
    from forum_kit.services.conversations import log_conversation

    # every copy counts as large: its indexes and its notes' search index come after it shows
    monkeypatch.setattr(copydb, "DEFER_AT", 0)
    monkeypatch.setattr(copydb, "NOTES_BATCH", 10)
    monkeypatch.setattr(bulk, "REBUILD_AT", 1)
    pid, _uid = _bea_person(world)
    with world.keeper.unit_of_work() as s:
        log_conversation(s, contact_id=pid, held_on=START.date(), plan="Quorvantel rota petition")
    copy_file = tmp_path / "bea.fkcopy"
    copy_file.write_bytes(world.write_copy(BEA, START))
    steward = world.stewards[BEA]
    window = _window(qtbot, steward, deps)
    ctx = window.ctx
    # the finishing waits at its first step until the search has been tried (or a lock)
    gate = threading.Event()
    real_step = copydb.finish_step

    def gated(conn):
        while not gate.wait(0.01):
            if ctx.copy is None:
                break
        return real_step(conn)

    monkeypatch.setattr(copydb, "finish_step", gated)
    page = window.show_page("committee")
    page.choose_copy = lambda parent: str(copy_file)
    assert page.open_copy_file()
    assert ctx.read_only and ctx.copy.indexing
    search = window.show_page("search")
    search.run("Quorvantel")
    assert "Still indexing" in search.message.text()
    # the copy browses meanwhile
    window.show_page("people").refresh()
    assert not window.statusBar().currentMessage()

    # a lock mid-way closes the copy; the finishing stops and the unlock takes it up again
    window.lock_now()
    assert ctx.copy is None
    qtbot.waitUntil(lambda: not window.copy_mode.finishing.running, timeout=20000)
    gate.set()
    window._unlocked(Vault.open(steward.path, PASS))
    assert ctx.read_only and ctx.copy.indexing
    qtbot.waitUntil(lambda: not ctx.copy.indexing, timeout=30000)
    qtbot.waitUntil(lambda: not window.copy_mode.finishing.running, timeout=20000)
    assert search.run("Quorvantel") >= 1
    assert "Still indexing" not in search.message.text()
    world.stewards[BEA] = window.ctx.vault
