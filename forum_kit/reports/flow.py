"""The flowables that put text of any script into a document: ``Para``, ``Contents``.

This module owns ``Para``, the paragraph every document uses instead of ReportLab's
``Paragraph``: it takes plain text (or spans of regular and bold text, never markup, so a name
with ``<`` or ``&`` is printed as typed), lays it out with ``reports.text`` (fallback faces,
shaping, bidi, line breaks) in a ``ParagraphStyle``'s font size, leading, colour, spacing and
alignment, splits across pages, and can be given a minimum height (a chart-sheet row keeps room
to write). ``Contents`` is the table of contents drawn with the same engine, each line linked to
its heading.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer, Table
from reportlab.platypus.tableofcontents import TableOfContents

from forum_kit.reports.fonts import SANS_BOLD, SANS_BOLD_OBLIQUE, SANS_OBLIQUE
from forum_kit.reports.styles import BASE_FONT
from forum_kit.reports.text import (
    Layout,
    Line,
    Spans,
    draw_line,
    is_simple,
    layout,
    text_width,
)

TextLike = str | Spans | Sequence[tuple[str, bool]]


def spans_of(text: TextLike, bold: bool = False) -> Spans:
    """``text`` as spans: a plain text is one span in the style's weight."""
    if isinstance(text, str):
        return ((text, bold),)
    return tuple((t, b or bold) for t, b in text)


def cell(text: str, style: ParagraphStyle, width: float) -> str | Para:
    """A table cell: a plain string when ReportLab can draw it as it is on one line (cheap to
    lay out; the table's FONT must match ``style``), else a wrapping ``Para``."""
    bold = style.fontName in (SANS_BOLD, SANS_BOLD_OBLIQUE)
    if (
        "\n" not in text
        and is_simple(((text, bold),))
        and stringWidth(text, style.fontName, style.fontSize) <= width
    ):
        return text
    return Para(text, style)


def first_baseline(height: float, size: float, leading: float) -> float:
    """Where the first baseline sits below the top: the em box centred in the line's leading."""
    return height - (leading - size) / 2 - 0.8 * size


class Para(Flowable):
    """A paragraph of plain text in any script, in a ``ParagraphStyle``.

    ``direction`` is "auto" (each paragraph from its first strong character), "ltr" or "rtl";
    ``lang`` (a BCP 47 code) lets HarfBuzz pick language forms; alignment is the style's, on the
    page (left is left, also for right-to-left text, unless the style says otherwise).
    """

    def __init__(
        self,
        text: TextLike,
        style: ParagraphStyle,
        *,
        direction: str = "auto",
        lang: str | None = None,
        min_height: float = 0.0,
        _lines: tuple[Line, ...] | None = None,
    ) -> None:
        super().__init__()
        self.style = style
        self.bold = style.fontName in (SANS_BOLD, SANS_BOLD_OBLIQUE)
        self.oblique = style.fontName in (SANS_OBLIQUE, SANS_BOLD_OBLIQUE)
        self.spans = spans_of(text, self.bold)
        self.direction = direction
        self.lang = lang
        self.min_height = min_height
        self._lines = _lines
        self._layout: Layout | None = None
        self._laid_width = -1.0
        self.width = 0.0
        self.height = 0.0

    @property
    def text(self) -> str:
        return "".join(t for t, _b in self.spans)

    def _indent(self) -> tuple[float, float]:
        return self.style.leftIndent, self.style.rightIndent

    def _lay(self, avail_width: float) -> tuple[Line, ...]:
        if self._lines is not None:
            return self._lines
        if self._layout is not None and self._laid_width == avail_width:
            return self._layout.lines  # tables ask a cell for its size several times
        left, right = self._indent()
        self._layout = layout(
            self.spans,
            size=self.style.fontSize,
            width=max(avail_width - left - right, 1.0),
            oblique=self.oblique,
            direction=self.direction,
            lang=self.lang,
        )
        self._laid_width = avail_width
        return self._layout.lines

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        lines = self._lay(avail_width)
        self.width = avail_width
        self.height = max(len(lines) * self.style.leading, self.min_height)
        self._wrapped = lines
        return self.width, self.height

    def minWidth(self) -> float:  # noqa: N802 - ReportLab's name
        left, right = self._indent()
        words = self.text.split()
        return (
            max((text_width(w, self.style.fontSize, bold=self.bold) for w in words), default=0.0)
            + left
            + right
        )

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        lines = self._lay(avail_width)
        fit = int((avail_height + 1e-6) // self.style.leading)
        if fit <= 0 or fit >= len(lines):
            return [] if fit <= 0 else [self]
        first = Para(
            self.spans, self.style, direction=self.direction, lang=self.lang, _lines=lines[:fit]
        )
        rest = Para(
            self.spans, self.style, direction=self.direction, lang=self.lang, _lines=lines[fit:]
        )
        first.spaceAfter = 0
        rest.spaceBefore = 0
        return [first, rest]

    def draw(self) -> None:
        lines = getattr(self, "_wrapped", None) or self._lay(self.width)
        style = self.style
        size, leading = style.fontSize, style.leading
        canvas = self.canv
        canvas.setFillColor(style.textColor)
        left, right = self._indent()
        room = self.width - left - right
        used = len(lines) * leading
        top = self.height - max(0.0, self.height - used) / 2  # centred in a minimum height
        y = first_baseline(top, size, leading)
        for index, line in enumerate(lines):
            width = line.em_width * size
            x = left
            if style.alignment == TA_RIGHT:
                x = left + room - width
            elif style.alignment == TA_CENTER:
                x = left + (room - width) / 2
            draw_line(canvas, line, x, y - index * leading, size)


class _ContentsLine(Flowable):
    """One contents entry: the heading's text, dot leaders, its page number, a link."""

    def __init__(self, text: str, page: int, key: str | None, style: ParagraphStyle) -> None:
        super().__init__()
        self.number = str(page)
        self.key = key
        self.style = style
        self.para = Para(text, style)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        size = self.style.fontSize
        self.number_width = stringWidth(self.number, self.style.fontName, size) + 2
        gap = 4 * size
        _w, height = self.para.wrap(
            avail_width - self.style.leftIndent - self.number_width - gap, avail_height
        )
        self.width = avail_width
        self.height = height
        return avail_width, height

    def draw(self) -> None:
        canvas = self.canv
        style = self.style
        size = style.fontSize
        self.para.drawOn(canvas, 0, 0)
        lines = self.para._wrapped
        last = lines[-1] if lines else None
        baseline = (
            first_baseline(self.height, size, style.leading) - (len(lines) - 1) * style.leading
        )
        end = style.leftIndent + (last.em_width * size if last is not None else 0) + 4
        number_x = self.width - self.number_width + 2
        canvas.setFillColor(style.textColor)
        dot = stringWidth(" . ", style.fontName, size)
        x = end
        dots = []
        while x + dot < number_x - 2:
            dots.append(" . ")
            x += dot
        if dots:
            canvas.setFont(style.fontName, size)
            canvas.drawRightString(number_x - 2, baseline, "".join(dots))
        canvas.setFont(style.fontName, size)
        canvas.drawRightString(self.width, baseline, self.number)
        if self.key:
            canvas.linkRect("", self.key, (0, 0, self.width, self.height), relative=1)


class Contents(TableOfContents):
    """A two-level table of contents whose entries are laid out with ``Para``."""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        entries = self._lastEntries or [(0, "Contents", 0, None)]
        rows: list[list[Flowable]] = []
        for level, text, page, key in entries:
            style = self.getLevelStyle(level)
            if style.spaceBefore:
                rows.append([Spacer(1, style.spaceBefore)])
            rows.append([_ContentsLine(text, page, key, style)])
        self._table = Table(
            rows,
            colWidths=(avail_width,),
            style=[
                BASE_FONT,
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ],
        )
        self.width, self.height = self._table.wrapOn(self.canv, avail_width, avail_height)
        return self.width, self.height
