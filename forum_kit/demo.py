"""The demo-vault generator: a realistic, deterministic organising history for trying Forum Kit.

Owns ``generate``, which fills an empty vault with several workplaces and their area trees,
contacts with names from many languages (and a few hand-picked names that exercise ŋ Ş ê ü ñ é),
two years of dated history (assessments that improve and sometimes slip, AEIOU one-on-ones with
issue tags and follow-ups, committee joins and leaves, structure tests), a contract with steps and
holidays, grievances at every step (some overdue relative to ``today``, some closed), and a forum
with its council and the council's parent, meetings, motions, delegates (one recalled), mandates
and report-backs. Everything derives from ``seed`` and ``today``; the clock is never read.

Rows go in through SQLAlchemy Core ``insert`` executemany in chunks (PERFORMANCE.md: about 10x
faster than the ORM), into the normal tables so the vault's triggers keep the full-text indexes
and the contacts' derived columns right. Only small per-contact tuples stay in memory, so the same
function builds the benchmarks' 50,000-contact vault. It flushes and never commits.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from types import MappingProxyType
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.demo_base import (
    _between,
    _Ids,
    _next_ids,
    _Person,
    _Place,
    _working_day,
    _Writer,
)
from forum_kit.demo_records import _assemblies, _contracts_and_grievances
from forum_kit.demo_social import add_social_map, zone_note
from forum_kit.errors import Conflict, InvalidInput
from forum_kit.i18n import _
from forum_kit.models import (
    AgendaItem,
    Area,
    AreaHazard,
    AreaHeadcount,
    Assessment,
    Attachment,
    Base,
    Body,
    Committee,
    CommitteeMembership,
    Contact,
    Contract,
    ContractHoliday,
    ContractStep,
    ContractTypeStart,
    Conversation,
    Delegate,
    Grievance,
    GrievanceEvent,
    GrievanceExtension,
    IssueTag,
    Mandate,
    MandateReport,
    Meeting,
    Motion,
    Placement,
    SocialTie,
    StructureTest,
    StructureTestOutcome,
    Workplace,
    conversation_tags,
)

DEFAULT_SEED = 20260331
GRIEVANCE_EVERY = 37  # contacts per grievance when no count is given
MAX_GRIEVANCES = 100_000

# The names of a warehouse, hospital or care-home workforce: about a third of them in scripts that
# need shaping, right-to-left order or a CJK face (every document prints them).
LOCALES: tuple[tuple[str, str, float], ...] = (
    ("en_US", "English", 5.0),
    ("es_MX", "Spanish", 3.0),
    ("pt_BR", "Portuguese", 1.5),
    ("fr_FR", "French", 1.0),
    ("de_DE", "German", 0.8),
    ("tr_TR", "Turkish", 1.2),
    ("pl_PL", "Polish", 1.5),
    ("vi_VN", "Vietnamese", 1.0),
    ("el_GR", "Greek", 0.6),
    ("ru_RU", "Russian", 0.8),
    ("uk_UA", "Ukrainian", 1.0),
    ("fil_PH", "Tagalog", 1.2),
    ("yo_NG", "Yoruba", 0.8),
    ("ig_NG", "Igbo", 0.6),
    ("sw", "Swahili", 0.6),
    ("ro_RO", "Romanian", 0.8),
    ("ar_EG", "Arabic", 1.6),
    ("fa_IR", "Persian", 0.6),
    ("he_IL", "Hebrew", 0.3),
    ("hi_IN", "Hindi", 1.3),
    ("ne_NP", "Nepali", 0.7),
    ("bn_BD", "Bengali", 0.9),
    ("ta_IN", "Tamil", 0.6),
    ("th_TH", "Thai", 0.4),
    ("zh_CN", "Chinese", 1.2),
    ("ja_JP", "Japanese", 0.3),
    ("ko_KR", "Korean", 0.5),
)

# Languages Faker has no names for in their own script: first names and surnames to combine, in
# the same spirit (common names, drawn at random, so nobody real).
OWN_POOLS: tuple[tuple[str, tuple[str, ...], tuple[str, ...], float], ...] = (
    ("Urdu", ("عمران", "عائشہ", "بلال", "صائمہ", "فیصل", "نادیہ", "ثاقب", "رضوانہ"),
     ("خان", "چوہدری", "قریشی", "ملک", "بٹ", "شیخ", "اعوان", "راجپوت"), 0.9),
    ("Punjabi", ("ਗੁਰਪ੍ਰੀਤ", "ਹਰਜੀਤ", "ਮਨਪ੍ਰੀਤ", "ਜਸਵਿੰਦਰ", "ਕੁਲਦੀਪ", "ਅਮਨਦੀਪ"),
     ("ਸਿੰਘ", "ਕੌਰ", "ਗਿੱਲ", "ਸੰਧੂ", "ਢਿੱਲੋਂ", "ਬਰਾੜ"), 0.7),
    ("Amharic", ("አበበ", "ሰላም", "ዮሐንስ", "ትዕግሥት", "ብርሃኑ", "መሰረት"),
     ("ተስፋዬ", "ገብሬ", "ኃይሌ", "ወልደ", "አለሙ", "በቀለ"), 0.6),
    ("Tigrinya", ("ኣብርሃም", "ሰናይት", "ዳዊት", "ሳባ", "ሃብቶም", "ኣስመረት"),
     ("ተስፋይ", "ገብረሚካኤል", "ኪዳነ", "ሃይለ", "ብርሃነ", "ዓንደ"), 0.4),
    ("Kurdish", ("ژیان", "ئارام", "شیلان", "ڕێبین", "هێمن", "ڤیان"),
     ("ئەحمەد", "محەمەد", "کەریم", "عەلی", "ڕەشید", "حەسەن"), 0.4),
)

HAND_PICKED: tuple[tuple[str, str, str], ...] = (
    ("Şêrko", "Aydın", "Kurdish"),
    ("Zoë", "Ŋgema", "English"),
    ("Agustín", "Muñoz", "Spanish"),
    ("Hélène", "Brûlé", "French"),
    ("Jürgen", "Übel", "German"),
    ("Łucja", "Żółkiewska", "Polish"),
    ("Đặng", "Thị Hương", "Vietnamese"),
    ("Oyèkúnlé", "Adébáyọ̀", "Yoruba"),
)

TAGS = (
    "short-staffing", "forced overtime", "heat", "scheduling", "harassment", "pay", "breaks",
    "safety equipment", "favouritism", "sick pay", "workload", "parking",
)




PLACES: tuple[_Place, ...] = (
    _Place(
        "Riverside Distribution Centre", "Quickship Logistics Ltd", "department", "shift",
        ("Inbound", "Outbound", "Pick and Pack", "Returns", "Transport", "Yard"),
        ("Days", "Nights", "Weekends"),
        ("picker", "loader", "forklift driver", "team lead", "returns clerk", "driver"),
        ("loading bay over 30 °C in summer", "forklift traffic in aisles", "heavy lifting"),
        ("heat", "forced overtime", "short-staffing", "breaks", "safety equipment"),
    ),
    _Place(
        "St Agnes General Hospital", "St Agnes Health Trust", "ward", "shift",
        ("Ward 3 Surgical", "Ward 7 Medical", "Emergency", "Catering", "Cleaning", "Portering"),
        ("Early", "Late", "Night"),
        ("nurse", "healthcare assistant", "cleaner", "porter", "cook", "ward clerk"),
        ("needle-stick risk", "lifting patients without hoists", "cleaning chemicals"),
        ("short-staffing", "scheduling", "harassment", "sick pay", "workload"),
    ),
    _Place(
        "Northgate Bakery", "Golden Crust Foods", "line", "shift",
        ("Line 1 Bread", "Line 2 Rolls", "Packing", "Hygiene", "Maintenance", "Dispatch"),
        ("A shift", "B shift", "C shift"),
        ("line operator", "packer", "hygiene operative", "engineer", "mixer", "supervisor"),
        ("oven heat", "flour dust", "unguarded conveyor"),
        ("heat", "pay", "breaks", "favouritism", "forced overtime"),
    ),
    _Place(
        "Harbour Contact Centre", "Connectline Services", "floor", "team",
        ("Floor 2 Billing", "Floor 3 Sales", "Floor 4 Support", "Back Office"),
        ("Team North", "Team South", "Team East", "Team West"),
        ("advisor", "senior advisor", "team leader", "quality analyst", "back-office clerk"),
        ("headset noise", "no screen breaks"),
        ("workload", "breaks", "scheduling", "pay", "harassment"),
    ),
)

AGITATE = (
    "Angry about {issue} on {area}; says it has been getting worse since the spring.",
    "Raised {issue} straight away. Has been covering for two missing coworkers all month.",
    "Quiet at first, then talked about {issue} and how it hits the people with children.",
    "Frustrated that complaints about {issue} to the supervisor went nowhere.",
    "Says {issue} is why three people left {area} this year.",
)
EDUCATE = (
    "We talked about who decides on {issue}: the site manager, not the supervisor.",
    "Went through what the contract says and what a group grievance could win.",
    "Explained how the committee won on breaks at another site by acting together.",
    "Agreed that only a majority of the area acting together will move management.",
)
INOCULATE = (
    "Warned that management will promise a review and hope it blows over.",
    "Management may try one-to-one meetings to split people; we discussed saying no to those.",
    "Expect them to blame head office or the budget.",
    "They may single out the loudest people; we stick together and document everything.",
)
ASKS = (
    "Sign the petition on {issue}", "Come to the next forum meeting",
    "Talk to two coworkers on {area} this week", "Wear the button on Thursday",
    "Join the organising committee", "Give a statement for the grievance",
)
ANSWERS = ("Yes", "Yes, will bring a coworker", "Maybe, needs to think", "Not now", "No")
UNITE = (
    "Connected them with the committee member on {area}.",
    "Introduced them to others who raised {issue}.",
    "Invited them to the break-room meeting on Friday.",
    "",
)
PLANS = (
    "Follow up after payday.", "Check back after the rota comes out.",
    "Bring the petition on the next shift.", "Meet again with a coworker from {area}.", "",
)
CONTACT_NOTES = (
    "Prefers texts after 6 pm.", "Best reached on the bus in the morning.",
    "Works a second job at weekends.", "Respected by the night shift.",
    "Does not want calls at home.", "",
)


@dataclass(frozen=True)
class DemoStats:
    """What ``generate`` made: row counts per table, the history window and the seed."""

    seed: int
    start: date
    today: date
    counts: Mapping[str, int]

    @property
    def contacts(self) -> int:
        return self.counts.get("contacts", 0)












def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text)
    return "".join(c for c in folded if c.isascii() and (c.isalnum())).lower()


def _name_pools(seed: int) -> list[tuple[str, list[str], list[str], float]]:
    from faker import Faker

    pools = []
    for index, (locale, language, weight) in enumerate(LOCALES):
        fake = Faker(locale)
        fake.seed_instance(seed + index)
        firsts = sorted({fake.first_name() for _ in range(120)})
        lasts = sorted({fake.last_name() for _ in range(120)})
        pools.append((language, firsts, lasts, weight))
    for language, own_firsts, own_lasts, weight in OWN_POOLS:
        pools.append((language, list(own_firsts), list(own_lasts), weight))
    return pools






def generate(
    target: Any,
    *,
    seed: int = DEFAULT_SEED,
    today: date,
    contacts: int = 1500,
    workplaces: int = 4,
    areas: int = 40,
    years: float = 2.0,
    notes_per_contact: float = 4.0,
    grievances: int | None = None,
    neighbourhood: bool = False,
) -> DemoStats:
    """Fill an empty vault (a ``Vault`` or a ``Session``) with demo data; deterministic by seed.

    ``grievances`` is how many grievances to spread over every step (open, overdue and closed);
    None keeps the demo's ratio of one per 37 contacts, at least 12. ``neighbourhood`` adds the
    estate beyond the workplaces (``forum_kit.demo_beyond``: its neighbours come on top of
    ``contacts``); the demo vault a steward opens has it. With a Session the caller commits;
    with a Vault one unit of work commits at the end.
    """
    if not isinstance(today, date) or isinstance(today, datetime):
        raise InvalidInput(_("today must be a date."))
    if not 10 <= contacts <= 1_000_000:
        raise InvalidInput(_("contacts must be between 10 and 1,000,000."))
    if not 1 <= workplaces <= 50:
        raise InvalidInput(_("workplaces must be between 1 and 50."))
    if not workplaces <= areas <= 5_000:
        raise InvalidInput(_("areas must be at least the number of workplaces and at most 5,000."))
    if not 0.25 <= years <= 20:
        raise InvalidInput(_("years must be between 0.25 and 20."))
    if not 0 <= notes_per_contact <= 100:
        raise InvalidInput(_("notes_per_contact must be between 0 and 100."))
    if grievances is not None and (
        isinstance(grievances, bool) or not isinstance(grievances, int)
        or not 0 <= grievances <= MAX_GRIEVANCES
    ):
        raise InvalidInput(_("grievances must be a whole number from 0 to "
                             "{MAX_GRIEVANCES:,}.").format(MAX_GRIEVANCES=MAX_GRIEVANCES))
    if isinstance(target, Session):
        return _generate(target, seed, today, contacts, workplaces, areas, years,
                         notes_per_contact, grievances, neighbourhood)
    with target.unit_of_work() as session:
        return _generate(session, seed, today, contacts, workplaces, areas, years,
                         notes_per_contact, grievances, neighbourhood)


def _generate(session: Session, seed: int, today: date, n_contacts: int, n_workplaces: int,
              n_areas: int, years: float, notes_per_contact: float,
              n_grievances: int | None, neighbourhood: bool = False) -> DemoStats:
    if session.execute(sa.select(sa.func.count()).select_from(Contact)).scalar():
        raise Conflict(_("The vault already holds contacts; the demo needs an empty vault."))
    rng = random.Random(seed)
    start = today - timedelta(days=round(365 * years))
    ids = _Ids(_next_ids(session, [
        Workplace, Area, AreaHeadcount, Contact, Assessment, Conversation, IssueTag, Committee,
        CommitteeMembership, SocialTie, StructureTest, StructureTestOutcome, Contract,
        Placement, AreaHazard,
        ContractStep, ContractHoliday, ContractTypeStart, Grievance, GrievanceEvent,
        GrievanceExtension, Attachment, Body, Meeting, AgendaItem, Motion, Delegate, Mandate,
        MandateReport,
    ]))
    out = _Writer(session)

    # ---------------------------------------------------------------- workplaces and area tree
    places: list[_Place] = []
    wp_ids: list[int] = []
    for w in range(n_workplaces):
        place = PLACES[w % len(PLACES)]
        if w >= len(PLACES):
            place = place._replace(name=f"{place.name} {w // len(PLACES) + 1}")
        places.append(place)
        wp_id = ids.take(Workplace)
        wp_ids.append(wp_id)
        out.add(Workplace, {"id": wp_id, "name": place.name, "employer": place.employer,
                            "address": "", "notes": "", "created_on": start})
    # (area id, workplace index, label, strength of organising there)
    leaves: list[tuple[int, int, str, float]] = []
    department_hazards: list[tuple[int, int, str]] = []
    for w, place in enumerate(places):
        count = n_areas // n_workplaces + (1 if w < n_areas % n_workplaces else 0)
        n_dept = max(1, round(count / 3.5))
        n_leaf = count - n_dept
        dept_ids = []
        for d in range(n_dept):
            dept_name = place.departments[d % len(place.departments)]
            if d >= len(place.departments):
                dept_name = f"{dept_name} {d // len(place.departments) + 1}"
            dept_id = ids.take(Area)
            dept_ids.append((dept_id, dept_name))
            # hazards are rows of their own since revision 0015 (demo_social writes them)
            department_hazards.append((dept_id, w, rng.choice(place.hazards)))
            out.add(Area, {"id": dept_id, "workplace_id": wp_ids[w], "parent_id": None,
                           "name": dept_name, "kind": place.top_kind, "position": d,
                           "zone": None, "zone_note": "", "hazards": "", "notes": ""})
        children: dict[int, int] = {}
        for leaf in range(n_leaf):
            dept_id, dept_name = dept_ids[leaf % n_dept]
            k = children.get(dept_id, 0)
            children[dept_id] = k + 1
            name = place.leaves[k % len(place.leaves)]
            if k >= len(place.leaves):
                name = f"{name} {k // len(place.leaves) + 1}"
            area_id = ids.take(Area)
            zone = rng.choices([None, "free", "danger"], [6, 2, 1])[0]
            out.add(Area, {"id": area_id, "workplace_id": wp_ids[w], "parent_id": dept_id,
                           "name": name, "kind": place.leaf_kind, "position": k, "zone": zone,
                           "zone_note": zone_note(zone, area_id), "hazards": "", "notes": ""})
            leaves.append((area_id, w, f"{dept_name} / {name}", rng.uniform(0.15, 1.0)))
        for dept_id, dept_name in dept_ids:
            if dept_id not in children:
                leaves.append((dept_id, w, dept_name, rng.uniform(0.15, 1.0)))
    strength = {a: s for a, _, _, s in leaves}
    area_label = {a: label for a, _, label, _ in leaves}

    tag_ids = {}
    for name in TAGS:
        tag_ids[name] = ids.take(IssueTag)
        out.add(IssueTag, {"id": tag_ids[name], "name": name})
    committee_ids = []
    for w, place in enumerate(places):
        committee_ids.append(ids.take(Committee))
        out.add(Committee, {"id": committee_ids[-1], "workplace_id": wp_ids[w],
                            "name": f"{place.name} organising committee"})

    # ------------------------------------------------------------------------------- contacts
    pools = _name_pools(seed)
    pool_weights = [p[3] for p in pools]
    leaf_weights = [rng.uniform(0.5, 1.5) for _ in leaves]
    # every area gets someone first, taking workplaces in turn, so small demos cover them all
    per_wp = [[leaf for leaf in leaves if leaf[1] == w] for w in range(n_workplaces)]
    first_round = [group[k] for k in range(max(map(len, per_wp))) for group in per_wp
                   if k < len(group)]
    people: list[_Person] = []
    mapped: dict[int, int] = {}
    for i in range(n_contacts):
        area_id, w, label, _leaf = first_round[i] if i < len(first_round) else rng.choices(
            leaves, leaf_weights)[0]
        if i < len(HAND_PICKED):
            first, last, language = HAND_PICKED[i]
        else:
            language, firsts, lasts, _weight = rng.choices(pools, pool_weights)[0]
            first, last = rng.choice(firsts), rng.choice(lasts)
        early = rng.random() < 0.85
        added = (start + timedelta(days=rng.randint(0, 120)) if early
                 else _between(rng, start + timedelta(days=120), today - timedelta(days=14)))
        left = None
        if rng.random() < 0.04:
            left = _between(rng, added + timedelta(days=60), today - timedelta(days=1))
            if left <= added:
                left = None
        place = places[w]
        job = rng.choice(place.jobs)
        shift = label.rsplit(" / ", 1)[-1] if place.leaf_kind == "shift" else rng.choice(
            ("Days", "Evenings", "Nights", "Rotating"))
        contact_id = ids.take(Contact)
        handle = (_ascii(first) or "worker") + "." + (_ascii(last) or str(contact_id))
        out.add(Contact, {
            "id": contact_id, "workplace_id": wp_ids[w], "area_id": area_id,
            "first_name": first, "last_name": last, "shift": shift, "job_title": job,
            "employment": "FT" if rng.random() < 0.7 else "PT",
            "employee_number": f"E{contact_id:06d}",
            "phone": f"07700 9{rng.randint(0, 99999):05d}" if rng.random() < 0.8 else "",
            "email": f"{handle}{rng.randint(1, 99)}@example.org" if rng.random() < 0.5 else "",
            "language": language, "sensitive": rng.random() < 0.03,
            "organic_leader": rng.random() < 0.05,
            "card_signed_on": None, "notes": rng.choice(CONTACT_NOTES),
            "added_on": added, "left_on": left, "current_level": 0,
        })
        people.append(_Person(contact_id, w, area_id, added, left, first, last, job))
        mapped[area_id] = mapped.get(area_id, 0) + 1

    for area_id, _w, _label, _s in leaves:
        count = mapped.get(area_id, 0)
        for as_of, factor in ((start, rng.uniform(1.05, 1.3)),
                              (start + (today - start) / 2, rng.uniform(1.08, 1.35)),
                              (today - timedelta(days=60), rng.uniform(1.05, 1.25))):
            out.add(AreaHeadcount, {"id": ids.take(AreaHeadcount), "area_id": area_id,
                                    "as_of": as_of, "headcount": max(1, round(count * factor))})

    by_workplace: dict[int, list[_Person]] = {}
    for person in people:
        by_workplace.setdefault(person.wp, []).append(person)
    # The first few people of each workplace are its founding committee and its organisers:
    # people still there, or in a tiny demo where everyone has left, whoever was there first.
    founders: dict[int, list[_Person]] = {
        w: ([p for p in group if p.left_on is None] or group)[:max(2, len(group) // 60)]
        for w, group in by_workplace.items()
    }
    founder_ids = {p.id for group in founders.values() for p in group}

    # Social ties: coworkers in the same area, stored with the smaller id first.
    by_area: dict[int, list[int]] = {}
    for person in people:
        by_area.setdefault(person.area_id, []).append(person.id)
    seen_ties: set[tuple[int, int]] = set()
    for members in by_area.values():
        for _round in range(len(members) // 3):
            a, b = sorted(rng.sample(members, 2)) if len(members) > 1 else (0, 0)
            if a and (a, b) not in seen_ties:
                seen_ties.add((a, b))
                out.add(SocialTie, {"id": ids.take(SocialTie), "contact_a_id": a,
                                    "contact_b_id": b, "notes": "",
                                    "kind": rng.choice(("break buddies", "same bus", "family",
                                                        "carpool", "language group"))})
    del seen_ties
    add_social_map(seed, out, ids, today, places, leaves, people, department_hazards)

    # ------------------------------------------------------------------------ structure tests
    tests = []
    plan = (
        ("petition", "Petition for working fans and cooling breaks", 0.45, None, 51),
        ("photo_board", "Photo board: we want safe staffing", 0.7, "area", 65),
        ("button_day", "Button day for fair scheduling", 0.85, None, 51),
        ("march_on_the_boss", "Delegation to the site manager over forced overtime", 0.95,
         "area", 65),
    )
    for t, (kind, title, when, scope, threshold) in enumerate(plan):
        w = t % n_workplaces
        on = _working_day(start + (today - start) * when)
        area_id = None
        if scope == "area":
            candidates = [a for a, aw, _, _ in leaves if aw == w]
            area_id = candidates[t % len(candidates)]
        test_id = ids.take(StructureTest)
        tests.append((test_id, w, area_id, on))
        out.add(StructureTest, {"id": test_id, "workplace_id": wp_ids[w], "area_id": area_id,
                                "kind": kind, "title": title, "threshold_pct": threshold,
                                "starts_on": on, "ends_on": on + timedelta(days=7)})

    # -------------------------------------------------------------------------------- history
    committee: list[tuple[int, int, date]] = []  # (contact id, workplace index, joined)
    first_levels = (1, 2, 3, 4, 5)
    first_weights = (0.03, 0.15, 0.45, 0.27, 0.10)
    for person in people:
        end = person.left_on or today
        s = strength[person.area_id]
        events: list[tuple[date, int]] = []  # (day, level) of each assessment
        is_founder = person.id in founder_ids
        organisers = founders[person.wp]
        if is_founder:
            level = 1
            first_day = person.added_on
        elif rng.random() < 0.12:
            level = 0  # mapped, never assessed
            first_day = person.added_on
        else:
            level = rng.choices(first_levels, first_weights)[0]
            first_day = min(end, person.added_on + timedelta(days=rng.randint(0, 30)))
        if level:
            events.append((first_day, level))
            out.add(Assessment, {"id": ids.take(Assessment), "contact_id": person.id,
                                 "level": level, "assessed_on": first_day,
                                 "assessed_by_id": organisers[0].id if not is_founder else None,
                                 "conversation_id": None, "evidence": "First chart round."})
        n_talks = int(rng.random() * 2 * notes_per_contact * (0.5 + s))
        if is_founder:
            n_talks += 2
        if level == 0:
            n_talks = min(n_talks, 1)
        days = sorted(_between(rng, first_day, end) for _ in range(n_talks))
        issues = places[person.wp].issues
        for day in days:
            conv_id = ids.take(Conversation)
            issue = rng.choice(issues)
            fill = {"issue": issue, "area": area_label[person.area_id].rsplit(" / ", 1)[-1]}
            follow = None
            done = False
            if rng.random() < 0.5:
                follow = day + timedelta(days=rng.randint(7, 21))
                done = follow < today - timedelta(days=7) and rng.random() < 0.85
            by = rng.choice(organisers).id
            out.add(Conversation, {
                "id": conv_id, "contact_id": person.id, "held_on": day,
                "by_id": None if by == person.id else by,
                "agitate": rng.choice(AGITATE).format(**fill),
                "educate": rng.choice(EDUCATE).format(**fill),
                "inoculate": rng.choice(INOCULATE),
                "ask": rng.choice(ASKS).format(**fill), "answer": rng.choice(ANSWERS),
                "unite": rng.choice(UNITE).format(**fill),
                "plan": rng.choice(PLANS).format(**fill),
                "follow_up_on": follow, "follow_up_done": done,
                "sensitive": rng.random() < 0.04,
            })
            tags = {issue, *rng.sample(TAGS, rng.randint(0, 1))}
            for tag in sorted(tags):
                out.add(conversation_tags, {"conversation_id": conv_id, "tag_id": tag_ids[tag]})
            if level and rng.random() < 0.6:
                roll = rng.random()
                improve = (0.08 + 0.26 * s) * (0.4 if level == 2 else 1.0)
                if roll < improve and level > 1:
                    level -= 1
                elif roll > 0.93 and level < 5:
                    level += 1  # people slip: a bad week, a threat from a manager
                events.append((day, level))
                out.add(Assessment, {"id": ids.take(Assessment), "contact_id": person.id,
                                     "level": level, "assessed_on": day,
                                     "assessed_by_id": None if by == person.id else by,
                                     "conversation_id": conv_id,
                                     "evidence": "After a one-on-one."})
        # committee: leaders join, in strong areas more readily
        joined = None
        if is_founder:
            joined = person.added_on
        else:
            first_leader = next((d for d, lv in events if lv == 1), None)
            first_support = next((d for d, lv in events if lv == 2), None)
            if first_leader and rng.random() < 0.3 + 0.65 * s:
                joined = first_leader + timedelta(days=rng.randint(0, 14))
                role = "C"
            elif first_support and rng.random() < 0.12 * s:
                joined = first_support + timedelta(days=rng.randint(0, 21))
                role = "CH"
        if joined is not None and joined <= end:
            role = "C" if is_founder else role
            left = None
            if person.left_on is not None:
                left = person.left_on
            elif not is_founder and rng.random() < 0.06:
                left = _between(rng, joined + timedelta(days=30), today)
            if left is not None and left < joined:
                left = joined
            out.add(CommitteeMembership, {
                "id": ids.take(CommitteeMembership), "committee_id": committee_ids[person.wp],
                "contact_id": person.id, "role": role, "joined_on": joined, "left_on": left,
            })
            if role == "C" and left is None:
                committee.append((person.id, person.wp, joined))
        # structure tests: the answer follows the assessment at the time
        for test_id, w, area_id, on in tests:
            if w != person.wp or (area_id is not None and area_id != person.area_id):
                continue
            if person.added_on > on or (person.left_on and person.left_on < on):
                continue
            then = 0
            for d, lv in events:
                if d <= on:
                    then = lv
            if then == 0 and rng.random() < 0.5:
                continue  # never reached
            odds = {0: 0.15, 1: 0.97, 2: 0.85, 3: 0.45, 4: 0.1, 5: 0.02}[then]
            outcome = ("participated" if rng.random() < odds
                       else "refused" if rng.random() < 0.6 else "asked")
            out.add(StructureTestOutcome, {
                "id": ids.take(StructureTestOutcome), "test_id": test_id,
                "contact_id": person.id, "outcome": outcome,
                "recorded_on": on + timedelta(days=rng.randint(0, 6)),
            })
    out.flush()
    # Card signing follows the assessment: supporters and leaders mostly signed.
    session.execute(
        sa.update(Contact)
        .where(Contact.current_level.in_((1, 2)), Contact.id % 3 != 0)
        .values(card_signed_on=sa.func.coalesce(Contact.current_assessed_on, Contact.added_on))
    )

    if n_grievances is None:
        n_grievances = max(12, round(len(people) / GRIEVANCE_EVERY))
    _contracts_and_grievances(rng, out, ids, today, start, places, wp_ids, people, committee,
                              n_grievances)
    _assemblies(rng, out, ids, today, start, places, wp_ids, by_workplace, committee)
    out.flush()
    session.flush()
    if neighbourhood:
        _beyond_the_workplace(session, seed, today, start, pools, n_contacts)

    counts = {}
    present = set(sa.inspect(session.connection()).get_table_names())
    for table in Base.metadata.sorted_tables:
        if table.name not in present:
            continue  # a model whose migration is not in this vault yet
        counts[table.name] = session.execute(
            sa.select(sa.func.count()).select_from(table)).scalar_one()
    return DemoStats(seed=seed, start=start, today=today, counts=MappingProxyType(counts))


def _beyond_the_workplace(session: Session, seed: int, today: date, start: date,
                          pools: list[tuple[str, list[str], list[str], float]],
                          n_contacts: int) -> None:
    """A neighbourhood and its tenants' assembly, mutual aid, a fund, a time bank and care."""
    from forum_kit.demo_beyond import add_beyond_the_workplace

    add_beyond_the_workplace(session, seed=seed, today=today, start=start, pools=pools,
                             neighbours=max(24, min(160, n_contacts // 12)))

