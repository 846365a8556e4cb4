"""The briefing pack: several briefings and chart sheets in one printable PDF.

This module owns ``build_pack``: a cover (title, date, what personal data is inside and how to
handle it), a table of contents, then each briefing (portrait) and chart sheet (landscape) on
new pages, with PDF bookmarks and "Page X of Y" on every page. A long build reports
``progress(done, total)`` and stops when ``cancelled()`` returns true, raising ``Cancelled``;
nothing is written unless the whole build succeeds (a path is replaced atomically).
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer, Table

from forum_kit.i18n import N_, _, ngettext
from forum_kit.reports.briefing import briefing_story, validate_briefing
from forum_kit.reports.chart_sheet import chart_sheet_story, sensitivity_line, validate_chart_sheet
from forum_kit.reports.data import (
    BriefingData,
    ChartSheetData,
    DocumentInfo,
    PackSpec,
    personal_data_kinds,
)
from forum_kit.reports.doc import CancelFn, ProgressFn, render_story, table_of_contents
from forum_kit.reports.flow import Para
from forum_kit.reports.fonts import check_fields
from forum_kit.reports.output import Cancelled, Footer, deliver
from forum_kit.reports.styles import BASE_FONT, INK, WASH, fmt_date, paragraph_styles

__all__ = ["Cancelled", "build_pack"]

_HANDLING = {
    "officers": N_("the names of the delegate and alternates (elected officers, named on "
                   "purpose) in the briefing"),
    "assessments": N_("each worker's job, shift and assessment by row number on the chart "
                      "sheets (no names, but in a small area that can tell who is who)"),
    "initials": N_("coworkers' initials with their job, shift and assessment on the chart "
                   "sheets"),
    "names": N_("coworkers' FULL NAMES with their job, shift and assessment on the chart "
                "sheets"),
}


def handling_text(kinds: tuple[str, ...]) -> str:
    """The cover's statement of the personal data inside, true for every kind it holds."""
    if kinds == ("none",):
        return _("This pack holds mandates and aggregated figures only: no coworkers' names.")
    # TRANSLATORS: joins the kinds of personal data a pack holds ("A; and B")
    parts = _("; and ").join(_(_HANDLING[k]) for k in kinds)
    if any(k in ("assessments", "initials", "names") for k in kinds):
        return _("This pack holds {kinds}. Keep it with you, never leave it on the copier or in a "
                 "shared tray, and shred it after use.").format(kinds=parts)
    return _("This pack holds {kinds}.").format(kinds=parts)


def _cover(spec: PackSpec, kinds: tuple[str, ...]) -> list[Flowable]:
    styles = paragraph_styles()
    briefings = sum(isinstance(i, BriefingData) for i in spec.items)
    sheets = sum(isinstance(i, ChartSheetData) for i in spec.items)
    contents = []
    if briefings:
        contents.append(ngettext("{n} briefing", "{n} briefings", briefings).format(n=briefings))
    if sheets:
        contents.append(ngettext("{n} chart sheet", "{n} chart sheets", sheets).format(n=sheets))
    story: list[Flowable] = [Spacer(1, 50 * mm), Para(_("BRIEFING PACK"), styles["kicker"]),
                             Para(spec.title, styles["cover_title"])]
    if spec.subtitle:
        story.append(Para(spec.subtitle, styles["cover_sub"]))
    story.append(Spacer(1, 10))
    lines = []
    if spec.date is not None:
        lines.append(fmt_date(spec.date))
    if spec.prepared_for:
        lines.append(_("For {prepared_for}").format(prepared_for=spec.prepared_for))
    lines.append(" and ".join(contents))
    story.append(Para("\n".join(lines), styles["cover_sub"]))
    story.append(Spacer(1, 40 * mm))
    box = Table([[Para(handling_text(kinds), styles["warning"])]],
                colWidths=[150 * mm], hAlign="LEFT")
    box.setStyle([BASE_FONT, ("BOX", (0, 0), (-1, -1), 1.2 if kinds[0] == "names" else 0.6, INK),
                  ("BACKGROUND", (0, 0), (-1, -1), WASH), ("TOPPADDING", (0, 0), (-1, -1), 7),
                  ("BOTTOMPADDING", (0, 0), (-1, -1), 8), ("LEFTPADDING", (0, 0), (-1, -1), 9)])
    story.append(box)
    return story


def pack_story(spec: PackSpec, charts: dict | None = None) -> list[Flowable]:
    """Cover, contents, then every item on its own pages (chart sheets in landscape).

    ``charts`` caches growth drawings between the draft and the final story.
    """
    kinds = personal_data_kinds(spec)
    styles = paragraph_styles()
    story = _cover(spec, kinds)
    story += [PageBreak(), Para(_("Contents"), styles["h1"]), table_of_contents()]
    current = "portrait"
    for index, item in enumerate(spec.items):
        wanted = "landscape" if isinstance(item, ChartSheetData) else "portrait"
        if wanted != current:
            story.append(NextPageTemplate(wanted))
            current = wanted
        story.append(PageBreak())
        if isinstance(item, BriefingData):
            item = _same_paper(item, spec)
            story += briefing_story(item, level=0, toc=True, charts=charts)
        else:
            story += chart_sheet_story(_same_paper(item, spec), level=0, toc=True,
                                       key=("sheet", index))
    return story


def _same_paper(item: BriefingData | ChartSheetData, spec: PackSpec
                ) -> BriefingData | ChartSheetData:
    """Items are laid out on the pack's paper, whatever they were made for."""
    if item.paper == spec.paper:
        return item
    from dataclasses import replace

    return replace(item, paper=spec.paper)


def validate_pack(spec: PackSpec) -> None:
    """Check every text in the pack can be printed; raises InvalidInput naming the field."""
    check_fields([("title", spec.title), ("subtitle", spec.subtitle),
                  ("prepared_for", spec.prepared_for)])
    for item in spec.items:
        if isinstance(item, BriefingData):
            validate_briefing(item)
        else:
            validate_chart_sheet(item)


def build_pack(spec: PackSpec, out: BinaryIO | Path | str, *,
               progress: ProgressFn | None = None,
               cancelled: CancelFn | None = None) -> DocumentInfo:
    """Build the pack into ``out``; raises ``Cancelled`` (and writes nothing) if cancelled."""
    if cancelled is not None and cancelled():
        raise Cancelled()
    validate_pack(spec)
    kinds = personal_data_kinds(spec)
    footer = Footer(left=f"{spec.title} \u00b7 {fmt_date(spec.date)}".rstrip(" \u00b7"),
                    centre=sensitivity_line(kinds[0]))
    charts: dict = {}
    pdf, pages = render_story(lambda: pack_story(spec, charts), paper=spec.paper,
                              title=_("Briefing pack"), footer=footer, multi_pass=True,
                              progress=progress, cancelled=cancelled)
    if cancelled is not None and cancelled():
        raise Cancelled()
    deliver(pdf, out)
    return DocumentInfo(pages=pages, personal_data=kinds[0], personal_kinds=kinds)
