"""The Bundles tab with a street assembly: the retaliation log is sent only when its box is
ticked, and the check of personal data says so first; the council's roll-up shows which member
is a street assembly and its mutual aid and time bank over the year, as protected counts."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from forum_kit.services import assemblies as s_asm
from forum_kit.services import care as care_s
from forum_kit.services import contacts as contacts_s
from forum_kit.services import ledgers as ledgers_s
from forum_kit.services import workplaces as workplaces_s
from forum_kit.vault import Vault
from ui.dialogs.bundle_dialogs import BundlesPanel, TrustSpec
from ui.models.roles import DISPLAY
from ui.session import AppContext

PASSPHRASE = "correct horse battery staple"
NOW = dt.datetime(2025, 3, 14, 12, 0, tzinfo=dt.UTC)
DAY = dt.date(2025, 3, 10)


@pytest.fixture
def council_vault(tmp_path, _template_vault):
    target = tmp_path / "council.forumkit"
    shutil.copytree(_template_vault, target)
    v = Vault.open(target, PASSPHRASE)
    yield v
    if not v.is_locked:
        v.lock()


@pytest.fixture
def street(vault):
    with vault.unit_of_work() as s:
        wp = workplaces_s.add_workplace(
            s, name="Canal estate", kind="neighbourhood", today=dt.date(2024, 1, 1)
        )
        area = workplaces_s.add_area(s, workplace_id=wp.id, name="Canal Street", kind="street")
        people = [
            contacts_s.add_contact(
                s,
                workplace_id=wp.id,
                area_id=area.id,
                first_name=f"Neighbour{i}",
                last_name="Sentinelova",
                today=dt.date(2024, 1, 2),
            ).id
            for i in range(7)
        ]
        bank = ledgers_s.add_time_bank(s, name="Canal bank", today=dt.date(2024, 1, 1))
        for i in range(6):
            ledgers_s.record_exchange(
                s,
                bank_id=bank.id,
                giver_contact_id=people[i],
                receiver_contact_id=people[i + 1],
                minutes=60,
                done_on=DAY,
                entered_by_committee=True,
            )
        care_s.log_retaliation(
            s,
            workplace_id=wp.id,
            occurred_on=DAY,
            what="Locks changed",
            management="Agent",
            contact_id=people[0],
            witness_ids=[people[1]],
        )
        council = s_asm.create_body(s, kind="council", name="City Workers' Council")
        forum = s_asm.create_body(
            s,
            kind="forum",
            name="Canal tenants' assembly",
            parent_id=council.id,
            workplace_id=wp.id,
        )
        meeting = s_asm.schedule_meeting(
            s, body_id=council.id, held_at=dt.datetime(2025, 4, 2, 18, 0)
        )
        item = s_asm.add_agenda_item(s, meeting_id=meeting.id, title="Rent strike support")
        s_asm.pass_mandate(s, forum_id=forum.id, agenda_item_id=item.id, instruction="for")
        return {"forum": forum.id, "council": council.id}


def _panel(qtbot, ctx) -> BundlesPanel:
    panel = BundlesPanel()
    qtbot.addWidget(panel)
    panel.messages = []
    panel.show_message = lambda parent, text: panel.messages.append(text)
    panel.show_card = lambda parent, text: None
    panel.now = lambda: NOW
    panel.attach(ctx)
    panel.refresh()
    return panel


def _fingerprint(card: str) -> str:
    return next(
        line.split(":", 1)[1].strip()
        for line in card.splitlines()
        if line.startswith("Fingerprint:")
    )


def test_a_street_assembly_sends_its_counts_and_the_log_only_when_chosen(
    qtbot, tmp_path, deps, vault, council_vault, street
):
    forum = _panel(qtbot, AppContext(vault, deps))
    council = _panel(qtbot, AppContext(council_vault, deps))
    council_card, forum_card = council.show_own_card(), forum.show_own_card()
    forum.ask_trust = lambda parent, bodies: TrustSpec(
        council_card, _fingerprint(council_card), "council", street["council"]
    )
    council.ask_trust = lambda parent, bodies: TrustSpec(
        forum_card, _fingerprint(forum_card), "forum"
    )
    assert forum.trust_card() and council.trust_card()
    forum.set_forum(street["forum"])
    assert not any("retaliation" in line for line in forum.check_personal_data())
    forum.include_retaliation.setChecked(True)
    assert forum.personal_label.text() == ""  # the earlier check no longer stands
    lines = forum.check_personal_data()
    assert any("retaliation log: 1 incident" in line for line in lines)
    out = tmp_path / "canal.fkbundle"
    forum.confirm_export = lambda parent, name, shown: True
    forum.choose_save_path = lambda parent, suggested: str(out)
    assert forum.export_bundle() == str(out)
    council.choose_open_path = lambda parent: str(out)
    assert council.import_bundle(), council.messages
    kinds = {
        council.figures.index(r, 0).data(DISPLAY): council.figures.index(
            r, council.figures.columnCount() - 1
        ).data(DISPLAY)
        for r in range(council.figures.rowCount())
    }
    assert kinds["Canal tenants' assembly"] == "street assembly"
    (row, total) = council.community.rows()
    assert (row.forum, row.kind, row.active, row.hours) == (
        "Canal tenants' assembly",
        "street assembly",
        "7",
        "6:00 h",
    )
    assert total.forum == "All members"
    council.clear()
    assert council.community.rowCount() == 0
