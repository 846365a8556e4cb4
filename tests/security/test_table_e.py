"""SECURITY.md table E: council bundles between vaults. Each check can fail: a real bundle is
flipped, cut, lengthened, replayed, sent to the wrong vault, sent by a stranger or stamped with a
future version, and every one must be refused before anything is imported."""

from __future__ import annotations

import datetime as dt
import json
import zlib

import pytest
import sqlalchemy as sa

from forum_kit.exchange import bundle_export, bundle_import, bundles, envelope, identity
from forum_kit.models import RollupMandate
from forum_kit.models.community_rollup import RollupCommunity
from forum_kit.services import assemblies as asm
from forum_kit.services.contacts import add_contact
from forum_kit.services.workplaces import add_area, add_workplace, set_headcount
from forum_kit.vault import FAST_KDF, Vault

PASS = "correct horse battery staple"
MEETING = dt.datetime(2026, 5, 6, 18, 30)
NOW = dt.datetime(2026, 5, 1, 8, 0, tzinfo=dt.UTC)
SENTINELS = ("Xylophonia", "Quexwartz", "Ŋaŋsentinel")
ROLLUP_TABLES = (
    "received_bundles",
    "rollup_mandates",
    "rollup_figures",
    "rollup_counts",
    "rollup_delegates",
)


def _make_forum(path) -> Vault:
    v = Vault.create(path, PASS, kdf=FAST_KDF)
    with v.unit_of_work() as s:
        wp = add_workplace(s, name="Hospital", today=dt.date(2026, 1, 1))
        for i in range(8):
            area = add_area(s, workplace_id=wp.id, name=f"Ward {i + 1}")
            set_headcount(s, area_id=area.id, as_of=dt.date(2026, 1, 1), headcount=10 + i)
            add_contact(
                s, workplace_id=wp.id, area_id=area.id, first_name=SENTINELS[i % 3],
                last_name=SENTINELS[(i + 1) % 3], notes=f"{SENTINELS[2]} note",
                today=dt.date(2026, 1, 2),
            )
        forum = asm.create_body(s, kind="forum", name="Hospital forum", workplace_id=wp.id)
        council = asm.create_body(s, kind="council", name="Health council")
        meeting = asm.schedule_meeting(s, body_id=council.id, held_at=MEETING, place="Hall")
        for n, instruction in enumerate(("for", "against", "abstain", "free"), start=1):
            item = asm.add_agenda_item(s, meeting_id=meeting.id, title=f"Item {n}")
            asm.pass_mandate(
                s, forum_id=forum.id, agenda_item_id=item.id, instruction=instruction,
                red_lines="Hold the line on staffing ratios", figure_to_hold="1:4",
            )
        asm.elect_delegate(
            s, forum_id=forum.id, council_id=council.id, display_name="Delegate Dee",
            term_start=dt.date(2026, 1, 1), term_end=dt.date(2026, 12, 31),
        )
    return v


def _card(v: Vault) -> identity.PublicCard:
    with v.unit_of_work() as s:
        return identity.own_card(s, default_name=v.name, now=NOW)


def _trust(v: Vault, card: identity.PublicCard, kind: str) -> None:
    with v.unit_of_work() as s:
        identity.trust_peer(
            s, card=identity.card_text(card), fingerprint=card.fingerprint_text, kind=kind,
            added_on=NOW.date(),
        )


class World:
    def __init__(self, root) -> None:
        self.forum = _make_forum(root / "forum.forumkit")
        self.council = Vault.create(root / "council.forumkit", PASS, kdf=FAST_KDF)
        self.other_council = Vault.create(root / "other.forumkit", PASS, kdf=FAST_KDF)
        self.council_card = _card(self.council)
        self.forum_card = _card(self.forum)
        _trust(self.council, self.forum_card, "forum")
        _trust(self.forum, self.council_card, "council")
        # The other council trusts the forum too, but the bundles are not sealed to it.
        _trust(self.other_council, self.forum_card, "forum")
        self.bundle, self.payload = self.export(NOW)

    def export(self, now: dt.datetime) -> tuple[bytes, dict]:
        with self.forum.unit_of_work() as s:
            result = bundle_export.export_bundle(
                s, council_fingerprint=self.council_card.fingerprint_text,
                meeting_date=MEETING.date(), now=now, default_name="forum",
            )
        return result.data, result.payload

    def counts(self, vault: Vault | None = None) -> dict[str, int]:
        with (vault or self.council).unit_of_work() as s:
            return {
                t: s.execute(sa.text(f"SELECT count(*) FROM {t}")).scalar_one()
                for t in ROLLUP_TABLES
            }

    def lock(self) -> None:
        for v in (self.forum, self.council, self.other_council):
            v.lock()


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    w = World(tmp_path_factory.mktemp("table_e"))
    yield w
    w.lock()


@pytest.fixture
def fresh(tmp_path):
    w = World(tmp_path)
    yield w
    w.lock()


def _refusals(vault: Vault, variants) -> list[type]:
    """Try every variant in one session; returns the error class each raised (None: imported)."""
    out: list[type | None] = []
    with vault.unit_of_work() as s:
        for data in variants:
            try:
                bundle_import.import_bundle(s, data, now=NOW, default_name="council")
            except bundles.BundleError as error:
                out.append(type(error))
            else:
                out.append(None)
        s.rollback()
    return out


def test_e1_every_single_bit_flip_is_refused(world):
    data = world.bundle
    assert 600 < len(data) < 8000
    before = world.counts()
    variants = []
    for i in range(len(data)):
        flipped = bytearray(data)
        flipped[i] ^= 1 << (i % 8)
        variants.append(bytes(flipped))
    outcomes = _refusals(world.council, variants)
    assert None not in outcomes, f"imported after a flip at {outcomes.index(None)}"
    assert len(outcomes) == len(data)
    # Past the fixed fields, only the signature check can catch a flip: it must be "damaged".
    assert set(outcomes[140:]) == {bundles.BundleDamaged}
    assert outcomes[0] is bundles.NotABundle
    assert world.counts() == before == dict.fromkeys(ROLLUP_TABLES, 0)


def test_e2_truncation_and_appended_byte_are_refused(world):
    data = world.bundle
    cuts = sorted({len(data) * k // 100 for k in range(100)} | {len(data) - 1})
    variants = [data[:cut] for cut in cuts] + [data + b"\0", data + data[-1:]]
    outcomes = _refusals(world.council, variants)
    assert None not in outcomes
    assert len(outcomes) >= 101
    assert set(outcomes) <= {bundles.NotABundle, bundles.BundleDamaged}
    assert world.counts() == dict.fromkeys(ROLLUP_TABLES, 0)


class _NoDecrypt:
    def __init__(self, *_a, **_k) -> None:
        raise AssertionError("decryption attempted")


def test_e3_wrong_recipient_and_untrusted_sender_refused_before_decryption(
    world, tmp_path, monkeypatch
):
    # A council that never trusted the forum: sealed to it, but from an unknown sender.
    stranger = Vault.create(tmp_path / "stranger.forumkit", PASS, kdf=FAST_KDF)
    try:
        stranger_card = _card(stranger)
        with world.forum.unit_of_work() as s:
            sender = identity.ensure_identity(s, default_name="forum", now=NOW)
        data = bundles.seal(
            world.payload, sender=sender, recipient_fingerprint=stranger_card.fingerprint,
            recipient_agreement_public=stranger_card.agreement_public, created=NOW,
        )
        monkeypatch.setattr(envelope, "AESGCM", _NoDecrypt)
        with world.other_council.unit_of_work() as s:
            with pytest.raises(bundles.BundleWrongRecipient) as wrong:
                bundle_import.import_bundle(s, world.bundle, now=NOW, default_name="other")
        with stranger.unit_of_work() as s:
            with pytest.raises(bundles.BundleUnknownSender) as unknown:
                bundle_import.import_bundle(s, data, now=NOW, default_name="stranger")
        assert world.counts(stranger) == dict.fromkeys(ROLLUP_TABLES, 0)
    finally:
        stranger.lock()
    assert wrong.value.code != unknown.value.code
    assert "another council" in wrong.value.message
    assert "Unknown sender" in unknown.value.message
    assert world.counts(world.other_council) == dict.fromkeys(ROLLUP_TABLES, 0)


def test_e3_a_card_is_trusted_only_with_the_matching_fingerprint(world):
    text = identity.card_text(world.forum_card)
    wrong = identity.format_fingerprint(bytes(20))
    with world.council.unit_of_work() as s:
        with pytest.raises(identity.FingerprintMismatch):
            identity.trust_peer(s, card=text, fingerprint=wrong, kind="forum", added_on=NOW.date())
        # A card whose key was swapped no longer fits its printed fingerprint.
        swapped = text.replace(
            identity.base64.b64encode(world.forum_card.signing_public).decode(),
            identity.base64.b64encode(world.council_card.signing_public).decode(),
        )
        with pytest.raises(identity.InvalidInput):
            identity.parse_card(swapped)


def test_e4_no_plaintext_in_bundle_and_size_is_payload_plus_overhead(world):
    data = world.bundle
    for sentinel in (*SENTINELS, "Hospital forum", "Delegate Dee", "staffing ratios"):
        assert sentinel.encode("utf-8") not in data
        assert sentinel.encode("utf-16-le") not in data
    with world.council.unit_of_work() as s:
        me = identity.ensure_identity(s, default_name="council", now=NOW)
        header, _, decoded = bundles._open(data, me, s)
        s.rollback()
    text = json.dumps(decoded, ensure_ascii=False)
    for sentinel in SENTINELS:
        assert sentinel not in text
    assert "Delegate Dee" in text  # an elected officer, declared in the export summary
    compressed = zlib.compress(
        json.dumps(world.payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        .encode(),
        9,
    )
    overhead = len(header.header_bytes) + 16 + 64
    assert len(data) == len(compressed) + overhead
    assert overhead < 300


def test_e5_replay_is_refused_and_an_older_bundle_needs_consent(fresh):
    older, _ = fresh.export(NOW - dt.timedelta(days=1))
    with fresh.council.unit_of_work() as s:
        first = bundle_import.import_bundle(s, fresh.bundle, now=NOW, default_name="c")
    assert first.warnings == ()
    after_first = fresh.counts()
    with fresh.council.unit_of_work() as s:
        with pytest.raises(bundles.BundleAlreadyImported) as replay:
            bundle_import.import_bundle(s, fresh.bundle, now=NOW, default_name="c")
    assert "already imported" in replay.value.message
    with fresh.council.unit_of_work() as s:
        with pytest.raises(bundles.BundleOlder):
            bundle_import.import_bundle(s, older, now=NOW, default_name="c")
    assert fresh.counts() == after_first
    with fresh.council.unit_of_work() as s:
        result = bundle_import.import_bundle(s, older, now=NOW, default_name="c", allow_older=True)
    assert result.warnings and "older" in result.warnings[0]
    counts = fresh.counts()
    assert counts["received_bundles"] == 2
    # The older bundle did not overwrite the newer mandates.
    assert counts["rollup_mandates"] == after_first["rollup_mandates"]


def test_e6_unknown_major_refused_newer_minor_opens(fresh):
    with fresh.forum.unit_of_work() as s:
        sender = identity.ensure_identity(s, default_name="forum", now=NOW)
    card = fresh.council_card
    common = dict(
        sender=sender, recipient_fingerprint=card.fingerprint,
        recipient_agreement_public=card.agreement_public,
    )
    too_new = bundles.seal(fresh.payload, created=NOW, major=2, **common)
    with fresh.council.unit_of_work() as s:
        with pytest.raises(bundles.BundleTooNew) as error:
            bundle_import.import_bundle(s, too_new, now=NOW, default_name="c")
    assert "newer Forum Kit" in error.value.message
    # Flipping only the major byte of a real bundle says "newer", not "damaged".
    patched = bytearray(fresh.bundle)
    patched[8] = 7
    with pytest.raises(bundles.BundleTooNew):
        bundles.read_header(bytes(patched))
    assert fresh.counts() == dict.fromkeys(ROLLUP_TABLES, 0)

    payload = json.loads(json.dumps(fresh.payload))
    payload["added_in_a_newer_minor"] = {"anything": [1, 2]}
    payload["forum"]["motto"] = "new optional field"
    newer_minor = bundles.seal(
        payload, created=NOW, minor=bundles.FORMAT_MINOR + 1,
        extension=b"\x01future-header-field", **common
    )
    with fresh.council.unit_of_work() as s:
        result = bundle_import.import_bundle(s, newer_minor, now=NOW, default_name="c")
    assert result.forum == "Hospital forum" and result.mandates == 4
    # The same extra key in a bundle of the reader's own version is refused: it is strict there.
    strict = bundles.seal(payload, created=NOW, **common)
    with fresh.council.unit_of_work() as s:
        with pytest.raises(bundles.BundleInvalid):
            bundle_import.import_bundle(s, strict, now=NOW, default_name="c")


def test_bundle_errors_have_distinct_codes():
    classes = [
        bundles.NotABundle, bundles.BundleTooNew, bundles.BundleDamaged,
        bundles.BundleWrongRecipient, bundles.BundleUnknownSender, bundles.BundleAlreadyImported,
        bundles.BundleOlder, bundles.BundleInvalid,
    ]
    assert sorted(c.code for c in classes) == list(range(30, 38))
    assert len({c().message for c in classes}) == len(classes)


def _without(payload: dict, *, community: bool, small_numbers: bool) -> dict:
    """``payload`` (format 1.2) as an older writer made it: 1.0 had neither part, issue 19's
    1.1 the community section, issue 20's 1.1 the sender's kind, threshold, how a council
    decided, the total row and lower bounds."""
    p = json.loads(json.dumps(payload))
    if not community:
        p.pop("community", None)
        p.pop("retaliation", None)
    if not small_numbers:
        p.pop("sender_kind", None)
        p.pop("threshold", None)
        p["figures"].pop("total", None)
        for m in p["mandates"]:
            m.pop("decided_by", None)
        for a in p["figures"]["areas"]:
            a.pop("at_least", None)
            for k, v in a.items():
                if v is None and k != "last_test_pct":
                    a[k] = 0  # 1.0 had no hidden figure
        for key in ("grievances", "issues"):
            for c in p["figures"][key]:
                c.pop("at_least", None)
                if c["count"] is None:
                    c["count"] = 0
    return p


def test_bundles_of_format_1_0_and_either_1_1_still_import(fresh):
    """Format 1.2 holds both branches' 1.1: a 1.0 bundle, issue 19's 1.1 (community section)
    and issue 20's 1.1 (small numbers, decided-by) all import into a 1.2 council."""
    payload = json.loads(json.dumps(fresh.payload))
    assert {"community", "sender_kind", "threshold"} <= set(payload)
    payload["mandates"][0]["decided_by"] = {"basis": "vote", "for": 12, "against": 3}
    with fresh.forum.unit_of_work() as s:
        sender = identity.ensure_identity(s, default_name="forum", now=NOW)
    card = fresh.council_card
    common = dict(
        sender=sender,
        recipient_fingerprint=card.fingerprint,
        recipient_agreement_public=card.agreement_public,
    )
    versions = {
        "1.0": (0, _without(payload, community=False, small_numbers=False)),
        "1.1 (community)": (1, _without(payload, community=True, small_numbers=False)),
        "1.1 (small numbers)": (1, _without(payload, community=False, small_numbers=True)),
        "1.2": (2, payload),
    }
    for name, (minor, body) in versions.items():
        data = bundles.seal(body, created=NOW, minor=minor, **common)
        assert bundles.read_header(data).minor == minor
        with fresh.council.unit_of_work() as s:
            result = bundle_import.import_bundle(s, data, now=NOW, default_name="c")
            assert result.forum == "Hospital forum" and result.mandates == 4, name
            basis = s.execute(
                sa.select(RollupMandate.decided_basis, RollupMandate.decided_for).where(
                    RollupMandate.item_ordinal == payload["mandates"][0]["ordinal"]
                )
            ).first()
            community = s.execute(sa.select(sa.func.count()).select_from(RollupCommunity))
            has_community = community.scalar_one() > 0
            s.rollback()
        small = "small numbers" in name or name == "1.2"
        assert (basis.decided_basis, basis.decided_for) == (
            ("vote", 12) if small else (None, None)
        ), name
        with_community = "community" in name or name == "1.2"
        assert has_community == (with_community and bool(payload["community"]["figures"])), name
