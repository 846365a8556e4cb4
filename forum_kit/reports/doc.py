"""The multi-page document template shared by briefings, chart sheets and packs.

This module owns ``ForumDoc`` (portrait and landscape page templates, PDF bookmarks and table of
contents entries raised by headings; in draft passes, frames that lay out without drawing) and
``render_story``, which runs the build with progress and cancel hooks and returns the PDF bytes
and page count. Headings made with ``heading`` carry their outline level; the document turns each
into a bookmark and, in a pack, a contents line.
"""

from __future__ import annotations

import io
from collections.abc import Callable

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate
from reportlab.platypus.tableofcontents import TableOfContents

from forum_kit.reports.flow import Contents, Para
from forum_kit.reports.fonts import SANS, ensure_fonts
from forum_kit.reports.output import Cancelled, Footer, fast_shapes, numbered_canvas_maker
from forum_kit.reports.styles import MARGIN, MARGIN_BOTTOM, MARGIN_TOP, page_size, paragraph_styles

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]

# multiBuild needs up to three passes to settle a contents page, then one real pass.
_EXPECTED_PASSES = 3


class ChartFlowable(Flowable):
    """A drawing that is laid out on every pass but drawn only on the pass that is kept.

    Layout depends on its size alone, so the passes that only settle the table of contents skip
    the drawing; that is most of the cost of a pack with a chart per area.
    """

    def __init__(self, drawing: Flowable) -> None:
        super().__init__()
        self.drawing = drawing
        self.width = drawing.width
        self.height = drawing.height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        doc = getattr(self.canv, "_doctemplate", None)
        if getattr(doc, "fk_draft", False):
            return
        self.drawing.drawOn(self.canv, 0, 0)


def _not_drawn(*_args: object, **_kwargs: object) -> None:
    return None


class _LayoutFrame(Frame):
    """A frame of the draft passes: it places flowables (wrap, split, space) exactly as a
    ``Frame`` does but never draws them, since the draft PDF is thrown away and only the pages
    the headings land on are kept. Drawing tables and paragraphs was a third of a pack's PDF
    time, spent twice on pages nobody sees."""

    def _add(self, flowable: Flowable, canv: Canvas, trySplit: int = 0) -> int:  # noqa: N803
        try:
            # an instance attribute shadows the method for this one placement
            flowable.drawOn = _not_drawn  # type: ignore[method-assign]
        except AttributeError:  # a flowable with __slots__: drawn, as in a normal frame
            return super()._add(flowable, canv, trySplit)
        try:
            return super()._add(flowable, canv, trySplit)
        finally:
            del flowable.drawOn

    add = _add


def heading(text: str, style: str, level: int, *, toc: bool = True) -> Para:
    """A heading paragraph that becomes a bookmark at ``level`` (and a contents line if ``toc``)."""
    para = Para(text, paragraph_styles()[style])
    para._fk_outline = (level, text, toc)  # type: ignore[attr-defined]
    return para


class Section(Flowable):
    """Where a part of a document starts (a chart sheet in a pack): every page until the next
    section carries ``header`` at its top with "page k of n" counted within the part.

    It takes no room; drawing it tells the canvas which part the page belongs to.
    """

    def __init__(self, key: object, header: str | None) -> None:
        super().__init__()
        self.key = key
        self.header = header

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._fk_section = (self.key, self.header)


class ForumDoc(BaseDocTemplate):
    """A document with "portrait" and "landscape" page templates and automatic bookmarks."""

    def __init__(self, buffer: io.BytesIO, *, paper: str, title: str,
                 first_template: str = "portrait", draft: bool = False) -> None:
        portrait = page_size(paper)
        wide = page_size(paper, landscape_=True)
        super().__init__(buffer, pagesize=portrait, leftMargin=MARGIN, rightMargin=MARGIN,
                         topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=title,
                         author="", creator="Forum Kit", producer="Forum Kit", subject="",
                         initialFontName=SANS, initialFontSize=10)
        templates = []
        for name, (w, h) in (("portrait", portrait), ("landscape", wide)):
            frame = (_LayoutFrame if draft else Frame)(
                MARGIN, MARGIN_BOTTOM, w - 2 * MARGIN, h - MARGIN_TOP - MARGIN_BOTTOM,
                id=name, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
            templates.append(PageTemplate(id=name, frames=[frame], pagesize=(w, h)))
        if first_template == "landscape":
            templates.reverse()
        self.addPageTemplates(templates)
        self._fk_bookmarks = 0
        self.fk_draft = draft

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - ReportLab's name
        outline = getattr(flowable, "_fk_outline", None)
        if outline is None:
            return
        level, text, toc = outline
        self._fk_bookmarks += 1
        key = f"fk{self._fk_bookmarks}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
        if toc:
            self.notify("TOCEntry", (level, text, self.page, key))

    def beforeDocument(self) -> None:  # noqa: N802 - ReportLab's name
        self._fk_bookmarks = 0


def table_of_contents() -> TableOfContents:
    """A contents flowable in the house styles (two levels), in any script."""
    toc = Contents(dotsMinLevel=0)
    styles = paragraph_styles()
    toc.levelStyles = [styles["toc0"], styles["toc1"]]
    return toc


def render_story(story: list[Flowable] | Callable[[], list[Flowable]], *, paper: str,
                 title: str, footer: Footer, multi_pass: bool = False,
                 progress: ProgressFn | None = None, cancelled: CancelFn | None = None,
                 first_template: str = "portrait") -> tuple[bytes, int]:
    """Lay out a story and return (PDF bytes, page count); raise Cancelled if asked to stop.

    With ``multi_pass`` (a table of contents), ``story`` must be a callable making a fresh
    story: the contents are settled on a draft whose charts are left undrawn, then a second,
    fresh story (ReportLab's passes change flowables in place) is built once for real with the
    settled contents.
    """
    first = story() if callable(story) else story
    state = {"pass": 1, "size": max(1, len(first)), "done": 0}
    passes = _EXPECTED_PASSES + 1 if multi_pass else 1
    total = state["size"] * passes

    def on_progress(kind: str, value: int) -> None:
        if cancelled is not None and cancelled():
            raise Cancelled()
        if kind == "PASS":
            state["pass"] = value
        elif kind == "SIZE_EST":
            state["size"] = max(1, value)
        elif kind == "PROGRESS" and progress is not None:
            done = min(total - 1, (min(state["pass"], passes) - 1) * state["size"] + value)
            # Never go backwards, even if an extra pass is needed.
            if done > state["done"]:
                state["done"] = done
                progress(done, total)

    ensure_fonts()
    maker = numbered_canvas_maker(footer, title)
    buffer = io.BytesIO()
    with fast_shapes():
        doc = ForumDoc(buffer, paper=paper, title=title, first_template=first_template)
        if not multi_pass:
            doc.setProgressCallBack(on_progress)
            doc.build(first, canvasmaker=maker)
        else:
            draft = ForumDoc(io.BytesIO(), paper=paper, title=title,
                             first_template=first_template, draft=True)
            draft.setProgressCallBack(on_progress)
            drafted = draft.multiBuild(first, canvasmaker=_DraftCanvas)
            final = story() if callable(story) else story
            settled = [f for f in first if isinstance(f, TableOfContents)]
            fresh = [f for f in final if isinstance(f, TableOfContents)]
            for old, new in zip(settled, fresh, strict=True):
                new._entries = list(old._entries)

            def final_progress(kind: str, value: int) -> None:
                on_progress(kind, value + drafted if kind == "PASS" else value)

            doc.setProgressCallBack(final_progress)
            doc.multiBuild(final, canvasmaker=maker)
    if progress is not None:
        progress(total, total)
    return buffer.getvalue(), doc.canv.fk_total


class _DraftCanvas(Canvas):
    """A canvas for layout-only passes: the finished draft is thrown away, so never serialise it."""

    def save(self) -> None:
        return None
