"""Reading a spreadsheet file into a plain table: encoding, delimiter and header-row detection.

Owns ``read_table`` (CSV in any of the usual encodings and delimiters, or the first sheet of an
XLSX workbook) and the ``Table`` it returns: the chosen header row, then every non-empty data row
with the line number a person sees in their spreadsheet program. Everything here treats the file
as hostile input: sizes, row and column counts are bounded, and any failure to read is an
``InvalidInput`` whose message never quotes the file's content.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import os
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from forum_kit.collector import gc_paused
from forum_kit.errors import InvalidInput
from forum_kit.i18n import _

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_ROWS = 1_000_000
MAX_COLUMNS = 256
# Blank rows count too (a sheet can claim a million empty rows), and an .xlsx is a zip whose
# unpacked parts are bounded, so a small hostile file cannot make the reader expand gigabytes.
MAX_RAW_ROWS = 2 * MAX_ROWS
MAX_XLSX_UNPACKED_BYTES = 1024 * 1024 * 1024
HEADER_SCAN_ROWS = 10
DELIMITERS = ",;\t|"
_SAMPLE_BYTES = 64 * 1024
_XLSX_MAGIC = b"PK\x03\x04"
# What spreadsheet programs actually write; left free, the detector called a short cp1252 chart
# shift_jis_2004 here.
_DETECTABLE = (
    "cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "koi8_r",
    "mac_roman", "shift_jis", "cp932", "euc_jp", "gb18030", "big5", "euc_kr",
)
_LATIN_SINGLE_BYTE = frozenset({
    "cp1250", "cp1252", "cp1257", "cp775", "cp850", "cp437", "latin_1", "iso8859_2",
    "iso8859_3", "iso8859_4", "iso8859_9", "iso8859_10", "iso8859_13", "iso8859_14",
    "iso8859_15", "iso8859_16", "mac_roman", "mac_latin2", "cp1254", "cp858", "cp1258",
})

Cell = str | int | float | dt.date | dt.datetime | None


@dataclass(frozen=True, slots=True)
class Table:
    """A file read as rows of cells.

    ``rows`` holds ``(line, cells)`` pairs for the non-empty rows after the header; ``line`` is the
    1-based line of a CSV file (where the record starts) or the row number of a sheet. Cells are
    strings for CSV; XLSX cells keep their type (number, date) so dates need no guessing.
    """

    headers: tuple[str, ...]
    header_line: int
    rows: tuple[tuple[int, tuple[Cell, ...]], ...]
    kind: str  # "csv" or "xlsx"
    encoding: str | None = None
    delimiter: str | None = None


def decode(data: bytes) -> tuple[str, str]:
    """Text and the encoding name: BOMs, then strict UTF-8, then charset-normalizer, then cp1252."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace"), "utf-8-sig"
    for bom, name in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(name, errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    guess = _utf16_without_bom(data)
    if guess is not None:
        try:
            return data.decode(guess), guess
        except UnicodeDecodeError:
            pass
    try:
        import charset_normalizer

        matches = list(
            charset_normalizer.from_bytes(data[:_SAMPLE_BYTES], cp_isolation=list(_DETECTABLE))
        )
        candidates = [m.encoding for m in matches]
    except Exception:  # noqa: BLE001 - a detector failure only means "fall back"
        candidates = []
    # On a chart-sized sample the detector cannot tell the Latin code pages apart (measured here:
    # cp1252 text came back as cp1250 or cp775); cp1252, what spreadsheet programs write in the
    # West, wins whenever it is a candidate. Cyrillic, Greek and CJK files are told apart well.
    name = None
    if candidates and "cp1252" not in candidates and candidates[0] not in _LATIN_SINGLE_BYTE:
        name = candidates[0]
    if name and name not in {"utf_8", "ascii"}:
        try:
            return data.decode(name), name
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; latin-1 maps every byte, so reading never fails
        return data.decode("latin-1"), "latin-1"


def _utf16_without_bom(data: bytes) -> str | None:
    """utf-16-le/be when most odd (or even) bytes of a sample are zero, as in ASCII text."""
    sample = data[:4096]
    if len(sample) < 8:
        return None
    half = len(sample) // 2
    odd_zero = sum(1 for b in sample[1::2] if b == 0)
    even_zero = sum(1 for b in sample[0::2] if b == 0)
    if odd_zero > 0.6 * half and even_zero < 0.1 * half:
        return "utf-16-le"
    if even_zero > 0.6 * half and odd_zero < 0.1 * half:
        return "utf-16-be"
    return None


def sniff_delimiter(text: str) -> str:
    """The delimiter among ``, ; TAB |``: csv.Sniffer on a sample, else the steadiest count."""
    lines = [ln for ln in text[:_SAMPLE_BYTES].splitlines()[:50] if ln.strip()]
    sample = "\n".join(lines)
    if not sample:
        return ","
    try:
        found = csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
        if found in DELIMITERS:
            return found
    except csv.Error:
        pass
    best, best_score = ",", -1.0
    for delim in DELIMITERS:
        counts = [ln.count(delim) for ln in lines]
        used = [c for c in counts if c]
        if not used:
            continue
        # most lines carrying the same non-zero count is what a real delimiter looks like
        mode = max(set(used), key=used.count)
        score = used.count(mode) + 0.01 * mode
        if score > best_score:
            best, best_score = delim, score
    return best


def _csv_rows(text: str, delimiter: str) -> Iterable[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    start = 1
    try:
        for cells in reader:
            yield start, cells
            start = reader.line_num + 1
    except csv.Error:
        raise InvalidInput(
            _("Line {line_num}: the file cannot be read as CSV there (a cell is too "
            "long or a quote is unbalanced); fix that line and try again.").format(
                    line_num=reader.line_num)
        ) from None


def _xlsx_rows(data: bytes) -> Iterable[tuple[int, list[Cell]]]:
    try:
        import openpyxl

        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
        if unpacked > MAX_XLSX_UNPACKED_BYTES:
            raise InvalidInput(
                _("The workbook unpacks to more than 1 GB; save the sheet as .csv or split it.")
            )
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except InvalidInput:
        raise
    except Exception:  # noqa: BLE001 - openpyxl raises many types for a broken workbook
        raise InvalidInput(
            _("The workbook cannot be opened (damaged or not an .xlsx file); save it again as "
            ".xlsx or .csv.")
        ) from None
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        if sheet is None:
            return
        try:
            # one column past the limit is enough to refuse a too-wide row; reading a sheet's
            # claimed width of 16,384 columns for every blank row would take minutes
            rows = sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS + 1)
            for number, values in enumerate(rows, start=1):
                yield number, list(values)
        except Exception:  # noqa: BLE001
            raise InvalidInput(
                _("The workbook's first sheet cannot be read (damaged file); save it again.")
            ) from None
    finally:
        book.close()


def _is_empty(cells: Iterable[Cell]) -> bool:
    return all(c is None or (isinstance(c, str) and not c.strip()) for c in cells)


def _header_text(cell: Cell) -> str:
    if cell is None:
        return ""
    return str(cell).strip()[:200]


def read_table(
    source: str | os.PathLike[str] | bytes,
    *,
    header_score: Callable[[tuple[str, ...]], int] | None = None,
) -> Table:
    """Read a CSV or XLSX file (path or bytes) into a ``Table``.

    ``header_score`` rates a candidate header row (how many cells name a known field); the row
    with the best score in the first 10 non-empty rows becomes the header, the first on a tie.
    """
    data = _read_bytes(source)
    if header_score is None:
        from forum_kit.exchange.mapping import header_score as default_score

        header_score = default_score
    encoding: str | None = None
    delimiter: str | None = None
    if data.startswith(_XLSX_MAGIC) and _looks_like_xlsx(data):
        kind = "xlsx"
        raw_rows: Iterable[tuple[int, list[Cell]]] = _xlsx_rows(data)
    else:
        kind = "csv"
        text, encoding = decode(data)
        if "\x00" in text:
            # NULs never belong in a chart; csv would choke on them one by one
            text = text.replace("\x00", "")
        delimiter = sniff_delimiter(text)
        raw_rows = _csv_rows(text, delimiter)

    with gc_paused():
        kept = _kept_rows(raw_rows, kind)
    if not kept:
        raise InvalidInput(_("The file has no rows; choose a file with a header row and data."))

    candidates = kept[:HEADER_SCAN_ROWS]
    best_index, best_score = 0, 0
    for index, (_line, cells) in enumerate(candidates):
        score = header_score(tuple(_header_text(c) for c in cells))
        if score > best_score:
            best_index, best_score = index, score
    header_line, header_cells = kept[best_index]
    headers = tuple(_header_text(c) for c in header_cells)
    width = len(headers)
    while width and not headers[width - 1]:
        width -= 1
    rows = tuple(kept[best_index + 1:])
    widest = max((len(cells) for _line, cells in rows), default=0)
    headers = headers[:width] + tuple("" for _ in range(max(0, widest - width)))
    return Table(
        headers=headers,
        header_line=header_line,
        rows=rows,
        kind=kind,
        encoding=encoding,
        delimiter=delimiter,
    )


def _kept_rows(
    raw_rows: Iterable[tuple[int, list[Cell]]], kind: str
) -> list[tuple[int, tuple[Cell, ...]]]:
    """The non-empty rows, bounded in number and width."""
    kept: list[tuple[int, tuple[Cell, ...]]] = []
    for line, cells in raw_rows:
        if line > MAX_RAW_ROWS:
            raise InvalidInput(
                _("The file has more than {MAX_RAW_ROWS:,} rows, counting blank ones; delete the "
                "empty rows at its end or split it.").format(MAX_RAW_ROWS=MAX_RAW_ROWS)
            )
        if len(kept) > MAX_ROWS:
            raise InvalidInput(
                _("The file has more than {MAX_ROWS:,} rows; split it into smaller "
                  "files.").format(MAX_ROWS=MAX_ROWS)
            )
        # CSV cells are all text: one join tells whether every cell is blank
        if (not "".join(cells).strip()) if kind == "csv" else _is_empty(cells):
            continue
        if len(cells) > MAX_COLUMNS:
            # trailing empty cells are common in exported sheets; only real data counts
            while cells and (cells[-1] is None or cells[-1] == ""):
                cells.pop()
            if len(cells) > MAX_COLUMNS:
                raise InvalidInput(
                    _("Line {line} has more than {MAX_COLUMNS} columns; remove the extra "
                      "columns.").format(line=line, MAX_COLUMNS=MAX_COLUMNS)
                )
        kept.append((line, tuple(cells)))
    return kept


def _looks_like_xlsx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "[Content_Types].xml" in archive.namelist()
    except (zipfile.BadZipFile, ValueError, OSError, RuntimeError, EOFError):
        return False


def _read_bytes(source: str | os.PathLike[str] | bytes) -> bytes:
    if isinstance(source, bytes | bytearray):
        data = bytes(source)
    else:
        path = Path(source)
        try:
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:
                raise InvalidInput(
                    _("The file is larger than {value} MB; split "
                      "it.").format(value=MAX_FILE_BYTES // (1024 * 1024))
                )
            data = path.read_bytes()
        except FileNotFoundError:
            raise InvalidInput(_("The file does not exist; check the path.")) from None
        except IsADirectoryError:
            raise InvalidInput(_("That path is a folder; choose a file.")) from None
        except OSError:
            raise InvalidInput(_("The file cannot be read; check its permissions.")) from None
    if len(data) > MAX_FILE_BYTES:
        raise InvalidInput(_("The file is larger than {value} MB; split "
                             "it.").format(value=MAX_FILE_BYTES // 2**20))
    return data


def cell_text(cell: Any) -> str:
    """A cell as text the way a person sees it (3.0 -> "3", dates ISO)."""
    if cell is None:
        return ""
    if isinstance(cell, str):
        return cell
    if isinstance(cell, bool):
        return "yes" if cell else "no"
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, dt.datetime):
        return cell.date().isoformat() if cell.time() == dt.time() else cell.isoformat(sep=" ")
    if isinstance(cell, dt.date):
        return cell.isoformat()
    return str(cell)
