"""Three tiers of vaults for the confederation tests (issue 20): two forums (North and South),
a workplace council over them, and a city council over the workplace council; each pair has
swapped key cards. Each forum's chart has sentinel areas of 1 to 4 people, whose figures must
never leave it. Fast KDF, small data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa

from forum_kit.exchange import bundle_export, bundle_import, downward, identity
from forum_kit.models.assembly import AgendaItem, Body, Meeting
from forum_kit.models.enums import MotionKind, MotionResult
from forum_kit.services import assemblies as asm
from forum_kit.services.workplaces import add_area, add_workplace, set_headcount
from forum_kit.vault import FAST_KDF, Vault

PASS = "correct horse battery staple"
NOW = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)
WORKS_MEETING = dt.datetime(2026, 3, 10, 18, 0)
CITY_MEETING = dt.datetime(2026, 3, 20, 18, 0)
SENTINEL_AREAS = {"North": {"Sentinel Nook": 3, "Sentinel Loft": 1},
                  "South": {"Sentinel Booth": 2, "Sentinel Shed": 4}}


@dataclass
class Tiers:
    north: Vault
    south: Vault
    works: Vault
    city: Vault
    cards: dict[str, identity.PublicCard]

    def forums(self) -> tuple[Vault, Vault]:
        return self.north, self.south


def card(v: Vault) -> identity.PublicCard:
    with v.unit_of_work() as s:
        return identity.own_card(s, default_name=v.name, now=NOW)


def trust(v: Vault, c: identity.PublicCard, kind: str) -> None:
    with v.unit_of_work() as s:
        identity.trust_peer(
            s, card=identity.card_text(c), fingerprint=c.fingerprint_text, kind=kind,
            added_on=NOW.date(),
        )


def forum_vault(tmp_path, name: str, sizes: tuple[int, int]) -> Vault:
    """A forum's vault: a workplace with two ordinary areas and its sentinel areas."""
    v = Vault.create(tmp_path / f"{name}.forumkit", PASS, kdf=FAST_KDF)
    with v.unit_of_work() as s:
        wp = add_workplace(s, name=f"{name} depot", today=dt.date(2026, 1, 1))
        loading = add_area(s, workplace_id=wp.id, name="Loading")
        office = add_area(s, workplace_id=wp.id, name="Office")
        set_headcount(s, area_id=loading.id, as_of=dt.date(2026, 1, 1), headcount=sizes[0])
        set_headcount(s, area_id=office.id, as_of=dt.date(2026, 1, 1), headcount=sizes[1])
        for i, (area, people) in enumerate(SENTINEL_AREAS[name].items()):
            parent = loading.id if i == 0 else None
            a = add_area(s, workplace_id=wp.id, name=area, parent_id=parent)
            set_headcount(s, area_id=a.id, as_of=dt.date(2026, 1, 1), headcount=people)
        asm.create_body(s, kind="forum", name=f"{name} forum", workplace_id=wp.id,
                        recall_rule="Recall by a majority of the forum")
    return v


def council_vault(tmp_path, file: str, name: str, when: dt.datetime,
                  items: list[tuple[str, str]]) -> Vault:
    """A council's vault: the council and its coming meeting with the agenda."""
    v = Vault.create(tmp_path / f"{file}.forumkit", PASS, kdf=FAST_KDF)
    with v.unit_of_work() as s:
        body = asm.create_body(s, kind="council", name=name)
        meeting = asm.schedule_meeting(s, body_id=body.id, held_at=when, place="Union hall")
        for title, background in items:
            asm.add_agenda_item(s, meeting_id=meeting.id, title=title, description=background)
    return v


def make_tiers(tmp_path) -> Tiers:
    north = forum_vault(tmp_path, "North", (30, 12))
    south = forum_vault(tmp_path, "South", (45, 20))
    works = council_vault(tmp_path, "works", "Depot workplace council", WORKS_MEETING, [
        ("Pay claim", "The claim for 6% this year."),
        ("Strike ballot", "Whether to ballot for a strike over the rota."),
    ])
    city = council_vault(tmp_path, "city", "City council", CITY_MEETING, [
        ("City-wide pay demand", "A common demand of every workplace in the city."),
    ])
    cards = {n: card(v) for n, v in
             (("north", north), ("south", south), ("works", works), ("city", city))}
    for forum in ("north", "south"):
        trust(works, cards[forum], "forum")
    trust(north, cards["works"], "council")
    trust(south, cards["works"], "council")
    trust(works, cards["city"], "council")
    trust(city, cards["works"], "council")
    return Tiers(north, south, works, city, cards)


def send_agenda(sender: Vault, to: identity.PublicCard, when: dt.datetime, *,
                now: dt.datetime = NOW, due: dt.date | None = None) -> bytes:
    with sender.unit_of_work() as s:
        return downward.export_agenda(
            s, recipient_fingerprint=to.fingerprint_text, meeting_date=when.date(), now=now,
            default_name=sender.name, mandates_due=due,
        ).data


def receive(v: Vault, data: bytes, *, now: dt.datetime = NOW):
    """Import any of the three kinds of file, by its magic."""
    with v.unit_of_work() as s:
        kind = downward.kind_of(data)
        if kind == "agenda":
            return downward.import_agenda(s, data, now=now, default_name=v.name)
        if kind == "decisions":
            return downward.import_decisions(s, data, now=now, default_name=v.name)
        return bundle_import.import_bundle(s, data, now=now, default_name=v.name)


def body_id(s, name: str) -> int:
    return s.execute(sa.select(Body.id).where(Body.name == name)).scalar_one()


def item_id(s, council: str, when: dt.datetime, ordinal: int) -> int:
    return s.execute(
        sa.select(AgendaItem.id)
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .where(Meeting.body_id == body_id(s, council),
               sa.func.date(Meeting.held_at) == when.date().isoformat(),
               AgendaItem.ordinal == ordinal)
    ).scalar_one()


def mandate(v: Vault, sender: str, council: str, when: dt.datetime,
            instructions: list[str], *, consensus: bool = False) -> None:
    """The sending body meets and passes its mandates on the council's items: by a vote
    (with counts) or by consensus."""
    with v.unit_of_work() as s:
        own = body_id(s, sender)
        meeting = asm.schedule_meeting(s, body_id=own, held_at=when - dt.timedelta(days=3))
        for ordinal, instruction in enumerate(instructions, start=1):
            motion = asm.record_motion(
                s, meeting_id=meeting.id, text=f"Mandate on item {ordinal}",
                kind=MotionKind.MANDATE,
                result=MotionResult.CONSENSUS if consensus else MotionResult.CARRIED,
                votes_for=None if consensus else 14, votes_against=None if consensus else 3,
            )
            asm.pass_mandate(
                s, forum_id=own, agenda_item_id=item_id(s, council, when, ordinal),
                instruction=instruction, red_lines="No less than 5%", motion_id=motion.id,
            )


def elect(v: Vault, sender: str, council: str, name: str, start: dt.date) -> int:
    with v.unit_of_work() as s:
        own = body_id(s, sender)
        meeting = asm.schedule_meeting(
            s, body_id=own, held_at=dt.datetime.combine(start, dt.time(12)))
        motion = asm.record_motion(s, meeting_id=meeting.id, text=f"Elect {name}",
                                   kind=MotionKind.ELECTION, result=MotionResult.CONSENSUS)
        return asm.elect_delegate(
            s, forum_id=own, council_id=body_id(s, council), display_name=name,
            term_start=start, term_end=dt.date(2026, 12, 31), motion_id=motion.id,
        ).id


def send_up(v: Vault, to: identity.PublicCard, when: dt.datetime, *, sender: str,
            now: dt.datetime, per_member: bool = True) -> bundle_export.ExportResult:
    with v.unit_of_work() as s:
        return bundle_export.export_bundle(
            s, council_fingerprint=to.fingerprint_text, meeting_date=when.date(), now=now,
            default_name=v.name, forum_id=body_id(s, sender), as_of=now.date(),
            per_member=per_member,
        )


def hold_meeting(v: Vault, council: str, when: dt.datetime,
                 results: list[tuple[MotionResult, int | None, int | None, int | None]],
                 votes: dict[str, list[str]], cards: dict[str, identity.PublicCard]) -> None:
    """The council meets: a motion per item with its result, and each member's vote."""
    with v.unit_of_work() as s:
        meeting_id = s.execute(
            sa.select(Meeting.id).where(Meeting.body_id == body_id(s, council))
            .where(sa.func.date(Meeting.held_at) == when.date().isoformat())
        ).scalar_one()
        for ordinal, (result, f, a, ab) in enumerate(results, start=1):
            item = item_id(s, council, when, ordinal)
            asm.record_motion(s, meeting_id=meeting_id, text=f"Item {ordinal}",
                              kind=MotionKind.ORDINARY, result=result, votes_for=f,
                              votes_against=a, abstentions=ab, agenda_item_id=item)
            for member, member_votes in votes.items():
                downward.record_member_vote(
                    s, agenda_item_id=item,
                    member_fingerprint=cards[member].fingerprint_text,
                    vote=member_votes[ordinal - 1],
                )


def send_decisions(v: Vault, to: identity.PublicCard, when: dt.datetime,
                   now: dt.datetime) -> downward.DownResult:
    with v.unit_of_work() as s:
        return downward.export_decisions(
            s, recipient_fingerprint=to.fingerprint_text, meeting_date=when.date(), now=now,
            default_name=v.name,
        )
