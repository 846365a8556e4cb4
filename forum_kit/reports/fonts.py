"""Fonts for every PDF Forum Kit writes: the bundled faces, the fallback chain, the coverage check.

This module owns the TrueType faces shipped in ``resources/fonts/`` (DejaVu Sans for Latin, Greek,
Cyrillic, Armenian and Georgian; Noto Sans for Arabic-script, Hebrew, the Indic scripts, Thai,
Lao, Khmer, Myanmar and Ethiopic; Droid Sans Fallback for Chinese and Japanese; NanumGothic for
Korean), registering each with ReportLab the first time a text needs it, and ``font_for``, the
choice of face per character: a script with a face of its own is set in that face, anything else
in the first face of the chain that has the character. CJK faces have no bold cut, so their bold is
drawn by stroking the outline (``fake_bold``). ``check_text_supported`` refuses, naming the field
and the character, text that no bundled face can print: nothing is ever drawn as an empty box.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from forum_kit.errors import InvalidInput
from forum_kit.i18n import _
from forum_kit.resources import resource_path

SANS = "FKSans"
SANS_BOLD = "FKSans-Bold"
SANS_OBLIQUE = "FKSans-Oblique"
SANS_BOLD_OBLIQUE = "FKSans-BoldOblique"

_LATIN_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_OBLIQUE: "DejaVuSans-Oblique.ttf",
    SANS_BOLD_OBLIQUE: "DejaVuSans-BoldOblique.ttf",
}


@dataclass(frozen=True)
class Script:
    """A script with a face of its own: its name, code point ranges and files."""

    name: str
    ranges: tuple[tuple[int, int], ...]
    regular: str
    bold: str | None  # None: bold is drawn by stroking the regular outline


SCRIPTS: tuple[Script, ...] = (
    Script(
        "Arabic",
        ((0x0600, 0x06FF), (0x0750, 0x077F), (0x0870, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)),
        "NotoSansArabic-Regular.ttf",
        "NotoSansArabic-Bold.ttf",
    ),
    Script(
        "Hebrew",
        ((0x0590, 0x05FF), (0xFB1D, 0xFB4F)),
        "NotoSansHebrew-Regular.ttf",
        "NotoSansHebrew-Bold.ttf",
    ),
    Script(
        "Devanagari",
        ((0x0900, 0x097F), (0xA8E0, 0xA8FF)),
        "NotoSansDevanagari-Regular.ttf",
        "NotoSansDevanagari-Bold.ttf",
    ),
    Script(
        "Bengali", ((0x0980, 0x09FF),), "NotoSansBengali-Regular.ttf", "NotoSansBengali-Bold.ttf"
    ),
    Script(
        "Gurmukhi", ((0x0A00, 0x0A7F),), "NotoSansGurmukhi-Regular.ttf", "NotoSansGurmukhi-Bold.ttf"
    ),
    Script(
        "Gujarati", ((0x0A80, 0x0AFF),), "NotoSansGujarati-Regular.ttf", "NotoSansGujarati-Bold.ttf"
    ),
    Script("Odia", ((0x0B00, 0x0B7F),), "NotoSansOriya-Regular.ttf", "NotoSansOriya-Bold.ttf"),
    Script("Tamil", ((0x0B80, 0x0BFF),), "NotoSansTamil-Regular.ttf", "NotoSansTamil-Bold.ttf"),
    Script("Telugu", ((0x0C00, 0x0C7F),), "NotoSansTelugu-Regular.ttf", "NotoSansTelugu-Bold.ttf"),
    Script(
        "Kannada", ((0x0C80, 0x0CFF),), "NotoSansKannada-Regular.ttf", "NotoSansKannada-Bold.ttf"
    ),
    Script(
        "Malayalam",
        ((0x0D00, 0x0D7F),),
        "NotoSansMalayalam-Regular.ttf",
        "NotoSansMalayalam-Bold.ttf",
    ),
    Script(
        "Sinhala", ((0x0D80, 0x0DFF),), "NotoSansSinhala-Regular.ttf", "NotoSansSinhala-Bold.ttf"
    ),
    Script("Thai", ((0x0E00, 0x0E7F),), "NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf"),
    Script("Lao", ((0x0E80, 0x0EFF),), "NotoSansLao-Regular.ttf", "NotoSansLao-Bold.ttf"),
    Script(
        "Myanmar",
        ((0x1000, 0x109F), (0xA9E0, 0xA9FF), (0xAA60, 0xAA7F)),
        "NotoSansMyanmar-Regular.ttf",
        "NotoSansMyanmar-Bold.ttf",
    ),
    Script(
        "Ethiopic",
        ((0x1200, 0x139F), (0x2D80, 0x2DDF), (0xAB00, 0xAB2F)),
        "NotoSansEthiopic-Regular.ttf",
        "NotoSansEthiopic-Bold.ttf",
    ),
    Script(
        "Khmer",
        ((0x1780, 0x17FF), (0x19E0, 0x19FF)),
        "NotoSansKhmer-Regular.ttf",
        "NotoSansKhmer-Bold.ttf",
    ),
    Script(
        "Korean",
        ((0x1100, 0x11FF), (0x3130, 0x318F), (0xA960, 0xA97F), (0xAC00, 0xD7FF)),
        "NanumGothic.ttf",
        None,
    ),
    Script(
        "CJK",
        (
            (0x2E80, 0x2FDF),
            (0x3000, 0x312F),
            (0x3190, 0x31FF),
            (0x3400, 0x4DBF),
            (0x4E00, 0x9FFF),
            (0xF900, 0xFAFF),
            (0xFE30, 0xFE4F),
            (0xFF00, 0xFFEF),
            (0x20000, 0x2FA1F),
        ),
        "DroidSansFallbackFull.ttf",
        None,
    ),
)

# Characters that are layout, not glyphs: a text may contain them whether or not a face has them
# (HarfBuzz hides the default ignorables, the layout breaks lines at the others).
LAYOUT_CHARS = frozenset(
    "\n\r\t\u00ad\u034f\u061c\u200b\u200c\u200d\u200e\u200f\u2028\u2029\u202a\u202b\u202c"
    "\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff"
) | frozenset(chr(c) for c in range(0xFE00, 0xFE10))

_lock = threading.RLock()
_registered: set[str] = set()
_latin_ready = False


@dataclass(frozen=True)
class Face:
    """One face of the chain: the ReportLab font name and whether bold is drawn by stroking."""

    name: str
    fake_bold: bool = False


def fonts_dir() -> Path:
    """The folder holding the bundled TTFs and their licences."""
    return resource_path("fonts")


def _register(name: str, filename: str) -> TTFont:
    path = fonts_dir() / filename
    if not path.is_file():
        raise FileNotFoundError(f"Bundled font missing: {filename}. Reinstall Forum Kit.")
    font = TTFont(name, str(path))
    pdfmetrics.registerFont(font)
    _registered.add(name)
    return font


def ensure_fonts() -> None:
    """Register the DejaVu Sans family with ReportLab; cheap after the first call."""
    global _latin_ready
    if _latin_ready:
        return
    with _lock:
        if _latin_ready:
            return
        for name, filename in _LATIN_FILES.items():
            _register(name, filename)
        pdfmetrics.registerFontFamily(
            SANS, normal=SANS, bold=SANS_BOLD, italic=SANS_OBLIQUE, boldItalic=SANS_BOLD_OBLIQUE
        )
        # Paragraph markup (<b>, <i>) looks faces up through these mappings.
        addMapping(SANS, 0, 0, SANS)
        addMapping(SANS, 1, 0, SANS_BOLD)
        addMapping(SANS, 0, 1, SANS_OBLIQUE)
        addMapping(SANS, 1, 1, SANS_BOLD_OBLIQUE)
        _latin_ready = True


def _script_face_name(script: Script, bold: bool) -> str:
    base = "FK" + script.name
    return base + "-Bold" if bold and script.bold is not None else base


def script_face(script: Script, bold: bool) -> Face:
    """The face ``script`` is set in, registered with ReportLab on first use."""
    name = _script_face_name(script, bold)
    if name not in _registered:
        with _lock:
            if name not in _registered:
                filename = script.bold if bold and script.bold is not None else script.regular
                _register(name, filename)
    return Face(name, fake_bold=bold and script.bold is None)


def get_font(name: str) -> TTFont:
    """The registered ReportLab font ``name`` (the Latin family is registered on demand)."""
    ensure_fonts()
    return pdfmetrics.getFont(name)  # type: ignore[return-value]


@cache
def coverage(name: str) -> frozenset[int]:
    """The code points a registered face maps to a glyph."""
    return frozenset(get_font(name).face.charToGlyph)


@cache
def _script_of_block() -> dict[int, Script]:
    """Script per 128-code-point block that a script's ranges touch (a quick first look)."""
    table: dict[int, Script] = {}
    for script in SCRIPTS:
        for low, high in script.ranges:
            for block in range(low >> 7, (high >> 7) + 1):
                table.setdefault(block, script)
    return table


def script_of(ch: str) -> Script | None:
    """The script with a face of its own that ``ch`` belongs to, if any."""
    cp = ord(ch)
    if cp < 0x0590:
        return None
    if _script_of_block().get(cp >> 7) is None:
        return None
    for script in SCRIPTS:
        for low, high in script.ranges:
            if low <= cp <= high:
                return script
    return None


def latin_face(bold: bool, oblique: bool) -> str:
    """The DejaVu face of a style."""
    if oblique:
        return SANS_BOLD_OBLIQUE if bold else SANS_OBLIQUE
    return SANS_BOLD if bold else SANS


def font_for(ch: str, bold: bool, oblique: bool) -> Face | None:
    """The face that prints ``ch`` in a style, or None when no bundled face has it.

    A script with a face of its own takes it (DejaVu's Arabic and Hebrew are thin next to
    Noto's); anything else takes DejaVu in the style, then DejaVu upright, then every script face
    that happens to have it (Noto Devanagari has the danda other Indic scripts use, Droid the
    CJK punctuation).
    """
    return _font_for(ch, bold, oblique)


@cache
def _font_for(ch: str, bold: bool, oblique: bool) -> Face | None:
    cp = ord(ch)
    script = script_of(ch)
    if script is not None:
        face = script_face(script, bold)
        if cp in coverage(face.name):
            return face
    ensure_fonts()
    for name in dict.fromkeys((latin_face(bold, oblique), latin_face(bold, False))):
        if cp in coverage(name):
            return Face(name)
    for other in SCRIPTS:
        face = script_face(other, bold)
        if cp in coverage(face.name):
            return face
    return None


def _describe(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return f"U+{ord(ch):04X} {name}".rstrip()


def check_text_supported(text: str, *, field: str) -> None:
    """Raise InvalidInput if ``text`` (the value of ``field``) has a character no face prints.

    The message names the field and the one character (its code point and Unicode name), never
    the text around it, because the text may be a coworker's name (SECURITY.md: no personal data
    in exception messages).
    """
    if not text or text.isascii() and text.isprintable():
        return
    for ch in dict.fromkeys(text):
        if ch in LAYOUT_CHARS or ch == " ":
            continue
        category = unicodedata.category(ch)
        if category in ("Cc", "Cs", "Co", "Cn") or (category == "Cf" and ch not in LAYOUT_CHARS):
            raise InvalidInput(
                _("{field}: contains an invisible control or unassigned character "
                "({describe}); remove it. Nothing was written.").format(
                        field=field, describe=_describe(ch))
            )
        # Printed both upright and bold somewhere (names are bold on chart sheets).
        if font_for(ch, False, False) is None or font_for(ch, True, False) is None:
            raise InvalidInput(
                _("{field}: contains a character no bundled font can print ({describe}); "
                "replace or remove it. Nothing was written.").format(
                        field=field, describe=_describe(ch))
            )


def check_fields(pairs: list[tuple[str, str]]) -> None:
    """Check several (field, text) pairs; the first failure raises."""
    for field, text in pairs:
        check_text_supported(text, field=field)
