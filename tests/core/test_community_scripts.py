"""Names in every script print on the community documents: the asks-and-offers sheet (names
chosen), a member's time-bank statement and the retaliation log are read back glyph by glyph and
compared with HarfBuzz's shaping (pdf_glyphs, as for the other documents), Latin, Greek, Cyrillic
and CJK also as text."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from pdf_glyphs import EXACT, LATIN, SHAPED, assert_shaped, build, pdftotext

from forum_kit.reports.community import (
    build_asks_offers,
    build_retaliation_log,
    build_time_statement,
)
from forum_kit.reports.community_data import (
    AsksOffersData,
    IncidentEntry,
    RetaliationLogData,
    SheetItem,
    StatementLine,
    TimeStatement,
)

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

DAY = dt.date(2026, 3, 2)
NAMES = [t for t, _f, _r in SHAPED] + list(LATIN)


def _check(pdf: bytes, tmp_path) -> None:
    assert_shaped(pdf, list(SHAPED))
    text = pdftotext(pdf, tmp_path)
    for name in EXACT:
        assert name in text, name


def test_the_asks_and_offers_sheet_prints_names_in_every_script(tmp_path) -> None:
    items = tuple(
        SheetItem(
            side=("ask", "offer")[i % 2],
            kind="childcare",
            what="School run",
            area="Canal Street",
            when="Tuesdays",
            urgent=i == 0,
            name=name,
        )
        for i, name in enumerate(NAMES)
    )
    data = AsksOffersData(
        place="Canal Street estate", place_kind="neighbourhood", as_of=DAY, items=items, names=True
    )
    _check(build(build_asks_offers, data), tmp_path)


def test_a_time_bank_statement_prints_names_in_every_script(tmp_path) -> None:
    lines, balance = [], 0
    for i, name in enumerate(NAMES):
        minutes = 60 if i % 2 else -30
        balance += minutes
        lines.append(
            StatementLine(
                done_on=DAY, other=name, what="Shopping", minutes=minutes, balance=balance, note=""
            )
        )
    data = TimeStatement(
        bank="Millbrook time bank",
        member="Zoë Müller",
        opened_on=DAY,
        closed_on=None,
        floor_minutes=-600,
        rules="",
        lines=tuple(lines),
        pending=0,
        through=DAY,
    )
    _check(build(build_time_statement, data), tmp_path)


def test_the_retaliation_log_prints_names_in_every_script(tmp_path) -> None:
    incidents = tuple(
        IncidentEntry(
            occurred_on=DAY,
            member=name,
            what="Moved to nights after the petition",
            management="Site manager",
            witnesses=(NAMES[(i + 1) % len(NAMES)],),
            grievance="",
            recorded_on=DAY,
        )
        for i, name in enumerate(NAMES)
    )
    data = RetaliationLogData(place="Depot", prepared_on=DAY, incidents=incidents)
    _check(build(build_retaliation_log, data), tmp_path)
