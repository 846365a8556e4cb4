"""This vault's identity for confederation and the peers it trusts.

Owns the vault's two keypairs (Ed25519 to sign bundles, X25519 to receive them), made lazily on
first use and kept only inside the encrypted database (``vault_keys``); the public key card people
swap (text with both public keys and a fingerprint); the fingerprint itself (SHA-256 over both
public keys, first 20 bytes, base32 in eight groups of four, short enough to read aloud); and
``trusted_peers``, which a card enters only when the user types the fingerprint they compared in
person with the other vault's holder. Nothing here logs or prints a key.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime

import sqlalchemy as sa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy.orm import Session

from forum_kit.errors import Conflict, InvalidInput, NotFound
from forum_kit.i18n import N_, _
from forum_kit.models.assembly import Body
from forum_kit.models.enums import BodyKind
from forum_kit.models.federation import ReceivedBundle, TrustedPeer, VaultKey

__all__ = [
    "CARD_HEADER",
    "FINGERPRINT_BYTES",
    "FingerprintMismatch",
    "Identity",
    "PeerRow",
    "PublicCard",
    "card_text",
    "clean_name",
    "ensure_identity",
    "find_peer",
    "fingerprint_of",
    "format_fingerprint",
    "own_card",
    "parse_card",
    "parse_fingerprint",
    "set_display_name",
    "trust_peer",
    "trusted_peers",
    "untrust_peer",
]

FINGERPRINT_BYTES = 20
CARD_HEADER = "Forum Kit public key card v1"
MAX_NAME = 200
_KEY_BYTES = 32


class FingerprintMismatch(InvalidInput):
    """The fingerprint typed does not match the card: the card is not the one compared."""

    default_message = (
        N_("The fingerprint typed does not match this card. Compare it again in person with the "
        "other vault's holder; nothing was trusted.")
    )


@dataclass(frozen=True)
class PublicCard:
    """What one vault tells another: a display name and its two public keys."""

    name: str
    signing_public: bytes
    agreement_public: bytes

    @property
    def fingerprint(self) -> bytes:
        return fingerprint_of(self.signing_public, self.agreement_public)

    @property
    def fingerprint_text(self) -> str:
        return format_fingerprint(self.fingerprint)


@dataclass(frozen=True)
class Identity:
    """This vault's keys, loaded for one operation; never handed to the interface."""

    display_name: str
    signing_key: Ed25519PrivateKey
    agreement_key: X25519PrivateKey
    card: PublicCard


@dataclass(frozen=True)
class PeerRow:
    id: int
    name: str
    kind: str
    fingerprint: str
    added_on: date
    last_bundle_at: datetime | None
    body_id: int | None
    signing_public: bytes
    agreement_public: bytes


def fingerprint_of(signing_public: bytes, agreement_public: bytes) -> bytes:
    """SHA-256 over both public keys (with a label, so no other hash collides), first 20 bytes."""
    digest = hashlib.sha256(b"forum-kit-fingerprint-v1\0" + signing_public + agreement_public)
    return digest.digest()[:FINGERPRINT_BYTES]


def format_fingerprint(raw: bytes) -> str:
    """``ABCD-EFGH-...``: 32 base32 characters in eight groups of four."""
    text = base64.b32encode(raw).decode("ascii")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_fingerprint(text: str) -> bytes:
    """The 20 raw bytes of a typed fingerprint; case, spaces and hyphens do not matter, and the
    digits 0 and 1 (not in base32) are read as the letters O and I people confuse them with."""
    if not isinstance(text, str):
        raise InvalidInput(_("The fingerprint must be text like ABCD-EFGH-... (8 groups of 4)."))
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t")
    cleaned = cleaned.replace("0", "O").replace("1", "I")
    if len(cleaned) != 32:
        raise InvalidInput(
            _("The fingerprint must have 32 letters and digits (8 groups of 4); check it.")
        )
    try:
        return base64.b32decode(cleaned)
    except (binascii.Error, ValueError):
        raise InvalidInput(
            _("The fingerprint has characters that cannot be in one (use A-Z and 2-7).")
        ) from None


def clean_name(value: object) -> str:
    if not isinstance(value, str):
        raise InvalidInput(_("The vault's display name must be text."))
    name = unicodedata.normalize("NFC", value).strip()
    if not name or len(name) > MAX_NAME:
        raise InvalidInput(_("The display name must have 1 to {MAX_NAME} "
                             "characters.").format(MAX_NAME=MAX_NAME))
    if any(unicodedata.category(ch).startswith("C") for ch in name):
        raise InvalidInput(_("The display name cannot contain control characters or line breaks."))
    return name


def _raw_public(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def ensure_identity(session: Session, *, default_name: str, now: datetime) -> Identity:
    """This vault's identity, made on first use (named ``default_name``) and stored encrypted."""
    row = session.execute(sa.select(VaultKey).order_by(VaultKey.id)).scalars().first()
    if row is None:
        signing = Ed25519PrivateKey.generate()
        agreement = X25519PrivateKey.generate()
        row = VaultKey(
            display_name=clean_name(default_name),
            signing_private=signing.private_bytes_raw(),
            signing_public=_raw_public(signing),
            agreement_private=agreement.private_bytes_raw(),
            agreement_public=_raw_public(agreement),
            created_at=now.replace(tzinfo=None),
        )
        session.add(row)
        session.flush()
    signing_key = Ed25519PrivateKey.from_private_bytes(row.signing_private)
    agreement_key = X25519PrivateKey.from_private_bytes(row.agreement_private)
    card = PublicCard(row.display_name, row.signing_public, row.agreement_public)
    return Identity(row.display_name, signing_key, agreement_key, card)


def own_card(session: Session, *, default_name: str, now: datetime) -> PublicCard:
    """This vault's public card (making the keys on first use)."""
    return ensure_identity(session, default_name=default_name, now=now).card


def set_display_name(session: Session, *, name: str, now: datetime) -> PublicCard:
    """Rename this vault on its card; the keys and the fingerprint stay the same."""
    clean = clean_name(name)
    ensure_identity(session, default_name=clean, now=now)
    row = session.execute(sa.select(VaultKey).order_by(VaultKey.id)).scalars().first()
    assert row is not None
    row.display_name = clean
    session.flush()
    return PublicCard(row.display_name, row.signing_public, row.agreement_public)


def card_text(card: PublicCard) -> str:
    """The card as a few lines of text, to hand over on a stick, by mail or on paper."""
    b64 = base64.b64encode
    return (
        f"{CARD_HEADER}\n"
        f"Name: {card.name}\n"
        f"Signing key: {b64(card.signing_public).decode('ascii')}\n"
        f"Agreement key: {b64(card.agreement_public).decode('ascii')}\n"
        f"Fingerprint: {card.fingerprint_text}\n"
    )


def _card_key(value: str, what: str) -> bytes:
    try:
        raw = base64.b64decode(value.strip(), validate=True)
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != _KEY_BYTES:
        raise InvalidInput(_("The card's {what} is damaged; ask for the card "
                             "again.").format(what=what))
    return raw


def parse_card(text: str) -> PublicCard:
    """A card read back from its text; refuses anything damaged or inconsistent."""
    if not isinstance(text, str) or len(text) > 4000:
        raise InvalidInput(_("This is not a Forum Kit public key card."))
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if not lines or lines[0] != CARD_HEADER:
        raise InvalidInput(_("This is not a Forum Kit public key card (its first line is wrong)."))
    fields: dict[str, str] = {}
    for line in lines[1:]:
        label, sep, value = line.partition(":")
        if not sep or label in fields:
            raise InvalidInput(_("The key card is damaged (a line is not 'Label: value')."))
        fields[label.strip()] = value.strip()
    wanted = {"Name", "Signing key", "Agreement key", "Fingerprint"}
    if set(fields) != wanted:
        raise InvalidInput(_("The key card is damaged (lines are missing or extra)."))
    card = PublicCard(
        name=clean_name(fields["Name"]),
        signing_public=_card_key(fields["Signing key"], "signing key"),
        agreement_public=_card_key(fields["Agreement key"], "agreement key"),
    )
    if parse_fingerprint(fields["Fingerprint"]) != card.fingerprint:
        raise InvalidInput(_("The key card is damaged: its fingerprint does not fit its keys."))
    return card


def _peer_row(p: TrustedPeer) -> PeerRow:
    return PeerRow(
        id=p.id,
        name=p.name,
        kind=str(p.kind),
        fingerprint=format_fingerprint(p.fingerprint),
        added_on=p.added_on,
        last_bundle_at=p.last_bundle_at,
        body_id=p.body_id,
        signing_public=p.signing_public,
        agreement_public=p.agreement_public,
    )


def trust_peer(
    session: Session,
    *,
    card: str,
    fingerprint: str,
    kind: BodyKind | str,
    added_on: date,
    name: str | None = None,
    body_id: int | None = None,
) -> PeerRow:
    """Trust the vault on ``card`` if ``fingerprint`` (typed by the user after comparing it in
    person) matches; ``name`` overrides the card's display name for this vault's lists."""
    parsed = parse_card(card)
    if parse_fingerprint(fingerprint) != parsed.fingerprint:
        raise FingerprintMismatch()
    try:
        peer_kind = BodyKind(kind)
    except ValueError:
        raise InvalidInput(_("The peer's kind must be forum or council.")) from None
    if isinstance(added_on, datetime) or not isinstance(added_on, date):
        raise InvalidInput(_("The date the peer was added must be a date."))
    own = session.execute(sa.select(VaultKey.signing_public)).scalars().first()
    if own is not None and own == parsed.signing_public:
        raise InvalidInput(_("That is this vault's own card; trust another vault's card."))
    label = clean_name(name if name is not None else parsed.name)
    if session.execute(
        sa.select(TrustedPeer.id).where(TrustedPeer.fingerprint == parsed.fingerprint)
    ).first():
        raise Conflict(_("That vault is already trusted."))
    if session.execute(sa.select(TrustedPeer.id).where(TrustedPeer.name == label)).first():
        raise Conflict(_("Another trusted vault has that name; give this one another with --name."))
    if body_id is not None and session.get(Body, body_id) is None:
        raise NotFound(_("That forum or council does not exist."))
    peer = TrustedPeer(
        name=label,
        kind=peer_kind,
        signing_public=parsed.signing_public,
        agreement_public=parsed.agreement_public,
        fingerprint=parsed.fingerprint,
        added_on=added_on,
        body_id=body_id,
    )
    session.add(peer)
    session.flush()
    return _peer_row(peer)


def untrust_peer(session: Session, *, fingerprint: str) -> None:
    """Stop trusting a vault that has sent nothing yet (a peer with imports stays on record)."""
    peer = session.execute(
        sa.select(TrustedPeer).where(TrustedPeer.fingerprint == parse_fingerprint(fingerprint))
    ).scalar_one_or_none()
    if peer is None:
        raise NotFound(_("No trusted vault has that fingerprint."))
    if session.execute(
        sa.select(ReceivedBundle.id).where(ReceivedBundle.peer_id == peer.id)
    ).first():
        raise Conflict(_("Bundles from that vault were imported; it stays on record."))
    session.delete(peer)
    session.flush()


def trusted_peers(session: Session) -> list[PeerRow]:
    """Every trusted vault, by name."""
    rows = session.execute(sa.select(TrustedPeer).order_by(TrustedPeer.name)).scalars()
    return [_peer_row(p) for p in rows]


def find_peer(session: Session, fingerprint: bytes | str) -> PeerRow | None:
    """The trusted vault with this fingerprint (raw bytes or typed text), or None."""
    raw = parse_fingerprint(fingerprint) if isinstance(fingerprint, str) else fingerprint
    peer = session.execute(
        sa.select(TrustedPeer).where(TrustedPeer.fingerprint == raw)
    ).scalar_one_or_none()
    return None if peer is None else _peer_row(peer)
