"""The pack's draft passes lay flowables out without drawing them (``reports.doc``): the
finished PDF must be the one a draft that draws everything gives, page for page and byte for
byte apart from the creation date and the file id."""

from __future__ import annotations

import io
import re

from reportlab.platypus import Flowable, Frame

import forum_kit.reports.doc as doc
from forum_kit.reports import build_pack
from forum_kit.reports.samples import sample_pack

_VOLATILE = re.compile(rb"/(CreationDate|ModDate) \(D:[^)]*\)|/ID\s*\[<[0-9a-f]+>\s*<[0-9a-f]+>\]")


def _pack_bytes(spec) -> tuple[bytes, int]:
    out = io.BytesIO()
    info = build_pack(spec, out)
    return _VOLATILE.sub(b"", out.getvalue()), info.pages


def _final_passes(monkeypatch) -> list[int]:
    """Counts the passes of the kept (not draft) build: 1 when the draft settled the contents
    exactly as the real layout has them (ReportLab would re-run the pass otherwise)."""
    passes: list[int] = []
    build = doc.ForumDoc.build

    def counted(self, *args, **kwargs):
        if not self.fk_draft:
            passes.append(1)
        return build(self, *args, **kwargs)

    monkeypatch.setattr(doc.ForumDoc, "build", counted)
    return passes


def test_layout_only_draft_gives_the_same_pdf(monkeypatch):
    # enough areas for the contents to run over a page, with chart sheets in landscape
    spec = sample_pack(areas=40, chart_sheets=2)
    passes = _final_passes(monkeypatch)
    fast, pages = _pack_bytes(spec)
    assert len(passes) == 1
    monkeypatch.setattr(doc, "_LayoutFrame", Frame)
    drawn, drawn_pages = _pack_bytes(spec)
    assert pages == drawn_pages > 10
    assert fast == drawn


class _Counted(Flowable):
    def __init__(self) -> None:
        super().__init__()
        self.drawn = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 50, 20

    def draw(self) -> None:
        self.drawn += 1


def test_layout_frame_places_without_drawing_and_frame_draws():
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(io.BytesIO())
    for frame_class, expected in ((doc._LayoutFrame, 0), (Frame, 1)):
        frame = frame_class(0, 0, 200, 100, leftPadding=0, rightPadding=0, topPadding=0,
                            bottomPadding=0)
        item = _Counted()
        assert frame.add(item, canvas) == 1
        assert item.drawn == expected
        assert frame._y == 80  # placed: the next flowable goes below it
        assert "drawOn" not in vars(item)  # the method is not left shadowed
