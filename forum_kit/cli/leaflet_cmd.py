"""``forum-kit leaflet``: a shop-floor leaflet from a JSON spec, no vault needed.

Owns reading and checking the JSON spec (every mistake named by its key, unknown keys refused so
a typo is not silently ignored) and the writing steps every document command shares
(``add_output_options``, ``write_document``): say which personal data the document carries
before anything is written, build in memory, then write the file atomically, protected with
AES-256 when ``--password-file`` is given, so a failed build never leaves a partial file.
"""

from __future__ import annotations

import argparse
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from forum_kit.cli.common import read_secret_file, warn
from forum_kit.errors import InvalidInput
from forum_kit.i18n import LANGUAGES, _, document_language, ngettext

SPEC_KEYS = ("template", "headline", "visual", "paragraphs", "demands", "call_to_action",
             "who_we_are", "contact", "language", "words", "second", "second_layout", "paper",
             "n_up")
SECOND_KEYS = ("headline", "paragraphs", "demands", "call_to_action", "who_we_are", "contact",
               "language", "words")
CTA_KEYS = ("what", "when", "where")
MAX_SPEC_BYTES = 1_000_000

EXAMPLE = """{
  "template": "meeting",
  "headline": "Forced overtime ends when we say so",
  "visual": "clock",
  "paragraphs": ["Three weekends in a row ...", "Management says ..."],
  "demands": ["Overtime by rota", "Two weeks' notice"],
  "call_to_action": {"what": "Come to the meeting", "when": "Thursday 18:00",
                     "where": "Canteen"},
  "who_we_are": "The warehouse workers' committee",
  "contact": "committee@example.org",
  "language": "en",
  "paper": "A4", "n_up": 1
}"""


def register(subparsers: Any) -> None:
    """Add the leaflet command."""
    p = subparsers.add_parser(
        "leaflet", help="make a leaflet PDF from a JSON spec (no vault needed)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Make a shop-floor leaflet. The spec is a JSON object, for example:\n\n"
        + EXAMPLE + "\n\nvisual is a pictogram (megaphone, fist, clock, handshake, hardhat, "
        "people) or a PNG/JPEG path relative to the spec; 'second' holds the same keys "
        "(headline, paragraphs, ...) in a second language, 'second_layout' is side or back. "
        "The leaflet's fixed words come in its language (" + _languages() + "); 'words' "
        "overrides any of them (" + _word_keys() + "), and a language not listed needs all "
        "of them there, e.g. \"words\": {\"when\": \"...\", \"where\": \"...\"}.")
    p.add_argument("--spec", metavar="FILE.json", type=Path, required=True,
                   help="the leaflet spec (JSON)")
    add_output_options(p)
    p.set_defaults(handler=run)


def _languages() -> str:
    from forum_kit.reports.leaflet_words import LANGUAGES

    return ", ".join(LANGUAGES)


def _word_keys() -> str:
    from forum_kit.reports.leaflet_words import WORD_KEYS

    return ", ".join(WORD_KEYS)


def add_output_options(parser: argparse.ArgumentParser) -> None:
    """``--out`` and ``--password-file``, shared by every document command."""
    parser.add_argument("--out", metavar="FILE.pdf", type=Path, required=True,
                        help="where to write the PDF (replaced atomically)")
    parser.add_argument("--password-file", metavar="FILE", type=Path,
                        help="protect the PDF (AES-256) with the password on FILE's first line")
    parser.add_argument("--language", metavar="CODE", choices=sorted(LANGUAGES),
                        help="the language of the document's own words (headings, legends, "
                        "privacy lines): " + ", ".join(sorted(LANGUAGES)) + " (default: the "
                        "command line's, from LANG)")


def write_document(args: argparse.Namespace, spec: Any,
                   build: Callable[[Any, io.BytesIO], Any]) -> int:
    """Say what personal data ``spec`` carries, build it in memory, then write ``args.out``."""
    from forum_kit.queries.documents import personal_data_line, save_pdf
    from forum_kit.reports import personal_data_of
    from forum_kit.reports.protect import MIN_PASSWORD_LENGTH

    password = None
    if args.password_file is not None:
        password = read_secret_file(args.password_file, _("password"))
        if len(password) < MIN_PASSWORD_LENGTH:
            raise InvalidInput(_("The password must have at least {MIN_PASSWORD_LENGTH} "
                               "characters; nothing was written.").format(
                                       MIN_PASSWORD_LENGTH=MIN_PASSWORD_LENGTH))
    out = Path(args.out)
    if out.is_dir():
        raise InvalidInput(_("--out is a folder; give a file name such as leaflet.pdf."))
    if not (out.parent if str(out.parent) else Path(".")).is_dir():
        raise InvalidInput(_("--out: the folder to save the document in does not exist."))
    # a spec may say itself what it carries (the grievance paperwork does)
    personal = getattr(spec, "personal_data", None) or personal_data_of(spec)
    print(personal_data_line(personal), flush=True)
    if personal == "names" and password is None:
        warn(_("this PDF holds coworkers' full names and is not password protected; keep it "
             "with you and shred printouts after use (--password-file protects it)."))
    buffer = io.BytesIO()
    with document_language(getattr(args, "language", None)):
        info = build(spec, buffer)
    save_pdf(buffer.getvalue(), out, password=password)
    if password is not None:
        print(ngettext("Wrote {out} ({n} page, protected with a password (AES-256)).",
                       "Wrote {out} ({n} pages, protected with a password (AES-256)).",
                       info.pages).format(out=out, n=info.pages))
    else:
        print(ngettext("Wrote {out} ({n} page).", "Wrote {out} ({n} pages).",
                       info.pages).format(out=out, n=info.pages))
    return 0


# ---- the spec -----------------------------------------------------------------------------


def _text(value: object, key: str) -> str:
    if not isinstance(value, str):
        raise InvalidInput(_("{key}: expected a text in quotes.").format(key=key))
    return value


def _texts(value: object, key: str) -> tuple[str, ...]:
    if isinstance(value, str):
        # One text given where a list belongs: accept it as a list of one.
        value = [value]
    if not isinstance(value, list):
        raise InvalidInput(_("{key}: expected a list of texts, like [\"first\", "
                             "\"second\"].").format(key=key))
    return tuple(_text(v, f"{key}[{i}]") for i, v in enumerate(value, 1) if str(v).strip())


def _unknown(data: dict, allowed: tuple[str, ...], where: str) -> None:
    extra = sorted(set(data) - set(allowed))
    if extra:
        raise InvalidInput(_("{where}{extra}: unknown key; allowed keys are "
                           "{value}.").format(
                                   where=where, extra=extra[0], value=', '.join(allowed)))


def _cta(value: object, key: str) -> Any:
    from forum_kit.reports import CallToAction

    if value is None:
        return None
    if not isinstance(value, dict):
        raise InvalidInput(_("{key}: expected an object with what, when and "
                             "where.").format(key=key))
    _unknown(value, CTA_KEYS, f"{key}.")
    parts = {k: _text(value.get(k, ""), f"{key}.{k}") for k in CTA_KEYS}
    return CallToAction(**parts)


def _body_fields(data: dict, prefix: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if "headline" not in data:
        raise InvalidInput(_("{prefix}headline: a leaflet needs a headline.").format(prefix=prefix))
    for key in ("headline", "who_we_are", "contact", "language"):
        if key in data:
            out[key] = _text(data[key], prefix + key)
    for key in ("paragraphs", "demands"):
        if key in data:
            out[key] = _texts(data[key], prefix + key)
    if "call_to_action" in data:
        out["call_to_action"] = _cta(data["call_to_action"], prefix + "call_to_action")
    if "words" in data:
        words = data["words"]
        if not isinstance(words, dict):
            raise InvalidInput(_("{prefix}words: expected an object such as "
                               "{{\"when\": \"...\", \"where\": \"...\"}}.").format(prefix=prefix))
        out["words"] = tuple((str(k), _text(v, f"{prefix}words.{k}")) for k, v in words.items())
    return out


def leaflet_from_json(data: object, *, base: Path) -> Any:
    """A ``LeafletSpec`` from parsed JSON; image paths are relative to ``base``."""
    from forum_kit.reports import LeafletBody, LeafletSpec

    if not isinstance(data, dict):
        raise InvalidInput(_("The spec must be a JSON object: { \"headline\": ..., ... }."))
    _unknown(data, SPEC_KEYS, "")
    fields = _body_fields(data, "")
    fields["template"] = _text(data.get("template", "meeting"), "template")
    if "visual" in data:
        visual = data["visual"]
        if visual is None or visual == "":
            fields["visual"] = None
        else:
            visual = _text(visual, "visual")
            fields["visual"] = visual if visual.isalpha() else str(base / visual)
    for key in ("paper", "second_layout"):
        if key in data:
            fields[key] = _text(data[key], key)
    if "n_up" in data:
        n_up = data["n_up"]
        if isinstance(n_up, bool) or n_up not in (1, 2, 4):
            raise InvalidInput(_("n_up: must be 1, 2 or 4 leaflets per sheet."))
        fields["n_up"] = n_up
    second = data.get("second")
    if second is not None:
        if not isinstance(second, dict):
            raise InvalidInput(_("second: expected an object with the second language's texts."))
        _unknown(second, SECOND_KEYS, "second.")
        fields["second"] = LeafletBody(**_body_fields(second, "second."))
    return LeafletSpec(**fields)


def read_spec(path: Path) -> Any:
    """Read and check the JSON spec at ``path``."""
    try:
        if path.stat().st_size > MAX_SPEC_BYTES:
            raise InvalidInput(_("--spec: the file is too large for a leaflet spec."))
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InvalidInput(_("--spec: the file does not exist; check the path.")) from None
    except OSError:
        raise InvalidInput(_("--spec: the file cannot be read.")) from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise InvalidInput(_("--spec: the file is not UTF-8 text.")) from None
    except json.JSONDecodeError as exc:
        raise InvalidInput(_("--spec: not valid JSON (line {lineno}, column {colno}): "
                           "{msg}.").format(
                                   lineno=exc.lineno, colno=exc.colno, msg=exc.msg)) from None
    return leaflet_from_json(data, base=path.resolve().parent)


def run(args: argparse.Namespace) -> int:
    """Check the spec, then write the leaflet."""
    from forum_kit.reports import build_leaflet, leaflet_warnings
    from forum_kit.reports.leaflet import validate_leaflet

    spec = read_spec(args.spec)
    validate_leaflet(spec)
    for advice in leaflet_warnings(spec):
        warn(advice)
    return write_document(args, spec, build_leaflet)
