"""SECURITY.md table E for what a council sends down (issue 20): its signed agenda and its
decisions travel in the council bundles' envelope, so every check of table E holds for them
too. Each file is flipped bit by bit, cut, lengthened, replayed, sent to the wrong member, sent
by a stranger and stamped with a future version: every one is refused before anything is
written."""

from __future__ import annotations

import datetime as dt
import json

import pytest
import sqlalchemy as sa

from forum_kit.exchange import bundles, downward, envelope, identity
from forum_kit.models.enums import MotionResult
from tests.confederation_world import (
    NOW,
    WORKS_MEETING,
    hold_meeting,
    make_tiers,
    receive,
    send_agenda,
    send_decisions,
)

TABLES = ("meetings", "agenda_items", "council_decisions", "mandate_reports", "received_bundles",
          "bodies")
LATER = NOW + dt.timedelta(days=12)


@pytest.fixture(scope="module")
def tiers(tmp_path_factory):
    t = make_tiers(tmp_path_factory.mktemp("table_e_down"))
    agenda = send_agenda(t.works, t.cards["north"], WORKS_MEETING)
    receive(t.north, agenda)
    hold_meeting(t.works, "Depot workplace council", WORKS_MEETING,
                 [(MotionResult.CARRIED, 2, 0, 0), (MotionResult.LOST, 0, 2, 0)],
                 {"north": ["for", "against"]}, t.cards)
    t.files = {
        "agenda": send_agenda(t.works, t.cards["north"], WORKS_MEETING,
                              now=NOW + dt.timedelta(hours=1)),
        "decisions": send_decisions(t.works, t.cards["north"], WORKS_MEETING, LATER).data,
    }
    yield t
    for v in (t.north, t.south, t.works, t.city):
        v.lock()


def _counts(v) -> dict[str, int]:
    with v.unit_of_work() as s:
        return {t: s.execute(sa.text(f"SELECT count(*) FROM {t}")).scalar_one() for t in TABLES}


def _take(s, data: bytes) -> None:
    take = (downward.import_agenda if downward.kind_of(data) == "agenda"
            else downward.import_decisions)
    take(s, data, now=LATER, default_name="north")


def _outcomes(v, variants) -> list[type | None]:
    out: list[type | None] = []
    with v.unit_of_work() as s:
        for data in variants:
            try:
                _take(s, data)
            except bundles.BundleError as error:
                out.append(type(error))
            else:
                out.append(None)
        s.rollback()
    return out


KINDS = ("agenda", "decisions")


@pytest.mark.parametrize("kind", KINDS)
def test_e1_every_single_bit_flip_is_refused(tiers, kind):
    data = tiers.files[kind]
    before = _counts(tiers.north)
    variants = []
    for i in range(len(data)):
        flipped = bytearray(data)
        flipped[i] ^= 1 << (i % 8)
        variants.append(bytes(flipped))
    outcomes = _outcomes(tiers.north, variants)
    assert None not in outcomes, f"imported after a flip at {outcomes.index(None)}"
    assert set(outcomes[140:]) == {bundles.BundleDamaged}
    assert _counts(tiers.north) == before


@pytest.mark.parametrize("kind", KINDS)
def test_e2_truncation_and_appended_byte_are_refused(tiers, kind):
    data = tiers.files[kind]
    cuts = sorted({len(data) * k // 100 for k in range(100)} | {len(data) - 1})
    outcomes = _outcomes(tiers.north, [data[:c] for c in cuts] + [data + b"\0"])
    assert None not in outcomes and len(outcomes) >= 101
    assert set(outcomes) <= {bundles.NotABundle, bundles.BundleDamaged}


class _NoDecrypt:
    def __init__(self, *_a, **_k) -> None:
        raise AssertionError("decryption attempted")


@pytest.mark.parametrize("kind", KINDS)
def test_e3_wrong_recipient_and_untrusted_sender_refused_before_decryption(
    tiers, kind, monkeypatch
):
    data = tiers.files[kind]
    north_card = tiers.cards["north"]
    # A city vault North never trusted signs a file to North.
    with tiers.city.unit_of_work() as s:
        city = identity.ensure_identity(s, default_name="city", now=NOW)
    unknown = envelope.seal_envelope(
        downward.AGENDA if kind == "agenda" else downward.DECISIONS, b"{}", sender=city,
        recipient_fingerprint=north_card.fingerprint,
        recipient_agreement_public=north_card.agreement_public, created=NOW,
    )
    before = _counts(tiers.south)
    monkeypatch.setattr(envelope, "AESGCM", _NoDecrypt)
    # South trusts the workplace council too, but the file was sealed to North.
    with tiers.south.unit_of_work() as s, pytest.raises(bundles.BundleWrongRecipient):
        _take(s, data)
    with tiers.north.unit_of_work() as s, pytest.raises(bundles.BundleUnknownSender):
        _take(s, unknown)
    assert _counts(tiers.south) == before


@pytest.mark.parametrize("kind", KINDS)
def test_e4_no_plaintext_in_the_file(tiers, kind):
    data = tiers.files[kind]
    for text in ("Pay claim", "Strike ballot", "Depot workplace council", "Union hall",
                 "North forum", "The claim for 6%"):
        assert text.encode() not in data and text.encode("utf-16-le") not in data
    assert data.startswith(b"FKAGENDA" if kind == "agenda" else b"FKDECIDE")
    assert len(data) < 2000


def test_e5_replay_and_older_are_refused_then_e6_versions(tiers):
    decisions = tiers.files["decisions"]
    receive(tiers.north, decisions, now=LATER)
    before = _counts(tiers.north)
    with tiers.north.unit_of_work() as s, pytest.raises(bundles.BundleAlreadyImported):
        _take(s, decisions)
    # The agenda was made before the decisions just taken in: older, refused.
    with tiers.north.unit_of_work() as s, pytest.raises(bundles.BundleOlder):
        _take(s, tiers.files["agenda"])
    assert _counts(tiers.north) == before
    # E-6: an unknown major version is refused; a newer minor with extra header bytes and
    # extra keys is read.
    with tiers.works.unit_of_work() as s:
        works = identity.ensure_identity(s, default_name="works", now=NOW)
        payload = downward.decisions_payload(
            s, s.execute(sa.select(downward.Meeting)).scalars().first(), "North forum")
    payload["from_a_newer_version"] = True
    plain = json.dumps(payload).encode()
    card = tiers.cards["north"]

    def seal(major: int, minor: int, when: dt.datetime) -> bytes:
        return envelope.seal_envelope(
            downward.DECISIONS, plain, sender=works, recipient_fingerprint=card.fingerprint,
            recipient_agreement_public=card.agreement_public, created=when, major=major,
            minor=minor, extension=b"\x01\x02" if minor else b"",
        )

    with tiers.north.unit_of_work() as s, pytest.raises(bundles.BundleTooNew):
        _take(s, seal(2, 0, LATER + dt.timedelta(days=1)))
    with tiers.north.unit_of_work() as s:
        result = downward.import_decisions(s, seal(1, 3, LATER + dt.timedelta(days=2)),
                                           now=LATER, default_name="north")
    assert result.items == 2
