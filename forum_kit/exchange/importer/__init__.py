"""Importing a chart: the dry run (``plan_import``) and the all-or-nothing write (``apply_import``).

A spreadsheet row becomes a contact in stages, one module each, read in this order:

1. ``cells``: a cell made safe text (length, formulas, control characters, NFC), or a reason to
   reject the row (``RowError``; reasons name the column, never the cell's content).
2. ``values``: what a clean cell means: FT/PT, assessment words and numbers, committee roles,
   card words, dates in several formats (day/month order decided per column), phones, emails.
3. ``rows`` and ``columns``: every row validated, column by column (``columns``: each distinct
   value of a column parsed once, text or a sheet's typed cells), or cell by cell (``rows``,
   the simpler reference the tests compare with); both give the same ``Row``s.
4. ``matching``: what the vault holds and who in it a row is (employee number, then phone or
   email, then name within the area).
5. ``plan``: the dry run: rows of one person merged (``same_person``; where they differ, the
   person chooses), updates of people in the vault (history appended, never written over),
   new people; a first import planned column by column
   (``first_import``). The result is an ``ImportPlan`` (``outcome``).
6. ``write`` (with ``bulk``, its set-based statements): the plan's tuples inserted through the
   driver's ``executemany`` inside the caller's unit of work, so any failure leaves the vault
   as it was.

Reading the file itself (encoding, delimiter, header row, XLSX) is ``exchange.sniff``; which
column holds which field is ``exchange.mapping``.
"""

from __future__ import annotations

from forum_kit.exchange.importer.cells import MAX_CELL
from forum_kit.exchange.importer.outcome import (
    ADD,
    CONFLICT,
    DEFAULT_COMMITTEE,
    IMPORT_EVIDENCE,
    MERGED,
    REJECT,
    UNASSIGNED_AREA,
    UNCHANGED,
    UPDATE,
    ImportPlan,
    ImportResult,
    PlannedRow,
)
from forum_kit.exchange.importer.plan import plan_import
from forum_kit.exchange.importer.same_person import ALL, CHOICES, EARLIER, LATER, SEPARATE
from forum_kit.exchange.importer.values import normalise, parse_date, parse_level
from forum_kit.exchange.importer.write import apply_import

__all__ = [
    "ADD",
    "ALL",
    "CHOICES",
    "CONFLICT",
    "EARLIER",
    "LATER",
    "MERGED",
    "SEPARATE",
    "DEFAULT_COMMITTEE",
    "IMPORT_EVIDENCE",
    "MAX_CELL",
    "REJECT",
    "UNASSIGNED_AREA",
    "UNCHANGED",
    "UPDATE",
    "ImportPlan",
    "ImportResult",
    "PlannedRow",
    "apply_import",
    "normalise",
    "parse_date",
    "parse_level",
    "plan_import",
]
