"""Tests of forum_kit.reports: PDFs read back with pypdf and poppler's pdftotext and pdffonts."""

from __future__ import annotations

import dataclasses
import io
import re
import shutil
import subprocess
import typing
from datetime import date
from pathlib import Path

import pikepdf
import pytest
from pikepdf.models.encryption import EncryptionMethod
from pypdf import PdfReader
from reportlab import rl_config
from reportlab.lib.pagesizes import A4, LETTER

from forum_kit.errors import InvalidInput
from forum_kit.reports import (
    AreaFigures,
    BriefingData,
    CallToAction,
    Cancelled,
    ChartRow,
    ChartSheetData,
    LeafletSpec,
    PackSpec,
    build_briefing,
    build_chart_sheet,
    build_leaflet,
    build_pack,
    check_text_supported,
    leaflet_warnings,
    personal_data_of,
    protect_pdf,
)
from forum_kit.reports import data as report_data
from forum_kit.reports.chart_sheet import initials
from forum_kit.reports.community_data import CommunityFigures
from forum_kit.reports.samples import (
    sample_briefing,
    sample_chart_sheet,
    sample_leaflet,
    sample_pack,
    spanish_body,
)

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

TEST_NAMES = ("Ŋozi Şêrko", "Zoë Müller", "Añes Ñúñez", "Renée Lefèvre", "Γιώργος Παπαδόπουλος",
              "Ольга Соколова")


def pdf_text(path: Path, mode: str = "-layout") -> str:
    return subprocess.run(["pdftotext", mode, str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def page_texts(path: Path) -> list[str]:
    return pdf_text(path).split("\f")[:-1]


def assert_fonts_embedded(path: Path) -> None:
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True,
                         text=True).stdout.splitlines()
    rows = out[2:]
    assert rows, "no fonts listed"
    for row in rows:
        columns = row.split()
        # name type... encoding emb sub uni object ID: "emb" is the 5th from the end.
        assert columns[-5] == "yes", row


def squash(text: str) -> str:
    return " ".join(text.split())


# ---------------------------------------------------------------- leaflets


def test_leaflet_prints_words_with_embedded_fonts(tmp_path: Path) -> None:
    spec = sample_leaflet("meeting")
    out = tmp_path / "leaflet.pdf"
    info = build_leaflet(spec, out)
    assert info.pages == 1 and info.personal_data == "none"
    text = squash(pdf_text(out))
    assert "Short-staffed again?" in text
    for demand in spec.demands:
        assert demand in text
    assert "Come to the forum meeting" in text
    assert "Thursday 12 March, 18:30" in text
    assert "forum.riverside@example.org" in text
    assert_fonts_embedded(out)


@pytest.mark.parametrize("template", ["issue", "victory"])
def test_other_templates_build(tmp_path: Path, template: str) -> None:
    out = tmp_path / f"{template}.pdf"
    build_leaflet(sample_leaflet(template), out)
    text = squash(pdf_text(out))
    assert sample_leaflet(template).headline.split()[0] in text
    if template == "victory":
        assert "What we won" in text


@pytest.mark.parametrize(("paper", "size"), [("A4", A4), ("Letter", LETTER)])
def test_paper_size(tmp_path: Path, paper: str, size: tuple[float, float]) -> None:
    out = tmp_path / "l.pdf"
    build_leaflet(sample_leaflet("issue", paper=paper), out)
    box = PdfReader(out).pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(size, abs=0.5)


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_handbills_two_and_four_up(tmp_path: Path, paper: str) -> None:
    width, height = {"A4": A4, "Letter": LETTER}[paper]
    two, four = tmp_path / "two.pdf", tmp_path / "four.pdf"
    assert build_leaflet(sample_leaflet("meeting", paper=paper, n_up=2), two).pages == 1
    assert build_leaflet(sample_leaflet("meeting", paper=paper, n_up=4), four).pages == 1
    r2, r4 = PdfReader(two), PdfReader(four)
    assert len(r2.pages) == 1 and len(r4.pages) == 1
    box2, box4 = r2.pages[0].mediabox, r4.pages[0].mediabox
    # 2-up is printed on a landscape sheet, 4-up on a portrait one.
    assert (float(box2.width), float(box2.height)) == pytest.approx((height, width), abs=0.5)
    assert (float(box4.width), float(box4.height)) == pytest.approx((width, height), abs=0.5)
    assert pdf_text(two).count("Come to the forum meeting") == 2
    assert pdf_text(four).count("Come to the forum meeting") == 4
    assert_fonts_embedded(four)


def test_bilingual_side_by_side_has_both_texts(tmp_path: Path) -> None:
    spec = sample_leaflet("meeting", second=spanish_body(), second_layout="side")
    out = tmp_path / "bi.pdf"
    assert build_leaflet(spec, out).pages == 1
    text = squash(pdf_text(out, "-raw"))  # content order: the columns are not interleaved
    assert "Come to the forum meeting" in text
    assert "Ven a la asamblea del foro" in text
    assert "Exigimos" in text and "Our demands" in text


def test_bilingual_back_gives_two_pages_and_two_sheets_of_handbills(tmp_path: Path) -> None:
    spec = sample_leaflet("meeting", second=spanish_body(), second_layout="back")
    out = tmp_path / "back.pdf"
    assert build_leaflet(spec, out).pages == 2
    pages = page_texts(out)
    assert "Come to the forum meeting" in squash(pages[0])
    assert "Ven a la asamblea" in squash(pages[1])
    out4 = tmp_path / "back4.pdf"
    assert build_leaflet(dataclasses.replace(spec, n_up=4), out4).pages == 2
    assert len(PdfReader(out4).pages) == 2


def test_leaflet_to_stream_and_neutral_metadata() -> None:
    buffer = io.BytesIO()
    build_leaflet(sample_leaflet("meeting"), buffer)
    meta = PdfReader(io.BytesIO(buffer.getvalue())).metadata
    assert meta.get("/Producer") == "Forum Kit"
    assert meta.get("/Creator") == "Forum Kit"
    assert not meta.get("/Author")


def test_complex_scripts_print_and_uncovered_characters_are_refused(tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    build_leaflet(sample_leaflet("meeting", headline="اجتماع العمال"), out)
    assert out.stat().st_size > 0
    for text in ("שלום", "नमस्ते", "中文", "김민준", "ภาษาไทย", "አማርኛ"):
        check_text_supported(f"Meeting {text}", field="paragraphs[1]")
    out.unlink()
    with pytest.raises(InvalidInput) as err:
        build_leaflet(sample_leaflet("issue", demands=("Fine", "Syriac ܫܠܡܐ")), out)
    message = str(err.value)
    assert "demands[2]" in message and "U+072B" in message and "SYRIAC" in message
    assert "Fine" not in message and "ܠܡܐ" not in message
    assert not out.exists()
    with pytest.raises(InvalidInput, match="U\\+078B"):
        check_text_supported("ދިވެހި", field="who_we_are")


def test_european_scripts_accepted() -> None:
    for text in TEST_NAMES + ("ŋ Ş ê ü ñ é", "Ελληνικά", "Кириллица", "Zoë"):
        check_text_supported(text, field="name")
    with pytest.raises(InvalidInput, match="control"):
        check_text_supported("Zoë\x07", field="name")


def test_leaflet_warnings() -> None:
    assert leaflet_warnings(sample_leaflet("meeting")) == []
    long_paragraph = " ".join(["The rota changes every week without notice."] * 8)
    spec = sample_leaflet(
        "meeting",
        headline="A very long headline that goes on and on about everything that is wrong "
                 "with the depot, the rota, the heating, the canteen and the car park",
        paragraphs=("One.", long_paragraph, "Three.", "Four."),
        call_to_action=None)
    warnings = leaflet_warnings(spec)
    joined = "\n".join(warnings)
    assert "4 paragraphs" in joined
    assert "paragraph 2 runs to" in joined
    assert "headline is too long" in joined
    assert "no call to action" in joined
    assert len(warnings) == 4
    half = sample_leaflet("meeting", call_to_action=CallToAction("Come", "", ""))
    assert any("when and where" in w for w in leaflet_warnings(half))


def test_image_visual_validated_with_pillow(tmp_path: Path) -> None:
    from PIL import Image

    png = tmp_path / "photo.png"
    Image.new("L", (300, 200), 180).save(png)
    build_leaflet(sample_leaflet("issue", visual=str(png)), tmp_path / "img.pdf")
    fake = tmp_path / "fake.png"
    fake.write_text("not an image")
    with pytest.raises(InvalidInput, match="visual"):
        build_leaflet(sample_leaflet("issue", visual=fake), tmp_path / "bad.pdf")
    gif = tmp_path / "anim.gif"
    Image.new("L", (10, 10)).save(gif)
    with pytest.raises(InvalidInput, match="PNG and JPEG"):
        build_leaflet(sample_leaflet("issue", visual=gif), tmp_path / "bad.pdf")
    with pytest.raises(InvalidInput, match="visual"):
        sample_leaflet("issue", visual="megafone")


def test_every_pictogram_builds(tmp_path: Path) -> None:
    for name in report_data.PICTOGRAMS:
        build_leaflet(sample_leaflet("issue", visual=name), io.BytesIO())


def test_spec_validation() -> None:
    with pytest.raises(InvalidInput, match="n_up"):
        sample_leaflet("meeting", n_up=3)
    with pytest.raises(InvalidInput, match="paper"):
        sample_leaflet("meeting", paper="A5")
    with pytest.raises(InvalidInput, match="template"):
        LeafletSpec(template="strike", headline="x")


# ---------------------------------------------------------------- chart sheets


def test_chart_sheet_with_names_prints_every_script(tmp_path: Path) -> None:
    sheet = sample_chart_sheet(len(TEST_NAMES), redaction="names", names=TEST_NAMES)
    out = tmp_path / "names.pdf"
    info = build_chart_sheet(sheet, out)
    assert info.personal_data == "names" == personal_data_of(sheet)
    text = pdf_text(out)
    for name in TEST_NAMES:
        assert name in text
    assert "CONTAINS NAMES" in text
    assert_fonts_embedded(out)
    box = PdfReader(out).pages[0].mediabox
    assert float(box.width) > float(box.height)  # landscape wall chart


def test_default_chart_sheet_shows_initials_not_names(tmp_path: Path) -> None:
    sentinel = "Zxqvortle Blimpkinova"
    sheet = ChartSheetData(area_name="Cold store",
                           rows=(ChartRow(name=sentinel, job="Picker", assessment=2),
                                 ChartRow(name="Şêrko Kaya", assessment=1)))
    assert sheet.redaction == "initials"
    out = tmp_path / "init.pdf"
    info = build_chart_sheet(sheet, out)
    assert info.personal_data == "initials"
    text = pdf_text(out)
    raw = out.read_bytes()
    assert "Zxqvortle" not in text and "Blimpkinova" not in text
    assert b"Zxqvortle" not in raw
    assert "Z.B." in text and "Ş.K." in text
    assert "Supporter" in text and "Leader" in text


def test_numbers_redaction_prints_no_names_or_initials(tmp_path: Path) -> None:
    sheet = ChartSheetData(area_name="Yard", redaction="numbers",
                           rows=(ChartRow(name="Qwertzu Plonk", job="Loader"),))
    out = tmp_path / "num.pdf"
    # no names, but each worker's assessment: the sheet says so and advises shredding it
    assert build_chart_sheet(sheet, out).personal_data == "assessments"
    text = pdf_text(out)
    assert "Qwertzu" not in text and "Q.P." not in text and "Loader" in text
    flat = squash(text)
    assert "each row still shows a worker's job, shift and assessment" in flat
    assert "shred" in flat


def test_long_chart_sheet_chains_tables_and_numbers_pages(tmp_path: Path) -> None:
    sheet = sample_chart_sheet(150, redaction="initials")
    out = tmp_path / "long.pdf"
    info = build_chart_sheet(sheet, out)
    pages = page_texts(out)
    assert info.pages == len(pages) > 3
    for number, page in enumerate(pages, 1):
        assert f"Page {number} of {len(pages)}" in page
    assert "158" in pages[-1]  # 150 workers + 8 blank rows, numbered through


def test_initials() -> None:
    assert initials("Şêrko Kaya-Ñúñez") == "Ş.K.Ñ."
    assert initials("  zoë  ") == "Z."


# ---------------------------------------------------------------- briefings


def _string_fields(cls: type) -> set[str]:
    from forum_kit.reports import community_data

    hints = typing.get_type_hints(cls, {**vars(community_data), **vars(report_data)})
    return {name for name, hint in hints.items() if "str" in str(hint)}


def test_briefing_classes_have_no_place_for_coworker_names() -> None:
    allowed = {
        BriefingData: {"forum", "body", "meeting_place", "delegate", "alternates", "term",
                       "recall_rule", "report_back_place", "questions"},
        # "hidden": the names of the counts hidden as a small one's partner (field codes)
        AreaFigures: {"area_name", "structure_test_name", "grievances_by_status",
                      "grievances_by_type", "top_issues", "hidden"},
        report_data.AgendaMandate: {"item", "red_lines", "figure_to_hold"},
        report_data.GrowthSeries: {"area_name"},
        # codes of periods and measures, and the currency: protected counts, no names
        CommunityFigures: {"currency", "figures", "months"},
    }
    for cls, names in allowed.items():
        assert _string_fields(cls) == names, cls.__name__
    # Nested types are only aggregates: no ChartRow (which has a name) inside a briefing.
    hints = str(typing.get_type_hints(BriefingData, {**vars(report_data),
                                                     "CommunityFigures": CommunityFigures}))
    assert "ChartRow" not in hints and "ChartSheetData" not in hints


def test_briefing_contains_sentinel_areas_mandates_and_page_numbers(tmp_path: Path) -> None:
    areas = ("Sentinelarea Alpha", "Sentinelarea Ωmega")
    data = sample_briefing(2, area_names=areas)
    out = tmp_path / "b.pdf"
    info = build_briefing(data, out)
    # it names the delegate and alternates, and says so
    assert info.personal_data == "officers"
    text = pdf_text(out)
    assert "names the delegate and alternates" in squash(text)
    flat = squash(text)
    for area in areas:
        assert area in text
    assert "AGAINST" in flat and "FREE VOTE" in flat and "ABSTAIN" in flat
    assert "Ama Boateng" in flat and "Zoë Ñúñez" in flat
    assert "Committee members against the 1:10 target" in flat
    assert "Report back" in flat
    pages = page_texts(out)
    assert info.pages == len(pages)
    for number, page in enumerate(pages, 1):
        assert f"Page {number} of {len(pages)}" in page
    assert_fonts_embedded(out)
    titles = [o.title for o in PdfReader(out).outline if not isinstance(o, list)]
    assert titles == ["Northern Logistics Workers' Council"]


def test_briefing_flags_committee_gap(tmp_path: Path) -> None:
    data = BriefingData(forum="F", body="Council", meeting_date=date(2026, 3, 1),
                        meeting_place="Hall", delegate="D",
                        areas=(AreaFigures("Gap area", headcount=95, supporters_pct=40,
                                           committee_members=3),))
    out = tmp_path / "gap.pdf"
    build_briefing(data, out)
    assert "7 short" in pdf_text(out)


# ---------------------------------------------------------------- packs


def _outline_titles(items: list) -> list[str]:
    titles: list[str] = []
    for item in items:
        if isinstance(item, list):
            titles += _outline_titles(item)
        else:
            titles.append(item.title)
    return titles


def test_pack_contents_bookmarks_and_page_x_of_y(tmp_path: Path) -> None:
    spec = sample_pack(4, chart_sheets=2)
    out = tmp_path / "pack.pdf"
    seen: list[tuple[int, int]] = []
    info = build_pack(spec, out, progress=lambda d, t: seen.append((d, t)))
    assert info.personal_data == "initials" == personal_data_of(spec)
    reader = PdfReader(out)
    assert info.pages == len(reader.pages)
    titles = _outline_titles(reader.outline)
    for expected in ("Northern Logistics Workers' Council", "Mandates", "Background figures",
                     "Committee growth by area", "Questions to raise", "Goods in", "Picking A"):
        assert expected in titles
    pages = page_texts(out)
    assert len(pages) == info.pages
    for number, page in enumerate(pages, 1):
        assert f"Page {number} of {len(pages)}" in page
    assert "Contents" in pages[1] and "Mandates" in pages[1]
    assert "BRIEFING PACK" in pages[0]
    # Chart sheets are landscape, briefings portrait.
    sizes = {(float(p.mediabox.width) > float(p.mediabox.height)) for p in reader.pages}
    assert sizes == {True, False}
    assert seen and seen[-1][0] == seen[-1][1]
    assert all(b[0] >= a[0] for a, b in zip(seen, seen[1:], strict=False))


def test_pack_contents_page_numbers_match_bookmarks(tmp_path: Path) -> None:
    out = tmp_path / "pack.pdf"
    build_pack(sample_pack(30, chart_sheets=1), out)
    reader = PdfReader(out)
    dest = {o.title: reader.get_destination_page_number(o) + 1
            for o in reader.outline if not isinstance(o, list)}
    contents = squash(page_texts(out)[1])
    for title, page in dest.items():
        assert f"{title} . " in contents or title in contents
        assert contents.split(title, 1)[1].lstrip(" .").split()[0] == str(page)


def test_cancel_leaves_no_file(tmp_path: Path) -> None:
    out = tmp_path / "pack.pdf"
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 20

    with pytest.raises(Cancelled):
        build_pack(sample_pack(20), out, cancelled=cancelled)
    assert list(tmp_path.iterdir()) == []
    # An existing file is left as it was.
    out.write_bytes(b"old")
    calls["n"] = 0
    with pytest.raises(Cancelled):
        build_pack(sample_pack(20), out, cancelled=cancelled)
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["pack.pdf"]


def test_pack_names_warning_and_validation(tmp_path: Path) -> None:
    spec = sample_pack(2, chart_sheets=1, redaction="names")
    assert personal_data_of(spec) == "names"
    out = tmp_path / "p.pdf"
    assert build_pack(spec, out).personal_data == "names"
    assert "FULL NAMES" in pdf_text(out)
    with pytest.raises(InvalidInput):
        PackSpec(title="Empty", items=())
    bad = dataclasses.replace(spec, title="Pack ܫ")
    with pytest.raises(InvalidInput, match="title"):
        build_pack(bad, tmp_path / "bad.pdf")


def test_shape_checking_restored_after_builds() -> None:
    before = rl_config.shapeChecking
    build_briefing(sample_briefing(1), io.BytesIO())
    assert rl_config.shapeChecking == before


# ---------------------------------------------------------------- protection


def test_protect_pdf_uses_aes256_r6(tmp_path: Path) -> None:
    plain = tmp_path / "plain.pdf"
    locked = tmp_path / "locked.pdf"
    build_chart_sheet(sample_chart_sheet(5, redaction="names"), plain)
    protect_pdf(plain, locked, "correct horse battery")
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(locked)
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(locked, password="wrong password")
    with pikepdf.open(locked, password="correct horse battery") as pdf:
        enc = pdf.encryption
        assert pdf.is_encrypted
        assert enc.R == 6 and enc.bits == 256
        assert enc.stream_method == EncryptionMethod.aesv3
        assert enc.string_method == EncryptionMethod.aesv3
        assert pdf.docinfo.get("/Producer") == "Forum Kit"
        assert pdf.docinfo.get("/Creator") == "Forum Kit"
        assert "/Author" not in pdf.docinfo
        assert len(pdf.pages) == 1
    # the crypt filter named in the /Encrypt dictionary (never itself encrypted) is AES-256,
    # never RC4 (/V2); searching the whole file for b"RC4" failed by chance now and then (3
    # random bytes somewhere in ~70 KB of ciphertext)
    data = locked.read_bytes()
    number = re.findall(rb"/Encrypt (\d+) 0 R", data)[-1]
    encrypt = re.search(rb"\n" + number + rb" 0 obj(.*?)endobj", data, re.S).group(1)
    assert b"/AESV3" in encrypt and b"/V2" not in encrypt and b"/RC4" not in encrypt
    with pytest.raises(InvalidInput, match="password"):
        protect_pdf(plain, tmp_path / "x.pdf", "short")
    with pytest.raises(InvalidInput):
        protect_pdf(tmp_path / "missing.pdf", tmp_path / "x.pdf", "long enough password")
