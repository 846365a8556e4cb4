"""The steward's guide: its parts, the language each is read in, and its text as blocks.

Owns the guide's table of parts (``PARTS``), which part explains which page of the app
(``PAGE_PARTS``), the choice of language folder (``resources/guide/<code>/``, else the base
language, else English, part by part, so a translation missing a part still shows the English
one), and a small reader of the guide's HTML (a fixed subset: ``h1``-``h3``, ``p``, ``ul``/``ol``
with ``li``, ``dl`` with ``dt``/``dd``, ``b``/``strong``, ``a``, ``img``) into plain blocks of
text spans. The app shows the files themselves in a ``QTextBrowser``; the quick-start PDF
(``forum_kit.reports.quick_start``), the command line (``forum-kit guide``), the glossary
tooltips and the tests read the same files through this module, so there is one text. Nothing
here imports Qt; the guide holds no personal data.
"""

from __future__ import annotations

import functools
import html.parser
import re
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

from forum_kit.errors import InvalidInput
from forum_kit.i18n import _
from forum_kit.resources import resource_path

GUIDE_FOLDER = "guide"
IMAGES_FOLDER = "images"  # shared by every language: resources/guide/images/
DEFAULT_LANGUAGE = "en"
SUFFIX = ".html"

# The parts in reading order (the contents list of the guide window and of the CLI).
PARTS: tuple[str, ...] = (
    "index",
    "getting-started",
    "map",
    "people",
    "conversations",
    "grievances",
    "growth",
    "assemblies",
    "documents",
    "mutual-aid",
    "search",
    "committee",
    "safety",
    "glossary",
)
# Which part F1 opens on each page of the main window (the keys of ``ui.app.PAGE_FACTORIES``
# and the search results page).
PAGE_PARTS: dict[str, str] = {
    "map": "map",
    "people": "people",
    "conversations": "conversations",
    "grievances": "grievances",
    "growth": "growth",
    "assemblies": "assemblies",
    "documents": "documents",
    "mutual_aid": "mutual-aid",
    "search": "search",
    "committee": "committee",
}
# The parts that explain one page each: the quick start prints their summaries.
PAGE_GUIDES: tuple[str, ...] = tuple(p for p in PAGE_PARTS.values() if p != "search")
QUICK_START = "quick-start"  # the quick start's own title and introduction
QUICK_START_PARTS: tuple[str, ...] = ("getting-started", "safety", "glossary")
ALL_FILES: tuple[str, ...] = (*PARTS, QUICK_START)

_CODE = re.compile(r"^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*$")


# ---- where the files are ----------------------------------------------------------------


def guide_root() -> Path:
    """The guide's folder inside the program's resources."""
    return resource_path(GUIDE_FOLDER)


def images_dir() -> Path:
    """The screenshots the guide shows (copies of ``docs/screenshots/`` made by its script)."""
    return guide_root() / IMAGES_FOLDER


def languages() -> list[str]:
    """The language codes the guide is written in (``en`` first)."""
    root = guide_root()
    found = (
        sorted(p.name for p in root.iterdir() if p.is_dir() and p.name != IMAGES_FOLDER)
        if root.is_dir()
        else []
    )
    return sorted(found, key=lambda code: (code != DEFAULT_LANGUAGE, code))


def language_candidates(code: str | None) -> list[str]:
    """The folders to try for ``code``, best first: ``pt_BR``, ``pt``, then ``en``."""
    out: list[str] = []
    if code and _CODE.match(code.strip()):
        full = code.strip().replace("-", "_")
        out.append(full)
        base = full.split("_")[0].lower()
        if base not in out:
            out.append(base)
    if DEFAULT_LANGUAGE not in out:
        out.append(DEFAULT_LANGUAGE)
    return out


def resolve_language(code: str | None) -> str:
    """The language the guide will be shown in for ``code`` (its own, its base, or English)."""
    present = set(languages())
    for candidate in language_candidates(code):
        if candidate in present:
            return candidate
    return DEFAULT_LANGUAGE


def part_path(part: str, code: str | None = None) -> Path:
    """The file of ``part`` in ``code``'s language, or in English when not translated."""
    if part not in ALL_FILES:
        raise InvalidInput(_("The guide has no part '{part}'; its parts are: {parts}.").format(
            part=part, parts=", ".join(PARTS)))
    root = guide_root()
    for candidate in language_candidates(code):
        path = root / candidate / f"{part}{SUFFIX}"
        if path.is_file():
            return path
    raise InvalidInput(
        _("The guide's part '{part}' is missing from this installation: reinstall Forum Kit.")
        .format(part=part)
    )


# ---- reading a part ---------------------------------------------------------------------

Spans = tuple[tuple[str, bool], ...]  # (text, bold), as the documents' Para takes them


@dataclass(frozen=True)
class Block:
    """One paragraph-like piece of a part: a heading, a paragraph, a list item, a picture."""

    kind: str  # h1 h2 h3 p li dt dd img
    spans: Spans = ()
    number: int = 0  # an ``ol`` item's number (0 in a ``ul``)
    depth: int = 0  # list nesting
    src: str = ""  # an img's file
    anchor: str = ""  # the block's id, if any
    css_class: str = ""

    @property
    def text(self) -> str:
        return "".join(t for t, _b in self.spans)


@dataclass
class Part:
    """A part read into blocks, with the links, anchors and pictures it holds."""

    name: str
    language: str
    title: str = ""  # the part's heading
    short_title: str = ""  # its <title>: the contents list's entry
    blocks: list[Block] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    anchors: set[str] = field(default_factory=set)
    images: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """The part's summary paragraph (``<p class="summary">``), else its first paragraph."""
        paragraphs = [b for b in self.blocks if b.kind == "p"]
        marked = [b for b in paragraphs if "summary" in b.css_class.split()]
        chosen = marked or paragraphs
        return chosen[0].text if chosen else ""

    def plain_text(self, width: int = 78) -> str:
        """The part as plain text wrapped at ``width``, for a terminal (pictures left out)."""
        lines: list[str] = []

        def wrapped(text: str, first: str = "", rest: str = "") -> list[str]:
            return textwrap.wrap(
                text, width, initial_indent=first, subsequent_indent=rest, break_on_hyphens=False
            ) or [first.rstrip()]

        for block in self.blocks:
            text = block.text
            if block.kind == "h1":
                lines += [text.upper(), ""]
            elif block.kind in ("h2", "h3"):
                lines += ["", text, "-" * min(len(text), width)]
            elif block.kind == "li":
                marker = f"{block.number}." if block.number else "-"
                indent = "  " * block.depth
                lines += wrapped(text, f"{indent}{marker} ", indent + " " * (len(marker) + 1))
            elif block.kind == "dt":
                lines += ["", text]
            elif block.kind == "dd":
                lines += wrapped(text, "    ", "    ")
            elif block.kind != "img":
                lines += [*wrapped(text), ""]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


_BLOCK_TAGS = frozenset({"h1", "h2", "h3", "p", "li", "dt", "dd"})
_BOLD_TAGS = frozenset({"b", "strong"})
_WS = re.compile(r"\s+")


class _Reader(html.parser.HTMLParser):
    """Reads the guide's HTML subset into blocks (anything else is read as plain text)."""

    def __init__(self, part: Part) -> None:
        super().__init__(convert_charrefs=True)
        self.part = part
        self.current: list[tuple[str, bool]] | None = None
        self.current_tag = ""
        self.current_attrs: dict[str, str] = {}
        self.bold = 0
        self.lists: list[list[int]] = []  # per open list: [next number] (0 = unordered)
        self.in_title = False
        self.title: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if values.get("id"):
            self.part.anchors.add(values["id"])
        if values.get("name") and tag == "a":
            self.part.anchors.add(values["name"])
        if tag == "title":
            self.in_title = True
        elif tag == "ul":
            self.lists.append([0])
        elif tag == "ol":
            self.lists.append([1])
        elif tag in _BLOCK_TAGS:
            self._close()
            self.current, self.current_tag, self.current_attrs = [], tag, values
        elif tag in _BOLD_TAGS:
            self.bold += 1
        elif tag == "a" and values.get("href"):
            self.part.links.append(values["href"])
        elif tag == "img":
            src = values.get("src", "")
            self.part.images.append(src)
            self.part.blocks.append(
                Block(
                    "img", ((values.get("alt", ""), False),), src=src, anchor=values.get("id", "")
                )
            )
        elif tag == "br" and self.current is not None:
            self.current.append(("\n", False))

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        elif tag in ("ul", "ol"):
            self._close()
            if self.lists:
                self.lists.pop()
        elif tag in _BLOCK_TAGS:
            self._close()
        elif tag in _BOLD_TAGS:
            self.bold = max(0, self.bold - 1)

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif self.current is not None:
            self.current.append((data, self.bold > 0))

    def _close(self) -> None:
        if self.current is None:
            return
        spans = _tidy(self.current)
        tag, attrs = self.current_tag, self.current_attrs
        self.current = None
        if not spans:
            return
        number = 0
        depth = max(0, len(self.lists) - 1)
        if tag == "li" and self.lists and self.lists[-1][0]:
            number = self.lists[-1][0]
            self.lists[-1][0] += 1
        self.part.blocks.append(
            Block(
                tag,
                spans,
                number=number,
                depth=depth,
                anchor=attrs.get("id", ""),
                css_class=attrs.get("class", ""),
            )
        )

    def close(self) -> None:
        super().close()
        self._close()


def _tidy(pieces: list[tuple[str, bool]]) -> Spans:
    """Whitespace folded as a browser folds it (a ``<br>`` is the only line break); neighbouring
    spans of one weight joined."""
    out: list[list] = []
    previous_space = True  # no space at the start of a block
    for text, bold in pieces:
        if text != "\n":
            text = _WS.sub(" ", text)
            if previous_space:
                text = text.lstrip(" ")
            if not text:
                continue
            previous_space = text.endswith(" ")
        else:
            previous_space = True
            if out:
                out[-1][0] = out[-1][0].rstrip(" ")
        if out and out[-1][1] == bold:
            out[-1][0] += text
        else:
            out.append([text, bold])
    if out:
        out[-1][0] = out[-1][0].rstrip()
    return tuple((t, b) for t, b in out if t)


def read_html(text: str, *, name: str = "", language: str = DEFAULT_LANGUAGE) -> Part:
    """A part's HTML read into blocks, links, anchors and pictures."""
    part = Part(name=name, language=language)
    reader = _Reader(part)
    reader.feed(text)
    reader.close()
    heading = next((b.text for b in part.blocks if b.kind == "h1"), "")
    short = _WS.sub(" ", "".join(reader.title)).strip()
    part.title = heading or short
    part.short_title = short or heading
    return part


@functools.lru_cache(maxsize=64)
def _read(path: Path, mtime: float) -> Part:
    return read_html(path.read_text(encoding="utf-8"), name=path.stem, language=path.parent.name)


def read_part(part: str, code: str | None = None) -> Part:
    """``part`` in ``code``'s language (or English) read into blocks."""
    path = part_path(part, code)
    return _read(path, path.stat().st_mtime)


# ---- the glossary -----------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    """One word of the method: its anchor in the glossary, the word, and what it means."""

    key: str
    word: str
    meaning: str


def glossary(code: str | None = None) -> dict[str, Term]:
    """The glossary's terms by anchor: each ``<dt id=...>`` with the ``<dd>`` after it."""
    part = read_part("glossary", code)
    terms: dict[str, Term] = {}
    current: Block | None = None
    for block in part.blocks:
        if block.kind == "dt" and block.anchor:
            current = block
        elif block.kind == "dd" and current is not None:
            terms[current.anchor] = Term(current.anchor, current.text, block.text)
            current = None
    return terms


def first_sentence(text: str) -> str:
    """The first sentence of a definition (a tooltip is read at a glance)."""
    match = re.search(r"^(.+?[.!?。؟])(\s|$)", text)
    return match.group(1) if match else text


# ---- checking ---------------------------------------------------------------------------


def link_problems(code: str) -> list[str]:
    """Every link or picture of language ``code``'s parts that leads nowhere, as sentences.

    A link is another part (``map.html``), a place in one (``glossary.html#mandate``, or
    ``#mandate`` in the same part) or a picture under ``../images/``; nothing on the network
    (the app is offline, and a link out would tell a server who reads the guide)."""
    problems: list[str] = []
    folder = guide_root() / code
    parts: dict[str, Part] = {}
    for name in ALL_FILES:
        path = folder / f"{name}{SUFFIX}"
        if path.is_file():
            parts[name] = _read(path, path.stat().st_mtime)
    for name, part in parts.items():
        for href in part.links:
            target, _, anchor = href.partition("#")
            if "://" in target or target.startswith(("mailto:", "//")):
                problems.append(f"{code}/{name}: a link leaves the app: {href}")
                continue
            stem = target[: -len(SUFFIX)] if target.endswith(SUFFIX) else None
            if target and (stem is None or stem not in parts):
                problems.append(f"{code}/{name}: no part {target}")
                continue
            goal = parts[stem] if stem else part
            if anchor and anchor not in goal.anchors:
                problems.append(f"{code}/{name}: no place #{anchor} in {goal.name}{SUFFIX}")
        for src in part.images:
            if not (folder / src).resolve().is_file():
                problems.append(f"{code}/{name}: no picture {src}")
    return problems
