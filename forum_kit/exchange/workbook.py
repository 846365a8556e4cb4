"""Reading the first sheet of a workbook (XLSX, or ODS as LibreOffice saves it) through
``python-calamine``, within bounds a hostile file cannot talk its way past.

Owns ``workbook_rows``: the sheet's rows with the row numbers a person sees (every row there is,
whatever the sheet's ``<dimension>`` claims), cells typed as the workbook stores them (text,
numbers, dates, booleans). Before calamine reads anything, the sizes the archive declares for the
parts it will read (the sheet, the shared strings, ODS's content) are checked against
``MAX_SHEET_BYTES`` and ``MAX_SHARED_STRINGS_BYTES``, which bounds its memory and time (a 26 MB
file whose shared strings unpack to 229 MB is refused at once): a part that unpacks to more than
it declared is refused as damaged, by calamine's zip reader as by Python's. ODS cells repeated
past a sheet's width or rows repeated past its length are refused too. A truncated or damaged
workbook is refused, never read as text.

Formulas follow one rule for every file kind: a cell is imported as the value it last showed;
a formula with no saved value (a workbook never recalculated, or a CSV cell starting with ``=``,
which keeps none) is refused. Formula cells without a value come back as ``FORMULA``; the number
of formula cells whose saved value was taken is counted per column for the dry run to say.
"""

from __future__ import annotations

import io
import re
import threading
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from forum_kit.errors import InvalidInput
from forum_kit.i18n import N_, _

MAX_UNPACKED_BYTES = 1024 * 1024 * 1024  # every part of the archive together
MAX_SHEET_BYTES = 600 * 1024 * 1024  # the sheet's XML: about 1.2 million chart rows
MAX_SHARED_STRINGS_BYTES = 128 * 1024 * 1024  # every distinct text of a 1M-row chart fits
MAX_SMALL_PART_BYTES = 16 * 1024 * 1024  # workbook.xml, relationships, styles
_CHUNK = 4 * 1024 * 1024
ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"
_DAMAGED = N_("The workbook cannot be opened (damaged, incomplete or not a spreadsheet); save "
              "it again as .xlsx, .ods or .csv.")


class _Formula:
    """A formula cell with no saved value: the importer refuses it like a CSV formula."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "FORMULA"

    def __str__(self) -> str:
        return "="


FORMULA = _Formula()


@dataclass(slots=True)
class SheetRows:
    """The rows of a workbook's first sheet and what the dry run says about its formulas."""

    kind: str  # "xlsx" or "ods"
    rows: Iterator[tuple[int, list[Any]]]
    # the sheet's formula cells: row number -> column -> whether the cell saved a value
    formulas: dict[int, dict[int, bool]] = field(default_factory=dict)
    formula_count: int = 0  # ODS: formula cells in the sheet (their positions are not read)


def workbook_kind(data: bytes) -> str | None:
    """"xlsx" or "ods" for a readable workbook archive; None for a zip that is neither.
    InvalidInput for a zip that cannot be opened at all (truncated, damaged)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "mimetype" in names and _unpacked(archive, "mimetype", 1024, "type").strip() == (
                ODS_MIME
            ):
                return "ods"
            if "[Content_Types].xml" in names:
                return "xlsx"
            return None
    except (zipfile.BadZipFile, ValueError, OSError, RuntimeError, EOFError):
        raise InvalidInput(_(_DAMAGED)) from None


def workbook_rows(data: bytes, kind: str, *, max_rows: int, max_columns: int) -> SheetRows:
    """The first sheet's rows as ``(row number, cells)``; InvalidInput for a damaged workbook or
    one beyond the bounds (parts too large, more than ``max_rows`` rows counting blank ones).
    An XLSX sheet's formula cells are found while calamine parses it (both release the GIL),
    and ``SheetRows.formulas`` is filled before the first row is given."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError, RuntimeError, EOFError):
        raise InvalidInput(_(_DAMAGED)) from None
    with archive:
        if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED_BYTES:
            raise InvalidInput(
                _("The workbook unpacks to more than 1 GB; save the sheet as .csv or split it."))
        if kind == "xlsx":
            sheet_path = _check_xlsx(archive)
            count = 0
        else:
            sheet_path, count = "", _check_ods(archive, max_rows=max_rows,
                                               max_columns=max_columns)
    formulas: dict[int, dict[int, bool]] = {}
    scan = _Background(lambda: _formula_cells(data, sheet_path)) if sheet_path else None
    rows = _calamine_rows(data, formulas, scan, max_rows=max_rows)
    return SheetRows(kind, rows, formulas, count)


class _Background:
    """One function run on a thread of its own; ``result()`` waits and re-raises its error."""

    def __init__(self, work: Callable[[], Any]) -> None:
        self._result: Any = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(work,), daemon=True)
        self._thread.start()

    def _run(self, work: Callable[[], Any]) -> None:
        try:
            self._result = work()
        except BaseException as error:  # noqa: BLE001 - handed to the caller by result()
            self._error = error

    def result(self) -> Any:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._result


def _formula_cells(data: bytes, sheet_path: str) -> dict[int, dict[int, bool]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        sheet = _unpacked(archive, sheet_path, MAX_SHEET_BYTES, "sheet", find=b"<f")
    return _xlsx_formulas(sheet) if sheet else {}


def _declared(archive: zipfile.ZipFile, name: str, limit: int, what: str) -> None:
    """Refuse a part the archive declares larger than ``limit`` (a part that then unpacks to
    more than it declared fails its read as damaged)."""
    try:
        size = archive.getinfo(name).file_size
    except KeyError:
        return
    if size > limit:
        raise _too_large(what, limit)


def _unpacked(
    archive: zipfile.ZipFile, name: str, limit: int, what: str, *, find: bytes = b""
) -> bytes:
    """A part of the archive, unpacked as a stream and refused past ``limit`` bytes (whatever
    its declared size says: the stream is counted, and zipfile checks size and checksum). With
    ``find``, only counted: b"" when ``find`` is not in the part, else the whole part."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        raise InvalidInput(_(_DAMAGED)) from None
    if info.file_size > limit:
        raise _too_large(what, limit)
    chunks: list[bytes] = []
    size = 0
    found = not find
    tail = b""
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(_CHUNK):
                size += len(chunk)
                if size > limit:
                    raise _too_large(what, limit)
                if not found:
                    # the marker may straddle two chunks: the end of the last one goes along
                    found = find in tail + chunk[:len(find)] or find in chunk
                    tail = chunk[-len(find):]
                if not find:
                    chunks.append(chunk)
    except InvalidInput:
        raise
    except Exception:  # noqa: BLE001 - zipfile and zlib raise many types for a broken part
        raise InvalidInput(_(_DAMAGED)) from None
    if find:
        return _unpacked(archive, name, limit, what) if found else b""
    return b"".join(chunks)


def _too_large(what: str, limit: int) -> InvalidInput:
    return InvalidInput(
        _("The workbook's {part} unpacks to more than {mb} MB, more than a chart needs; save the "
          "sheet as .csv (or split it) and import that.").format(part=_(what), mb=limit // 2**20))


_SHEET_REL = re.compile(rb"<(?:\w+:)?sheet\b[^>]*?\br:id=\"([^\"]+)\"")
_RELATIONSHIP = re.compile(rb"<(?:\w+:)?Relationship\b[^>]*>")
_ATTRIBUTE = re.compile(rb"\b(Id|Target|Type)=\"([^\"]*)\"")


def _first_sheet_path(archive: zipfile.ZipFile) -> str:
    """The archive path of the workbook's first sheet, as calamine reads it."""
    workbook = _unpacked(archive, "xl/workbook.xml", MAX_SMALL_PART_BYTES, N_("workbook part"))
    found = _SHEET_REL.search(workbook)
    if found is None:
        raise InvalidInput(_("The workbook has no sheet; save it again with the chart in it."))
    rels = _unpacked(archive, "xl/_rels/workbook.xml.rels", MAX_SMALL_PART_BYTES,
                     N_("workbook part"))
    for tag in _RELATIONSHIP.findall(rels):
        attributes = dict(_ATTRIBUTE.findall(tag))
        if attributes.get(b"Id") == found.group(1):
            target = attributes.get(b"Target", b"").decode("utf-8", "replace")
            return target.lstrip("/") if target.startswith("/") else f"xl/{target}"
    raise InvalidInput(_(_DAMAGED))


def _check_xlsx(archive: zipfile.ZipFile) -> str:
    """Bound the parts calamine reads by their declared sizes; the first sheet's path."""
    _declared(archive, "xl/sharedStrings.xml", MAX_SHARED_STRINGS_BYTES, N_("shared strings"))
    _declared(archive, "xl/styles.xml", MAX_SMALL_PART_BYTES, N_("styles part"))
    sheet_path = _first_sheet_path(archive)
    if sheet_path not in set(archive.namelist()):
        raise InvalidInput(_(_DAMAGED))
    _declared(archive, sheet_path, MAX_SHEET_BYTES, "sheet")
    return sheet_path


_CELL_REF = re.compile(rb"\br=\"([A-Z]{1,3})([0-9]{1,7})\"")


def _xlsx_formulas(sheet: bytes) -> dict[int, dict[int, bool]]:
    """Each formula cell of a sheet's XML by row and column, and whether it saved a value
    (a ``<v>`` with text after its ``<f>``)."""
    found: dict[int, dict[int, bool]] = {}
    position = sheet.find(b"<f")
    while position != -1:
        after = sheet[position + 2:position + 3]
        if after in (b">", b" ", b"/"):
            start = sheet.rfind(b"<c ", 0, position)
            end = sheet.find(b"</c>", position)
            if start != -1 and end != -1:
                ref = _CELL_REF.search(sheet, start, sheet.find(b">", start) + 1)
                if ref is not None:
                    body = sheet[position:end]
                    value = body.find(b"<v>")
                    has_value = value != -1 and body[value + 3:value + 4] != b"<"
                    found.setdefault(int(ref.group(2)), {})[_column(ref.group(1))] = has_value
                position = end if end != -1 else position + 2
        position = sheet.find(b"<f", position + 2)
    return found


def _column(letters: bytes) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + (letter - 64)
    return index - 1


_REPEATED_ROWS = re.compile(rb"<table:table-row\b[^>]*?table:number-rows-repeated=\"(\d+)\"")
_REPEATED_CELLS = re.compile(
    rb"<table:(?:covered-)?table-cell\b([^>]*?)table:number-columns-repeated=\"(\d+)\"([^>]*)>")


def _check_ods(archive: zipfile.ZipFile, *, max_rows: int, max_columns: int) -> int:
    """Bound ODS's content; refuse cells or rows repeated past what a chart can hold (a few
    bytes of XML can repeat a value a billion times); the number of formula cells."""
    content = _unpacked(archive, "content.xml", MAX_SHEET_BYTES, "sheet")
    for match in _REPEATED_CELLS.finditer(content):
        attributes = match.group(1) + match.group(3)
        filled = b"value-type" in attributes or not attributes.endswith(b"/")
        if filled and int(match.group(2)) > max_columns:
            raise InvalidInput(
                _("The sheet repeats a cell across more than {n} columns; remove the extra "
                  "columns, or save the sheet as .csv.").format(n=max_columns))
    for match in _REPEATED_ROWS.finditer(content):
        repeat = int(match.group(1))
        if repeat <= 1:
            continue
        end = content.find(b"</table:table-row>", match.end())
        row = content[match.end():end if end != -1 else len(content)]
        if (b"value-type" in row or b"<text:p>" in row) and repeat > max_rows:
            raise InvalidInput(
                _("The sheet repeats a row more than {n} times; delete the repeated rows, or "
                  "save the sheet as .csv.").format(n=f"{max_rows:,}"))
    return content.count(b"table:formula=")


def _calamine_rows(
    data: bytes, formulas: dict[int, dict[int, bool]], scan: _Background | None, *,
    max_rows: int,
) -> Iterator[tuple[int, list[Any]]]:
    import python_calamine

    try:
        book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        sheet = book.get_sheet_by_index(0)
        start = sheet.start
    except Exception:  # noqa: BLE001 - calamine raises its own types and ValueError
        raise InvalidInput(_(_DAMAGED)) from None
    finally:
        # the formula scan ran while calamine parsed; its error (a damaged part) is the file's
        if scan is not None:
            try:
                formulas.update(scan.result())
            except InvalidInput:
                raise
            except Exception:  # noqa: BLE001
                raise InvalidInput(_(_DAMAGED)) from None
    if start is None:
        return
    first_row, first_column = start
    if first_row + sheet.height > max_rows:
        raise InvalidInput(
            _("The file has more than {n} rows, counting blank ones; delete the empty rows at "
              "its end or split it.").format(n=f"{max_rows:,}"))
    pad = [None] * first_column
    try:
        # calamine's iter_rows starts at the sheet's row 1 (rows above the first used one come
        # as empty lists); only the columns are trimmed to the used range, hence ``pad``
        rows = enumerate(sheet.iter_rows(), start=1)
        if not pad and not formulas:
            yield from rows  # the common sheet: no row is touched
            return
        for number, cells in rows:
            if pad:
                cells = pad + cells
            marked = formulas.get(number)
            if marked:
                for column, has_value in marked.items():
                    if not has_value and column < len(cells):
                        cells[column] = FORMULA
            yield number, cells
    except Exception:  # noqa: BLE001
        raise InvalidInput(
            _("The workbook's first sheet cannot be read (damaged file); save it again.")
        ) from None
