"""Contact, tie, assessment, conversation, committee, structure-test and scale services: the happy
paths and each validation error."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa
from sqlalchemy import exc

from forum_kit.errors import Conflict, InvalidInput, NotFound
from forum_kit.models import Assessment, Contact, Conversation, IssueTag, SocialTie
from forum_kit.services import assessments as asm
from forum_kit.services import committees as cm
from forum_kit.services import contacts as cs
from forum_kit.services import conversations as cv
from forum_kit.services import scale as sc
from forum_kit.services import structure_tests as sts
from forum_kit.services import workplaces as ws

TODAY = dt.date(2024, 5, 1)


@pytest.fixture
def site(session):
    wp = ws.add_workplace(session, name="Plant", today=TODAY)
    dept = ws.add_area(session, workplace_id=wp.id, name="Packing")
    line = ws.add_area(session, workplace_id=wp.id, name="Line 1", parent_id=dept.id)
    office = ws.add_area(session, workplace_id=wp.id, name="Office")
    return wp, dept, line, office


def _add(session, wp, area, first="Ana", **kw):
    return cs.add_contact(
        session, workplace_id=wp.id, area_id=area.id, first_name=first, today=TODAY, **kw
    )


def test_add_contact_normalises(session, site):
    wp, dept, line, office = site
    c = _add(session, wp, line, first="  Zoe\u0308 ", last_name=" O'Brien ",
             phone="+44 (0)20 7946-0000", email="zoe@example.org", employment="PT",
             employee_number=" 42 ", language="fr")
    assert c.first_name == "Zoë" and c.last_name == "O'Brien"
    assert c.employee_number == "42" and c.added_on == TODAY and c.current_level == 0
    assert _add(session, wp, line, first="Ben", employee_number="").employee_number is None


BAD_FIELDS = [
    ("first_name", "  ", "First name"),
    ("email", "not-an-email", "Email"),
    ("email", "a@b", "Email"),
    ("phone", "call me", "Phone"),
    ("phone", "++--", "Phone"),
    ("employment", "casual", "Employment"),
    ("sensitive", "yes", "Sensitive"),
    ("card_signed_on", dt.date(2030, 1, 1), "future"),
    ("last_name", "x" * 201, "too long"),
]


def test_add_contact_validation(session, site):
    wp, dept, line, office = site
    for field, value, match in BAD_FIELDS:
        kwargs = {"first_name": "Ana", field: value}
        with pytest.raises(InvalidInput, match=match) as err:
            cs.add_contact(session, workplace_id=wp.id, area_id=line.id, today=TODAY, **kwargs)
        if isinstance(value, str) and len(value) > 3:
            assert value not in str(err.value)  # no personal data in messages
    assert session.execute(sa.select(sa.func.count()).select_from(Contact)).scalar() == 0


def test_contact_area_and_employee_number_rules(session, site):
    wp, dept, line, office = site
    other = ws.add_workplace(session, name="Depot", today=TODAY)
    far = ws.add_area(session, workplace_id=other.id, name="Far")
    with pytest.raises(InvalidInput, match="another workplace"):
        _add(session, wp, far)
    with pytest.raises(NotFound):
        cs.add_contact(session, workplace_id=wp.id, area_id=999, first_name="A", today=TODAY)
    a = _add(session, wp, line, employee_number="7")
    with pytest.raises(Conflict):
        _add(session, wp, line, first="Ben", employee_number="7")
    # the same number in another workplace is fine
    cs.add_contact(session, workplace_id=other.id, area_id=far.id, first_name="C",
                   employee_number="7", today=TODAY)
    b = _add(session, wp, line, first="Ben", employee_number="8")
    with pytest.raises(Conflict):
        cs.update_contact(session, contact_id=b.id, employee_number="7")
    cs.update_contact(session, contact_id=a.id, employee_number="7")  # unchanged is fine


def test_update_move_and_leave(session, site):
    wp, dept, line, office = site
    c = _add(session, wp, line)
    cs.update_contact(session, contact_id=c.id, job_title=" Picker ", organic_leader=True,
                      area_id=office.id)
    assert (c.job_title, c.organic_leader, c.area_id) == ("Picker", True, office.id)
    with pytest.raises(InvalidInput, match="current_level"):
        cs.update_contact(session, contact_id=c.id, current_level=2)
    with pytest.raises(InvalidInput, match="nickname"):
        cs.update_contact(session, contact_id=c.id, nickname="x")
    with pytest.raises(InvalidInput, match="Email"):
        cs.update_contact(session, contact_id=c.id, email="bad")
    cs.move_contact(session, contact_id=c.id, area_id=line.id)
    assert c.area_id == line.id
    with pytest.raises(InvalidInput, match="before"):
        cs.mark_left(session, contact_id=c.id, left_on=TODAY - dt.timedelta(days=1))
    cs.mark_left(session, contact_id=c.id, left_on=TODAY)
    assert c.left_on == TODAY
    with pytest.raises(NotFound):
        cs.move_contact(session, contact_id=999, area_id=line.id)


def test_delete_contact_cascades_history_and_index(session, site):
    wp, dept, line, office = site
    c = _add(session, wp, line, first="Şêrko", notes="zebra")
    other = _add(session, wp, line, first="Ben")
    asm.append_assessment(session, contact_id=c.id, level=2, assessed_on=TODAY)
    cv.log_conversation(session, contact_id=c.id, held_on=TODAY, agitate="zebra", by_id=other.id)
    cs.add_tie(session, a_id=c.id, b_id=other.id)
    cm.join_committee(session, contact_id=c.id, role="C", joined_on=TODAY)
    cs.delete_contact(session, contact_id=c.id)
    session.flush()
    for model in (Contact, Assessment, Conversation, SocialTie):
        n = session.execute(sa.select(sa.func.count()).select_from(model)).scalar()
        assert n == (1 if model is Contact else 0)
    hits = session.execute(sa.text("SELECT count(*) FROM contacts_fts WHERE contacts_fts "
                                   "MATCH 'zebra'")).scalar()
    assert hits == 0
    with pytest.raises(NotFound):
        cs.delete_contact(session, contact_id=c.id)


def test_ties(session, site):
    wp, dept, line, office = site
    a, b = _add(session, wp, line), _add(session, wp, line, first="Ben")
    tie = cs.add_tie(session, a_id=b.id, b_id=a.id, kind="carpool")
    assert (tie.contact_a_id, tie.contact_b_id) == (a.id, b.id)
    with pytest.raises(Conflict):
        cs.add_tie(session, a_id=a.id, b_id=b.id)
    with pytest.raises(InvalidInput, match="two different"):
        cs.add_tie(session, a_id=a.id, b_id=a.id)
    cs.remove_tie(session, a_id=b.id, b_id=a.id)
    with pytest.raises(NotFound):
        cs.remove_tie(session, a_id=a.id, b_id=b.id)


def test_assessments_append_only(session, site):
    wp, dept, line, office = site
    c = _add(session, wp, line)
    first = asm.append_assessment(session, contact_id=c.id, level=3,
                                  assessed_on=TODAY - dt.timedelta(days=5), today=TODAY)
    asm.append_assessment(session, contact_id=c.id, level=2, assessed_on=TODAY, evidence="x")
    # an older entry typed later does not replace the current level
    asm.append_assessment(session, contact_id=c.id, level=5,
                          assessed_on=TODAY - dt.timedelta(days=30))
    assert (c.current_level, c.current_assessed_on) == (2, TODAY)
    with pytest.raises(InvalidInput, match="scale"):
        asm.append_assessment(session, contact_id=c.id, level=9, assessed_on=TODAY)
    with pytest.raises(InvalidInput, match="future"):
        asm.append_assessment(session, contact_id=c.id, level=1,
                              assessed_on=TODAY + dt.timedelta(days=1), today=TODAY)
    with pytest.raises(NotFound):
        asm.append_assessment(session, contact_id=c.id, level=1, assessed_on=TODAY,
                              assessed_by_id=999)
    with pytest.raises(exc.DatabaseError, match="append-only"):
        session.execute(sa.update(Assessment).where(Assessment.id == first.id).values(level=1))


def test_log_conversation(session, site):
    wp, dept, line, office = site
    c, org = _add(session, wp, line), _add(session, wp, line, first="Org")
    conv = cv.log_conversation(
        session, contact_id=c.id, held_on=TODAY, by_id=org.id, agitate=" Rota ",
        tags=["Pay", " pay ", "Heat", ""], follow_up_on=TODAY + dt.timedelta(days=3),
        assessment_level=2, today=TODAY,
    )
    assert conv.agitate == "Rota" and sorted(t.name for t in conv.tags) == ["Heat", "Pay"]
    assert (c.current_level, c.last_contact_on, c.last_contact_by_id) == (2, TODAY, org.id)
    linked = session.execute(sa.select(Assessment).where(Assessment.conversation_id == conv.id))
    assert linked.scalar_one().evidence == "one-on-one"
    cv.log_conversation(session, contact_id=c.id, held_on=TODAY, tags=["PAY"])
    assert session.execute(sa.select(sa.func.count()).select_from(IssueTag)).scalar() == 2
    with pytest.raises(InvalidInput, match="future"):
        cv.log_conversation(session, contact_id=c.id, held_on=TODAY + dt.timedelta(days=1),
                            today=TODAY)
    with pytest.raises(InvalidInput, match="Follow-up"):
        cv.log_conversation(session, contact_id=c.id, held_on=TODAY,
                            follow_up_on=TODAY - dt.timedelta(days=1))
    with pytest.raises(InvalidInput, match="someone else"):
        cv.log_conversation(session, contact_id=c.id, held_on=TODAY, by_id=c.id)
    with pytest.raises(InvalidInput, match="scale"):
        cv.log_conversation(session, contact_id=c.id, held_on=TODAY, assessment_level=42)
    with pytest.raises(InvalidInput, match="Tags"):
        cv.log_conversation(session, contact_id=c.id, held_on=TODAY, tags="pay")
    cv.complete_follow_up(session, conversation_id=conv.id)
    assert conv.follow_up_done
    plain = cv.log_conversation(session, contact_id=c.id, held_on=TODAY)
    with pytest.raises(InvalidInput, match="no follow-up"):
        cv.complete_follow_up(session, conversation_id=plain.id)


def test_committees(session, site):
    wp, dept, line, office = site
    c = _add(session, wp, line)
    committee = cm.get_or_create_committee(session, workplace_id=wp.id)
    assert cm.get_or_create_committee(session, workplace_id=wp.id).id == committee.id
    m = cm.join_committee(session, contact_id=c.id, role="CH", joined_on=TODAY)
    assert m.committee_id == committee.id and m.role == "CH"
    with pytest.raises(Conflict):
        cm.join_committee(session, contact_id=c.id, role="C", joined_on=TODAY)
    with pytest.raises(InvalidInput, match="before joined"):
        cm.leave_committee(session, contact_id=c.id, left_on=TODAY - dt.timedelta(days=1))
    cm.leave_committee(session, contact_id=c.id, left_on=TODAY + dt.timedelta(days=10))
    with pytest.raises(NotFound):
        cm.leave_committee(session, contact_id=c.id, left_on=TODAY)
    with pytest.raises(InvalidInput, match="earlier membership"):
        cm.join_committee(session, contact_id=c.id, role="C", joined_on=TODAY)
    cm.join_committee(session, contact_id=c.id, role="C", joined_on=TODAY + dt.timedelta(days=10))
    with pytest.raises(InvalidInput, match="role"):
        cm.join_committee(session, contact_id=_add(session, wp, line, first="B").id,
                          role="boss", joined_on=TODAY)


def test_structure_tests(session, site):
    wp, dept, line, office = site
    inside, outside = _add(session, wp, line), _add(session, wp, office, first="Out")
    t = sts.create_structure_test(session, workplace_id=wp.id, kind="petition", title="Heat",
                                  starts_on=TODAY, area_id=dept.id)
    first = sts.record_outcome(session, test_id=t.id, contact_id=inside.id, outcome="asked",
                               recorded_on=TODAY)
    again = sts.record_outcome(session, test_id=t.id, contact_id=inside.id,
                               outcome="participated", recorded_on=TODAY)
    assert first.id == again.id and again.outcome == "participated"
    with pytest.raises(InvalidInput, match="target population"):
        sts.record_outcome(session, test_id=t.id, contact_id=outside.id, outcome="asked",
                           recorded_on=TODAY)
    with pytest.raises(InvalidInput, match="Outcome"):
        sts.record_outcome(session, test_id=t.id, contact_id=inside.id, outcome="maybe",
                           recorded_on=TODAY)
    with pytest.raises(InvalidInput, match="before the test"):
        sts.record_outcome(session, test_id=t.id, contact_id=inside.id, outcome="asked",
                           recorded_on=TODAY - dt.timedelta(days=1))
    for kwargs, match in [
        ({"kind": "picnic"}, "kind"),
        ({"threshold_pct": 0}, "Threshold"),
        ({"threshold_pct": 101}, "Threshold"),
        ({"title": " "}, "Title"),
        ({"ends_on": TODAY - dt.timedelta(days=1)}, "Ends on"),
    ]:
        args = {"workplace_id": wp.id, "kind": "petition", "title": "T", "starts_on": TODAY}
        args.update(kwargs)
        with pytest.raises(InvalidInput, match=match):
            sts.create_structure_test(session, **args)
    whole = sts.create_structure_test(session, workplace_id=wp.id, kind="strike_vote",
                                      title="Vote", starts_on=TODAY, threshold_pct=65)
    sts.record_outcome(session, test_id=whole.id, contact_id=outside.id, outcome="refused",
                       recorded_on=TODAY)


def test_scale(session):
    levels = sc.scale(session)
    assert [lv.level for lv in levels] == [0, 1, 2, 3, 4, 5]
    assert [lv.counts_as_support for lv in levels] == [False, True, True, False, False, False]
    assert not levels[0].counts_as_assessed
    row = sc.update_level(session, level=3, label=" Persuadable ", colour="#ABCDEF",
                          counts_as_support=True)
    assert (row.label, row.colour, row.counts_as_support) == ("Persuadable", "#abcdef", True)
    with pytest.raises(Conflict):
        sc.update_level(session, level=4, label="persuadable")
    with pytest.raises(InvalidInput, match="Label"):
        sc.update_level(session, level=4, label=" ")
    for bad in ("red", "#abc", "#abcdeg"):
        with pytest.raises(InvalidInput, match="Colour"):
            sc.update_level(session, level=4, colour=bad)
    with pytest.raises(NotFound):
        sc.update_level(session, level=9, label="x")
