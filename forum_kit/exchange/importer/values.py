"""Import stage 2: what a clean cell means: FT/PT, assessment levels, committee roles, card
words, dates, phones, emails and names.

Owns the words charts use for each value (in the languages the interface speaks), ``parse_level``
and ``parse_date`` (ISO, d/m/Y or m/d/Y as the column decides, month names, Excel serials, a
sheet's own date cells), the phone check and the matching key of a phone (its last nine digits),
the email check, and splitting a full name. Each ``*_value`` function raises ``RowError`` with a
reason that names the column and what to write instead.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import Any

from forum_kit.exchange.importer.cells import RowError, fold
from forum_kit.exchange.mapping import field_label
from forum_kit.i18n import _
from forum_kit.models.enums import CommitteeRole, Employment

# The words charts use for each value, in English and in the languages the interface speaks
# (Spanish, French, Portuguese, Polish, Arabic, Chinese) and German; compared after ``normalise``.
YES = frozenset({
    "y", "yes", "x", "true", "1", "signed", "done", "✓", "✔", "si", "sí", "firmó", "firmada",
    "ja", "unterschrieben", "oui", "signé", "signée", "sim", "assinou", "assinado", "tak",
    "podpisał", "podpisała", "نعم", "موقع", "موقعة", "是", "已签", "已签卡",
})
NO = frozenset({
    "n", "no", "false", "0", "not signed", "unsigned", "-", "nein", "non", "não", "nao", "nie",
    "لا", "否", "未签",
})
EMPLOYMENT = {
    **dict.fromkeys(
        ("ft", "full time", "fulltime", "f", "full", "tiempo completo", "completa",
         "jornada completa", "vollzeit", "vz", "temps plein", "integral", "tempo integral",
         "pełny etat", "pelny etat", "pełny", "دوام كامل", "全职"),
        Employment.FULL_TIME),
    **dict.fromkeys(
        ("pt", "part time", "parttime", "p", "part", "tiempo parcial", "parcial",
         "media jornada", "teilzeit", "tz", "temps partiel", "meio período", "meio periodo",
         "niepełny etat", "niepelny etat", "niepełny", "część etatu", "دوام جزئي", "兼职"),
        Employment.PART_TIME),
}
COMMITTEE = {
    **dict.fromkeys(
        ("c", "member", "committee", "oc", "yes", "y", "x", "true", "1", "miembro", "mitglied",
         "membre", "membro", "członek", "عضو", "委员"), CommitteeRole.MEMBER),
    **dict.fromkeys(
        ("ch", "helper", "committee helper", "ayudante", "helfer", "aide", "ajudante",
         "pomocnik", "مساعد", "协助"), CommitteeRole.HELPER),
}
NO_COMMITTEE = frozenset({"n", "no", "false", "0", "-", "none", "nein", "non", "não", "nie"})
LEVEL_WORDS = {
    **dict.fromkeys(("unassessed", "unknown", "?", "not assessed", "sin evaluar",
                     "nicht eingestuft", "non évalué", "não avaliado", "nieoceniony",
                     "غير مقيم", "未评估"), 0),
    **dict.fromkeys(("leader", "organic leader", "++", "líder", "lider", "anführer",
                     "meneur", "leader naturel", "قائد", "骨干", "领袖"), 1),
    **dict.fromkeys(("supporter", "support", "supportive", "pro", "+", "a favor", "apoyo",
                     "simpatizante", "unterstützer", "dafür", "favorable", "soutien",
                     "apoiador", "apoia", "zwolennik", "popiera", "مؤيد", "支持"), 2),
    **dict.fromkeys(("undecided", "unsure", "neutral", "on the fence", "fence", "0/+",
                     "indeciso", "unentschieden", "unentschlossen", "indécis", "neutre",
                     "niezdecydowany", "متردد", "犹豫", "中立"), 3),
    **dict.fromkeys(("opposed", "not interested", "against", "-", "en contra", "dagegen",
                     "opposé", "contre", "contra", "przeciw", "معارض", "反对"), 4),
    **dict.fromkeys(("hostile", "anti", "anti union", "--", "hostil", "feindlich",
                     "feindselig", "wrogi", "معاد", "敌对"), 5),
}
_MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[t ].*)?$")
NUMERIC = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})(?: .*)?$")
_DAY_MONTH = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?[ \-./]+([a-z]+)\.?[ \-./,]+(\d{2}|\d{4})$")
_MONTH_DAY = re.compile(r"^([a-z]+)\.?[ \-./]+(\d{1,2})(?:st|nd|rd|th)?,?[ \-./]+(\d{2}|\d{4})$")
_SERIAL = re.compile(r"^\d{5}(?:\.0+)?$")
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_EARLIEST = dt.date(1900, 1, 1)
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_DIGITS = re.compile(r"\D+")
# what a phone cell may hold besides ASCII digits (x, ext, # and * for extensions)
PHONE_PUNCTUATION = str.maketrans("", "", "+()-./ xXeEtT#*")


def normalise(text: str) -> str:
    """Lower-case with punctuation and extra spaces removed, for matching words like "Full-time"."""
    return " ".join(re.sub(r"[^\w+?✓✔]+", " ", str(text).casefold()).split())


# ------------------------------------------------------------------------ levels and dates


def parse_level(value: Any, labels: Mapping[str, int]) -> int | None:
    """An assessment level from a number 0-5, a scale label or a common word; None if empty.

    ``labels`` maps case-folded scale labels to levels. ValueError when the value is not one.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError(_("not a level"))
    if isinstance(value, int | float):
        # a number is the scale's number for a level ("1" ... as the scale counts)
        if float(value).is_integer() and str(int(value)) in labels:
            return labels[str(int(value))]
        if float(value).is_integer() and int(value) in labels.values():
            return int(value)
        raise ValueError(_("not a level"))
    text = fold(str(value).strip())
    if not text:
        return None
    if text in labels:
        return labels[text]
    if text in LEVEL_WORDS:
        return LEVEL_WORDS[text]
    match = re.match(r"^(\d)(?:\.0+)?(?:\s*[-–:)=.]?\s*\D.*)?$", text)
    if match and match.group(1) in labels:
        return labels[match.group(1)]
    if match and int(match.group(1)) in labels.values():
        return int(match.group(1))
    raise ValueError(_("not a level"))


def _month(word: str) -> int:
    """The month of an English name or abbreviation ("mar", "March", "sept"); ValueError if none."""
    for number, name in enumerate(_MONTH_NAMES, start=1):
        if len(word) >= 3 and name.startswith(word):
            return number
    raise ValueError(_("not a month"))


def _year(text: str, today: dt.date) -> int:
    year = int(text)
    if len(text) == 2:
        # two-digit years: this century unless that would be more than a year ahead
        year += 2000 if 2000 + year <= today.year + 1 else 1900
    return year


def parse_date(
    value: Any, *, day_first: bool, today: dt.date, from_sheet: bool = False
) -> dt.date | None:
    """A date from ISO, d/m/Y or m/d/Y (``day_first`` decides), "3 Mar 2025", "Mar 3, 2025", an
    Excel serial number, or a sheet's own date cell. None if empty; ValueError if not a date."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        raise ValueError(_("not a date"))
    if isinstance(value, int | float):
        if from_sheet and 1 <= value < 2958466:
            return _EXCEL_EPOCH + dt.timedelta(days=int(value))
        raise ValueError(_("not a date"))
    text = str(value).strip().casefold()
    if not text:
        return None
    match = _ISO.match(text)
    if match:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    match = NUMERIC.match(text)
    if match:
        a, b = int(match.group(1)), int(match.group(2))
        day, month = (a, b) if day_first else (b, a)
        return dt.date(_year(match.group(3), today), month, day)
    match = _DAY_MONTH.match(text)
    if match:
        return dt.date(_year(match.group(3), today), _month(match.group(2)), int(match.group(1)))
    match = _MONTH_DAY.match(text)
    if match:
        return dt.date(_year(match.group(3), today), _month(match.group(1)), int(match.group(2)))
    if _SERIAL.match(text):
        serial = int(float(text))
        if 20000 <= serial <= 80000:
            return _EXCEL_EPOCH + dt.timedelta(days=serial)
    raise ValueError(_("not a date"))


def column_order(values: Iterable[Any]) -> tuple[bool | None, bool]:
    """(day_first decided by the column's own values or None, whether the column mixes both)."""
    day_evidence = month_evidence = False
    for value in values:
        if not isinstance(value, str):
            continue
        match = NUMERIC.match(value.strip())
        if not match:
            continue
        a, b = int(match.group(1)), int(match.group(2))
        if a > 12 >= b:
            day_evidence = True
        elif b > 12 >= a:
            month_evidence = True
    if day_evidence and not month_evidence:
        return True, False
    if month_evidence and not day_evidence:
        return False, False
    return None, day_evidence and month_evidence


def date_value(
    raw: Any,
    name: str,
    orders: Mapping[str, bool],
    today: dt.date,
    from_sheet: bool,
) -> dt.date | None:
    """A date cell of column ``name``: not in the future, not before 1900."""
    if raw is None:
        return None
    label = field_label(name)
    try:
        value = parse_date(
            raw, day_first=orders.get(name, True), today=today, from_sheet=from_sheet
        )
    except (ValueError, OverflowError):
        raise RowError(
            _("{label}: not a date; use a form such as 2025-03-14, 14/03/2025 or 14 Mar "
              "2025.").format(label=label)
        ) from None
    if value is None:
        return None
    if value > today:
        raise RowError(_("{label}: the date is in the future; check it.").format(label=label))
    if value < _EARLIEST:
        raise RowError(_("{label}: the date is before 1900; check it.").format(label=label))
    return value


def level_value(raw: Any, levels: Mapping[str, int]) -> int | None:
    try:
        return parse_level(raw, levels)
    except ValueError:
        raise RowError(
            _("Assessment: not a level; use a number 0-5 or a label such as Supporter.")
        ) from None


# --------------------------------------------------------------------------------- words


def employment_value(raw: str) -> Employment:
    employment = EMPLOYMENT.get(normalise(raw))
    if employment is None:
        raise RowError(_("FT/PT: use FT or PT (full time or part time)."))
    return employment


def card_word(card: Any) -> bool | None:
    """True for a yes word, False for a no word, None when the cell should be a date."""
    word = normalise(card) if isinstance(card, str) else card
    if isinstance(word, str) and word in YES or word is True or word == 1:
        return True
    if isinstance(word, str) and word in NO or word is False or word == 0:
        return False
    return None


def committee_value(raw: str) -> CommitteeRole | None:
    word = normalise(raw)
    role = COMMITTEE.get(word)
    if role is None and word not in NO_COMMITTEE:
        raise RowError(_("Committee role: use C (member), CH (helper) or leave it empty."))
    return role


# ------------------------------------------------------------------- phones, emails and names


def phone_key(phone: str) -> str | None:
    """The key two ways of writing one phone number share: its last nine digits (None for a
    number of fewer than seven digits, too short to tell people apart)."""
    digits = _DIGITS.sub("", phone)
    return digits[-9:] if len(digits) >= 7 else None


def phone_check(phone: str) -> str | None:
    """The phone's matching key (its last nine digits when it has seven or more); RowError
    when it is not a phone number. No regex (it was a tenth of the dry run): deleting the
    allowed punctuation must leave ASCII digits only, and at least five of them."""
    digits = phone.translate(PHONE_PUNCTUATION)
    if len(digits) < 5 or not (digits.isdigit() and digits.isascii()):
        raise RowError(_("Phone: not a phone number (digits, spaces, + ( ) - only)."))
    return digits[-9:] if len(digits) >= 7 else None


def email_check(email: str) -> bool:
    if not EMAIL.match(email):
        raise RowError(_("Email: not an email address (it needs one @ and a domain)."))
    return True


def split_full_name(full: str) -> tuple[str, str]:
    """"Last, First" or "First Middle Last" (split on the last space) as (first, last)."""
    if "," in full:
        last, _comma, first = full.partition(",")
        return first.strip(), last.strip()
    first, sep, last = full.rpartition(" ")
    if not sep:
        return full, ""
    return first.strip(), last.strip()


def name_pair(first: str, last: str, full: str | None) -> tuple[str, str]:
    """A row's first and last name: a full name split when neither is given, a lone last name
    taken as the first; RowError for a row with no name or a full name too long to split."""
    if not first and not last and full:
        first, last = split_full_name(full)
        if len(first) > 200 or len(last) > 200:
            raise RowError(_("Full name: too long; use at most 200 characters per name."))
    if not first:
        if not last:
            raise RowError(_("No name: the row has no first, last or full name; add one."))
        first, last = last, ""
    return first, last
