"""A street assembly built as a workplace forum is: a neighbourhood place runs through the map's
tree and figures, growth, the chart sheet (in the neighbourhood's words: no shift column), the
briefing, the bundle and the city council's roll-up beside a workplace forum. Needs keep their
visibility in every document, export and bundle (sentinel tests); the retaliation log travels in
a bundle only when chosen, and then names nobody."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from pathlib import Path

import pytest
from beyond_helpers import make_place

from forum_kit.exchange import bundle_export, bundle_import, bundles, community_export, identity
from forum_kit.growth import area_figures, growth_series
from forum_kit.queries import areas as areas_q
from forum_kit.queries import community_rollup, documents, rollup
from forum_kit.queries import mutual_aid as aid_q
from forum_kit.reports import build_briefing, build_chart_sheet
from forum_kit.reports.community import build_asks_offers
from forum_kit.reports.community_data import AsksOffersData
from forum_kit.services import assemblies as asm
from forum_kit.services import care as care_s
from forum_kit.services import ledgers as ledgers_s
from forum_kit.services import mutual_aid as aid_s
from forum_kit.services.assessments import append_assessment
from forum_kit.services.committees import join_committee
from forum_kit.services.conversations import log_conversation
from forum_kit.services.structure_tests import create_structure_test, record_outcome
from forum_kit.services.workplaces import set_headcount
from forum_kit.vault import FAST_KDF, Vault

PASS = "correct horse battery staple"
DAY = dt.date(2026, 3, 2)
MEETING = dt.datetime(2026, 3, 20, 18, 0)
NOW = dt.datetime(2026, 3, 31, 9, 0, tzinfo=dt.UTC)
# Never to leave the committee: a need only the committee may see, its member, an incident.
SECRET_NEED = "Sentinelsecretneed"
SECRET_MEMBER = ("Quetzalli", "Sentinelova")
ASSEMBLY_NEED = "Sentinelassemblyneed"
ASSEMBLY_MEMBER = ("Tadeusz", "Sentinelski")
NAMED_OFFER = "Sentinelnamedoffer"
NAMED_MEMBER = ("Ngozi", "Sentinelokafor")
INCIDENT = "Sentinelincident"


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def _street_assembly(session) -> dict:
    """A neighbourhood with streets and buildings, door-knocks, a committee, a petition, a
    tenants' assembly in the city council, mutual aid, a time bank and a retaliation incident."""
    place = make_place(session, name="Canal Street estate", people=10)
    p = place.people
    from forum_kit.services.contacts import add_contact

    extra = {}
    for key, (first, last), area in (
        ("secret", SECRET_MEMBER, place.buildings[0]),
        ("assembly", ASSEMBLY_MEMBER, place.buildings[1]),
        ("named", NAMED_MEMBER, place.buildings[0]),
    ):
        extra[key] = add_contact(
            session,
            workplace_id=place.id,
            area_id=area,
            first_name=first,
            last_name=last,
            today=dt.date(2025, 3, 1),
        ).id
    for street in place.streets:
        set_headcount(session, area_id=street, as_of=dt.date(2025, 3, 1), headcount=40)
    for i, person in enumerate(p):
        append_assessment(
            session, contact_id=person, level=2 if i < 6 else 3, assessed_on=dt.date(2026, 1, 10)
        )
        log_conversation(
            session,
            contact_id=person,
            by_id=p[(i + 1) % len(p)],
            held_on=dt.date(2026, 2, 1 + i),
            agitate="Damp in the flats",
            tags=["repairs"],
            today=DAY,
        )
    join_committee(session, contact_id=p[0], role="C", joined_on=dt.date(2026, 1, 15))
    test = create_structure_test(
        session,
        workplace_id=place.id,
        kind="petition",
        title="Petition: fix the lifts",
        starts_on=dt.date(2026, 2, 1),
    )
    for person in p[:7]:
        record_outcome(
            session,
            test_id=test.id,
            contact_id=person,
            outcome="participated",
            recorded_on=dt.date(2026, 2, 3),
        )
    council = asm.create_body(session, kind="council", name="City Workers' Council")
    forum = asm.create_body(
        session,
        kind="forum",
        name="Canal Street tenants' assembly",
        workplace_id=place.id,
        parent_id=council.id,
    )
    meeting = asm.schedule_meeting(session, body_id=council.id, held_at=MEETING, place="Hall")
    item = asm.add_agenda_item(session, meeting_id=meeting.id, title="Rent strike support")
    asm.pass_mandate(session, forum_id=forum.id, agenda_item_id=item.id, instruction="for")
    aid_s.add_need(
        session,
        workplace_id=place.id,
        kind="money",
        raised_on=DAY,
        contact_id=extra["secret"],
        what=f"Rent arrears {SECRET_NEED}",
    )
    aid_s.add_need(
        session,
        workplace_id=place.id,
        kind="transport",
        raised_on=DAY,
        contact_id=extra["assembly"],
        what=f"A lift to the clinic {ASSEMBLY_NEED}",
        visibility="assembly",
        urgency="urgent",
    )
    aid_s.add_offer(
        session,
        workplace_id=place.id,
        kind="childcare",
        offered_on=DAY,
        contact_id=extra["named"],
        what=f"Saturday childcare {NAMED_OFFER}",
        visibility="named",
    )
    bank = ledgers_s.add_time_bank(
        session, name="Canal time bank", workplace_id=place.id, today=dt.date(2025, 1, 1)
    )
    for i in range(6):
        ledgers_s.record_exchange(
            session,
            bank_id=bank.id,
            giver_contact_id=p[i],
            receiver_contact_id=p[i + 1],
            minutes=60,
            done_on=dt.date(2026, 3, 1 + i),
            entered_by_committee=True,
        )
    care_s.log_retaliation(
        session,
        workplace_id=place.id,
        occurred_on=dt.date(2026, 3, 5),
        what=f"The landlord changed the locks {INCIDENT}",
        management="Letting agent",
        contact_id=extra["secret"],
        witness_ids=[extra["assembly"]],
    )
    return {
        "place": place,
        "forum": forum.id,
        "council": council.id,
        "meeting": meeting.id,
        **extra,
    }


@pytest.fixture(scope="module")
def street(tmp_path_factory):
    vault = Vault.create(tmp_path_factory.mktemp("street") / "street.forumkit", PASS, kdf=FAST_KDF)
    with vault.unit_of_work() as s:
        made = _street_assembly(s)
    yield vault, made
    vault.lock()


def test_the_map_and_growth_work_on_a_neighbourhood(street):
    vault, made = street
    place = made["place"]
    with vault.unit_of_work() as s:
        rows = {w.id: w for w in areas_q.workplaces(s)}
        assert rows[place.id].kind == "neighbourhood"
        tree = areas_q.area_tree(s, place.id)
        assert [(n.name, n.kind, n.depth) for n in tree] == [
            ("Canal Street", "street", 0),
            ("Block 1", "building", 1),
            ("Mill Lane", "street", 0),
            ("Block 2", "building", 1),
        ]
        figures = area_figures(s, area_id=place.streets[0], as_of=dt.date(2026, 3, 31))
        assert (figures.headcount, figures.supporters, figures.committee_members) == (40, 3, 1)
        assert figures.last_test_pct is not None
        series = growth_series(
            s,
            area_ids=[place.streets[0]],
            start=dt.date(2026, 1, 1),
            end=dt.date(2026, 3, 31),
            step_days=7,
        )[place.streets[0]]
        assert series[0].supporters == 0 and series[-1].supporters == 3


def test_the_chart_sheet_speaks_of_neighbours_and_has_no_shift(street, tmp_path):
    vault, made = street
    with vault.unit_of_work() as s:
        data = documents.chart_sheet_data(
            s, area_id=made["place"].streets[0], as_of=dt.date(2026, 3, 31), redaction="initials"
        )
    assert data.place_kind == "neighbourhood"
    out = tmp_path / "sheet.pdf"
    build_chart_sheet(data, out)
    text = pdf_text(out)
    assert "neighbours" in text and "Occupation" in text
    assert "Shift" not in text and " workers" not in text


def test_the_briefing_of_a_street_assembly(street, tmp_path):
    vault, made = street
    with vault.unit_of_work() as s:
        data = documents.briefing_data(
            s,
            forum_id=made["forum"],
            council_meeting_id=made["meeting"],
            as_of=dt.date(2026, 3, 31),
            growth_weeks=0,
        )
    assert data.place_kind == "neighbourhood" and data.community is not None
    out = tmp_path / "briefing.pdf"
    build_briefing(data, out)
    text = " ".join(pdf_text(out).split())
    assert "Mutual aid and time bank" in text
    assert "per ten neighbours" in text and "coworkers" not in text
    assert "fewer than 5" in text  # needs raised in March: three, so never shown as 3
    for sentinel in (
        SECRET_NEED,
        ASSEMBLY_NEED,
        NAMED_OFFER,
        INCIDENT,
        *SECRET_MEMBER,
        *ASSEMBLY_MEMBER,
        *NAMED_MEMBER,
    ):
        assert sentinel not in text


def test_visibility_holds_on_the_asks_and_offers_sheet(street, tmp_path):
    vault, made = street
    for names in (False, True):
        with vault.unit_of_work() as s:
            items = aid_q.sheet_items(s, workplace_id=made["place"].id, today=DAY, names=names)
        data = AsksOffersData(
            place="Canal Street estate",
            place_kind="neighbourhood",
            as_of=DAY,
            items=tuple(items),
            names=names,
        )
        out = tmp_path / f"sheet-{names}.pdf"
        info = build_asks_offers(data, out)
        text = " ".join(pdf_text(out).split())
        assert ASSEMBLY_NEED in text and NAMED_OFFER in text and "URGENT" in text
        assert SECRET_NEED not in text and SECRET_MEMBER[1] not in text
        assert ASSEMBLY_MEMBER[1] not in text  # the assembly may see the ask, not who asked
        assert (NAMED_MEMBER[1] in text) is names
        assert info.personal_data == ("names" if names else "none")


def test_visibility_holds_in_exports(street, tmp_path):
    vault, made = street
    with vault.unit_of_work() as s:
        for names in (False, True):
            out = tmp_path / f"aid-{names}.csv"
            community_export.export_aid(s, out, workplace_id=made["place"].id, names=names)
            text = out.read_text(encoding="utf-8-sig")
            assert ASSEMBLY_NEED in text and SECRET_NEED not in text
            assert SECRET_MEMBER[1] not in text and ASSEMBLY_MEMBER[1] not in text
            assert (NAMED_MEMBER[1] in text) is names
        full = tmp_path / "committee.xlsx"
        community_export.export_aid(
            s, full, workplace_id=made["place"].id, format="xlsx", committee_list=True
        )
        assert "committee's full list" in community_export.describe_aid_export(
            committee_list=True, names=False
        )
        # the retaliation log: sensitive by default, so left out unless asked
        log = tmp_path / "retaliation.csv"
        assert community_export.export_retaliation(s, log, workplace_id=made["place"].id) == 0
        assert INCIDENT not in log.read_text(encoding="utf-8-sig")
        community_export.export_retaliation(
            s, log, workplace_id=made["place"].id, include_sensitive=True
        )
        assert INCIDENT in log.read_text(encoding="utf-8-sig")
    from openpyxl import load_workbook

    cells = {str(c.value) for row in load_workbook(full).active.iter_rows() for c in row}
    assert any(SECRET_NEED in c for c in cells)


def _card(vault: Vault) -> identity.PublicCard:
    with vault.unit_of_work() as s:
        return identity.own_card(s, default_name=vault.name, now=NOW)


def _trust(vault: Vault, card: identity.PublicCard, kind: str) -> None:
    with vault.unit_of_work() as s:
        identity.trust_peer(
            s,
            card=identity.card_text(card),
            fingerprint=card.fingerprint_text,
            kind=kind,
            added_on=DAY,
        )


def _workplace_forum(tmp_path: Path) -> Vault:
    vault = Vault.create(tmp_path / "depot.forumkit", PASS, kdf=FAST_KDF)
    with vault.unit_of_work() as s:
        place = make_place(s, name="Riverside depot", kind="workplace", people=6)
        for street_ in place.streets:
            set_headcount(s, area_id=street_, as_of=dt.date(2025, 3, 1), headcount=25)
        council = asm.create_body(s, kind="council", name="City Workers' Council")
        forum = asm.create_body(
            s,
            kind="forum",
            name="Riverside workers' forum",
            workplace_id=place.id,
            parent_id=council.id,
        )
        meeting = asm.schedule_meeting(s, body_id=council.id, held_at=MEETING, place="Hall")
        item = asm.add_agenda_item(s, meeting_id=meeting.id, title="Rent strike support")
        asm.pass_mandate(s, forum_id=forum.id, agenda_item_id=item.id, instruction="for")
    return vault


def test_the_city_council_rolls_up_a_workplace_forum_and_a_street_assembly(street, tmp_path):
    vault, _made = street
    depot = _workplace_forum(tmp_path)
    council = Vault.create(tmp_path / "council.forumkit", PASS, kdf=FAST_KDF)
    council_card = _card(council)
    sent = {}
    try:
        for member in (vault, depot):
            _trust(council, _card(member), "forum")
            _trust(member, council_card, "council")
            with member.unit_of_work() as s:
                result = bundle_export.export_bundle(
                    s,
                    council_fingerprint=council_card.fingerprint_text,
                    meeting_date=MEETING.date(),
                    now=NOW,
                    default_name=member.name,
                    include_retaliation=member is vault,
                )
            sent[member.name] = result
            with council.unit_of_work() as s:
                bundle_import.import_bundle(s, result.data, now=NOW, default_name="council")
        street_payload = json.dumps(sent[vault.name].payload, ensure_ascii=False)
        # counts and the chosen incidents only: no need, no member, no witness by name
        for sentinel in (
            SECRET_NEED,
            ASSEMBLY_NEED,
            NAMED_OFFER,
            *SECRET_MEMBER,
            *ASSEMBLY_MEMBER,
            *NAMED_MEMBER,
        ):
            assert sentinel not in street_payload
        assert INCIDENT in street_payload
        assert any("retaliation log" in line for line in sent[vault.name].personal_data)
        assert INCIDENT not in json.dumps(sent[depot.name].payload)
        # no count under 5 travels: each is a number of 0 or 5 and more, or a bound
        for figure in sent[vault.name].payload["community"]["figures"]:
            if figure["q"] == "" and figure["measure"] not in ("minutes", "fund_in", "fund_out"):
                assert figure["value"] == 0 or figure["value"] >= 5, figure
        with council.unit_of_work() as s:
            forums = rollup.figures_by_forum(s)
            community = community_rollup.community_by_forum(s)
            incidents = community_rollup.retaliation_received(s)
        assert [(f.forum, f.place_kind) for f in forums] == [
            ("Canal Street tenants' assembly", "neighbourhood"),
            ("Riverside workers' forum", "workplace"),
        ]
        assert [(c.forum, c.place_kind) for c in community] == [
            ("Canal Street tenants' assembly", "neighbourhood"),
            ("Riverside workers' forum", "workplace"),
            (community_rollup.ALL_MEMBERS, ""),
        ]
        street_row = community[0]
        assert street_row.get("active_members").text() == "7"
        assert street_row.get("minutes").text() == "360"
        assert street_row.get("needs_raised").text() == "fewer than 5"
        assert community[-1].get("needs_raised").text() == "at least 0"
        assert [(i.forum, INCIDENT in i.what, i.witnesses) for i in incidents] == [
            ("Canal Street tenants' assembly", True, 1)
        ]
    finally:
        depot.lock()
        council.lock()


def test_a_bundle_from_before_the_community_section_still_imports(street, tmp_path):
    vault, _made = street
    council = Vault.create(tmp_path / "old-council.forumkit", PASS, kdf=FAST_KDF)
    try:
        council_card = _card(council)
        _trust(council, _card(vault), "forum")
        _trust(vault, council_card, "council")
        with vault.unit_of_work() as s:
            payload = bundle_export.build_payload(
                s, forum_id=_made["forum"], council_meeting_id=_made["meeting"], as_of=NOW.date()
            )
            sender = identity.ensure_identity(s, default_name="street", now=NOW)
        del payload["community"]
        old = bundles.seal(
            payload,
            sender=sender,
            recipient_fingerprint=council_card.fingerprint,
            recipient_agreement_public=council_card.agreement_public,
            created=NOW,
            minor=0,
        )
        with council.unit_of_work() as s:
            bundle_import.import_bundle(s, old, now=NOW, default_name="council")
            assert [f.place_kind for f in rollup.figures_by_forum(s)] == ["workplace"]
            assert community_rollup.community_by_forum(s) == []
    finally:
        council.lock()


def test_no_need_or_incident_reaches_a_pack(street, tmp_path):
    """The pack (briefing and chart sheets, names printed) carries people, never their needs,
    offers or the retaliation log."""
    from forum_kit.reports import build_pack

    vault, made = street
    with vault.unit_of_work() as s:
        spec = documents.pack_spec(
            s,
            forum_id=made["forum"],
            council_meeting_ids=[made["meeting"]],
            as_of=dt.date(2026, 3, 31),
            chart_area_ids=made["place"].streets,
            redaction="names",
            growth_weeks=0,
        )
    out = tmp_path / "pack.pdf"
    build_pack(spec, out)
    text = " ".join(pdf_text(out).split())
    assert SECRET_MEMBER[1] in text  # the chart sheet prints names, as asked
    for sentinel in (SECRET_NEED, ASSEMBLY_NEED, NAMED_OFFER, INCIDENT):
        assert sentinel not in text
