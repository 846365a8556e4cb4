"""Assemblies: the forum -> council tree, meetings and motions, delegates and recall, mandates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import pytest
from sqlalchemy.orm import Session

from forum_kit.errors import Conflict, InvalidInput, NotFound
from forum_kit.models import Area, Contact, Workplace
from forum_kit.queries import assemblies as aq
from forum_kit.services import assemblies as asv

D = date
MEETING_DAY = D(2026, 3, 10)


@pytest.fixture(scope="module")
def shared_vault(tmp_path_factory):
    """One vault for the module; each test's work is rolled back (services never commit)."""
    from forum_kit.vault import FAST_KDF, Vault

    vault = Vault.create(
        tmp_path_factory.mktemp("assemblies") / "a.forumkit", "pass phrase 1", kdf=FAST_KDF
    )
    yield vault
    vault.lock()


@pytest.fixture
def db(shared_vault):
    with Session(shared_vault.engine) as session:
        yield session
        session.rollback()


@dataclass
class Tree:
    region: int
    city: int
    council: int  # the workplace council
    forum: int  # the warehouse forum
    other_forum: int
    people: list[int]


@pytest.fixture
def tree(db) -> Tree:
    workplace = Workplace(name="Depot", created_on=D(2026, 1, 1))
    db.add(workplace)
    db.flush()
    area = Area(workplace_id=workplace.id, name="Warehouse")
    db.add(area)
    db.flush()
    people = []
    for first, last in [("Zoë", "Ångström"), ("Şêrko", "Berzincî"), ("Ada", "Lovelace")]:
        contact = Contact(
            workplace_id=workplace.id,
            area_id=area.id,
            first_name=first,
            last_name=last,
            added_on=D(2026, 1, 1),
        )
        db.add(contact)
        db.flush()
        people.append(contact.id)
    region = asv.create_body(db, kind="council", name="Region council", level="region")
    city = asv.create_body(db, kind="council", name="City council", parent_id=region.id)
    council = asv.create_body(
        db, kind="council", name="Depot council", parent_id=city.id, workplace_id=workplace.id
    )
    forum = asv.create_body(
        db,
        kind="forum",
        name="Warehouse forum",
        parent_id=council.id,
        area_id=area.id,
        recall_rule="Simple majority at any meeting",
    )
    other = asv.create_body(db, kind="forum", name="Office forum", parent_id=council.id)
    return Tree(region.id, city.id, council.id, forum.id, other.id, people)


def _meeting(db, body_id, day=MEETING_DAY):
    return asv.schedule_meeting(
        db, body_id=body_id, held_at=datetime.combine(day, datetime.min.time()).replace(hour=18)
    )


def test_body_tree_order_and_parent_rules(db, tree):
    rows = aq.bodies(db)
    assert [(r.name, r.depth, r.kind) for r in rows] == [
        ("Region council", 0, "council"),
        ("City council", 1, "council"),
        ("Depot council", 2, "council"),
        ("Office forum", 3, "forum"),
        ("Warehouse forum", 3, "forum"),
    ]
    warehouse = next(r for r in rows if r.name == "Warehouse forum")
    assert warehouse.recall_rule == "Simple majority at any meeting"
    assert warehouse.workplace_id is not None  # taken from its area
    with pytest.raises(InvalidInput, match="parent must be a council"):
        asv.create_body(db, kind="forum", name="Sub forum", parent_id=tree.forum)
    with pytest.raises(InvalidInput, match="parent must be a council"):
        asv.create_body(db, kind="council", name="Sub council", parent_id=tree.forum)
    with pytest.raises(Conflict):
        asv.create_body(db, kind="forum", name="Warehouse forum")
    with pytest.raises(InvalidInput, match="body kind"):
        asv.create_body(db, kind="club", name="Book club")
    with pytest.raises(NotFound):
        asv.create_body(db, kind="forum", name="Orphan", parent_id=999)


def test_moving_a_council_under_its_own_member_is_refused(db, tree):
    with pytest.raises(InvalidInput, match="under itself"):
        asv.move_body(db, body_id=tree.region, parent_id=tree.council)
    with pytest.raises(InvalidInput, match="under itself"):
        asv.move_body(db, body_id=tree.city, parent_id=tree.city)
    asv.move_body(db, body_id=tree.council, parent_id=tree.region)
    depths = {r.name: r.depth for r in aq.bodies(db)}
    assert depths["Depot council"] == 1 and depths["Warehouse forum"] == 2


def test_meeting_with_attendance_agenda_and_motions(db, tree):
    meeting = _meeting(db, tree.forum)
    assert asv.record_attendance(db, meeting_id=meeting.id, contact_ids=tree.people[:2]) == 2
    # Recording again replaces the list (and duplicates count once).
    assert (
        asv.record_attendance(
            db, meeting_id=meeting.id, contact_ids=[*tree.people, tree.people[0]], guests=2
        )
        == 3
    )
    first = asv.add_agenda_item(db, meeting_id=meeting.id, title="Heat in the warehouse")
    second = asv.add_agenda_item(db, meeting_id=meeting.id, title="Delegate election")
    assert (first.ordinal, second.ordinal) == (1, 2)
    asv.record_motion(
        db,
        meeting_id=meeting.id,
        agenda_item_id=first.id,
        text="Petition for fans",
        kind="ordinary",
        result="carried",
        votes_for=12,
        votes_against=3,
        abstentions=1,
    )
    asv.record_motion(
        db, meeting_id=meeting.id, text="Thank the night shift", kind="ordinary", result="consensus"
    )
    asv.save_minutes(db, meeting_id=meeting.id, minutes="Opened 18:05.\nClosed 19:30.")

    detail = aq.meeting_detail(db, meeting.id)
    assert (detail.body_name, detail.body_kind, detail.guests) == ("Warehouse forum", "forum", 2)
    assert detail.attendance_count == 3
    # By last name (code-point order, so Å sorts after the ASCII letters).
    assert detail.attendee_names == ("Şêrko Berzincî", "Ada Lovelace", "Zoë Ångström")
    assert [i.title for i in detail.agenda] == ["Heat in the warehouse", "Delegate election"]
    assert [(m.result, m.votes_for, m.votes_against, m.abstentions) for m in detail.motions] == [
        ("carried", 12, 3, 1),
        ("consensus", None, None, None),
    ]
    assert detail.minutes.startswith("Opened")
    (row,) = aq.meetings_of(db, tree.forum)
    assert (row.attendance, row.agenda_items, row.motions) == (3, 2, 2)


@pytest.mark.parametrize(
    ("result", "counts", "fragment"),
    [
        ("carried", (5, 5, 0), "do not carry"),
        ("carried", (3, 7, None), "do not carry"),
        ("lost", (8, 2, 0), "carry the motion"),
        ("consensus", (8, 0, 0), "no vote counts"),
        ("carried", (8, None, None), "both"),
        ("carried", (-1, 0, 0), "0 or more"),
        ("maybe", (1, 0, 0), "motion result"),
    ],
)
def test_inconsistent_votes_are_refused(db, tree, result, counts, fragment):
    meeting = _meeting(db, tree.forum)
    votes_for, against, abstain = counts
    with pytest.raises(InvalidInput, match=fragment):
        asv.record_motion(
            db,
            meeting_id=meeting.id,
            text="Motion",
            kind="ordinary",
            result=result,
            votes_for=votes_for,
            votes_against=against,
            abstentions=abstain,
        )


def test_lost_vote_with_agreeing_counts_is_accepted(db, tree):
    meeting = _meeting(db, tree.forum)
    motion = asv.record_motion(
        db,
        meeting_id=meeting.id,
        text="Motion",
        kind="ordinary",
        result="lost",
        votes_for=4,
        votes_against=4,
    )
    assert motion.abstentions is None


def test_delegate_elected_then_recalled_by_a_carried_recall_motion(db, tree):
    meeting = _meeting(db, tree.forum, D(2026, 1, 15))
    election = asv.record_motion(
        db,
        meeting_id=meeting.id,
        text="Elect Zoë",
        kind="election",
        result="carried",
        votes_for=20,
        votes_against=2,
    )
    delegate = asv.elect_delegate(
        db,
        forum_id=tree.forum,
        council_id=tree.council,
        display_name="Zoë Ångström",
        contact_id=tree.people[0],
        term_start=D(2026, 1, 15),
        term_end=D(2026, 12, 31),
        motion_id=election.id,
    )
    asv.elect_delegate(
        db,
        forum_id=tree.forum,
        council_id=tree.council,
        display_name="Ada Lovelace",
        role="alternate",
        term_start=D(2026, 1, 15),
        term_end=D(2026, 12, 31),
    )
    rows = aq.delegates_of(db, tree.forum, on=D(2026, 3, 1))
    assert [(r.name, r.role, r.council, r.active) for r in rows] == [
        ("Zoë Ångström", "delegate", "Depot council", True),
        ("Ada Lovelace", "alternate", "Depot council", True),
    ]

    recall_meeting = _meeting(db, tree.forum, D(2026, 6, 1))
    lost = asv.record_motion(
        db,
        meeting_id=recall_meeting.id,
        text="Recall the delegate",
        kind="recall",
        result="lost",
        votes_for=3,
        votes_against=9,
    )
    with pytest.raises(InvalidInput, match="not carried"):
        asv.recall_delegate(db, delegate_id=delegate.id, motion_id=lost.id, on=D(2026, 6, 1))
    ordinary = asv.record_motion(
        db, meeting_id=recall_meeting.id, text="Other", kind="ordinary", result="consensus"
    )
    with pytest.raises(InvalidInput, match="not a recall motion"):
        asv.recall_delegate(db, delegate_id=delegate.id, motion_id=ordinary.id, on=D(2026, 6, 1))
    other_forum_meeting = _meeting(db, tree.other_forum, D(2026, 6, 1))
    elsewhere = asv.record_motion(
        db,
        meeting_id=other_forum_meeting.id,
        text="Recall",
        kind="recall",
        result="carried",
        votes_for=9,
        votes_against=1,
    )
    with pytest.raises(InvalidInput, match="not passed by this forum"):
        asv.recall_delegate(db, delegate_id=delegate.id, motion_id=elsewhere.id, on=D(2026, 6, 1))
    assert aq.delegates_of(db, tree.forum, on=D(2026, 6, 2))[0].active is True

    carried = asv.record_motion(
        db,
        meeting_id=recall_meeting.id,
        text="Recall the delegate",
        kind="recall",
        result="carried",
        votes_for=15,
        votes_against=4,
    )
    with pytest.raises(InvalidInput, match="before the meeting"):
        asv.recall_delegate(db, delegate_id=delegate.id, motion_id=carried.id, on=D(2026, 5, 31))
    asv.recall_delegate(db, delegate_id=delegate.id, motion_id=carried.id, on=D(2026, 6, 1))
    with pytest.raises(Conflict):
        asv.recall_delegate(db, delegate_id=delegate.id, motion_id=carried.id, on=D(2026, 6, 2))
    before = {r.name: r for r in aq.delegates_of(db, tree.forum, on=D(2026, 5, 31))}
    assert before["Zoë Ångström"].active is True and before["Zoë Ångström"].recalled is True
    after = {r.name: r for r in aq.delegates_of(db, tree.forum, on=D(2026, 6, 1))}
    assert after["Zoë Ångström"].active is False
    assert after["Zoë Ångström"].ended_on == D(2026, 6, 1)
    assert after["Ada Lovelace"].active is True
    assert aq.delegates_of(db, tree.forum, on=D(2027, 1, 1))[0].active is False


def test_election_rules(db, tree):
    with pytest.raises(InvalidInput, match="not to a forum"):
        asv.elect_delegate(
            db,
            forum_id=tree.forum,
            council_id=tree.other_forum,
            display_name="X",
            term_start=D(2026, 1, 1),
            term_end=D(2026, 12, 31),
        )
    # A council sends its own delegate to the body above it (issue 20), never to itself.
    up = asv.elect_delegate(
        db,
        forum_id=tree.council,
        council_id=tree.city,
        display_name="X",
        term_start=D(2026, 1, 1),
        term_end=D(2026, 12, 31),
    )
    assert (up.forum_id, up.council_id) == (tree.council, tree.city)
    with pytest.raises(InvalidInput, match="not a council"):
        asv.elect_delegate(
            db,
            forum_id=tree.council,
            council_id=tree.council,
            display_name="X",
            term_start=D(2026, 1, 1),
            term_end=D(2026, 12, 31),
        )
    with pytest.raises(InvalidInput, match="ends before"):
        asv.elect_delegate(
            db,
            forum_id=tree.forum,
            council_id=tree.council,
            display_name="X",
            term_start=D(2026, 12, 31),
            term_end=D(2026, 1, 1),
        )


def test_mandate_and_report_back_states(db, tree):
    council_meeting = _meeting(db, tree.council, D(2026, 4, 20))
    item = asv.add_agenda_item(db, meeting_id=council_meeting.id, title="Joint pay claim")
    other_item = asv.add_agenda_item(db, meeting_id=council_meeting.id, title="Budget")
    forum_meeting = _meeting(db, tree.forum, D(2026, 4, 10))
    decision = asv.record_motion(
        db,
        meeting_id=forum_meeting.id,
        text="Mandate: hold 6%",
        kind="mandate",
        result="carried",
        votes_for=30,
        votes_against=5,
    )
    mandate = asv.pass_mandate(
        db,
        forum_id=tree.forum,
        agenda_item_id=item.id,
        instruction="for",
        red_lines="No loss of night premium",
        figure_to_hold="6%",
        expires_on=D(2026, 4, 30),
        motion_id=decision.id,
    )
    # Passing it again replaces the instruction, it does not add a second mandate.
    again = asv.pass_mandate(
        db,
        forum_id=tree.forum,
        agenda_item_id=item.id,
        instruction="for",
        red_lines="No loss of night premium",
        figure_to_hold="5.5%",
        expires_on=D(2026, 4, 30),
        motion_id=decision.id,
    )
    assert again.id == mandate.id
    free = asv.pass_mandate(
        db, forum_id=tree.forum, agenda_item_id=other_item.id, instruction="free"
    )
    rows = aq.mandates_of(db, forum_id=tree.forum, today=D(2026, 4, 21))
    assert [(r.item, r.figure_to_hold, r.state) for r in rows] == [
        ("Joint pay claim", "5.5%", "open"),
        ("Budget", "", "open"),
    ]
    assert rows[0].council == "Depot council" and rows[0].meeting_date == D(2026, 4, 20)
    assert aq.mandates_of(db, forum_id=tree.forum, today=D(2026, 5, 1))[0].state == "expired"
    assert [r.state for r in aq.mandates_of(db, forum_id=tree.forum, today=D(2026, 5, 1))] == [
        "expired",
        "open",
    ]

    delegate = asv.elect_delegate(
        db,
        forum_id=tree.forum,
        council_id=tree.council,
        display_name="Zoë Ångström",
        term_start=D(2026, 1, 1),
        term_end=D(2026, 12, 31),
    )
    with pytest.raises(InvalidInput, match="before the council meeting"):
        asv.report_back(db, mandate_id=mandate.id, carried_out="yes", reported_on=D(2026, 4, 19))
    asv.report_back(
        db,
        mandate_id=mandate.id,
        carried_out="partly",
        outcome="Council backed 5%",
        reported_on=D(2026, 4, 22),
        delegate_id=delegate.id,
    )
    rows = aq.mandates_of(db, council_meeting_id=council_meeting.id, today=D(2026, 5, 1))
    assert [(r.item, r.state, r.carried_out) for r in rows] == [
        ("Joint pay claim", "reported", "partly"),
        ("Budget", "open", None),
    ]
    with pytest.raises(Conflict, match="reported back"):
        asv.pass_mandate(db, forum_id=tree.forum, agenda_item_id=item.id, instruction="against")

    detail = aq.meeting_detail(db, council_meeting.id)
    by_item = {i.title: i.mandates for i in detail.agenda}
    assert [(m.forum, m.instruction, m.carried_out) for m in by_item["Joint pay claim"]] == [
        ("Warehouse forum", "for", "partly")
    ]
    assert by_item["Budget"][0].id == free.id


def test_mandate_rules(db, tree):
    forum_meeting = _meeting(db, tree.forum)
    forum_item = asv.add_agenda_item(db, meeting_id=forum_meeting.id, title="Local item")
    with pytest.raises(InvalidInput, match="council meeting"):
        asv.pass_mandate(db, forum_id=tree.forum, agenda_item_id=forum_item.id, instruction="for")
    council_meeting = _meeting(db, tree.council)
    item = asv.add_agenda_item(db, meeting_id=council_meeting.id, title="Claim")
    with pytest.raises(InvalidInput, match="from a forum"):
        asv.pass_mandate(db, forum_id=tree.council, agenda_item_id=item.id, instruction="for")
    with pytest.raises(InvalidInput, match="instruction"):
        asv.pass_mandate(db, forum_id=tree.forum, agenda_item_id=item.id, instruction="maybe")
    lost = asv.record_motion(
        db,
        meeting_id=forum_meeting.id,
        text="Mandate",
        kind="mandate",
        result="lost",
        votes_for=1,
        votes_against=9,
    )
    with pytest.raises(InvalidInput, match="not carried"):
        asv.pass_mandate(
            db, forum_id=tree.forum, agenda_item_id=item.id, instruction="for", motion_id=lost.id
        )


def test_meeting_input_is_checked(db, tree):
    with pytest.raises(InvalidInput, match="time of day"):
        asv.schedule_meeting(db, body_id=tree.forum, held_at=D(2026, 3, 10))
    with pytest.raises(NotFound):
        asv.schedule_meeting(db, body_id=999, held_at=datetime(2026, 3, 10, 18))
    meeting = _meeting(db, tree.forum)
    with pytest.raises(NotFound):
        asv.record_attendance(db, meeting_id=meeting.id, contact_ids=[999])
    with pytest.raises(InvalidInput, match="title"):
        asv.add_agenda_item(db, meeting_id=meeting.id, title="   ")
    other = _meeting(db, tree.other_forum)
    item = asv.add_agenda_item(db, meeting_id=other.id, title="Elsewhere")
    with pytest.raises(InvalidInput, match="another meeting"):
        asv.record_motion(
            db,
            meeting_id=meeting.id,
            text="x",
            kind="ordinary",
            result="consensus",
            agenda_item_id=item.id,
        )
