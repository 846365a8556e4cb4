"""Reading a spreadsheet file into a plain table: encoding, delimiter and header-row detection.

Owns ``read_table`` (CSV in any of the usual encodings and delimiters, or the first sheet of an
XLSX or ODS workbook, read by ``exchange.workbook``) and the ``Table`` it returns: the chosen
header row, then every non-empty data row with the line number a person sees in their
spreadsheet program. Everything here treats the file as hostile input: sizes, row and column
counts are bounded, and any failure to read is an ``InvalidInput`` whose message never quotes
the file's content. A file that is valid UTF-8 but for a few bytes is not guessed at: it is
refused (``MixedEncoding``) naming the lines, until the person chooses how to read it; a zip that
is not a whole workbook is refused, never read as text.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import os
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any

from forum_kit.collector import gc_paused
from forum_kit.errors import InvalidInput
from forum_kit.exchange import workbook
from forum_kit.i18n import _, ngettext

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_ROWS = 1_000_000
MAX_COLUMNS = 256
# Blank rows count too (a sheet can claim a million empty rows), and an .xlsx is a zip whose
# unpacked parts are bounded, so a small hostile file cannot make the reader expand gigabytes.
MAX_RAW_ROWS = 2 * MAX_ROWS
HEADER_SCAN_ROWS = 10
DELIMITERS = ",;\t|"
_SAMPLE_BYTES = 64 * 1024
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and a password-protected .xlsx
_WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".ods", ".xls")
# UTF-8 lead bytes followed by their continuation bytes: the valid multi-byte characters
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")
# the encodings a person may choose for a CSV file, by the names the CLI and the wizard show
ENCODINGS = {
    "utf-8": "UTF-8 (bytes that are not UTF-8 shown as \ufffd)",
    "cp1252": "Windows-1252 (Western Europe)",
    "cp1250": "Windows-1250 (Central Europe)",
    "cp1251": "Windows-1251 (Cyrillic)",
    "cp1256": "Windows-1256 (Arabic)",
    "gb18030": "GB18030 (Chinese)",
    "latin-1": "ISO 8859-1 (Latin-1)",
}
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
    kind: str  # "csv", "xlsx" or "ods"
    encoding: str | None = None
    delimiter: str | None = None
    # a workbook's formula cells in data rows whose saved value was taken, by column index
    formulas: Mapping[int, int] = field(default_factory=dict)
    sheet_formulas: int = 0  # ODS: formula cells anywhere in the sheet (columns not known)


class MixedEncoding(InvalidInput):
    """A CSV file that is UTF-8 but for a few bytes: which lines hold them (1-based lines of
    the file). Nothing is guessed; the person chooses an encoding (``read_table(encoding=)``)."""

    def __init__(self, lines: list[int]) -> None:
        shown = ", ".join(map(str, lines[:10])) + (
            _(" and {n} more").format(n=len(lines) - 10) if len(lines) > 10 else "")
        super().__init__(ngettext(
            "Line {lines} of the file is not valid UTF-8, though the rest of the file is. Fix it "
            "(and save the file again as UTF-8), or choose how to read it: UTF-8 with the bad "
            "bytes shown as \ufffd, or a legacy encoding such as Windows-1252 for the whole file.",
            "Lines {lines} of the file are not valid UTF-8, though the rest of the file is. Fix "
            "them (and save the file again as UTF-8), or choose how to read it: UTF-8 with the "
            "bad bytes shown as \ufffd, or a legacy encoding such as Windows-1252 for the whole "
            "file.", len(lines)).format(lines=shown))
        self.lines = lines


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Text and the encoding name: the ``encoding`` chosen, else BOMs, then strict UTF-8 (a file
    that is UTF-8 but for a few bytes raises ``MixedEncoding``), then charset-normalizer, then
    cp1252."""
    if encoding is not None:
        return _decode_as(data, encoding)
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
    if guess is None:
        bad = _bad_utf8_lines(data)
        if bad is not None:
            raise MixedEncoding(bad)
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


def _decode_as(data: bytes, encoding: str) -> tuple[str, str]:
    """The text in the encoding the person chose: UTF-8 with bad bytes shown as U+FFFD, or a
    legacy code page (bytes it leaves undefined also shown as U+FFFD)."""
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        raise InvalidInput(
            _("Unknown encoding; choose one of: {names}.").format(names=", ".join(ENCODINGS))
        ) from None
    if name == "utf-8" and data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    return data.decode(name, errors="replace"), name


def _bad_utf8_lines(data: bytes) -> list[int] | None:
    """The lines holding bytes that are not UTF-8, when the file is mostly UTF-8 (at least as
    many valid multi-byte characters as bad lines); None for a file in another encoding. A
    UTF-8 character never spans a line break, so each line is checked on its own."""
    lines: list[int] = []
    for number, line in enumerate(data.split(b"\n"), start=1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            lines.append(number)
    valid = len(_UTF8_SEQUENCE.findall(data))
    if not lines or valid < len(lines):
        return None
    return lines


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


def _is_empty(cells: Iterable[Cell]) -> bool:
    """No cell holds anything but blanks (a loop, not all(): most rows stop at their first
    cell, and a generator per row cost a fifth of reading a 100k-row sheet)."""
    for cell in cells:
        if cell is None:
            continue
        if cell.__class__ is str:
            if cell and not cell.isspace():
                return False
            continue
        return False
    return True


def _header_text(cell: Cell) -> str:
    if cell is None:
        return ""
    return str(cell).strip()[:200]


def read_table(
    source: str | os.PathLike[str] | bytes,
    *,
    header_score: Callable[[tuple[str, ...]], int] | None = None,
    encoding: str | None = None,
) -> Table:
    """Read a CSV, XLSX or ODS file (path or bytes) into a ``Table``.

    ``header_score`` rates a candidate header row (how many cells name a known field); the row
    with the best score in the first 10 non-empty rows becomes the header, the first on a tie.
    ``encoding`` reads a CSV file in the encoding the person chose instead of detecting it.
    """
    data = _read_bytes(source)
    if header_score is None:
        from forum_kit.exchange.mapping import header_score as default_score

        header_score = default_score
    delimiter: str | None = None
    sheet: workbook.SheetRows | None = None
    kind = _file_kind(data, source)
    if kind != "csv":
        encoding = None
        sheet = workbook.workbook_rows(data, kind, max_rows=MAX_RAW_ROWS,
                                       max_columns=MAX_COLUMNS)
        raw_rows: Iterable[tuple[int, list[Cell]]] = sheet.rows
    else:
        text, encoding = decode(data, encoding)
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
    widest = max(map(len, map(itemgetter(1), rows)), default=0)
    headers = headers[:width] + tuple("" for _ in range(max(0, widest - width)))
    formulas: dict[int, int] = {}
    if sheet is not None:
        for number, columns in sheet.formulas.items():
            if number > header_line:
                for column, has_value in columns.items():
                    if has_value:
                        formulas[column] = formulas.get(column, 0) + 1
    return Table(
        headers=headers,
        header_line=header_line,
        rows=rows,
        kind=kind,
        encoding=encoding,
        delimiter=delimiter,
        formulas=formulas,
        sheet_formulas=sheet.formula_count if sheet is not None else 0,
    )


def _file_kind(data: bytes, source: str | os.PathLike[str] | bytes) -> str:
    """"xlsx", "ods" or "csv"; InvalidInput for a damaged, truncated or unsupported workbook."""
    named = "" if isinstance(source, bytes | bytearray) else Path(source).suffix.lower()
    if data.startswith(_ZIP_MAGIC):
        kind = workbook.workbook_kind(data)
        if kind is None:
            raise InvalidInput(_("The file is a zip archive, not a spreadsheet; choose the "
                                 ".xlsx, .ods or .csv file itself."))
        return kind
    if data.startswith(_OLE_MAGIC):
        raise InvalidInput(_("The file is an old-format (.xls) or password-protected workbook; "
                             "save it as .xlsx, .ods or .csv (without a password) and import "
                             "that."))
    if named in _WORKBOOK_SUFFIXES:
        raise InvalidInput(_("The file is named {name} but is not a whole workbook (damaged or "
                             "incomplete, e.g. a download cut short); save or download it "
                             "again.").format(name=named))
    return "csv"


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
