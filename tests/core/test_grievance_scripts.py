"""Grievance paperwork prints every script: letters, fact sheets and the committee's report.

A small vault holds one case for each script of issue 15 (Arabic, Hebrew, Hindi, Bengali, Tamil,
Thai, Amharic, Chinese, Japanese, Korean): its grievants are a name in that script and a Latin,
Greek or Cyrillic one, its steward has a name in that script and its title is written in it.
Each case's filing letter (the contract's default template, filled from the case), its fact sheet
and the committee's report with grievants named are built and read back with ``pdf_glyphs``:
every name and title is drawn with the glyphs HarfBuzz gives for it in its script's bundled
font (regular, or the bold cut where the document prints it bold), no glyph is .notdef, and the
Latin, Greek, Cyrillic and CJK names come back exactly from pdftotext. A name with a character
no bundled font covers stops each document with the field and the character, and nothing is
written.
"""

from __future__ import annotations

import dataclasses
import shutil
from datetime import date
from pathlib import Path

import pytest
from pdf_glyphs import LATIN, assert_shaped, bbox_words, bold, build, pdftotext
from sqlalchemy.orm import Session
from test_documents_print_shop import runs

from forum_kit.errors import InvalidInput
from forum_kit.models import Contact, Grievance
from forum_kit.queries import letters as lq
from forum_kit.queries.grievance_figures import grievance_figures
from forum_kit.reports import build_briefing
from forum_kit.reports.grievance_data import GrievanceReportData, LetterDocument
from forum_kit.reports.grievance_report import build_grievance_report
from forum_kit.reports.letter import build_fact_sheet, build_letter, letter_direction
from forum_kit.reports.samples import sample_briefing
from forum_kit.reports.styles import MARGIN
from forum_kit.services import contracts as cs
from forum_kit.services import grievances as gs
from forum_kit.services.contacts import add_contact
from forum_kit.services.workplaces import add_area, add_workplace

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

TODAY = date(2026, 5, 12)


@dataclasses.dataclass(frozen=True)
class Script:
    name: str
    grievant: str
    steward: str
    title: str
    font: str  # the bundled font of the script, regular cut
    rtl: bool


# Names and titles short enough to stay on one line in the report's narrowest columns.
SCRIPTS = (
    Script("Arabic", "محمد الحسيني", "فاطمة علي", "أجر إضافي", "NotoSansArabic-Regular.ttf", True),
    Script("Hebrew", "אברהם כהן", "שרה לוי", "שעות נוספות", "NotoSansHebrew-Regular.ttf", True),
    Script("Hindi", "प्रिया शर्मा", "राजेश कुमार", "ओवरटाइम", "NotoSansDevanagari-Regular.ttf", False),
    Script("Bengali", "সুমাইয়া রহমান", "রফিক ইসলাম", "মজুরি", "NotoSansBengali-Regular.ttf", False),
    Script("Tamil", "முருகன்", "கவிதா", "ஊதியம்", "NotoSansTamil-Regular.ttf", False),
    Script("Thai", "สมชาย ใจดี", "สุดา แก้ว", "ค่าล่วงเวลา", "NotoSansThai-Regular.ttf", False),
    Script("Amharic", "ፋጢማ ሙሐመድ", "ኣብርሃም", "የትርፍ ሰዓት", "NotoSansEthiopic-Regular.ttf", False),
    Script("Chinese", "王芳", "李伟", "加班费未支付", "DroidSansFallbackFull.ttf", False),
    Script(
        "Japanese", "山田 花子", "佐藤 健", "残業代の未払い", "DroidSansFallbackFull.ttf", False
    ),
    Script("Korean", "김민준", "이서연", "초과 근무 수당", "NanumGothic.ttf", False),
)
CJK = ("Chinese", "Japanese", "Korean")


@dataclasses.dataclass(frozen=True)
class Case:
    script: Script
    grievance_id: int
    latin: str  # the case's second grievant, in Latin, Greek or Cyrillic script


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """A vault with one filed case per script (committed once, read by every test)."""
    from forum_kit.vault import FAST_KDF, Vault

    vault = Vault.create(
        tmp_path_factory.mktemp("scripts") / "s.forumkit", "pass phrase 1", kdf=FAST_KDF
    )
    cases: list[Case] = []
    with vault.unit_of_work() as s:
        workplace = add_workplace(s, name="Depot", employer="Northwind Ltd", today=TODAY)
        area = add_area(s, workplace_id=workplace.id, name="Night shift")
        contract = cs.create_contract(
            s,
            name="Agreement",
            workplace_id=workplace.id,
            steps=cs.default_contract_steps(),
            type_starts=cs.default_type_starts(),
        )

        def person(name: str) -> int:
            first, _, last = name.partition(" ")
            return add_contact(
                s,
                workplace_id=workplace.id,
                area_id=area.id,
                first_name=first,
                last_name=last,
                today=TODAY,
            ).id

        for i, script in enumerate(SCRIPTS):
            latin = LATIN[i % len(LATIN)]
            grievance = gs.file_grievance(
                s,
                workplace_id=workplace.id,
                contract_id=contract.id,
                grievance_type="individual",
                title=script.title,
                incident_on=date(2026, 5, 4),
                area_id=area.id,
                grievant_ids=[person(script.grievant), person(latin)],
                steward_id=person(script.steward),
                what="Overtime not paid",
                remedy="Pay the hours owed",
                number=f"G-{i + 1}",
                today=TODAY,
            )
            cases.append(Case(script, grievance.id, latin))
    yield vault, cases
    vault.lock()


def _expected(script: Script, texts: list[str], *, bold_texts: tuple[str, ...] = ()):
    regular = [(t, script.font, script.rtl) for t in texts]
    return regular + bold([(t, script.font, script.rtl) for t in bold_texts])


def _exact(case: Case, text: str, *, grievants_wrap: bool = False) -> None:
    """Latin, Greek, Cyrillic and CJK come back exactly from the PDF's text (the grievants word
    by word where their column may wrap a name)."""
    grievants = [case.latin] + ([case.script.grievant] if case.script.name in CJK else [])
    for name in grievants:
        for part in name.split() if grievants_wrap else [name]:
            assert part in text, part
    if case.script.name in CJK:
        for name in (case.script.steward, case.script.title):
            assert name in text, name


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda s: s.name)
def test_filing_letter_prints_names_and_title_as_harfbuzz_shapes_them(world, script, tmp_path):
    vault, cases = world
    case = next(c for c in cases if c.script is script)
    with Session(vault.engine) as s:
        draft = lq.letter_draft(
            s, grievance_id=case.grievance_id, kind="filing", letter_date=TODAY, today=TODAY
        )
    assert script.grievant in draft.body and script.title in draft.subject
    letter = lq.letter_document(draft.subject, draft.body, letter_date=TODAY, number="G-1")
    pdf = build(build_letter, letter)
    # the names in the letter's text, the title in its bold subject line
    assert_shaped(
        pdf,
        _expected(script, [script.grievant, script.steward], bold_texts=(script.title,)),
    )
    _exact(case, pdftotext(pdf, tmp_path))


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda s: s.name)
def test_fact_sheet_prints_names_and_title_as_harfbuzz_shapes_them(world, script, tmp_path):
    vault, cases = world
    case = next(c for c in cases if c.script is script)
    with Session(vault.engine) as s:
        sheet = lq.fact_sheet_data(s, case.grievance_id, today=TODAY)
    assert set(sheet.grievants) == {script.grievant, case.latin}
    pdf = build(build_fact_sheet, sheet)
    # the title in the bold heading, the grievants and steward in the table of facts
    assert_shaped(
        pdf,
        _expected(script, [script.grievant, script.steward], bold_texts=(script.title,)),
    )
    text = pdftotext(pdf, tmp_path)
    _exact(case, text)
    if script.name in CJK:
        # both grievants in one cell, in the case's order
        assert ", ".join(sheet.grievants) in text


def test_committee_report_with_names_prints_every_script(world, tmp_path):
    vault, cases = world
    with Session(vault.engine) as s:
        figures = grievance_figures(s, as_of=TODAY, with_names=True)
    assert len(figures.open_cases) == len(SCRIPTS)
    pdf = build(build_grievance_report, GrievanceReportData(figures))
    expected = []
    for script in SCRIPTS:
        # titles and stewards in the open cases, stewards again in the counts; the grievants'
        # column is narrow, so a name may wrap between its words: each word is checked
        words = script.grievant.split()
        expected += _expected(script, [script.title, script.steward, *words])
    assert_shaped(pdf, expected)
    text = pdftotext(pdf, tmp_path)
    for case in cases:
        _exact(case, text, grievants_wrap=True)


def test_a_character_no_font_covers_names_the_field_and_writes_nothing(world, tmp_path):
    """Syriac (U+0710) is in no bundled font: every document refuses, naming where it is."""
    vault, cases = world
    case = cases[0]
    with Session(vault.engine) as s:
        steward = s.get(Contact, s.get(Grievance, case.grievance_id).steward_id)
        steward.last_name = "ܐܠܝ"
        s.flush()
        draft = lq.letter_draft(
            s, grievance_id=case.grievance_id, kind="filing", letter_date=TODAY, today=TODAY
        )
        sheet = lq.fact_sheet_data(s, case.grievance_id, today=TODAY)
        figures = grievance_figures(s, as_of=TODAY, with_names=True)
        s.rollback()
    documents = (
        (
            "letter",
            build_letter,
            lq.letter_document(draft.subject, draft.body, letter_date=TODAY, number="G-1"),
            "letter text",
        ),
        ("fact sheet", build_fact_sheet, sheet, "steward"),
        ("report", build_grievance_report, GrievanceReportData(figures), "open_cases[1].steward"),
    )
    for name, builder, spec, field in documents:
        out = tmp_path / f"{name}.pdf"
        with pytest.raises(InvalidInput) as err:
            builder(spec, out)
        message = str(err.value)
        assert field in message and "U+0710" in message, (name, message)
        assert "ܐܠܝ" not in message and case.script.steward.split()[0] not in message
        assert not out.exists(), name


def _letter_words(subject: str, body: str, tmp_path: Path) -> list[tuple]:
    letter = LetterDocument(subject=subject, body=body, letter_date=TODAY, reference="G-1")
    return bbox_words(build(build_letter, letter), tmp_path, with_y=True)


def _arabic(word: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" or "\ufb50" <= c <= "\ufefc" for c in word)


def test_a_letter_reads_in_its_templates_direction(tmp_path):
    """An English letter whose line starts with an Arabic name still reads left to right (the
    name at the left margin, the English after it); a letter written in Arabic is set right
    to left, flush with the right margin, its date at the left."""
    assert letter_direction("Dear محمد الحسيني, the union files this grievance.") == "ltr"
    assert letter_direction("السيد المدير، نرفع هذه الشكوى نيابة عن Zoë Ångström.") == "rtl"
    words = _letter_words(
        "Grievance G-1", "محمد الحسيني was not paid for the overtime.\n\nYours sincerely,", tmp_path
    )
    name_x = min(x0 for x0, _x1, _y, w in words if _arabic(w))
    was = next(w for w in words if w[3] == "was")
    assert name_x < was[0] and name_x < MARGIN + 3
    words = _letter_words(
        "شكوى G-1", "السيد المدير،\n\nنرفع هذه الشكوى نيابة عن Zoë Ångström وزملائها.", tmp_path
    )
    width = 595.28
    right = [x1 for _x0, x1, _y, w in words if _arabic(w)]
    assert right and max(right) > width - MARGIN - 3
    # every line of the text ends flush with the right margin (lines told apart by height)
    ends: list[tuple[float, float]] = []  # (top, right end) of each line
    for _x0, x1, y, w in sorted(words, key=lambda w: w[2]):
        if _arabic(w) or w in ("Zoë", "Ångström"):
            if ends and y - ends[-1][0] < 8:
                ends[-1] = (ends[-1][0], max(ends[-1][1], x1))
            else:
                ends.append((y, x1))
    assert len(ends) >= 3 and all(x1 > width - MARGIN - 3 for _y, x1 in ends), ends
    day = next(w for w in words if w[3] == "May")
    assert day[0] < width / 2  # the date at the left


def test_nothing_in_the_grievance_documents_prints_below_8_pt(world):
    vault, cases = world
    with Session(vault.engine) as s:
        figures = grievance_figures(s, as_of=TODAY, with_names=True)
        sheet = lq.fact_sheet_data(s, cases[0].grievance_id, today=TODAY)
        draft = lq.letter_draft(
            s, grievance_id=cases[0].grievance_id, kind="filing", letter_date=TODAY, today=TODAY
        )
    briefing = dataclasses.replace(sample_briefing(2), grievance_review=figures.summary)
    for pdf in (
        build(build_grievance_report, GrievanceReportData(figures)),
        build(build_fact_sheet, sheet),
        build(
            build_letter,
            lq.letter_document(draft.subject, draft.body, letter_date=TODAY, number="G-1"),
        ),
        build(build_briefing, briefing),
    ):
        found = runs(pdf)
        assert found
        small = [(round(size, 2), t) for size, _f, _x, _y, t in found if size < 7.99]
        assert not small, small[:5]
