"""Every script prints: the glyphs in the PDF are HarfBuzz's glyphs for the text and its font.

Each document is built with names and text in Arabic, Persian, Urdu, Kurdish, Hebrew, Hindi,
Nepali, Bengali, Tamil, Gurmukhi, Thai, Amharic, Tigrinya, Chinese, Japanese and Korean, mixed
with Latin, Greek and Cyrillic in one table. The PDF is read back independently of the code that
wrote it: pikepdf walks the content streams (into form XObjects) and yields every glyph drawn,
in drawing order, as its embedded subset font and the code's glyph in that subset; each glyph's
outline (drawn by HarfBuzz from the embedded subset) is compared with the outlines of the glyphs
uharfbuzz gives when it shapes the same text, on its own, with the bundled font of its script and
the direction the bidirectional algorithm gives it. A right-to-left name drawn word by word in
logical order, a glyph from the wrong font, unjoined letters or an empty box would not match.
No glyph may be .notdef. Latin, Greek, Cyrillic and CJK text comes back exactly from pdftotext.
"""

from __future__ import annotations

import dataclasses
import io
import re
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from functools import cache
from pathlib import Path

import pikepdf
import pytest
import uharfbuzz as hb

from forum_kit.errors import InvalidInput
from forum_kit.reports import (
    AreaFigures,
    BriefingData,
    ChartRow,
    ChartSheetData,
    GrowthSeries,
    PackSpec,
    build_briefing,
    build_chart_sheet,
    build_leaflet,
    build_pack,
)
from forum_kit.reports.fonts import fonts_dir
from forum_kit.reports.samples import (
    arabic_body,
    chinese_body,
    hindi_body,
    leaflet_of,
    sample_leaflet,
    spanish_body,
)

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

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


def _contains(haystack: list[Drawn], needle: list[Drawn]) -> bool:
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
        assert _contains(drawn, expected), f"{text!r} is not drawn as HarfBuzz shapes it"
    return drawn


def pdftotext(pdf: bytes, tmp_path: Path, mode: str = "-raw") -> str:
    path = tmp_path / f"t{len(list(tmp_path.iterdir()))}.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", mode, str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def _build(builder, spec) -> bytes:
    buffer = io.BytesIO()
    builder(spec, buffer)
    return buffer.getvalue()


# ---- the documents --------------------------------------------------------------------------


def _sheet(redaction: str = "names") -> ChartSheetData:
    names = [t for t, _f, _r in SHAPED] + list(LATIN) + ["Li 王 Ahmed أحمد"]
    rows = tuple(
        ChartRow(
            name=n,
            job="Picker",
            shift="Night",
            assessment=i % 6,
            committee_role=("", "C", "CH")[i % 3],
            last_contact=date(2026, 3, 1),
        )
        for i, n in enumerate(names)
    )
    return ChartSheetData(
        area_name="Floor 2 / Team North",
        rows=rows,
        workplace="Depot",
        as_of=date(2026, 3, 6),
        redaction=redaction,
        blank_rows=2,
    )


def _bold(texts):
    return [(t, BOLD.get(f, f), r) for t, f, r in texts]


def test_chart_sheet_prints_every_script_as_harfbuzz_shapes_it(tmp_path: Path) -> None:
    pdf = _build(build_chart_sheet, _sheet())
    # names are bold on the sheet: the bold cut of each script (CJK and Korean: stroked)
    assert_shaped(pdf, _bold(list(SHAPED)))
    text = pdftotext(pdf, tmp_path)
    for name in EXACT:
        assert name in text, name


def test_mixed_name_reads_in_bidi_order(tmp_path: Path) -> None:
    """Latin, CJK and Arabic in one name: each run shaped in its font, Arabic right to left."""
    pdf = _build(build_chart_sheet, _sheet())
    drawn = drawn_glyphs(pdf)
    li = harfbuzz_glyphs("Li ", "DejaVuSans-Bold.ttf", False)
    wang = harfbuzz_glyphs("王", "DroidSansFallbackFull.ttf", False)
    ahmed = harfbuzz_glyphs("أحمد", "NotoSansArabic-Bold.ttf", True)
    assert _contains(drawn, wang) and _contains(drawn, ahmed)
    # "Li" is drawn before 王 and the Arabic word after "Ahmed", in one left-to-right line
    order = [i for i in range(len(drawn)) if drawn[i : i + len(ahmed)] == ahmed]
    assert order
    assert li[0].outline  # DejaVu draws Latin on the fast path; its text comes back exactly
    assert "Li 王 Ahmed" in pdftotext(pdf, tmp_path)


def test_several_right_to_left_words_keep_their_order() -> None:
    """PITFALLS.md: ReportLab alone reversed the order of right-to-left words."""
    sheet = dataclasses.replace(_sheet(), rows=(ChartRow(name="فاطمة الزهراء عبد الله"),))
    pdf = _build(build_chart_sheet, sheet)
    whole = harfbuzz_glyphs("فاطمة الزهراء عبد الله", "NotoSansArabic-Bold.ttf", True)
    words = [
        harfbuzz_glyphs(w, "NotoSansArabic-Bold.ttf", True)
        for w in "فاطمة الزهراء عبد الله".split()
    ]
    drawn = drawn_glyphs(pdf)
    assert _contains(drawn, whole)
    # the last word is drawn first (leftmost), the first word last (rightmost)
    starts = [next(i for i in range(len(drawn)) if drawn[i : i + len(w)] == w) for w in words]
    assert starts == sorted(starts, reverse=True)
    # the check can fail: the words in logical order, or the letters unjoined, are not there
    space = harfbuzz_glyphs(" ", "NotoSansArabic-Bold.ttf", True)
    logical = [g for k, w in enumerate(words) for g in (space if k else []) + w]
    assert not _contains(drawn, logical)
    unjoined = [g for ch in "فاطمة" for g in harfbuzz_glyphs(ch, "NotoSansArabic-Bold.ttf", True)][
        ::-1
    ]
    assert not _contains(drawn, unjoined)


def _briefing() -> BriefingData:
    areas = ("Goods in / مستودع التبريد", "गोदाम / रात की पाली", "仓库 / 夜班", "Склад")
    weeks = (date(2026, 2, 20), date(2026, 2, 27), date(2026, 3, 6))
    return BriefingData(
        forum="Riverside Forum",
        body="Council",
        meeting_date=date(2026, 3, 18),
        meeting_place="Hall",
        delegate="محمد الحسيني",
        alternates=("प्रिया शर्मा", "김민준"),
        areas=tuple(
            AreaFigures(a, headcount=20, supporters_pct=30, committee_members=1) for a in areas
        ),
        growth=tuple(
            GrowthSeries(a, weeks, (10, 20, 30), (20, 30, 40), (0, 1, 1), (2, 2, 2)) for a in areas
        ),
        questions=("אברהם כהן asks about the rota",),
        as_of=date(2026, 3, 6),
    )


def test_briefing_and_pack_print_every_script(tmp_path: Path) -> None:
    briefing = _build(build_briefing, _briefing())
    expected = [
        ("محمد الحسيني", "NotoSansArabic-Regular.ttf", True),
        ("प्रिया शर्मा", "NotoSansDevanagari-Regular.ttf", False),
        ("مستودع التبريد", "NotoSansArabic-Bold.ttf", True),
        ("रात की पाली", "NotoSansDevanagari-Bold.ttf", False),
        ("אברהם כהן", "NotoSansHebrew-Regular.ttf", True),
    ]
    assert_shaped(briefing, expected)
    text = pdftotext(briefing, tmp_path)
    assert "김민준" in text and "仓库 / 夜班" in text and "Склад" in text
    pack = PackSpec(title="Pack", items=(_briefing(), _sheet("initials")), date=date(2026, 3, 9))
    pdf = _build(build_pack, pack)
    assert_shaped(pdf, expected)
    # initials keep an Indic letter whole with its vowel sign, and read right to left in Arabic
    assert_shaped(
        pdf,
        [
            ("م.ا.", "NotoSansArabic-Bold.ttf", True),
            ("प्रि.श.", "NotoSansDevanagari-Bold.ttf", False),
        ],
    )


@pytest.mark.parametrize(
    ("name", "spec", "expected"),
    [
        (
            "English + Arabic",
            lambda: sample_leaflet("meeting", second=arabic_body()),
            [
                ("مطالبنا", "NotoSansArabic-Bold.ttf", True),
                ("موظفان دائمان إضافيان في مناوبة الليل", "NotoSansArabic-Bold.ttf", True),
                ("تعالوا إلى اجتماع المنتدى", "NotoSansArabic-Bold.ttf", True),
                ("٣", "NotoSansArabic-Bold.ttf", True),
            ],
        ),
        (
            "English + Chinese",
            lambda: sample_leaflet("meeting", second=chinese_body()),
            [("我们的诉求", "DroidSansFallbackFull.ttf", False)],
        ),
        (
            "Spanish + Hindi",
            lambda: leaflet_of(spanish_body(), second=hindi_body()),
            [
                ("हमारी माँगें", "NotoSansDevanagari-Bold.ttf", False),
                ("रात की पाली में दो और स्थायी कर्मचारी", "NotoSansDevanagari-Bold.ttf", False),
            ],
        ),
    ],
)
def test_bilingual_leaflets_shape_each_side(name: str, spec, expected, tmp_path: Path) -> None:
    pdf = _build(build_leaflet, spec())
    assert_shaped(pdf, expected)
    if name == "English + Chinese":
        text = pdftotext(pdf, tmp_path)
        assert "夜班增加两名正式员工" in text and "我们的诉求" in text


def _words(pdf: bytes, tmp_path: Path, *, with_y: bool = False) -> list[tuple]:
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


def test_arabic_side_is_laid_out_right_to_left(tmp_path: Path) -> None:
    """The Arabic column's list numbers (Arabic-Indic digits) sit at its right edge, the
    English column's at its left; the Arabic text is right-aligned."""
    width = 595.28
    words = _words(_build(build_leaflet, sample_leaflet("meeting", second=arabic_body())), tmp_path)
    arabic_numbers = [w for w in words if w[2] in ("١", "٢", "٣")]
    latin_numbers = [w for w in words if w[2] in ("1", "2", "3") and w[1] < width / 2]
    assert len(arabic_numbers) == 3 and len(latin_numbers) >= 3
    assert all(x0 > width * 0.85 for x0, _x1, _w in arabic_numbers)
    assert all(x1 < width * 0.15 for _x0, x1, _w in latin_numbers)
    arabic_right = [
        x1
        for x0, x1, w in words
        if x0 > width / 2 and any("\u0600" <= c <= "\u06ff" or "\ufb50" <= c <= "\ufefc" for c in w)
    ]
    # the body paragraphs end flush with the column's right edge
    assert max(arabic_right) > width - 14 * 2.835 - 3


def test_arabic_when_line_reads_right_to_left_with_numbers_left_to_right(tmp_path: Path) -> None:
    """ "متى: الخميس ١٢ مارس، الساعة ١٨:٣٠": the label "When:" at the right end, the time at
    the left end, and the numbers themselves read left to right (١٢, not ٢١)."""
    words = _words(
        _build(build_leaflet, sample_leaflet("meeting", second=arabic_body())),
        tmp_path,
        with_y=True,
    )
    time_word = next(w for w in words if w[3] == "١٨:٣٠")
    line = sorted((w for w in words if abs(w[2] - time_word[2]) < 1), key=lambda w: w[0])
    assert line[0][3] == "١٨:٣٠"
    assert ":" in line[-1][3] and line[-1][0] > 500  # the label, at the column's right
    assert "١٢" in [w[3] for w in line]


def test_no_character_is_dropped_or_boxed(tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    sheet = dataclasses.replace(_sheet(), rows=(ChartRow(name="Ali ܐܠܝ"),))
    with pytest.raises(InvalidInput) as err:
        build_chart_sheet(sheet, out)
    assert "rows[1].name" in str(err.value) and "U+0710" in str(err.value)
    assert "Ali" not in str(err.value)
    assert not out.exists()


def test_no_name_stays_in_the_text_engine_after_a_build() -> None:
    from forum_kit.reports import text

    text.layout("محمد الحسيني", size=10)  # outside a build: kept until the next build ends
    assert text._layout_cache and text._para_cache
    _build(build_chart_sheet, _sheet())
    assert not text._layout_cache and not text._para_cache and not text._shape_cache
