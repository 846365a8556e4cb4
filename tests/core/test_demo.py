"""The demo generator: deterministic from the seed, every kind of data, consistent history."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa

from forum_kit import demo
from forum_kit.errors import Conflict, InvalidInput
from forum_kit.models import Base
from forum_kit.vault import FAST_KDF, Vault

TODAY = date(2026, 3, 31)
SMALL = {"contacts": 60, "areas": 12, "notes_per_contact": 1.5}


def _make(tmp_path, name, seed=7):
    vault = Vault.create(tmp_path / name, "correct horse battery", kdf=FAST_KDF)
    stats = demo.generate(vault, seed=seed, today=TODAY, **SMALL)
    return vault, stats


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    base = tmp_path_factory.mktemp("demo")
    first, stats_a = _make(base, "a.forumkit")
    second, stats_b = _make(base, "b.forumkit")
    yield first, second, stats_a, stats_b
    first.lock()
    second.lock()


def _names(vault):
    with vault.unit_of_work() as s:
        return s.execute(sa.text("SELECT first_name, last_name FROM contacts ORDER BY id")).all()


def test_same_seed_same_vault(generated):
    first, second, stats_a, stats_b = generated
    assert dict(stats_a.counts) == dict(stats_b.counts)
    assert _names(first) == _names(second)


# Every table of the organising domain; exchange/federation tables are not the demo's business.
DOMAIN_TABLES = (
    "workplaces areas area_headcounts contacts social_ties assessment_levels assessments "
    "issue_tags conversations conversation_tags committees committee_memberships "
    "structure_tests structure_test_outcomes contracts contract_steps contract_holidays "
    "contract_type_starts grievances grievance_grievants grievance_events grievance_extensions "
    "attachments bodies meetings meeting_attendance agenda_items motions delegates mandates "
    "mandate_reports"
).split()


def test_every_table_has_rows(generated):
    _, _, stats, _ = generated
    assert set(DOMAIN_TABLES) <= {t.name for t in Base.metadata.sorted_tables}
    empty = [name for name in DOMAIN_TABLES if stats.counts[name] == 0]
    assert empty == []
    assert stats.contacts == 60
    assert stats.counts["workplaces"] == 4
    assert stats.counts["areas"] == 12


def test_names_from_many_languages_and_the_hand_picked_ones(generated):
    first, *_ = generated
    names = {f"{a} {b}" for a, b in _names(first)}
    for wanted in ("Şêrko Aydın", "Zoë Ŋgema", "Agustín Muñoz", "Hélène Brûlé", "Jürgen Übel"):
        assert wanted in names
    with first.unit_of_work() as s:
        languages = s.execute(sa.text("SELECT count(DISTINCT language) FROM contacts")).scalar()
    assert languages >= 6


def test_history_is_consistent(generated):
    first, *_ = generated
    with first.unit_of_work() as s:
        q = s.execute
        # derived columns were kept by the triggers, not written by the generator
        assert q(sa.text("SELECT count(*) FROM contacts WHERE current_level > 0")).scalar() > 0
        assert q(sa.text(
            "SELECT count(*) FROM contacts c WHERE current_level != coalesce((SELECT level FROM "
            "assessments a WHERE a.contact_id = c.id ORDER BY assessed_on DESC, id DESC "
            "LIMIT 1), 0)")).scalar() == 0
        assert q(sa.text("SELECT count(*) FROM conversations WHERE held_on > :t"),
                 {"t": TODAY}).scalar() == 0
        assert q(sa.text("SELECT count(*) FROM assessments WHERE assessed_on > :t"),
                 {"t": TODAY}).scalar() == 0
        # full-text index filled through the triggers
        assert q(sa.text("SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'zoe'")
                 ).scalar() == 1
        steps = q(sa.text("SELECT DISTINCT current_step FROM grievances WHERE status = 'open'")
                  ).scalars().all()
        assert set(steps) >= {1, 2, 3}
        assert q(sa.text("SELECT count(*) FROM grievances WHERE status = 'closed' "
                         "AND outcome IS NOT NULL")).scalar() > 0
        assert q(sa.text("SELECT count(*) FROM delegates WHERE recalled_by_motion_id IS NOT NULL")
                 ).scalar() >= 1
        assert q(sa.text("SELECT count(*) FROM delegates WHERE role = 'alternate'")).scalar() >= 1
        assert q(sa.text("SELECT count(*) FROM bodies WHERE kind = 'council' "
                         "AND parent_id IS NOT NULL")).scalar() >= 1
    assert first.check().ok


def test_open_deadlines_are_computable_and_some_overdue(generated):
    from forum_kit.queries.grievances import open_deadlines

    first, *_ = generated
    with first.unit_of_work() as s:
        rows = open_deadlines(s, today=TODAY)
        open_count = s.execute(sa.text("SELECT count(*) FROM grievances WHERE status = 'open'")
                               ).scalar()
    assert len({r.grievance_id for r in rows}) == open_count
    assert any(r.status == "overdue" for r in rows)


def test_step_3_has_a_start_limit_and_an_appeal_limit(generated):
    from forum_kit import deadlines as dl
    from forum_kit.queries.grievances import grievance_detail
    from forum_kit.services.contracts import rules_for

    first, *_ = generated
    with first.unit_of_work() as s:
        contract_id = s.execute(sa.text("SELECT min(id) FROM contracts")).scalar()
        step3 = {r.ordinal: r for r in rules_for(s, contract_id).steps}[3]
        assert step3.file_limit.counts_from == (dl.Trigger.ANSWER_RECEIVED, dl.Trigger.ANSWER_DUE)
        assert step3.start_limit == dl.TimeLimit(
            10, dl.Unit.WORKING, (dl.Trigger.INCIDENT, dl.Trigger.KNOWLEDGE), dl.Whichever.LAST)
        # A discharge or policy case waiting to be filed at step 3 counts from the incident.
        waiting = s.execute(sa.text(
            "SELECT g.id FROM grievances g WHERE g.status = 'open' AND g.current_step = 3 "
            "AND g.grievance_type IN ('discipline', 'policy') "
            "AND NOT EXISTS (SELECT 1 FROM grievance_events e WHERE e.grievance_id = g.id)"
        )).scalars().all()
        assert waiting
        for grievance_id in waiting:
            (deadline,) = grievance_detail(s, grievance_id, today=TODAY).deadlines
            assert deadline.what == "Filing at Step 3 due"
            assert deadline.counted_from.startswith(("incident on", "knowledge on"))


@pytest.mark.parametrize("contacts", [10, 20, 150])
def test_every_size_from_ten_contacts_up(session, contacts):
    from forum_kit.queries.grievances import grievance_rows

    stats = demo.generate(session, seed=11, today=TODAY, contacts=contacts,
                          notes_per_contact=1.0)
    assert stats.contacts == contacts
    assert stats.counts["grievances"] >= 12
    # Every forum elected a delegate and every case's deadlines can be computed.
    assert stats.counts["delegates"] >= stats.counts["workplaces"]
    rows = grievance_rows(session, today=TODAY)
    assert len(rows) == stats.counts["grievances"]
    assert not [r.deadline_what for r in rows
                if (r.deadline_what or "").startswith("Deadline cannot be computed")]
    assert all(r.next_deadline is not None for r in rows if r.status == "open")


def test_a_workplace_whose_only_people_have_left(session):
    # Found by a sweep over sizes: eleven workplaces for 13 contacts left one workplace with
    # nobody still there, and its organisers list was empty.
    stats = demo.generate(session, seed=389854, today=date(2024, 12, 6), contacts=13,
                          workplaces=11, areas=11, years=0.5, notes_per_contact=0)
    assert stats.contacts == 13
    gone = session.execute(sa.text(
        "SELECT count(*) FROM workplaces w WHERE EXISTS (SELECT 1 FROM contacts c WHERE "
        "c.workplace_id = w.id) AND NOT EXISTS (SELECT 1 FROM contacts c WHERE "
        "c.workplace_id = w.id AND c.left_on IS NULL)")).scalar()
    assert gone >= 1


def test_different_seed_different_names(tmp_path):
    vault = Vault.create(tmp_path / "c.forumkit", "correct horse battery", kdf=FAST_KDF)
    try:
        demo.generate(vault, seed=8, today=TODAY, contacts=20, areas=4, notes_per_contact=0.5)
        other = Vault.create(tmp_path / "d.forumkit", "correct horse battery", kdf=FAST_KDF)
        demo.generate(other, seed=9, today=TODAY, contacts=20, areas=4, notes_per_contact=0.5)
        assert _names(vault)[8:] != _names(other)[8:]
        other.lock()
    finally:
        vault.lock()


def test_refuses_a_vault_with_contacts(generated):
    first, *_ = generated
    with pytest.raises(Conflict):
        demo.generate(first, seed=1, today=TODAY, **SMALL)


@pytest.mark.parametrize("bad", [{"contacts": 5}, {"areas": 2}, {"years": 0},
                                 {"today": "2026-03-31"}, {"notes_per_contact": -1}])
def test_bad_arguments_are_refused(session, bad):
    kwargs = {"seed": 1, "today": TODAY, **SMALL, **bad}
    with pytest.raises(InvalidInput):
        demo.generate(session, **kwargs)


def test_grievance_count_can_be_given_and_covers_every_step(session):
    from forum_kit.queries.grievances import grievance_rows

    stats = demo.generate(session, seed=11, today=TODAY, contacts=150, notes_per_contact=0.5,
                          grievances=120)
    assert stats.counts["grievances"] == 120
    rows = grievance_rows(session, today=TODAY)
    assert len(rows) == 120
    open_steps = {r.current_step for r in rows if r.status == "open"}
    assert open_steps == {1, 2, 3, 4}
    assert {r.status for r in rows} == {"open", "closed"}
    assert not [r.deadline_what for r in rows
                if (r.deadline_what or "").startswith("Deadline cannot be computed")]
    numbers = session.execute(sa.text("SELECT number FROM grievances")).scalars().all()
    assert len(set(numbers)) == 120
    group = session.execute(sa.text(
        "SELECT count(*) FROM (SELECT grievance_id FROM grievance_grievants "
        "GROUP BY grievance_id HAVING count(*) > 1)")).scalar()
    assert group > 0  # group grievances found coworkers in the grievant's area


def test_default_grievances_keep_one_per_37_contacts(session):
    stats = demo.generate(session, seed=3, today=TODAY, contacts=600, areas=8,
                          notes_per_contact=0)
    assert stats.counts["grievances"] == round(600 / 37)


def test_no_grievances_at_all(session):
    stats = demo.generate(session, seed=3, today=TODAY, contacts=30, notes_per_contact=0.5,
                          grievances=0)
    assert stats.counts["grievances"] == 0
    assert stats.counts["contracts"] >= 1


@pytest.mark.parametrize("bad", [-1, True, 2.5, "12", demo.MAX_GRIEVANCES + 1])
def test_bad_grievance_counts_are_refused(session, bad):
    with pytest.raises(InvalidInput):
        demo.generate(session, seed=1, today=TODAY, **SMALL, grievances=bad)


def test_reference_parameters_of_the_benchmark_generator():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "benchmarks" / "generate.py"
    spec = importlib.util.spec_from_file_location("bench_generate", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    reference = module.demo_arguments(module.SIZES["reference"], 5)
    assert reference["grievances"] == 5_000
    assert reference["notes_per_contact"] == 22
    assert reference["contacts"] == 50_000
    tiny = module.demo_arguments(module.SIZES["tiny"], 5)
    assert tiny["grievances"] is None
