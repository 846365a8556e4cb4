"""How a finished document leaves the builder: neutral metadata, page footers, safe writing.

This module owns the pieces every builder shares: the ``Cancelled`` error, the canvas that
prints "Page X of Y" footers and neutral metadata (no author, creator "Forum Kit"), the switch
that turns ReportLab's per-attribute shape validation off during a build (PERFORMANCE.md: most
chart time went there), and ``deliver``, which writes the finished bytes to a stream or to a path
through a temporary file in the same folder renamed into place, so a failed or cancelled build
never leaves a partial PDF behind. ``marked`` puts a line at the head of every footer of the
documents built inside it (the committee copy's "Copy of Kim's chart, as of ...", so a walk list
printed from a copy never passes for the chart of record).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from forum_kit.errors import ForumKitError, InvalidInput, StorageError
from forum_kit.i18n import N_, _
from forum_kit.reports.styles import DARK, FOOTER_SIZE, FOOTER_Y, HEADER_Y, LIGHT, MARGIN
from forum_kit.reports.text import draw_text, forget, text_width

PRODUCER = "Forum Kit"


class Cancelled(ForumKitError):
    """The user cancelled a document build; nothing was written."""

    default_message = N_("The document was not made: the build was cancelled. No file was written.")


_checking_lock = threading.Lock()
_checking_depth = 0
_checking_saved = 1


@contextlib.contextmanager
def fast_shapes() -> Iterator[None]:
    """Turn off ReportLab's shape attribute validation for the duration of a build.

    rl_config is process-wide, so nested or concurrent builds share one counter and the value the
    first one saw is restored by the last one out, which also makes the text engine forget the
    texts it laid out (names must not stay in memory once the document is made).
    """
    global _checking_depth, _checking_saved
    with _checking_lock:
        if _checking_depth == 0:
            _checking_saved = rl_config.shapeChecking
            rl_config.shapeChecking = 0
        _checking_depth += 1
    try:
        yield
    finally:
        with _checking_lock:
            _checking_depth -= 1
            if _checking_depth == 0:
                rl_config.shapeChecking = _checking_saved
                forget()


def neutral_metadata(canvas: Canvas, title: str) -> None:
    """Metadata that says what the document is, never who made it (SECURITY.md L-5)."""
    canvas.setAuthor("")
    canvas.setCreator(PRODUCER)
    canvas.setProducer(PRODUCER)
    canvas.setSubject("")
    canvas.setKeywords("")
    canvas.setTitle(title)


_MARK: ContextVar[str | None] = ContextVar("forum_kit_document_mark", default=None)


@contextlib.contextmanager
def marked(text: str | None) -> Iterator[None]:
    """Every page of the documents built inside (in this thread) begins its footer with
    ``text``; None marks nothing."""
    token = _MARK.set(text or None)
    try:
        yield
    finally:
        _MARK.reset(token)


@dataclass(frozen=True)
class Footer:
    """What every page of a multi-page document prints at its foot."""

    left: str
    centre: str = ""


class NumberedCanvas(Canvas):
    """A canvas that holds pages back until the end so each can say "Page X of Y".

    Only the pass that is saved pays for the footers: ReportLab's multiBuild passes before the
    last never call ``save``.
    """

    def __init__(self, *args: object, footer: Footer, doc_title: str, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        mark = _MARK.get()
        # the mark comes first: the left part of a footer gives way from its end
        self._fk_footer = (
            footer
            if mark is None
            else Footer(f"{mark} \u00b7 {footer.left}" if footer.left else mark, footer.centre)
        )
        self._fk_pages: list[dict] = []
        self.fk_total = 0
        neutral_metadata(self, doc_title)

    def bookmarkPage(self, key: str, **kwargs: object) -> None:  # noqa: N802 - ReportLab's name
        # A bookmark points at the page being emitted, and pages are emitted only in save():
        # made now, every bookmark would point at page 1.
        self.__dict__.setdefault("_fk_marks", []).append((key, kwargs))

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._fk_pages.append(dict(self.__dict__))
        self._fk_marks = []
        self._startPage()

    def save(self) -> None:
        total = len(self._fk_pages)
        sections = _section_pages([state.get("_fk_section") for state in self._fk_pages])
        for index, state in enumerate(self._fk_pages):
            self.__dict__.update(state)
            for key, kwargs in state.get("_fk_marks", ()):
                Canvas.bookmarkPage(self, key, **kwargs)
            self._fk_draw_footer(total)
            header = sections[index]
            if header is not None:
                self._fk_draw_header(*header)
            super().showPage()
        # Set after the loop: each restored page state carries the old value.
        self.fk_total = total
        super().save()

    def _fk_draw_footer(self, total: int) -> None:
        width, _height = self._pagesize
        self.saveState()
        self.setStrokeColor(LIGHT)
        self.setLineWidth(0.5)
        self.line(MARGIN, FOOTER_Y + 10, width - MARGIN, FOOTER_Y + 10)
        self.setFillColor(DARK)
        number = _("Page {page} of {total}").format(page=self._pageNumber, total=total)
        number_w = text_width(number, FOOTER_SIZE)
        left, centre = self._fk_footer.left, self._fk_footer.centre
        room = width - 2 * MARGIN - number_w - 14
        left_w = text_width(left, FOOTER_SIZE)
        centre_w = text_width(centre, FOOTER_SIZE, bold=True) if centre else 0.0
        if centre:
            # The privacy line is the one that must be read: it keeps its words, the left
            # part gives way first.
            centre_w = min(centre_w, room * 0.7)
            left_w = min(left_w, room - centre_w - 14)
            mid = min(max(width / 2, MARGIN + left_w + 14 + centre_w / 2),
                      width - MARGIN - number_w - 14 - centre_w / 2)
            draw_text(self, mid, FOOTER_Y, centre, FOOTER_SIZE, bold=True, align="centre",
                      max_width=centre_w + 0.5)
        draw_text(self, MARGIN, FOOTER_Y, left, FOOTER_SIZE, max_width=min(left_w, room) + 0.5)
        draw_text(self, width - MARGIN, FOOTER_Y, number, FOOTER_SIZE, align="right")
        self.restoreState()

    def _fk_draw_header(self, text: str, page: int, pages: int) -> None:
        """The running header of a part: its full name and "page k of n" within it."""
        width, height = self._pagesize
        self.saveState()
        self.setFillColor(DARK)
        count = _("Sheet page {page} of {pages}").format(page=page, pages=pages)
        count_w = text_width(count, FOOTER_SIZE, bold=True)
        draw_text(self, width - MARGIN, height - HEADER_Y, count, FOOTER_SIZE, bold=True,
                  align="right")
        draw_text(self, MARGIN, height - HEADER_Y, text, FOOTER_SIZE, bold=True,
                  max_width=width - 2 * MARGIN - count_w - 12)
        self.restoreState()


def _section_pages(marks: list[tuple[object, str | None] | None]
                   ) -> list[tuple[str, int, int] | None]:
    """For each page, (header, k, n) when it belongs to a part with a running header."""
    counts: dict[object, int] = {}
    for mark in marks:
        if mark is not None and mark[1]:
            counts[mark[0]] = counts.get(mark[0], 0) + 1
    seen: dict[object, int] = {}
    out: list[tuple[str, int, int] | None] = []
    for mark in marks:
        if mark is None or not mark[1]:
            out.append(None)
            continue
        seen[mark[0]] = seen.get(mark[0], 0) + 1
        out.append((mark[1], seen[mark[0]], counts[mark[0]]))
    return out


def numbered_canvas_maker(footer: Footer, title: str) -> Callable[..., NumberedCanvas]:
    """A ``canvasmaker`` for ReportLab doc templates that prints ``footer`` on every page."""

    def make(*args: object, **kwargs: object) -> NumberedCanvas:
        return NumberedCanvas(*args, footer=footer, doc_title=title, **kwargs)

    return make


def deliver(data: bytes, out: BinaryIO | Path | str) -> None:
    """Write finished PDF bytes to ``out``: a binary stream, or a path replaced atomically."""
    if isinstance(out, str | os.PathLike):
        write_atomic(Path(out), data)
        return
    if not hasattr(out, "write"):
        raise InvalidInput(_("out: give a file path or a binary stream."))
    out.write(data)


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a same-folder temporary file, fsync and rename.

    The temporary file is created readable by the owner only (mkstemp), and the rename keeps
    that: a PDF may hold coworkers' names.
    """
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise InvalidInput(_("out: the folder to save the document in does not exist."))
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".forumkit-", suffix=".pdf.tmp", dir=folder)
    except OSError as exc:
        raise StorageError(_("The document could not be saved there (folder not "
                             "writable).")) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError(_("The document could not be saved (disk full or not "
                             "writable).")) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
