"""A grievance letter and a case fact sheet as PDF.

This module owns ``build_letter`` (the date, the subject and the letter's text as filled and
edited: paragraphs at blank lines, its own line breaks kept) and ``build_fact_sheet`` (the case
on a page or two for the steward's meeting with management: the facts, the five Ws and the
remedy, the timeline of steps, extensions and letters, the deadlines met and missed, the
evidence list and the outcome). Both name grievants, so both say so in every footer; their
metadata names neither the case nor a person. They use the shared document template, fonts and
styles and never touch the vault.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from forum_kit.i18n import N_, _
from forum_kit.letters import letter_date_text
from forum_kit.reports.data import DocumentInfo
from forum_kit.reports.doc import CancelFn, ProgressFn, heading, render_story
from forum_kit.reports.flow import Para
from forum_kit.reports.fonts import SANS_BOLD, check_fields
from forum_kit.reports.grievance_data import (
    FactSheetData,
    LetterDocument,
    outcome_words,
    result_words,
)
from forum_kit.reports.output import Footer, deliver
from forum_kit.reports.styles import (
    BASE_FONT,
    INK,
    LIGHT,
    MARGIN,
    WASH,
    data_table_style,
    fmt_date,
    page_size,
    paragraph_styles,
)

NAMES_NOTE = N_("Names grievants: keep it safe, shred copies after use")
CHUNK_ROWS = 60


def _letter_styles(direction: str) -> dict[str, ParagraphStyle]:
    """The letter's styles: its text flush with the side it starts from, the date opposite."""
    body = paragraph_styles()["body"]
    start, end = (TA_RIGHT, TA_LEFT) if direction == "rtl" else (TA_LEFT, TA_RIGHT)
    return {
        "date": ParagraphStyle("letter_date", parent=body, fontSize=11, leading=15, alignment=end),
        "subject": ParagraphStyle(
            "letter_subject",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=11.5,
            leading=15.5,
            spaceBefore=6,
            spaceAfter=10,
            alignment=start,
        ),
        "text": ParagraphStyle(
            "letter_text", parent=body, fontSize=11, leading=15, spaceAfter=9, alignment=start
        ),
    }


def letter_direction(text: str) -> str:
    """Right to left ("rtl") when most letters of ``text`` are written so, else "ltr".

    A letter has one direction, the language of its template's: an English letter naming an
    Arabic grievant at the start of a line still reads left to right, and a template written
    in Arabic or Hebrew reads right to left even where it names a Latin-script steward.
    """
    rtl = ltr = 0
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            ltr += 1
        elif kind in ("R", "AL"):
            rtl += 1
    return "rtl" if rtl > ltr else "ltr"


def _paragraphs(text: str) -> list[str]:
    """Paragraphs at blank lines; a paragraph keeps its own line breaks."""
    out: list[str] = []
    current: list[str] = []
    for line in text.replace("\r\n", "\n").split("\n"):
        if line.strip():
            current.append(line.rstrip())
        elif current:
            out.append("\n".join(current))
            current = []
    if current:
        out.append("\n".join(current))
    return out


def build_letter(
    doc: LetterDocument,
    out: BinaryIO | Path | str,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> DocumentInfo:
    """Build one letter into ``out`` (a binary stream, or a path written atomically)."""
    check_fields(
        [("subject", doc.subject), ("letter text", doc.body), ("reference", doc.reference)]
    )
    page_size(doc.paper)
    direction = letter_direction(f"{doc.subject}\n{doc.body}")
    styles = _letter_styles(direction)
    story: list[Flowable] = [
        Para(letter_date_text(doc.letter_date), styles["date"]),
        Spacer(1, 10),
        Para(doc.subject, styles["subject"], direction=direction),
    ]
    story += [Para(p, styles["text"], direction=direction) for p in _paragraphs(doc.body)]
    footer = Footer(left=_("Grievance {number}").format(number=doc.reference), centre=_(NAMES_NOTE))
    pdf, pages = render_story(
        story,
        paper=doc.paper,
        title=_("Grievance letter"),
        footer=footer,
        progress=progress,
        cancelled=cancelled,
    )
    deliver(pdf, out)
    return DocumentInfo(pages=pages, personal_data=doc.personal_data)


# --------------------------------------------------------------------------------------------------
# The fact sheet


def _p(text: str, style: str = "cell", direction: str = "auto") -> Para:
    return Para(text, paragraph_styles()[style], direction=direction)


def names_cell(names: str) -> Para:
    """A list of names in a left-to-right table: each name reads in its own script's direction,
    the list itself left to right (the first name on the left, the commas after each name)."""
    return _p(names or "\u2014", direction="ltr")


def pairs_table(
    rows: list[tuple[str, str | Flowable]], width: float, key_width: float = 34 * mm
) -> Table:
    """A two-column table of facts: a shaded key column, one fact a row (a text, or a cell
    made already)."""
    table = Table(
        [
            [_p(k, "cell_bold"), v if isinstance(v, Flowable) else _p(v or "\u2014")]
            for k, v in rows
        ],
        colWidths=[key_width, width - key_width],
        hAlign="LEFT",
    )
    table.setStyle(
        [
            BASE_FONT,
            ("BACKGROUND", (0, 0), (0, -1), WASH),
            ("LINEABOVE", (0, 0), (-1, 0), 0.9, INK),
            ("LINEBELOW", (0, -1), (-1, -1), 0.9, INK),
            ("LINEBELOW", (0, 0), (-1, -2), 0.25, LIGHT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]
    )
    return table


def data_tables(
    head: list[str],
    rows: list[list],
    widths: list[float],
    extra: list[tuple] | None = None,
    row_styles: Mapping[int, list[tuple]] | None = None,
) -> list[Flowable]:
    """Tables of at most CHUNK_ROWS rows in sequence (one long table grows quadratically).

    ``extra`` applies to every chunk; ``row_styles`` maps a row number (1 = the first data row)
    to commands written ``(command, first_column, last_column, *arguments)`` for that row.
    """
    header = [_p(h, "cell_head") for h in head]
    out: list[Flowable] = []
    for start in range(0, len(rows), CHUNK_ROWS):
        table = Table(
            [header] + rows[start : start + CHUNK_ROWS],
            colWidths=widths,
            repeatRows=1,
            hAlign="LEFT",
        )
        style = data_table_style() + [("VALIGN", (0, 0), (-1, -1), "TOP")] + list(extra or [])
        for row, commands in (row_styles or {}).items():
            local = row - start
            if 1 <= local <= CHUNK_ROWS:
                style += [(c[0], (c[1], local), (c[2], local), *c[3:]) for c in commands]
        table.setStyle(style)
        out.append(table)
    return out


def _size(n: int) -> str:
    if n < 1024:
        return f"{n} B"
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n / (1024 * 1024):.1f} MB"


def _fact_fields(data: FactSheetData) -> list[tuple[str, str]]:
    pairs = [
        ("title", data.title),
        ("contract", data.contract),
        ("area", data.area),
        ("steward", data.steward),
        ("who", data.who),
        ("what", data.what),
        ("where", data.where),
        ("why", data.why),
        ("article", data.article),
        ("remedy", data.remedy),
        ("outcome notes", data.outcome_notes),
        ("number", data.number),
    ]
    pairs += [(f"grievants[{i}]", g) for i, g in enumerate(data.grievants, 1)]
    pairs += [
        (f"timeline[{i}]", f"{t.step_name} {t.event}") for i, t in enumerate(data.timeline, 1)
    ]
    pairs += [(f"evidence[{i}]", e.filename) for i, e in enumerate(data.evidence, 1)]
    pairs += [
        (f"deadlines[{i}]", f"{d.step_name} {d.what} {d.who}")
        for i, d in enumerate(data.deadlines, 1)
    ]
    return pairs


def fact_sheet_story(data: FactSheetData) -> list[Flowable]:
    """The flowables of a fact sheet."""
    styles = paragraph_styles()
    width = page_size(data.paper)[0] - 2 * MARGIN
    when = fmt_date(data.incident_on)
    if data.knew_on is not None and data.knew_on != data.incident_on:
        when += _(" (the grievant knew on {day})").format(day=fmt_date(data.knew_on))
    status = data.status
    if data.outcome:
        status += f": {outcome_words(data.outcome).lower()}"
        if data.outcome_on:
            status += _(" on {day}").format(day=fmt_date(data.outcome_on))
    story: list[Flowable] = [
        Para(_("CASE FACT SHEET"), styles["kicker"]),
        heading(f"{data.number}: {data.title}", "h1", 0, toc=False),
        Para(
            f"{data.grievance_type} \u00b7 {data.step_name} \u00b7 {status} \u00b7 "
            + _("as of {day}").format(day=fmt_date(data.as_of)),
            styles["small"],
        ),
        Spacer(1, 6),
        pairs_table(
            [
                (_("Grievants"), names_cell(", ".join(data.grievants))),
                (_("Steward"), data.steward),
                (_("Area"), data.area),
                (_("Contract"), data.contract),
                (_("Opened"), fmt_date(data.opened_on)),
            ],
            width,
        ),
        heading(_("The five Ws"), "h2", 1, toc=False),
        pairs_table(
            [
                (_("Who"), data.who),
                (_("What happened"), data.what),
                (_("When"), when),
                (_("Where"), data.where),
                (_("Why (the breach)"), data.why),
                (_("Contract article"), data.article),
                (_("Remedy sought"), data.remedy),
            ],
            width,
        ),
    ]
    story.append(heading(_("Timeline"), "h2", 1, toc=False))
    rows = [[_p(fmt_date(t.on)), _p(t.step_name or "\u2014"), _p(t.event)] for t in data.timeline]
    story += data_tables(
        [_("Date"), _("Step"), _("What happened")], rows, [24 * mm, 26 * mm, width - 50 * mm]
    )
    story.append(heading(_("Deadlines met and missed"), "h2", 1, toc=False))
    if data.deadline_problem:
        story.append(_p(data.deadline_problem, "warning"))
    elif not data.deadlines:
        story.append(_p(_("No deadline yet."), "body"))
    else:
        rows = []
        marks: dict[int, list[tuple]] = {}
        for r, d in enumerate(data.deadlines, 1):
            result = result_words(d.result)
            if d.extended:
                result += _(" (extended)")
            rows.append(
                [
                    _p(d.step_name),
                    _p(d.what),
                    _p(d.who),
                    _p(fmt_date(d.due)),
                    _p(fmt_date(d.done_on) or "\u2014"),
                    _p(
                        result, "cell_bold" if d.result in ("missed", "overdue", "late") else "cell"
                    ),
                ]
            )
            if d.result in ("missed", "overdue"):
                marks[r] = [("BOX", 5, 5, 0.9, INK)]
        story += data_tables(
            [_("Step"), _("Deadline"), _("Whose"), _("Due"), _("Done on"), _("Result")],
            rows,
            [22 * mm, width - 130 * mm, 30 * mm, 24 * mm, 24 * mm, 30 * mm],
            row_styles=marks,
        )
        story.append(Spacer(1, 3))
        story.append(
            _p(
                _(
                    "Dates are the contract's, computed by Forum Kit's deadline engine "
                    "from the recorded steps and written extensions."
                ),
                "note",
            )
        )
    story.append(heading(_("Evidence"), "h2", 1, toc=False))
    if data.evidence:
        rows = [
            [
                _p(e.filename),
                _p(e.media_type),
                _p(_size(e.size)),
                _p(fmt_date(e.added_on)),
                _p(e.sha256[:16]),
            ]
            for e in data.evidence
        ]
        story += data_tables(
            [_("File"), _("Type"), _("Size"), _("Added"), _("SHA-256 (start)")],
            rows,
            [width - 118 * mm, 36 * mm, 18 * mm, 24 * mm, 40 * mm],
        )
        story.append(Spacer(1, 3))
        story.append(
            _p(
                _(
                    "The files are kept inside the encrypted vault; the fingerprint "
                    "identifies each one."
                ),
                "note",
            )
        )
    else:
        story.append(_p(_("No evidence stored with the case."), "body"))
    if data.outcome:
        story.append(
            KeepTogether(
                [
                    heading(_("Outcome"), "h2", 1, toc=False),
                    pairs_table([(_("Outcome"), status), (_("Notes"), data.outcome_notes)], width),
                ]
            )
        )
    return story


def build_fact_sheet(
    data: FactSheetData,
    out: BinaryIO | Path | str,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> DocumentInfo:
    """Build a case fact sheet into ``out`` (a binary stream, or a path written atomically)."""
    check_fields(_fact_fields(data))
    footer = Footer(
        left=_("Case fact sheet \u00b7 {number}").format(number=data.number), centre=_(NAMES_NOTE)
    )
    pdf, pages = render_story(
        fact_sheet_story(data),
        paper=data.paper,
        title=_("Case fact sheet"),
        footer=footer,
        progress=progress,
        cancelled=cancelled,
    )
    deliver(pdf, out)
    return DocumentInfo(pages=pages, personal_data=data.personal_data)
