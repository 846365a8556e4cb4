"""The delegate briefing: what a mandated delegate carries to a higher body, on paper.

This module owns ``build_briefing`` and ``briefing_story`` (reused by packs): the meeting, the
delegate and alternates with term and recall rule, the mandates table with red lines, background
figures by area (headcount, supporters, committee ratio against one in ten, structure tests,
grievances, top issues), the picture of each workplace covered (``forum_kit.reports.tiles``), a
growth chart per area, questions to raise and the report-back date.
Everything is aggregated: ``BriefingData`` has no field that could hold a coworker's name.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table

from forum_kit.i18n import N_, _
from forum_kit.places import words
from forum_kit.reports.charts import growth_chart
from forum_kit.reports.community import community_story
from forum_kit.reports.data import AreaFigures, BriefingData, DocumentInfo, personal_data_kinds
from forum_kit.reports.doc import (
    CancelFn,
    ChartFlowable,
    ProgressFn,
    Section,
    heading,
    render_story,
)
from forum_kit.reports.flow import Para, cell
from forum_kit.reports.fonts import SANS_BOLD, check_fields
from forum_kit.reports.grievance_data import OUTCOME_WORDS, outcome_words, type_words
from forum_kit.reports.grievance_report import summary_story
from forum_kit.reports.output import Footer, deliver, fast_shapes
from forum_kit.reports.styles import (
    BASE_FONT,
    INK,
    LIGHT,
    MARGIN,
    PALE,
    WASH,
    data_table_style,
    fmt_date,
    page_size,
    paragraph_styles,
)
from forum_kit.reports.tiles import picture_story, picture_texts
from forum_kit.small_numbers import fewer_than, shown
from forum_kit.vote_words import result_word, vote_word

CHUNK_ROWS = 60
COMMITTEE_RATIO = 10
_MANDATE_WORDS = {"for": N_("FOR"), "against": N_("AGAINST"), "abstain": N_("ABSTAIN"),
                  "free": N_("FREE VOTE")}


def _status_words(status: str) -> str:
    """A grievance's status or outcome as the document's language says it."""
    if status == "open":
        return _("open")
    if status == "closed":
        return _("closed")
    return outcome_words(status).lower() if status in OUTCOME_WORDS else status


def validate_briefing(data: BriefingData) -> None:
    """Refuse text that cannot be printed correctly; raises InvalidInput naming the field."""
    pairs = [("forum", data.forum), ("body", data.body), ("meeting_place", data.meeting_place),
             ("delegate", data.delegate), ("term", data.term), ("recall_rule", data.recall_rule),
             ("report_back_place", data.report_back_place)]
    pairs += [(f"alternates[{i}]", a) for i, a in enumerate(data.alternates, 1)]
    for i, item in enumerate(data.agenda, 1):
        pairs += [(f"agenda[{i}].item", item.item), (f"agenda[{i}].red_lines", item.red_lines),
                  (f"agenda[{i}].figure_to_hold", item.figure_to_hold)]
    for i, area in enumerate(data.areas, 1):
        pairs += [(f"areas[{i}].area_name", area.area_name),
                  (f"areas[{i}].structure_test_name", area.structure_test_name)]
        pairs += [(f"areas[{i}].top_issues", t) for t in area.top_issues]
        pairs += [(f"areas[{i}].grievances", k) for k, _n in
                  area.grievances_by_status + area.grievances_by_type]
    pairs += [(f"growth[{i}].area_name", g.area_name) for i, g in enumerate(data.growth, 1)]
    pairs += [(f"questions[{i}]", q) for i, q in enumerate(data.questions, 1)]
    pairs += [(f"decisions[{i}]", f"{d.title} {d.tally}") for i, d in
              enumerate(data.decisions, 1)]
    for picture in data.pictures:
        pairs += picture_texts(picture)
    check_fields(pairs)


NO_DELEGATE = N_("No delegate in office")


def _p(text: str, style: str = "cell") -> Para:
    return Para(text, paragraph_styles()[style])


def _cell(text: str, width: float, style: str = "cell") -> str | Para:
    """A plain string when it fits on one line (cheap to lay out), else a wrapping paragraph."""
    return cell(text, paragraph_styles()[style], width - 8)


def _chunks(header: list, rows: list[list], widths: list[float], extra: list[tuple] = ()
            ) -> list[Flowable]:
    """Tables of at most CHUNK_ROWS rows in sequence: one long table grows quadratically."""
    if not rows:
        return []
    out: list[Flowable] = []
    for start in range(0, len(rows), CHUNK_ROWS):
        table = Table([header] + rows[start:start + CHUNK_ROWS], colWidths=widths, repeatRows=1,
                      hAlign="LEFT")
        table.setStyle(data_table_style() + list(extra))
        out.append(table)
    return out


def _facts(data: BriefingData, width: float) -> Table:
    rows = [(_("Delegate"), data.delegate or _(NO_DELEGATE)),
            (_("Alternates"), ", ".join(data.alternates) or _("none")),
            (_("Term"), data.term), (_("Recall"), data.recall_rule)]
    if data.report_back is not None:
        place = f" \u00b7 {data.report_back_place}" if data.report_back_place else ""
        rows.append((_("Report back"), fmt_date(data.report_back) + place))
    if data.as_of is not None:
        rows.append((_("Figures as of"), fmt_date(data.as_of)))
    table = Table([[_p(k, "cell_bold"), _p(v or "\u2014")] for k, v in rows],
                  colWidths=[32 * mm, width - 32 * mm], hAlign="LEFT")
    table.setStyle([BASE_FONT,
        ("BACKGROUND", (0, 0), (0, -1), WASH),
        ("LINEABOVE", (0, 0), (-1, 0), 0.9, INK),
        ("LINEBELOW", (0, -1), (-1, -1), 0.9, INK),
        ("LINEBELOW", (0, 0), (-1, -2), 0.25, LIGHT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ])
    return table


def _mandates(data: BriefingData, width: float) -> list[Flowable]:
    if not data.agenda:
        return [_p(_("No mandated items."), "body")]
    head = [_p(h, "cell_head") for h in ("#", _("Agenda item"), _("Mandate"), _("Red lines"),
                                         _("Figure to hold"), _("Expires"))]
    fixed = [7 * mm, 0, 22 * mm, 0, 30 * mm, 20 * mm]
    flexible = width - sum(fixed)
    widths = [fixed[0], flexible * 0.5, fixed[2], flexible * 0.5, fixed[4], fixed[5]]
    rows = []
    for i, item in enumerate(data.agenda, 1):
        rows.append([_p(str(i)), _p(item.item, "cell_bold"),
                     _p(_(_MANDATE_WORDS[item.mandate]), "cell_bold"),
                     _p(item.red_lines or "\u2014"),
                     _p(item.figure_to_hold or "\u2014"), _p(fmt_date(item.expiry) or "\u2014")])
    # The mandate word is boxed so it stands out on a grey photocopy without colour.
    extra = [("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("BACKGROUND", (2, 1), (2, -1), PALE),
             ("BOX", (2, 1), (2, -1), 0.9, INK)]
    return _chunks(head, rows, widths, extra)


def _ratio(area_headcount: int | None, members: int | None) -> str:
    if area_headcount is None or members is None:
        return "\u2014"
    if members == 0:
        return _("none") if area_headcount else "\u2014"
    return f"1:{area_headcount / members:.0f}"


def _figures(data: BriefingData, width: float) -> list[Flowable]:
    if not data.areas:
        return [_p(_("No area figures."), "body")]
    # Hyphenated by hand: DejaVu is wide, and ReportLab would break "Headcount" at any letter.
    # TRANSLATORS: column heads of a narrow table; "\n" breaks a word where it fits best
    counted = (_("Head-\ncount") if words(data.place_kind).kind == "workplace"
               else _("Resi-\ndents"))
    head = [_p(h, "cell_head") for h in (_("Area"), counted, _("Sup-\nporters"),
                                         _("Com-\nmittee"), _("Ratio\n(target 1:10)"),
                                         _("Structure test"), _("Grievances\nopen"))]
    widths = [width - 138 * mm, 18 * mm, 18 * mm, 18 * mm, 28 * mm, 33 * mm, 23 * mm]
    rows = []
    gaps = []
    few = fewer_than(data.threshold)
    for r, area in enumerate(data.areas, 1):
        need = -(-(area.headcount or 0) // COMMITTEE_RATIO)
        gap = area.committee_members is not None and area.committee_members < need
        ratio = _ratio(area.headcount, area.committee_members)
        if gap:
            ratio += "\n" + _("\u25b2 {n} short").format(n=need - area.committee_members)
            gaps.append(r)
        test = "\u2014"
        if area.structure_test_pct is not None:
            test = f"{area.structure_test_pct:.0f}%"
            if area.structure_test_name:
                test += f" ({area.structure_test_name})"
        open_counts = [n for status, n in area.grievances_by_status
                       if status.lower() not in ("won", "settled", "withdrawn", "lost",
                                                 "lapsed", "closed")]
        open_text = (few if any(n is None for n in open_counts)
                     else shown(sum(n for n in open_counts if n is not None), data.threshold))
        rows.append([_cell(area.area_name, widths[0], "cell_bold"),
                     _cell(_count(area, "headcount", data.threshold), widths[1]),
                     _cell(few if area.supporters_pct is None
                           else f"{area.supporters_pct:.0f}%", widths[2]),
                     _cell(_count(area, "committee_members", data.threshold), widths[3]),
                     ratio,
                     _cell(test, widths[5]), _cell(open_text, widths[6])])
    extra = [("ALIGN", (1, 1), (3, -1), "RIGHT"), ("ALIGN", (6, 1), (6, -1), "RIGHT"),
             ("FONT", (0, 1), (0, -1), SANS_BOLD, 8.5), ("LEADING", (0, 1), (-1, -1), 10.5),
             ("VALIGN", (0, 1), (-1, -1), "TOP")]
    flows = []
    for index, table in enumerate(_chunks(head, rows, widths, extra)):
        first = index * CHUNK_ROWS
        for r in gaps:
            if first < r <= first + CHUNK_ROWS:
                table.setStyle([("FONT", (4, r - first), (4, r - first), SANS_BOLD, 8.5)])
        flows.append(table)
    flows.append(Spacer(1, 3))
    flows.append(_p(_("\u25b2 marks an area with fewer than one committee member per ten "
                      "coworkers.") if words(data.place_kind).kind == "workplace" else
                    _("\u25b2 marks an area with fewer than one committee member per ten "
                      "neighbours."), "note"))
    if any(None in (a.headcount, a.supporters_pct, a.committee_members) for a in data.areas):
        flows.append(_p(_("A figure about {few} people can point at them: it is printed as "
                          "\u201c{few}\u201d, and a figure that would give it back is hidden "
                          "with it.").format(few=few), "note"))
    flows.append(_p(_("Grievances marked sensitive are counted here, as asked.")
                    if data.sensitive_grievances_counted else
                    _("Grievances marked sensitive are not counted."), "note"))
    return flows


def _grievances_and_issues(data: BriefingData, width: float) -> list[Flowable]:
    areas = [a for a in data.areas if a.grievances_by_status or a.grievances_by_type
             or a.top_issues]
    if not areas:
        return []
    issues = (_("Top issues from one-on-ones") if words(data.place_kind).kind == "workplace"
              else _("Top issues from door-knocks"))
    head = [_p(h, "cell_head") for h in (_("Area"), _("Grievances by status"),
                                         _("Grievances by type"), issues)]
    first = width * 0.2
    rest = (width - first) / 3
    rows = []
    for area in areas:
        rows.append([
            _p(area.area_name, "cell_bold"),
            _p(", ".join(f"{_status_words(s)}: {shown(n, data.threshold)}"
                         for s, n in area.grievances_by_status) or "\u2014"),
            _p(", ".join(f"{type_words(t.replace(' ', '_')).lower()}: "
                         f"{shown(n, data.threshold)}"
                         for t, n in area.grievances_by_type) or "\u2014"),
            _p("; ".join(area.top_issues) or "\u2014"),
        ])
    return _chunks(head, rows, [first, rest, rest, rest], [("VALIGN", (0, 0), (-1, -1), "TOP")])


def _count(area: AreaFigures, field: str, threshold: int) -> str:
    """An area's count as printed; one hidden only so that a total cannot give a small one back
    is not small, so it reads "hidden" rather than "fewer than N"."""
    if field in area.hidden:
        return _("hidden")
    return shown(getattr(area, field), threshold)


def _decisions(data: BriefingData, width: float) -> list[Flowable]:
    """The council's decisions at its last meeting: result, tally, our delegate's vote."""
    head = [_p(h, "cell_head") for h in ("#", _("Item"), _("Decision"), _("Tally by member"),
                                         _("Our delegate"))]
    fixed = [7 * mm, 0, 24 * mm, 0, 34 * mm]
    flexible = width - sum(fixed)
    widths = [fixed[0], flexible * 0.45, fixed[2], flexible * 0.55, fixed[4]]
    rows = []
    marked = []
    for r, d in enumerate(data.decisions, 1):
        vote = vote_word(d.delegate_vote) or "\u2014"
        if d.against_mandate:
            vote += "\n\u25b2 " + _("against the mandate")
            marked.append(r)
        rows.append([_p(str(d.ordinal)), _p(d.title, "cell_bold"),
                     _p(result_word(d.result), "cell_bold"), _p(d.tally or "\u2014"), _p(vote)])
    extra = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    extra += [("BOX", (4, r), (4, r), 0.9, INK) for r in marked]
    when = fmt_date(data.decisions[0].meeting_date)
    return [_p(_("Decided at the meeting of {day}, as the council sent them.").format(day=when),
               "note"),
            *_chunks(head, rows, widths, extra)]


def briefing_story(data: BriefingData, *, level: int = 0, toc: bool = True,
                   charts: dict | None = None) -> list[Flowable]:
    """The flowables of one briefing; headings become bookmarks from outline ``level``.

    ``charts`` (optional) caches the growth drawings, which are not changed by a build, so a
    second story for the same data reuses them.
    """
    styles = paragraph_styles()
    width = page_size(data.paper)[0] - 2 * MARGIN
    if words(data.place_kind).kind == "workplace":
        named = (_("This briefing names the delegate and alternates (officers elected to be "
                   "named); it carries no other coworker's name.") if data.officers_named else
                 _("This briefing carries no coworker's name."))
    else:
        named = (_("This briefing names the delegate and alternates (officers elected to be "
                   "named); it carries no other neighbour's name.") if data.officers_named else
                 _("This briefing carries no neighbour's name."))
    story: list[Flowable] = [
        Section(("briefing", id(data)), None),
        Para(_("DELEGATE BRIEFING"), styles["kicker"]),
        heading(data.body, "title", level, toc=toc),
        Para(f"{fmt_date(data.meeting_date)} \u00b7 {data.meeting_place}", styles["subtitle"]),
        Para(_("Mandated by {forum}").format(forum=data.forum), styles["small"]),
        Spacer(1, 8),
        _facts(data, width),
        Spacer(1, 3),
        Para(named, styles["note"]),
        heading(_("Mandates"), "h2", level + 1, toc=toc),
        *_mandates(data, width),
    ]
    if data.decisions:
        story += [heading(_("Decisions of the last meeting"), "h2", level + 1, toc=toc),
                  *_decisions(data, width)]
    story += [
        heading(_("Background figures"), "h2", level + 1, toc=toc),
        *_figures(data, width),
    ]
    if data.pictures:
        story += [CondPageBreak(95 * mm),
                  heading("The workplace at a glance", "h2", level + 1, toc=toc)]
        for picture in data.pictures:
            story += [Para(picture.workplace, styles["h3"]),
                      *picture_story(picture, width, 100 * mm), Spacer(1, 4)]
    extra = _grievances_and_issues(data, width)
    if extra:
        story += [heading(_("Grievances and issues"), "h2", level + 1, toc=toc), *extra]
    if data.grievance_review is not None:
        story += summary_story(data.grievance_review, width, level=level + 1, toc=toc)
    if data.community is not None:
        story += community_story(data.community, width, level=level + 1, toc=toc)
    if data.growth:
        story += [CondPageBreak(80 * mm),
                  heading(_("Committee growth by area"), "h2", level + 1, toc=toc)]
        for series in data.growth:
            key = (id(series), width)
            drawing = charts.get(key) if charts is not None else None
            if drawing is None:
                with fast_shapes():
                    drawing = growth_chart(series, width, 46 * mm)
                if charts is not None:
                    charts[key] = drawing
            chart = ChartFlowable(drawing)
            story.append(KeepTogether([Para(series.area_name, styles["h3"]),
                                       chart, Spacer(1, 2)]))
    if data.questions:
        story.append(heading(_("Questions to raise"), "h2", level + 1, toc=toc))
        rows = [[_p(f"{i}.", "body"), _p(q, "body")] for i, q in enumerate(data.questions, 1)]
        table = Table(rows, colWidths=[8 * mm, width - 8 * mm], hAlign="LEFT")
        table.setStyle([BASE_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 4)])
        story.append(table)
    if data.report_back is not None:
        story.append(heading(_("Report back"), "h2", level + 1, toc=toc))
        day = fmt_date(data.report_back)
        if data.report_back_place:
            text = _("Report to {forum} on {day} at {place}: how each mandate was carried out "
                     "and what was decided.").format(forum=data.forum, day=day,
                                                     place=data.report_back_place)
        else:
            text = _("Report to {forum} on {day}: how each mandate was carried out and what was "
                     "decided.").format(forum=data.forum, day=day)
        story.append(_p(text, "body"))
    return story


def build_briefing(data: BriefingData, out: BinaryIO | Path | str, *,
                   progress: ProgressFn | None = None,
                   cancelled: CancelFn | None = None) -> DocumentInfo:
    """Build one delegate briefing into ``out`` (a binary stream, or a path written atomically)."""
    validate_briefing(data)
    kinds = personal_data_kinds(data)
    footer = Footer(left=_("Delegate briefing \u00b7 {day}").format(
                        day=fmt_date(data.meeting_date)),
                    centre=briefing_footer(data))
    pdf, pages = render_story(briefing_story(data, toc=False), paper=data.paper,
                              title=_("Delegate briefing"), footer=footer, progress=progress,
                              cancelled=cancelled)
    deliver(pdf, out)
    return DocumentInfo(pages=pages, personal_data=kinds[0], personal_kinds=kinds)


def briefing_footer(data: BriefingData) -> str:
    """The footer's privacy line, true to what the briefing prints."""
    if data.officers_named:
        return _("Names only the delegate and alternates")
    if words(data.place_kind).kind == "workplace":
        return _("Mandate and aggregated figures: no coworkers' names")
    return _("Mandate and aggregated figures: no neighbours' names")
