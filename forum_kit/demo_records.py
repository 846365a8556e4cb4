"""The demo's records beyond the chart: contracts with their grievance steps and deadlines, and
grievances at every step (``_contracts_and_grievances``); the forums' and councils' meetings,
motions, mandates, delegates and report-backs (``_assemblies``). Called by ``forum_kit.demo``'s
generator with its row writer and ids (``forum_kit.demo_base``); generated data only.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

import sqlalchemy as sa

from forum_kit.demo_base import _Ids, _Person, _Place, _working_day, _Writer
from forum_kit.models import (
    AgendaItem,
    Attachment,
    Body,
    Contract,
    ContractHoliday,
    ContractStep,
    ContractTypeStart,
    Delegate,
    Grievance,
    GrievanceEvent,
    GrievanceExtension,
    Mandate,
    MandateReport,
    Meeting,
    Motion,
    grievance_grievants,
    meeting_attendance,
)

# ------------------------------------------------------------------------------------ grievances

_TITLES = {
    "individual": ("Unpaid overtime not paid", "Holiday request refused without reason",
                   "Wrong pay grade since transfer", "Sick pay withheld", "Shift swap refused"),
    "group": ("Rota changed without notice", "Break room closed", "Forced overtime on nights",
              "Unequal distribution of overtime"),
    "policy": ("New attendance policy breaks the agreement", "CCTV installed in the break room",
               "Bag searches without consent"),
    "discipline": ("Written warning for lateness", "Dismissal after sick leave",
                   "Final warning for refusing overtime", "Suspension without investigation"),
    "health_and_safety": ("Heat in the loading bay", "Broken hoist not repaired",
                          "No protective gloves for cleaning chemicals", "Blocked fire exit"),
}
_ARTICLES = ("Article 7 (hours)", "Article 12 (discipline)", "Article 15 (leave)",
             "Article 21 (health and safety)", "Article 9 (pay)", "past practice")
_REMEDIES = ("Pay all hours owed and stop the practice.", "Withdraw the warning and remove it "
             "from the file.", "Reinstate with full back pay.", "Fix it within 7 days and consult "
             "the committee first.", "Restore the previous rota.")
# (step, state): state 0 = not filed yet, 1 = filed awaiting answer, 2 = answered awaiting appeal
_OPEN_STATES = ((1, 0), (1, 1), (1, 2), (2, 1), (2, 2), (3, 0), (3, 1), (3, 2), (4, 1))


def _contracts_and_grievances(rng: random.Random, out: _Writer, ids: _Ids, today: date,
                              start: date, places: list[_Place], wp_ids: list[int],
                              people: list[_Person], committee: list[tuple[int, int, date]],
                              n_grievances: int) -> None:
    contract_ids = []
    for w, place in enumerate(places):
        contract_id = ids.take(Contract)
        contract_ids.append(contract_id)
        out.add(Contract, {"id": contract_id, "workplace_id": wp_ids[w],
                           "name": f"{place.employer} collective agreement ({place.name})",
                           "roll_forward": True, "weekend_days": "56"})
        appeal = "answer_received,answer_due"
        # (ordinal, name, answered by, filing/appeal limit, answer limit, start limit); a limit
        # is (days, unit, counts from, whichever). Discipline and policy cases are filed straight
        # at step 3, so it has a start limit from the incident besides its appeal limit.
        steps = (
            (1, "Step 1", "supervisor", (10, "working", "incident,knowledge", "last"),
             (5, "working"), None),
            (2, "Step 2", "department manager", (5, "calendar", appeal, "first"),
             (10, "working"), None),
            (3, "Step 3", "human resources director", (5, "calendar", appeal, "first"),
             (15, "calendar"), (10, "working", "incident,knowledge", "last")),
            (4, "Arbitration", "arbitrator", (30, "calendar", appeal, "first"), (None, None),
             None),
        )
        for ordinal, name, by, filing, answer, start_limit in steps:
            sdays, sunit, sfrom, swhich = start_limit or (None, None, None, "last")
            out.add(ContractStep, {"id": ids.take(ContractStep), "contract_id": contract_id,
                                   "ordinal": ordinal, "name": name, "answered_by": by,
                                   "file_days": filing[0], "file_unit": filing[1],
                                   "file_from": filing[2], "file_whichever": filing[3],
                                   "answer_days": answer[0], "answer_unit": answer[1],
                                   "start_days": sdays, "start_unit": sunit,
                                   "start_from": sfrom, "start_whichever": swhich})
        for year in range(start.year, today.year + 2):
            for month, day, name in ((1, 1, "New Year's Day"), (5, 1, "May Day"),
                                     (12, 25, "Christmas Day"), (12, 26, "Boxing Day")):
                out.add(ContractHoliday, {"id": ids.take(ContractHoliday),
                                          "contract_id": contract_id,
                                          "day": date(year, month, day), "name": name})
        for gtype in ("discipline", "policy"):
            out.add(ContractTypeStart, {"id": ids.take(ContractTypeStart),
                                        "contract_id": contract_id, "grievance_type": gtype,
                                        "start_ordinal": 3})

    stewards: dict[int, list[int]] = {}
    for contact_id, w, _joined in committee:
        stewards.setdefault(w, []).append(contact_id)
    current = [p for p in people if p.left_on is None] or people
    # a group grievance's coworkers, looked up by area: scanning everyone for each of them took
    # seconds at 5,000 grievances over 50,000 people (same order as ``current``, so the same
    # seed still picks the same coworkers)
    current_by_area: dict[int, list[_Person]] = {}
    for person in current:
        current_by_area.setdefault(person.area_id, []).append(person)
    types = tuple(_TITLES)
    # One cycle per start step, so even a small demo has a discharge waiting to be filed at
    # step 3 (the start limit) besides cases appealed up to it.
    open_cycle = {1: 0, 3: 0}
    awaiting = 0  # open cases waiting for an answer; every fourth has an extension
    for g in range(n_grievances):
        gtype = types[g % len(types)]
        starts_at = 3 if gtype in ("discipline", "policy") else 1
        grievant = rng.choice(current)
        w = grievant.wp
        is_open = g % 3 != 2
        if is_open:
            allowed = [st for st in _OPEN_STATES if st[0] >= starts_at]
            step, state = allowed[open_cycle[starts_at] % len(allowed)]
            open_cycle[starts_at] += 1
        else:
            step, state = rng.choice((1, 2, 3, 4)), 2
            step = max(step, starts_at)
        gaps: list[tuple[int, str, int]] = []  # (step, kind, days after previous)
        knew_gap = rng.choice((0, 0, 0, 1, 2, 3))
        for s in range(starts_at, step + 1):
            gaps.append((s, "filed", rng.randint(1, 8) if s == starts_at else rng.randint(1, 5)))
            if s < step or state == 2:
                if s == 4:
                    break  # the arbitrator's award closes the case
                gaps.append((s, "answered", rng.randint(3, 12)))
        if state == 0:
            gaps = []
        total = knew_gap + sum(d for _, _, d in gaps)
        lag = rng.randint(0, 25) if is_open else rng.randint(30, 600)
        incident = today - timedelta(days=lag + total)
        if incident < start:
            incident = start
        knew = incident + timedelta(days=knew_gap) if knew_gap else None
        grievance_id = ids.take(Grievance)
        on = knew or incident
        last = on
        events = []
        for s, kind, d in gaps:
            on = min(today, on + timedelta(days=d))
            events.append((s, kind, on))
            last = on
        outcome = outcome_on = None
        if not is_open:
            outcome = rng.choice(("won", "won", "settled", "withdrawn", "lost", "lapsed"))
            outcome_on = min(today, last + timedelta(days=rng.randint(1, 10)))
        area_title = _TITLES[gtype][g % len(_TITLES[gtype])]
        steward = rng.choice(stewards.get(w) or [None])
        out.add(Grievance, {
            "id": grievance_id, "number": f"G-{incident.year}-{g + 1:03d}",
            "workplace_id": wp_ids[w], "area_id": grievant.area_id,
            "contract_id": contract_ids[w], "grievance_type": gtype, "title": area_title,
            "who": (f"{grievant.first_name} {grievant.last_name}, {grievant.job}"
                    if gtype != "group" else "A group of coworkers on the same shift"),
            "what": f"{area_title}. Management acted without consulting the committee.",
            "where": places[w].name, "why": rng.choice(_ARTICLES),
            "contract_article": rng.choice(_ARTICLES), "remedy": rng.choice(_REMEDIES),
            "incident_on": incident, "knew_on": knew, "steward_id": steward,
            "status": "open" if is_open else "closed", "current_step": step,
            "outcome": outcome, "outcome_on": outcome_on,
            "outcome_notes": "" if is_open else "Recorded at the forum meeting.",
            "sensitive": gtype == "discipline" and rng.random() < 0.5, "opened_on": incident,
        })
        grievants = [grievant]
        if gtype == "group":
            peers = [p for p in current_by_area.get(grievant.area_id, ()) if p is not grievant]
            grievants += rng.sample(peers, min(len(peers), rng.randint(2, 6)))
        for person in grievants:
            out.add(grievance_grievants, {"grievance_id": grievance_id, "contact_id": person.id})
        for s, kind, day in events:
            out.add(GrievanceEvent, {"id": ids.take(GrievanceEvent),
                                     "grievance_id": grievance_id, "step": s, "kind": kind,
                                     "on": day, "notes": ""})
        if is_open and state == 1 and events:
            awaiting += 1
        if is_open and state == 1 and events and awaiting % 4 == 1:
            filed_on = events[-1][2]
            out.add(GrievanceExtension, {
                "id": ids.take(GrievanceExtension), "grievance_id": grievance_id, "step": step,
                "kind": "answer", "agreed_on": filed_on + timedelta(days=1),
                "agreed_with": "HR manager", "new_date": filed_on + timedelta(days=21),
            })
        if g % 7 == 0:
            data = f"Rota printout for grievance {g + 1}\n".encode()
            import hashlib

            out.add(Attachment, {"id": ids.take(Attachment), "grievance_id": grievance_id,
                                 "filename": "rota.txt", "media_type": "text/plain",
                                 "size": len(data), "sha256": hashlib.sha256(data).hexdigest(),
                                 "added_on": last, "data": data})


# ------------------------------------------------------------------------------------ assemblies

_COUNCIL_ITEMS = (
    ("City-wide day of action on staffing", "against", "No date before the committees vote.",
     ""),
    ("Joint pay claim for the coming year", "for", "No settlement below inflation.", "6%"),
    ("Solidarity fund contributions", "for", "", "£1 a member a month"),
    ("Response to the new agency-worker policy", "against", "No two-tier pay.", ""),
    ("Campaign for heat limits in workplaces", "for", "Maximum 27 °C indoors.", "27 °C"),
    ("Council budget for legal support", "abstain", "", ""),
)


def _assemblies(rng: random.Random, out: _Writer, ids: _Ids, today: date, start: date,
                places: list[_Place], wp_ids: list[int], by_workplace: dict[int, list[_Person]],
                committee: list[tuple[int, int, date]]) -> None:
    region = ids.take(Body)
    out.add(Body, {"id": region, "kind": "council", "name": "Regional Assembly of Councils",
                   "parent_id": None, "level": "region", "workplace_id": None, "area_id": None,
                   "recall_rule": "Delegates recallable by their council at any meeting."})
    council = ids.take(Body)
    out.add(Body, {"id": council, "kind": "council", "name": "City Workers' Council",
                   "parent_id": region, "level": "city", "workplace_id": None, "area_id": None,
                   "recall_rule": "Delegates recallable by their forum at any meeting."})
    forums = []
    for w, place in enumerate(places):
        forum = ids.take(Body)
        forums.append(forum)
        out.add(Body, {"id": forum, "kind": "forum", "name": f"{place.name} workers' forum",
                       "parent_id": council, "level": "workplace", "workplace_id": wp_ids[w],
                       "area_id": None,
                       "recall_rule": "A simple majority of a quorate forum meeting recalls "
                                      "the delegate; notice of the motion a week before."})

    def meeting(body: int, when: date, place: str, attendees: list[int]) -> int:
        meeting_id = ids.take(Meeting)
        out.add(Meeting, {"id": meeting_id, "body_id": body,
                          "held_at": datetime.combine(when, time(18, 0)), "place": place,
                          "minutes": "" if when > today else "Minutes agreed at the next meeting.",
                          "guests": rng.randint(0, 4)})
        if when <= today:
            for contact_id in attendees:
                out.add(meeting_attendance, {"meeting_id": meeting_id, "contact_id": contact_id})
        return meeting_id

    def motion(meeting_id: int, kind: str, text: str, result: str, item: int | None,
               votes: int) -> int:
        motion_id = ids.take(Motion)
        yes = rng.randint(votes // 2 + 1, votes) if result == "carried" else rng.randint(
            0, votes // 2)
        tally = result in ("carried", "lost")
        out.add(Motion, {"id": motion_id, "meeting_id": meeting_id, "agenda_item_id": item,
                         "kind": kind, "text": text, "result": result,
                         "votes_for": yes if tally else None,
                         "votes_against": (votes - yes) if tally else None,
                         "abstentions": rng.randint(0, 2) if tally else None})
        return motion_id

    def item(meeting_id: int, ordinal: int, title: str) -> int:
        item_id = ids.take(AgendaItem)
        out.add(AgendaItem, {"id": item_id, "meeting_id": meeting_id, "ordinal": ordinal,
                             "title": title, "description": ""})
        return item_id

    members_by_wp: dict[int, list[int]] = {}
    joined_by_id: dict[int, date] = {}
    for contact_id, w, joined in committee:
        members_by_wp.setdefault(w, []).append(contact_id)
        joined_by_id[contact_id] = joined
    names = {p.id: f"{p.first_name} {p.last_name}".strip()
             for group in by_workplace.values() for p in group}

    # Council meetings every two months, the last one after today (its mandates are live).
    council_dates = []
    day = _working_day(start + timedelta(days=45))
    while day <= today + timedelta(days=60):
        council_dates.append(day)
        day = _working_day(day + timedelta(days=61))
    council_items: list[tuple[date, int, str, str, str, str]] = []
    for n, when in enumerate(council_dates):
        meeting_id = meeting(council, when, "Trades hall, room 2", [])
        for k in range(2):
            title, instr, red, figure = _COUNCIL_ITEMS[(2 * n + k) % len(_COUNCIL_ITEMS)]
            item_id = item(meeting_id, k + 1, title)
            council_items.append((when, item_id, title, instr, red, figure))

    for w, forum in enumerate(forums):
        group = by_workplace.get(w, [])
        members = members_by_wp.get(w, []) or [p.id for p in group[:3]]
        if not members:
            continue
        place = f"Community centre near {places[w].name}"
        delegate_terms: list[tuple[int, date, date | None]] = []  # (delegate id, from, to)
        recall_at = start + (today - start) * 0.45
        first_delegate = members[0]
        second = members[1] if len(members) > 1 else members[0]
        alternate = members[2] if len(members) > 2 else members[-1]
        term_end = today + timedelta(days=200)
        # Monthly forum meetings; every other one mandates the delegate for the next council.
        day = _working_day(start + timedelta(days=30))
        meeting_no = 0
        elected_first = recalled = False
        mandated: set[int] = set()
        while day <= today + timedelta(days=30):
            present = [m for m in members if joined_by_id.get(m, start) <= day]
            others = [p.id for p in rng.sample(group, min(len(group), 8))
                      if p.left_on is None and p.added_on <= day]
            meeting_id = meeting(forum, day, place, sorted(set(present[:25] + others)))
            votes = max(3, len(present) + len(others))
            meeting_no += 1
            ordinal = 1
            item(meeting_id, ordinal, "Reports from the areas")
            if not elected_first:
                ordinal += 1
                it = item(meeting_id, ordinal, "Election of the delegate to the council")
                m = motion(meeting_id, "election", "Elect a delegate and an alternate to the "
                           "City Workers' Council for one year.", "carried", it, votes)
                d_id = ids.take(Delegate)
                out.add(Delegate, {"id": d_id, "forum_id": forum, "council_id": council,
                                   "contact_id": first_delegate,
                                   "display_name": names[first_delegate], "role": "delegate",
                                   "term_start": day, "term_end": day + timedelta(days=365),
                                   "elected_by_motion_id": m, "recalled_by_motion_id": None,
                                   "ended_on": None})
                delegate_terms.append((d_id, day, None))
                elected_first = True
            elif not recalled and day >= recall_at:
                ordinal += 1
                it = item(meeting_id, ordinal, "Recall of the delegate and a new election")
                m = motion(meeting_id, "recall", "The delegate voted against the forum's "
                           "mandate on the pay claim; recall and elect anew.", "carried", it,
                           votes)
                old_id = delegate_terms[-1][0]
                delegate_terms[-1] = (old_id, delegate_terms[-1][1], day)
                out.flush()  # the delegate row may still be buffered; update it in place
                out.session.execute(
                    sa.update(Delegate).where(Delegate.id == old_id)
                    .values(recalled_by_motion_id=m, ended_on=day))
                e = motion(meeting_id, "election", "Elect a new delegate and an alternate.",
                           "carried", it, votes)
                for contact_id, role in ((second, "delegate"), (alternate, "alternate")):
                    d_id = ids.take(Delegate)
                    out.add(Delegate, {"id": d_id, "forum_id": forum, "council_id": council,
                                       "contact_id": contact_id,
                                       "display_name": names[contact_id], "role": role,
                                       "term_start": day, "term_end": term_end,
                                       "elected_by_motion_id": e,
                                       "recalled_by_motion_id": None, "ended_on": None})
                    if role == "delegate":
                        delegate_terms.append((d_id, day, None))
                recalled = True
            # mandates for the next council meeting's items
            upcoming = [c for c in council_items if day < c[0] <= day + timedelta(days=35)
                        and c[1] not in mandated]
            mandated.update(c[1] for c in upcoming)
            for c_when, c_item, title, instr, red, figure in upcoming:
                ordinal += 1
                it = item(meeting_id, ordinal, f"Mandate: {title}")
                m = motion(meeting_id, "mandate", f"Our delegate votes {instr} on '{title}'.",
                           "carried", it, votes)
                mandate_id = ids.take(Mandate)
                out.add(Mandate, {"id": mandate_id, "forum_id": forum, "agenda_item_id": c_item,
                                  "motion_id": m, "instruction": instr, "red_lines": red,
                                  "figure_to_hold": figure,
                                  "expires_on": c_when + timedelta(days=1)})
                report_on = c_when + timedelta(days=7)
                if report_on <= today:
                    holder = next((d for d, f, t in reversed(delegate_terms)
                                   if f <= c_when and (t is None or t > c_when)), None)
                    carried = rng.choices(("yes", "partly", "no"), (8, 2, 1))[0]
                    out.add(MandateReport, {
                        "id": ids.take(MandateReport), "mandate_id": mandate_id,
                        "delegate_id": holder, "carried_out": carried,
                        "outcome": rng.choice(("Carried by the council.", "Lost narrowly.",
                                               "Referred back to the forums.")),
                        "notes": "Reported back at the forum meeting.", "reported_on": report_on,
                    })
            if meeting_no % 3 == 0:
                ordinal += 1
                it = item(meeting_id, ordinal, "Any other business")
                motion(meeting_id, "ordinary", "Support the petition on heat and breaks.",
                       rng.choice(("carried", "consensus", "lost")), it, votes)
            day = _working_day(day + timedelta(days=30))
