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
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from types import MappingProxyType
from typing import Any, NamedTuple

import sqlalchemy as sa
from sqlalchemy.orm import Session

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
    grievance_grievants,
    meeting_attendance,
)

DEFAULT_SEED = 20260331
CHUNK = 10_000
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


class _Place(NamedTuple):
    name: str
    employer: str
    top_kind: str
    leaf_kind: str
    departments: tuple[str, ...]
    leaves: tuple[str, ...]
    jobs: tuple[str, ...]
    hazards: tuple[str, ...]
    issues: tuple[str, ...]


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


class _Person(NamedTuple):
    id: int
    wp: int  # index into the generated workplaces
    area_id: int
    added_on: date
    left_on: date | None
    first_name: str
    last_name: str
    job: str


class _Writer:
    """Buffers rows per table and inserts them in dependency order, a chunk at a time."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._order: list[sa.Table] = list(Base.metadata.sorted_tables)
        self._buffers: dict[str, list[dict[str, Any]]] = {}
        self._pending = 0

    def add(self, table: Any, row: dict[str, Any]) -> None:
        name = _table(table).name
        self._buffers.setdefault(name, []).append(row)
        self._pending += 1
        if self._pending >= CHUNK:
            self.flush()

    def flush(self) -> None:
        # parents before children: foreign keys are checked per statement
        for table in self._order:
            rows = self._buffers.pop(table.name, None)
            if rows:
                self.session.execute(sa.insert(table), rows)
        self._pending = 0


def _table(model: Any) -> sa.Table:
    return model if isinstance(model, sa.Table) else model.__table__


def _next_ids(session: Session, models: Iterable[Any]) -> dict[str, int]:
    ids: dict[str, int] = {}
    for model in models:
        table = _table(model)
        ids[table.name] = (session.execute(sa.select(sa.func.max(table.c.id))).scalar() or 0) + 1
    return ids


class _Ids:
    """Explicit primary keys, so children can refer to rows not yet inserted in the same chunk."""

    def __init__(self, start: dict[str, int]) -> None:
        self._next = dict(start)

    def take(self, model: Any) -> int:
        name = _table(model).name
        value = self._next[name]
        self._next[name] = value + 1
        return value


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


def _between(rng: random.Random, start: date, end: date) -> date:
    if end <= start:
        return start
    return start + timedelta(days=rng.randint(0, (end - start).days))


def _working_day(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


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
