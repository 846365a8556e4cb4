"""Which spreadsheet column holds which chart field: the guess, the overrides and the memory.

Owns the importable ``FIELDS`` (with the labels people see), the synonym table built from the
headers real charts use (the OPEIU chart, EWOC-style sheets, other organising databases' exports,
a few Spanish, German and French words), header normalisation (case, accents, punctuation),
``guess_mapping``, ``header_score`` (used to find the header row), command-line overrides and the
remembered mappings. Remembered mappings hold only a hash of the header row and column indexes,
never a cell value, in ``import_mappings.json`` beside the user's config file.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import secrets
import unicodedata
from collections.abc import Iterable, Mapping
from pathlib import Path

from forum_kit.errors import InvalidInput
from forum_kit.i18n import N_, _

log = logging.getLogger(__name__)

MAPPINGS_FILE = "import_mappings.json"
MAX_REMEMBERED = 50

FIELDS: dict[str, str] = {
    "first_name": N_("First name"),
    "last_name": N_("Last name"),
    "full_name": N_("Full name"),
    "area": N_("Area / department"),
    "shift": N_("Shift"),
    "job_title": N_("Job title"),
    "employment": N_("FT/PT"),
    "employee_number": N_("Employee number"),
    "phone": N_("Phone"),
    "email": N_("Email"),
    "language": N_("Language"),
    "assessment": N_("Assessment"),
    "assessed_on": N_("Assessment date"),
    "committee": N_("Committee role"),
    "card_signed": N_("Card signed"),
    "card_signed_on": N_("Card date"),
    "last_contact_on": N_("Last contact date"),
    "contact_by": N_("Contacted by"),
    "notes": N_("Notes"),
}

def field_label(key: str) -> str:
    """The label of the field ``key`` in the current language (the key itself when unknown)."""
    return _(FIELDS[key]) if key in FIELDS else key


_SYNONYMS: dict[str, tuple[str, ...]] = {
    "first_name": (
        "first name", "first", "given name", "given names", "forename", "first names", "fname",
        "nombre", "vorname", "prenom", "worker first name", "employee first name",
    ),
    "last_name": (
        "last name", "last", "surname", "family name", "lname", "apellido", "apellidos",
        "nachname", "nom", "nom de famille", "worker last name", "employee last name",
    ),
    "full_name": (
        "full name", "name", "worker", "employee", "employee name", "worker name", "coworker",
        "co worker", "member name", "person", "nombre completo", "name surname",
    ),
    "area": (
        "dept", "department", "area", "work area", "departamento", "abteilung", "unit", "ward",
        "section", "line", "team", "location", "department area", "dept area", "area dept",
        "bereich", "area de trabajo",
    ),
    "shift": ("shift", "turno", "schicht", "schedule", "shift hours", "hours"),
    "job_title": (
        "job", "job title", "classification", "title", "position", "puesto", "job classification",
        "occupation", "job class", "classification job", "beruf", "poste",
    ),
    "employment": (
        "ft pt", "ftpt", "full time part time", "status ft pt", "employment", "employment status",
        "employment type", "hours type", "ft or pt", "fulltime parttime",
    ),
    "employee_number": (
        "employee id", "employee number", "badge", "badge number", "badge no", "emp id", "emp no",
        "employee no", "id number", "staff number", "payroll number", "clock number", "worker id",
        "personnel number", "staff id", "id",
    ),
    "phone": (
        "phone", "cell", "mobile", "personal phone", "telephone", "tel", "cell phone",
        "mobile phone", "phone number", "personal cell", "personal mobile", "telefono", "handy",
        "whatsapp", "cell number", "mobile number", "home phone",
    ),
    "email": (
        "email", "e mail", "personal email", "email address", "personal e mail", "correo",
        "correo electronico", "mail", "home email",
    ),
    "language": ("language", "lang", "preferred language", "idioma", "sprache", "langue"),
    "assessment": (
        "rating", "assessment", "1 5", "0 5", "assessment 1 5", "rating 1 5", "level",
        "support level", "assess", "ranking", "score", "evaluacion", "1 to 5", "assessment level",
        "current assessment", "organizer rating", "rank",
    ),
    "assessed_on": (
        "assessment date", "assessed on", "date assessed", "rating date", "assessed",
        "date of assessment", "last assessed",
    ),
    "committee": (
        "committee", "c ch", "committee role", "oc", "on committee", "committee member",
        "comite", "c", "ch", "committee c ch", "oc member",
    ),
    "card_signed": (
        "card signed", "card", "signed card", "petition signed", "card y n", "signed",
        "authorization card", "card yes no", "signed up", "petition", "card signed y n",
    ),
    "card_signed_on": (
        "card date", "date card signed", "card signed date", "date signed", "signed on",
        "card signed on", "date of card", "petition date",
    ),
    "last_contact_on": (
        "last contact", "contact date", "last contacted", "date of last contact", "last 1 1",
        "last one on one", "last conversation", "contacted on", "date contacted",
        "last contact date", "last 1on1", "last 1 on 1", "date of contact",
        "ultimo contacto", "fecha de contacto", "letzter kontakt", "dernier contact",
    ),
    "contact_by": (
        "contacted by", "contact by", "by", "organizer", "organiser", "who contacted",
        "last contact by", "contacted by whom", "steward", "who", "point person",
    ),
    "notes": ("notes", "note", "comments", "comment", "remarks", "notas", "bemerkungen", "notizen"),
}

_EXACT: dict[str, str] = {}
for _field, _words in _SYNONYMS.items():
    for _word in _words:
        _EXACT.setdefault(_word, _field)

# Substring rules for headers nobody can list in advance ("Personal cell (not work!)").
_CONTAINS: tuple[tuple[str, str], ...] = (
    ("email", "email"),
    ("e mail", "email"),
    ("phone", "phone"),
    ("mobile", "phone"),
    ("first name", "first_name"),
    ("last name", "last_name"),
    ("surname", "last_name"),
    ("full name", "full_name"),
    ("department", "area"),
    ("card date", "card_signed_on"),
    ("last contact", "last_contact_on"),
    ("contacted by", "contact_by"),
    ("assessment date", "assessed_on"),
    ("assessment", "assessment"),
    ("rating", "assessment"),
    ("shift", "shift"),
    ("badge", "employee_number"),
    ("employee id", "employee_number"),
    ("committee", "committee"),
    ("card", "card_signed"),
    ("language", "language"),
    ("note", "notes"),
    ("job", "job_title"),
)

_PUNCT = re.compile(r"[^0-9a-z]+")


def normalise_header(text: object) -> str:
    """Lower case, accents folded, punctuation collapsed: "Tél. (perso)" -> "tel perso"."""
    if text is None:
        return ""
    folded = unicodedata.normalize("NFKD", str(text)[:200]).casefold()
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return _PUNCT.sub(" ", plain).strip()


def field_for_header(header: object) -> str | None:
    """The field a header names, by exact synonym first and then by a telling word inside it."""
    norm = normalise_header(header)
    if not norm:
        return None
    exact = _EXACT.get(norm)
    if exact is not None:
        return exact
    for needle, field in _CONTAINS:
        if f" {needle} " in f" {norm} ":
            return field
    return None


def header_score(headers: tuple[str, ...]) -> int:
    """How many distinct fields a row's cells name exactly: a high score marks the header row."""
    return len({_EXACT[n] for n in (normalise_header(h) for h in headers) if n in _EXACT})


def guess_mapping(headers: Iterable[object]) -> dict[int, str]:
    """Column index -> field for every header that names one; each field used once, first wins."""
    mapping: dict[int, str] = {}
    used: set[str] = set()
    headers = list(headers)
    # exact matches claim their field before the looser substring rules get a turn
    for exact_pass in (True, False):
        for index, header in enumerate(headers):
            if index in mapping:
                continue
            norm = normalise_header(header)
            field = _EXACT.get(norm) if exact_pass else field_for_header(header)
            if field is not None and field not in used:
                mapping[index] = field
                used.add(field)
    return mapping


def check_mapping(mapping: Mapping[int, str], width: int) -> dict[int, str]:
    """A clean copy of ``mapping``: known fields, columns in range, no field twice."""
    if not isinstance(mapping, Mapping):
        raise InvalidInput(_("The column mapping must map column numbers to fields."))
    clean: dict[int, str] = {}
    seen: set[str] = set()
    for index, field in mapping.items():
        if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index < width:
            raise InvalidInput(_("The column mapping names a column the file does not have."))
        if field in (None, ""):
            continue
        if field not in FIELDS:
            raise InvalidInput(_("The column mapping names an unknown field; choose one listed."))
        if field in seen:
            raise InvalidInput(_("Two columns are mapped to {FIELDS}; map it only "
                                 "once.").format(FIELDS=field_label(field)))
        seen.add(field)
        clean[index] = field
    return clean


def apply_overrides(
    headers: tuple[str, ...], mapping: Mapping[int, str], specs: Iterable[str]
) -> dict[int, str]:
    """Apply ``COLUMN=FIELD`` overrides; COLUMN is a header or a 1-based column number, FIELD may
    be empty (or ``ignore``) to drop the column."""
    result = dict(mapping)
    norms = [normalise_header(h) for h in headers]
    for spec in specs:
        column, sep, field = str(spec).partition("=")
        if not sep:
            raise InvalidInput(_("A mapping override is COLUMN=FIELD, e.g. 'Dept=area'."))
        column, field = column.strip(), field.strip().lower()
        if field == "ignore":
            field = ""
        if field and field not in FIELDS:
            raise InvalidInput(
                "Unknown field in a mapping override; use one of: " + ", ".join(FIELDS) + "."
            )
        if column.isdigit() and 1 <= int(column) <= len(headers):
            index = int(column) - 1
        else:
            wanted = normalise_header(column)
            if wanted not in norms:
                raise InvalidInput(_("A mapping override names a column the file does not have."))
            index = norms.index(wanted)
        if field:
            for other, existing in list(result.items()):
                if existing == field and other != index:
                    del result[other]
            result[index] = field
        else:
            result.pop(index, None)
    return result


# ------------------------------------------------------------------------- remembered mappings


def headers_key(headers: Iterable[object]) -> str:
    """A hash of the normalised header row: the memory key, revealing nothing of the headers.
    Blank cells at the end do not count: a stray cell far to the right of one data row widens
    the table (and its header row) without changing which columns the chart has."""
    names = [normalise_header(h) for h in headers]
    while names and not names[-1]:
        names.pop()
    joined = "\x1f".join(names)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()


def _store_path(folder: Path | None) -> Path:
    if folder is None:
        from forum_kit.config import config_dir

        folder = config_dir()
    return folder / MAPPINGS_FILE


def _load_all(path: Path) -> dict[str, dict[str, str]]:
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, ValueError):
        log.warning("The remembered import mappings could not be read; starting afresh.")
        return {}
    if not isinstance(doc, dict):
        return {}
    clean: dict[str, dict[str, str]] = {}
    for key, value in doc.items():
        if not (isinstance(key, str) and re.fullmatch(r"[0-9a-f]{64}", key)):
            continue
        if not isinstance(value, dict):
            continue
        entry = {k: v for k, v in value.items()
                 if k.isascii() and k.isdigit() and isinstance(v, str) and v in FIELDS}
        clean[key] = entry
    return clean


def recall_mapping(
    headers: Iterable[object], *, folder: Path | None = None
) -> dict[int, str] | None:
    """The mapping remembered for this header row, or None; only columns this row has (the key
    leaves blank columns at the end out, so the row it was remembered for may have been wider)."""
    headers = list(headers)
    entry = _load_all(_store_path(folder)).get(headers_key(headers))
    if entry is None:
        return None
    return {int(k): v for k, v in entry.items() if int(k) < len(headers)}


def remember_mapping(
    headers: Iterable[object], mapping: Mapping[int, str], *, folder: Path | None = None
) -> None:
    """Store ``mapping`` for this header row (atomically, 0600); the oldest entries are dropped.

    Nothing is stored when no cell of the row is exactly a known header (the test the reader
    uses to find the header row): the file then had no header row it recognised, so the
    "header" is likely a person's row, and even its hash is not kept. The price: a chart whose
    headers are all unknown words is mapped by hand each time."""
    headers = list(headers)
    if not header_score(tuple(str(h) if h is not None else "" for h in headers)):
        return
    path = _store_path(folder)
    entries = _load_all(path)
    key = headers_key(headers)
    entries.pop(key, None)
    entries[key] = {str(i): f for i, f in sorted(mapping.items()) if f in FIELDS}
    while len(entries) > MAX_REMEMBERED:
        entries.pop(next(iter(entries)))
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{secrets.token_hex(6)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, json.dumps(entries, indent=1).encode("utf-8"))
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        tmp.unlink(missing_ok=True)
        raise
    os.close(fd)
    os.replace(tmp, path)
