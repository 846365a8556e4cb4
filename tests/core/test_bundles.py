"""Issue 5, the whole path: two forum vaults and one council vault swap key cards, the forums
meet, pass mandates and export council bundles, the council imports them and the roll-up counts
are right; a delegate is recalled and the next bundle shows the new delegate."""

from __future__ import annotations

import datetime as dt
import json
import zlib
from collections import Counter

import pytest
import sqlalchemy as sa

from forum_kit.errors import NotFound
from forum_kit.exchange import bundle_check, bundle_export, bundle_import, bundles, identity
from forum_kit.models.enums import MotionKind, MotionResult
from forum_kit.queries import documents, rollup
from forum_kit.queries.bundle_figures import bundle_figures
from forum_kit.services import assemblies as asm
from forum_kit.services.assessments import append_assessment
from forum_kit.services.committees import join_committee
from forum_kit.services.contacts import add_contact, update_contact
from forum_kit.services.contracts import (
    create_contract,
    default_contract_steps,
    default_type_starts,
)
from forum_kit.services.conversations import log_conversation
from forum_kit.services.grievances import file_grievance
from forum_kit.services.workplaces import add_area, add_workplace, set_headcount
from forum_kit.vault import FAST_KDF, Vault

PASS = "correct horse battery staple"
DAY = dt.date(2026, 3, 2)
COUNCIL_MEETING = dt.datetime(2026, 3, 10, 18, 0)
NOW = dt.datetime(2026, 3, 3, 9, 0, tzinfo=dt.UTC)
SENTINELS = ("Zoë Qwertyuiop", "Şêrko Sentinelson", "555-0199", "sentinel@example.org")


def _forum_vault(tmp_path, name: str, instructions: tuple[str, str], *, sizes=(20, 10)) -> Vault:
    """A forum vault with a workplace, contacts, figures, a forum, its council's meeting and
    mandates on both agenda items."""
    v = Vault.create(tmp_path / f"{name}.forumkit", PASS, kdf=FAST_KDF)
    with v.unit_of_work() as s:
        wp = add_workplace(s, name=f"{name} depot", today=dt.date(2026, 1, 1))
        loading = add_area(s, workplace_id=wp.id, name="Loading")
        nights = add_area(s, workplace_id=wp.id, name="Nights", parent_id=loading.id)
        office = add_area(s, workplace_id=wp.id, name="Office")
        set_headcount(s, area_id=loading.id, as_of=dt.date(2026, 1, 1), headcount=sizes[0])
        set_headcount(s, area_id=office.id, as_of=dt.date(2026, 1, 1), headcount=sizes[1])
        first, last = SENTINELS[0].split()
        a = add_contact(
            s, workplace_id=wp.id, area_id=nights.id, first_name=first, last_name=last,
            phone=SENTINELS[2], email=SENTINELS[3], notes="sentinel note text",
            today=dt.date(2026, 1, 5),
        )
        first, last = SENTINELS[1].split()
        b = add_contact(
            s, workplace_id=wp.id, area_id=office.id, first_name=first, last_name=last,
            today=dt.date(2026, 1, 5),
        )
        append_assessment(s, contact_id=a.id, level=2, assessed_on=dt.date(2026, 2, 1))
        append_assessment(s, contact_id=b.id, level=1, assessed_on=dt.date(2026, 2, 1))
        join_committee(s, contact_id=b.id, role="C", joined_on=dt.date(2026, 2, 1))
        log_conversation(
            s, contact_id=a.id, by_id=b.id, held_on=dt.date(2026, 2, 10),
            agitate="sentinel agitation", tags=["pay", "rota"], today=DAY,
        )
        log_conversation(
            s, contact_id=b.id, by_id=a.id, held_on=dt.date(2026, 2, 11), tags=["pay"], today=DAY
        )
        contract = create_contract(
            s, name="Agreement", workplace_id=wp.id, steps=default_contract_steps(),
            type_starts=default_type_starts(),
        )
        file_grievance(
            s, workplace_id=wp.id, contract_id=contract.id, grievance_type="health_and_safety",
            title="sentinel grievance title", incident_on=dt.date(2026, 2, 1), area_id=office.id,
            grievant_ids=[b.id], today=dt.date(2026, 2, 2),
        )
        forum = asm.create_body(s, kind="forum", name=f"{name} forum", workplace_id=wp.id)
        council = asm.create_body(s, kind="council", name="City council")
        cm = asm.schedule_meeting(s, body_id=council.id, held_at=COUNCIL_MEETING, place="Hall")
        items = [
            asm.add_agenda_item(s, meeting_id=cm.id, title="Pay claim"),
            asm.add_agenda_item(s, meeting_id=cm.id, title="Strike ballot"),
        ]
        fm = asm.schedule_meeting(s, body_id=forum.id, held_at=dt.datetime(2026, 3, 1, 12))
        for item, instruction in zip(items, instructions, strict=True):
            motion = asm.record_motion(
                s, meeting_id=fm.id, text="Mandate", kind=MotionKind.MANDATE,
                result=MotionResult.CARRIED, votes_for=9, votes_against=2,
            )
            asm.pass_mandate(
                s, forum_id=forum.id, agenda_item_id=item.id, instruction=instruction,
                red_lines="No less than 5%", figure_to_hold="5%", motion_id=motion.id,
            )
        election = asm.record_motion(
            s, meeting_id=fm.id, text="Elect", kind=MotionKind.ELECTION, result="consensus"
        )
        asm.elect_delegate(
            s, forum_id=forum.id, council_id=council.id, display_name=f"Ann of {name}",
            term_start=dt.date(2026, 1, 1), term_end=dt.date(2026, 12, 31),
            contact_id=b.id, motion_id=election.id,
        )
    return v


def _card(v: Vault) -> identity.PublicCard:
    with v.unit_of_work() as s:
        return identity.own_card(s, default_name=v.name, now=NOW)


def _trust(v: Vault, card: identity.PublicCard, kind: str) -> None:
    with v.unit_of_work() as s:
        identity.trust_peer(
            s, card=identity.card_text(card), fingerprint=card.fingerprint_text, kind=kind,
            added_on=DAY,
        )


def _export(v: Vault, council_card: identity.PublicCard, now: dt.datetime = NOW) -> bytes:
    with v.unit_of_work() as s:
        result = bundle_export.export_bundle(
            s, council_fingerprint=council_card.fingerprint_text,
            meeting_date=COUNCIL_MEETING.date(), now=now, default_name=v.name,
            as_of=now.date(),
        )
    return result.data


def _import(v: Vault, data: bytes, **kw) -> bundle_import.ImportResult:
    with v.unit_of_work() as s:
        return bundle_import.import_bundle(s, data, now=NOW, default_name=v.name, **kw)


def _world(tmp_path):
    council = Vault.create(tmp_path / "council.forumkit", PASS, kdf=FAST_KDF)
    north = _forum_vault(tmp_path, "North", ("for", "against"))
    south = _forum_vault(tmp_path, "South", ("for", "abstain"), sizes=(40, 5))
    council_card = _card(council)
    for forum in (north, south):
        _trust(council, _card(forum), "forum")
        _trust(forum, council_card, "council")
    return council, north, south, council_card


@pytest.fixture
def world(tmp_path):
    """Fresh vaults, for the test that changes them."""
    made = _world(tmp_path)
    yield made
    for v in made[:3]:
        v.lock()


@pytest.fixture(scope="module")
def shared_world(tmp_path_factory):
    """Vaults shared by the tests that only export or are refused (no import succeeds)."""
    made = _world(tmp_path_factory.mktemp("bundles"))
    yield made
    for v in made[:3]:
        v.lock()


def test_whole_path_roll_up_and_recall(world):
    council, north, south, council_card = world
    north_bundle = _export(north, council_card)
    south_bundle = _export(south, council_card)
    r1 = _import(council, north_bundle)
    r2 = _import(council, south_bundle)
    assert (r1.forum, r1.mandates, r1.delegates) == ("North forum", 2, 1)
    assert r2.forum == "South forum"

    with council.unit_of_work() as s:
        tally = rollup.mandate_tally(s, meeting_date=COUNCIL_MEETING.date())
        by_forum = rollup.figures_by_forum(s)
        total = rollup.figures_total(s)
        delegates = rollup.delegates_by_forum(s)
        received = rollup.received_bundles(s)
    assert [(t.ordinal, t.item_title, t.for_, t.against, t.abstain, t.free) for t in tally] == [
        (1, "Pay claim", 2, 0, 0, 0),
        (2, "Strike ballot", 0, 1, 1, 0),
    ]
    assert {(f.forum, f.instruction) for f in tally[1].forums} == {
        ("North forum", "against"),
        ("South forum", "abstain"),
    }
    # Loading (with Nights inside it) and Office are the top areas; Nights is not added twice.
    # 2 supporters and 1 committee member are fewer than 5 (the small-numbers rule): hidden by
    # each forum, so the council cannot add them up either.
    assert [(f.forum, f.headcount, f.supporters, f.committee_members) for f in by_forum] == [
        ("North forum", 30, None, None),
        ("South forum", 45, None, None),
    ]
    assert by_forum[0].supporters_pct is None
    assert dict(by_forum[0].grievances) == {"open/health_and_safety": None}
    assert dict(by_forum[0].issues) == {"pay": None, "rota": None}
    assert (total.headcount, total.supporters, total.committee_members) == (75, None, None)
    assert dict(total.issues) == {"pay": None, "rota": None}
    assert [(d.forum, d.name, d.recalled) for d in delegates] == [
        ("North forum", "Ann of North", False),
        ("South forum", "Ann of South", False),
    ]
    assert len(received) == 2

    # North recalls Ann, elects Bo, and she reports back on the pay claim.
    with north.unit_of_work() as s:
        forum_id = s.execute(sa.text("SELECT id FROM bodies WHERE kind='forum'")).scalar_one()
        council_id = s.execute(sa.text("SELECT id FROM bodies WHERE kind='council'")).scalar_one()
        ann = s.execute(sa.text("SELECT id FROM delegates")).scalar_one()
        fm = asm.schedule_meeting(s, body_id=forum_id, held_at=dt.datetime(2026, 3, 12, 12))
        recall = asm.record_motion(
            s, meeting_id=fm.id, text="Recall", kind="recall", result="carried",
            votes_for=8, votes_against=3,
        )
        asm.recall_delegate(s, delegate_id=ann, motion_id=recall.id, on=dt.date(2026, 3, 12))
        asm.elect_delegate(
            s, forum_id=forum_id, council_id=council_id, display_name="Bo of North",
            term_start=dt.date(2026, 3, 12), term_end=dt.date(2026, 12, 31),
        )
        mandate = s.execute(
            sa.text("SELECT m.id FROM mandates m JOIN agenda_items a ON a.id = m.agenda_item_id "
                    "WHERE a.ordinal = 1")
        ).scalar_one()
        asm.report_back(
            s, mandate_id=mandate, carried_out="yes", outcome="Carried 7-2",
            notes="private working notes", reported_on=dt.date(2026, 3, 11),
        )
    later = dt.datetime(2026, 3, 13, 9, 0, tzinfo=dt.UTC)
    second = _export(north, council_card, now=later)
    with council.unit_of_work() as s:
        bundle_import.import_bundle(s, second, now=later, default_name="council")
    with council.unit_of_work() as s:
        delegates = rollup.delegates_by_forum(s)
        tally = rollup.mandate_tally(s)
        points = rollup.figures_over_time(s, forum="North forum")
    north_delegates = [(d.name, d.recalled) for d in delegates if d.forum == "North forum"]
    assert north_delegates == [("Bo of North", False), ("Ann of North", True)]
    pay = tally[0]
    assert (pay.for_, pay.against) == (2, 0)  # restated, not double counted
    carried = {f.forum: f.carried_out for f in pay.forums}
    assert carried == {"North forum": "yes", "South forum": None}
    assert [p.as_of for p in points] == [NOW.date(), later.date()]

    # The recalled delegate appears once, in the bundle after the recall, not in every later one.
    third = _export(north, council_card, now=later + dt.timedelta(days=2))
    with council.unit_of_work() as s:
        bundle_import.import_bundle(s, third, now=later, default_name="council")
        names = [d.name for d in rollup.delegates_by_forum(s) if d.forum == "North forum"]
    assert names == ["Bo of North"]


def test_payload_holds_no_coworker_data_and_says_what_it_holds(shared_world):
    council, north, _, council_card = shared_world
    with north.unit_of_work() as s:
        result = bundle_export.export_bundle(
            s, council_fingerprint=council_card.fingerprint_text,
            meeting_date=COUNCIL_MEETING.date(), now=NOW, default_name="north",
        )
    text = json.dumps(result.payload, ensure_ascii=False)
    for sentinel in (*SENTINELS, "sentinel note", "sentinel agitation", "sentinel grievance"):
        assert sentinel not in text
    for sentinel in SENTINELS:
        for part in sentinel.split():
            assert part not in text
    assert "Ann of North" in text
    assert result.personal_data[0].startswith("The name of 1 delegate or alternate: an elected")
    assert any("free-text" in line for line in result.personal_data)
    assert bundle_export.describe_personal_data({"mandates": [], "delegates": []}) == []


def test_export_needs_a_trusted_council_and_a_meeting(shared_world):
    _, north, south, council_card = shared_world
    with north.unit_of_work() as s:
        with pytest.raises(NotFound):
            bundle_export.export_bundle(
                s, council_fingerprint=council_card.fingerprint_text,
                meeting_date=dt.date(2026, 4, 1), now=NOW, default_name="n",
            )
        south_fp = _card(south).fingerprint_text
        with pytest.raises(NotFound):  # not trusted by North
            bundle_export.export_bundle(
                s, council_fingerprint=south_fp, meeting_date=COUNCIL_MEETING.date(), now=NOW,
                default_name="n",
            )


def test_a_forum_cannot_read_a_bundle_meant_for_the_council(shared_world):
    _, north, south, council_card = shared_world
    data = _export(north, council_card)
    _trust(south, _card(north), "forum")
    with south.unit_of_work() as s:
        with pytest.raises(bundles.BundleWrongRecipient):
            bundle_import.import_bundle(s, data, now=NOW, default_name="s")


def test_strict_payload_validation():
    good = {
        "forum": {"name": "F"},
        "council": {"name": "C"},
        "meeting": {"date": "2026-03-10", "place": "", "items": [{"ordinal": 1, "title": "T"}]},
        "mandates": [
            {
                "meeting_date": "2026-03-10", "ordinal": 1, "title": "T", "instruction": "for",
                "red_lines": "", "figure_to_hold": "", "expires_on": None, "report": None,
            }
        ],
        "delegates": [],
        "figures": {"as_of": "2026-03-03", "areas": [], "grievances": [], "issues": []},
    }
    assert bundle_check.validate_payload(good)["meeting"]["date"] == dt.date(2026, 3, 10)
    bad_variants = []
    for path, value in [
        (("mandates", 0, "instruction"), "maybe"),
        (("mandates", 0, "ordinal"), -1),
        (("mandates", 0, "ordinal"), True),
        (("mandates", 0, "meeting_date"), "2026-13-01"),
        (("meeting", "items", 0, "title"), "x" * 201),
        (("forum", "name"), ""),
        (("forum", "extra"), 1),
        (("figures", "as_of"), 20260303),
    ]:
        variant = json.loads(json.dumps(good))
        target = variant
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
        bad_variants.append(variant)
    missing = json.loads(json.dumps(good))
    del missing["delegates"]
    bad_variants += [missing, [], "x", None]
    for variant in bad_variants:
        with pytest.raises(bundles.BundleInvalid):
            bundle_check.validate_payload(variant)
    # A newer minor version may add keys; they are skipped, not refused.
    newer = json.loads(json.dumps(good))
    newer["forum"]["extra"] = 1
    newer["something_new"] = [1]
    assert bundle_check.validate_payload(newer, lenient=True)["forum"] == {"name": "F"}


def test_bundle_is_compressed_json_under_the_cipher(shared_world):
    council, north, _, council_card = shared_world
    data = _export(north, council_card)
    header = bundles.read_header(data)
    assert header.major == 1 and header.minor == bundles.FORMAT_MINOR == 2
    assert header.recipient_fingerprint == council_card.fingerprint_text
    # The payload never appears in clear, even compressed.
    with pytest.raises(zlib.error):
        zlib.decompress(header.ciphertext)


# ---- issue tags sent up: the briefing's rule (growth.tag_counts) ----------------------------

AS_OF = NOW.date()  # 2026-03-03: the window is (2025-12-03, 2026-03-03]


def _tagged_world(tmp_path) -> tuple[Vault, identity.PublicCard, dict[str, int]]:
    """A forum vault (North's layout: Loading with Nights inside it, and Office; a workplace
    forum) trusted by a council, with one-on-ones that each rule must keep out or let in:

    - Office: a sensitive contact's note that is not itself sensitive, tagged pay + childcare;
    - Nights: a non-sensitive contact with a sensitive note tagged pay + bullying, and an
      ordinary note tagged rota; a sensitive contact's ordinary note tagged rota;
    - Loading: an ordinary note on each end of the window: on as_of - 90 (out) tagged heat, on
      as_of (in) tagged breaks.

    With the two notes of ``_forum_vault`` (pay + rota in Nights, pay in Office) the forum's
    counts are pay 2, rota 2, breaks 1; each area has at most ``TOP_ISSUES_PER_AREA`` (3) tags, so
    the briefing shows all of them."""
    council = Vault.create(tmp_path / "council.forumkit", PASS, kdf=FAST_KDF)
    forum = _forum_vault(tmp_path, "East", ("for", "against"))
    council_card = _card(council)
    _trust(council, _card(forum), "forum")
    _trust(forum, council_card, "council")
    council.lock()
    with forum.unit_of_work() as s:
        area = dict(s.execute(sa.text("SELECT name, id FROM areas")).all())
        wp = s.execute(sa.text("SELECT id FROM workplaces")).scalar_one()
        quiet = add_contact(s, workplace_id=wp, area_id=area["Office"], first_name="Quiet",
                            sensitive=True, today=dt.date(2026, 1, 5))
        log_conversation(s, contact_id=quiet.id, held_on=dt.date(2026, 2, 12),
                         tags=["pay", "childcare"], today=DAY)
        night = add_contact(s, workplace_id=wp, area_id=area["Nights"], first_name="Night",
                            today=dt.date(2026, 1, 5))
        log_conversation(s, contact_id=night.id, held_on=dt.date(2026, 2, 13),
                         tags=["pay", "bullying"], sensitive=True, today=DAY)
        log_conversation(s, contact_id=night.id, held_on=dt.date(2026, 2, 14), tags=["rota"],
                         today=DAY)
        shy = add_contact(s, workplace_id=wp, area_id=area["Nights"], first_name="Shy",
                          sensitive=True, today=dt.date(2026, 1, 5))
        log_conversation(s, contact_id=shy.id, held_on=dt.date(2026, 2, 15), tags=["rota"],
                         today=DAY)
        early = add_contact(s, workplace_id=wp, area_id=area["Loading"], first_name="Early",
                            today=dt.date(2025, 11, 1))
        for held, tag in ((AS_OF - dt.timedelta(days=90), "heat"), (AS_OF, "breaks")):
            log_conversation(s, contact_id=early.id, held_on=held, tags=[tag], today=AS_OF)
        area_forum = asm.create_body(s, kind="forum", name="Loading forum",
                                     area_id=area["Loading"])
        ids = {
            "East forum": s.execute(
                sa.text("SELECT id FROM bodies WHERE name = 'East forum'")).scalar_one(),
            "Loading forum": area_forum.id,
            "quiet": quiet.id,
            **area,
        }
    return forum, council_card, ids


@pytest.fixture(scope="module")
def tagged_world(tmp_path_factory):
    forum, council_card, ids = _tagged_world(tmp_path_factory.mktemp("tags"))
    yield forum, council_card, ids
    forum.lock()


@pytest.fixture
def tagged(tagged_world):
    """A session on the tagged forum vault that is rolled back: tests may change it."""
    forum, council_card, ids = tagged_world
    with forum.unit_of_work() as s:
        yield s, council_card, ids
        s.rollback()


def _issues(s, forum_id: int, as_of: dt.date = AS_OF) -> dict[str, int]:
    return dict(bundle_figures(s, forum_id=forum_id, as_of=as_of).issues)


def test_a_sensitive_contacts_ordinary_notes_send_no_tags_up(tagged):
    s, council_card, ids = tagged
    result = bundle_export.export_bundle(
        s, council_fingerprint=council_card.fingerprint_text, meeting_date=COUNCIL_MEETING.date(),
        now=NOW, default_name="east", forum_id=ids["East forum"], as_of=AS_OF,
    )
    sent = {i["tag"]: i["count"] for i in result.payload["figures"]["issues"]}
    # Her note is not marked sensitive, but she is: none of her notes' tags go up.
    assert "childcare" not in sent
    assert sent["pay"] is None  # 2 one-on-ones: fewer than 5, so hidden
    assert set(_issues(s, ids["East forum"])) == set(sent)

    # Counted while she was not sensitive, then marked sensitive: the next bundle drops her tags.
    update_contact(s, contact_id=ids["quiet"], sensitive=False)
    assert _issues(s, ids["East forum"])["childcare"] == 1
    update_contact(s, contact_id=ids["quiet"], sensitive=True)
    assert set(_issues(s, ids["East forum"])) == set(sent)


def test_a_sensitive_note_sends_no_tags_up(tagged):
    s, _, ids = tagged
    for forum in ("East forum", "Loading forum"):  # Nights is inside both
        issues = _issues(s, ids[forum])
        assert "bullying" not in issues
        assert issues["pay"] == (2 if forum == "East forum" else 1)


@pytest.mark.parametrize("forum, tops, expected", [
    ("East forum", ("Loading", "Office"), {"pay": 2, "rota": 2, "breaks": 1}),
    ("Loading forum", ("Loading",), {"rota": 2, "breaks": 1, "pay": 1}),
])
def test_bundle_issue_counts_are_the_briefings(tagged, forum, tops, expected):
    s, _, ids = tagged
    figures = bundle_figures(s, forum_id=ids[forum], as_of=AS_OF)
    assert dict(figures.issues) == expected
    # Most first, then by name.
    assert list(figures.issues) == sorted(expected.items(), key=lambda t: (-t[1], t[0]))
    meeting = s.execute(sa.text("SELECT id FROM meetings WHERE place = 'Hall'")).scalar_one()
    briefing = documents.briefing_data(
        s, forum_id=ids[forum], council_meeting_id=meeting, as_of=AS_OF,
        area_ids=[ids[a] for a in tops], growth_weeks=0,
        threshold=1,  # the counts themselves; the small-numbers rule: test_confederation
    )
    shown: Counter[str] = Counter()
    for area in briefing.areas:
        assert len(area.top_issues) <= documents.TOP_ISSUES_PER_AREA  # none cut off
        for text in area.top_issues:  # "pay (2)"
            name, _, count = text.rpartition(" (")
            shown[name] += int(count.rstrip(")"))
    assert dict(figures.issues) == dict(shown)
    # The window is the briefing's too, (as_of - 90, as_of]: a day earlier, the note held 90
    # days back is in and the one held on the day is not yet.
    earlier = _issues(s, ids[forum], AS_OF - dt.timedelta(days=1))
    assert (earlier.get("heat"), earlier.get("breaks")) == (1, None)
