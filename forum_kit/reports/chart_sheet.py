"""The printable wall chart of one area, for a paper round trip, redacted unless told otherwise.

This module owns ``build_chart_sheet`` and ``chart_sheet_story`` (reused by packs). One row per
worker: row number, then initials (the default), nothing (redaction "numbers") or the full name
(only with redaction "names"); job, shift, assessment (label plus a grey shade or pattern, never
shade alone), committee role, last contact, and room to write. Blank numbered rows follow for
people not yet on the chart. Rows go into 60-row tables in sequence (PITFALLS.md: one LongTable
grows quadratically) with fixed row heights, and text is shortened to fit its cell rather than
overflowing it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from forum_kit.reports.data import ChartRow, ChartSheetData, DocumentInfo, personal_data_of
from forum_kit.reports.doc import CancelFn, ProgressFn, heading, render_story
from forum_kit.reports.fonts import SANS, SANS_BOLD, check_fields
from forum_kit.reports.output import Footer, deliver
from forum_kit.reports.styles import (
    BASE_FONT,
    DARK,
    INK,
    LIGHT,
    MARGIN,
    MID,
    WASH,
    WHITE,
    data_table_style,
    fmt_date,
    page_size,
    paragraph_styles,
)

CHUNK_ROWS = 60
ROW_HEIGHT = 7.5 * mm  # room to write by hand
_FONT_SIZE = 8.5
_SWATCH = 9


def initials(name: str) -> str:
    """Initials of a name: "Şêrko Kaya-Ñúñez" -> "Ş.K.Ñ."."""
    parts = [p for p in re.split(r"[\s\-]+", name.strip()) if p]
    return "".join(p[0].upper() + "." for p in parts)


def _fit(text: str, width: float, font: str = SANS, size: float = _FONT_SIZE) -> str:
    """Shorten ``text`` with an ellipsis so it fits ``width`` points."""
    if stringWidth(text, font, size) <= width:
        return text
    ellipsis = "\u2026"
    low, high = 0, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        if stringWidth(text[:mid].rstrip() + ellipsis, font, size) <= width:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + ellipsis


def draw_swatch(canvas: Canvas, x: float, y: float, level: int, size: float = _SWATCH) -> None:
    """The grey mark of an assessment level: shade and pattern differ, so copies keep them apart."""
    canvas.saveState()
    path = canvas.beginPath()
    path.rect(x, y, size, size)
    canvas.clipPath(path, stroke=0, fill=0)
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.5)
    if level == 1:  # leader: solid dark
        canvas.setFillColor(DARK)
        canvas.rect(x, y, size, size, stroke=0, fill=1)
    elif level == 2:  # supporter: solid mid grey
        canvas.setFillColor(LIGHT)
        canvas.rect(x, y, size, size, stroke=0, fill=1)
    elif level == 3:  # undecided: diagonal hatch
        for k in range(-int(size), int(size), 3):
            canvas.line(x + k, y, x + k + size, y + size)
    elif level == 4:  # not interested: dots
        canvas.setFillColor(DARK)
        for i in range(3):
            for j in range(3):
                canvas.circle(x + 1.5 + i * 3, y + 1.5 + j * 3, 0.95, stroke=0, fill=1)
    elif level == 5:  # hostile: cross-hatch
        for k in range(-int(size), int(size), 3):
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

    def __init__(self, level: int, label: str) -> None:
        super().__init__()
        self.level = level
        self.label = label

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, _SWATCH

    def draw(self) -> None:
        canvas = self.canv
        draw_swatch(canvas, 0, 0, self.level)
        canvas.setFont(SANS, _FONT_SIZE)
        canvas.setFillColor(INK)
        canvas.drawString(_SWATCH + 4, 1.5, _fit(self.label, self.width - _SWATCH - 4))


def _legend(data: ChartSheetData, width: float) -> Table:
    cells = [AssessmentCell(level, label) for level, label in enumerate(data.assessment_labels)]
    table = Table([cells], colWidths=[width / len(cells)] * len(cells), hAlign="LEFT")
    table.setStyle([BASE_FONT, ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
    return table


def validate_chart_sheet(data: ChartSheetData) -> None:
    """Refuse text that cannot be printed; messages give the row number, never the name."""
    pairs = [("area_name", data.area_name), ("workplace", data.workplace)]
    pairs += [(f"assessment_labels[{i}]", t) for i, t in enumerate(data.assessment_labels)]
    for i, row in enumerate(data.rows, 1):
        if data.redaction != "numbers":
            pairs.append((f"rows[{i}].name", row.name))
        pairs += [(f"rows[{i}].job", row.job), (f"rows[{i}].shift", row.shift),
                  (f"rows[{i}].committee_role", row.committee_role)]
    check_fields(pairs)


def _columns(data: ChartSheetData, width: float) -> tuple[list[str], list[float]]:
    name_head = {"numbers": None, "initials": "Initials", "names": "Name"}[data.redaction]
    heads = ["#"] + ([name_head] if name_head else []) + [
        "Job", "Shift", "Assessment", "Role", "Last contact", "Notes (handwritten)"]
    fixed = {"#": 10 * mm, "Initials": 20 * mm, "Name": 52 * mm, "Job": 44 * mm,
             "Shift": 20 * mm, "Assessment": 34 * mm, "Role": 13 * mm, "Last contact": 24 * mm}
    used = sum(fixed[h] for h in heads if h in fixed)
    widths = [fixed.get(h, width - used) for h in heads]
    return heads, widths


def _row_cells(number: int, row: ChartRow | None, data: ChartSheetData, heads: list[str],
               widths: list[float], cells: dict[int, AssessmentCell]) -> list:
    pad = 8
    values: list = [str(number)]
    if row is None:
        return values + [""] * (len(heads) - 1)
    if data.redaction != "numbers":
        text = row.name if data.redaction == "names" else initials(row.name)
        values.append(_fit(text, widths[1] - pad, SANS_BOLD))
    offset = len(values)
    values += [_fit(row.job, widths[offset] - pad), _fit(row.shift, widths[offset + 1] - pad),
               cells[row.assessment], _fit(row.committee_role, widths[offset + 3] - pad),
               fmt_date(row.last_contact), ""]
    return values


def chart_sheet_story(data: ChartSheetData, *, level: int = 0, toc: bool = True
                      ) -> list[Flowable]:
    """The flowables of one chart sheet, laid out for a landscape page."""
    styles = paragraph_styles()
    width = page_size(data.paper, landscape_=True)[0] - 2 * MARGIN
    shown = {"numbers": "row numbers only (no names)", "initials": "initials only",
             "names": "FULL NAMES"}[data.redaction]
    meta = [f"{len(data.rows)} workers", f"shown by {shown}"]
    if data.as_of is not None:
        meta.insert(0, f"As of {fmt_date(data.as_of)}")
    story: list[Flowable] = [
        Paragraph(escape(("CHART SHEET \u00b7 " + data.workplace).rstrip(" \u00b7").upper()),
                  styles["kicker"]),
        heading(data.area_name, "h1", level, toc=toc),
        Paragraph(escape(" \u00b7 ".join(meta)), styles["small"]),
        Spacer(1, 4),
    ]
    if data.redaction == "names":
        warn = Table([[Paragraph("This sheet shows full names. Keep it with you, never leave it "
                                 "on the copier, and shred it once the chart is updated.",
                                 styles["warning"])]], colWidths=[width])
        warn.setStyle([BASE_FONT, ("BOX", (0, 0), (-1, -1), 1.2, INK),
                       ("BACKGROUND", (0, 0), (-1, -1), WASH),
                       ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)])
        story += [warn, Spacer(1, 5)]
    story += [_legend(data, width), Spacer(1, 6)]

    heads, widths = _columns(data, width)
    cells = {level_: AssessmentCell(level_, label)
             for level_, label in enumerate(data.assessment_labels)}
    header = [Paragraph(escape(h), styles["cell_head"]) for h in heads]
    all_rows: list[ChartRow | None] = list(data.rows) + [None] * data.blank_rows
    first_blank = len(data.rows) + 1
    for start in range(0, len(all_rows), CHUNK_ROWS):
        chunk = all_rows[start:start + CHUNK_ROWS]
        body = [_row_cells(start + i + 1, row, data, heads, widths, cells)
                for i, row in enumerate(chunk)]
        table = Table([header] + body, colWidths=widths, repeatRows=1, hAlign="LEFT",
                      rowHeights=[None] + [ROW_HEIGHT] * len(body))
        style = data_table_style() + [
            ("FONT", (0, 1), (0, -1), SANS, 7.5),
            ("TEXTCOLOR", (0, 1), (0, -1), DARK),
            ("ALIGN", (0, 1), (0, -1), "RIGHT"),
            ("INNERGRID", (0, 1), (-1, -1), 0.4, MID),
            ("BACKGROUND", (-1, 1), (-1, -1), WHITE),
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
        story += [Spacer(1, 3), Paragraph(f"Rows {first_blank} onwards are blank for people not "
                                          "yet on the chart.", styles["note"])]
    return story


def sensitivity_line(personal_data: str) -> str:
    """The footer warning that goes with the most personal data a document prints."""
    return {"none": "No names of coworkers",
            "initials": "Initials only: keep safe, shred after use",
            "names": "CONTAINS NAMES: keep safe, shred after use"}[personal_data]


def build_chart_sheet(data: ChartSheetData, out: BinaryIO | Path | str, *,
                      progress: ProgressFn | None = None,
                      cancelled: CancelFn | None = None) -> DocumentInfo:
    """Build one area's chart sheet (landscape) into ``out`` (a stream, or a path, atomically)."""
    validate_chart_sheet(data)
    personal = personal_data_of(data)
    footer = Footer(left=f"Chart sheet \u00b7 {fmt_date(data.as_of)}".rstrip(" \u00b7"),
                    centre=sensitivity_line(personal))
    pdf, pages = render_story(chart_sheet_story(data, toc=False), paper=data.paper,
                              title="Chart sheet", footer=footer, progress=progress,
                              cancelled=cancelled, first_template="landscape")
    deliver(pdf, out)
    return DocumentInfo(pages=pages, personal_data=personal)
