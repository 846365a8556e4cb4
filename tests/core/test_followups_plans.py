"""P10: the follow-up list and count read the open follow-ups index, never every conversation of
the people they filter by, and revision 0007 restores that index where a draft 0005 left it out.

Plans are checked rather than times (never timed assertions). The vault has no ANALYZE figures,
like a real one, so SQLite picks its plans from the schema and the query alone: the plans here are
the ones it picks on the 1M-note reference vault.
"""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from forum_kit.queries import followups as qf
from forum_kit.services import contacts as cs
from forum_kit.services import conversations as cv
from forum_kit.services import workplaces as ws

PASSPHRASE = "correct horse battery staple"
TODAY = dt.date(2026, 3, 10)
INDEX = "ix_conversations_follow_up_open"


def day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    from forum_kit.vault import FAST_KDF, Vault

    vault = Vault.create(tmp_path_factory.mktemp("fu") / "fu.forumkit", PASSPHRASE, kdf=FAST_KDF)
    ids: dict[str, int] = {}
    with vault.unit_of_work() as s:
        plant = ws.add_workplace(s, name="Plant", today=day(-400))
        depot = ws.add_workplace(s, name="Depot", today=day(-400))
        top = ws.add_area(s, workplace_id=plant.id, name="Packing")
        below = ws.add_area(s, workplace_id=plant.id, name="Line 1", parent_id=top.id)
        side = ws.add_area(s, workplace_id=plant.id, name="Office")
        yard = ws.add_area(s, workplace_id=depot.id, name="Yard")
        people = []
        for n, area in enumerate((top, below, below, side, yard, yard)):
            people.append(cs.add_contact(s, workplace_id=area.workplace_id, area_id=area.id,
                                         first_name=f"P{n}", last_name="Test", today=day(-300)))
        cs.mark_left(s, contact_id=people[2].id, left_on=day(-5))
        # every person: notes without a follow-up, one done, and open ones spread over dates
        for n, person in enumerate(people):
            for k in range(4):
                cv.log_conversation(s, contact_id=person.id, held_on=day(-60 + k))
            done = cv.log_conversation(s, contact_id=person.id, held_on=day(-20),
                                       follow_up_on=day(-n))
            cv.complete_follow_up(s, conversation_id=done.id)
            for offset in (-10 + n, n, 3 + n, 25 + n):
                cv.log_conversation(s, contact_id=person.id, held_on=day(-15),
                                    follow_up_on=day(offset))
        ids.update(plant=plant.id, depot=depot.id, top=top.id, below=below.id, side=side.id,
                   yard=yard.id)
    yield vault, ids
    vault.lock()


@pytest.fixture
def s(data):
    vault, _ = data
    with vault.unit_of_work() as session:
        yield session
        session.rollback()


def _plans_of(session, call) -> list[str]:
    """The query plan of every statement ``call`` sends, as SQLite reports it."""
    sent: list[tuple[str, object]] = []
    conn = session.connection()

    def grab(_conn, _cursor, statement, parameters, _context, _many) -> None:
        sent.append((statement, parameters))

    sa.event.listen(conn, "before_cursor_execute", grab)
    try:
        call()
    finally:
        sa.event.remove(conn, "before_cursor_execute", grab)
    return [
        " | ".join(r[3] for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params))
        for sql, params in sent
    ]


def _filters(ids):
    return ({}, {"workplace_id": ids["plant"]}, {"area_id": ids["top"]},
            {"workplace_id": ids["depot"], "area_id": ids["yard"]})


def test_count_reads_only_the_open_follow_ups_index(s, data):
    _, ids = data
    for where in _filters(ids):
        plans = _plans_of(s, lambda w=where: qf.count_follow_ups_due(s, today=TODAY, **w))
        assert len(plans) == 1, plans
        # covering: no conversation row is read, and contacts are looked up by id only
        assert f"SEARCH conversations USING COVERING INDEX {INDEX}" in plans[0], (where, plans)
        assert "ix_conversations_contact_date" not in plans[0], (where, plans)
        assert "SCAN conversations" not in plans[0], (where, plans)


def test_list_walks_the_open_follow_ups_in_date_order(s, data):
    _, ids = data
    for where in _filters(ids):
        plans = _plans_of(s, lambda w=where: qf.follow_ups_due(s, today=TODAY, limit=3, **w))
        assert len(plans) == 1, plans
        plan = plans[0]
        # the outer loop is the index in date order, so the LIMIT stops the walk early
        assert plan.startswith(f"SEARCH conversations USING INDEX {INDEX}"), (where, plan)
        assert "ix_conversations_contact_date" not in plan, (where, plan)
        assert "USE TEMP B-TREE FOR ORDER BY" not in plan, (where, plan)


def _expected(s, ids, within, workplace_id=None, area_id=None):
    """The due follow-ups by brute force in Python over every conversation."""
    from forum_kit.models import Area, Contact, Conversation

    areas = {a.id: a.parent_id for a in s.scalars(sa.select(Area))}

    def under(area):
        while area is not None:
            if area == area_id:
                return True
            area = areas[area]
        return False

    out = []
    for c in s.scalars(sa.select(Conversation)):
        person = s.get(Contact, c.contact_id)
        if c.follow_up_on is None or c.follow_up_done or c.follow_up_on > day(within):
            continue
        if person.left_on is not None and person.left_on <= TODAY:
            continue
        if workplace_id is not None and person.workplace_id != workplace_id:
            continue
        if area_id is not None and not under(person.area_id):
            continue
        out.append((c.follow_up_on, c.id))
    return sorted(out)


@pytest.mark.parametrize("within", [0, 7, 30])
def test_list_and_count_still_find_exactly_the_due_ones(s, data, within):
    _, ids = data
    for where in _filters(ids):
        want = _expected(s, ids, within, **where)
        rows = qf.follow_ups_due(s, today=TODAY, within_days=within, limit=1000, **where)
        assert [(r.follow_up_on, r.conversation_id) for r in rows] == want, where
        assert qf.count_follow_ups_due(s, today=TODAY, within_days=within, **where) == len(want)
        if len(want) > 2:
            head = qf.follow_ups_due(s, today=TODAY, within_days=within, limit=2, **where)
            assert [(r.follow_up_on, r.conversation_id) for r in head] == want[:2], where
    assert want, "the data must have due follow-ups in the last filter"


def test_revision_0007_restores_the_index_a_draft_0005_left_out(tmp_path):
    from alembic.script import ScriptDirectory

    from forum_kit.vault import FAST_KDF, Vault
    from forum_kit.vault.migrations.runner import current_revision, head_revision, make_config

    before = ScriptDirectory.from_config(make_config()).get_revision(
        "0007_followup_figures").down_revision
    path = tmp_path / "old.forumkit"
    vault = Vault.create(path, PASSPHRASE, kdf=FAST_KDF)
    with vault.unit_of_work() as s:
        # what the draft of 0005 left behind: the revisions before 0007 applied, no such index
        from alembic import command

        command.downgrade(make_config(s.connection()), before)
        s.execute(sa.text(f"DROP INDEX IF EXISTS {INDEX}"))
        assert current_revision(s.connection()) == before
    vault.lock()
    vault = Vault.open(path, PASSPHRASE)
    try:
        with vault.engine.connect() as conn:
            assert current_revision(conn) == head_revision()
            sql = conn.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?", (INDEX,)
            ).scalar_one()
        assert "WHERE follow_up_done = 0" in sql
        assert "(follow_up_on, contact_id, follow_up_done)" in sql
    finally:
        vault.lock()
