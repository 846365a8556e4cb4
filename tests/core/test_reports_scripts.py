"""Every script prints: the glyphs in the PDF are HarfBuzz's glyphs for the text and its font.

Each document is built with names and text in Arabic, Persian, Urdu, Kurdish, Hebrew, Hindi,
Nepali, Bengali, Tamil, Gurmukhi, Thai, Amharic, Tigrinya, Chinese, Japanese and Korean, mixed
with Latin, Greek and Cyrillic in one table. The PDF is read back independently of the code that
wrote it (``pdf_glyphs``): every glyph drawn is compared, by its outline, with the glyphs
uharfbuzz gives when it shapes the same text, on its own, with the bundled font of its script and
the direction the bidirectional algorithm gives it. A right-to-left name drawn word by word in
logical order, a glyph from the wrong font, unjoined letters or an empty box would not match.
No glyph may be .notdef. Latin, Greek, Cyrillic and CJK text comes back exactly from pdftotext.
"""

from __future__ import annotations

import dataclasses
import shutil
from datetime import date
from pathlib import Path

import pytest
from pdf_glyphs import (
    EXACT,
    LATIN,
    SHAPED,
    assert_shaped,
    bbox_words,
    bold,
    build,
    contains,
    drawn_glyphs,
    harfbuzz_glyphs,
    pdftotext,
)

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
from forum_kit.reports.samples import (
    arabic_body,
    chinese_body,
    hindi_body,
    leaflet_of,
    sample_leaflet,
    spanish_body,
)

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


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


def test_chart_sheet_prints_every_script_as_harfbuzz_shapes_it(tmp_path: Path) -> None:
    pdf = build(build_chart_sheet, _sheet())
    # names are bold on the sheet: the bold cut of each script (CJK and Korean: stroked)
    assert_shaped(pdf, bold(list(SHAPED)))
    text = pdftotext(pdf, tmp_path)
    for name in EXACT:
        assert name in text, name


def test_mixed_name_reads_in_bidi_order(tmp_path: Path) -> None:
    """Latin, CJK and Arabic in one name: each run shaped in its font, Arabic right to left."""
    pdf = build(build_chart_sheet, _sheet())
    drawn = drawn_glyphs(pdf)
    li = harfbuzz_glyphs("Li ", "DejaVuSans-Bold.ttf", False)
    wang = harfbuzz_glyphs("王", "DroidSansFallbackFull.ttf", False)
    ahmed = harfbuzz_glyphs("أحمد", "NotoSansArabic-Bold.ttf", True)
    assert contains(drawn, wang) and contains(drawn, ahmed)
    # "Li" is drawn before 王 and the Arabic word after "Ahmed", in one left-to-right line
    order = [i for i in range(len(drawn)) if drawn[i : i + len(ahmed)] == ahmed]
    assert order
    assert li[0].outline  # DejaVu draws Latin on the fast path; its text comes back exactly
    assert "Li 王 Ahmed" in pdftotext(pdf, tmp_path)


def test_several_right_to_left_words_keep_their_order() -> None:
    """PITFALLS.md: ReportLab alone reversed the order of right-to-left words."""
    sheet = dataclasses.replace(_sheet(), rows=(ChartRow(name="فاطمة الزهراء عبد الله"),))
    pdf = build(build_chart_sheet, sheet)
    whole = harfbuzz_glyphs("فاطمة الزهراء عبد الله", "NotoSansArabic-Bold.ttf", True)
    words = [
        harfbuzz_glyphs(w, "NotoSansArabic-Bold.ttf", True)
        for w in "فاطمة الزهراء عبد الله".split()
    ]
    drawn = drawn_glyphs(pdf)
    assert contains(drawn, whole)
    # the last word is drawn first (leftmost), the first word last (rightmost)
    starts = [next(i for i in range(len(drawn)) if drawn[i : i + len(w)] == w) for w in words]
    assert starts == sorted(starts, reverse=True)
    # the check can fail: the words in logical order, or the letters unjoined, are not there
    space = harfbuzz_glyphs(" ", "NotoSansArabic-Bold.ttf", True)
    logical = [g for k, w in enumerate(words) for g in (space if k else []) + w]
    assert not contains(drawn, logical)
    unjoined = [g for ch in "فاطمة" for g in harfbuzz_glyphs(ch, "NotoSansArabic-Bold.ttf", True)][
        ::-1
    ]
    assert not contains(drawn, unjoined)


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
    briefing = build(build_briefing, _briefing())
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
    pdf = build(build_pack, pack)
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
    pdf = build(build_leaflet, spec())
    assert_shaped(pdf, expected)
    if name == "English + Chinese":
        text = pdftotext(pdf, tmp_path)
        assert "夜班增加两名正式员工" in text and "我们的诉求" in text


def test_arabic_side_is_laid_out_right_to_left(tmp_path: Path) -> None:
    """The Arabic column's list numbers (Arabic-Indic digits) sit at its right edge, the
    English column's at its left; the Arabic text is right-aligned."""
    width = 595.28
    words = bbox_words(
        build(build_leaflet, sample_leaflet("meeting", second=arabic_body())), tmp_path
    )
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
    words = bbox_words(
        build(build_leaflet, sample_leaflet("meeting", second=arabic_body())),
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
    build(build_chart_sheet, _sheet())
    assert not text._layout_cache and not text._para_cache and not text._shape_cache
