"""Test helper: the same chart rows written as an XLSX workbook (XlsxWriter, shared strings or
inline as Excel writes them) or as an ODS spreadsheet (the XML LibreOffice writes), so every
chart the tests import as CSV can be imported as each workbook kind too. Cells keep their type:
numbers as numbers, dates as date cells; ``Formula(text, value)`` writes a formula with (or,
with ``value=None``, without) the value it last showed."""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape


@dataclass(frozen=True)
class Formula:
    text: str  # without the leading =
    value: Any = None


def write_xlsx(path: Path, rows: Sequence[Sequence[Any]], *, start_row: int = 0) -> Path:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Chart")
    day = book.add_format({"num_format": "yyyy-mm-dd"})
    for r, row in enumerate(rows, start=start_row):
        for c, value in enumerate(row):
            if value is None or value == "":
                continue
            if isinstance(value, Formula):
                if value.value is None:
                    sheet.write_formula(r, c, "=" + value.text)
                else:
                    sheet.write_formula(r, c, "=" + value.text, None, value.value)
            elif isinstance(value, dt.date):
                sheet.write_datetime(r, c, value, day)
            elif isinstance(value, bool):
                sheet.write_boolean(r, c, value)
            elif isinstance(value, int | float):
                sheet.write_number(r, c, value)
            else:
                sheet.write_string(r, c, str(value))
    book.close()
    if any(isinstance(v, Formula) and v.value is None for row in rows for v in row):
        _drop_cached_values(path)
    return path


def _drop_cached_values(path: Path) -> None:
    """XlsxWriter writes 0 as the value of a formula given none; a workbook never calculated
    has no <v> at all."""
    import re

    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    sheet = parts["xl/worksheets/sheet1.xml"]
    parts["xl/worksheets/sheet1.xml"] = re.sub(rb"(<f>[^<]*</f>)<v>0</v>", rb"\1", sheet)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


_ODS_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2">'
    '<office:body><office:spreadsheet><table:table table:name="Chart">'
)
_ODS_TAIL = "</table:table></office:spreadsheet></office:body></office:document-content>"
_MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
    'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
    '<manifest:file-entry manifest:full-path="/" '
    'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>"
)


def _ods_cell(value: Any) -> str:
    if value is None or value == "":
        return "<table:table-cell/>"
    if isinstance(value, Formula):
        shown = "" if value.value is None else str(value.value)
        typed = ("" if value.value is None else
                 f' office:value-type="float" office:value="{value.value}"'
                 if isinstance(value.value, int | float) else ' office:value-type="string"')
        return (f'<table:table-cell table:formula="of:={escape(value.text)}"{typed}>'
                f"<text:p>{escape(shown)}</text:p></table:table-cell>")
    if isinstance(value, dt.date):
        return (f'<table:table-cell office:value-type="date" office:date-value='
                f'"{value.isoformat()}"><text:p>{value.isoformat()}</text:p></table:table-cell>')
    if isinstance(value, bool):
        return (f'<table:table-cell office:value-type="boolean" office:boolean-value='
                f'"{str(value).lower()}"><text:p>{value}</text:p></table:table-cell>')
    if isinstance(value, int | float):
        return (f'<table:table-cell office:value-type="float" office:value="{value}">'
                f"<text:p>{value}</text:p></table:table-cell>")
    return (f'<table:table-cell office:value-type="string"><text:p>{escape(str(value))}'
            "</text:p></table:table-cell>")


def write_ods(path: Path, rows: Sequence[Sequence[Any]], *, tail: str = "") -> Path:
    """``tail`` is raw XML after the rows (e.g. LibreOffice's repeated empty rows)."""
    body = "".join(
        "<table:table-row>" + "".join(_ods_cell(v) for v in row) + "</table:table-row>"
        for row in rows
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"),
                         "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("META-INF/manifest.xml", _MANIFEST, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", _ODS_HEAD + body + tail + _ODS_TAIL,
                         compress_type=zipfile.ZIP_DEFLATED)
    return path


def typed(value: str) -> Any:
    """A CSV cell as a spreadsheet program would type it: ISO dates as dates, whole numbers as
    numbers (phones with punctuation stay text)."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        pass
    if value.isdigit() and len(value) < 6:
        return int(value)
    return value
