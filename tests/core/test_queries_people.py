"""The people list: every sort column, every filter field, rows for a page of ids, counts, the
detail view and languages; plus the area tree, follow-ups and conversation log queries. One vault
is built per module and only read by the tests."""

from __future__ import annotations

import datetime as dt

import pytest

from forum_kit.errors import InvalidInput, NotFound
from forum_kit.queries import areas as qa
from forum_kit.queries import followups as qf
from forum_kit.queries import people as qp
from forum_kit.services import assessments as asm
from forum_kit.services import committees as cm
from forum_kit.services import contacts as cs
from forum_kit.services import conversations as cv
from forum_kit.services import workplaces as ws

TODAY = dt.date(2024, 6, 1)
PASSPHRASE = "correct horse battery staple"


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    from forum_kit.vault import FAST_KDF, Vault

    vault = Vault.create(tmp_path_factory.mktemp("q") / "q.forumkit", PASSPHRASE, kdf=FAST_KDF)
    ids: dict[str, int] = {}
    with vault.unit_of_work() as s:
        wp = ws.add_workplace(s, name="Plant", today=ago(400))
        other = ws.add_workplace(s, name="Depot", today=ago(400))
        dept = ws.add_area(s, workplace_id=wp.id, name="Packing")
        line = ws.add_area(s, workplace_id=wp.id, name="Line 1", parent_id=dept.id)
        office = ws.add_area(s, workplace_id=wp.id, name="Admin office", zone="free")
        far = ws.add_area(s, workplace_id=other.id, name="Yard")

        def add(key, area, first, last, **kw):
            c = cs.add_contact(s, workplace_id=area.workplace_id, area_id=area.id,
                               first_name=first, last_name=last, today=ago(300), **kw)
            ids[key] = c.id
            return c

        zoe = add("zoe", line, "Zoë", "Adams", job_title="Picker", shift="Night",
                  language="French", phone="0123", email="z@example.org", employment="FT")
        serko = add("serko", line, "Şêrko", "Baran", job_title="Driver", shift="Day",
                    language="Kurdish", organic_leader=True)
        obrien = add("obrien", office, "Liam", "O'Brien", job_title="Clerk", shift="Day",
                     language="english", notes="talks to the night shift")
        amy = add("amy", dept, "amy", "Cole", job_title="Lead", shift="Evening")
        gone = add("gone", office, "Gus", "Left", job_title="Clerk")
        add("yard", far, "Yann", "Yard")
        cs.mark_left(s, contact_id=gone.id, left_on=ago(10))
        asm.append_assessment(s, contact_id=zoe.id, level=2, assessed_on=ago(10))
        asm.append_assessment(s, contact_id=serko.id, level=1, assessed_on=ago(200))
        asm.append_assessment(s, contact_id=obrien.id, level=4, assessed_on=ago(100),
                              assessed_by_id=serko.id, evidence="break room")
        asm.append_assessment(s, contact_id=obrien.id, level=3, assessed_on=ago(50))
        cm.join_committee(s, contact_id=serko.id, role="C", joined_on=ago(150))
        cm.join_committee(s, contact_id=zoe.id, role="CH", joined_on=ago(20))
        cm.join_committee(s, contact_id=amy.id, role="C", joined_on=ago(300))
        cm.leave_committee(s, contact_id=amy.id, left_on=ago(30))
        cs.add_tie(s, a_id=zoe.id, b_id=serko.id, kind="carpool")
        cv.log_conversation(s, contact_id=zoe.id, held_on=ago(40), by_id=serko.id,
                            agitate="heat", tags=["Heat", "Pay"], assessment_level=2,
                            follow_up_on=ago(3))
        cv.log_conversation(s, contact_id=zoe.id, held_on=ago(5), by_id=amy.id,
                            follow_up_on=TODAY + dt.timedelta(days=5))
        late = cv.log_conversation(s, contact_id=obrien.id, held_on=ago(2),
                                   follow_up_on=TODAY + dt.timedelta(days=20))
        done = cv.log_conversation(s, contact_id=amy.id, held_on=ago(2), follow_up_on=TODAY)
        cv.complete_follow_up(s, conversation_id=done.id)
        cv.log_conversation(s, contact_id=gone.id, held_on=ago(30), follow_up_on=ago(1))
        ids.update(wp=wp.id, other=other.id, dept=dept.id, line=line.id, office=office.id,
                   far=far.id, late=late.id)
    yield vault, ids
    vault.lock()


@pytest.fixture
def s(data):
    vault, _ = data
    with vault.unit_of_work() as session:
        yield session
        session.rollback()  # read-only tests


def names(session, ids):
    return [r.full_name for r in qp.people_rows(session, ids, today=TODAY)]


def ids_for(session, **kw):
    sort = kw.pop("sort", "name")
    desc = kw.pop("descending", False)
    return qp.people_ids(session, qp.PeopleFilter(**kw), sort=sort, descending=desc, today=TODAY)


def test_sort_each_column(s, data):
    _, i = data
    wp = i["wp"]
    expected = {
        "name": ["Zoë Adams", "Şêrko Baran", "amy Cole", "Liam O'Brien"],
        "area": ["Liam O'Brien", "Zoë Adams", "Şêrko Baran", "amy Cole"],
        "job": ["Liam O'Brien", "Şêrko Baran", "amy Cole", "Zoë Adams"],
        "shift": ["Şêrko Baran", "Liam O'Brien", "amy Cole", "Zoë Adams"],
        "level": ["amy Cole", "Şêrko Baran", "Zoë Adams", "Liam O'Brien"],
        "assessed_on": ["amy Cole", "Şêrko Baran", "Liam O'Brien", "Zoë Adams"],
        "last_contact": ["Şêrko Baran", "Zoë Adams", "amy Cole", "Liam O'Brien"],
        "language": ["amy Cole", "Liam O'Brien", "Zoë Adams", "Şêrko Baran"],
        "committee": ["Şêrko Baran", "Zoë Adams", "amy Cole", "Liam O'Brien"],
        "employment": ["Şêrko Baran", "amy Cole", "Liam O'Brien", "Zoë Adams"],
        "card_signed": ["Zoë Adams", "Şêrko Baran", "amy Cole", "Liam O'Brien"],
    }
    assert set(expected) == set(qp.SORT_COLUMNS)
    for column, order in expected.items():
        got = ids_for(s, workplace_id=wp, sort=column)
        assert names(s, got) == order, column
        back = ids_for(s, workplace_id=wp, sort=column, descending=True)
        assert back == list(reversed(got)), column
    with pytest.raises(InvalidInput, match="Sort column"):
        ids_for(s, sort="salary")


def test_chart_layers_ties_reach_and_employment(s, data):
    """Ties and reach (tied to someone on the committee, or on it) for the chart's layers."""
    _, i = data
    rows = {r.full_name: r for r in qp.people_rows(
        s, ids_for(s, workplace_id=i["wp"]), today=TODAY, social=True)}
    assert {n: (r.ties, r.reached) for n, r in rows.items()} == {
        "Zoë Adams": (1, True), "Şêrko Baran": (1, True), "amy Cole": (0, False),
        "Liam O'Brien": (0, False)}
    plain = qp.people_rows(s, ids_for(s, workplace_id=i["wp"]), today=TODAY)
    assert {(r.ties, r.reached) for r in plain} == {(None, None)}  # not read unless asked
    assert names(s, ids_for(s, workplace_id=i["wp"], unreached=True)) == [
        "amy Cole", "Liam O'Brien"]
    assert names(s, ids_for(s, workplace_id=i["wp"], employment="FT")) == ["Zoë Adams"]
    with pytest.raises(InvalidInput, match="Employment"):
        ids_for(s, workplace_id=i["wp"], employment="casual")


def test_filter_each_field(s, data):
    _, i = data
    wp = i["wp"]

    def got(**kw):
        return set(names(s, ids_for(s, workplace_id=wp, **kw)))

    assert got() == {"Zoë Adams", "Şêrko Baran", "amy Cole", "Liam O'Brien"}
    assert set(names(s, ids_for(s))) == got() | {"Yann Yard"}
    assert got(area_id=i["dept"]) == {"Zoë Adams", "Şêrko Baran", "amy Cole"}
    assert got(area_id=i["line"]) == {"Zoë Adams", "Şêrko Baran"}
    assert got(levels=(1, 2)) == {"Zoë Adams", "Şêrko Baran"}
    assert got(levels=(0,)) == {"amy Cole"}
    assert got(committee_role="C") == {"Şêrko Baran"}
    assert got(committee_role="CH") == {"Zoë Adams"}
    assert got(committee_role="any") == {"Şêrko Baran", "Zoë Adams"}
    assert got(committee_role="none") == {"amy Cole", "Liam O'Brien"}
    assert got(stale=True) == {"amy Cole", "Şêrko Baran"}
    assert got(stale=False) == {"Zoë Adams", "Liam O'Brien"}
    assert got(language="Kurdish") == {"Şêrko Baran"}
    assert got(text="zoe") == {"Zoë Adams"}
    assert got(text="ŞÊRKO") == {"Şêrko Baran"}
    assert got(text="o'brien") == {"Liam O'Brien"}
    assert got(text="nig") == {"Zoë Adams", "Liam O'Brien"}  # shift and notes, prefix
    for nasty in ('"', "*", "AND", "-x", "NEAR(", "a OR", "^", ":", "'"):
        ids_for(s, text=nasty)
    assert got(text="   ") == got()
    assert got(include_left=True) == got() | {"Gus Left"}
    assert got(organic_leader=True) == {"Şêrko Baran"}
    assert got(organic_leader=False, levels=(2, 3, 4)) == {"Zoë Adams", "Liam O'Brien"}
    assert qp.count_people(s, qp.PeopleFilter(workplace_id=wp), today=TODAY) == 4
    assert qp.count_people(s, qp.PeopleFilter(text="zoe"), today=TODAY) == 1
    with pytest.raises(InvalidInput, match="Committee"):
        got(committee_role="boss")


def test_rows_and_detail(s, data):
    _, i = data
    order = [i["obrien"], i["zoe"], 999_999, i["serko"]]
    rows = qp.people_rows(s, order, today=TODAY)
    assert [r.id for r in rows] == [i["obrien"], i["zoe"], i["serko"]]
    zoe = rows[1]
    assert (zoe.area_name, zoe.level, zoe.level_label, zoe.committee_role) == (
        "Line 1", 2, "Supporter", "CH")
    assert (zoe.last_contact_on, zoe.last_contact_by, zoe.stale) == (ago(5), "amy Cole", False)
    assert zoe.employment == "FT" and zoe.phone == "0123"
    assert rows[2].stale and rows[2].organic_leader and rows[2].committee_role == "C"
    assert qp.people_rows(s, [], today=TODAY) == []
    d = qp.person_detail(s, i["obrien"])
    assert [a.level for a in d.assessments] == [3, 4]
    assert d.assessments[1].assessed_by == "Şêrko Baran"
    assert d.assessments[1].evidence == "break room"
    z = qp.person_detail(s, i["zoe"])
    assert z.ties == (qp.TieRow(i["serko"], "Şêrko Baran", "carpool"),)
    assert z.conversations_count == 2 and z.memberships[0].role == "CH"
    assert z.assessments[0].conversation_id is None
    assert z.assessments[1].conversation_id is not None
    with pytest.raises(NotFound):
        qp.person_detail(s, 999_999)
    assert qp.languages(s) == ["english", "French", "Kurdish"]
    assert qp.languages(s, i["other"]) == []
    assert qp.languages(s, i["wp"]) == ["english", "French", "Kurdish"]


def _plans_of(session, call) -> list[str]:
    """The query plan of every statement ``call`` sends, as SQLite reports it."""
    import sqlalchemy as sa

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


def test_languages_read_only_their_index(s, data):
    """P4: the filter's choices come from seeks in ix_contacts_wp_language (one per language),
    never from contact rows nor from a read of every index entry."""
    _, i = data
    plans = _plans_of(s, lambda: qp.languages(s, i["wp"]))
    assert len(plans) == 1, plans
    assert "SCAN contacts" not in plans[0] and "SCAN c " not in plans[0], plans
    assert "USING COVERING INDEX ix_contacts_wp_language (workplace_id=? AND language>?)" \
        in plans[0], plans
    for plan in _plans_of(s, lambda: qp.languages(s)):
        assert "contacts" not in plan or "COVERING INDEX ix_contacts_wp_language" in plan, plan


def test_area_tree_and_workplaces(s, data):
    _, i = data
    tree = qa.area_tree(s, i["wp"])
    assert [(n.name, n.depth, n.people, n.people_in_subtree) for n in tree] == [
        ("Packing", 0, 1, 3), ("Line 1", 1, 2, 2), ("Admin office", 0, 1, 1),
    ]  # depth-first; siblings in their position (creation) order
    assert tree[2].zone == "free" and tree[1].parent_id == tree[0].id
    rows = qa.workplaces(s)
    assert [(w.name, w.areas, w.people) for w in rows] == [("Depot", 1, 1), ("Plant", 3, 4)]


def test_area_tree_and_workplaces_without_counts(s, data):
    """Names, paths and order as with counts; the counts read 0 and no contact is read."""
    import sqlalchemy as sa

    _, i = data
    sent: list[str] = []

    def grab(_conn, _cursor, statement, _parameters, _context, _many) -> None:
        sent.append(statement)

    conn = s.connection()
    sa.event.listen(conn, "before_cursor_execute", grab)
    try:
        tree = qa.area_tree(s, i["wp"], counts=False)
        rows = qa.workplaces(s, counts=False)
    finally:
        sa.event.remove(conn, "before_cursor_execute", grab)
    assert not any("contacts" in statement for statement in sent), sent
    full = qa.area_tree(s, i["wp"])
    assert [(n.id, n.parent_id, n.name, n.kind, n.depth, n.zone) for n in tree] == [
        (n.id, n.parent_id, n.name, n.kind, n.depth, n.zone) for n in full
    ]
    assert all(n.people == 0 and n.people_in_subtree == 0 for n in tree)
    assert [(w.id, w.name, w.employer) for w in rows] == [
        (w.id, w.name, w.employer) for w in qa.workplaces(s)
    ]
    assert [(w.name, w.areas, w.people) for w in rows] == [("Depot", 0, 0), ("Plant", 0, 0)]


def test_follow_ups_and_conversations(s, data):
    _, i = data
    due = qf.follow_ups_due(s, today=TODAY)
    assert [(f.contact_name, f.overdue) for f in due] == [("Zoë Adams", True), ("Zoë Adams", False)]
    assert due[0].by_name == "Şêrko Baran" and due[0].area_name == "Line 1"
    wider = qf.follow_ups_due(s, today=TODAY, within_days=30, workplace_id=i["wp"])
    assert wider[-1].conversation_id == i["late"]
    assert qf.follow_ups_due(s, today=TODAY, workplace_id=i["other"]) == []
    with pytest.raises(InvalidInput):
        qf.follow_ups_due(s, today=TODAY, within_days=-1)
    log = qf.conversations_of(s, i["zoe"])
    assert [c.held_on for c in log] == [ago(5), ago(40)]
    assert log[1].tags == ("Heat", "Pay") and log[1].agitate == "heat"
    assert (log[1].assessment_level, log[1].assessment_label) == (2, "Supporter")
    assert log[0].assessment_level is None and log[0].by_name == "amy Cole"


def test_follow_ups_limit_count_and_area(s, data):
    _, i = data
    everything = qf.follow_ups_due(s, today=TODAY, within_days=30)
    assert len(everything) == 3
    assert qf.count_follow_ups_due(s, today=TODAY, within_days=30) == 3
    # the limit keeps the earliest ones, in the same order; the count ignores it
    first_two = qf.follow_ups_due(s, today=TODAY, within_days=30, limit=2)
    assert first_two == everything[:2]
    assert [r.follow_up_on for r in first_two] == [ago(3), TODAY + dt.timedelta(days=5)]
    assert qf.follow_ups_due(s, today=TODAY, within_days=30, limit=1) == everything[:1]
    assert qf.count_follow_ups_due(s, today=TODAY) == 2
    assert qf.count_follow_ups_due(s, today=TODAY, within_days=0) == 1  # the overdue one
    # the count follows the same filters as the list: workplace, area subtree, leavers skipped
    assert qf.count_follow_ups_due(s, today=TODAY, within_days=30, workplace_id=i["other"]) == 0
    assert qf.count_follow_ups_due(s, today=TODAY, within_days=30, workplace_id=i["wp"]) == 3
    for area, expected in (("dept", 2), ("line", 2), ("office", 1), ("far", 0)):
        rows = qf.follow_ups_due(s, today=TODAY, within_days=30, area_id=i[area])
        assert len(rows) == expected, area
        assert qf.count_follow_ups_due(s, today=TODAY, within_days=30, area_id=i[area]) \
            == expected, area
    assert {r.contact_id for r in qf.follow_ups_due(s, today=TODAY, within_days=30,
                                                   area_id=i["office"])} == {i["obrien"]}
    for bad in (0, -1, True, 2.5):
        with pytest.raises(InvalidInput):
            qf.follow_ups_due(s, today=TODAY, limit=bad)
    with pytest.raises(InvalidInput):
        qf.count_follow_ups_due(s, today=TODAY, within_days=-1)
    assert qf.DEFAULT_FOLLOW_UP_LIMIT == 500


def test_people_ids_sees_unflushed_people_and_orders_namesakes(session):
    """Ids come straight from the cursor, after the usual autoflush; people of the same name
    are ordered by whether they are still here (left_on), then by id."""
    from forum_kit.models import Area, Contact, Workplace

    wp = Workplace(name="Yard", created_on=TODAY)
    session.add(wp)
    session.flush()
    area = Area(workplace_id=wp.id, name="Gate")
    session.add(area)
    session.flush()
    leaving = Contact(workplace_id=wp.id, area_id=area.id, first_name="Ana", last_name="Silva",
                      added_on=TODAY, left_on=TODAY + dt.timedelta(days=30))
    session.add(leaving)
    session.flush()
    staying = Contact(workplace_id=wp.id, area_id=area.id, first_name="ana", last_name="SILVA",
                      added_on=TODAY)
    other = Contact(workplace_id=wp.id, area_id=area.id, first_name="Bo", last_name="Adams",
                    added_on=TODAY)
    session.add_all([staying, other])  # not flushed by hand
    ids = qp.people_ids(session, qp.PeopleFilter(workplace_id=wp.id), today=TODAY)
    assert ids == [other.id, staying.id, leaving.id]
    assert qp.people_ids(session, qp.PeopleFilter(workplace_id=wp.id), today=TODAY,
                         descending=True) == [leaving.id, staying.id, other.id]
