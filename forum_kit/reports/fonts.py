"""Fonts for every PDF Forum Kit writes, and the check that a text can be printed with them.

This module owns registering the bundled DejaVu Sans faces with ReportLab (once, lazily, on the
first build) and ``check_text_supported``, which refuses text the documents cannot lay out
correctly: right-to-left and complex scripts (ReportLab would print Arabic letters unjoined and
right-to-left words in reverse order, PITFALLS.md) and characters the font has no glyph for
(they would print as empty boxes). Refusing with a clear message beats printing wrong text.
"""

from __future__ import annotations

import threading
import unicodedata
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from forum_kit.errors import InvalidInput

SANS = "FKSans"
SANS_BOLD = "FKSans-Bold"
SANS_OBLIQUE = "FKSans-Oblique"
SANS_BOLD_OBLIQUE = "FKSans-BoldOblique"

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_OBLIQUE: "DejaVuSans-Oblique.ttf",
    SANS_BOLD_OBLIQUE: "DejaVuSans-BoldOblique.ttf",
}

# Characters that are layout, not glyphs: a paragraph may contain them without the font having them.
_LAYOUT_CHARS = frozenset("\n\r\t\u00ad\u200b\u200c\u200d\u2060\ufeff")

# Scripts that need shaping or reordering ReportLab cannot do without uharfbuzz and rlbidi.
# Ranges rather than unicodedata.bidirectional alone, because Indic and South-East Asian scripts
# are left-to-right yet still need shaping.
_COMPLEX_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0590, 0x05FF, "Hebrew"),
    (0x0600, 0x06FF, "Arabic"),
    (0x0700, 0x074F, "Syriac"),
    (0x0750, 0x077F, "Arabic"),
    (0x0780, 0x07BF, "Thaana"),
    (0x07C0, 0x07FF, "N'Ko"),
    (0x0800, 0x085F, "Samaritan or Mandaic"),
    (0x0860, 0x086F, "Syriac"),
    (0x0870, 0x08FF, "Arabic"),
    (0x0900, 0x097F, "Devanagari"),
    (0x0980, 0x09FF, "Bengali"),
    (0x0A00, 0x0A7F, "Gurmukhi"),
    (0x0A80, 0x0AFF, "Gujarati"),
    (0x0B00, 0x0B7F, "Odia"),
    (0x0B80, 0x0BFF, "Tamil"),
    (0x0C00, 0x0C7F, "Telugu"),
    (0x0C80, 0x0CFF, "Kannada"),
    (0x0D00, 0x0D7F, "Malayalam"),
    (0x0D80, 0x0DFF, "Sinhala"),
    (0x0E00, 0x0E7F, "Thai"),
    (0x0E80, 0x0EFF, "Lao"),
    (0x0F00, 0x0FFF, "Tibetan"),
    (0x1000, 0x109F, "Myanmar"),
    (0x1780, 0x17FF, "Khmer"),
    (0x1800, 0x18AF, "Mongolian"),
    (0xA8E0, 0xA8FF, "Devanagari"),
    (0xFB1D, 0xFB4F, "Hebrew"),
    (0xFB50, 0xFDFF, "Arabic"),
    (0xFE70, 0xFEFE, "Arabic"),
    (0x10800, 0x10FFF, "a right-to-left"),
    (0x1E800, 0x1EFFF, "a right-to-left"),
)
_RTL_CLASSES = frozenset({"R", "AL", "RLE", "RLO", "RLI"})

_lock = threading.Lock()
_registered = False
_cmap: frozenset[int] | None = None


def fonts_dir() -> Path:
    """The folder holding the bundled TTFs and their licence."""
    return Path(__file__).resolve().parents[2] / "resources" / "fonts"


def ensure_fonts() -> None:
    """Register the DejaVu Sans family with ReportLab; cheap after the first call."""
    global _registered, _cmap
    if _registered:
        return
    with _lock:
        if _registered:
            return
        folder = fonts_dir()
        cmaps: list[set[int]] = []
        for name, filename in _FILES.items():
            path = folder / filename
            if not path.is_file():
                raise FileNotFoundError(f"Bundled font missing: {filename}. Reinstall Forum Kit.")
            font = TTFont(name, str(path))
            pdfmetrics.registerFont(font)
            cmaps.append(set(font.face.charToGlyph))
        pdfmetrics.registerFontFamily(
            SANS, normal=SANS, bold=SANS_BOLD, italic=SANS_OBLIQUE, boldItalic=SANS_BOLD_OBLIQUE
        )
        # Paragraph markup (<b>, <i>) looks faces up through these mappings.
        addMapping(SANS, 0, 0, SANS)
        addMapping(SANS, 1, 0, SANS_BOLD)
        addMapping(SANS, 0, 1, SANS_OBLIQUE)
        addMapping(SANS, 1, 1, SANS_BOLD_OBLIQUE)
        # A character is printable only if every face has it: headlines are bold, notes oblique.
        _cmap = frozenset(set.intersection(*cmaps))
        _registered = True


def _complex_script(ch: str) -> str | None:
    cp = ord(ch)
    if cp < 0x0590:
        return None
    for low, high, script in _COMPLEX_RANGES:
        if low <= cp <= high:
            return script
    if unicodedata.bidirectional(ch) in _RTL_CLASSES:
        return "a right-to-left"
    return None


def check_text_supported(text: str, *, field: str) -> None:
    """Raise InvalidInput if ``text`` (the value of ``field``) cannot be printed correctly.

    The message names the field and the script or code point, never the text itself, because the
    text may be a coworker's name (SECURITY.md: no personal data in exception messages).
    """
    if not text:
        return
    ensure_fonts()
    assert _cmap is not None
    for ch in text:
        script = _complex_script(ch)
        if script is not None:
            raise InvalidInput(
                f"{field}: contains {script} script, which Forum Kit cannot print correctly yet "
                "(letters would come out unjoined or in the wrong order). "
                "Write this text in a Latin, Greek or Cyrillic script, or print it separately."
            )
        if ch in _LAYOUT_CHARS or ord(ch) in _cmap:
            continue
        if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp"):
            raise InvalidInput(
                f"{field}: contains an invisible control character (U+{ord(ch):04X}); remove it."
            )
        raise InvalidInput(
            f"{field}: contains a character the document font cannot print (U+{ord(ch):04X}); "
            "it would appear as an empty box. Replace it or remove it."
        )


def check_fields(pairs: list[tuple[str, str]]) -> None:
    """Check several (field, text) pairs; the first failure raises."""
    for field, text in pairs:
        check_text_supported(text, field=field)
