"""The one place for the look of Forum Kit's documents: paper, margins, greys, text, tables.

Documents are printed on office photocopiers, so the palette is greys only: solid black is kept
for text and thin rules (large dark areas smear and cost toner), and meaning never rests on shade
alone (patterns and labels go with it). Nothing prints below 8 pt (``MIN_TYPE``). Dates are
written one way in every document (``fmt_date``: 7 Mar 2026). Styles are built once and reused by
every build, which matters when a pack holds hundreds of sections.
"""

from __future__ import annotations

from datetime import date
from functools import cache

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from forum_kit.errors import InvalidInput
from forum_kit.i18n import SOURCE_LANGUAGE, _, current_language
from forum_kit.reports.fonts import SANS, SANS_BOLD, SANS_OBLIQUE, ensure_fonts

PAGE_SIZES: dict[str, tuple[float, float]] = {"A4": A4, "Letter": LETTER}

MARGIN = 16 * mm
MARGIN_TOP = 18 * mm
MARGIN_BOTTOM = 18 * mm
FOOTER_Y = 8 * mm
HEADER_Y = 10 * mm  # the running header's baseline, below the top edge
FOOTER_SIZE = 8.0
MIN_TYPE = 8.0  # nothing in any document prints smaller (a photocopy of 7 pt is unreadable)

INK = Color(0.07, 0.07, 0.07)
DARK = Color(0.25, 0.25, 0.25)
MID = Color(0.5, 0.5, 0.5)
LIGHT = Color(0.72, 0.72, 0.72)
PALE = Color(0.86, 0.86, 0.86)
WASH = Color(0.94, 0.94, 0.94)
WHITE = Color(1, 1, 1)

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def page_size(paper: str, *, landscape_: bool = False) -> tuple[float, float]:
    """Width and height in points of ``paper`` ("A4" or "Letter")."""
    try:
        size = PAGE_SIZES[paper]
    except KeyError:
        raise InvalidInput(_("paper: must be A4 or Letter.")) from None
    return landscape(size) if landscape_ else size


def fmt_date(value: date | None) -> str:
    """A date with the month in words, in the document's language (``document_language``):
    7 Mar 2026 in English, "7 de marzo de 2026" in Spanish (Babel's long form: no ambiguity
    between day and month on either side of an ocean)."""
    if value is None:
        return ""
    code = current_language()
    if code == SOURCE_LANGUAGE:
        return f"{value.day} {MONTHS[value.month - 1]} {value.year}"
    return _babel_date(value, "long", code)


def fmt_short_date(value: date) -> str:
    """Axis labels: 7 Mar (the language's short day and month)."""
    code = current_language()
    if code == SOURCE_LANGUAGE:
        return f"{value.day} {MONTHS[value.month - 1]}"
    return _babel_date(value, "MMMd", code)


def fmt_month(value: date, *, year: bool = True) -> str:
    """A month as a chart or a table of months writes it: Mar 2026 (or Mar alone)."""
    code = current_language()
    if code == SOURCE_LANGUAGE:
        name = MONTHS[value.month - 1]
        return f"{name} {value.year}" if year else name
    return _babel_date(value, "yMMM" if year else "LLL", code)


def _babel_date(value: date, form: str, code: str) -> str:
    from babel.dates import format_date, format_skeleton

    try:
        if form == "long":
            return format_date(value, format="long", locale=code)
        return format_skeleton(form, value, locale=code)
    except (ValueError, LookupError):  # a code Babel does not know: the English form
        return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


@cache
def paragraph_styles() -> dict[str, ParagraphStyle]:
    """Named paragraph styles shared by every document (built once)."""
    ensure_fonts()
    body = ParagraphStyle("body", fontName=SANS, fontSize=10, leading=13.5, textColor=INK)
    styles = {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=11),
        "note": ParagraphStyle("note", parent=body, fontName=SANS_OBLIQUE, fontSize=8.5,
                               leading=11, textColor=DARK),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5),
        "cell_bold": ParagraphStyle("cell_bold", parent=body, fontName=SANS_BOLD, fontSize=8.5,
                                    leading=10.5),
        "cell_head": ParagraphStyle("cell_head", parent=body, fontName=SANS_BOLD, fontSize=8,
                                    leading=10, textColor=INK),
        "cell_right": ParagraphStyle("cell_right", parent=body, fontSize=8.5, leading=10.5,
                                     alignment=TA_RIGHT),
        "title": ParagraphStyle("title", parent=body, fontName=SANS_BOLD, fontSize=22,
                                leading=27, spaceAfter=4, textColor=INK),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontSize=12, leading=16,
                                   textColor=DARK, spaceAfter=10),
        "h1": ParagraphStyle("h1", parent=body, fontName=SANS_BOLD, fontSize=16, leading=20,
                             spaceBefore=4, spaceAfter=8, keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=body, fontName=SANS_BOLD, fontSize=11.5, leading=15,
                             spaceBefore=12, spaceAfter=5, keepWithNext=1),
        "h3": ParagraphStyle("h3", parent=body, fontName=SANS_BOLD, fontSize=10, leading=13,
                             spaceBefore=8, spaceAfter=3, keepWithNext=1),
        "kicker": ParagraphStyle("kicker", parent=body, fontName=SANS_BOLD, fontSize=9,
                                 leading=11, textColor=DARK, spaceAfter=2),
        "toc0": ParagraphStyle("toc0", parent=body, fontName=SANS_BOLD, fontSize=10.5,
                               leading=15, leftIndent=0, firstLineIndent=0, spaceBefore=5),
        "toc1": ParagraphStyle("toc1", parent=body, fontSize=9, leading=12, leftIndent=14,
                               firstLineIndent=0),
        "cover_title": ParagraphStyle("cover_title", parent=body, fontName=SANS_BOLD,
                                      fontSize=30, leading=36, spaceAfter=10),
        "cover_sub": ParagraphStyle("cover_sub", parent=body, fontSize=14, leading=19,
                                    textColor=DARK),
        "warning": ParagraphStyle("warning", parent=body, fontName=SANS_BOLD, fontSize=10,
                                  leading=13.5, alignment=TA_LEFT),
    }
    return styles


# ReportLab tables fall back to Helvetica (not embedded, no Ş or Ŋ) unless told otherwise.
BASE_FONT = ("FONT", (0, 0), (-1, -1), SANS, 8.5)


def data_table_style(*, header_rows: int = 1) -> list[tuple]:
    """Commands for a data table: pale header band, hairline grid, light zebra stripes."""
    return [
        ("FONT", (0, 0), (-1, -1), SANS, 8.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), PALE),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.9, INK),
        ("LINEABOVE", (0, 0), (-1, 0), 0.9, INK),
        ("LINEBELOW", (0, -1), (-1, -1), 0.9, INK),
        ("INNERGRID", (0, header_rows), (-1, -1), 0.25, LIGHT),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
