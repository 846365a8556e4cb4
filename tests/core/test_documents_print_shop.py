"""What a print shop's look at the documents found, each fixed and checked on the PDF itself.

Type sizes are read back with pypdf (the font size times the text and drawing matrices), text
positions with poppler's ``pdftotext -bbox``, swatches rendered in black and white with
``pdftoppm``; the chart sheet's order, withheld count and sub-area names come from a small vault.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import math
import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from forum_kit.errors import InvalidInput
from forum_kit.queries import documents as D
from forum_kit.reports import (
    BriefingData,
    ChartRow,
    ChartSheetData,
    LeafletSpec,
    build_briefing,
    build_chart_sheet,
    build_leaflet,
    build_pack,
    leaflet_warnings,
)
from forum_kit.reports.chart_sheet import draw_swatch
from forum_kit.reports.leaflet_words import (
    LANGUAGES,
    WORD_KEYS,
    WORDS,
    has_words,
    upper,
    words_for,
)
from forum_kit.reports.samples import (
    arabic_body,
    chinese_body,
    hindi_body,
    leaflet_of,
    sample_briefing,
    sample_chart_sheet,
    sample_leaflet,
    sample_pack,
    spanish_body,
)
from forum_kit.reports.styles import MARGIN

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
TODAY = dt.date(2026, 3, 6)


def _pdf(builder, spec) -> bytes:
    buffer = io.BytesIO()
    builder(spec, buffer)
    return buffer.getvalue()


def runs(pdf: bytes) -> list[tuple[float, str, float, float, str]]:
    """(size in points as printed, font, x, y, text) of every text run pypdf reads back."""
    out = []
    for page in PdfReader(io.BytesIO(pdf)).pages:

        def visit(text, cm, tm, font, size, out=out):
            if not text.strip():
                return
            a = tm[0] * cm[0] + tm[1] * cm[2]
            b = tm[0] * cm[1] + tm[1] * cm[3]
            c = tm[2] * cm[0] + tm[3] * cm[2]
            d = tm[2] * cm[1] + tm[3] * cm[3]
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            name = str(font.get("/BaseFont", "")) if font else ""
            out.append((size * math.sqrt(abs(a * d - b * c)), name, x, y, text.strip()))

        page.extract_text(visitor_text=visit)
    return out


def _size_of(found: list, text: str) -> tuple[float, str, float]:
    hits = [(s, f, y) for s, f, _x, y, t in found if text in t]
    assert hits, text
    return hits[0]


# ---- nothing below 8 pt ---------------------------------------------------------------------


DOCUMENTS = {
    "leaflet 1-up": lambda: _pdf(build_leaflet, sample_leaflet("meeting")),
    "leaflet 2-up": lambda: _pdf(build_leaflet, sample_leaflet("issue", n_up=2)),
    "leaflet 4-up": lambda: _pdf(build_leaflet, sample_leaflet("meeting", n_up=4)),
    "leaflet 4-up Letter": lambda: _pdf(
        build_leaflet, sample_leaflet("victory", n_up=4, paper="Letter")
    ),
    "bilingual 4-up": lambda: _pdf(
        build_leaflet, sample_leaflet("meeting", n_up=4, second=arabic_body())
    ),
    "briefing": lambda: _pdf(build_briefing, sample_briefing(3)),
    "chart sheet": lambda: _pdf(build_chart_sheet, sample_chart_sheet(20)),
    "pack": lambda: _pdf(build_pack, sample_pack(2, chart_sheets=1)),
}


@pytest.mark.parametrize("name", DOCUMENTS)
def test_nothing_prints_below_8_pt(name: str) -> None:
    found = runs(DOCUMENTS[name]())
    assert found
    small = [(round(s, 2), t) for s, _f, _x, _y, t in found if s < 7.99]
    assert not small, small[:5]


def test_handbills_lay_out_for_their_own_size_and_say_when_text_does_not_fit() -> None:
    one = runs(_pdf(build_leaflet, sample_leaflet("meeting")))
    four = runs(_pdf(build_leaflet, sample_leaflet("meeting", n_up=4)))
    body = "Every week the night shift"
    # the quarter-page body is smaller than the page's but not half of it (6.5 pt before)
    assert 8 <= _size_of(four, body)[0] < _size_of(one, body)[0]
    assert leaflet_warnings(sample_leaflet("meeting", n_up=4)) == []
    long = sample_leaflet(
        "meeting", n_up=4, paragraphs=("The rota changes without notice. " * 12,) * 3
    )
    warnings = "\n".join(leaflet_warnings(long))
    assert "does not fit on the quarter-page handbill" in warnings
    assert "8 pt" in warnings and "print fewer per sheet" in warnings


# ---- the call to action and the headlines -----------------------------------------------


def test_meeting_call_to_action_comes_second_and_stands_out() -> None:
    found = runs(_pdf(build_leaflet, sample_leaflet("meeting")))
    head, _f, head_y = _size_of(found, "Short-staffed again?")
    what, what_font, what_y = _size_of(found, "Come to the forum meeting")
    when, when_font, when_y = _size_of(found, "When:")
    where, where_font, _y = _size_of(found, "Where:")
    contact, contact_font, contact_y = _size_of(found, "Contact:")
    body, _bf, body_y = _size_of(found, "Every week the night shift")
    assert head > what > when > body and where == when
    assert contact >= body
    assert all("Bold" in f for f in (what_font, when_font, where_font, contact_font))
    # right under the headline, before the picture's text and the body
    assert head_y > what_y > when_y > contact_y > body_y


@pytest.mark.parametrize("second", [spanish_body, arabic_body, chinese_body, hindi_body])
def test_both_headlines_are_the_largest_text_on_their_side(second) -> None:
    found = runs(_pdf(build_leaflet, sample_leaflet("meeting", second=second())))
    middle = 595.28 / 2
    for on_side in (lambda x: x < middle, lambda x: x >= middle):
        # below the shared kicker band
        sizes = [s for s, _f, x, y, _t in found if on_side(x) and y < 700]
        headline = max(sizes)
        assert headline >= 18
        assert headline - max(s for s in sizes if s < headline - 0.01) >= 2


# ---- chart sheets ---------------------------------------------------------------------------


def test_every_chart_sheet_page_names_the_full_path_and_its_page_of_the_sheet(tmp_path) -> None:
    sheet = dataclasses.replace(
        sample_chart_sheet(150), area_name="Floor 2 / Team North", workplace="Riverside Depot"
    )
    path = tmp_path / "s.pdf"
    path.write_bytes(_pdf(build_chart_sheet, sheet))
    pages = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout.split("\f")[:-1]
    assert len(pages) > 3
    for k, page in enumerate(pages, 1):
        assert "Riverside Depot / Floor 2 / Team North" in page
        assert f"Sheet page {k} of {len(pages)}" in page
    # in a pack each sheet counts its own pages, and the contents name the sub-area with its
    # parent
    pack = dataclasses.replace(
        sample_pack(2, chart_sheets=0),
        items=(sample_briefing(2), sheet, dataclasses.replace(sheet, area_name="Floor 3")),
    )
    path.write_bytes(_pdf(build_pack, pack))
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    contents = text.split("\f")[1]
    assert "Floor 2 / Team North" in contents and "Floor 3" in contents
    assert "Sheet page 1 of" in text and "Riverside Depot / Floor 3" in text


def test_long_names_wrap_instead_of_losing_the_surname(tmp_path) -> None:
    name = "Maximiliana Guadalupe Fernández-Castillo de la Santísima Trinidad Oyèkúnlé"
    sheet = ChartSheetData(
        area_name="Yard",
        redaction="names",
        rows=(ChartRow(name=name, job="Maintenance technician"),),
    )
    path = tmp_path / "long.pdf"
    path.write_bytes(_pdf(build_chart_sheet, sheet))
    text = " ".join(
        subprocess.run(
            ["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    assert "Oyèkúnlé" in text and "\u2026" not in text


def test_legend_explains_role_codes_and_swatches_differ_in_black_and_white(tmp_path) -> None:
    text = " ".join(
        subprocess.run(
            ["pdftotext", "-raw", "-", "-"],
            input=_pdf(build_chart_sheet, sample_chart_sheet(5)),
            capture_output=True,
            check=True,
        )
        .stdout.decode()
        .split()
    )
    assert "C = committee member" in text and "CH = committee helper" in text
    assert "Unassessed" in text and "Hostile" in text
    from reportlab.pdfgen.canvas import Canvas

    pdf = tmp_path / "swatches.pdf"
    canvas = Canvas(str(pdf), pagesize=(6 * 30, 30))
    for level in range(6):
        draw_swatch(canvas, 10 + level * 30, 10, level)
    canvas.save()
    subprocess.run(["pdftoppm", "-r", "300", "-gray", str(pdf), str(tmp_path / "sw")], check=True)
    from PIL import Image

    image = Image.open(next(tmp_path.glob("sw*.pgm"))).point(lambda v: 255 if v > 127 else 0)
    scale = 300 / 72
    tiles = []
    for level in range(6):
        box = (
            round((11 + level * 30) * scale),
            round(11 * scale),
            round((18 + level * 30) * scale),
            round(18 * scale),
        )
        tiles.append(list(image.crop(box).tobytes()))
    for i in range(6):
        for j in range(i + 1, 6):
            differ = sum(a != b for a, b in zip(tiles[i], tiles[j], strict=True))
            assert differ > len(tiles[i]) * 0.15, (i, j)


def test_privacy_statements_say_what_each_document_carries(tmp_path) -> None:
    def text(builder, spec) -> str:
        return " ".join(
            subprocess.run(
                ["pdftotext", "-raw", "-", "-"],
                input=_pdf(builder, spec),
                capture_output=True,
                check=True,
            )
            .stdout.decode()
            .split()
        )

    named = text(build_briefing, sample_briefing(1))
    assert "names the delegate and alternates" in named
    assert "Names only the delegate and alternates" in named
    nobody = text(
        build_briefing, dataclasses.replace(sample_briefing(1), delegate="", alternates=())
    )
    assert "carries no coworker's name" in nobody and "No delegate in office" in nobody
    numbers = text(build_chart_sheet, sample_chart_sheet(3, redaction="numbers"))
    assert "each row still shows a worker's job, shift and assessment" in numbers
    assert "shred it" in numbers and "each worker's assessment" in numbers
    cover = text(build_pack, sample_pack(1, chart_sheets=1, redaction="numbers"))
    assert "names of the delegate and alternates" in cover and "by row number" in cover


# ---- from a vault: order, withheld, sub-areas, each worker once, dates -------------------


@pytest.fixture
def depot(session):
    from forum_kit.services.contacts import add_contact
    from forum_kit.services.workplaces import add_area, add_workplace

    wp = add_workplace(session, name="Depot", today=TODAY)
    floor = add_area(session, workplace_id=wp.id, name="Floor 2")
    team = add_area(session, workplace_id=wp.id, name="Team North", parent_id=floor.id)
    names = [
        ("Zoë", "Zimmer", floor),
        ("Ali", "Yüksel", floor),
        ("Jürgen", "Übel", floor),
        ("Anna", "Abel", floor),
        ("Ömer", "Öztürk", floor),
        ("Eve", "Ellis", team),
        ("Çağla", "Çelik", team),
        ("Hidden", "Person", floor),
    ]
    for first, last, area in names:
        add_contact(
            session,
            workplace_id=wp.id,
            area_id=area.id,
            first_name=first,
            last_name=last,
            sensitive=first == "Hidden",
            today=TODAY,
        )
    session.flush()
    return floor.id, team.id


def test_names_sort_by_collation_and_sensitive_workers_are_left_out(session, depot) -> None:
    floor, _team = depot
    sheet = D.chart_sheet_data(session, area_id=floor, as_of=TODAY, redaction="names")
    assert [r.name for r in sheet.rows] == [
        "Anna Abel",
        "Çağla Çelik",
        "Eve Ellis",
        "Ömer Öztürk",
        "Jürgen Übel",
        "Ali Yüksel",
        "Zoë Zimmer",
    ]
    assert sheet.withheld == 1 and not any("Hidden" in r.name for r in sheet.rows)
    text = subprocess.run(
        ["pdftotext", "-raw", "-", "-"],
        input=_pdf(build_chart_sheet, sheet),
        capture_output=True,
        check=True,
    ).stdout.decode()
    assert text.index("Jürgen Übel") < text.index("Ali Yüksel")
    assert "1 worker is marked sensitive and left off this sheet" in " ".join(text.split())
    assert "Hidden" not in text and "Person" not in text


def test_sub_areas_are_named_with_their_parent_and_a_pack_prints_each_worker_once(
    session, depot
) -> None:
    floor, team = depot
    sheet = D.chart_sheet_data(session, area_id=team, as_of=TODAY)
    assert sheet.area_name == "Floor 2 / Team North" and sheet.workplace == "Depot"
    figures, growth = D._area_figures(session, [floor, team], TODAY, 2, threshold=1)
    assert [f.area_name for f in figures] == ["Floor 2", "Floor 2 / Team North"]
    assert [g.area_name for g in growth] == ["Floor 2", "Floor 2 / Team North"]
    from forum_kit.reports import PackSpec

    floor_sheet = D.chart_sheet_data(
        session,
        area_id=floor,
        as_of=TODAY,
        redaction="names",
        leave_out=D._below(session, floor, [floor, team]),
    )
    team_sheet = D.chart_sheet_data(session, area_id=team, as_of=TODAY, redaction="names")
    assert floor_sheet.elsewhere == ("Floor 2 / Team North",)
    pack = PackSpec(title="All areas", items=(floor_sheet, team_sheet))
    text = subprocess.run(
        ["pdftotext", "-raw", "-", "-"],
        input=_pdf(build_pack, pack),
        capture_output=True,
        check=True,
    ).stdout.decode()
    for name in ("Eve Ellis", "Çağla Çelik", "Anna Abel", "Zoë Zimmer"):
        assert text.count(name) == 1, name
    assert "Workers of Floor 2 / Team North are on that area's own sheet" in " ".join(text.split())


ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
DATE = re.compile(r"\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b")


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_pages_keep_their_margins_and_one_date_format(paper: str, tmp_path) -> None:
    docs = {
        "briefing": _pdf(
            build_briefing,
            dataclasses.replace(sample_briefing(4), paper=paper, term="1 Jan 2026 to 30 Jun 2026"),
        ),
        "sheet": _pdf(build_chart_sheet, dataclasses.replace(sample_chart_sheet(30), paper=paper)),
        "pack": _pdf(build_pack, dataclasses.replace(sample_pack(3, chart_sheets=1), paper=paper)),
    }
    for name, pdf in docs.items():
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(pdf)
        html = subprocess.run(
            ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
        for page in html.split("<page ")[1:]:
            width = float(re.search(r'width="([\d.]+)"', page).group(1))
            expected = {"A4": (595.28, 841.89), "Letter": (612, 792)}[paper]
            assert round(width) in (round(expected[0]), round(expected[1]))
            for x0, x1 in re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"', page):
                assert float(x0) >= MARGIN - 1 and float(x1) <= width - MARGIN + 1, name
        text = subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert not ISO_DATE.search(text), name
        assert DATE.search(text), name


# ---- the leaflet's own words ----------------------------------------------------------------


def test_every_offered_language_has_every_word_and_can_print_it() -> None:
    from forum_kit.reports import check_text_supported

    assert set(LANGUAGES) == set(WORDS)
    for code, words in WORDS.items():
        assert set(words) == set(WORD_KEYS), code
        for key, text in words.items():
            assert text.strip(), (code, key)
            check_text_supported(text, field=f"{code}.{key}")


def test_leaflet_words_come_in_its_language_or_are_asked_for(tmp_path) -> None:
    vi = leaflet_of(dataclasses.replace(spanish_body(), language="vi"))
    text = subprocess.run(
        ["pdftotext", "-raw", "-", "-"],
        input=_pdf(build_leaflet, vi),
        capture_output=True,
        check=True,
    ).stdout.decode()
    assert "Yêu cầu của chúng tôi" in text and "HỌP CÔNG NHÂN" in text
    assert "Our demands" not in text
    zu = sample_leaflet("meeting", language="zu")
    assert (
        "Izimfuno zethu"
        in subprocess.run(
            ["pdftotext", "-raw", "-", "-"],
            input=_pdf(build_leaflet, zu),
            capture_output=True,
            check=True,
        ).stdout.decode()
    )
    assert has_words("pt-BR") and has_words("zh-TW") and not has_words("eo")
    unknown = sample_leaflet("meeting", language="eo")
    with pytest.raises(InvalidInput) as err:
        build_leaflet(unknown, tmp_path / "eo.pdf")
    assert "no words in the language 'eo'" in str(err.value) and "when" in str(err.value)
    assert not (tmp_path / "eo.pdf").exists()
    words = {k: f"eo-{k}" for k in WORD_KEYS}
    own = dataclasses.replace(unknown, words=tuple(words.items()))
    text = subprocess.run(
        ["pdftotext", "-raw", "-", "-"],
        input=_pdf(build_leaflet, own),
        capture_output=True,
        check=True,
    ).stdout.decode()
    assert "eo-demands" in text and "EO-MEETING" in text
    # a spec overrides a single built-in word
    changed = sample_leaflet("meeting", words=(("demands", "What we want"),))
    assert words_for("en", changed.words)["demands"] == "What we want"


def test_capitals_follow_the_language() -> None:
    assert upper("İşçi toplantısı", "tr") == "İŞÇİ TOPLANTISI"
    assert upper("kızıl", "tr") == "KIZIL"
    assert upper("Συνέλευση εργαζομένων", "el") == "ΣΥΝΕΛΕΥΣΗ ΕΡΓΑΖΟΜΕΝΩΝ"
    assert upper("Straße", "de") == "STRASSE"
    assert upper("işçi", "en") != upper("işçi", "tr")


def test_turkish_leaflet_kicker_in_turkish_capitals() -> None:
    spec = LeafletSpec(template="meeting", headline="Toplantı", language="tr")
    text = subprocess.run(
        ["pdftotext", "-raw", "-", "-"],
        input=_pdf(build_leaflet, spec),
        capture_output=True,
        check=True,
    ).stdout.decode()
    assert "İŞÇİ TOPLANTISI" in text


def test_briefing_without_officers_is_no_personal_data() -> None:
    from forum_kit.reports import personal_data_kinds

    data = BriefingData(forum="F", body="C", meeting_date=TODAY, meeting_place="P", delegate="")
    assert personal_data_kinds(data) == ("none",)
    assert personal_data_kinds(sample_briefing(1)) == ("officers",)
    assert personal_data_kinds(sample_pack(1, chart_sheets=1)) == ("initials", "officers")
    assert D.personal_data_line(("initials", "officers")) == (
        "This document carries: coworkers' initials with their job, shift and assessment; and "
        "the names of the delegate and alternates (no other coworkers)."
    )
