"""The sealed envelope every file that passes between two vaults travels in: council bundles,
committee copies and field reports (SECURITY.md tables E and C).

Owns the one crypto path of the exchanges: the layout of the outer layer, sealing a plaintext to
one addressee (X25519 with an ephemeral key, HKDF-SHA256, AES-256-GCM) under the sender's Ed25519
signature, and opening it with every check in a fixed order before a byte of the payload is
trusted. What differs between kinds of file (magic, key-derivation label, size limits, which
vaults count as known senders and the sentence each refusal says) is the caller's
``EnvelopeKind`` and ``Refusals``; the replay and age checks are ``check_fresh``.

Layout (all integers big-endian)::

    magic 8 | major u8 | minor u8 | extension length u16 | sender fingerprint 20 |
    recipient fingerprint 20 | file id 16 | created (Unix seconds, UTC) i64 |
    ephemeral X25519 public key 32 | nonce 12 | ciphertext length u32 | extension |
    ciphertext (AES-256-GCM of the zlib-compressed plaintext) | Ed25519 signature 64

The AES key is HKDF-SHA256 over X25519(ephemeral, recipient) with the kind's label and the whole
header as ``info``, and the header is also the GCM associated data; the signature covers every
byte before it. ``open_envelope`` checks, in this order and before decrypting anything: magic,
major version, exact length, recipient, known sender, signature; then decrypts and decompresses
(bounded). A newer minor version may add header extension bytes, which this reader skips. A large
payload (a committee copy) may be opened with ``open_envelope_streamed`` instead: the same checks
up to the decrypted payload, then its plaintext in pieces, inflated by a worker thread while the
caller reads the pieces before.

A new kind of file (issue 20's agendas and decisions, say) needs no code here: declare an
``EnvelopeKind`` with its own 8-byte magic and its own label (so one kind's file never opens as
another's), give a ``Refusals`` whose error classes carry the kind's sentences and exit codes,
seal with ``seal_envelope`` and open with ``open_envelope`` and a ``find_sender`` over the
caller's trusted key cards, then ``check_fresh`` against what the caller remembers of that
sender. Payloads that are many records use ``json_line`` / ``read_json_lines`` (one JSON value a
line, streamed into the compressor as it is made, as committee copies do); small ones one JSON
document. The envelope knows nothing of what the payload means: everything inside is outside
input and is read strictly by the caller. ``tests/core/test_envelope.py`` runs every check on a
kind made up for the test.
"""

from __future__ import annotations

import json
import os
import queue
import struct
import threading
import zlib
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from forum_kit.errors import ForumKitError, InvalidInput
from forum_kit.exchange.identity import Identity, format_fingerprint
from forum_kit.i18n import _

__all__ = [
    "HEADER",
    "SIGNATURE_BYTES",
    "TAG_BYTES",
    "EnvelopeHeader",
    "EnvelopeKind",
    "Refusals",
    "Sender",
    "check_fresh",
    "json_line",
    "open_envelope",
    "open_envelope_streamed",
    "read_envelope_file",
    "read_header",
    "read_json_lines",
    "seal_envelope",
    "utc_naive",
]

PREFIX = struct.Struct(">8sBBH")  # magic, major, minor, extension length
HEADER = struct.Struct(">8sBBH20s20s16sq32s12sI")
SIGNATURE_BYTES = 64
TAG_BYTES = 16
ID_BYTES = 16


@dataclass(frozen=True)
class EnvelopeKind:
    """One kind of file: its magic, its key-derivation label, its version and its limits."""

    magic: bytes
    label: bytes
    major: int
    minor: int
    max_file: int
    max_plain: int
    compression: int = 9

    def __post_init__(self) -> None:
        if len(self.magic) != 8:
            raise ValueError("an envelope magic has 8 bytes")


class Refusals(Protocol):
    """The caller's error classes, one per way a file is refused (each with its own code)."""

    not_a_file: type[ForumKitError]
    too_new: type[ForumKitError]
    damaged: type[ForumKitError]
    wrong_recipient: type[ForumKitError]
    unknown_sender: type[ForumKitError]
    already_seen: type[ForumKitError]
    older: type[ForumKitError]
    invalid: type[ForumKitError]


@dataclass(frozen=True)
class Sender:
    """A known vault, as the caller's lookup found it by the fingerprint in the header."""

    signing_public: bytes
    record: object  # the caller's own row (a trusted peer, a committee member, a keeper)


@dataclass(frozen=True)
class EnvelopeHeader:
    major: int
    minor: int
    sender: bytes
    recipient: bytes
    file_id: bytes
    created: datetime
    ephemeral: bytes
    nonce: bytes
    extension: bytes
    header_bytes: bytes
    ciphertext: bytes
    signature: bytes

    @property
    def sender_fingerprint(self) -> str:
        return format_fingerprint(self.sender)

    @property
    def recipient_fingerprint(self) -> str:
        return format_fingerprint(self.recipient)


def utc_naive(moment: datetime) -> datetime:
    """``moment`` in UTC without its time zone, as the vault stores times."""
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


def _to_unix(moment: datetime) -> int:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return int(moment.timestamp())


def _derive_key(kind: EnvelopeKind, shared: bytes, header: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=kind.label + header)
    return hkdf.derive(shared)


def seal_envelope(
    kind: EnvelopeKind,
    plain: bytes | Iterable[bytes],
    *,
    sender: Identity,
    recipient_fingerprint: bytes,
    recipient_agreement_public: bytes,
    created: datetime,
    file_id: bytes | None = None,
    major: int | None = None,
    minor: int | None = None,
    extension: bytes = b"",
) -> bytes:
    """Compress and encrypt ``plain`` (bytes, or pieces of it as they are made) to the recipient
    and sign the whole file with the sender's key. ``major``, ``minor`` and ``extension`` exist so
    tests can make other versions' files."""
    if isinstance(plain, bytes | bytearray):
        body = zlib.compress(plain, kind.compression)
    else:
        deflater = zlib.compressobj(kind.compression)
        body = b"".join([*(deflater.compress(piece) for piece in plain), deflater.flush()])
    ephemeral = X25519PrivateKey.generate()
    eph_public = ephemeral.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    nonce = os.urandom(12)
    ident = file_id if file_id is not None else os.urandom(ID_BYTES)
    header = (
        HEADER.pack(
            kind.magic,
            kind.major if major is None else major,
            kind.minor if minor is None else minor,
            len(extension),
            sender.card.fingerprint,
            recipient_fingerprint,
            ident,
            _to_unix(created),
            eph_public,
            nonce,
            len(body) + TAG_BYTES,
        )
        + extension
    )
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_agreement_public))
    ciphertext = AESGCM(_derive_key(kind, shared, header)).encrypt(nonce, body, header)
    signed = header + ciphertext
    return signed + sender.signing_key.sign(signed)


def read_header(kind: EnvelopeKind, refusals: Refusals, data: bytes) -> EnvelopeHeader:
    """Parse the outer layer strictly (magic, version, exact length); checks no key."""
    if not isinstance(data, bytes | bytearray | memoryview):
        raise refusals.not_a_file()
    data = bytes(data)
    if len(data) < PREFIX.size or data[: len(kind.magic)] != kind.magic:
        raise refusals.not_a_file()
    _, major, minor, ext_len = PREFIX.unpack_from(data)
    if major > kind.major:
        raise refusals.too_new()
    if major < 1:
        raise refusals.damaged()
    if len(data) > kind.max_file or len(data) < HEADER.size + ext_len + TAG_BYTES + SIGNATURE_BYTES:
        raise refusals.damaged()
    fields = HEADER.unpack_from(data)
    ct_len = fields[10]
    header_end = HEADER.size + ext_len
    if ct_len < TAG_BYTES or len(data) != header_end + ct_len + SIGNATURE_BYTES:
        raise refusals.damaged()
    try:
        created = datetime.fromtimestamp(fields[7], UTC).replace(tzinfo=None)
    except (OverflowError, OSError, ValueError):
        raise refusals.damaged() from None
    return EnvelopeHeader(
        major=major,
        minor=minor,
        sender=fields[4],
        recipient=fields[5],
        file_id=fields[6],
        created=created,
        ephemeral=fields[8],
        nonce=fields[9],
        extension=data[HEADER.size : header_end],
        header_bytes=data[:header_end],
        ciphertext=data[header_end : header_end + ct_len],
        signature=data[header_end + ct_len :],
    )


def open_envelope(
    kind: EnvelopeKind,
    refusals: Refusals,
    data: bytes,
    *,
    identity: Identity,
    find_sender: Callable[[bytes], Sender | None],
) -> tuple[EnvelopeHeader, Sender, bytes]:
    """Every check up to the decompressed plaintext, in the order the module docstring gives."""
    header, sender, body = _decrypt(kind, refusals, data, identity, find_sender)
    try:
        inflater = zlib.decompressobj()
        plain = inflater.decompress(body, kind.max_plain)
        if inflater.unconsumed_tail or not inflater.eof:
            raise refusals.invalid()
    except zlib.error:
        raise refusals.invalid() from None
    return header, sender, plain


def open_envelope_streamed(
    kind: EnvelopeKind,
    refusals: Refusals,
    data: bytes,
    *,
    identity: Identity,
    find_sender: Callable[[bytes], Sender | None],
) -> tuple[EnvelopeHeader, Sender, Generator[bytes, None, None]]:
    """``open_envelope`` for a large file: every check up to the decrypted payload (the
    signature and the GCM tag cover all of it) is made before this returns; the plaintext then
    comes in pieces, inflated by a worker thread while the caller works on the pieces before
    (zlib lets go of the GIL as it inflates). The same bounds: a stream that does not end, or
    that inflates past ``kind.max_plain``, raises ``refusals.invalid`` from the iteration, where
    it is reached. Close the iterator (or run it to its end) to end the worker."""
    header, sender, body = _decrypt(kind, refusals, data, identity, find_sender)
    return header, sender, _inflate_behind(kind, refusals, body)


def _decrypt(
    kind: EnvelopeKind,
    refusals: Refusals,
    data: bytes,
    identity: Identity,
    find_sender: Callable[[bytes], Sender | None],
) -> tuple[EnvelopeHeader, Sender, bytes]:
    """Every check up to the decrypted, still compressed payload."""
    header = read_header(kind, refusals, data)
    if header.recipient != identity.card.fingerprint:
        raise refusals.wrong_recipient()
    sender = find_sender(header.sender)
    if sender is None:
        raise refusals.unknown_sender()
    try:
        Ed25519PublicKey.from_public_bytes(sender.signing_public).verify(
            header.signature, header.header_bytes + header.ciphertext
        )
    except InvalidSignature:
        raise refusals.damaged() from None
    try:
        shared = identity.agreement_key.exchange(
            X25519PublicKey.from_public_bytes(header.ephemeral)
        )
        body = AESGCM(_derive_key(kind, shared, header.header_bytes)).decrypt(
            header.nonce, header.ciphertext, header.header_bytes
        )
    except (InvalidTag, ValueError):
        # Signed by a known vault yet not decryptable: their program is broken, not the file.
        raise refusals.invalid() from None
    return header, sender, body


INFLATE_IN = 256 * 1024  # compressed bytes the worker takes at a time
INFLATE_OUT = 4 * 1024 * 1024  # the largest piece it hands over (a zip bomb fills it and waits)
_INFLATED_AHEAD = 4  # pieces it may be ahead of the caller (memory: 16 MiB at most)
_END = object()


def _inflate_behind(
    kind: EnvelopeKind, refusals: Refusals, body: bytes
) -> Generator[bytes, None, None]:
    """The pieces of ``body``'s plaintext, inflated in a worker thread (see
    ``open_envelope_streamed``). The P12 copy of a whole workplace, 133 MB of JSON lines: its
    0.37 s of inflating no longer adds to the opening's wall time on two cores."""
    pieces: queue.Queue[Any] = queue.Queue(maxsize=_INFLATED_AHEAD)
    stop = threading.Event()

    def hand_over(item: Any) -> bool:
        while not stop.is_set():
            try:
                pieces.put(item, timeout=0.05)
                return True
            except queue.Full:
                continue
        return False

    def work() -> None:
        try:
            inflater = zlib.decompressobj()
            total = 0
            view = memoryview(body)
            for start in range(0, len(view), INFLATE_IN):
                chunk: bytes | memoryview = view[start : start + INFLATE_IN]
                while chunk and not inflater.eof:
                    piece = inflater.decompress(chunk, INFLATE_OUT)
                    chunk = inflater.unconsumed_tail
                    total += len(piece)
                    if total > kind.max_plain:
                        raise refusals.invalid()
                    if piece and not hand_over(piece):
                        return
                if inflater.eof:
                    break
            if not inflater.eof:
                raise refusals.invalid()
            hand_over(_END)
        except zlib.error:
            hand_over(refusals.invalid())
        except BaseException as error:  # noqa: BLE001 - handed to the caller's thread
            hand_over(error)

    worker = threading.Thread(target=work, name="forum-kit-inflate", daemon=True)
    worker.start()
    try:
        while True:
            item = pieces.get()
            if item is _END:
                return
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        worker.join()


def check_fresh(
    refusals: Refusals,
    header: EnvelopeHeader,
    *,
    seen: bool,
    last_at: datetime | None,
    allow_older: bool = False,
) -> bool:
    """The replay and age checks: ``seen`` (this file id was taken in before) is refused; a file
    created before ``last_at`` (the newest taken in from the same sender) is refused unless
    ``allow_older``. Returns True when the file is older and was allowed."""
    if seen:
        raise refusals.already_seen()
    if last_at is not None and header.created < last_at:
        if not allow_older:
            raise refusals.older()
        return True
    return False


def read_envelope_file(path: str | os.PathLike[str], kind: EnvelopeKind, what: str) -> bytes:
    """Read a file, at most one byte past the kind's limit (a larger one is then refused as
    damaged by ``read_header``, without reading it all)."""
    try:
        with open(path, "rb") as handle:
            return handle.read(kind.max_file + 1)
    except FileNotFoundError:
        raise InvalidInput(
            _("The {what} file does not exist; check its name and folder.").format(what=what)
        ) from None
    except IsADirectoryError:
        raise InvalidInput(
            _("That is a folder; choose the {what} file itself.").format(what=what)
        ) from None
    except OSError:
        raise InvalidInput(
            _("The {what} file cannot be read; check its permissions.").format(what=what)
        ) from None


def json_line(value: Any) -> bytes:
    """One value of a JSON-lines payload (UTF-8, names as typed, no spaces)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"


def read_json_lines(refusals: Refusals, plain: bytes | Iterable[bytes]) -> Iterator[Any]:
    """The values of a JSON-lines payload, one at a time (blank lines skipped); a line that is
    not UTF-8 JSON is refused with ``refusals.invalid``. ``plain`` is the payload, or its pieces
    in order (``open_envelope_streamed``'s), a line possibly split between two: only such a
    line is joined again, the others are read where they are."""
    if isinstance(plain, bytes | bytearray):
        yield from _lines(refusals, plain, 0, len(plain))
        return
    carry = b""
    for piece in plain:
        first = piece.find(b"\n")
        if first < 0:
            carry += piece
            continue
        yield from _lines(refusals, carry + piece[:first], 0, first + len(carry))
        last = piece.rfind(b"\n")
        yield from _lines(refusals, piece, first + 1, last)
        carry = piece[last + 1 :]
    yield from _lines(refusals, carry, 0, len(carry))


def _lines(refusals: Refusals, plain: bytes, start: int, stop: int) -> Iterator[Any]:
    """The values of the lines of ``plain[start:stop]``, each decoded where it lies."""
    view = memoryview(plain)
    while start < stop:
        end = plain.find(b"\n", start, stop)
        end = stop if end < 0 else end
        if end > start:
            try:
                yield json.loads(str(view[start:end], "utf-8"))
            except (UnicodeDecodeError, ValueError, RecursionError):
                raise refusals.invalid() from None
        start = end + 1
