"""Council bundles: what a forum sends up to its council, sealed so only that council can read
it and anyone can tell whether it came unaltered from the forum (SECURITY.md table E).

Owns the bundle format v1 and its refusals: the format's constants, the errors (codes 30-37, one
for each way a bundle is refused), ``seal``, and reading a bundle back up to its decoded JSON
(``read_header``, ``_open``, ``read_bundle_file``). The rest of the feature lives beside it:
``bundle_check`` reads the decoded JSON strictly, ``bundle_export`` builds and sends the payload
from a forum vault, ``bundle_import`` checks and imports it in a council vault; ``downward``
reuses the refusals for the council's agendas and decisions.

Format v1 is the shared envelope of ``forum_kit.exchange.envelope`` with the magic "FKBUNDLE":
the payload is compressed JSON, encrypted to the council's key card and signed by the forum. A
reader checks, in this order and before decrypting anything: magic, major version, exact length,
recipient, sender trusted, signature; then decrypts, decompresses (bounded), validates the JSON
strictly, refuses a replay, and imports in the caller's one transaction. A newer minor version
may add header extension bytes and payload keys; this reader skips both.
"""

from __future__ import annotations

import json
import os
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from forum_kit.errors import ForumKitError
from forum_kit.exchange.envelope import (
    EnvelopeHeader,
    EnvelopeKind,
    Sender,
    open_envelope,
    read_envelope_file,
    seal_envelope,
)
from forum_kit.exchange.envelope import read_header as envelope_header
from forum_kit.exchange.identity import Identity, PeerRow, find_peer
from forum_kit.i18n import N_

__all__ = [
    "FORMAT_MAJOR",
    "FORMAT_MINOR",
    "MAGIC",
    "BundleAlreadyImported",
    "BundleDamaged",
    "BundleError",
    "BundleHeader",
    "BundleInvalid",
    "BundleOlder",
    "BundleTooNew",
    "BundleUnknownSender",
    "BundleWrongRecipient",
    "NotABundle",
    "read_bundle_file",
    "read_header",
    "seal",
]

MAGIC = b"FKBUNDLE"
FORMAT_MAJOR = 1
# Two branches each made a 1.1: one added the optional "community" (mutual aid, time bank) and
# "retaliation" sections, the other the sender's kind and threshold, how a council decided its
# mandate, a total row and lower bounds (the small-numbers rule). 1.2 holds both; a 1.0 or either
# 1.1 still reads, since every key they lack is optional.
FORMAT_MINOR = 2
MAX_BUNDLE = 32 * 1024 * 1024
MAX_PAYLOAD = 16 * 1024 * 1024
_HKDF_INFO = b"forum-kit bundle v1\0"


# --------------------------------------------------------------------------------------- errors


class BundleError(ForumKitError):
    """Base of the bundle errors; each kind has its own code (30-37) and CLI exit status."""

    code = 30
    default_message = N_("This file is not a Forum Kit council bundle; nothing was imported.")


class NotABundle(BundleError):
    code = 30


class BundleTooNew(BundleError):
    code = 31
    default_message = N_(
        "This bundle was made by a newer Forum Kit (a newer bundle format). Update Forum Kit to "
        "import it; nothing was imported."
    )


class BundleDamaged(BundleError):
    code = 32
    default_message = N_(
        "The bundle is damaged or altered (truncated, changed, or its signature does not match "
        "the sender's key). Ask the forum to send it again; nothing was imported."
    )


class BundleWrongRecipient(BundleError):
    code = 33
    default_message = N_(
        "This bundle is for another council (it was encrypted to a different vault's key); "
        "nothing was imported."
    )


class BundleUnknownSender(BundleError):
    code = 34
    default_message = N_(
        "Unknown sender: compare fingerprints and trust the forum first "
        "('forum-kit keys trust'); nothing was imported."
    )


class BundleAlreadyImported(BundleError):
    code = 35
    default_message = N_("This bundle was already imported; nothing was imported again.")


class BundleOlder(BundleError):
    code = 36
    default_message = N_(
        "This bundle is older than the last one imported from the same forum (it may be a "
        "replayed copy). Import it anyway only if you expected it (--allow-older)."
    )


class BundleInvalid(BundleError):
    code = 37
    default_message = N_(
        "The bundle is signed by a trusted forum but its content does not follow the format; "
        "nothing was imported. Ask the forum which Forum Kit version made it."
    )


# ---------------------------------------------------------------------------------- the format


class _Refusals:
    """The bundle's sentence for each way the shared envelope refuses a file."""

    not_a_file = NotABundle
    too_new = BundleTooNew
    damaged = BundleDamaged
    wrong_recipient = BundleWrongRecipient
    unknown_sender = BundleUnknownSender
    already_seen = BundleAlreadyImported
    older = BundleOlder
    invalid = BundleInvalid


KIND = EnvelopeKind(
    magic=MAGIC,
    label=_HKDF_INFO,
    major=FORMAT_MAJOR,
    minor=FORMAT_MINOR,
    max_file=MAX_BUNDLE,
    max_plain=MAX_PAYLOAD,
)
REFUSALS = _Refusals()
BundleHeader = EnvelopeHeader


def seal(
    payload: dict[str, Any],
    *,
    sender: Identity,
    recipient_fingerprint: bytes,
    recipient_agreement_public: bytes,
    created: datetime,
    bundle_id: bytes | None = None,
    major: int = FORMAT_MAJOR,
    minor: int = FORMAT_MINOR,
    extension: bytes = b"",
) -> bytes:
    """Encrypt ``payload`` to the recipient and sign the whole bundle with the sender's key.
    ``major``, ``minor`` and ``extension`` exist so tests can make other versions' bundles."""
    plain = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return seal_envelope(
        KIND,
        plain.encode(),
        sender=sender,
        recipient_fingerprint=recipient_fingerprint,
        recipient_agreement_public=recipient_agreement_public,
        created=created,
        file_id=bundle_id,
        major=major,
        minor=minor,
        extension=extension,
    )


def read_header(data: bytes) -> BundleHeader:
    """Parse the outer layer strictly (magic, version, exact length); checks no key."""
    return envelope_header(KIND, REFUSALS, data)


def _find_peer(session: Session) -> Any:
    def find(fingerprint: bytes) -> Sender | None:
        peer = find_peer(session, fingerprint)
        return None if peer is None else Sender(peer.signing_public, peer)

    return find


def _open(data: bytes, identity: Identity, session: Session) -> tuple[BundleHeader, PeerRow, Any]:
    """Every check up to the decoded JSON, in the order the module docstring gives."""
    header, sender, plain = open_envelope(
        KIND, REFUSALS, data, identity=identity, find_sender=_find_peer(session)
    )
    try:
        decoded = json.loads(plain.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BundleInvalid() from None
    peer = sender.record
    assert isinstance(peer, PeerRow)
    return header, peer, decoded


def read_bundle_file(path: str | os.PathLike[str]) -> bytes:
    """Read a bundle file, at most one byte past ``MAX_BUNDLE`` (a larger one is then refused
    as too large by ``import_bundle``, without reading it all)."""
    return read_envelope_file(path, KIND, "bundle")
