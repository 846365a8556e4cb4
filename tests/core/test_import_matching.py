"""Who is the same person within one file: employee number first, then phone or email, then the
name within the area; two rows with different employee numbers are two workers even when they
share a phone, an email or a name (a family phone, two Maria Garcías), as against the vault."""

from __future__ import annotations

import datetime as dt

import pytest

from forum_kit.exchange.importer import (
    ADD,
    CONFLICT,
    MERGED,
    UPDATE,
    apply_import,
    plan_import,
)
from forum_kit.exchange.mapping import guess_mapping
from forum_kit.exchange.sniff import read_table
from forum_kit.services.workplaces import add_workplace

TODAY = dt.date(2026, 3, 10)
HEAD = "First Name,Last Name,Employee ID,Department,Cell,Email\n"


def _plan(session, wp: int, text: str):
    table = read_table((HEAD + text).encode())
    return plan_import(session, table, workplace_id=wp, mapping=guess_mapping(table.headers),
                       today=TODAY)


@pytest.fixture
def wp(session) -> int:
    return add_workplace(session, name="Depot", today=TODAY).id


def _actions(plan) -> list[tuple[int, str]]:
    return [(r.line, r.action) for r in plan.rows]


def test_different_employee_numbers_are_different_workers(session, wp) -> None:
    plan = _plan(session, wp,
                 "María,García,E1,Dock,555-100-0001,home@example.org\n"
                 "María,García,E2,Dock,555-100-0001,home@example.org\n"
                 "Ana,Obi,E3,Dock,555-100-0002,\n")
    assert _actions(plan) == [(2, ADD), (3, ADD), (4, ADD)]
    assert plan.added == 3


@pytest.mark.parametrize(("second", "how"), [
    ("Ana,Obi,E1,Yard,,\n", "employee number"),
    ("Ann,Obi,,Dock,555-100-0001,\n", "phone"),
    ("Ann,Obi,,Dock,,a@example.org\n", "email"),
    ("ana,OBI,,dock,,\n", "name in the same area"),
    ("Ana,Obi,E1,Dock,555-100-0001,a@example.org\n", "employee number"),
])
def test_a_repeat_is_still_caught(session, wp, second, how) -> None:
    # the same person again: merged into the first row, or a conflict when the rows differ
    plan = _plan(session, wp, "Ana,Obi,E1,Dock,555-100-0001,a@example.org\n" + second)
    assert _actions(plan)[0] == (2, ADD) and plan.rows[1].action in (MERGED, CONFLICT)
    assert plan.added == 1
    assert f"Same person as line 2 (matched by {how})" in plan.rows[1].reasons[0]


def test_a_number_shared_by_an_earlier_row_of_another_name_is_skipped_past(session, wp) -> None:
    """The phone belongs to E1 and E2 (two workers); a third row with E2's number and the same
    phone is E2 again, matched by number, not taken for E1 by the phone."""
    plan = _plan(session, wp,
                 "Li,Wei,E1,Dock,555-100-0009,\n"
                 "Mei,Wei,E2,Dock,555-100-0009,\n"
                 "Mei,Wei,E2,Yard,555-100-0009,\n")
    assert _actions(plan) == [(2, ADD), (3, ADD), (4, CONFLICT)]  # Dock or Yard: a choice
    assert "Same person as line 3 (matched by employee number)" in plan.rows[2].reasons[0]


def test_against_the_vault_the_same_rule_holds(session, wp) -> None:
    first = _plan(session, wp, "María,García,E1,Dock,555-100-0001,\n")
    apply_import(session, first)
    again = _plan(session, wp,
                  "María,García,E1,Dock,555-100-0001,m1@example.org\n"
                  "María,García,E2,Dock,555-100-0001,\n")
    assert _actions(again) == [(2, UPDATE), (3, ADD)]


def _plan_on(session, wp: int, text: str, today: dt.date, head: str):
    table = read_table((head + text).encode())
    return plan_import(session, table, workplace_id=wp, mapping=guess_mapping(table.headers),
                       today=today)


def test_an_undated_rating_imported_again_adds_no_assessment(session, wp) -> None:
    """A chart without assessment dates, imported again a week later: the ratings the vault
    already holds are not assessments of that day (nobody would ever look stale); a changed
    rating is a new assessment, dated the day of the import."""
    from forum_kit.models import Assessment

    head = "First Name,Last Name,Department,Rating\n"
    chart = "Ana,Obi,Dock,2\nBo,Li,Dock,3\n"
    apply_import(session, _plan_on(session, wp, chart, TODAY, head))
    later = TODAY + dt.timedelta(days=7)
    again = _plan_on(session, wp, chart, later, head)
    assert [r.action for r in again.rows] == ["unchanged", "unchanged"]
    apply_import(session, again)
    assert session.query(Assessment).count() == 2
    moved = _plan_on(session, wp, "Ana,Obi,Dock,2\nBo,Li,Dock,1\n", later, head)
    assert [r.action for r in moved.rows] == ["unchanged", "update"]
    apply_import(session, moved)
    bo = session.query(Assessment).order_by(Assessment.id.desc()).first()
    assert (bo.level, bo.assessed_on) == (1, later)
