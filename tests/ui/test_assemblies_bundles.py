"""Council bundles through the Bundles tab's functions, file dialogs and questions injected.

Two encrypted vaults, a forum's and a council's, swap key cards through the panel (show card,
trust card). The forum's export lists the personal data the bundle holds before asking where to
save; the council's import refuses an unknown sender, then imports, then refuses the same bundle
again, a damaged copy and a file that is not a bundle, each with its own sentence; the roll-up
shows the forum's mandate counted per agenda item and the forum's figures with the total.
"""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from forum_kit.exchange.bundles import BundleAlreadyImported, BundleDamaged, NotABundle
from forum_kit.services import assemblies as s_asm
from forum_kit.vault import Vault
from ui.dialogs.bundle_dialogs import NO_PERSONAL_DATA, BundlesPanel, TrustSpec
from ui.models.roles import DISPLAY
from ui.session import AppContext

PASSPHRASE = "correct horse battery staple"  # tests/conftest.py's template passphrase
NOW = dt.datetime(2025, 3, 14, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def council_vault(tmp_path, _template_vault):
    target = tmp_path / "council.forumkit"
    shutil.copytree(_template_vault, target)
    v = Vault.open(target, PASSPHRASE)
    yield v
    if not v.is_locked:
        v.lock()


def _panel(qtbot, ctx) -> BundlesPanel:
    panel = BundlesPanel()
    qtbot.addWidget(panel)
    panel.messages = []
    panel.show_message = lambda parent, text: panel.messages.append(text)
    panel.cards = []
    panel.show_card = lambda parent, text: panel.cards.append(text)
    panel.now = lambda: NOW
    panel.attach(ctx)
    panel.refresh()
    return panel


def _fingerprint(card: str) -> str:
    return next(line.split(":", 1)[1].strip() for line in card.splitlines()
                if line.startswith("Fingerprint:"))


@pytest.fixture
def forum_world(vault):
    with vault.unit_of_work() as s:
        council = s_asm.create_body(s, kind="council", name="City Workers' Council")
        forum = s_asm.create_body(s, kind="forum", name="Depot forum", parent_id=council.id)
        meeting = s_asm.schedule_meeting(s, body_id=council.id,
                                         held_at=dt.datetime(2025, 4, 2, 18, 0))
        item = s_asm.add_agenda_item(s, meeting_id=meeting.id, title="Pay claim")
        s_asm.add_agenda_item(s, meeting_id=meeting.id, title="Safety rota")
        s_asm.pass_mandate(s, forum_id=forum.id, agenda_item_id=item.id, instruction="for",
                           red_lines="No cut in breaks", figure_to_hold="5%")
        s_asm.elect_delegate(s, forum_id=forum.id, council_id=council.id,
                             display_name="Wanda E.", term_start=dt.date(2025, 1, 1),
                             term_end=dt.date(2025, 12, 31))
        return {"council": council.id, "forum": forum.id, "meeting": meeting.id}


def test_export_import_round_trip(qtbot, tmp_path, deps, vault, council_vault, forum_world):
    forum = _panel(qtbot, AppContext(vault, deps))
    council = _panel(qtbot, AppContext(council_vault, deps))
    assert "no keys yet" in forum.fingerprint_label.text()

    # Swap key cards: each vault shows its card and trusts the other's, fingerprint typed.
    council_card = council.show_own_card()
    forum_card = forum.show_own_card()
    assert council.cards == [council_card] and "Fingerprint:" in council_card
    assert _fingerprint(council_card) in council.fingerprint_label.text()
    forum.ask_trust = lambda parent, bodies: TrustSpec(
        council_card, _fingerprint(council_card).lower(), "council", forum_world["council"])
    assert forum.trust_card(), forum.messages
    assert forum.peer_combo.count() == 1

    # Export: the personal data is listed before the file is chosen.
    forum.set_forum(forum_world["forum"])
    assert forum.meeting_combo.count() == 1 and forum.export_button.isEnabled()
    shown = []
    forum.confirm_export = lambda parent, council_name, lines: shown.append(
        (council_name, list(lines))) or True
    out = tmp_path / "out" / "depot.fkbundle"
    out.parent.mkdir()
    forum.choose_save_path = lambda parent, suggested: str(out)
    assert forum.export_bundle() == str(out)
    assert shown and shown[0][0] == "City Workers' Council"
    assert any("delegate" in line for line in shown[0][1])
    assert any("free-text" in line for line in shown[0][1])
    assert "Personal data in this bundle:" in forum.personal_label.text()
    assert "Bundle saved for City Workers' Council" in forum.personal_label.text()
    data = out.read_bytes()
    assert data.startswith(b"FKBUNDLE") and b"Wanda" not in data
    assert oct(out.stat().st_mode & 0o777) == "0o600"

    # Cancelling at the personal-data step writes nothing.
    forum.confirm_export = lambda *a: False
    forum.choose_save_path = lambda *a: pytest.fail("asked for a file after a cancel")
    assert forum.export_bundle() is None

    # Import in the council vault: unknown sender first.
    council.choose_open_path = lambda parent: str(out)
    assert not council.import_bundle()
    unknown = council.last_message
    assert "Unknown sender" in unknown and "Trust a key card" in unknown
    council.ask_trust = lambda parent, bodies: TrustSpec(
        forum_card, _fingerprint(forum_card), "forum")
    assert council.trust_card()
    assert council.import_bundle(), council.messages
    assert "Imported the bundle from Depot forum" in council.last_message
    assert council.tally.rowCount() == 1  # only the item with a mandate
    tally = council.tally.row_at(0)
    assert (tally.item_title, tally.for_, tally.against) == ("Pay claim", 1, 0)
    assert council.tally.index(0, 7).data(DISPLAY) == "Depot forum: Vote for"

    # The same bundle again, a damaged copy and a file that is not a bundle.
    assert not council.import_bundle()
    again = council.last_message
    assert again == BundleAlreadyImported.default_message
    damaged = tmp_path / "damaged.fkbundle"
    flipped = bytearray(data)
    flipped[len(flipped) // 2] ^= 0x01
    damaged.write_bytes(bytes(flipped))
    council.choose_open_path = lambda parent: str(damaged)
    assert not council.import_bundle()
    assert council.last_message == BundleDamaged.default_message
    other = tmp_path / "notes.txt"
    other.write_text("hello")
    council.choose_open_path = lambda parent: str(other)
    assert not council.import_bundle()
    assert council.last_message == NotABundle.default_message
    council.choose_open_path = lambda parent: str(tmp_path / "missing.fkbundle")
    assert not council.import_bundle()
    missing = council.last_message
    sentences = [unknown, again, BundleDamaged.default_message, NotABundle.default_message,
                 missing]
    assert len(set(sentences)) == len(sentences)
    assert council.tally.rowCount() == 1  # nothing more was imported

    # Nothing chosen: nothing happens.
    council.choose_open_path = lambda parent: None
    assert not council.import_bundle()

    council.clear()
    assert council.tally.rowCount() == 0 and council.peer_combo.count() == 0
    assert council.result_label.text() == ""


def test_check_personal_data_without_delegates(qtbot, deps, vault):
    with vault.unit_of_work() as s:
        council = s_asm.create_body(s, kind="council", name="Region")
        forum = s_asm.create_body(s, kind="forum", name="Yard forum", parent_id=council.id)
        meeting = s_asm.schedule_meeting(s, body_id=council.id,
                                         held_at=dt.datetime(2025, 5, 2, 10, 0))
        s_asm.add_agenda_item(s, meeting_id=meeting.id, title="Budget")
        forum_id = forum.id
    other = _panel(qtbot, AppContext(vault, deps))
    # No trusted council: export is not possible yet, and says nothing is chosen.
    other.set_forum(forum_id)
    assert not other.export_button.isEnabled()
    assert other.check_personal_data() is None
    # With a council key present the check lists no personal data.
    other.peer_combo.addItem("Region (test)", "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA")
    other.peer_combo.setCurrentIndex(0)  # a placeholder text keeps a first item unselected
    assert other.check_personal_data() == []
    assert NO_PERSONAL_DATA in other.personal_label.text()
