"""The shop-floor leaflet: one page, one strong visual, short text, demands and a clear ask.

This module owns ``build_leaflet`` (A4 or Letter; one language, two languages side by side or
front and back; 1, 2 or 4 handbills per sheet with cut marks) and ``leaflet_warnings``, the
editor's advice shown before printing (too many or too long paragraphs, a long headline, no call
to action, no contact, text that does not fit its handbill). A leaflet carries no coworker data.
Each handbill is laid out for its own size (A4, A5 or A6 and their Letter cousins), never scaled
down: nothing prints below 8 pt. The headline is the largest text of each language; the call to
action (what, when, where, and the contact) comes right under it on a meeting leaflet, in bold
above the body size. A language written right to left lays its side out right to left (alignment,
list numbers in its digits, the when/where block), and the leaflet's fixed words come in the
leaflet's language or from the spec, never silently in English.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, Image, KeepInFrame, Spacer, Table
from reportlab.platypus.flowables import HRFlowable

from forum_kit.errors import InvalidInput
from forum_kit.i18n import _
from forum_kit.reports.charts import pictogram
from forum_kit.reports.data import (
    PICTOGRAMS,
    CallToAction,
    DocumentInfo,
    LeafletBody,
    LeafletSpec,
)
from forum_kit.reports.flow import Para
from forum_kit.reports.fonts import SANS, SANS_BOLD, check_fields, ensure_fonts
from forum_kit.reports.leaflet_words import (
    digits,
    hb_language,
    is_rtl,
    upper,
    words_for,
)
from forum_kit.reports.output import deliver, fast_shapes, neutral_metadata
from forum_kit.reports.styles import BASE_FONT, DARK, INK, LIGHT, MID, PALE, WASH, page_size
from forum_kit.reports.text import layout

MAX_PARAGRAPHS = 3
MAX_PARAGRAPH_LINES = 4
MAX_HEADLINE_LINES = 3
MIN_PT = 8.0
_IMAGE_FORMATS = ("PNG", "JPEG")
_MAX_IMAGE_PIXELS = 60_000_000
_HANDBILL = {1: "page", 2: "half-page handbill", 4: "quarter-page handbill"}


@dataclass(frozen=True)
class Sizes:
    """Type sizes (points) and spacing of one handbill format; none below 8 pt."""

    headline: float
    headline_min: float  # stays above cta_what: the headline is the largest text of its side
    kicker: float
    body: float
    cta_what: float
    cta: float  # when and where: bold, above the body size
    contact: float
    small: float
    margin: float
    gap: float
    visual_share: float


# (handbills per sheet, two languages side by side) -> sizes
_SIZES: dict[tuple[int, bool], Sizes] = {
    (1, False): Sizes(30, 22, 13, 13, 18, 15, 14, 10, 14 * mm, 10 * mm, 0.30),
    (1, True): Sizes(24, 18, 12, 11.5, 15, 13, 12, 9, 14 * mm, 10 * mm, 0.0),
    (2, False): Sizes(24, 17, 11, 10.5, 14, 12.5, 11.5, 8.5, 10 * mm, 7 * mm, 0.28),
    (2, True): Sizes(18, 14, 9.5, 9, 12, 11, 10, 8, 10 * mm, 6 * mm, 0.0),
    (4, False): Sizes(18, 13, 9, 8.5, 11, 10, 9.5, 8, 7 * mm, 5 * mm, 0.25),
    (4, True): Sizes(13, 11, 8, 8, 10, 9, 9, 8, 7 * mm, 4 * mm, 0.0),
}


def sizes_for(spec: LeafletSpec) -> Sizes:
    """The sizes ``spec``'s handbills are laid out in."""
    return _SIZES[(spec.n_up, spec.second is not None and spec.second_layout == "side")]


def handbill_size(spec: LeafletSpec) -> tuple[float, float]:
    """Width and height in points of one handbill (the page itself when printed 1 per sheet)."""
    width, height = page_size(spec.paper)
    if spec.n_up == 2:
        return height / 2, width
    if spec.n_up == 4:
        return width / 2, height / 2
    return width, height


def _texts(body: LeafletBody, prefix: str) -> list[tuple[str, str]]:
    pairs = [
        (f"{prefix}headline", body.headline),
        (f"{prefix}who_we_are", body.who_we_are),
        (f"{prefix}contact", body.contact),
    ]
    pairs += [(f"{prefix}paragraphs[{i + 1}]", p) for i, p in enumerate(body.paragraphs)]
    pairs += [(f"{prefix}demands[{i + 1}]", d) for i, d in enumerate(body.demands)]
    pairs += [(f"{prefix}words.{k}", v) for k, v in body.words]
    if body.call_to_action is not None:
        cta = body.call_to_action
        pairs += [
            (f"{prefix}call_to_action.what", cta.what),
            (f"{prefix}call_to_action.when", cta.when),
            (f"{prefix}call_to_action.where", cta.where),
        ]
    return pairs


def _check_image(path: Path) -> None:
    from PIL import Image as PILImage

    if not path.is_file():
        raise InvalidInput(_("visual: the image file does not exist."))
    try:
        with PILImage.open(path) as img:
            kind = img.format
            width, height = img.size
            img.verify()
    except (OSError, SyntaxError, ValueError, PILImage.DecompressionBombError):
        raise InvalidInput(_("visual: the image could not be read; use a PNG or JPEG "
                             "file.")) from None
    if kind not in _IMAGE_FORMATS:
        raise InvalidInput(_("visual: only PNG and JPEG images can go on a leaflet."))
    if width * height > _MAX_IMAGE_PIXELS or min(width, height) < 1:
        raise InvalidInput(_("visual: the image is too large; use one under 60 megapixels."))


def _bodies(spec: LeafletSpec) -> list[tuple[str, LeafletBody]]:
    out = [("", spec.body)]
    if spec.second is not None:
        out.append(("second.", spec.second))
    return out


def validate_leaflet(spec: LeafletSpec) -> None:
    """Refuse a leaflet that cannot be printed correctly; raises InvalidInput."""
    pairs: list[tuple[str, str]] = []
    for prefix, body in _bodies(spec):
        pairs += _texts(body, prefix)
    check_fields(pairs)
    for prefix, body in _bodies(spec):
        words_for(body.language, body.words, field=f"{prefix}words")
    if spec.visual is not None and not (isinstance(spec.visual, str) and spec.visual in PICTOGRAMS):
        _check_image(Path(spec.visual))


# ---- styles ---------------------------------------------------------------------------------


def _style(
    name: str,
    size: float,
    *,
    bold: bool = False,
    align: int = TA_LEFT,
    leading: float = 1.3,
    color: object = INK,
    space_after: float = 0,
) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=SANS_BOLD if bold else SANS,
        fontSize=size,
        leading=size * leading,
        alignment=align,
        textColor=color,
        spaceAfter=space_after,
    )


@dataclass(frozen=True)
class _Side:
    """One language's column: its words, direction and what HarfBuzz is told of the language."""

    body: LeafletBody
    words: dict[str, str]
    rtl: bool
    lang: str | None

    @property
    def direction(self) -> str:
        return "rtl" if self.rtl else "auto"

    @property
    def start(self) -> int:
        return TA_RIGHT if self.rtl else TA_LEFT

    def para(self, text: str | tuple, style: ParagraphStyle, **kw: float) -> Para:
        return Para(text, style, direction=self.direction, lang=self.lang, **kw)


def _side(body: LeafletBody) -> _Side:
    return _Side(
        body,
        words_for(body.language, body.words),
        is_rtl(body.language),
        hb_language(body.language),
    )


def _headline_size(side: _Side, width: float, sizes: Sizes) -> float:
    size = sizes.headline
    while size > sizes.headline_min:
        lines = layout(
            side.body.headline,
            size=size,
            width=width,
            bold=True,
            direction=side.direction,
            lang=side.lang,
        ).lines
        if len(lines) <= MAX_HEADLINE_LINES - 1:
            return size
        size = max(sizes.headline_min, size * 0.9)
    return sizes.headline_min


# ---- the parts ------------------------------------------------------------------------------


def _visual(spec: LeafletSpec, width: float, height: float) -> Flowable | None:
    if spec.visual is None or height <= 0:
        return None
    if isinstance(spec.visual, str) and spec.visual in PICTOGRAMS:
        size = min(width, height)
        drawing = pictogram(spec.visual, size)
        drawing.hAlign = "CENTER"
        return drawing
    from PIL import Image as PILImage

    with PILImage.open(Path(spec.visual)) as img:
        iw, ih = img.size
    scale = min(width / iw, height / ih)
    image = Image(str(spec.visual), width=iw * scale, height=ih * scale)
    image.hAlign = "CENTER"
    return image


def _kicker(text: str, width: float, sizes: Sizes, side: _Side | None) -> Table:
    style = _style("lf_kicker", sizes.kicker, bold=True, align=TA_CENTER, leading=1.25)
    cell = side.para(text, style) if side is not None else Para(text, style)
    table = Table([[cell]], colWidths=[width])
    table.setStyle(
        [
            BASE_FONT,
            ("BACKGROUND", (0, 0), (-1, -1), PALE),
            ("LINEABOVE", (0, 0), (-1, 0), 2.2, INK),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]
    )
    return table


def _demands(side: _Side, template: str, width: float, sizes: Sizes) -> list[Flowable]:
    body = side.body
    if not body.demands:
        return []
    heading = side.words["won"] if template == "victory" else side.words["demands"]
    text_style = _style("lf_demand", sizes.body, bold=True, leading=1.25, align=side.start)
    mark_style = _style("lf_mark", sizes.body, bold=True, align=TA_CENTER, leading=1.25)
    mark_w = max(7 * mm, sizes.body * 2.2)
    rows = []
    for i, demand in enumerate(body.demands, start=1):
        mark = "\u2713" if template == "victory" else digits(i, body.language)
        cells = [side.para(mark, mark_style), side.para(demand, text_style)]
        rows.append(cells[::-1] if side.rtl else cells)
    widths = [mark_w, width - mark_w]
    mark_col = 0
    if side.rtl:
        widths.reverse()
        mark_col = 1
    table = Table(rows, colWidths=widths)
    table.setStyle(
        [
            BASE_FONT,
            ("BACKGROUND", (mark_col, 0), (mark_col, -1), PALE),
            ("LINEBEFORE" if side.rtl else "LINEAFTER", (mark_col, 0), (mark_col, -1), 1.4, INK),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (1 - mark_col, 0), (1 - mark_col, -1), 7),
            ("RIGHTPADDING", (1 - mark_col, 0), (1 - mark_col, -1), 7),
            ("LINEBELOW", (0, 0), (-1, -2), 0.6, WASH),
        ]
    )
    head = side.para(
        heading,
        _style("lf_h", sizes.body * 1.05, bold=True, leading=1.25, align=side.start, space_after=3),
    )
    head.keepWithNext = 1
    return [head, table, Spacer(1, 6)]


def _cta_rows(side: _Side, template: str, sizes: Sizes) -> list[Flowable]:
    """What, when, where and the contact: the ask, in bold, larger than the body."""
    cta: CallToAction | None = side.body.call_to_action
    words = side.words
    rows: list[Flowable] = []
    if cta is not None and not cta.is_empty():
        if template == "victory" and cta.what.strip():
            rows.append(
                side.para(
                    upper(words["next"], side.body.language),
                    _style(
                        "lf_next", max(MIN_PT, sizes.small), bold=True, align=TA_CENTER, color=DARK
                    ),
                )
            )
        if cta.what.strip():
            rows.append(
                side.para(
                    cta.what,
                    _style("lf_cta_what", sizes.cta_what, bold=True, align=TA_CENTER, leading=1.2),
                )
            )
        for key, value in (("when", cta.when), ("where", cta.where)):
            if value.strip():
                rows.append(
                    side.para(
                        ((words[key] + ": ", True), (value, True)),
                        _style("lf_cta", sizes.cta, bold=True, align=TA_CENTER, leading=1.25),
                    )
                )
    if side.body.contact.strip():
        rows.append(
            side.para(
                ((words["contact"] + ": ", True), (side.body.contact, False)),
                _style("lf_contact", sizes.contact, bold=True, align=TA_CENTER, leading=1.25),
            )
        )
    return rows


def _cta(side: _Side, template: str, width: float, sizes: Sizes) -> list[Flowable]:
    rows = _cta_rows(side, template, sizes)
    if not rows:
        return []
    table = Table([[r] for r in rows], colWidths=[width])
    pad = max(4.0, sizes.body * 0.6)
    table.setStyle(
        [
            BASE_FONT,
            ("BOX", (0, 0), (-1, -1), 1.8, INK),
            ("BACKGROUND", (0, 0), (-1, -1), WASH),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ("TOPPADDING", (0, 0), (-1, 0), pad),
            ("BOTTOMPADDING", (0, -1), (-1, -1), pad),
            ("LEFTPADDING", (0, 0), (-1, -1), pad),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ]
    )
    return [Spacer(1, 3), table, Spacer(1, 7)]


def _footer(side: _Side, sizes: Sizes) -> list[Flowable]:
    if not side.body.who_we_are.strip():
        return []
    style = _style("lf_small", sizes.small, align=side.start, leading=1.3)
    text = ((side.words["who"] + ": ", True), (side.body.who_we_are, False))
    return [
        HRFlowable(width="100%", thickness=0.8, color=MID, spaceBefore=3, spaceAfter=4),
        side.para(text, style),
    ]


def _main_story(
    spec: LeafletSpec,
    side: _Side,
    width: float,
    sizes: Sizes,
    *,
    visual: Flowable | None,
    kicker: bool,
) -> list[Flowable]:
    """The main column of a leaflet, without its footer (placed at the foot of the page)."""
    story: list[Flowable] = []
    if kicker:
        story += [
            _kicker(upper(side.words[spec.template], side.body.language), width, sizes, side),
            Spacer(1, sizes.body * 0.6),
        ]
    size = _headline_size(side, width, sizes)
    story.append(
        side.para(
            side.body.headline,
            _style(
                "lf_headline",
                size,
                bold=True,
                align=TA_CENTER,
                leading=1.13,
                space_after=sizes.body * 0.5,
            ),
        )
    )
    body_style = _style(
        "lf_body", sizes.body, align=side.start, leading=1.38, space_after=sizes.body * 0.55
    )
    paragraphs = [side.para(text, body_style) for text in side.body.paragraphs]
    pictures = [visual, Spacer(1, sizes.body * 0.7)] if visual is not None else []
    if spec.template == "meeting":
        story += _cta(side, spec.template, width, sizes) + pictures + paragraphs
        story += _demands(side, spec.template, width, sizes)
    else:
        story += pictures + paragraphs + _demands(side, spec.template, width, sizes)
        story += _cta(side, spec.template, width, sizes)
    return story


def _height(flowables: list[Flowable], width: float) -> float:
    total = 0.0
    for f in flowables:
        total += f.wrap(width, 100_000)[1] + f.getSpaceBefore() + f.getSpaceAfter()
    return total


@dataclass(frozen=True)
class _Column:
    """A laid-out column: its story, footer and how many points do not fit."""

    story: list[Flowable]
    footer: list[Flowable]
    main_h: float
    footer_h: float
    overflow: float


def _plan_column(
    spec: LeafletSpec,
    side: _Side,
    width: float,
    height: float,
    sizes: Sizes,
    *,
    kicker: bool,
    visual_share: float,
) -> _Column:
    """Lay one column out: the visual takes the height the words leave (within bounds), so a
    short leaflet gets a bigger picture; text never shrinks below its size."""
    footer = _footer(side, sizes)
    footer_h = _height(footer, width) if footer else 0.0
    main_h = height - footer_h - (4 if footer else 0)
    text_only = _main_story(spec, side, width, sizes, visual=None, kicker=kicker)
    text_h = _height(text_only, width)
    visual = None
    if visual_share > 0:
        free = main_h - text_h - sizes.body
        if free >= height * 0.08:
            visual = _visual(spec, width, min(free, height * visual_share))
    story = (
        _main_story(spec, side, width, sizes, visual=visual, kicker=kicker)
        if visual is not None
        else text_only
    )
    used = _height(story, width) if visual is not None else text_h
    return _Column(story, footer, main_h, footer_h, max(0.0, used - main_h))


def _draw_column(canvas: Canvas, column: _Column, x: float, y: float, width: float) -> None:
    # "truncate" clips a leaflet that does not fit (leaflet_warnings says so); nothing shrinks.
    Frame(
        x,
        y + column.footer_h + (4 if column.footer else 0),
        width,
        column.main_h,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    ).addFromList([KeepInFrame(width, column.main_h, column.story, mode="truncate")], canvas)
    if column.footer:
        Frame(
            x,
            y,
            width,
            column.footer_h + 2,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        ).addFromList(
            [KeepInFrame(width, column.footer_h + 2, column.footer, mode="truncate")], canvas
        )


@dataclass(frozen=True)
class _PagePlan:
    columns: list[tuple[_Column, float, float, float]]  # column, x, y, width
    top: list[Flowable]
    top_y: float
    top_h: float
    divider: tuple[float, float, float] | None


def _plan_page(
    spec: LeafletSpec, bodies: list[LeafletBody], width: float, height: float
) -> _PagePlan:
    sizes = sizes_for(spec)
    m = sizes.margin
    usable_w, usable_h = width - 2 * m, height - 2 * m
    if len(bodies) == 1:
        column = _plan_column(
            spec,
            _side(bodies[0]),
            usable_w,
            usable_h,
            sizes,
            kicker=True,
            visual_share=sizes.visual_share,
        )
        return _PagePlan([(column, m, m, usable_w)], [], 0, 0, None)
    # Two languages side by side: one shared band and visual, then a column per language.
    sides = [_side(b) for b in bodies]
    gap = sizes.gap
    col_w = (usable_w - gap) / 2
    kicker_text = " \u00b7 ".join(upper(s.words[spec.template], s.body.language) for s in sides)
    top: list[Flowable] = [_kicker(kicker_text, usable_w, sizes, None), Spacer(1, sizes.body * 0.6)]
    visual = _visual(spec, usable_w, usable_h * 0.14)
    if visual is not None:
        top += [visual, Spacer(1, sizes.body * 0.6)]
    top_h = _height(top, usable_w)
    col_h = usable_h - top_h
    # An Arabic-script or Hebrew side goes on the right, where a right-to-left reader starts.
    slots = [1, 0] if sides[0].rtl and not sides[1].rtl else [0, 1]
    columns = []
    for slot, side in zip(slots, sides, strict=True):
        column = _plan_column(spec, side, col_w, col_h, sizes, kicker=False, visual_share=0)
        columns.append((column, m + slot * (col_w + gap), m, col_w))
    return _PagePlan(columns, top, height - m - top_h, top_h, (width / 2, m, m + col_h - 4))


def _draw_page(
    canvas: Canvas, spec: LeafletSpec, bodies: list[LeafletBody], width: float, height: float
) -> None:
    """Draw one leaflet page or handbill (one or two languages) with its lower left at 0, 0."""
    plan = _plan_page(spec, bodies, width, height)
    m = sizes_for(spec).margin
    if plan.top:
        Frame(
            m,
            plan.top_y,
            width - 2 * m,
            plan.top_h + 1,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        ).addFromList(plan.top, canvas)
    for column, x, y, w in plan.columns:
        _draw_column(canvas, column, x, y, w)
    if plan.divider is not None:
        x, low, high = plan.divider
        canvas.saveState()
        canvas.setStrokeColor(LIGHT)
        canvas.setLineWidth(0.8)
        canvas.line(x, low, x, high)
        canvas.restoreState()


def _pages(spec: LeafletSpec) -> list[list[LeafletBody]]:
    if spec.second is None:
        return [[spec.body]]
    if spec.second_layout == "side":
        return [[spec.body, spec.second]]
    return [[spec.body], [spec.second]]


# ---- advice ---------------------------------------------------------------------------------


def leaflet_warnings(spec: LeafletSpec) -> list[str]:
    """Editor's advice for a leaflet (empty when it follows the house rules). Never raises."""
    sizes = sizes_for(spec)
    cell_w, cell_h = handbill_size(spec)
    side_by_side = spec.second is not None and spec.second_layout == "side"
    width = cell_w - 2 * sizes.margin
    if side_by_side:
        width = (width - sizes.gap) / 2
    warnings: list[str] = []
    for prefix, body in _bodies(spec):
        label = "Second language: " if prefix else ""
        if len(body.paragraphs) > MAX_PARAGRAPHS:
            warnings.append(
                f"{label}{len(body.paragraphs)} paragraphs; a leaflet reads best "
                f"with at most {MAX_PARAGRAPHS}."
            )
        direction = "rtl" if is_rtl(body.language) else "auto"
        for i, text in enumerate(body.paragraphs, start=1):
            lines = len(layout(text, size=sizes.body, width=width, direction=direction).lines)
            if lines > MAX_PARAGRAPH_LINES and spec.n_up == 1:
                warnings.append(
                    f"{label}paragraph {i} runs to {lines} lines; keep each to "
                    f"{MAX_PARAGRAPH_LINES} lines or fewer."
                )
        head_lines = len(
            layout(
                body.headline, size=sizes.headline, width=width, bold=True, direction=direction
            ).lines
        )
        if head_lines > MAX_HEADLINE_LINES or len(body.headline) > 90:
            warnings.append(
                f"{label}the headline is too long ({head_lines} lines); "
                "aim for a few words that say what is at stake."
            )
        cta = body.call_to_action
        if cta is None or cta.is_empty():
            warnings.append(f"{label}no call to action: say what to do, when and where.")
        elif spec.template == "meeting" and not (cta.when.strip() and cta.where.strip()):
            warnings.append(f"{label}a meeting leaflet needs both when and where.")
        if not body.contact.strip():
            warnings.append(f"{label}no contact: say how to reach the committee.")
        if len(body.demands) > 5:
            warnings.append(
                f"{label}{len(body.demands)} demands; three to five are easier to remember."
            )
    warnings += _fit_warnings(spec)
    return warnings


def _fit_warnings(spec: LeafletSpec) -> list[str]:
    """Say which side does not fit its handbill (it would be cut at the foot of the page)."""
    try:
        ensure_fonts()
        cell_w, cell_h = handbill_size(spec)
        out = []
        for bodies in _pages(spec):
            plan = _plan_page(spec, bodies, cell_w, cell_h)
            for (column, _x, _y, _w), body in zip(plan.columns, bodies, strict=True):
                if column.overflow > 0.5:
                    where = _HANDBILL[spec.n_up] + (f" ({body.language})" if spec.second else "")
                    fewer = " or print fewer per sheet" if spec.n_up > 1 else ""
                    out.append(
                        f"The text does not fit on the {where}: about "
                        f"{column.overflow / mm:.0f} mm too long at the smallest type "
                        f"(8 pt); shorten it{fewer}. The end would be cut off."
                    )
        return out
    except (InvalidInput, OSError, ValueError):
        return []  # validate_leaflet reports these


# ---- drawing --------------------------------------------------------------------------------


def _cut_marks(canvas: Canvas, width: float, height: float, n_up: int) -> None:
    """Short ticks at the sheet edges on each cut line, plus a faint dashed guide with scissors."""
    cuts_x = [width / 2]
    cuts_y = [height / 2] if n_up == 4 else []
    edge, tick = 4 * mm, 8 * mm
    canvas.saveState()
    canvas.setStrokeColor(LIGHT)
    canvas.setLineWidth(0.4)
    canvas.setDash(2, 3)
    for x in cuts_x:
        canvas.line(x, edge + tick, x, height - edge - tick)
    for y in cuts_y:
        canvas.line(edge + tick, y, width - edge - tick, y)
    canvas.setDash()
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.6)
    for x in cuts_x:
        canvas.line(x, edge, x, edge + tick)
        canvas.line(x, height - edge, x, height - edge - tick)
    for y in cuts_y:
        canvas.line(edge, y, edge + tick, y)
        canvas.line(width - edge, y, width - edge - tick, y)
    canvas.setFillColor(DARK)
    canvas.setFont(SANS, 9)
    canvas.drawCentredString(cuts_x[0], height - edge - tick - 10, "\u2702")
    canvas.restoreState()


def _render(spec: LeafletSpec) -> tuple[bytes, int]:
    ensure_fonts()
    width, height = page_size(spec.paper)
    pages = _pages(spec)
    buffer = io.BytesIO()
    if spec.n_up == 1:
        canvas = Canvas(buffer, pagesize=(width, height), pageCompression=1, initialFontName=SANS)
        neutral_metadata(canvas, "Leaflet")
        for bodies in pages:
            _draw_page(canvas, spec, bodies, width, height)
            canvas.showPage()
        canvas.save()
        return buffer.getvalue(), len(pages)

    if spec.n_up == 2:
        sheet_w, sheet_h = height, width  # landscape sheet, two portrait halves
    else:
        sheet_w, sheet_h = width, height
    cell_w, cell_h = handbill_size(spec)
    cells = [
        (x * cell_w, y * cell_h)
        for y in range(round(sheet_h / cell_h) - 1, -1, -1)
        for x in range(round(sheet_w / cell_w))
    ]
    canvas = Canvas(buffer, pagesize=(sheet_w, sheet_h), pageCompression=1, initialFontName=SANS)
    neutral_metadata(canvas, "Leaflet handbills")
    for index, bodies in enumerate(pages):
        canvas.beginForm(f"leaflet{index}", lowerx=0, lowery=0, upperx=cell_w, uppery=cell_h)
        _draw_page(canvas, spec, bodies, cell_w, cell_h)
        canvas.endForm()
    for index in range(len(pages)):
        # Backs are mirrored left-right so each lines up with its front when printed duplex.
        order = cells if index == 0 else [(sheet_w - x - cell_w, y) for x, y in cells]
        for cx, cy in order:
            canvas.saveState()
            canvas.translate(cx, cy)
            canvas.doForm(f"leaflet{index}")
            canvas.restoreState()
        _cut_marks(canvas, sheet_w, sheet_h, spec.n_up)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue(), len(pages)


def build_leaflet(spec: LeafletSpec, out: BinaryIO | Path | str) -> DocumentInfo:
    """Build the leaflet PDF into ``out`` (a binary stream, or a path written atomically)."""
    validate_leaflet(spec)
    with fast_shapes():
        data, pages = _render(spec)
    deliver(data, out)
    return DocumentInfo(pages=pages, personal_data="none", personal_kinds=("none",))
