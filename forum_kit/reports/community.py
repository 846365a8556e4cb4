"""The community documents: the mutual-aid and time-bank section of a delegate briefing, the
"asks and offers" sheet an assembly reads, a member's time-bank statement, and the retaliation
log printed for a lawyer.

Each builder takes a frozen input from ``reports.community_data`` and reuses the house document
(``doc.render_story``: footers, neutral metadata, atomic writing) and styles. The briefing section
prints only ``Protected`` figures (the small-numbers rule), the sheet prints no name unless its
data was made with names, and the retaliation log says on every page that it is confidential;
protect it with a password when saving (``queries.documents.save_pdf``).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import BinaryIO

from babel import Locale
from babel.dates import get_month_names
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from forum_kit.amounts import cents_text, hours_text
from forum_kit.i18n import _, current_language, ngettext
from forum_kit.places import words
from forum_kit.reports.community_data import (
    KIND_WORDS,
    YEAR,
    AsksOffersData,
    CommunityFigures,
    RetaliationLogData,
    TimeStatement,
)
from forum_kit.reports.data import DocumentInfo
from forum_kit.reports.doc import CancelFn, ProgressFn, heading, render_story
from forum_kit.reports.flow import Para
from forum_kit.reports.fonts import SANS_BOLD, check_fields
from forum_kit.reports.output import Footer, deliver
from forum_kit.reports.styles import (
    BASE_FONT,
    INK,
    MARGIN,
    PALE,
    WASH,
    data_table_style,
    fmt_date,
    page_size,
    paragraph_styles,
)

__all__ = [
    "build_asks_offers",
    "build_retaliation_log",
    "build_time_statement",
    "community_story",
]

CHUNK_ROWS = 60


def _p(text: str, style: str = "cell") -> Para:
    return Para(text, paragraph_styles()[style])


def _tables(
    header: list, rows: list[list], widths: list[float], extra: list = ()
) -> list[Flowable]:
    """Tables of at most CHUNK_ROWS rows in sequence (one long table grows quadratically)."""
    out: list[Flowable] = []
    for start in range(0, len(rows), CHUNK_ROWS):
        table = Table(
            [header] + rows[start : start + CHUNK_ROWS],
            colWidths=widths,
            repeatRows=1,
            hAlign="LEFT",
        )
        table.setStyle(data_table_style() + [("VALIGN", (0, 0), (-1, -1), "TOP"), *extra])
        out.append(table)
    return out


def _month_words(month: str) -> str:
    # the language's own short month names (Babel's), not messages of the catalogue
    names = get_month_names("abbreviated", locale=Locale.parse(current_language()))
    return f"{names[int(month[5:])]} {month[:4]}"


def _width(paper: str, *, landscape_: bool = False) -> float:
    return page_size(paper, landscape_=landscape_)[0] - 2 * MARGIN


def _render(
    story: list[Flowable],
    out: BinaryIO | Path | str,
    *,
    title: str,
    day: date,
    centre: str,
    paper: str,
    personal_data: str,
    progress: ProgressFn | None,
    cancelled: CancelFn | None,
    landscape_: bool = False,
) -> DocumentInfo:
    """Render one community document into ``out`` with its footer (title, date, privacy)."""
    footer = Footer(left=f"{title} \u00b7 {fmt_date(day)}", centre=centre)
    pdf, pages = render_story(
        story,
        paper=paper,
        title=title,
        footer=footer,
        progress=progress,
        cancelled=cancelled,
        first_template="landscape" if landscape_ else "portrait",
    )
    deliver(pdf, out)
    return DocumentInfo(pages=pages, personal_data=personal_data)


# ------------------------------------------------------------------ the briefing's section


def community_story(
    figures: CommunityFigures, width: float, *, level: int = 1, toc: bool = True
) -> list[Flowable]:
    """The mutual-aid and time-bank figures of the last months, then the year: every number
    already protected, so a small count reads "fewer than 5"."""
    if figures.is_empty():
        return []
    place = words(figures.place_kind)
    head = [
        _p(h, "cell_head")
        for h in (
            _("Month"),
            _("Time-bank\nexchanges"),
            _("Hours\nexchanged"),
            _("Members\nactive"),
            _("Needs\nraised"),
            _("Met within\na week"),
            _("People\nhelping"),
        )
    ]
    columns = (
        "exchanges",
        "minutes",
        "active_members",
        "needs_raised",
        "met_within_week",
        "helpers",
    )

    def cell(period: str, measure: str) -> str:
        value = figures.get(period, measure)
        if value is None:
            return "\u2014"
        return value.text(hours_text if measure == "minutes" else None)

    rows = [[_month_words(m)] + [cell(m, c) for c in columns] for m in figures.months]
    rows.append([_("Year")] + [cell(YEAR, c) for c in columns])
    first = 24 * mm
    rest = (width - first) / len(columns)
    extra = [
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("FONT", (0, len(rows)), (-1, len(rows)), SANS_BOLD, 8.5),
        ("BACKGROUND", (0, len(rows)), (-1, len(rows)), WASH),
        ("LINEABOVE", (0, len(rows)), (-1, len(rows)), 0.9, INK),
    ]
    story: list[Flowable] = [heading(_("Mutual aid and time bank"), "h2", level, toc=toc)]
    story += _tables(head, rows, [first] + [rest] * len(columns), extra)
    money_in = figures.get(YEAR, "fund_in")
    money_out = figures.get(YEAR, "fund_out")
    if money_in is not None and money_out is not None and (money_in.value or money_out.value):

        def money(value: object) -> str:
            return value.text(lambda c: cents_text(c, figures.currency))  # type: ignore[union-attr]

        story += [
            Spacer(1, 4),
            _p(
                _("Solidarity fund over the year: {money} in, {money2} out.").format(
                    money=money(money_in), money2=money(money_out)
                ),
                "body",
            ),
        ]
    story += [
        Spacer(1, 3),
        _p(
            _(
                "Counts about fewer than {threshold} {people} are shown as “fewer than "
                "{threshold}”, and hours of a month with few members active are not shown; a "
                "total with a hidden part reads “at least”, so nothing can be subtracted back "
                "out."
            ).format(threshold=figures.threshold, people=place.people),
            "note",
        ),
    ]
    return story


# --------------------------------------------------------------------- asks and offers sheet


def _sheet_table(items: list, width: float, names: bool) -> list[Flowable]:
    heads = [_("Kind"), _("What"), _("Where"), _("When")] + ([_("Who")] if names else [])
    fixed = [30 * mm, 0, 34 * mm, 28 * mm] + ([42 * mm] if names else [])  # room for a name
    widths = [w or width - sum(fixed) for w in fixed]
    rows = []
    urgent_rows = []
    for i, item in enumerate(items, 1):
        kind = _(KIND_WORDS.get(item.kind, item.kind))
        if item.urgent:
            kind = _("URGENT \u25b2\n") + kind
            urgent_rows.append(i)
        row = [
            _p(kind, "cell_bold"),
            _p(item.what or "\u2014"),
            _p(item.area or "\u2014"),
            _p(item.when or "\u2014"),
        ]
        if names:
            row.append(_p(item.name or "\u2014"))
        rows.append(row)
    extra = [("BOX", (0, r), (0, r), 0.9, INK) for r in urgent_rows]
    return _tables([_p(h, "cell_head") for h in heads], rows, widths, extra)


def validate_asks_offers(data: AsksOffersData) -> None:
    pairs = [("place", data.place), ("contact", data.contact)]
    for i, item in enumerate(data.items, 1):
        pairs += [
            (f"items[{i}].what", item.what),
            (f"items[{i}].area", item.area),
            (f"items[{i}].name", item.name),
        ]
    check_fields(pairs)


def asks_offers_story(data: AsksOffersData) -> list[Flowable]:
    styles = paragraph_styles()
    width = _width(data.paper)
    place = words(data.place_kind)
    asks = [i for i in data.items if i.side == "ask"]
    offers = [i for i in data.items if i.side == "offer"]
    story: list[Flowable] = [
        Para(_("ASKS AND OFFERS · {place}").format(place=data.place).upper(), styles["kicker"]),
        heading(_("What we need, what we can give"), "title", 0, toc=False),
        Para(
            _("As of {fmt_date} · mutual aid among {people}, not charity").format(
                fmt_date=fmt_date(data.as_of), people=place.people
            ),
            styles["subtitle"],
        ),
    ]
    if not data.names:
        story.append(
            _p(
                _(
                    "No names are printed: tell the committee what you can help with, and "
                    "they will put you in touch."
                ),
                "note",
            )
        )
    story.append(heading(_("Asks"), "h2", 1, toc=False))
    story += (
        _sheet_table(asks, width, data.names)
        if asks
        else [_p(_("Nothing asked for this time."), "body")]
    )
    story.append(heading(_("Offers"), "h2", 1, toc=False))
    story += (
        _sheet_table(offers, width, data.names)
        if offers
        else [_p(_("Nothing offered yet: yours could be the first."), "body")]
    )
    if data.contact:
        box = Table([[_p(data.contact, "body")]], colWidths=[width])
        box.setStyle(
            [
                BASE_FONT,
                ("BOX", (0, 0), (-1, -1), 0.9, INK),
                ("BACKGROUND", (0, 0), (-1, -1), PALE),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
        story += [Spacer(1, 8), KeepTogether([_p(_("To help or to ask"), "h3"), box])]
    return story


def build_asks_offers(
    data: AsksOffersData,
    out: BinaryIO | Path | str,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> DocumentInfo:
    """The "asks and offers" sheet for an assembly; names only when ``data.names``."""
    validate_asks_offers(data)
    named = data.names and any(i.name for i in data.items)
    return _render(
        asks_offers_story(data),
        out,
        title=_("Asks and offers"),
        day=data.as_of,
        centre=_("Names of members: keep it safe") if named else _("No names"),
        paper=data.paper,
        personal_data="names" if named else "none",
        progress=progress,
        cancelled=cancelled,
    )


# ------------------------------------------------------------------------ time statement


def validate_statement(data: TimeStatement) -> None:
    pairs = [("bank", data.bank), ("member", data.member), ("rules", data.rules)]
    for i, line in enumerate(data.lines, 1):
        pairs += [(f"lines[{i}].other", line.other), (f"lines[{i}].what", line.what)]
    check_fields(pairs)


def statement_story(data: TimeStatement) -> list[Flowable]:
    styles = paragraph_styles()
    width = _width(data.paper)
    opened = _("Account opened {fmt_date}").format(fmt_date=fmt_date(data.opened_on))
    if data.closed_on is not None:
        opened += _(", closed {fmt_date} (history kept)").format(fmt_date=fmt_date(data.closed_on))
    story: list[Flowable] = [
        Para(_("TIME BANK STATEMENT · {bank}").format(bank=data.bank).upper(), styles["kicker"]),
        heading(data.member, "title", 0, toc=False),
        Para(
            _("{opened} · through {fmt_date}").format(
                opened=opened, fmt_date=fmt_date(data.through)
            ),
            styles["subtitle"],
        ),
    ]
    summary = [
        (_("Hours given"), hours_text(data.given)),
        (_("Hours received"), hours_text(data.received)),
        (_("Balance"), hours_text(data.balance, signed=True)),
        (_("The bank's limit below zero"), hours_text(-data.floor_minutes)),
    ]
    table = Table(
        [
            [_p(k, "cell_bold"), _p(v, "cell_bold" if k == "Balance" else "cell")]
            for k, v in summary
        ],
        colWidths=[60 * mm, 40 * mm],
        hAlign="LEFT",
    )
    table.setStyle(
        [
            BASE_FONT,
            ("BACKGROUND", (0, 0), (0, -1), WASH),
            ("LINEABOVE", (0, 0), (-1, 0), 0.9, INK),
            ("LINEBELOW", (0, -1), (-1, -1), 0.9, INK),
            ("BOX", (1, 2), (1, 2), 0.9, INK),
        ]
    )
    story += [table, heading(_("Exchanges"), "h2", 1, toc=False)]
    if data.lines:
        head = [
            _p(h, "cell_head")
            for h in (_("Date"), _("With"), _("What"), _("Given"), _("Received"), _("Balance"))
        ]
        fixed = [22 * mm, 44 * mm, 0, 18 * mm, 18 * mm, 20 * mm]
        widths = [w or width - sum(fixed) for w in fixed]
        rows = []
        for line in data.lines:
            what = line.what + (f"\n({line.note})" if line.note else "")
            rows.append(
                [
                    fmt_date(line.done_on),
                    _p(line.other),
                    _p(what or "\u2014"),
                    hours_text(line.minutes) if line.minutes > 0 else "",
                    hours_text(-line.minutes) if line.minutes < 0 else "",
                    hours_text(line.balance, signed=True),
                ]
            )
        story += _tables(head, rows, widths, [("ALIGN", (3, 1), (-1, -1), "RIGHT")])
    else:
        story.append(_p(_("No exchanges yet."), "body"))
    if data.pending:
        story += [
            Spacer(1, 4),
            _p(
                ngettext(
                    "{pending} exchange waits for a confirmation and is not counted yet.",
                    "{pending} exchanges wait for a confirmation and are not counted yet.",
                    data.pending,
                ).format(pending=data.pending),
                "note",
            ),
        ]
    rules = data.rules.strip() or _("An hour is an hour, whatever the work.")
    story += [
        heading(_("The time bank's rules"), "h2", 1, toc=False),
        _p(rules, "body"),
        Spacer(1, 4),
        _p(
            _(
                "Mistakes are corrected by an entry that reverses them, never by changing the "
                "record."
            ),
            "note",
        ),
    ]
    return story


def build_time_statement(
    data: TimeStatement,
    out: BinaryIO | Path | str,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> DocumentInfo:
    """One member's time-bank statement (for that member: it names who they exchanged with)."""
    validate_statement(data)
    return _render(
        statement_story(data),
        out,
        title=_("Time bank statement"),
        day=data.through,
        centre="For the member named on it",
        paper=data.paper,
        personal_data="names",
        progress=progress,
        cancelled=cancelled,
    )


# ------------------------------------------------------------------------ retaliation log


def validate_retaliation_log(data: RetaliationLogData) -> None:
    pairs = [("place", data.place)]
    for i, e in enumerate(data.incidents, 1):
        pairs += [
            (f"incidents[{i}].member", e.member),
            (f"incidents[{i}].what", e.what),
            (f"incidents[{i}].management", e.management),
            (f"incidents[{i}].grievance", e.grievance),
        ]
        pairs += [(f"incidents[{i}].witnesses", w) for w in e.witnesses]
    check_fields(pairs)


def retaliation_story(data: RetaliationLogData) -> list[Flowable]:
    styles = paragraph_styles()
    width = _width(data.paper, landscape_=True)
    story: list[Flowable] = [
        Para(
            _("RETALIATION LOG · {place} · CONFIDENTIAL").format(place=data.place).upper(),
            styles["kicker"],
        ),
        heading(_("Incidents of retaliation"), "title", 0, toc=False),
        Para(
            ngettext("Prepared {fmt_date} · {n} incident",
                     "Prepared {fmt_date} · {n} incidents, oldest first",
                     len(data.incidents)).format(
                fmt_date=fmt_date(data.prepared_on), n=len(data.incidents)
            ),
            styles["subtitle"],
        ),
    ]
    warn = Table(
        [
            [
                Para(
                    _(
                        "Confidential: evidence for legal advice. It names members and "
                        "witnesses. Keep it with you or with the lawyer, never on a shared "
                        "computer or printer."
                    ),
                    styles["warning"],
                )
            ]
        ],
        colWidths=[width],
    )
    warn.setStyle(
        [
            BASE_FONT,
            ("BOX", (0, 0), (-1, -1), 1.2, INK),
            ("BACKGROUND", (0, 0), (-1, -1), WASH),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ]
    )
    story += [warn, Spacer(1, 6)]
    if not data.incidents:
        return story + [_p(_("No incidents logged."), "body")]
    heads = [
        _("Date"),
        _("Member"),
        _("What happened"),
        _("Who from management"),
        _("Witnesses"),
        _("Grievance"),
        _("Logged"),
    ]
    fixed = [22 * mm, 42 * mm, 0, 40 * mm, 42 * mm, 22 * mm, 22 * mm]
    widths = [w or width - sum(fixed) for w in fixed]
    rows = []
    for e in data.incidents:
        count = e.witness_count or len(e.witnesses)
        witnesses = (
            ", ".join(e.witnesses)
            if data.names
            else (_("{count} witness(es)").format(count=count) if count else "")
        )
        rows.append(
            [
                fmt_date(e.occurred_on),
                _p(e.member or "\u2014"),
                _p(e.what),
                _p(e.management or "\u2014"),
                _p(witnesses or "\u2014"),
                _p(e.grievance or "\u2014"),
                fmt_date(e.recorded_on),
            ]
        )
    return story + _tables([_p(h, "cell_head") for h in heads], rows, widths)


def build_retaliation_log(
    data: RetaliationLogData,
    out: BinaryIO | Path | str,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> DocumentInfo:
    """The retaliation log as a dated timeline (landscape), confidential on every page."""
    validate_retaliation_log(data)
    return _render(
        retaliation_story(data),
        out,
        title=_("Retaliation log"),
        day=data.prepared_on,
        centre="CONFIDENTIAL: names members and witnesses",
        paper=data.paper,
        personal_data="names" if data.names else "none",
        progress=progress,
        cancelled=cancelled,
        landscape_=True,
    )
