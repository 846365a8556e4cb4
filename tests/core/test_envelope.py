"""``forum_kit.exchange.envelope`` on its own, with a kind of file made up for the test (as a
council's agenda or decisions will be): the envelope is shared by every exchange, so its checks
are proved here without bundles or committees. Round trip (bytes and streamed pieces, names in
any script); each refusal in its order (not a file, too new, damaged, wrong recipient, unknown
sender, forged signature, undecryptable, over the size limit); another kind's file is not one of
these; a newer minor version's extension bytes are skipped; replay and age; JSON lines, whole or
in pieces split anywhere; the streamed opening (inflated by a worker thread) gives the same
plaintext and the same refusals, bounds a bomb, refuses a stream that does not end, and its
worker ends when the reader stops early."""

from __future__ import annotations

import threading
import zlib
from datetime import UTC, datetime, timedelta
from unittest import mock

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from forum_kit.errors import ForumKitError
from forum_kit.exchange import envelope
from forum_kit.exchange.envelope import (
    EnvelopeKind,
    Sender,
    check_fresh,
    json_line,
    open_envelope,
    open_envelope_streamed,
    read_json_lines,
    seal_envelope,
)
from forum_kit.exchange.identity import Identity, PublicCard

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
AGENDA = EnvelopeKind(b"FKTEST01", b"forum-kit test agenda v1\0", 1, 0, 4096, 64 * 1024)
OTHER = EnvelopeKind(b"FKTEST02", b"forum-kit test decisions v1\0", 1, 0, 4096, 64 * 1024)


class Refused(ForumKitError):
    """Base of the test's refusals: each subclass names the check that failed."""


def _refusal(name: str) -> type[Refused]:
    return type(name, (Refused,), {})


class AgendaRefusals:
    not_a_file = _refusal("not_a_file")
    too_new = _refusal("too_new")
    damaged = _refusal("damaged")
    wrong_recipient = _refusal("wrong_recipient")
    unknown_sender = _refusal("unknown_sender")
    already_seen = _refusal("already_seen")
    older = _refusal("older")
    invalid = _refusal("invalid")


R = AgendaRefusals()


def _identity(name: str) -> Identity:
    signing, agreement = Ed25519PrivateKey.generate(), X25519PrivateKey.generate()
    card = PublicCard(
        name,
        signing.public_key().public_bytes_raw(),
        agreement.public_key().public_bytes_raw(),
    )
    return Identity(name, signing, agreement, card)


COUNCIL, FORUM, STRANGER = _identity("City council"), _identity("Depot forum"), _identity("X")


def _seal(plain: bytes = b"agenda", *, kind: EnvelopeKind = AGENDA, sender=COUNCIL, **kw) -> bytes:
    return seal_envelope(
        kind,
        plain,
        sender=sender,
        recipient_fingerprint=FORUM.card.fingerprint,
        recipient_agreement_public=FORUM.card.agreement_public,
        created=NOW,
        **kw,
    )


def _known(fingerprint: bytes) -> Sender | None:
    if fingerprint == COUNCIL.card.fingerprint:
        return Sender(COUNCIL.card.signing_public, "the council's row")
    return None


def _open(data: bytes, *, identity: Identity = FORUM, kind: EnvelopeKind = AGENDA):
    return open_envelope(kind, R, data, identity=identity, find_sender=_known)


def _refused(data: bytes, **kw) -> str:
    with pytest.raises(Refused) as caught:
        _open(data, **kw)
    return type(caught.value).__name__


def test_a_sealed_file_opens_for_its_recipient_only() -> None:
    names = "Zoë Şêrko, محمد الحسيني, प्रिया शर्मा, 王芳".encode()
    data = _seal(names)
    assert names not in data and b"agenda" not in data
    header, sender, plain = _open(data)
    assert plain == names and sender.record == "the council's row"
    assert header.created == NOW.replace(tzinfo=None)
    assert header.sender == COUNCIL.card.fingerprint
    streamed = _seal(iter([b"first ", b"second"]))
    assert _open(streamed)[2] == b"first second"
    assert _refused(data, identity=COUNCIL) == "wrong_recipient"


def test_each_refusal_in_its_order() -> None:
    data = _seal()
    assert _refused(b"not an envelope at all") == "not_a_file"
    assert _refused(_seal(kind=OTHER)) == "not_a_file"  # another kind's file is not this one
    assert _refused(_seal(major=2)) == "too_new"
    assert _refused(data[:-1]) == "damaged"
    assert _refused(data + b"\0") == "damaged"
    assert (
        _refused(
            _seal(
                b"x" * 10_000,
                kind=EnvelopeKind(b"FKTEST01", AGENDA.label, 1, 0, 1 << 20, 1 << 20, compression=0),
            )
        )
        == "damaged"
    )
    assert _refused(_seal(sender=STRANGER)) == "unknown_sender"
    forged = bytearray(data)
    forged[-1] ^= 1
    assert _refused(bytes(forged)) == "damaged"
    assert _refused(_seal(b"\0" * (AGENDA.max_plain + 1))) == "invalid"  # a bomb is bounded
    flips = set()
    for i in range(len(data)):
        flipped = bytearray(data)
        flipped[i] ^= 0x80
        flips.add(_refused(bytes(flipped)))
    assert flips <= {"not_a_file", "too_new", "damaged", "wrong_recipient", "unknown_sender"}


def test_a_newer_minor_version_extension_is_skipped() -> None:
    header, _, plain = _open(_seal(minor=3, extension=b"a later field"))
    assert plain == b"agenda" and header.minor == 3 and header.extension == b"a later field"


def test_replay_and_age() -> None:
    header = _open(_seal())[0]
    with pytest.raises(AgendaRefusals.already_seen):
        check_fresh(R, header, seen=True, last_at=None)
    later = header.created + timedelta(days=1)
    with pytest.raises(AgendaRefusals.older):
        check_fresh(R, header, seen=False, last_at=later)
    assert check_fresh(R, header, seen=False, last_at=later, allow_older=True) is True
    assert check_fresh(R, header, seen=False, last_at=header.created) is False


def test_json_lines_round_trip_and_refuse_garbage() -> None:
    values = [{"item": "Heat on nights", "by": "王芳"}, [1, 2], "محمد"]
    plain = b"".join(json_line(v) for v in values) + b"\n"
    assert list(read_json_lines(R, plain)) == values
    with pytest.raises(AgendaRefusals.invalid):
        list(read_json_lines(R, plain + b"{not json\n"))
    with pytest.raises(AgendaRefusals.invalid):
        list(read_json_lines(R, b"\xff\xfe\n"))


# ------------------------------------------------------------------------- streamed opening


def _open_streamed(data: bytes, *, identity: Identity = FORUM, kind: EnvelopeKind = AGENDA):
    header, sender, pieces = open_envelope_streamed(
        kind, R, data, identity=identity, find_sender=_known
    )
    try:
        return header, sender, b"".join(pieces)
    finally:
        pieces.close()


def _refused_streamed(data: bytes) -> str:
    with pytest.raises(Refused) as caught:
        _open_streamed(data)
    return type(caught.value).__name__


def _inflaters() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "forum-kit-inflate"]


@pytest.fixture
def small_pieces():
    """Pieces of a few bytes, so that a small payload crosses many of them."""
    with (
        mock.patch.object(envelope, "INFLATE_IN", 7),
        mock.patch.object(envelope, "INFLATE_OUT", 5),
    ):
        yield


def test_streamed_opening_gives_the_same_plaintext(small_pieces) -> None:
    names = "Zoë Şêrko, محمد الحسيني, प्रिया शर्मा, 王芳\n".encode() * 40
    data = _seal(names)
    header, sender, plain = _open_streamed(data)
    assert (header, sender, plain) == _open(data)
    assert _open_streamed(_seal(b""))[2] == b""
    assert not _inflaters()


def test_streamed_opening_refuses_as_the_whole_one_does(small_pieces) -> None:
    data = _seal()
    for bad in (b"not an envelope", data[:-1], _seal(sender=STRANGER), _seal(kind=OTHER)):
        assert _refused_streamed(bad) == _refused(bad)
    forged = bytearray(data)
    forged[len(forged) // 2] ^= 1
    assert _refused_streamed(bytes(forged)) == _refused(bytes(forged)) == "damaged"
    # a bomb is bounded: refused as it inflates past the kind's limit, from the iteration
    assert _refused_streamed(_seal(b"\0" * (AGENDA.max_plain + 1))) == "invalid"
    assert _open_streamed(_seal(b"\0" * AGENDA.max_plain))[2] == b"\0" * AGENDA.max_plain
    assert not _inflaters()


@pytest.mark.parametrize("cut", [1, 4, 30])
def test_a_stream_that_does_not_end_is_refused_both_ways(cut: int) -> None:
    """A known sender's broken program: signed and encrypted, but its deflate stream is cut."""
    whole = zlib.compress
    with mock.patch.object(envelope.zlib, "compress", lambda d, level: whole(d, level)[:-cut]):
        data = _seal(b"agenda items, each on its own line\n" * 20)
    assert _refused(data) == "invalid"
    assert _refused_streamed(data) == "invalid"
    assert not _inflaters()


def test_the_worker_ends_when_the_reader_stops_early(small_pieces) -> None:
    _, _, pieces = open_envelope_streamed(
        AGENDA, R, _seal(b"x" * 5000), identity=FORUM, find_sender=_known
    )
    assert next(pieces) == b"xxxxx"
    pieces.close()
    assert not _inflaters()


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.one_of(st.text(max_size=8), st.integers(), st.none()), max_size=6),
    st.lists(st.integers(0, 200), max_size=8),
    st.booleans(),
)
def test_json_lines_in_pieces_split_anywhere(values, cuts, blank) -> None:
    """Split inside a line, inside a character of several bytes, at a newline, or not at all:
    the same values as the whole payload gives."""
    plain = b"".join(json_line(v) + (b"\n" if blank else b"") for v in values)
    bounds = sorted({0, len(plain), *(c for c in cuts if c < len(plain))})
    pieces = [plain[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]
    assert list(read_json_lines(R, iter(pieces))) == list(read_json_lines(R, plain)) == values
    with pytest.raises(AgendaRefusals.invalid):
        list(read_json_lines(R, iter([*pieces, b"{not json\n"])))
