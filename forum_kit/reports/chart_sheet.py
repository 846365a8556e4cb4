"""The printable wall chart of one area, for a paper round trip, redacted unless told otherwise.

This module owns ``build_chart_sheet`` and ``chart_sheet_story`` (reused by packs). One row per
worker, in the order given (the query sorts by surname with the Unicode collation algorithm): row
number, then initials (the default), nothing (redaction "numbers") or the full name (only with
redaction "names"); job, shift, assessment (a swatch whose pattern, not only its grey, tells the
level on a black-and-white copy, plus its label), committee role, last contact, and room to
write. Names wrap inside their cell rather than lose the surname. Workers marked sensitive are
not on the sheet at all, and the sheet says how many were left off. A legend explains the swatches
and the role codes; every page carries the area's full path and "page k of n" of the sheet. Blank
numbered rows follow for people not yet on the chart. Rows go into 60-row tables in sequence
(PITFALLS.md: one LongTable grows quadratically).
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Spacer, Table

from forum_kit.i18n import N_, _, ngettext
from forum_kit.places import words as place_words
from forum_kit.reports.data import (
    ChartRow,
    ChartSheetData,
    DocumentInfo,
    personal_data_kinds,
)
from forum_kit.reports.doc import CancelFn, ProgressFn, Section, heading, render_story
from forum_kit.reports.flow import Para, cell
from forum_kit.reports.fonts import SANS, SANS_BOLD, check_fields
from forum_kit.reports.output import Footer, deliver
from forum_kit.reports.styles import (
    BASE_FONT,
    DARK,
    INK,
    MARGIN,
    MID,
    WASH,
    WHITE,
    data_table_style,
    fmt_date,
    page_size,
    paragraph_styles,
)
from forum_kit.reports.text import draw_text, fit

CHUNK_ROWS = 60
ROW_HEIGHT = 7.5 * mm  # room to write by hand
_PAD = 3
_FONT_SIZE = 8.5
_SWATCH = 9
ROLE_WORDS = (("C", N_("committee member")), ("CH", N_("committee helper")))


def initials(name: str) -> str:
    """Initials of a name: "Şêrko Kaya-Ñúñez" -> "Ş.K.Ñ."; in an Indic script the first
    syllable stays whole with its vowel sign ("प्रिया शर्मा" -> "प्रि.श."), since a bare consonant
    would be another letter."""
    parts = [p for p in re.split(r"[\s\-]+", name.strip()) if p]
    return "".join(_first_letter(p).upper() + "." for p in parts)


def _first_letter(part: str) -> str:
    end = 1
    while end < len(part):
        ch = part[end]
        if unicodedata.category(ch) in ("Mn", "Mc", "Me") or ch in "\u200c\u200d":
            end += 1
        elif unicodedata.combining(part[end - 1]) == 9 and ch.isalpha():
            end += 1  # a virama joins the next consonant to the syllable
        else:
            break
    return part[:end]


# Which of the seven patterns a scale of n levels uses, strongest support first: the default
# five keep the marks they always had (solid, bars, hatch, dots, cross-hatch).
PATTERNS_FOR = {3: (1, 4, 7), 4: (1, 2, 5, 7), 5: (1, 2, 4, 5, 7), 6: (1, 2, 3, 4, 5, 7),
                7: (1, 2, 3, 4, 5, 6, 7)}


def pattern_for(number: int, count: int, support_first: bool = True) -> int:
    """The pattern of the level numbered ``number`` (0 = unassessed) on a scale of ``count``."""
    if number <= 0:
        return 0
    rank = number if support_first else count + 1 - number
    return PATTERNS_FOR[count][rank - 1]


def draw_swatch(canvas: Canvas, x: float, y: float, pattern: int,
                size: float = _SWATCH) -> None:
    """The mark of an assessment level (``pattern_for`` picks it): each has its own pattern, so
    a black-and-white copy keeps them apart (grey alone would not: light grey vanishes, dark
    greys merge). 0 is an empty box (unassessed)."""
    canvas.saveState()
    path = canvas.beginPath()
    path.rect(x, y, size, size)
    canvas.clipPath(path, stroke=0, fill=0)
    canvas.setStrokeColor(INK)
    canvas.setFillColor(INK)
    if pattern == 1:  # strongest support: solid
        canvas.rect(x, y, size, size, stroke=0, fill=1)
    elif pattern == 2:  # bold horizontal bars
        for k in range(3):
            canvas.rect(x, y + 0.75 + k * size / 3, size, size / 6, stroke=0, fill=1)
    elif pattern == 3:  # bold vertical bars
        for k in range(3):
            canvas.rect(x + 0.75 + k * size / 3, y, size / 6, size, stroke=0, fill=1)
    elif pattern == 4:  # one diagonal hatch (the middle of the scale)
        canvas.setLineWidth(0.7)
        for k in range(-int(size), int(size) + 3, 3):
            canvas.line(x + k, y, x + k + size, y + size)
    elif pattern == 5:  # dots
        for i in range(3):
            for j in range(3):
                canvas.circle(x + 1.5 + i * 3, y + 1.5 + j * 3, 0.95, stroke=0, fill=1)
    elif pattern == 6:  # an open square grid
        canvas.setLineWidth(0.6)
        for k in range(1, 3):
            canvas.line(x + k * size / 3, y, x + k * size / 3, y + size)
            canvas.line(x, y + k * size / 3, x + size, y + k * size / 3)
    elif pattern == 7:  # strongest opposition: dense cross-hatch
        canvas.setLineWidth(0.7)
        for k in range(-int(size), int(size) + 2, 2):
            canvas.line(x + k, y, x + k + size, y + size)
            canvas.line(x + k, y + size, x + k + size, y)
    canvas.restoreState()
    canvas.saveState()
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.6)
    canvas.rect(x, y, size, size, stroke=1, fill=0)
    canvas.restoreState()


class AssessmentCell(Flowable):
    """A swatch followed by its label, sized to a fixed table cell."""

    def __init__(self, pattern: int, label: str) -> None:
        super().__init__()
        self.pattern = pattern
        self.label = label

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, _SWATCH

    def draw(self) -> None:
        canvas = self.canv
        draw_swatch(canvas, 0, 0, self.pattern)
        canvas.setFillColor(INK)
        draw_text(
            canvas, _SWATCH + 4, 1.5, self.label, _FONT_SIZE, max_width=self.width - _SWATCH - 4
        )


def _cells(data: ChartSheetData) -> dict[int, AssessmentCell]:
    """A swatch and label per level number, in the scale's order."""
    count = len(data.assessment_labels) - 1
    return {
        number: AssessmentCell(pattern_for(number, count, data.support_first), label)
        for number, label in enumerate(data.assessment_labels)
    }


def _legend(data: ChartSheetData, width: float) -> list[Flowable]:
    styles = paragraph_styles()
    cells = list(_cells(data).values())
    swatches = Table([cells], colWidths=[width / len(cells)] * len(cells), hAlign="LEFT")
    swatches.setStyle(
        [BASE_FONT, ("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    )
    roles = " \u00b7 ".join(f"{code} = {_(words)}" for code, words in ROLE_WORDS)
    return [
        Para(((_("Assessment: "), True), (_("each level has its own pattern"), False)),
             styles["small"]),
        Spacer(1, 2),
        swatches,
        Spacer(1, 3),
        Para(
            ((_("Role: "), True), (_("{roles}; blank = not on the committee.").format(
                roles=roles), False)), styles["small"]
        ),
    ]


def validate_chart_sheet(data: ChartSheetData) -> None:
    """Refuse text that cannot be printed; messages give the row number, never the name."""
    pairs = [("area_name", data.area_name), ("workplace", data.workplace)]
    pairs += [(f"assessment_labels[{i}]", t) for i, t in enumerate(data.assessment_labels)]
    pairs += [(f"elsewhere[{i}]", t) for i, t in enumerate(data.elsewhere, 1)]
    for i, row in enumerate(data.rows, 1):
        if data.redaction != "numbers":
            pairs.append((f"rows[{i}].name", row.name))
        pairs += [
            (f"rows[{i}].job", row.job),
            (f"rows[{i}].shift", row.shift),
            (f"rows[{i}].committee_role", row.committee_role),
        ]
    check_fields(pairs)


def _columns(data: ChartSheetData, width: float) -> tuple[list[str], list[float]]:
    # English keys (the widths below); the words printed are translated in chart_sheet_story
    name_head = {"numbers": None, "initials": "Initials", "names": "Name"}[data.redaction]
    shift = ["Shift"] if place_words(data.place_kind).shift else []  # a neighbourhood has none
    heads = (
        ["#"]
        + ([name_head] if name_head else [])
        + ["Job", *shift, "Assessment", "Role", "Last contact", "Notes (handwritten)"]
    )
    fixed = {
        "#": 10 * mm,
        "Initials": 22 * mm,
        "Name": 54 * mm,
        "Job": 44 * mm,
        "Shift": 22 * mm,
        "Assessment": 34 * mm,
        "Role": 12 * mm,
        "Last contact": 24 * mm,
    }
    used = sum(fixed[h] for h in heads if h in fixed)
    widths = [fixed.get(h, width - used) for h in heads]
    return heads, widths


def _row_cells(
    number: int,
    row: ChartRow | None,
    data: ChartSheetData,
    widths: list[float],
    cells: dict[int, AssessmentCell],
    room: Spacer,
) -> list:
    styles = paragraph_styles()
    values: list = [str(number)]
    if row is None:
        return values + [""] * (len(widths) - 2) + [room]
    if data.redaction != "numbers":
        text = row.name if data.redaction == "names" else initials(row.name)
        values.append(cell(text, styles["cell_bold"], widths[1] - 2 * _PAD - 1))
    offset = len(values)
    values.append(cell(row.job, styles["cell"], widths[offset] - 2 * _PAD - 1))
    if place_words(data.place_kind).shift:
        offset += 1
        values.append(cell(row.shift, styles["cell"], widths[offset] - 2 * _PAD - 1))
    values += [
        cells[row.assessment],
        fit(row.committee_role, widths[offset + 2] - 2 * _PAD, _FONT_SIZE),
        fmt_date(row.last_contact),
        room,
    ]
    return values


def full_path(data: ChartSheetData) -> str:
    """The area's full path: workplace / area / sub-area."""
    return " / ".join(p for p in (data.workplace, data.area_name) if p)


def _privacy_box(data: ChartSheetData, width: float) -> list[Flowable]:
    if place_words(data.place_kind).shift:
        text = {
            "names": _("This sheet shows full names with each worker's job, shift and "
                       "assessment. Keep it with you, never leave it on the copier, and shred it "
                       "once the chart is updated."),
            "numbers": _("No names, but each row still shows a worker's job, shift and "
                         "assessment: in a small area that can tell who is who. Keep it with you "
                         "and shred it once the chart is updated."),
            "initials": _("Initials with each worker's job, shift and assessment. Keep it with "
                          "you and shred it once the chart is updated."),
        }
    else:
        text = {
            "names": _("This sheet shows full names with each neighbour's occupation and "
                       "assessment. Keep it with you, never leave it on the copier, and shred it "
                       "once the chart is updated."),
            "numbers": _("No names, but each row still shows a neighbour's occupation and "
                         "assessment: in a small area that can tell who is who. Keep it with you "
                         "and shred it once the chart is updated."),
            "initials": _("Initials with each neighbour's occupation and assessment. Keep it "
                          "with you and shred it once the chart is updated."),
        }
    text = text[data.redaction]
    box = Table([[Para(text, paragraph_styles()["warning"])]], colWidths=[width])
    weight = 1.2 if data.redaction == "names" else 0.7
    box.setStyle(
        [
            BASE_FONT,
            ("BOX", (0, 0), (-1, -1), weight, INK),
            ("BACKGROUND", (0, 0), (-1, -1), WASH),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]
    )
    return [box, Spacer(1, 5)]


def chart_sheet_story(
    data: ChartSheetData, *, level: int = 0, toc: bool = True, key: object = None
) -> list[Flowable]:
    """The flowables of one chart sheet, laid out for a landscape page."""
    styles = paragraph_styles()
    width = page_size(data.paper, landscape_=True)[0] - 2 * MARGIN
    shown = {
        "numbers": _("row numbers only (no names)"),
        "initials": _("initials only"),
        "names": "FULL NAMES",
    }[data.redaction]
    workplace = bool(place_words(data.place_kind).shift)
    if workplace:
        count = ngettext("{n} worker", "{n} workers", len(data.rows)).format(n=len(data.rows))
    else:
        count = ngettext("{n} neighbour", "{n} neighbours",
                         len(data.rows)).format(n=len(data.rows))
    meta = [count, _("shown by {shown}").format(shown=shown)]
    if data.as_of is not None:
        meta.insert(0, _("As of {day}").format(day=fmt_date(data.as_of)))
    kicker = _("CHART SHEET") + (f" \u00b7 {data.workplace}" if data.workplace else "")
    story: list[Flowable] = [
        Section(key if key is not None else id(data), full_path(data)),
        Para(kicker, styles["kicker"]),
        heading(data.area_name, "h1", level, toc=toc),
        Para(" \u00b7 ".join(meta), styles["small"]),
    ]
    if data.withheld:
        story.append(
            Para(
                (ngettext("{n} worker is marked sensitive and left off this sheet (not even a "
                          "blank row).", "{n} workers are marked sensitive and left off this "
                          "sheet (not even a blank row).", data.withheld) if workplace else
                 ngettext("{n} neighbour is marked sensitive and left off this sheet (not even "
                          "a blank row).", "{n} neighbours are marked sensitive and left off "
                          "this sheet (not even a blank row).", data.withheld)
                 ).format(n=data.withheld),
                styles["small"],
            )
        )
    for area in data.elsewhere:
        story.append(
            Para(_("Workers of {area} are on that area's own sheet in this "
                   "pack.").format(area=area) if workplace else
                 _("Neighbours of {area} are on that area's own sheet in this "
                   "pack.").format(area=area), styles["small"])
        )
    story += [Spacer(1, 4), *_privacy_box(data, width), *_legend(data, width), Spacer(1, 6)]

    heads, widths = _columns(data, width)
    cells = _cells(data)
    shown_heads = {
        "Initials": _("Initials"), "Name": _("Name"),
        "Job": _("Job") if workplace else _("Occupation"), "Shift": _("Shift"),
        "Assessment": _("Assessment"), "Role": _("Role"), "Last contact": _("Last contact"),
        "Notes (handwritten)": _("Notes (handwritten)"),
    }
    header = [Para(shown_heads.get(h, h), styles["cell_head"]) for h in heads]
    room = Spacer(1, ROW_HEIGHT - 2 * _PAD)
    all_rows: list[ChartRow | None] = list(data.rows) + [None] * data.blank_rows
    first_blank = len(data.rows) + 1
    for start in range(0, len(all_rows), CHUNK_ROWS):
        chunk = all_rows[start : start + CHUNK_ROWS]
        body = [
            _row_cells(start + i + 1, row, data, widths, cells, room) for i, row in enumerate(chunk)
        ]
        table = Table([header] + body, colWidths=widths, repeatRows=1, hAlign="LEFT")
        style = data_table_style() + [
            ("FONT", (0, 1), (0, -1), SANS, 8),
            ("TEXTCOLOR", (0, 1), (0, -1), DARK),
            ("ALIGN", (0, 1), (0, -1), "RIGHT"),
            ("INNERGRID", (0, 1), (-1, -1), 0.4, MID),
            ("BACKGROUND", (-1, 1), (-1, -1), WHITE),
            ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
        ]
        if data.redaction != "numbers":
            style.append(("FONT", (1, 1), (1, -1), SANS_BOLD, _FONT_SIZE))
        for i in range(1, len(body) + 1, 2):
            style.append(("BACKGROUND", (0, i), (-2, i), WASH))
        blank_from = first_blank - start
        if 1 <= blank_from <= len(body):
            style.append(("LINEABOVE", (0, blank_from), (-1, blank_from), 1.2, INK))
        table.setStyle(style)
        story.append(table)
    if data.blank_rows:
        story += [
            Spacer(1, 3),
            Para(
                _("Rows {first_blank} onwards are blank for people not yet on the "
                  "chart.").format(first_blank=first_blank),
                styles["note"],
            ),
        ]
    return story


def sensitivity_line(personal_data: str) -> str:
    """The footer warning that goes with the most personal data a document prints."""
    return {
        "none": _("No names of coworkers"),
        "officers": _("Names only the delegate and alternates"),
        "assessments": _("No names, but each worker's assessment: keep safe, shred after use"),
        "initials": _("Initials and assessments: keep safe, shred after use"),
        "names": _("CONTAINS NAMES: keep safe, shred after use"),
    }[personal_data]


def build_chart_sheet(
    data: ChartSheetData,
    out: BinaryIO | Path | str,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> DocumentInfo:
    """Build one area's chart sheet (landscape) into ``out`` (a stream, or a path, atomically)."""
    validate_chart_sheet(data)
    kinds = personal_data_kinds(data)
    footer = Footer(
        left=_("Chart sheet \u00b7 {day}").format(day=fmt_date(data.as_of)).rstrip(" \u00b7"),
        centre=sensitivity_line(kinds[0]),
    )
    pdf, pages = render_story(
        chart_sheet_story(data, toc=False),
        paper=data.paper,
        title=_("Chart sheet"),
        footer=footer,
        progress=progress,
        cancelled=cancelled,
        first_template="landscape",
    )
    deliver(pdf, out)
    return DocumentInfo(pages=pages, personal_data=kinds[0], personal_kinds=kinds)
