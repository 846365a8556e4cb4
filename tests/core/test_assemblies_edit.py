"""Editing, moving and deleting forums, councils and meetings (issue 24), and "me": what a delete
takes with it is counted first, a council with members is never deleted, a forum made before its
council is attached to it, and "me" forgets a deleted person."""

from __future__ import annotations

import datetime as dt

import pytest

from forum_kit.errors import Conflict, InvalidInput
from forum_kit.models.assembly import Body, Meeting
from forum_kit.services import assemblies as svc
from forum_kit.services import contacts as contacts_s
from forum_kit.services import me as me_s
from forum_kit.services import workplaces as ws

WHEN = dt.datetime(2025, 3, 1, 18, 0)


def test_attach_rename_and_refusals(session):
    forum = svc.create_body(session, kind="forum", name="Yard forum")
    council = svc.create_body(session, kind="council", name="City council")
    svc.update_body(
        session,
        body_id=forum.id,
        name="Yard and gate forum",
        parent_id=council.id,
        level="workplace",
        recall_rule="Any meeting",
    )
    assert (forum.name, forum.parent_id, forum.level) == (
        "Yard and gate forum",
        council.id,
        "workplace",
    )
    svc.create_body(session, kind="forum", name="Bakery forum")
    with pytest.raises(Conflict):
        svc.update_body(session, body_id=forum.id, name="Bakery forum", parent_id=council.id)
    with pytest.raises(InvalidInput):
        svc.update_body(session, body_id=council.id, name="City council", parent_id=forum.id)
    with pytest.raises(InvalidInput):
        svc.update_body(session, body_id=forum.id, name="  ", parent_id=None)


def test_delete_counts_first_and_cascades(session):
    council = svc.create_body(session, kind="council", name="Region")
    forum = svc.create_body(session, kind="forum", name="Dock forum", parent_id=council.id)
    council_meeting = svc.schedule_meeting(session, body_id=council.id, held_at=WHEN)
    item = svc.add_agenda_item(session, meeting_id=council_meeting.id, title="Pay claim")
    svc.elect_delegate(
        session,
        forum_id=forum.id,
        council_id=council.id,
        display_name="Ana",
        term_start=dt.date(2025, 1, 1),
        term_end=dt.date(2025, 12, 31),
    )
    svc.pass_mandate(session, forum_id=forum.id, agenda_item_id=item.id, instruction="for")
    forum_meeting = svc.schedule_meeting(session, body_id=forum.id, held_at=WHEN, place="Hall")
    svc.record_motion(
        session, meeting_id=forum_meeting.id, text="Go", kind="ordinary", result="consensus"
    )
    assert svc.meeting_dependents(session, council_meeting.id) == {
        "attendees": 0,
        "agenda items": 1,
        "motions": 0,
        "mandates": 1,
    }
    assert svc.body_dependents(session, forum.id) == {
        "member bodies": 0,
        "meetings": 1,
        "motions": 1,
        "delegates": 1,
        "mandates": 1,
    }
    with pytest.raises(Conflict, match="^1 forum or council is a member of it: move it "):
        svc.delete_body(session, body_id=council.id)
    svc.update_meeting(
        session, meeting_id=forum_meeting.id, held_at=WHEN.replace(hour=19), place="Canteen"
    )
    assert (forum_meeting.held_at.hour, forum_meeting.place) == (19, "Canteen")
    ids = (council.id, forum.id, council_meeting.id, forum_meeting.id)
    council_id, forum_id, council_meeting_id, forum_meeting_id = ids
    svc.delete_meeting(session, meeting_id=council_meeting_id)
    assert svc.body_dependents(session, forum_id)["mandates"] == 0
    svc.delete_body(session, body_id=forum_id)
    assert session.get(Meeting, forum_meeting_id) is None
    svc.delete_body(session, body_id=council_id)
    assert session.query(Body).count() == 0


def test_me_is_kept_in_the_vault_and_forgets_a_deleted_person(session):
    wp = ws.add_workplace(session, name="Depot", today=dt.date(2025, 1, 1))
    area = ws.add_area(session, workplace_id=wp.id, name="Dock")
    mara = contacts_s.add_contact(
        session, workplace_id=wp.id, area_id=area.id, first_name="Mara", today=dt.date(2025, 1, 1)
    )
    assert me_s.get_me(session) is None
    me_s.set_me(session, contact_id=mara.id)
    assert me_s.get_me(session) == mara.id
    contacts_s.delete_contact(session, contact_id=mara.id)
    assert me_s.get_me(session) is None
    me_s.set_me(session, contact_id=None)
    assert me_s.get_me(session) is None
