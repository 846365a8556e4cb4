"""The review sheet (``reports.review_sheet``): a field report printed for the committee meeting.

Every name and value goes through the ``Para`` engine: Arabic, Devanagari and CJK names are drawn
as HarfBuzz shapes them (read back from the PDF by ``pdf_glyphs``), Latin
and CJK text comes back from pdftotext; a conflict shows the copy's, the chart's and the steward's
values side by side, and the keeper's decisions once reviewed.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pdf_glyphs import assert_shaped, pdftotext

from forum_kit.committee.review import Change, Detail, ReviewPlan
from forum_kit.reports.review_sheet import build_review_sheet

ARABIC = ("محمد الحسيني", "NotoSansArabic-Regular.ttf", True)
HINDI = ("प्रिया शर्मा", "NotoSansDevanagari-Regular.ttf", False)
CHINESE = ("王芳", "DroidSansFallbackFull.ttf", False)


def _change(number: int, what: str, subject: str, status: str, *details: Detail) -> Change:
    return Change(
        number=number,
        entry_uid=f"e{number:031d}",
        op="contact.set",
        what=what,
        subject=subject,
        details=tuple(details),
        status=status,
        reason="the person left the chart" if status == "cannot" else "",
        needs=(),
        earlier=None,
        reported_at=dt.datetime(2026, 3, 4, 10, 0),
    )


def _plan(decisions: dict[str, str] | None = None) -> ReviewPlan:
    changes = (
        _change(
            1,
            "One-on-one on 2026-03-03",
            ARABIC[0],
            "new",
            Detail("Agitate", "", "", "Heat on nights; 王芳 agrees"),
        ),
        _change(
            2,
            "Correct phone",
            HINDI[0],
            "conflict",
            Detail("Phone", "0161 496 0000", "0161 496 0111", "+44 161 496 0999"),
        ),
        _change(3, "New contact", CHINESE[0], "new", Detail("Area", "", "", "Loading / Nights")),
        _change(4, "Correct email", "Zoë Şêrko", "same"),
        _change(5, "Attended the meeting of 2026-03-01", "Oyèkúnlé Adébáyọ̀", "cannot"),
    )
    return ReviewPlan(
        report_row_id=1,
        steward="Beatriz Quiñones",
        created=dt.datetime(2026, 3, 4, 18, 0),
        received=dt.datetime(2026, 3, 5, 9, 0),
        reviewed=None if decisions is None else dt.datetime(2026, 3, 6, 9, 0),
        changes=changes,
        decisions=decisions or {},
    )


def _pdf(plan: ReviewPlan) -> tuple[bytes, int]:
    buffer = io.BytesIO()
    info = build_review_sheet(plan, buffer)
    assert info.personal_data == "names"
    return buffer.getvalue(), info.pages


def test_the_review_sheet_prints_every_script_and_the_three_values(tmp_path: Path) -> None:
    pdf, pages = _pdf(_plan())
    assert pages == 1
    assert_shaped(pdf, [ARABIC, HINDI, CHINESE])
    text = " ".join(pdftotext(pdf, tmp_path).split())
    for words in (
        "From Beatriz Quiñones",
        "Zoë Şêrko",
        "Oyèkúnlé Adébáyọ̀",
        "王芳",
        "conflict: you changed it too",
        "0161 496 0000",
        "0161 496 0111",
        "+44 161 496 0999",
        "cannot apply: the person left the chart",
        "Not reviewed yet",
        "to decide",
        "Loading / Nights",
    ):
        assert words in text, words
    assert "Reviewed " not in text and " declined," not in text


def test_the_review_sheet_shows_the_decisions_once_reviewed(tmp_path: Path) -> None:
    plan = _plan()
    decided = {
        plan.changes[0].entry_uid: "accepted",
        plan.changes[1].entry_uid: "declined",
        plan.changes[2].entry_uid: "accepted",
        plan.changes[4].entry_uid: "declined",
    }
    pdf, _ = _pdf(_plan(decided))
    text = pdftotext(pdf, tmp_path)
    assert "2 accepted, 2 declined" in text and "to decide" not in text


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_a_long_report_breaks_across_pages(paper: str) -> None:
    plan = _plan()
    many = tuple(
        _change(
            n,
            f"Correct phone {n}",
            HINDI[0] if n % 2 else ARABIC[0],
            "new",
            Detail("Phone", "1", "1", str(n)),
        )
        for n in range(1, 121)
    )
    plan = ReviewPlan(1, plan.steward, plan.created, plan.received, None, many)
    buffer = io.BytesIO()
    info = build_review_sheet(plan, buffer, paper=paper)
    assert info.pages > 3


def test_a_document_built_from_a_copy_says_so_on_every_page(tmp_path: Path) -> None:
    from test_reports_scripts import _sheet

    from forum_kit.reports import build_chart_sheet
    from forum_kit.reports.output import marked

    label = "Copy of Keeper Kim's chart, as of 2026-03-02"
    buffer = io.BytesIO()
    with marked(label):
        build_chart_sheet(_sheet(), buffer)
    text = pdftotext(buffer.getvalue(), tmp_path)
    assert text.count("\f") >= 1 and text.count(label) == text.count("\f")
    unmarked = io.BytesIO()
    build_chart_sheet(_sheet(), unmarked)
    assert label not in pdftotext(unmarked.getvalue(), tmp_path)
