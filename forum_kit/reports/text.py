"""Text in every script, laid out and drawn: fallback runs, bidi levels, HarfBuzz shaping, lines.

This module owns the one text engine of the documents. A text (spans of regular or bold words)
is split into runs of one face and one bidirectional level (``fonts.font_for`` per character,
spaces and punctuation staying in the run around them); each run is shaped by HarfBuzz
(``uharfbuzz``) with the whole text as context, so Arabic joins, Indic conjuncts form and marks
sit where the font puts them; lines are broken at spaces (and between CJK characters, or inside a
word too long for its line); and each line is put in visual order by the Unicode bidirectional
algorithm (levels from ``python-bidi``, then rule L2 on the shaped runs of that line), so a
right-to-left name reads right to left inside a left-to-right table and an Arabic leaflet reads
right to left throughout. Glyphs are written with ReportLab's TrueType embedding (subset at save):
a glyph the font maps from a character is written as that character, so the PDF's text is that
character; a glyph no character maps to (a ligature, a joined form, a conjunct) gets a private
code point of its own. Text made of characters DejaVu prints as they come (Latin, Greek, Cyrillic
without combining marks) takes a fast path that measures and draws with ReportLab directly.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

import uharfbuzz as hb
from bidi import get_display
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from forum_kit.errors import InvalidInput
from forum_kit.i18n import _
from forum_kit.reports import fonts
from forum_kit.reports.fonts import LAYOUT_CHARS, Face, font_for, get_font, latin_face

Spans = tuple[tuple[str, bool], ...]  # (text, bold) pieces of one text
_RTL_TYPES = frozenset(
    {"R", "AL", "AN", "RLE", "RLO", "RLI", "LRE", "LRO", "LRI", "FSI", "PDF", "PDI"}
)
_BREAK_SPACES = frozenset(
    " \u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u205f\u3000\u200b"
)
_HYPHENS = frozenset("-\u2010\u2013\u2014/")
# Kinsoku: no line starts with these, none ends with the openers.
_NO_START = frozenset(
    "、。，．：；？！）」』】〕〉》〙〗｝］ー…‥ゝゞヽヾ"
    "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ・,.:;?!)]}%"
)
_NO_END = frozenset("（「『【〔〈《〘〖｛［([{")
_FAKE_BOLD_STROKE = 0.035  # of the font size: the outline stroke that stands in for a bold cut
_SHAPE_CACHE_SIZE = 8192
_FEATURES = {"kern": True, "liga": True}


# ---- fonts as HarfBuzz and ReportLab see them ----------------------------------------------


class _FaceData:
    """A face's HarfBuzz font, its units per em and the characters its glyphs are written as."""

    def __init__(self, name: str) -> None:
        font = get_font(name)
        self.ttf = font
        face = hb.Face(hb.Blob(font.face._ttf_data))
        self.upem = face.upem
        self.hb_font = hb.Font(face)
        self.lock = threading.Lock()
        self.chars: dict[int, str] = {}
        self.natural: dict[str, float] = {}  # char -> advance in em (what the PDF will assume)
        self._next_private = 0xF0000

    def char_for(self, gid: int) -> str:
        """The character that writes glyph ``gid`` in the PDF (a private one if none maps to it)."""
        ch = self.chars.get(gid)
        if ch is not None:
            return ch
        with self.lock:
            ch = self.chars.get(gid)
            if ch is not None:
                return ch
            face = self.ttf.face
            mapped = face.glyphToChar.get(gid)
            if mapped:
                code = min(mapped)
            else:
                code = self._next_private
                while code in face.charToGlyph:
                    code += 1
                self._next_private = code + 1
                face.charToGlyph[code] = gid
                face.glyphToChar.setdefault(gid, []).append(code)
                advance = self.hb_font.get_glyph_h_advance(gid)
                face.charWidths[code] = advance * 1000 / self.upem
            ch = chr(code)
            self.natural[ch] = face.charWidths.get(code, 0) / 1000
            self.chars[gid] = ch
            return ch


_faces: dict[str, _FaceData] = {}
_faces_lock = threading.Lock()


def _face_data(name: str) -> _FaceData:
    data = _faces.get(name)
    if data is None:
        with _faces_lock:
            data = _faces.get(name)
            if data is None:
                data = _faces[name] = _FaceData(name)
    return data


# ---- the parts of a laid-out text ----------------------------------------------------------


@dataclass(frozen=True)
class Glyph:
    gid: int
    cluster: int  # index of the first character of its cluster in the text
    advance: float  # in em
    dx: float
    dy: float


@dataclass(frozen=True)
class Piece:
    """Part of a line in one face, already in visual order; ``glyphs`` None: plain text."""

    face: Face
    level: int
    start: int
    end: int
    glyphs: tuple[Glyph, ...] | None
    text: str = ""
    em_width: float = 0.0


@dataclass(frozen=True)
class Line:
    pieces: tuple[Piece, ...]
    em_width: float
    start: int
    end: int


@dataclass(frozen=True)
class _Run:
    face: Face
    level: int
    start: int
    end: int
    glyphs: tuple[Glyph, ...]


@dataclass(frozen=True)
class _Shaped:
    """A text shaped once, size-independent: runs, advance per character (em), base level."""

    text: str
    runs: tuple[_Run, ...]
    advances: tuple[float, ...]
    base: int
    cluster_starts: frozenset[int]
    lang: str | None


# ---- deciding what needs the full engine ---------------------------------------------------


@cache
def _simple_chars(bold: bool, oblique: bool) -> frozenset[str]:
    """Characters DejaVu draws as they come in one style: no shaping, no bidi, no marks."""
    cover = fonts.coverage(latin_face(bold, oblique))
    out = set()
    for cp in cover:
        ch = chr(cp)
        if fonts.script_of(ch) is not None:
            continue
        if unicodedata.bidirectional(ch) in _RTL_TYPES or unicodedata.bidirectional(ch) == "NSM":
            continue
        if unicodedata.category(ch) in ("Mn", "Me", "Cf", "Cc", "Cs", "Co", "Cn"):
            continue
        out.add(ch)
    return frozenset(out)


def is_simple(spans: Spans, oblique: bool = False) -> bool:
    """True when every span can be measured and drawn by ReportLab as it is."""
    for text, bold in spans:
        if text.isascii() and text.isprintable():
            continue
        if not set(text) <= _simple_chars(bold, oblique):
            return False
    return True


# ---- bidi levels ---------------------------------------------------------------------------


def base_level(text: str, direction: str) -> int:
    """0 for left-to-right, 1 for right-to-left: given, or from the first strong character."""
    if direction == "rtl":
        return 1
    if direction == "ltr":
        return 0
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return 1
        if kind == "L":
            return 0
    return 0


_LEVELS_SECTION = re.compile(r"\n    levels: \[(.*?)\n    \],", re.S)
_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")


def bidi_levels(text: str, base: int) -> list[int]:
    """The resolved embedding level of every character (rules P to I of UAX #9).

    python-bidi's ``get_display(debug=True)`` returns the levels its Rust implementation of the
    whole algorithm resolved (bracket pairs and isolates included), one per UTF-8 byte; each
    character takes the level of its first byte.
    """
    if base == 0 and not any(unicodedata.bidirectional(c) in _RTL_TYPES for c in text):
        return [0] * len(text)
    debug = get_display(text, base_dir="LR"[base], debug=True)
    section = _LEVELS_SECTION.search(debug)
    per_byte = [int(v) for v in _LEVEL.findall(section.group(1))] if section else []
    encoded = [len(ch.encode("utf-8")) for ch in text]
    if len(per_byte) != sum(encoded):
        raise RuntimeError(
            "python-bidi returned levels in an unexpected form; reinstall the pinned version."
        )
    levels: list[int] = []
    offset = 0
    for size in encoded:
        levels.append(per_byte[offset])
        offset += size
    return levels


# ---- runs and shaping ----------------------------------------------------------------------


def _sticky(ch: str) -> bool:
    """Spaces, punctuation, digits and marks stay in the face of the run around them."""
    cat = unicodedata.category(ch)
    return cat[0] in "ZPSM" or cat == "Nd" or ch in LAYOUT_CHARS or ch in "\u0964\u0965"


def _faces_of(text: str, bolds: Sequence[bool], oblique: bool) -> list[Face]:
    out: list[Face] = []
    previous: Face | None = None
    for i, ch in enumerate(text):
        bold = bolds[i]
        face: Face | None = None
        if previous is not None and _sticky(ch):
            candidate = _same_style(previous, bold, oblique)
            if ch in LAYOUT_CHARS or ord(ch) in fonts.coverage(candidate.name):
                face = candidate
        if face is None:
            found = font_for(ch, bold, oblique) if ch not in LAYOUT_CHARS else None
            face = found or previous or Face(latin_face(bold, oblique))
        out.append(face)
        previous = face
    return out


def _same_style(face: Face, bold: bool, oblique: bool) -> Face:
    """``face``'s script in another weight (a bold span right after a regular one)."""
    for script in fonts.SCRIPTS:
        base = "FK" + script.name
        if face.name in (base, base + "-Bold"):
            return fonts.script_face(script, bold)
    return Face(latin_face(bold, oblique)) if face.name.startswith("FKSans") else face


_shape_cache: OrderedDict[tuple, tuple[Glyph, ...]] = OrderedDict()
_shape_lock = threading.Lock()


def shape_run(
    text: str, start: int, end: int, face_name: str, rtl: bool, lang: str | None = None
) -> tuple[Glyph, ...]:
    """HarfBuzz's glyphs for ``text[start:end]`` in one face, the whole text as context.

    Glyphs come in visual order (left to right); each cluster is an index into ``text``.
    """
    key = (text, start, end, face_name, rtl, lang)
    with _shape_lock:
        hit = _shape_cache.get(key)
        if hit is not None:
            _shape_cache.move_to_end(key)
            return hit
    data = _face_data(face_name)
    buf = hb.Buffer()
    buf.cluster_level = hb.BufferClusterLevel.MONOTONE_GRAPHEMES
    buf.add_codepoints([ord(c) for c in text], start, end - start)
    buf.direction = "rtl" if rtl else "ltr"
    if lang:
        buf.language = lang
    buf.guess_segment_properties()
    hb.shape(data.hb_font, buf, _FEATURES)
    scale = 1.0 / data.upem
    for info in buf.glyph_infos:
        if info.codepoint == 0:
            # check_text_supported passed each character; a sequence a face cannot draw (a
            # mark on a letter from another script) would still be an empty box: refuse it.
            ch = text[info.cluster]
            raise InvalidInput(
                _("A text holds a character sequence no bundled font can draw (at "
                "U+{ord:04X} {name}); change it. Nothing was written.").format(
                        ord=ord(ch), name=unicodedata.name(ch, ''))
            )
    glyphs = tuple(
        Glyph(
            info.codepoint,
            info.cluster,
            pos.x_advance * scale,
            pos.x_offset * scale,
            pos.y_offset * scale,
        )
        for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True)
    )
    with _shape_lock:
        _shape_cache[key] = glyphs
        if len(_shape_cache) > _SHAPE_CACHE_SIZE:
            _shape_cache.popitem(last=False)
    return glyphs


_para_cache: OrderedDict[tuple, _Shaped] = OrderedDict()


def shape_text(
    spans: Spans, *, oblique: bool = False, direction: str = "auto", lang: str | None = None
) -> _Shaped:
    """Runs of one face and level, shaped, for a text without line breaks."""
    key = (spans, oblique, direction, lang)
    with _shape_lock:
        hit = _para_cache.get(key)
        if hit is not None:
            _para_cache.move_to_end(key)
            return hit
    text = "".join(t for t, _b in spans)
    bolds = [b for t, b in spans for _c in t]
    base = base_level(text, direction)
    levels = bidi_levels(text, base)
    faces = _faces_of(text, bolds, oblique)
    runs: list[_Run] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or faces[i] != faces[start] or levels[i] != levels[start]:
            rtl = levels[start] % 2 == 1
            glyphs = shape_run(text, start, i, faces[start].name, rtl, lang)
            runs.append(_Run(faces[start], levels[start], start, i, glyphs))
            start = i
    advances = [0.0] * len(text)
    starts: set[int] = set()
    for run in runs:
        for g in run.glyphs:
            advances[g.cluster] += g.advance
            starts.add(g.cluster)
    shaped = _Shaped(text, tuple(runs), tuple(advances), base, frozenset(starts), lang)
    with _shape_lock:
        _para_cache[key] = shaped
        if len(_para_cache) > _SHAPE_CACHE_SIZE:
            _para_cache.popitem(last=False)
    return shaped


# ---- line breaking -------------------------------------------------------------------------


def _cjk(ch: str) -> bool:
    cp = ord(ch)
    return (
        0x2E80 <= cp <= 0x9FFF
        or 0xF900 <= cp <= 0xFAFF
        or 0xFF00 <= cp <= 0xFFEF
        or 0x20000 <= cp <= 0x2FA1F
    )


_SPACE_RUN = re.compile("[" + re.escape("".join(sorted(_BREAK_SPACES))) + "]+")
_HYPHEN_BREAK = re.compile(r"(?<=[^\W_][-\u2010\u2013\u2014/])(?=[^\W_])")
_CJK_CHAR = re.compile("[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\U00020000-\U0002fa1f]")


def break_points(text: str) -> list[int]:
    """Positions a line may end at (after spaces, hyphens, between CJK characters), and the end."""
    n = len(text)
    points = {m.end() for m in _SPACE_RUN.finditer(text) if m.start() > 0 and m.end() < n}
    points.update(m.start() for m in _HYPHEN_BREAK.finditer(text))
    if _CJK_CHAR.search(text):
        for i in range(1, n):
            before, after = text[i - 1], text[i]
            if (
                (_cjk(before) or _cjk(after))
                and before not in _BREAK_SPACES
                and after not in _BREAK_SPACES
                and after not in _NO_START
                and before not in _NO_END
            ):
                points.add(i)
    return sorted(points) + [n]


def _trim(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in _BREAK_SPACES:
        end -= 1
    return end


def _greedy(
    text: str,
    width: Callable[[int, int], float],
    points: list[int],
    limit: float,
    emergency: Sequence[int],
) -> list[tuple[int, int]]:
    """Line ranges [start, end) filling ``limit`` em greedily; overlong words are cut.

    ``width(a, b)`` is the width in em of ``text[a:b]`` on one line.
    """
    lines: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    k = 0
    while start < n:
        while start < n and text[start] in _BREAK_SPACES and lines:
            start += 1
        if start >= n:
            break
        best = None
        while k < len(points) and points[k] <= start:
            k += 1
        j = k
        while j < len(points):
            end = _trim(text, start, points[j])
            if width(start, end) <= limit + 1e-9:
                best = points[j]
                j += 1
            else:
                break
        if best is None:
            # The next word alone is too long: cut it at the last cluster that fits.
            best = start + 1
            for q in emergency:
                if q <= start:
                    continue
                if width(start, q) <= limit + 1e-9:
                    best = q
                else:
                    break
        lines.append((start, best))
        start = best
    return lines or [(0, 0)]


# ---- visual order --------------------------------------------------------------------------


def _reorder(pieces: list[Piece]) -> list[Piece]:
    """Rule L2 of UAX #9 on the pieces of one line (each piece is at one level)."""
    if not pieces:
        return pieces
    highest = max(p.level for p in pieces)
    odd = [p.level for p in pieces if p.level % 2]
    if not odd:
        return pieces
    lowest_odd = min(odd)
    out = list(pieces)
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(out):
            if out[i].level >= level:
                j = i
                while j < len(out) and out[j].level >= level:
                    j += 1
                out[i:j] = reversed(out[i:j])
                i = j
            else:
                i += 1
    return out


def _line_pieces(shaped: _Shaped, start: int, end: int, cut_inside: bool) -> list[Piece]:
    pieces: list[Piece] = []
    for run in shaped.runs:
        lo, hi = max(run.start, start), min(run.end, end)
        if lo >= hi:
            continue
        if cut_inside and (lo != run.start or hi != run.end):
            glyphs = shape_run(shaped.text, lo, hi, run.face.name, run.level % 2 == 1, shaped.lang)
        else:
            glyphs = tuple(g for g in run.glyphs if lo <= g.cluster < hi)
        width = sum(g.advance for g in glyphs)
        pieces.append(Piece(run.face, run.level, lo, hi, glyphs, em_width=width))
    # L1: trailing white space takes the base level (it is trimmed; nothing to do).
    return _reorder(pieces)


# ---- the public layout ---------------------------------------------------------------------


@dataclass(frozen=True)
class Layout:
    """A text broken into lines for one width and size: what ``draw_line`` draws."""

    lines: tuple[Line, ...]
    size: float
    base: int  # 0 left-to-right, 1 right-to-left

    @property
    def width(self) -> float:
        return max((line.em_width for line in self.lines), default=0.0) * self.size


def _split_hard(spans: Spans) -> list[Spans]:
    """The text's paragraphs: a newline ends one (each has its own bidi paragraph)."""
    out: list[list[tuple[str, bool]]] = [[]]
    for text, bold in spans:
        parts = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        for k, part in enumerate(parts):
            if k:
                out.append([])
            if part:
                out[-1].append((part, bold))
    return [tuple(p) for p in out]


def layout(
    spans: Spans | str,
    *,
    size: float,
    width: float | None = None,
    oblique: bool = False,
    direction: str = "auto",
    lang: str | None = None,
    bold: bool = False,
) -> Layout:
    """Break ``spans`` (or a plain text) into lines of at most ``width`` points at ``size``.

    Layouts are kept (they are immutable): a pack lays the same text out on every pass.
    """
    fonts.ensure_fonts()
    if isinstance(spans, str):
        spans = ((spans, bold),)
    limit = float("inf") if width is None else max(width, 0.0) / size
    key = (spans, limit, oblique, direction, lang)
    with _shape_lock:
        hit = _layout_cache.get(key)
        if hit is not None:
            _layout_cache.move_to_end(key)
    if hit is not None:
        return Layout(hit[0], size, hit[1])
    result = _layout(spans, limit, oblique, direction, lang)
    with _shape_lock:
        _layout_cache[key] = result
        if len(_layout_cache) > _SHAPE_CACHE_SIZE:
            _layout_cache.popitem(last=False)
    return Layout(result[0], size, result[1])


_layout_cache: OrderedDict[tuple, tuple[tuple[Line, ...], int]] = OrderedDict()


def forget() -> None:
    """Drop every text laid out so far (they may be coworkers' names): called when the last
    build running ends, so nothing a document printed stays in these caches after it."""
    with _shape_lock:
        _shape_cache.clear()
        _para_cache.clear()
        _layout_cache.clear()


def _layout(
    spans: Spans, limit: float, oblique: bool, direction: str, lang: str | None
) -> tuple[tuple[Line, ...], int]:
    lines: list[Line] = []
    base_of_first: int | None = None
    for para in _split_hard(spans):
        if not para:
            lines.append(Line((), 0.0, 0, 0))
            continue
        if direction != "rtl" and is_simple(para, oblique):
            base = 0
            lines += _simple_lines(para, limit, oblique)
        else:
            shaped = shape_text(para, oblique=oblique, direction=direction, lang=lang)
            base = shaped.base
            lines += _complex_lines(shaped, limit)
        if base_of_first is None:
            base_of_first = base
    if base_of_first is None:
        base_of_first = 1 if direction == "rtl" else 0
    return tuple(lines), base_of_first


def _complex_lines(shaped: _Shaped, limit: float) -> list[Line]:
    text = shaped.text
    prefix = [0.0]
    for a in shaped.advances:
        prefix.append(prefix[-1] + a)
    points = break_points(text)
    point_set = set(points)
    emergency = sorted(shaped.cluster_starts | {len(text)})
    if prefix[-1] <= limit + 1e-9:
        ranges = [(0, len(text))]
    else:
        ranges = _greedy(text, lambda a, b: prefix[b] - prefix[a], points, limit, emergency)
    lines = []
    for start, end in ranges:
        trimmed = _trim(text, start, end)
        cut_inside = end < len(text) and text[end - 1] not in _BREAK_SPACES and end not in point_set
        pieces = _line_pieces(shaped, start, trimmed, cut_inside)
        lines.append(Line(tuple(pieces), sum(p.em_width for p in pieces), start, trimmed))
    return lines


def _simple_lines(para: Spans, limit: float, oblique: bool) -> list[Line]:
    """Lines of text ReportLab measures and draws itself (no shaping, left to right)."""
    text = "".join(t for t, _b in para)
    bolds = [b for t, b in para for _c in t]
    names = {b: latin_face(b, oblique) for b in set(bolds)}
    if len(names) == 1:
        font = names[bolds[0]] if bolds else latin_face(False, oblique)

        def width(a: int, b: int) -> float:
            return stringWidth(text[a:b], font, 1000) / 1000
    else:
        prefix = [0.0]
        for ch, b in zip(text, bolds, strict=True):
            prefix.append(prefix[-1] + stringWidth(ch, names[b], 1000) / 1000)

        def width(a: int, b: int) -> float:
            return prefix[b] - prefix[a]

    if limit == float("inf") or width(0, len(text)) <= limit + 1e-9:
        ranges = [(0, len(text))]
    else:
        ranges = _greedy(text, width, break_points(text), limit, range(1, len(text) + 1))
    lines = []
    for start, end in ranges:
        trimmed = _trim(text, start, end)
        pieces = []
        i = start
        while i < trimmed:
            j = i
            while j < trimmed and bolds[j] == bolds[i]:
                j += 1
            chunk = text[i:j]
            chunk_width = stringWidth(chunk, names[bolds[i]], 1000) / 1000
            pieces.append(Piece(Face(names[bolds[i]]), 0, i, j, None, chunk, chunk_width))
            i = j
        lines.append(Line(tuple(pieces), sum(p.em_width for p in pieces), start, trimmed))
    return lines


def text_width(text: str, size: float, *, bold: bool = False, oblique: bool = False) -> float:
    """Width in points of ``text`` on one line."""
    fonts.ensure_fonts()
    if text.isascii() and text.isprintable():
        return stringWidth(text, latin_face(bold, oblique), size)
    return layout(text, size=size, bold=bold, oblique=oblique).width


# ---- drawing -------------------------------------------------------------------------------


def draw_line(canvas: Canvas, line: Line, x: float, y: float, size: float) -> None:
    """Draw ``line`` with its left end at ``x`` and its baseline at ``y``."""
    pen = x
    for piece in line.pieces:
        if piece.glyphs is None:
            text = canvas.beginText(pen, y)
            text.setFont(piece.face.name, size)
            text.textOut(piece.text)
            canvas.drawText(text)
        else:
            _draw_glyphs(canvas, piece, pen, y, size)
        pen += piece.em_width * size


def _draw_glyphs(canvas: Canvas, piece: Piece, x: float, y: float, size: float) -> None:
    assert piece.glyphs is not None
    data = _face_data(piece.face.name)
    text = canvas.beginText(x, y)
    text.setFont(piece.face.name, size)
    if piece.face.fake_bold:
        canvas.saveState()
        canvas.setLineWidth(size * _FAKE_BOLD_STROKE)
        canvas.setStrokeColor(canvas._fillColorObj)
        text.setTextRenderMode(2)
    pen = x
    expected = x  # where the PDF's own advance leaves the text cursor
    chunk: list[str] = []
    for glyph in piece.glyphs:
        ch = data.char_for(glyph.gid)
        gx = pen + glyph.dx * size
        gy = y + glyph.dy * size
        if abs(gx - expected) > 0.005 or glyph.dy:
            if chunk:
                text.textOut("".join(chunk))
                chunk = []
            text.setTextOrigin(gx, gy)
            expected = gx
        chunk.append(ch)
        expected += data.natural[ch] * size
        if glyph.dy:
            text.textOut("".join(chunk))
            chunk = []
            text.setTextOrigin(expected, y)
        pen += glyph.advance * size
    if chunk:
        text.textOut("".join(chunk))
    canvas.drawText(text)
    if piece.face.fake_bold:
        canvas.restoreState()


def draw_text(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    size: float,
    *,
    bold: bool = False,
    align: str = "left",
    max_width: float | None = None,
) -> float:
    """One line of ``text`` at baseline ``y``: left from ``x``, centred on it or right to it.

    Shortened with an ellipsis to ``max_width`` when given. Returns the width drawn.
    """
    if max_width is not None:
        text = fit(text, max_width, size, bold=bold)
    lay = layout(text, size=size, bold=bold)
    line = lay.lines[0] if lay.lines else Line((), 0.0, 0, 0)
    width = line.em_width * size
    left = {"left": x, "centre": x - width / 2, "right": x - width}[align]
    draw_line(canvas, line, left, y, size)
    return width


def fit(text: str, width: float, size: float, *, bold: bool = False) -> str:
    """``text`` shortened at a character boundary with an ellipsis so it fits ``width`` points."""
    if text_width(text, size, bold=bold) <= width:
        return text
    ellipsis = "\u2026"
    low, high = 0, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        if text_width(text[:mid].rstrip() + ellipsis, size, bold=bold) <= width:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + ellipsis
