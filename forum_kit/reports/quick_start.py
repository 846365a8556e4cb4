"""The printable quick start: a few pages made from the guide's own text, in its language.

Owns ``build_quick_start``. It reads the guide's files (``forum_kit.guide``) in the chosen
language, English where a part is not translated, and lays them out with the documents' text
engine (``Para``: any script, shaped, right to left where the part's language is written so,
with its headings and list markers on the right): the quick start's title and introduction,
"What each page is for" (the title and summary paragraph of each page's part), then Getting
started, Safety first and the Glossary in full. Pictures stay in the app (a screenshot printed
at a third of a page is unreadable on a photocopy). It carries no personal data: the guide is
the same for everyone.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Indenter, KeepTogether, Spacer, Table

from forum_kit import guide
from forum_kit.i18n import document_language
from forum_kit.reports.data import DocumentInfo
from forum_kit.reports.doc import render_story
from forum_kit.reports.flow import Para, TextLike
from forum_kit.reports.leaflet_words import is_rtl
from forum_kit.reports.output import Footer, deliver
from forum_kit.reports.styles import BASE_FONT, paragraph_styles

_BULLET = 18.0  # the marker's column
_OUTLINE = {"title": 0, "h1": 0, "h2": 1}  # headings that become bookmarks, at their level


@functools.cache
def _style(name: str, rtl: bool, space_after: float | None = None) -> ParagraphStyle:
    """A house style, aligned right for a right-to-left language, with its own space after."""
    base = paragraph_styles()[name]
    changes: dict[str, object] = {}
    if rtl:
        changes["alignment"] = TA_RIGHT
    if space_after is not None:
        changes["spaceAfter"] = space_after
    if not changes:
        return base
    return ParagraphStyle(f"qs-{name}-{rtl}-{space_after}", parent=base, **changes)


def _para(text: TextLike, style: str, language: str, space_after: float | None = None) -> Para:
    rtl = is_rtl(language)
    para = Para(
        text,
        _style(style, rtl, space_after),
        direction="rtl" if rtl else "auto",
        lang=language.replace("_", "-"),
    )
    if style in _OUTLINE:
        plain = text if isinstance(text, str) else "".join(t for t, _b in text)
        para._fk_outline = (_OUTLINE[style], plain, False)  # type: ignore[attr-defined]
    return para


def _list_item(block: guide.Block, language: str) -> list[Flowable]:
    """A list item with its marker in a column of its own, so wrapped lines hang under the
    first word (on the right in a right-to-left language)."""
    rtl = is_rtl(language)
    marker = f"{block.number}." if block.number else "\u2022"
    row: list[Flowable] = [
        _para(marker, "body", language, 0),
        _para(block.spans, "body", language, 0),
    ]
    widths: tuple[float | None, float | None] = (_BULLET, None)
    if rtl:
        row.reverse()
        widths = (None, _BULLET)
    table = Table(
        [row],
        colWidths=widths,
        style=[
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            BASE_FONT,
        ],
    )
    indent = _BULLET * block.depth
    if not indent:
        return [table]
    side = {"right": indent} if rtl else {"left": indent}
    back = {"right": -indent} if rtl else {"left": -indent}
    return [Indenter(**side), table, Indenter(**back)]


def _block_flowables(block: guide.Block, language: str) -> list[Flowable]:
    """One block of the guide in the house styles (h1 and h2 become bookmarks)."""
    if block.kind == "img":
        return []
    if block.kind == "li":
        return _list_item(block, language)
    if block.kind in ("h1", "h2", "h3"):
        return [_para(block.spans, block.kind, language)]
    if block.kind == "dt":
        return [_para(block.spans, "h3", language)]
    return [_para(block.spans, "body", language, 4 if block.kind == "dd" else 5)]


def quick_start_story(language: str) -> list[Flowable]:
    """The quick start's flowables in ``language`` (a guide language code)."""
    intro = guide.read_part(guide.QUICK_START, language)
    story: list[Flowable] = []
    for block in intro.blocks:
        if block.kind == "h1":
            story.append(_para(block.spans, "title", intro.language))
        elif block.kind == "h2":
            story.append(Spacer(1, 6))
            story.extend(_block_flowables(block, intro.language))
            # What each page is for: the title and summary of every page's part.
            for name in guide.PAGE_GUIDES:
                part = guide.read_part(name, language)
                story.append(
                    KeepTogether(
                        [
                            _para(part.title, "h3", part.language),
                            _para(part.summary(), "body", part.language, 4),
                        ]
                    )
                )
        else:
            story.extend(_block_flowables(block, intro.language))
    for name in guide.QUICK_START_PARTS:
        part = guide.read_part(name, language)
        story.append(Spacer(1, 10))
        for block in part.blocks:
            story.extend(_block_flowables(block, part.language))
    return story


def build_quick_start(
    out: BinaryIO | Path | str, language: str | None = None, *, paper: str = "A4"
) -> DocumentInfo:
    """Write the quick start into ``out`` (a stream, or a path written whole or not at all) in
    ``language`` (its base language, or English, where the guide is not written in it)."""
    code = guide.resolve_language(language)
    title = guide.read_part(guide.QUICK_START, code).title or "Forum Kit quick start"
    with document_language(code):  # the footer's "Page 1 of 6" in the guide's language
        pdf, pages = render_story(
            lambda: quick_start_story(code), paper=paper, title=title, footer=Footer(left=title)
        )
    deliver(pdf, out)
    return DocumentInfo(pages=pages, personal_data="none", personal_kinds=("none",))
