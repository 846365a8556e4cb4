"""Export: formula-injection escaping in CSV and XLSX, the personal-data sentence, and an
exported people list that imports back into another workplace unchanged."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
from openpyxl import load_workbook

from forum_kit.errors import InvalidInput
from forum_kit.exchange.exporter import (
    GRIEVANCE_COLUMNS,
    PEOPLE_COLUMNS,
    Column,
    describe_personal_data,
    escape_cell,
    export_grievances,
    export_people,
    export_rows,
)
from forum_kit.exchange.importer import apply_import, plan_import
from forum_kit.exchange.mapping import guess_mapping
from forum_kit.exchange.sniff import read_table
from forum_kit.services.workplaces import add_workplace

TODAY = dt.date(2025, 6, 1)
NASTY = ["=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(1)", "\tx", "\rx", "plain", "a=b"]
COLUMNS = (Column("v", "Value", "names"), Column("n", "Number"), Column("d", "Date"))


@pytest.mark.parametrize("value", NASTY)
def test_escape_cell(value) -> None:
    escaped = escape_cell(value)
    if value[0] in "=+-@\t\r":
        assert escaped == "'" + value
    else:
        assert escaped == value
    assert escape_cell(3) == 3 and escape_cell(None) is None


def test_csv_cells_are_escaped(tmp_path) -> None:
    rows = [{"v": v, "n": 5, "d": TODAY} for v in NASTY]
    path = tmp_path / "out.csv"
    assert export_rows(rows, COLUMNS, path, "csv") == len(NASTY)
    with open(path, encoding="utf-8-sig", newline="") as fh:
        got = list(csv.reader(fh))
    assert got[0] == ["Value", "Number", "Date"]
    for row in got[1:]:
        assert not row[0].startswith(("=", "+", "-", "@", "\t", "\r"))
    assert got[1][2] == "2025-06-01"
    assert (path.stat().st_mode & 0o777) == 0o600


def test_xlsx_cells_are_strings_not_formulas(tmp_path) -> None:
    rows = [{"v": v, "n": 5, "d": TODAY} for v in NASTY]
    path = tmp_path / "out.xlsx"
    export_rows(rows, COLUMNS, path, "xlsx")
    sheet = load_workbook(path).active
    values = [c.value for c in sheet["A"]][1:]
    types = [c.data_type for c in sheet["A"]][1:]
    assert all(t == "s" for t in types)
    assert values[0] == "'" + NASTY[0]
    assert sheet["B2"].value == 5
    assert sheet["C2"].value.date() == TODAY and sheet["C2"].number_format == "yyyy-mm-dd"



def test_xlsx_text_stays_text_and_odd_values_are_written(tmp_path) -> None:
    rows = [{"v": "https://example.org/x", "n": float("nan"), "d": None},
            {"v": "0012345", "n": float("inf"), "d": dt.datetime(2025, 6, 1, 9, 30)}]
    path = tmp_path / "odd.xlsx"
    assert export_rows(rows, COLUMNS, path, "xlsx") == 2
    sheet = load_workbook(path).active
    assert sheet["A2"].value == "https://example.org/x" and sheet["A2"].hyperlink is None
    assert sheet["A3"].value == "0012345" and sheet["A3"].data_type == "s"  # not a number
    assert sheet["B2"].value == "=#NUM!"  # NaN is Excel's error value, not a crash
    assert sheet["C3"].value == "2025-06-01 09:30:00"


def test_xlsx_refuses_text_longer_than_a_cell(tmp_path) -> None:
    rows = [{"v": "x" * 32_768, "n": 1, "d": TODAY}]
    with pytest.raises(InvalidInput, match="CSV"):
        export_rows(rows, COLUMNS, tmp_path / "long.xlsx", "xlsx")
    assert list(tmp_path.iterdir()) == []
    assert export_rows(rows, COLUMNS, tmp_path / "long.csv", "csv") == 1


def test_xlsx_export_stages_nothing_outside_the_target_folder(tmp_path, monkeypatch) -> None:
    """Nothing lands in the system's temp folder (openpyxl's write-only mode put every cell
    there), and the private staging folder beside the file is gone afterwards, also when the
    export fails part-way."""
    import tempfile

    system_tmp = tmp_path / "system-tmp"
    system_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_tmp))
    target = tmp_path / "out" / "people.xlsx"
    target.parent.mkdir()
    rows = [{"v": f"Zoë Şêrko {i}", "n": i, "d": TODAY} for i in range(2_000)]
    assert export_rows(rows, COLUMNS, target, "xlsx") == 2_000
    assert list(system_tmp.iterdir()) == []
    assert [p.name for p in target.parent.iterdir()] == ["people.xlsx"]
    assert (target.stat().st_mode & 0o777) == 0o600
    assert load_workbook(target).active["A2001"].value == "Zoë Şêrko 1999"

    def broken():
        yield from rows[:10]
        raise RuntimeError("a read failed part-way")

    with pytest.raises(RuntimeError):
        export_rows(broken(), COLUMNS, tmp_path / "out" / "again.xlsx", "xlsx")
    assert list(system_tmp.iterdir()) == []
    assert [p.name for p in target.parent.iterdir()] == ["people.xlsx"]


def test_xlsx_refuses_more_rows_than_a_sheet_holds(tmp_path, monkeypatch) -> None:
    from forum_kit.exchange import exporter

    monkeypatch.setattr(exporter, "_XLSX_MAX_ROWS", 4)
    rows = [{"v": "x", "n": 1, "d": TODAY}] * 4
    with pytest.raises(InvalidInput, match="CSV"):
        export_rows(rows, COLUMNS, tmp_path / "big.xlsx", "xlsx")
    assert list(tmp_path.iterdir()) == []
    assert export_rows(rows[:3], COLUMNS, tmp_path / "ok.xlsx", "xlsx") == 3


def test_describe_personal_data() -> None:
    assert describe_personal_data([Column("x", "X")]) == "This file carries no personal data."
    text = describe_personal_data(PEOPLE_COLUMNS)
    assert "names" in text and "personal phone numbers" in text and "assessment" in text
    assert "grievants' names" in describe_personal_data(GRIEVANCE_COLUMNS)


def test_bad_format_refused(tmp_path) -> None:
    with pytest.raises(InvalidInput):
        export_rows([], COLUMNS, tmp_path / "x.pdf", "pdf")


def test_people_export_round_trips_through_import(session, tmp_path) -> None:
    wp = add_workplace(session, name="A", today=TODAY).id
    data = ("First name,Last name,Dept,Cell,Rating,Last contact,FT/PT\n"
            "=Eve,X,Dock,555-111-2222,2,2025-01-01,FT\n"  # rejected: a formula
            "Zoë,Şêrko,Dock,+44 7700 900123,leader,2025-02-01,PT\n"
            "Bo,-Li,Yard,555-111-3333,,2025-03-01,\n").encode()
    table = read_table(data)
    plan = plan_import(session, table, workplace_id=wp, mapping=guess_mapping(table.headers),
                       today=TODAY)
    apply_import(session, plan, skip_rejected=True)
    for fmt in ("csv", "xlsx"):
        out = tmp_path / f"people.{fmt}"
        assert export_people(session, out, workplace_id=wp, format=fmt) == 2
        wp2 = add_workplace(session, name=f"B {fmt}", today=TODAY).id
        table2 = read_table(out)
        mapping = guess_mapping(table2.headers)
        assert set(mapping.values()) >= {"first_name", "last_name", "area", "phone",
                                         "assessment", "last_contact_on", "employment"}
        plan2 = plan_import(session, table2, workplace_id=wp2, mapping=mapping, today=TODAY)
        # "-Li" and "+44..." were exported as "'-Li" and "'+44...": import drops that quote
        assert plan2.added == 2 and plan2.rejected == 0
        assert {r.name for r in plan2.rows} == {"Zoë Şêrko", "Bo -Li"}
        assert {r.area for r in plan2.rows} == {"Dock", "Yard"}


def test_grievance_export_runs_empty(session, tmp_path) -> None:
    wp = add_workplace(session, name="G", today=TODAY).id
    assert export_grievances(session, tmp_path / "g.csv", workplace_id=wp) == 0
