"""Which spreadsheet column holds which chart field: the guess, the overrides and the memory.

Owns the importable ``FIELDS`` (with the labels people see), the synonym table built from the
headers real charts use (the OPEIU chart with its short headers, EWOC-style sheets, other
organising databases' exports, and charts kept in Spanish, French, Portuguese, Polish, Arabic,
Chinese and German), header normalisation (case, accents, punctuation), ``guess_mapping``,
``header_score`` (used to find the header row), command-line overrides and the remembered
mappings. Remembered mappings hold only a hash of the header row and column indexes,
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


# Headers as charts write them, in English and in the languages the interface speaks (Spanish,
# French, Portuguese, Polish, Arabic, Chinese) and German. Written naturally: each is normalised
# by ``normalise_header`` when the table is built. The OPEIU chart's own short headers (Rate,
# Comm, Sdate, Cdate, Rep) are here too.
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "first_name": (
        "first name", "first", "given name", "given names", "forename", "first names", "fname",
        "worker first name", "employee first name",
        "nombre", "nombres", "primer nombre", "vorname", "prénom", "prenom", "nome",
        "primeiro nome", "imię", "imie", "الاسم الأول", "الاسم الاول", "名", "名字",
    ),
    "last_name": (
        "last name", "last", "surname", "family name", "lname", "worker last name",
        "employee last name",
        "apellido", "apellidos", "nachname", "familienname", "nom", "nom de famille",
        "sobrenome", "último nome", "nazwisko", "اسم العائلة", "اللقب", "姓", "姓氏",
    ),
    "full_name": (
        "full name", "name", "worker", "employee", "employee name", "worker name", "coworker",
        "co worker", "member name", "person", "name surname", "last first", "first last",
        "nombre completo", "nombre y apellido", "nombre y apellidos", "trabajador",
        "name vorname", "vollständiger name", "mitarbeiter", "mitarbeiterin",
        "nom complet", "prénom nom", "salarié", "nome completo", "funcionário", "trabalhador",
        "imię i nazwisko", "pracownik", "الاسم", "الاسم الكامل", "اسم الموظف", "姓名",
        "员工姓名", "全名",
    ),
    "area": (
        "dept", "department", "area", "work area", "unit", "ward", "section", "line", "team",
        "location", "department area", "dept area", "area dept", "area path",
        "departamento", "área", "area de trabajo", "sección", "sector",
        "abteilung", "bereich", "arbeitsbereich", "standort",
        "service", "département", "secteur", "équipe", "unité",
        "setor", "seção", "equipe", "dział", "wydział", "obszar", "zespół",
        "القسم", "الإدارة", "الادارة", "部门", "区域", "车间",
    ),
    "shift": (
        "shift", "schedule", "shift hours", "hours", "turno", "horario", "schicht",
        "équipe horaire", "horaire", "poste horaire", "zmiana", "الوردية", "المناوبة", "班次",
    ),
    "job_title": (
        "job", "job title", "classification", "title", "position", "job classification",
        "occupation", "job class", "classification job",
        "puesto", "cargo", "ocupación", "beruf", "tätigkeit", "stelle", "funktion",
        "poste", "fonction", "métier", "função", "ocupação", "stanowisko",
        "المسمى الوظيفي", "الوظيفة", "职位", "岗位", "工种",
    ),
    "employment": (
        "ft pt", "ftpt", "full time part time", "status ft pt", "employment", "employment status",
        "employment type", "hours type", "ft or pt", "fulltime parttime",
        "jornada", "tipo de jornada", "tiempo completo parcial", "vz tz", "vollzeit teilzeit",
        "beschäftigungsart", "temps plein partiel", "temps de travail", "regime",
        "jornada de trabalho",
        "etat", "wymiar etatu", "نوع الدوام", "الدوام", "全职兼职", "用工形式",
    ),
    "employee_number": (
        "employee id", "employee number", "badge", "badge number", "badge no", "emp id", "emp no",
        "employee no", "id number", "staff number", "payroll number", "clock number", "worker id",
        "personnel number", "staff id", "id",
        "número de empleado", "n de empleado", "legajo", "ficha", "personalnummer",
        "matricule", "matrícula", "numer pracownika", "nr pracownika", "numer ewidencyjny",
        "رقم الموظف", "الرقم الوظيفي", "工号", "员工编号",
    ),
    "phone": (
        "phone", "cell", "mobile", "personal phone", "telephone", "tel", "cell phone",
        "mobile phone", "phone number", "personal cell", "personal mobile", "whatsapp",
        "cell number", "mobile number", "home phone", "cellphone",
        "teléfono", "telefono", "celular", "móvil", "movil", "telefon", "handy", "handynummer",
        "mobilnummer", "téléphone", "portable", "tél", "telefone", "celular pessoal",
        "komórka", "numer telefonu", "الهاتف", "الجوال", "رقم الهاتف", "电话", "手机",
        "联系电话",
    ),
    "email": (
        "email", "e mail", "personal email", "email address", "personal e mail", "mail",
        "home email", "correo", "correo electrónico", "e mail adresse", "courriel",
        "adresse e mail", "e mail pessoal", "adres e mail", "البريد الإلكتروني", "الإيميل",
        "邮箱", "电子邮件",
    ),
    "language": (
        "language", "lang", "preferred language", "idioma", "sprache", "langue", "língua",
        "język", "اللغة", "语言",
    ),
    "assessment": (
        "rating", "rate", "assessment", "1 5", "0 5", "assessment 1 5", "rating 1 5", "level",
        "support level", "assess", "ranking", "score", "1 to 5", "assessment level",
        "current assessment", "organizer rating", "rank",
        "evaluación", "calificación", "valoración", "einstufung", "bewertung", "einschätzung",
        "évaluation", "avaliação", "classificação", "ocena", "التقييم", "评估", "评级",
    ),
    "assessed_on": (
        "assessment date", "assessed on", "date assessed", "rating date", "assessed",
        "date of assessment", "last assessed", "rdate",
        "fecha de evaluación", "datum der einstufung", "einstufungsdatum",
        "date d'évaluation", "data da avaliação", "data oceny", "تاريخ التقييم", "评估日期",
    ),
    "committee": (
        "committee", "c ch", "committee role", "oc", "on committee", "committee member",
        "c", "ch", "committee c ch", "oc member", "comm",
        "comité", "ausschuss", "komitee", "comitê", "komitet", "اللجنة", "委员会",
    ),
    "card_signed": (
        "card signed", "card", "signed card", "petition signed", "card y n", "signed",
        "authorization card", "card yes no", "signed up", "petition", "card signed y n",
        "tarjeta firmada", "tarjeta", "firmó", "karte unterschrieben", "unterschrieben",
        "carte signée", "signé", "ficha assinada", "cartão assinado", "assinou",
        "deklaracja podpisana", "podpisał", "البطاقة موقعة", "وقع", "已签卡", "签卡",
    ),
    "card_signed_on": (
        "card date", "date card signed", "card signed date", "date signed", "signed on",
        "card signed on", "date of card", "petition date", "sdate", "sign date",
        "fecha de firma", "fecha firma", "datum unterschrift", "unterschrieben am",
        "date de signature", "data de assinatura", "data podpisania", "تاريخ التوقيع",
        "签卡日期",
    ),
    "last_contact_on": (
        "last contact", "contact date", "last contacted", "date of last contact", "last 1 1",
        "last one on one", "last conversation", "contacted on", "date contacted",
        "last contact date", "last 1on1", "last 1 on 1", "date of contact", "cdate",
        "último contacto", "fecha de contacto", "fecha último contacto", "letzter kontakt",
        "kontaktdatum", "dernier contact", "date du dernier contact", "último contato",
        "data do último contato", "ostatni kontakt", "data kontaktu", "آخر اتصال", "تاريخ الاتصال",
        "最后联系", "最近联系", "联系日期",
    ),
    "contact_by": (
        "contacted by", "contact by", "by", "organizer", "organiser", "who contacted",
        "last contact by", "contacted by whom", "steward", "who", "point person", "rep",
        "contactado por", "organizador", "delegado", "kontakt durch", "kontaktiert von",
        "vertrauensperson", "contacté par", "délégué", "contatado por", "organizador sindical",
        "kontakt przez", "kto rozmawiał", "تم الاتصال بواسطة", "المنظم", "联系人", "联系者",
    ),
    "notes": (
        "notes", "note", "comments", "comment", "remarks", "notas", "observaciones",
        "comentarios", "bemerkungen", "notizen", "anmerkungen", "remarques", "commentaires",
        "observações", "uwagi", "notatki", "ملاحظات", "备注", "说明",
    ),
}

# Where a chart has several columns of one field, the one a steward means: a personal cell or
# mobile before a home or work phone (each list's first is the most wanted; unlisted come last).
_PREFERRED: dict[str, tuple[str, ...]] = {
    "phone": (
        "cell phone", "cell", "personal cell", "mobile", "mobile phone", "personal mobile",
        "cellphone", "cell number", "mobile number", "celular", "móvil", "handy", "portable",
        "komórka", "الجوال", "手机", "whatsapp", "personal phone", "phone",
    ),
    "email": ("personal email", "personal e mail", "home email", "email"),
}

# Substring rules for headers nobody can list in advance ("Personal cell (not work!)").
_CONTAINS: tuple[tuple[str, str], ...] = (
    ("email", "email"),
    ("e mail", "email"),
    ("phone", "phone"),
    ("mobile", "phone"),
    ("telefon", "phone"),
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

# everything but letters and digits of any script (Arabic, CJK, Polish ł) collapses to a space
_PUNCT = re.compile(r"[\W_]+")


def normalise_header(text: object) -> str:
    """Lower case, accents folded, punctuation collapsed: "Tél. (perso)" -> "tel perso";
    letters of every script are kept ("Dział" -> "dział", "電話" stays)."""
    if text is None:
        return ""
    folded = unicodedata.normalize("NFKD", str(text)[:200]).casefold()
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return _PUNCT.sub(" ", plain).strip()


_EXACT: dict[str, str] = {}
for _field, _words in _SYNONYMS.items():
    for _word in _words:
        _EXACT.setdefault(normalise_header(_word), _field)
_RANK: dict[str, int] = {
    normalise_header(word): rank
    for _words in _PREFERRED.values() for rank, word in enumerate(_words)
}


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
    """Column index -> field for every header that names one; each field used once. Exact
    headers first, and among several exact ones for a field the most wanted (a cell phone
    before a home phone), else the first; then the looser substring rules."""
    mapping: dict[int, str] = {}
    used: set[str] = set()
    norms = [normalise_header(h) for h in headers]
    exact = [(_RANK.get(norm, len(_RANK)), index, _EXACT[norm])
             for index, norm in enumerate(norms) if norm in _EXACT]
    for _rank, index, field in sorted(exact):
        if field not in used:
            mapping[index] = field
            used.add(field)
    for index, norm in enumerate(norms):
        if index in mapping:
            continue
        field = field_for_header(norm)
        if field is not None and field not in used:
            mapping[index] = field
            used.add(field)
    return dict(sorted(mapping.items()))


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
                _("Unknown field in a mapping override; use one of: {fields}.").format(
                    fields=", ".join(FIELDS))
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
