"""The import's fast paths give exactly what the careful paths give: the column-by-column
checks of a CSV table against cell-by-cell cleaning of the same rows as a sheet, the column-wise
plan of a first import against the row loop, the whole-column phone and email checks against
the cell checks, remembered cell values against parsing each one, the phone check
without its regex, the derived columns a new person is inserted with against the history
triggers' rule, the index rebuild and the set-based growth marks against the row triggers, and
the garbage collector left as it was found."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import gc
import io
import itertools
import re
from unittest import mock

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from forum_kit.exchange.importer import (
    apply_import,
    bulk,
    columns,
    first_import,
    plan_import,
    values,
)
from forum_kit.exchange.importer import cells as cell_rules
from forum_kit.exchange.importer import plan as planning
from forum_kit.exchange.importer import rows as row_path
from forum_kit.exchange.mapping import guess_mapping
from forum_kit.exchange.sniff import Table, read_table
from forum_kit.exchange.workbook import FORMULA
from forum_kit.services.workplaces import add_workplace

TODAY = dt.date(2025, 6, 1)
HEADERS = ["First Name", "Last Name", "Dept", "Shift", "Cell", "Email", "Rating",
           "Last contact", "Contacted by", "C/CH", "Card signed", "FT/PT", "Notes"]
# the regex the phone check had before it became a translate; kept here as the reference
PHONE_REGEX = re.compile(r"^[0-9+()\-./ xext#*]+$", re.IGNORECASE)
DIGITS = re.compile(r"\D+")


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    """One vault for the module; each test takes its own workplace."""
    from forum_kit.vault import FAST_KDF, Vault

    v = Vault.create(tmp_path_factory.mktemp("fast") / "f.forumkit", "pass phrase",
                     kdf=FAST_KDF)
    yield v
    v.lock()


_sites = itertools.count()


def _workplace(vault) -> int:
    with vault.unit_of_work() as s:
        return add_workplace(s, name=f"Site {next(_sites)}", today=TODAY).id


def _csv(rows: list[list[str]], headers: list[str] = HEADERS) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(headers)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def _plan(vault, workplace_id: int, source, **kw):
    table = source if isinstance(source, Table) else read_table(source)
    with vault.unit_of_work() as s:
        return plan_import(s, table, workplace_id=workplace_id,
                           mapping=kw.pop("mapping", guess_mapping(table.headers)), today=TODAY,
                           **kw)


def _careful(vault, workplace_id: int, source, **kw):
    """The plan made row by row, cell by cell (rows.py): the reference."""
    with mock.patch.object(planning, "COLUMN_WISE", False):
        return _plan(vault, workplace_id, source, **kw)


def _same(a, b) -> None:
    assert a.rows == b.rows
    assert a.notes == b.notes
    assert a.areas_to_create == b.areas_to_create
    assert a._new == b._new
    assert a._updates == b._updates
    assert a._assessments == b._assessments
    assert a._conversations == b._conversations
    assert a._memberships == b._memberships


# Rows of plain cells (which take the whole-row fast path) with a few cells swapped for ones
# that exercise each check that path must not skip: apostrophes, formulas, control characters and
# line breaks, spaces to trim, combining marks (NFC), non-breaking spaces, long cells.
_PLAIN = st.sampled_from([
    "", "Ana", "Obi", "Zoë", "Ŋgozi", "Yard", "Dock", "Early", "2", "Supporter", "yes", "no",
    "C", "CH", "FT", "pt", "+44 7700 900123", "555-0100", "a@b.org", "2025-01-02", "03/04/2025",
    "14/03/2025", "3 Mar 2025", "Li Wei",
])
_TRICKY = st.sampled_from([
    " ", "  Ana ", "O'Brien", "'=1+1", "'+44", "=SUM(A1)", " =x", "a=b", "Zoe\u0308",
    "e\u0301", "\u0301x", "a\tb", "line\nbreak", "x\x07y", "\xa0", "\u3000Ana", "x" * 70,
    "y" * 300, "\ud7a3\u11a8",
]) | st.text(max_size=8)


@st.composite
def _rows(draw) -> list[list[str]]:
    rows = []
    for _ in range(draw(st.integers(1, 5))):
        row = draw(st.lists(_PLAIN, min_size=13, max_size=13))
        for _ in range(draw(st.integers(0, 2))):
            row[draw(st.integers(0, 12))] = draw(_TRICKY)
        rows.append(row)
    return rows


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                HealthCheck.function_scoped_fixture])
@given(rows=_rows())
def test_row_fast_path_equals_cell_by_cell(shared, rows) -> None:
    # The same rows column by column and cell by cell, as a CSV table and as a sheet of text
    # cells (text dates read the same either way).
    wp = _workplace(shared)
    table = Table(headers=tuple(HEADERS), header_line=1,
                  rows=tuple((line, tuple(cells)) for line, cells in enumerate(rows, start=2)),
                  kind="csv")
    as_sheet = dataclasses.replace(table, kind="xlsx")
    _same(_plan(shared, wp, table), _careful(shared, wp, as_sheet))
    _same(_plan(shared, wp, as_sheet), _careful(shared, wp, table))


@pytest.mark.parametrize("cell", ["=SUM(A1)", "Zoe\u0308", "'=1", "x" * 70, "a\x07"])
def test_each_tricky_cell_is_planned_as_cell_by_cell(shared, cell) -> None:
    wp = _workplace(shared)
    rows = [["Ana", "Obi", "Yard", "Early", "", "", "2", "", "", "", "", "FT", ""],
            [cell, "Wei", "Yard", cell, "", "", "2", "", "", "", "", "FT", ""]]
    table = Table(headers=tuple(HEADERS), header_line=1,
                  rows=tuple((line, tuple(cells)) for line, cells in enumerate(rows, start=2)),
                  kind="csv")
    _same(_plan(shared, wp, table), _careful(shared, wp, dataclasses.replace(table, kind="xlsx")))


_TYPED = st.sampled_from([
    None, "", True, False, 0, 1, 1.0, 2.0, 3, 7.5, 45658.0, 45658, dt.date(2025, 1, 9),
    dt.datetime(2024, 12, 31, 8, 30), dt.datetime(2031, 1, 1), dt.time(9, 30), "2",
    "Supporter", "03/04/2025", "yes", "C", "555-0100", 5550100123.0, "FT", FORMULA, " x ",
])


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(_TYPED, min_size=13, max_size=13), min_size=1, max_size=5))
def test_a_sheets_typed_cells_plan_column_wise_as_cell_by_cell(shared, rows) -> None:
    # numbers, dates, booleans, times and formulas without a value, in every column
    wp = _workplace(shared)
    for row in rows:
        row[0] = row[0] if isinstance(row[0], str) and row[0].strip() else "Ana"
    table = Table(headers=tuple(HEADERS), header_line=1,
                  rows=tuple((line, tuple(cells)) for line, cells in enumerate(rows, start=2)),
                  kind="xlsx")
    _same(_plan(shared, wp, table), _careful(shared, wp, table))


def test_a_short_row_and_a_single_column_plan_as_cell_by_cell(shared) -> None:
    wp = _workplace(shared)
    data = b"First name,Last name,Dept\nAna,Obi,Yard\nLi\n\n  \nZo\xc3\xab,,Yard\n"
    table = read_table(data)
    plan = _plan(shared, wp, table)
    _same(plan, _careful(shared, wp, dataclasses.replace(table, kind="xlsx")))
    assert plan.added == 3
    single = read_table(b"Full name\nAna Obi\n'=cmd\n")
    plan = _plan(shared, wp, single)
    _same(plan, _careful(shared, wp, dataclasses.replace(single, kind="xlsx")))
    # our own export escapes a leading = with an apostrophe; unescaped, it is still a formula
    assert [r.action for r in plan.rows] == ["add", "reject"]


@given(phone=st.text(alphabet="0123456789+()-./ xXeEtT#*ab٣\n", max_size=16))
def test_phone_check_matches_the_regex_it_replaced(phone) -> None:
    expected_ok = bool(PHONE_REGEX.match(phone)) and len(DIGITS.sub("", phone)) >= 5
    digits = DIGITS.sub("", phone)
    expected_key = digits[-9:] if expected_ok and len(digits) >= 7 else None
    memo = {name: {} for name in (*cell_rules.RAW_FIELDS, "employment", "card_word", "committee")}
    values = {"first_name": "Ana", "phone": phone}
    if "\n" in phone:
        return  # a cleaned cell never holds a line break (it becomes a space)
    try:
        row = row_path.validated_row(values, {"unassessed": 0}, {}, TODAY, False, memo)
    except cell_rules.RowError:
        assert not expected_ok
    else:
        assert expected_ok or not phone
        assert row.phone_key == (expected_key if phone else None)


def test_remembered_values_keep_their_type_and_reason() -> None:
    memo = {name: {} for name in (*cell_rules.RAW_FIELDS, "employment", "card_word", "committee")}
    levels = {"unassessed": 0, "leader": 1, "supporter": 2, "undecided": 3, "opposed": 4,
              "hostile": 5}

    def level(value):
        return row_path.validated_row({"first_name": "A", "assessment": value}, levels, {}, TODAY,
                                  True, memo).level

    # True == 1 in a dict: a sheet's TRUE is not level 1, and remembering must not mix them
    with pytest.raises(cell_rules.RowError):
        level(True)
    assert level(1) == 1
    assert level(1.0) == 1
    with pytest.raises(cell_rules.RowError):
        level(True)
    # a bad date is rejected with the same reason on every row that repeats it
    reasons = set()
    for _ in range(3):
        with pytest.raises(cell_rules.RowError) as caught:
            row_path.validated_row({"first_name": "A", "last_contact_on": "31/31/2020"}, levels,
                               {"last_contact_on": True}, TODAY, False, memo)
        reasons.add(str(caught.value))
    assert len(reasons) == 1 and reasons.pop().startswith("Last contact date: not a date")


def test_repeated_cells_across_rows_plan_like_single_rows(shared) -> None:
    wp = _workplace(shared)
    rows = [["Ana", f"N{i}", "Yard", "", "", "", "2", "2025-13-01" if i % 2 else "2025-01-03",
             "", "", "", "FT", ""] for i in range(6)]
    plan = _plan(shared, wp, _csv(rows))
    assert [r.action for r in plan.rows] == ["add", "reject"] * 3
    assert len({r.reasons for r in plan.rejections}) == 1


def _derived(session) -> list[tuple]:
    return session.execute(sa.text(
        "SELECT id, current_level, current_assessed_on, last_contact_on, last_contact_by_id "
        "FROM contacts ORDER BY id")).all()


def _by_rule(session) -> list[tuple]:
    # revision 0002's rule for the derived columns, computed from the history tables
    return session.execute(sa.text(
        "SELECT c.id, coalesce((SELECT a.level FROM assessments a WHERE a.contact_id = c.id "
        "  ORDER BY a.assessed_on DESC, a.id DESC LIMIT 1), 0), "
        "(SELECT max(a.assessed_on) FROM assessments a WHERE a.contact_id = c.id), "
        "(SELECT v.held_on FROM conversations v WHERE v.contact_id = c.id "
        "  ORDER BY v.held_on DESC, v.id DESC LIMIT 1), "
        "(SELECT v.by_id FROM conversations v WHERE v.contact_id = c.id "
        "  ORDER BY v.held_on DESC, v.id DESC LIMIT 1) "
        "FROM contacts c ORDER BY c.id")).all()


def test_new_people_are_inserted_with_the_derived_columns_of_their_history(vault) -> None:
    with vault.unit_of_work() as s:
        wp = add_workplace(s, name="Depot", today=TODAY).id
    rows = [
        # contacted by a person on a later line: their id does not exist when this row goes in
        ["Ana", "Obi", "Yard", "", "", "", "2", "2025-01-03", "Li Wei", "C", "", "", ""],
        ["Li", "Wei", "Yard", "", "", "", "Supporter", "03/02/2025", "Ana Obi", "", "", "", ""],
        ["Mia", "Ng", "Dock", "", "", "", "", "", "", "", "", "", ""],
        ["Sven", "Berg", "Dock", "", "", "", "4", "", "Sven Berg", "", "", "", ""],
    ]
    plan = _plan(vault, wp, _csv(rows))
    assert plan.added == 4
    with vault.unit_of_work() as s:
        apply_import(s, plan)
    with vault.unit_of_work() as s:
        assert _derived(s) == _by_rule(s)
        got = {r[0]: r[1:] for r in _derived(s)}
        ana, li, mia, sven = sorted(got)
        # no assessment date column: the chart's rating counts from the import day
        assert got[ana] == (2, "2025-06-01", "2025-01-03", li)
        assert got[li] == (2, "2025-06-01", "2025-02-03", ana)
        assert got[mia] == (0, None, None, None)
        assert got[sven] == (4, "2025-06-01", None, None)
        # a second chart: the same people with newer history go through the set-based path
        later = [["Ana", "Obi", "Yard", "", "", "", "1", "2025-05-01", "Mia Ng", "", "", "", ""]]
    plan = _plan(vault, wp, _csv(later))
    assert plan.updated == 1
    with vault.unit_of_work() as s:
        apply_import(s, plan)
    with vault.unit_of_work() as s:
        assert _derived(s) == _by_rule(s)
        assert s.execute(sa.text("SELECT current_level FROM contacts WHERE id = :i"),
                         {"i": ana}).scalar() == 1


def _schema(session) -> list[tuple]:
    return session.execute(sa.text(
        "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")).all()


def _marks(session) -> list[tuple]:
    """The growth cache's marks: (area name, recompute from) by area name."""
    return session.execute(sa.text(
        "SELECT a.name, d.since FROM growth_dirty d JOIN areas a ON a.id = d.area_id "
        "ORDER BY a.name")).all()


def _marked_both_ways(tmp_path, monkeypatch):
    """A fresh vault whose imports mark the growth cache set-based, then one where the row
    triggers do (the import leaves them in place), each locked once the loop moves on."""
    from forum_kit.vault import FAST_KDF, Vault

    for name, growth_triggers in (("set", bulk.GROWTH_TRIGGERS), ("rows", ())):
        monkeypatch.setattr(bulk, "GROWTH_TRIGGERS", growth_triggers)
        v = Vault.create(tmp_path / f"{name}.forumkit", "pass phrase", kdf=FAST_KDF)
        try:
            yield v
        finally:
            v.lock()


def _import_twice(vault, workplace_id: int, first, second):
    """Import ``first``, forget the growth marks it made, import ``second``: its result."""
    with vault.unit_of_work() as s:
        apply_import(s, _plan(vault, workplace_id, _csv(first)))
    with vault.unit_of_work() as s:
        s.execute(sa.text("DELETE FROM growth_dirty"))
    with vault.unit_of_work() as s:
        return apply_import(s, _plan(vault, workplace_id, _csv(second)))


def _chart(n: int) -> bytes:
    return _csv([[f"P{i}", f"Q{i}", f"Area {i % 3}", "Early", f"0770 {i:06d}", "", str(i % 5),
                  "2025-02-0" + str(1 + i % 9), "", "", "", "FT", ""] for i in range(n)])


def test_index_rebuild_keeps_the_schema_and_search(vault, monkeypatch) -> None:
    monkeypatch.setattr(bulk, "REBUILD_AT", 1)
    with vault.unit_of_work() as s:
        wp = add_workplace(s, name="Depot", today=TODAY).id
        before = _schema(s)
    plan = _plan(vault, wp, _chart(30))
    with vault.unit_of_work() as s:
        apply_import(s, plan)
    with vault.unit_of_work() as s:
        assert _schema(s) == before
        assert s.execute(sa.text("PRAGMA integrity_check")).scalar() == "ok"
        found = s.execute(sa.text(
            "SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'q17'")).scalar()
        assert found == 1
        names = s.execute(sa.text(
            "SELECT last_name FROM contacts INDEXED BY ix_contacts_wp_name "
            "WHERE workplace_id = :w ORDER BY last_name COLLATE NOCASE LIMIT 2"),
            {"w": wp}).scalars().all()
        assert names == ["Q0", "Q1"]


def test_a_failing_write_after_the_rebuild_leaves_the_vault_as_it_was(vault, monkeypatch):
    monkeypatch.setattr(bulk, "REBUILD_AT", 1)
    with vault.unit_of_work() as s:
        wp = add_workplace(s, name="Depot", today=TODAY).id
        before = _schema(s)
    plan = _plan(vault, wp, _chart(20))
    # a level not on the scale fails the assessment insert after contacts and indexes
    broken = dataclasses.replace(plan, _assessments=((("new", 0), 99, TODAY),))
    with pytest.raises(Exception), vault.unit_of_work() as s:  # noqa: B017 - any DB error
        apply_import(s, broken)
    with vault.unit_of_work() as s:
        assert _schema(s) == before
        assert s.execute(sa.text("SELECT count(*) FROM contacts")).scalar() == 0
    with vault.unit_of_work() as s:
        apply_import(s, plan)  # the plan itself still applies: nothing was left half-done
    with vault.unit_of_work() as s:
        assert s.execute(sa.text("SELECT count(*) FROM contacts")).scalar() == 20


def test_a_failure_while_preparing_on_the_second_thread_leaves_the_vault_as_it_was(
    vault, monkeypatch
) -> None:
    """The history rows, folds and growth marks are made on a thread of their own while SQLite
    builds indexes: its error is the write's, nothing is kept, and the thread is gone."""
    import threading

    from forum_kit.exchange.importer import write

    monkeypatch.setattr(bulk, "REBUILD_AT", 1)
    with vault.unit_of_work() as s:
        wp = add_workplace(s, name="Depot", today=TODAY).id
    plan = _plan(vault, wp, _chart(20))

    def broken(_columns):
        raise RuntimeError("fold failed")

    monkeypatch.setattr(write, "index_folds", broken)
    with pytest.raises(RuntimeError, match="fold failed"), vault.unit_of_work() as s:
        apply_import(s, plan)
    assert not [t for t in threading.enumerate() if t.name.startswith("import-prep")]
    with vault.unit_of_work() as s:
        assert s.execute(sa.text("SELECT count(*) FROM contacts")).scalar() == 0
        assert s.execute(sa.text("SELECT count(*) FROM assessments")).scalar() == 0
    monkeypatch.undo()
    with vault.unit_of_work() as s:
        apply_import(s, plan)
    with vault.unit_of_work() as s:
        assert s.execute(sa.text("SELECT count(*) FROM contacts")).scalar() == 20
        assert s.execute(sa.text(
            "SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'q7'")).scalar() == 1


def test_growth_marks_equal_what_the_row_triggers_mark(tmp_path, monkeypatch) -> None:
    results = []
    for v in _marked_both_ways(tmp_path, monkeypatch):
        with v.unit_of_work() as s:
            if "growth_dirty" not in sa.inspect(s.connection()).get_table_names():
                pytest.skip("this vault has no growth cache (revision 0004)")
            wp = add_workplace(s, name="Depot", today=TODAY).id
        rows = [["Ana", "Obi", "Yard", "", "", "", "2", "2024-11-03", "", "C", "", "", ""],
                ["Li", "Wei", "Dock", "", "", "", "3", "", "", "", "", "", ""],
                ["Mia", "Ng", "Dock", "", "", "", "", "2023-01-09", "", "CH", "", "", ""]]
        plan = _plan(v, wp, _csv(rows))
        with v.unit_of_work() as s:
            apply_import(s, plan)
        with v.unit_of_work() as s:
            results.append(_marks(s))
            triggers = s.execute(sa.text(
                "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                "AND name LIKE 'growth_%'")).scalar()
            assert triggers >= len(bulk.GROWTH_TRIGGERS)
    assert results[0] == results[1]
    assert dict(results[0])["Dock"] == "2023-01-09"


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_left_as_it_was(shared, enabled) -> None:
    wp = _workplace(shared)
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        plan = _plan(shared, wp, _chart(3))
        assert gc.isenabled() is enabled
        with shared.unit_of_work() as s:
            apply_import(s, plan)
        assert gc.isenabled() is enabled
        with pytest.raises(Exception), shared.unit_of_work() as s:  # noqa: B017
            apply_import(s, dataclasses.replace(plan, _assessments=((("new", 0), 99, TODAY),)))
        assert gc.isenabled() is enabled
        assert gc.get_freeze_count() == 0  # what a stage froze is released again
    finally:
        gc.enable() if was else gc.disable()


def test_blank_rows_are_still_skipped() -> None:
    data = "Name,Dept\n , \n\t,\u00a0\n,\nAna,Yard\n\u3000,\n".encode()
    table = read_table(data)
    assert [line for line, _cells in table.rows] == [5]


@pytest.mark.parametrize("rebuild_at", [1, 5_000])
def test_a_second_import_marks_and_derives_as_the_row_triggers_do(
    tmp_path, monkeypatch, rebuild_at
) -> None:
    """People already in the vault get older dated history and new people arrive with dates of
    their own: the growth marks, derived columns and indexes equal the row triggers' result,
    with and without the index rebuild of the history tables."""

    first = [["Ana", "Obi", "Yard", "", "0770 111111", "", "2", "2025-03-03", "", "C", "", "", ""],
             ["Li", "Wei", "Dock", "", "", "", "3", "2025-04-01", "", "", "", "", ""]]
    second = [["Ana", "Obi", "Yard", "", "0770 111111", "", "4", "2024-12-24", "Li Wei", "", "",
               "", ""],
              ["Li", "Wei", "Dock", "", "", "", "1", "2025-05-05", "", "CH", "", "", ""]]
    second += [[f"N{i}", f"M{i}", "Gate" if i % 2 else "Dock", "", "", "", str(1 + i % 5),
                f"2024-0{1 + i % 9}-1{i % 10}", "Ana Obi" if i % 3 == 0 else "", "", "", "", ""]
               for i in range(12)]
    monkeypatch.setattr(bulk, "REBUILD_AT", rebuild_at)
    results = []
    for v in _marked_both_ways(tmp_path, monkeypatch):
        with v.unit_of_work() as s:
            wp = add_workplace(s, name="Depot", today=TODAY).id
            before = _schema(s)
        result = _import_twice(v, wp, first, second)
        assert (result.added, result.updated) == (12, 2)
        with v.unit_of_work() as s:
            assert _schema(s) == before
            marks = _marks(s)
            people = s.execute(sa.text(
                "SELECT first_name, current_level, current_assessed_on, last_contact_on, "
                "(SELECT first_name FROM contacts b WHERE b.id = c.last_contact_by_id) "
                "FROM contacts c ORDER BY first_name")).all()
            found = s.execute(sa.text(
                "SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'n7'")).scalar()
            results.append((marks, people, found))
    assert results[0] == results[1]
    marks = dict(results[0][0])
    assert marks["Yard"] == "2024-12-24"  # Ana's older contact date, not the import day
    assert marks["Gate"] < TODAY.isoformat()
    people = {row[0]: row[1:] for row in results[0][1]}
    # the file's rating is dated today; its older contact date does not replace the later one
    assert people["Ana"][:3] == (4, TODAY.isoformat(), "2025-03-03")
    assert people["N0"][3] == "Ana"
    assert results[0][2] == 1


# per column of HEADERS, values that are valid there (and the empty cell), so that most rows of
# a drawn file are planned as new people rather than rejected
_BY_COLUMN = [
    ["Ana", "Zoë", "Li", "", "O'Brien"], ["Obi", "Wei", "Ŋgozi", ""], ["Yard", "Dock", "", "yard"],
    ["Early", "Late", ""], ["555-0100", "+44 7700 900123", "", "555 0199"],
    ["a@b.org", "c@d.net", ""], ["2", "Supporter", "", "0", "5"],
    ["2025-01-02", "03/04/2025", "14/03/2025", ""], ["Ana Obi", "Li Wei", ""], ["C", "CH", ""],
    ["yes", "2024-05-06", "", "no"], ["FT", "pt", ""], ["", "note"],
]


# the other columns a chart may have: a full name instead of first and last, employee numbers,
# job, language, dated assessments and cards, and a column nobody maps
OTHER_HEADERS = ["Full name", "Employee ID", "Dept", "Job", "Language", "Assessed on", "Rating",
                 "Card date", "Card signed", "Whatever"]
_OTHER_BY_COLUMN = [
    ["Ana Obi", "Obi, Ana", "Li", "", "Zoë Wei"], ["E1", "e1", "E2", ""], ["Yard", "Dock", ""],
    ["Picker", ""], ["Twi", ""], ["2025-01-02", "02/01/2025", ""], ["2", "", "Leader"],
    ["2024-05-06", "", "06/05/2024"], ["yes", "", "no", "2024-05-07"], ["x", ""],
]


@st.composite
def _people(draw, by_column=_BY_COLUMN) -> list[list[str]]:
    rows = [[draw(st.sampled_from(values)) for values in by_column]
            for _ in range(draw(st.integers(1, 6)))]
    for row in rows:
        if draw(st.integers(0, 5)) == 0:
            row[draw(st.integers(0, len(row) - 1))] = draw(_TRICKY)
        if draw(st.integers(0, 7)) == 0:
            del row[draw(st.integers(1, len(row))):]  # a short row
    return rows


def _column_wise_equals_row_loop(shared, monkeypatch, headers, rows, repeat) -> None:
    if repeat:
        rows = rows + rows[:1]
    wp = _workplace(shared)
    table = Table(headers=tuple(headers), header_line=1,
                  rows=tuple((line, tuple(cells)) for line, cells in enumerate(rows, start=2)),
                  kind="csv")
    for kind in ("csv", "xlsx"):
        source = dataclasses.replace(table, kind=kind)
        column_wise = _plan(shared, wp, source)
        with monkeypatch.context() as patch:
            patch.setattr(planning, "plan_all_new", lambda *_args: None)
            row_by_row = _plan(shared, wp, source)
        _same(column_wise, row_by_row)
        assert column_wise.notes == row_by_row.notes


_EXAMPLES = settings(max_examples=80, deadline=None, suppress_health_check=[
    HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


@_EXAMPLES
@given(rows=_people(), repeat=st.booleans())
@example(rows=[  # each names the other as who made the contact; the first's card has no date
    ["Ana", "Obi", "Yard", "", "555-0100", "", "2", "03/04/2025", "Li Wei", "C", "yes", "FT", ""],
    ["Li", "Wei", "dock", "", "", "c@d.net", "", "2025-01-02", "Ana Obi", "", "", "", ""],
], repeat=False)
def test_first_import_column_wise_equals_the_row_loop(shared, monkeypatch, rows, repeat) -> None:
    # An empty workplace is planned column by column unless two rows name the same person; the
    # row loop (what any other import takes) must plan exactly the same, as CSV and as a sheet.
    _column_wise_equals_row_loop(shared, monkeypatch, HEADERS, rows, repeat)


@_EXAMPLES
@given(rows=_people(_OTHER_BY_COLUMN), repeat=st.booleans())
@example(rows=[["Ana Obi", "E1", "Yard", "", "", "", "", "", "", ""],
               ["Li", "e1", "Dock", "", "", "", "", "", "", ""]], repeat=False)
def test_first_import_of_other_columns_column_wise_equals_the_row_loop(
    shared, monkeypatch, rows, repeat
) -> None:
    # full names, employee numbers (the second row repeats the first's, in other case), dated
    # assessments and cards, short rows
    _column_wise_equals_row_loop(shared, monkeypatch, OTHER_HEADERS, rows, repeat)


def test_a_first_import_with_a_repeated_person_takes_the_row_loop(shared, monkeypatch) -> None:
    wp = _workplace(shared)
    calls = []
    real = first_import.plan_all_new

    def spy(*args):
        calls.append(real(*args))
        return calls[-1]

    monkeypatch.setattr(planning, "plan_all_new", spy)
    rows = [["Ana", "Obi", "Yard", "", "555-0100", "", "", "", "", "", "", "", ""],
            ["Li", "Wei", "Dock", "", "555-0100", "", "", "", "", "", "", "", ""]]
    plan = _plan(shared, wp, _csv(rows))
    assert calls == [None]
    assert [r.action for r in plan.rows] == ["add", "conflict"]
    assert "matched by phone" in plan.rows[1].reasons[0]
    calls.clear()
    rows[1][4] = "555-0101"
    plan = _plan(shared, wp, _csv(rows))
    assert calls[0] is not None and [r.action for r in plan.rows] == ["add", "add"]


@given(phones=st.lists(st.sampled_from(["", "555-0100", "+44 7700 900123", "12", "٣٣٣٣٣",
                                        "(01) 234 5678 x12", "abc", "1234567890123"]), max_size=6))
def test_whole_column_phone_and_email_checks_match_the_cell_checks(phones) -> None:
    def one(phone):
        try:
            return values.phone_check(phone) if phone else None
        except cell_rules.RowError:
            return "bad"

    cells = [one(p) for p in phones]
    keys = columns.phone_keys_of(list(phones))
    if "bad" in cells:
        assert keys is None
    else:
        assert keys == cells


@given(emails=st.lists(st.sampled_from(["", "a@b.org", "a.b.c@d.e.f", "a@b.", "@b.org", "a b@c.d",
                                        "a@b@c.d", "x@y", "ü@ß.de", "a@b.c.", "a@.b.c"]),
                       max_size=6))
def test_whole_column_email_check_matches_the_cell_check(emails) -> None:
    expected = all(values.EMAIL.match(e) for e in emails if e)
    assert columns.all_emails(list(emails)) is expected


@pytest.mark.parametrize("headers", [HEADERS, ["First Name", "Last Name", "Dept"]])
def test_columns_empty_throughout_are_written_as_bound_values_would_be(
    tmp_path, monkeypatch, headers
) -> None:
    # A chart without notes, language or employee numbers has those columns written as
    # literals; every stored value must be what binding each row gives (also typeof: NULL
    # stays NULL, '' stays text, 0 stays an integer).
    from forum_kit.vault import FAST_KDF, Vault

    rows = [["Ana", "Obi", "Yard", "", "", "", "", "", "", "", "", "", ""],
            ["Li", "Wei", "Dock", "Late", "555-0100", "", "2", "2025-01-02", "", "", "", "", ""]]
    data = _csv([row[:len(headers)] for row in rows], headers=headers)
    stored = []
    for literals in (bulk.LITERALS, {}):
        monkeypatch.setattr(bulk, "LITERALS", literals)
        v = Vault.create(tmp_path / f"l{len(stored)}.forumkit", "pass phrase", kdf=FAST_KDF)
        try:
            wp = _workplace(v)
            with v.unit_of_work() as s:
                apply_import(s, _plan(v, wp, data))
            with v.unit_of_work() as s:
                cols = [r[1] for r in s.execute(sa.text("PRAGMA table_info(contacts)"))]
                stored.append(s.execute(sa.text(
                    "SELECT " + ", ".join(f"{c}, typeof({c})" for c in cols) +
                    " FROM contacts ORDER BY id")).all())
        finally:
            v.lock()
    assert stored[0] == stored[1]
    assert len(stored[0]) == 2


def test_only_empty_columns_become_literals() -> None:
    sql, rows = bulk.contact_rows(
        [range(5, 7), [1, 2], ["A", "B"], ["", ""], ["Night", "Night"], [None, None], [0, 0],
         [None, "7"], ["", ""], ["", ""], ["", ""], [None, None], ["", ""], [0, 3], [None, None],
         [None, None], [None, None]],
        workplace_id=4, added_on="2025-06-01",
    )
    # bound: id, area, first name, a shift all the same but not empty, a number one row has
    # (its NULL bound as 0, which NULLIF turns back: bulk.nulls_bound_as), a level one row has;
    # everything empty in every row is a literal
    assert rows == [(5, 1, "A", "Night", 0, 0), (6, 2, "B", "Night", "7", 3)]
    assert sql.count("?") == 6
    assert ("VALUES (4, 0, 0, '2025-06-01', NULL, ?, ?, ?, '', ?, NULL, 0, NULLIF(?, 0), '', "
            in sql)


_BOUND = st.sampled_from(
    [None, "", "0", "x", "2025-01-02", 0, 7, 0.0, -0.0, 2.5, True, False, b"", b"0", b"y"]
)


@given(column=st.lists(_BOUND, min_size=1, max_size=6))
def test_nulls_bound_through_a_stand_in_are_stored_as_binding_none_would(column) -> None:
    """``nulls_bound_as`` binds a stand-in for None (it costs the driver far less): each value
    comes back from the statement as itself, NULL as NULL, with the same storage type."""
    import sqlite3

    placeholder, bound = bulk.nulls_bound_as(column)
    assert len(bound) == len(column)
    with sqlite3.connect(":memory:") as conn:
        got = [conn.execute(f"SELECT {placeholder}, typeof({placeholder})", (v, v)).fetchone()
               for v in bound]
        want = [conn.execute("SELECT ?, typeof(?)", (v, v)).fetchone() for v in column]
    assert got == want


def test_a_committee_role_alone_for_someone_in_the_vault_marks_their_area(
    tmp_path, monkeypatch
) -> None:
    # the second import's only change is a committee role for a person already in the vault:
    # the set-based mark must still mark that area, as the row trigger does
    first = [["Ana", "Obi", "Gate", "", "0770 111111", "", "", "", "", "", "", "", ""]]
    second = [["Ana", "Obi", "Gate", "", "0770 111111", "", "", "", "", "C", "", "", ""]]
    results = []
    for v in _marked_both_ways(tmp_path, monkeypatch):
        wp = _workplace(v)
        result = _import_twice(v, wp, first, second)
        # the dry run shows the new role as a change of that person
        assert (result.updated, result.memberships_added) == (1, 1)
        with v.unit_of_work() as s:
            results.append(_marks(s))
        again = _plan(v, wp, _csv(second))  # a role already held: nothing to add
        assert [r.action for r in again.rows] == ["unchanged"] and not again._memberships
    assert results[0] == results[1] == [("Gate", TODAY.isoformat())]


def _folded_index(session) -> list[tuple]:
    """What the folded search index (revision 0011) holds: each term with its row and place."""
    session.execute(sa.text(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.fold_terms "
        "USING fts5vocab(main, contacts_fold_fts, instance)"))
    return session.execute(sa.text(
        "SELECT term, doc, offset FROM temp.fold_terms ORDER BY doc, offset")).all()


def test_the_folded_index_of_an_import_is_what_its_row_trigger_writes(tmp_path, monkeypatch):
    """The import writes the folded index of the people it adds in one pass (``index_folds``)
    instead of through revision 0011's row trigger: the same terms for the same rows, on a first
    import and on a second one that adds people and renames others (whose update trigger stays)."""
    from forum_kit.vault import FAST_KDF, Vault

    first = [["Łukasz", "Wróbel", "Yard", "", "", "", "", "", "", "", "", "", ""],
             ["Ola", "Smith", "Yard", "Früh", "", "", "", "", "", "", "", "", ""],
             ["伟", "王", "Dock", "", "", "", "", "", "", "", "", "", "Иван's cousin"],
             ["Zoë", "Ünal", "Dock", "", "", "", "", "", "", "", "", "", ""],
             ["Ana", "\u200b", "Dock", "", "", "", "", "", "", "", "", "", ""]]
    second = [["Łukasz", "Wróbel", "Yard", "", "", "", "", "", "", "", "", "", "now Straße"],
              ["Ola", "Smith", "Yard", "Spät", "", "", "", "", "", "", "", "", "Øresund"],
              ["Ayşe", "Yılmaz", "Gate", "", "", "", "", "", "", "", "", "", ""],
              ["Mia", "Ng", "Gate", "", "", "", "", "", "", "", "", "", ""]]
    held = []
    for triggers in (bulk.BULK_TRIGGERS,
                     tuple(t for t in bulk.BULK_TRIGGERS if t != bulk.FOLD_TRIGGER)):
        monkeypatch.setattr(bulk, "BULK_TRIGGERS", triggers)
        v = Vault.create(tmp_path / f"{len(held)}.forumkit", "pass phrase", kdf=FAST_KDF)
        try:
            wp = _workplace(v)
            for rows in (first, second):
                with v.unit_of_work() as s:
                    apply_import(s, _plan(v, wp, _csv(rows)))
            with v.unit_of_work() as s:
                held.append(_folded_index(s))
                found = s.execute(sa.text(
                    "SELECT first_name FROM contacts WHERE id IN (SELECT rowid FROM "
                    "contacts_fold_fts WHERE contacts_fold_fts MATCH 'yilmaz')")).scalars().all()
                assert found == ["Ayşe"]
        finally:
            v.lock()
    assert held[0] == held[1]
    assert {term for term, _doc, _offset in held[0]} >= {"lukasz", "wang", "ivan", "strasse"}


def test_the_columns_searched_for_nulls_are_the_nullable_ones(vault) -> None:
    # contact_rows looks for None only in the columns the schema lets be NULL
    with vault.unit_of_work() as s:
        nullable = {row[1] for row in s.execute(sa.text("PRAGMA table_info(contacts)"))
                    if not row[3] and not row[5]}  # neither NOT NULL nor the primary key
    assert bulk.NULLABLE == nullable & set(bulk.CONTACT_COLUMNS)



def test_contact_dates_naming_no_one_take_the_column_path_and_the_rule(vault) -> None:
    """No row names who made the contact (the common chart): each new person's last contact is
    taken at C speed, and equals what the history triggers' rule derives."""
    with vault.unit_of_work() as s:
        wp = add_workplace(s, name="Depot", today=TODAY).id
    rows = [[f"P{i}", f"Q{i}", "Yard", "", "", "", str(i % 3),
             "" if i % 4 == 0 else f"2025-0{1 + i % 5}-1{i % 9}", "", "", "", "", ""]
            for i in range(12)]
    plan = _plan(vault, wp, _csv(rows))
    assert plan.added == 12 and all(by is None for _t, _on, by in plan._conversations)
    with vault.unit_of_work() as s:
        apply_import(s, plan)
    with vault.unit_of_work() as s:
        assert _derived(s) == _by_rule(s)
        got = {r[0]: r[1:] for r in _derived(s)}
        first = min(got)
        assert got[first + 1][2] == "2025-02-11" and got[first][2] is None
