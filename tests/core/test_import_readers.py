"""Reading what people bring: XLSX and ODS through calamine (every row, whatever the sheet's
<dimension> claims), bounds on what a workbook declares (a shared-strings bomb, cells repeated a
billion times), a truncated workbook refused instead of read as text, a CSV that is UTF-8 but for
a few bytes (the lines named, the reading chosen by the person, never garbled silently), and
formulas read by one rule for every file kind."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

import pytest
from chart_workbooks import Formula, write_ods, write_xlsx

from forum_kit.errors import InvalidInput
from forum_kit.exchange import sniff, workbook
from forum_kit.exchange.importer import plan_import
from forum_kit.exchange.mapping import guess_mapping
from forum_kit.exchange.sniff import MixedEncoding, read_table
from forum_kit.services.workplaces import add_workplace

TODAY = dt.date(2025, 6, 1)
HEADERS = ["First name", "Last name", "Area", "Rating"]


def _people(n: int) -> list[list[object]]:
    return [HEADERS] + [[f"Ana{i}", f"Obi{i}", f"Dock {i % 3}", 2] for i in range(n)]


def _rewrite(path, part: str, change) -> None:
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    parts[part] = change(parts[part])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


@pytest.mark.parametrize("declared", [b"A1", b"A1:D21"])
def test_rows_past_the_declared_dimension_are_all_read(tmp_path, declared) -> None:
    path = write_xlsx(tmp_path / "chart.xlsx", _people(50))
    _rewrite(path, "xl/worksheets/sheet1.xml",
             lambda xml: re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="' + declared + b'"',
                                xml))
    table = read_table(path)
    assert len(table.rows) == 50
    assert table.rows[-1] == (51, ("Ana49", "Obi49", "Dock 1", 2.0))


def test_a_shared_strings_bomb_is_refused_before_it_is_read(tmp_path, monkeypatch) -> None:
    # the limit lowered so the test stays small: 3 MB of distinct strings against 1 MB allowed
    monkeypatch.setattr(workbook, "MAX_SHARED_STRINGS_BYTES", 1024 * 1024)
    rows = [HEADERS] + [[f"{i:08d}" * 20, "x", "y", 1] for i in range(20_000)]
    book = io.BytesIO()
    import xlsxwriter

    with xlsxwriter.Workbook(book, {"in_memory": True}) as xbook:
        sheet = xbook.add_worksheet()
        for r, row in enumerate(rows):
            sheet.write_row(r, 0, row)
    data = book.getvalue()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.getinfo("xl/sharedStrings.xml").file_size > 3 * 1024 * 1024
    with pytest.raises(InvalidInput, match="shared strings unpacks to more than 1 MB"):
        read_table(data)


def test_a_part_that_lies_about_its_size_is_counted_as_it_unpacks(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(workbook, "MAX_SHEET_BYTES", 200_000)
    path = write_xlsx(tmp_path / "chart.xlsx", _people(5_000))
    data = bytearray(path.read_bytes())
    # declare the sheet 1,000 bytes long in the central directory and local header
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    real = info.file_size.to_bytes(4, "little")
    assert info.file_size > 200_000
    data = bytearray(bytes(data).replace(real, (1000).to_bytes(4, "little")))
    with pytest.raises(InvalidInput):
        read_table(bytes(data))


def test_ods_cells_repeated_past_the_sheet_are_refused(tmp_path) -> None:
    tail = ('<table:table-row table:number-rows-repeated="100000000"><table:table-cell '
            'table:number-columns-repeated="3" office:value-type="string"><text:p>x</text:p>'
            '</table:table-cell></table:table-row>')
    path = write_ods(tmp_path / "bomb.ods", _people(2), tail=tail)
    with pytest.raises(InvalidInput, match="repeats a row"):
        read_table(path)
    wide = ('<table:table-row><table:table-cell table:number-columns-repeated="1000000" '
            'office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>')
    with pytest.raises(InvalidInput, match="repeats a cell"):
        read_table(write_ods(tmp_path / "wide.ods", _people(2), tail=wide))


def test_libreoffice_trailing_empty_rows_are_fine(tmp_path) -> None:
    tail = ('<table:table-row table:number-rows-repeated="1048570"><table:table-cell '
            'table:number-columns-repeated="1024"/></table:table-row>')
    table = read_table(write_ods(tmp_path / "chart.ods", _people(3), tail=tail))
    assert table.kind == "ods" and len(table.rows) == 3


@pytest.mark.parametrize("cut", [0.3, 0.6, 0.95])
def test_a_truncated_workbook_is_refused_not_read_as_text(tmp_path, cut) -> None:
    path = write_xlsx(tmp_path / "chart.xlsx", _people(200))
    data = path.read_bytes()
    short = tmp_path / "short.xlsx"
    short.write_bytes(data[: int(len(data) * cut)])
    with pytest.raises(InvalidInput, match="damaged, incomplete"):
        read_table(short)
    with pytest.raises(InvalidInput, match="damaged, incomplete"):
        read_table(data[: int(len(data) * cut)])


def test_a_file_named_xlsx_that_is_no_workbook_and_an_old_xls_are_refused(tmp_path) -> None:
    named = tmp_path / "chart.xlsx"
    named.write_text("First name,Last name\nAna,Obi\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match="not a whole workbook"):
        read_table(named)
    old = tmp_path / "chart.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    with pytest.raises(InvalidInput, match=r"old-format \(.xls\)"):
        read_table(old)


MIXED = ("First name,Last name,Area\nZoë,Ünal,Dock\nŁukasz,Wójcik,Dock\n".encode()
         + b"Ren\xe9e,M\xfcller,Dock\n" + "Şêrko,Ahmed,Yard\n".encode())


def test_a_mostly_utf8_csv_names_its_bad_lines_and_lets_the_person_choose() -> None:
    with pytest.raises(MixedEncoding) as caught:
        read_table(MIXED)
    assert caught.value.lines == [4]
    assert "Line 4 of the file is not valid UTF-8" in caught.value.message
    assert caught.value.code == InvalidInput("x").code
    as_utf8 = read_table(MIXED, encoding="utf-8")
    assert [cells[:2] for _line, cells in as_utf8.rows] == [
        ("Zoë", "Ünal"), ("Łukasz", "Wójcik"), ("Ren\ufffde", "M\ufffdller"), ("Şêrko", "Ahmed")]
    legacy = read_table(MIXED, encoding="cp1252")
    assert legacy.rows[2][1][:2] == ("Renée", "Müller") and legacy.encoding == "cp1252"
    with pytest.raises(InvalidInput, match="Unknown encoding"):
        read_table(MIXED, encoding="klingon")


def test_a_legacy_csv_is_still_detected_without_asking() -> None:
    table = read_table("First name,Last name\nZoë,Ünal\nRenée,Müller\n".encode("cp1252"))
    assert table.encoding == "cp1252"
    assert table.rows[0][1] == ("Zoë", "Ünal")


@pytest.fixture
def workplace(vault):
    with vault.unit_of_work() as s:
        return add_workplace(s, name="Depot", today=TODAY).id


def _plan(vault, workplace_id, source):
    table = source if isinstance(source, sniff.Table) else read_table(source)
    with vault.unit_of_work() as s:
        return plan_import(s, table, workplace_id=workplace_id,
                           mapping=guess_mapping(table.headers), today=TODAY)


@pytest.mark.parametrize("kind", ["xlsx", "ods"])
def test_formulas_follow_one_rule_said_in_the_dry_run(vault, workplace, tmp_path, kind) -> None:
    rows = [HEADERS,
            ["Ana", "Obi", "Dock", Formula("1+1", 2)],  # a formula with its saved value
            ["Li", "Wei", "Dock", 3]]
    writer = write_xlsx if kind == "xlsx" else write_ods
    plan = _plan(vault, workplace, writer(tmp_path / f"chart.{kind}", rows))
    assert (plan.added, plan.rejected) == (2, 0)
    # one cell here: "1 cell of the sheet holds a formula" (a count in the language's plural)
    assert any("formula" in n and "a formula with no saved value is refused" in n
               for n in plan.notes)
    assert plan._assessments[0][1] == 2
    if kind == "xlsx":
        rows[2][3] = Formula("1+2")  # never calculated: no saved value
        plan = _plan(vault, workplace, write_xlsx(tmp_path / "raw.xlsx", rows))
        assert [r.action for r in plan.rows] == ["add", "reject"]
        assert plan.rows[1].reasons[0].startswith(
            "Assessment: the cell holds a formula and no value")
    csv_plan = _plan(vault, workplace, b"First name,Last name,Area,Rating\nAna,Obi,Dock,=1+1\n")
    assert csv_plan.rows[0].reasons[0].startswith(
        "Assessment: the cell holds a formula and no value")


def test_a_sheet_that_starts_lower_down_keeps_the_spreadsheets_row_numbers(
    vault, workplace, tmp_path
) -> None:
    """A chart whose header is on row 3 (a title above it, left out here): the dry run names each
    row by the number the spreadsheet shows, and a formula's mark stays on its own row."""
    rows = [HEADERS, ["Ana", "Obi", "Dock", 2], [], ["Li", "Wei", "Dock", Formula("1+2")]]
    path = write_xlsx(tmp_path / "lower.xlsx", rows, start_row=2)
    table = read_table(path)
    assert table.header_line == 3
    assert [line for line, _cells in table.rows] == [4, 6]
    plan = _plan(vault, workplace, table)
    assert [(r.line, r.action) for r in plan.rows] == [(4, "add"), (6, "reject")]
    assert plan.rows[1].reasons[0].startswith("Assessment: the cell holds a formula and no value")
