"""``forum-kit keys``: this vault's public key card and the vaults it trusts for council bundles.

``show`` prints the card (display name, both public keys, fingerprint), making the keys on first
use; ``export`` writes the card to a file; ``trust`` adds another vault's card only when the
fingerprint typed (compared in person, aloud or on paper) matches; ``list`` shows trusted vaults;
``untrust`` forgets one that has sent nothing yet. Private keys never leave the vault.
"""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from forum_kit.cli.common import add_secret_options, add_vault_path, opened_vault
from forum_kit.i18n import _


def register(subparsers: Any) -> None:
    """Add ``keys`` and its actions."""
    p = subparsers.add_parser(
        "keys",
        help="this vault's key card and trusted vaults",
        description="Key cards and fingerprints for exchanging signed, encrypted council bundles.",
    )
    actions = p.add_subparsers(dest="keys_action", metavar="ACTION")
    show = actions.add_parser("show", help="print this vault's key card and fingerprint")
    add_vault_path(show)
    show.add_argument("--name", help="set the display name on the card (default: folder name)")
    add_secret_options(show)
    export = actions.add_parser("export", help="write this vault's key card to a file")
    add_vault_path(export)
    export.add_argument("--out", required=True, type=Path, metavar="FILE", help="the card file")
    add_secret_options(export)
    trust = actions.add_parser(
        "trust", help="trust another vault's card after comparing its fingerprint in person"
    )
    add_vault_path(trust)
    trust.add_argument("card", type=Path, metavar="CARD", help="the other vault's card file")
    trust.add_argument(
        "--fingerprint",
        required=True,
        metavar="XXXX-XXXX-...",
        help="the fingerprint as the other vault's holder read it to you",
    )
    trust.add_argument(
        "--kind",
        choices=("forum", "council"),
        default="forum",
        help="what the other vault is (default: forum)",
    )
    trust.add_argument("--name", help="the name to list it under (default: the card's)")
    add_secret_options(trust)
    listing = actions.add_parser("list", help="list trusted vaults")
    add_vault_path(listing)
    add_secret_options(listing)
    untrust = actions.add_parser("untrust", help="forget a trusted vault that sent nothing yet")
    add_vault_path(untrust)
    untrust.add_argument("--fingerprint", required=True, metavar="XXXX-XXXX-...")
    add_secret_options(untrust)
    p.set_defaults(handler=run)


def _read_card(path: Path) -> str:
    from forum_kit.errors import InvalidInput

    try:
        if path.stat().st_size > 4000:
            raise InvalidInput(_("That file is too large to be a key card."))
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InvalidInput(_("The card file does not exist; check the path.")) from None
    except (OSError, UnicodeDecodeError):
        raise InvalidInput(_("The card file cannot be read as text.")) from None


def run(args: argparse.Namespace) -> int:
    """Carry out one ``keys`` action."""
    from forum_kit.cli.output import table
    from forum_kit.exchange import identity
    from forum_kit.files import write_atomic

    action = getattr(args, "keys_action", None)
    if action is None:
        print(_("forum-kit keys: choose show, export, trust, list or untrust."))
        return 2
    now = datetime.now(UTC)
    with opened_vault(args) as vault, vault.unit_of_work() as session:
        if action == "show":
            if args.name:
                card = identity.set_display_name(session, name=args.name, now=now)
            else:
                card = identity.own_card(session, default_name=vault.name, now=now)
            print(identity.card_text(card), end="")
            print(_("Read the fingerprint aloud to the other vault's holder; they type it in."))
        elif action == "export":
            card = identity.own_card(session, default_name=vault.name, now=now)
            write_atomic(args.out, identity.card_text(card).encode("utf-8"), private=False)
            print(_("Key card written. Fingerprint: "
                    "{fingerprint_text}").format(fingerprint_text=card.fingerprint_text))
        elif action == "trust":
            peer = identity.trust_peer(
                session,
                card=_read_card(args.card),
                fingerprint=args.fingerprint,
                kind=args.kind,
                name=args.name,
                added_on=date.today(),
            )
            print(_("Trusted {kind} '{name}' "
                    "({fingerprint}).").format(
                            kind=peer.kind, name=peer.name, fingerprint=peer.fingerprint))
        elif action == "list":
            peers = identity.trusted_peers(session)
            if not peers:
                print(_("No trusted vaults yet; add one with 'forum-kit keys trust'."))
                return 0
            rows = [
                (
                    p.name,
                    p.kind,
                    p.fingerprint,
                    p.added_on.isoformat(),
                    "-" if p.last_bundle_at is None else p.last_bundle_at.isoformat(" ", "minutes"),
                )
                for p in peers
            ]
            print(table((_("Name"), _("Kind"), _("Fingerprint"), _("Added"),
                         _("Last bundle")), rows))
        elif action == "untrust":
            identity.untrust_peer(session, fingerprint=args.fingerprint)
            print(_("The vault is no longer trusted."))
    return 0
