"""Reading the glyphs a PDF draws, and the glyphs HarfBuzz gives for a text, to compare them.

Shared by the tests that print names in every script (``test_reports_scripts``,
``test_grievance_scripts``). The PDF is read back independently of the code that wrote it:
pikepdf walks the content streams (into form XObjects) and yields every glyph drawn, in drawing
order, as its embedded subset font and the code's glyph in that subset; each glyph's outline
(drawn by HarfBuzz from the embedded subset) is compared with the outlines of the glyphs uharfbuzz
gives when it shapes the same text, on its own, with the bundled font of its script and the
direction the bidirectional algorithm gives it. ``SHAPED`` names one run each (one script, one
font); ``EXACT`` are the names pdftotext must give back as they are.
"""

from __future__ import annotations

import dataclasses
import io
import re
import subprocess
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pikepdf
import uharfbuzz as hb

from forum_kit.reports.fonts import fonts_dir

# (text, font file, right to left) of names that are one run each: one script, one font
SHAPED = (
    ("محمد الحسيني", "NotoSansArabic-Regular.ttf", True),
    ("فاطمة الزهراء عبد الله", "NotoSansArabic-Regular.ttf", True),
    ("زهرا احمدی", "NotoSansArabic-Regular.ttf", True),
    ("عمران خان", "NotoSansArabic-Regular.ttf", True),
    ("ژیان ئەحمەد", "NotoSansArabic-Regular.ttf", True),
    ("אברהם כהן", "NotoSansHebrew-Regular.ttf", True),
    ("प्रिया शर्मा", "NotoSansDevanagari-Regular.ttf", False),
    ("राजेश कुमार श्रेष्ठ", "NotoSansDevanagari-Regular.ttf", False),
    ("সুমাইয়া রহমান", "NotoSansBengali-Regular.ttf", False),
    ("முருகன் செல்வராஜ்", "NotoSansTamil-Regular.ttf", False),
    ("ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ", "NotoSansGurmukhi-Regular.ttf", False),
    ("สมชาย ใจดี", "NotoSansThai-Regular.ttf", False),
    ("ኣብርሃም ተስፋይ", "NotoSansEthiopic-Regular.ttf", False),
    ("ፋጢማ ሙሐመድ", "NotoSansEthiopic-Regular.ttf", False),
    ("王芳", "DroidSansFallbackFull.ttf", False),
    ("山田 花子", "DroidSansFallbackFull.ttf", False),
    ("김민준", "NanumGothic.ttf", False),
    ("이서연", "NanumGothic.ttf", False),
)
LATIN = ("Zoë Ŋozi Şêrko", "Añes Ñúñez", "Γιώργος Παπαδόπουλος", "Ольга Соколова", "Jürgen Übel")
EXACT = LATIN + ("王芳", "山田 花子", "김민준", "이서연")
# Bold cuts, for the cells printed bold
BOLD = {
    "NotoSans" + s + "-Regular.ttf": "NotoSans" + s + "-Bold.ttf"
    for s in ("Arabic", "Hebrew", "Devanagari", "Bengali", "Tamil", "Gurmukhi", "Thai", "Ethiopic")
}


# ---- reading glyphs back out of a PDF -------------------------------------------------------


class _Pen:
    def __init__(self) -> None:
        self.ops: list[tuple] = []

    def moveTo(self, p):  # noqa: N802 - fontTools pen protocol
        self.ops.append(("M", p))

    def lineTo(self, p):  # noqa: N802
        self.ops.append(("L", p))

    def qCurveTo(self, *ps):  # noqa: N802
        self.ops.append(("Q", ps))

    def curveTo(self, *ps):  # noqa: N802
        self.ops.append(("C", ps))

    def closePath(self):  # noqa: N802
        self.ops.append(("Z",))


def _outline(font: hb.Font, gid: int) -> tuple:
    pen = _Pen()
    font.draw_glyph_with_pen(gid, pen)
    return tuple(pen.ops), font.get_glyph_h_advance(gid)


def _cmap6(data: bytes) -> dict[int, int]:
    """Code -> glyph of a TrueType font's (1, 0) format 6 cmap, as ReportLab writes subsets."""
    count = int.from_bytes(data[4:6], "big")
    tables = {}
    for i in range(count):
        entry = data[12 + 16 * i : 28 + 16 * i]
        tables[entry[:4]] = int.from_bytes(entry[8:12], "big")
    cmap = tables[b"cmap"]
    n = int.from_bytes(data[cmap + 2 : cmap + 4], "big")
    for i in range(n):
        offset = int.from_bytes(data[cmap + 4 + 8 * i + 4 : cmap + 4 + 8 * i + 8], "big")
        start = cmap + offset
        if int.from_bytes(data[start : start + 2], "big") == 6:
            first = int.from_bytes(data[start + 6 : start + 8], "big")
            count6 = int.from_bytes(data[start + 8 : start + 10], "big")
            return {
                first + k: int.from_bytes(data[start + 10 + 2 * k : start + 12 + 2 * k], "big")
                for k in range(count6)
            }
    raise AssertionError("no format 6 cmap in the embedded subset")


@dataclasses.dataclass(frozen=True)
class Drawn:
    base: str  # the font's name without its subset tag: "NotoSansArabic-Regular"
    outline: tuple
    notdef: bool


class _Subset:
    def __init__(self, font: pikepdf.Object) -> None:
        self.base = str(font.BaseFont).lstrip("/").split("+", 1)[-1]
        data = bytes(font.FontDescriptor.FontFile2.read_bytes())
        self.codes = _cmap6(data)
        self.hb_font = hb.Font(hb.Face(hb.Blob(data)))
        self._cache: dict[int, Drawn] = {}

    def glyph(self, code: int) -> Drawn:
        drawn = self._cache.get(code)
        if drawn is None:
            gid = self.codes.get(code, 0)
            drawn = self._cache[code] = Drawn(self.base, _outline(self.hb_font, gid), gid == 0)
        return drawn


def drawn_glyphs(pdf_bytes: bytes) -> list[Drawn]:
    """Every glyph the PDF draws, in content-stream order (forms followed where used)."""
    out: list[Drawn] = []
    subsets: dict[tuple, _Subset] = {}
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        for page in pdf.pages:
            out += _walk(page.obj, subsets, set())
    return out


def _walk(holder: pikepdf.Object, subsets: dict, seen: set) -> Iterator[Drawn]:
    resources = holder.get("/Resources", pikepdf.Dictionary())
    fonts = resources.get("/Font", pikepdf.Dictionary())
    xobjects = resources.get("/XObject", pikepdf.Dictionary())
    font: _Subset | None = None
    for operands, operator in pikepdf.parse_content_stream(holder):
        op = str(operator)
        if op == "Tf":
            ref = fonts[str(operands[0])]
            key = ref.objgen
            if key not in subsets:
                subsets[key] = _Subset(ref)
            font = subsets[key]
        elif op in ("Tj", "'", '"'):
            assert font is not None
            yield from (font.glyph(b) for b in bytes(operands[-1]))
        elif op == "TJ":
            assert font is not None
            for part in operands[0]:
                if isinstance(part, pikepdf.String):
                    yield from (font.glyph(b) for b in bytes(part))
        elif op == "Do":
            xobject = xobjects[str(operands[0])]
            if xobject.get("/Subtype") == "/Form" and xobject.objgen not in seen:
                seen.add(xobject.objgen)
                yield from _walk(xobject, subsets, seen)


# ---- what HarfBuzz gives for a text, shaped on its own --------------------------------------


@cache
def _hb_font(filename: str) -> hb.Font:
    return hb.Font(hb.Face(hb.Blob((fonts_dir() / filename).read_bytes())))


def harfbuzz_glyphs(text: str, filename: str, rtl: bool) -> list[Drawn]:
    """uharfbuzz's glyphs for ``text`` in one bundled font, in visual order."""
    font = _hb_font(filename)
    buf = hb.Buffer()
    buf.add_str(text)
    buf.direction = "rtl" if rtl else "ltr"
    buf.guess_segment_properties()
    hb.shape(font, buf, {"kern": True, "liga": True})
    base = filename.rsplit(".", 1)[0]
    if filename == "DroidSansFallbackFull.ttf":
        base = "DroidSansFallback"
    return [
        Drawn(base, _outline(font, info.codepoint), info.codepoint == 0) for info in buf.glyph_infos
    ]


def contains(haystack: list[Drawn], needle: list[Drawn]) -> bool:
    n = len(needle)
    first = needle[0]
    return any(
        haystack[i] == first and haystack[i : i + n] == needle for i in range(len(haystack) - n + 1)
    )


def assert_shaped(pdf: bytes, texts: list[tuple[str, str, bool]]) -> list[Drawn]:
    """Each text's HarfBuzz glyphs appear, in order, among the glyphs the PDF draws."""
    drawn = drawn_glyphs(pdf)
    assert drawn, "no text drawn"
    assert not [d for d in drawn if d.notdef], ".notdef glyph drawn (an empty box)"
    for text, filename, rtl in texts:
        expected = harfbuzz_glyphs(text, filename, rtl)
        assert not any(g.notdef for g in expected), f"{filename} lacks a glyph of {text!r}"
        assert contains(drawn, expected), f"{text!r} is not drawn as HarfBuzz shapes it"
    return drawn


def pdftotext(pdf: bytes, tmp_path: Path, mode: str = "-raw") -> str:
    path = tmp_path / f"t{len(list(tmp_path.iterdir()))}.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", mode, str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def build(builder, spec) -> bytes:
    buffer = io.BytesIO()
    builder(spec, buffer)
    return buffer.getvalue()


def bold(texts: list[tuple[str, str, bool]]) -> list[tuple[str, str, bool]]:
    """The same texts in the bold cut of their script (CJK and Korean stay: they are stroked)."""
    return [(t, BOLD.get(f, f), r) for t, f, r in texts]


def bbox_words(pdf: bytes, tmp_path: Path, *, with_y: bool = False) -> list[tuple]:
    """(x0, x1, word), or (x0, x1, y0, word), of every word poppler's ``pdftotext -bbox`` finds."""
    path = tmp_path / "bbox.pdf"
    path.write_bytes(pdf)
    html = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    found = re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
        html,
    )
    if with_y:
        return [(float(x0), float(x1), float(y0), word) for x0, y0, x1, _y1, word in found]
    return [(float(x0), float(x1), word) for x0, _y0, x1, _y1, word in found]
