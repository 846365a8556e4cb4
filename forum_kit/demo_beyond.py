"""The demo vault beyond the workplace: a neighbourhood with its streets, buildings and floors,
door-knocked neighbours, a tenants' committee and petition, a tenants' assembly in the city
council, mutual aid (needs, offers, matches with follow-ups), a solidarity fund, a time bank with
a year of exchanges, and care for members (check-ins, some overdue, and a retaliation log) at the
workplaces and on the estate.

``add_beyond_the_workplace`` is called by ``demo.generate`` after the workplaces exist. It goes
through the services (a few hundred rows: each one validated as a steward's would be), with its
own random generator so the workplaces' data stay as the seed made them. Everything derives from
``seed`` and ``today``; it flushes and never commits.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.errors import Conflict
from forum_kit.models import (
    AgendaItem,
    AidNeed,
    Assessment,
    Body,
    Contact,
    Conversation,
    Grievance,
    IssueTag,
    Meeting,
    StructureTestOutcome,
    TimeAccount,
    TimeExchange,
    conversation_tags,
    grievance_grievants,
)
from forum_kit.services import assemblies as asm
from forum_kit.services import care as care_s
from forum_kit.services import ledgers as ledgers_s
from forum_kit.services import mutual_aid as aid_s
from forum_kit.services.committees import join_committee
from forum_kit.services.contacts import mark_left
from forum_kit.services.structure_tests import create_structure_test
from forum_kit.services.workplaces import add_area, add_workplace, set_headcount

__all__ = ["ESTATE", "add_beyond_the_workplace"]

ESTATE = "Millbrook estate"
COUNCIL = "City Workers' Council"
# street -> buildings; every building has three floors
STREETS = (
    ("Canal Street", ("Lock House", "Wharf Court")),
    ("Mill Lane", ("Weaver House", "Spindle Court")),
    ("Orchard Road", ("Pear Tree House",)),
)
ISSUES = ("damp", "repairs", "rent increase", "heating", "broken lifts", "evictions")
AGITATE = (
    "Black mould in the bedroom for two winters; the repairs line never calls back.",
    "The rent went up again while the lifts have been broken since March.",
    "Heating off for a week in January with a baby in the flat.",
    "Scared of a no-fault eviction after complaining about the damp.",
)
NEEDS = (
    ("food", "Groceries until payday", "assembly"),
    ("childcare", "Someone to pick the kids up from school on Tuesdays", "assembly"),
    ("transport", "A lift to the hospital for appointments", "named"),
    ("repairs", "Help fixing a broken window latch", "assembly"),
    ("translation", "Someone to come to a housing meeting and translate", "committee"),
    ("money", "Help with a gas bill after the heating broke", "committee"),
    ("place_to_stay", "A sofa for a few nights after a family row", "committee"),
    ("other", "Help filling in a benefits form", "assembly"),
)
OFFERS = (
    ("food", "Can cook an extra meal on Sundays", "assembly"),
    ("childcare", "Free on Tuesday and Thursday afternoons", "named"),
    ("transport", "Has a car most evenings", "named"),
    ("repairs", "Handy with tools: shelves, locks, windows", "assembly"),
    ("translation", "Speaks Polish and Romanian", "assembly"),
    ("other", "Can help with forms and letters", "committee"),
)
EXCHANGES = (
    "Fixed a leaking tap",
    "Childminding for an afternoon",
    "A lift to the station",
    "Translation at the GP",
    "Helped move furniture",
    "Cooked for a family",
    "Gardening in the courtyard",
    "Help with a CV",
    "Painting a hallway",
    "English conversation practice",
)


def _council(session: Session) -> int | None:
    return session.execute(sa.select(Body.id).where(Body.name == COUNCIL)).scalar_one_or_none()


def _next_id(session: Session, table: sa.Table) -> int:
    return (session.execute(sa.select(sa.func.max(table.c.id))).scalar() or 0) + 1


def _neighbours(
    session: Session,
    rng: random.Random,
    pools: Sequence[tuple[str, list[str], list[str], float]],
    wp: int,
    floors: list[int],
    count: int,
    start: date,
) -> list[int]:
    """The neighbours, inserted as the workplaces' contacts are (Core, in one statement)."""
    weights = [p[3] for p in pools]
    first_id = _next_id(session, Contact.__table__)
    rows = []
    for i in range(count):
        language, firsts, lasts, _ = rng.choices(list(pools), weights)[0]
        rows.append(
            {
                "id": first_id + i,
                "workplace_id": wp,
                "area_id": floors[i % len(floors)],
                "first_name": rng.choice(firsts),
                "last_name": rng.choice(lasts),
                "language": language,
                "shift": "",
                "employment": None,
                "employee_number": None,
                "job_title": rng.choice(
                    ("", "", "nurse", "driver", "retired", "student", "cleaner")
                ),
                "phone": f"07700 8{rng.randint(0, 99999):05d}" if rng.random() < 0.7 else "",
                "email": "",
                "sensitive": rng.random() < 0.03,
                "organic_leader": rng.random() < 0.05,
                "card_signed_on": None,
                "notes": "",
                "current_level": 0,
                "added_on": start + timedelta(days=rng.randint(0, 60)),
                "left_on": None,
            }
        )
    session.execute(sa.insert(Contact), rows)
    return [r["id"] for r in rows]


def _tag_ids(session: Session) -> dict[str, int]:
    known = {
        name.casefold(): i for i, name in session.execute(sa.select(IssueTag.id, IssueTag.name))
    }
    missing = [t for t in ISSUES if t.casefold() not in known]
    if missing:
        first = _next_id(session, IssueTag.__table__)
        session.execute(
            sa.insert(IssueTag), [{"id": first + k, "name": t} for k, t in enumerate(missing)]
        )
        known.update({t.casefold(): first + k for k, t in enumerate(missing)})
    return {t: known[t.casefold()] for t in ISSUES}


def _organise(
    session: Session, rng: random.Random, wp: int, people: list[int], start: date, today: date
) -> list[int]:
    """Door-knocks with assessments, a committee of about one in ten, and a petition."""
    organisers = people[:3]
    tags = _tag_ids(session)
    conv_id = _next_id(session, Conversation.__table__)
    assess_id = _next_id(session, Assessment.__table__)
    talks, assessed, tagged = [], [], []
    for person in people:
        level = rng.choices((1, 2, 3, 4), (0.05, 0.35, 0.45, 0.15))[0]
        day = start + timedelta(days=rng.randint(70, max(71, (today - start).days - 60)))
        for _knock in range(rng.randint(1, 4)):
            if day > today:
                break
            by = rng.choice([o for o in organisers if o != person] or organisers[:1])
            issue = rng.choice(ISSUES)
            if rng.random() < 0.5 and level > 1:
                level -= 1
            follow = day + timedelta(days=14) if rng.random() < 0.3 else None
            talks.append(
                {
                    "id": conv_id,
                    "contact_id": person,
                    "held_on": day,
                    "by_id": by if by != person else None,
                    "agitate": rng.choice(AGITATE),
                    "educate": "The housing association answers to its tenants acting together.",
                    "inoculate": "They will blame the contractors and promise a survey.",
                    "ask": "Sign the petition and come to the assembly",
                    "answer": rng.choice(("Yes", "Maybe", "Yes, will bring a neighbour")),
                    "unite": "",
                    "plan": "",
                    "follow_up_on": follow,
                    "follow_up_done": follow is not None and follow < today - timedelta(days=7),
                    "sensitive": False,
                }
            )
            tagged.append({"conversation_id": conv_id, "tag_id": tags[issue]})
            assessed.append(
                {
                    "id": assess_id,
                    "contact_id": person,
                    "level": level,
                    "assessed_on": day,
                    "assessed_by_id": talks[-1]["by_id"],
                    "conversation_id": conv_id,
                    "evidence": "After a door-knock.",
                }
            )
            conv_id += 1
            assess_id += 1
            day += timedelta(days=rng.randint(20, 120))
    for table, rows in ((Conversation, talks), (conversation_tags, tagged), (Assessment, assessed)):
        if rows:
            session.execute(sa.insert(table), rows)
    committee = people[: max(3, len(people) // 10)]
    for i, person in enumerate(committee):
        join_committee(
            session, contact_id=person, role="C", joined_on=start + timedelta(days=90 + 10 * i)
        )
    test = create_structure_test(
        session,
        workplace_id=wp,
        kind="petition",
        title="Petition: fix the lifts and the damp",
        starts_on=today - timedelta(days=150),
        ends_on=today - timedelta(days=136),
    )
    outcome_id = _next_id(session, StructureTestOutcome.__table__)
    outcomes = []
    for person in people:
        if rng.random() < 0.8:
            outcomes.append(
                {
                    "id": outcome_id,
                    "test_id": test.id,
                    "contact_id": person,
                    "outcome": rng.choices(("participated", "refused", "asked"), (0.7, 0.15, 0.15))[
                        0
                    ],
                    "recorded_on": today - timedelta(days=145),
                }
            )
            outcome_id += 1
    session.execute(sa.insert(StructureTestOutcome), outcomes)
    return committee


def _assembly(
    session: Session,
    rng: random.Random,
    wp: int,
    people: list[int],
    committee: list[int],
    names: dict[int, str],
    today: date,
    first_day: date,
) -> None:
    """The tenants' assembly in the city council: monthly meetings, a delegate, mandates."""
    council = _council(session)
    forum = asm.create_body(
        session,
        kind="forum",
        name="Millbrook tenants' assembly",
        workplace_id=wp,
        parent_id=council,
        level="neighbourhood",
        recall_rule="The assembly recalls its delegate by a simple majority at any meeting.",
    )
    first = None
    day = max(today - timedelta(days=330), min(today, first_day))
    while day <= today + timedelta(days=20):
        meeting = asm.schedule_meeting(
            session,
            body_id=forum.id,
            held_at=datetime.combine(day, time(19, 0)),
            place="Community room, Lock House",
        )
        if day <= today:
            asm.record_attendance(
                session,
                meeting_id=meeting.id,
                contact_ids=sorted(set(committee + rng.sample(people, 12))),
            )
        first = first or meeting
        day += timedelta(days=30)
    if council is None or first is None:
        return
    election = asm.record_motion(
        session,
        meeting_id=first.id,
        kind="election",
        result="consensus",
        text="Elect a delegate to the City Workers' Council.",
    )
    term = (first.held_at.date(), first.held_at.date() + timedelta(days=365))
    for person, role in ((committee[0], "delegate"), (committee[1], "alternate")):
        asm.elect_delegate(
            session,
            forum_id=forum.id,
            council_id=council,
            display_name=names[person],
            term_start=term[0],
            term_end=term[1],
            role=role,
            contact_id=person,
            motion_id=election.id,
        )
    upcoming = session.execute(
        sa.select(AgendaItem.id, AgendaItem.title)
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .where(Meeting.body_id == council, Meeting.held_at > datetime.combine(today, time()))
    ).all()
    for item_id, title in upcoming:
        instruction = "abstain" if "budget" in title.lower() else "for"
        asm.pass_mandate(
            session,
            forum_id=forum.id,
            agenda_item_id=item_id,
            instruction=instruction,
            red_lines="Tenants' repairs before any rent rise." if instruction == "for" else "",
        )


def _mutual_aid(
    session: Session, rng: random.Random, wp: int, people: list[int], today: date, since: date
) -> list[int]:
    """Needs and offers over the year, matches with follow-ups; returns money needs."""
    span = (today - since).days
    offers = []
    second = tuple(
        (k, w.replace("Can ", "Happy to ").replace("Has ", "Has access to "), v)
        for k, w, v in OFFERS
    )
    for i, (kind, what, visibility) in enumerate(OFFERS + second):
        member = people[(7 * i + 3) % len(people)]
        offers.append(
            aid_s.add_offer(
                session,
                workplace_id=wp,
                kind=kind,
                what=what,
                contact_id=member,
                visibility=visibility,
                offered_on=today - timedelta(days=rng.randint(min(30, span), span)),
                today=today,
            )
        )
    money = []
    for i in range(36):
        kind, what, visibility = NEEDS[i % len(NEEDS)]
        raised = today - timedelta(
            days=rng.randint(0, min(20, span)) if i % 4 == 0 else rng.randint(0, span)
        )
        anonymous = kind in ("place_to_stay", "money") and rng.random() < 0.3
        member = None if anonymous else people[(11 * i + 5) % len(people)]
        need = aid_s.add_need(
            session,
            workplace_id=wp,
            kind=kind,
            what=what,
            contact_id=member,
            anonymous=anonymous,
            visibility=visibility if member else "committee",
            urgency=rng.choices(("normal", "urgent", "low"), (6, 3, 1))[0],
            raised_on=raised,
            needed_by=raised + timedelta(days=rng.randint(3, 21)),
            today=today,
        )
        if kind == "money":
            money.append(need.id)
        fits = [
            o
            for o in offers
            if o.kind == need.kind and o.contact_id != member and o.offered_on <= raised
        ]
        helper = None if fits else rng.choice([p for p in people if p != member])
        if rng.random() < 0.85 and (fits or kind in ("money", "place_to_stay", "food")):
            matched = min(today, raised + timedelta(days=rng.randint(0, 4)))
            offer = rng.choice(fits) if fits else None
            follow = matched + timedelta(days=rng.randint(5, 12))
            aid_s.match_need(
                session,
                need_id=need.id,
                offer_id=offer.id if offer else None,
                helper_id=None if offer else helper,
                matched_on=matched,
                help_on=matched + timedelta(days=1),
                follow_up_on=follow,
                today=today,
            )
            closed = matched + timedelta(days=rng.randint(1, 9))
            if closed <= today - timedelta(days=3) and raised < today - timedelta(days=14):
                status = rng.choices(("met", "partly_met"), (5, 1))[0]
                aid_s.close_need(
                    session, need_id=need.id, status=status, closed_on=closed, today=today
                )
                last = session.execute(sa.text("SELECT max(id) FROM aid_matches")).scalar()
                if follow < today - timedelta(days=2):
                    aid_s.complete_match_follow_up(session, match_id=last)
        elif raised < today - timedelta(days=40):
            aid_s.close_need(
                session,
                need_id=need.id,
                status="unmet",
                closed_on=raised + timedelta(days=30),
                today=today,
                reason="Nobody could help in time; raised at the assembly.",
            )
    return money


def _fund(
    session: Session, rng: random.Random, wp: int, money: list[int], since: date, today: date
) -> None:
    fund = ledgers_s.add_fund(
        session, name="Millbrook solidarity fund", currency="GBP", workplace_id=wp, today=since
    )
    month = date(since.year, since.month, 1) + timedelta(days=31)
    month = date(month.year, month.month, 1)
    while month <= today:
        ledgers_s.post_fund_entry(
            session,
            fund_id=fund.id,
            kind="dues",
            posted_on=month,
            amount_cents=rng.randint(120, 260) * 100,
            memo="Monthly dues, collected at the assembly",
            today=today,
        )
        # a collection mid-month, never after today (the ledger refuses a date in the future)
        if rng.random() < 0.3 and month + timedelta(days=14) <= today:
            ledgers_s.post_fund_entry(
                session,
                fund_id=fund.id,
                kind="collection",
                posted_on=month + timedelta(days=14),
                today=today,
                amount_cents=rng.randint(40, 150) * 100,
                memo="Bucket collection at the summer fair",
            )
        month = date(month.year + (month.month == 12), month.month % 12 + 1, 1)
    needs = session.execute(
        sa.select(AidNeed.id, AidNeed.contact_id, AidNeed.raised_on)
        .where(AidNeed.id.in_(money))
        .order_by(AidNeed.raised_on, AidNeed.id)
    ).all()
    grants = []
    for need_id, contact, raised in needs:
        on = raised + timedelta(days=2)
        if on > today:
            continue
        try:
            grants.append(
                ledgers_s.post_fund_entry(
                    session,
                    fund_id=fund.id,
                    kind="grant",
                    need_id=need_id,
                    contact_id=contact,
                    amount_cents=rng.randint(5, 20) * 1000,
                    posted_on=on,
                    today=today,
                    memo="Grant agreed by the committee",
                )
            )
        except Conflict:
            continue  # the fund could not pay it that month
    ledgers_s.post_fund_entry(
        session,
        fund_id=fund.id,
        kind="expense",
        amount_cents=3500,
        posted_on=today - timedelta(days=20),
        today=today,
        memo="Printing the petition",
    )
    if grants:  # a grant entered with the wrong amount, reversed and posted again
        wrong = grants[0]
        on = min(today, wrong.posted_on + timedelta(days=3))
        ledgers_s.reverse_fund_entry(
            session, entry_id=wrong.id, posted_on=on, today=today, memo="Wrong amount entered"
        )
        ledgers_s.post_fund_entry(
            session,
            fund_id=fund.id,
            kind="grant",
            need_id=wrong.need_id,
            contact_id=wrong.contact_id,
            posted_on=on,
            today=today,
            amount_cents=max(1000, -wrong.amount_cents - 1000),
            memo="Grant agreed by the committee (corrected amount)",
        )


def _time_bank(
    session: Session, rng: random.Random, people: list[int], wp: int, today: date, since: date
) -> None:
    """A year of exchanges among about thirty neighbours (inserted in one statement, the
    bank's floor kept as the service keeps it), a few awaiting confirmation, two corrections,
    and a member who moved away (account closed, history kept)."""
    floor = 10 * 60
    bank = ledgers_s.add_time_bank(
        session,
        name="Millbrook time bank",
        workplace_id=wp,
        floor_minutes=floor,
        today=since,
        rules="An hour is an hour, whatever the work. Accounts may go 10 hours below zero. "
        "Both members confirm an exchange, or the committee enters it.",
    )
    members = people[: min(len(people), 32)]
    account_id = _next_id(session, TimeAccount.__table__)
    accounts: dict[int, int] = {}
    opened: list[dict] = []
    exchange_id = _next_id(session, TimeExchange.__table__)
    balance: dict[int, int] = {}
    rows: list[dict] = []
    day = since + timedelta(days=1)
    while day <= today:
        for _ in range(rng.randint(3, 7)):
            giver, receiver = rng.sample(members, 2)
            minutes = rng.choice((30, 60, 60, 90, 120, 180))
            # the last fortnight's exchanges wait for a receiver's confirmation now and then
            recent = day > today - timedelta(days=14)
            by = rng.choices(("both", "committee", "giver"), (4, 2, 3 if recent else 0))[0]
            posted = by != "giver"
            if posted and balance.get(receiver, 0) - minutes < -floor:
                continue  # the receiver is at the time bank's limit: they give first
            for person in (giver, receiver):
                if person not in accounts:
                    accounts[person] = account_id
                    opened.append(
                        {
                            "id": account_id,
                            "bank_id": bank.id,
                            "contact_id": person,
                            "opened_on": day,
                            "closed_on": None,
                        }
                    )
                    account_id += 1
            if posted:
                balance[giver] = balance.get(giver, 0) + minutes
                balance[receiver] = balance.get(receiver, 0) - minutes
            rows.append(
                {
                    "id": exchange_id,
                    "bank_id": bank.id,
                    "giver_id": accounts[giver],
                    "receiver_id": accounts[receiver],
                    "minutes": minutes,
                    "what": rng.choice(EXCHANGES),
                    "done_on": day,
                    "confirmed_by_giver": by in ("both", "giver"),
                    "confirmed_by_receiver": by == "both",
                    "entered_by_committee": by == "committee",
                    "posted": posted,
                    "posted_on": day if posted else None,
                    "reverses_id": None,
                    "recorded_on": day,
                }
            )
            exchange_id += 1
        day += timedelta(days=7)
    leaver = members[-1]
    stays = [r for r in rows if accounts.get(leaver) not in (r["giver_id"], r["receiver_id"])]
    if stays and not any(not r["posted"] for r in stays):
        last = stays[-1]  # always one waiting, so the screens show what waiting looks like
        last.update(
            posted=False,
            posted_on=None,
            confirmed_by_receiver=False,
            entered_by_committee=False,
            confirmed_by_giver=True,
        )
        giver, receiver = (
            next(p for p, a in accounts.items() if a == last[k])
            for k in ("giver_id", "receiver_id")
        )
        balance[giver] -= last["minutes"]
        balance[receiver] += last["minutes"]
    session.execute(sa.insert(TimeAccount), opened)
    session.execute(sa.insert(TimeExchange), rows)
    for row in [r for r in rows if r["posted"]][5:7]:
        ledgers_s.reverse_exchange(
            session,
            exchange_id=row["id"],
            what="Entered twice",
            today=row["done_on"] + timedelta(days=2),
        )
    left = today - timedelta(days=30)
    mark_left(session, contact_id=leaver, left_on=left)
    if leaver in accounts:
        for row in rows:
            if not row["posted"] and accounts[leaver] in (row["giver_id"], row["receiver_id"]):
                ledgers_s.withdraw_exchange(session, exchange_id=row["id"])
        ledgers_s.close_account(
            session,
            account_id=accounts[leaver],
            closed_on=max(left, session.get(TimeAccount, accounts[leaver]).opened_on),
        )


def _care(
    session: Session,
    rng: random.Random,
    estate: int,
    neighbours: list[int],
    committee: list[int],
    today: date,
) -> None:
    """Check-ins after discipline grievances at the workplaces and after evictions on the
    estate (two overdue), and retaliation incidents with witnesses."""
    rows = session.execute(
        sa.select(
            Grievance.id,
            Grievance.workplace_id,
            Grievance.incident_on,
            grievance_grievants.c.contact_id,
            Contact.area_id,
        )
        .join(grievance_grievants, grievance_grievants.c.grievance_id == Grievance.id)
        .join(Contact, Contact.id == grievance_grievants.c.contact_id)
        .where(Grievance.grievance_type == "discipline", Contact.left_on.is_(None))
        .order_by(Grievance.incident_on.desc(), Grievance.id)
    ).all()[:8]
    for i, (grievance, wp, incident, member, area) in enumerate(rows):
        checker = session.execute(
            sa.select(Contact.id)
            .where(
                Contact.workplace_id == wp,
                Contact.id != member,
                Contact.left_on.is_(None),
                Contact.current_level == 1,
            )
            .order_by(Contact.id)
            .limit(1)
        ).scalar_one_or_none()
        event_on = max(incident, today - timedelta(days=rng.randint(10, 60)))
        event_on = min(event_on, today)
        due = min(today + timedelta(days=3), event_on + timedelta(days=rng.randint(3, 10)))
        if i < 2:
            due = today - timedelta(days=2 + i)  # overdue: nobody has called yet
        check = care_s.add_check_in(
            session,
            contact_id=member,
            event="firing" if i % 3 == 0 else "discipline",
            event_on=min(event_on, due),
            due_on=due,
            checker_id=checker,
            grievance_id=grievance,
            about="Called into a disciplinary meeting",
            today=today,
        )
        if 2 <= i < 6 and due <= today:
            care_s.record_check_in(
                session,
                check_in_id=check.id,
                done_on=due,
                outcome=rng.choice(
                    (
                        "Coping; wants to come to the forum",
                        "Shaken; a steward will go with them",
                        "Fine, thanks the committee",
                    )
                ),
                today=today,
            )
        if i < 4:
            witnesses = (
                session.execute(
                    sa.select(Contact.id)
                    .where(Contact.area_id == area, Contact.id != member, Contact.left_on.is_(None))
                    .order_by(Contact.id)
                    .limit(2)
                )
                .scalars()
                .all()
            )
            care_s.log_retaliation(
                session,
                workplace_id=wp,
                occurred_on=min(today, event_on + timedelta(days=3)),
                what=rng.choice(
                    (
                        "Moved to nights the week after signing the petition",
                        "Refused overtime that others on the shift were offered",
                        "Told in front of the team that union members are trouble",
                    )
                ),
                management=rng.choice(("Shift manager", "Site manager", "HR business partner")),
                contact_id=member,
                witness_ids=list(witnesses),
                grievance_id=grievance,
                today=today,
            )
    for i, member in enumerate(neighbours[5:8]):
        event_on = today - timedelta(days=20 + 15 * i)
        care_s.add_check_in(
            session,
            contact_id=member,
            event="eviction",
            event_on=event_on,
            due_on=event_on + timedelta(days=7 if i else 25),
            checker_id=committee[i % len(committee)],
            about="Section 21 notice after complaining about damp",
            today=today,
        )
    care_s.log_retaliation(
        session,
        workplace_id=estate,
        occurred_on=today - timedelta(days=40),
        what="The letting agent refused a repair and said complaints 'go on your file'",
        management="Letting agent, Northside Housing Association",
        contact_id=neighbours[6],
        witness_ids=[neighbours[9], neighbours[10]],
        today=today,
    )


def add_beyond_the_workplace(
    session: Session,
    *,
    seed: int,
    today: date,
    start: date,
    pools: Sequence[tuple[str, list[str], list[str], float]],
    neighbours: int,
) -> None:
    """The neighbourhood, its assembly, mutual aid, the fund, the time bank and care."""
    rng = random.Random(seed + 19)
    estate = add_workplace(
        session,
        name=ESTATE,
        employer="Northside Housing Association",
        kind="neighbourhood",
        today=start,
    )
    floors = []
    for street_name, buildings in STREETS:
        street = add_area(session, workplace_id=estate.id, name=street_name, kind="street")
        for building_name in buildings:
            building = add_area(
                session,
                workplace_id=estate.id,
                name=building_name,
                kind="building",
                parent_id=street.id,
            )
            for floor in ("Ground floor", "First floor", "Second floor"):
                floors.append(
                    add_area(
                        session,
                        workplace_id=estate.id,
                        name=floor,
                        kind="floor",
                        parent_id=building.id,
                    ).id
                )
    people = _neighbours(session, rng, pools, estate.id, floors, neighbours, start)
    for floor in floors:
        set_headcount(
            session,
            area_id=floor,
            as_of=start,
            headcount=max(2, round(neighbours / len(floors) * rng.uniform(1.2, 1.6))),
        )
    names = {
        c: f"{f} {lst}".strip()
        for c, f, lst in session.execute(
            sa.select(Contact.id, Contact.first_name, Contact.last_name).where(
                Contact.id.in_(people)
            )
        )
    }
    committee = _organise(session, rng, estate.id, people, start, today)
    # a year of mutual aid, a fund and a time bank (less when the demo's history is shorter)
    since = max(start + timedelta(days=60), today - timedelta(days=365))
    _assembly(session, rng, estate.id, people, committee, names, today, since)
    money = _mutual_aid(session, rng, estate.id, people, today, since)
    _fund(session, rng, estate.id, money, since, today)
    _time_bank(session, rng, people, estate.id, today, since)
    _care(session, rng, estate.id, people, committee, today)
