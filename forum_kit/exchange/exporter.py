"""CSV and XLSX export of the lists the app shows, safe to open in a spreadsheet program.

Owns ``export_rows`` (any rows and named columns to a CSV or XLSX file, written atomically with
mode 0600), the formula-injection escaping every text cell goes through (a leading ``= + - @``
tab or carriage return gets a ``'`` prefix, and XLSX cells are always typed as strings),
``describe_personal_data`` (the sentence the export dialog and the CLI show), and the list
exports: a workplace's people (optionally one area) and grievances, for the command line; the
People page's list and the Grievances page's list exactly as filtered and ordered on screen, for
the app. Sensitive people and cases only when asked; otherwise a grievant or steward marked
sensitive is ``queries.WITHHELD``. People columns use the import field names, and areas are
written as their full path (``exchange.area_paths``), so an exported chart imports back to the
same areas.
"""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import datetime as dt
import enum
import os
import secrets
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit import staging
from forum_kit.errors import InvalidInput, StorageError
from forum_kit.exchange.area_paths import area_paths, paths_of
from forum_kit.i18n import N_, _
from forum_kit.queries.grievances import GrievanceListFilter

FORMATS = ("csv", "xlsx")
_DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r")
_XLSX_MAX_ROWS = 1_048_576  # Excel's rows per sheet, the header included
_XLSX_MAX_TEXT = 32_767  # characters in one cell


@dataclasses.dataclass(frozen=True, slots=True)
class Column:
    """One exported column: the row key, the header, and the kind of personal data it carries
    ("" for none), in words for ``describe_personal_data``."""

    key: str
    header: str
    personal: str = ""


PEOPLE_COLUMNS: tuple[Column, ...] = (
    Column("first_name", "First name", N_("names")),
    Column("last_name", "Last name", N_("names")),
    Column("area", "Area / department"),
    Column("shift", "Shift"),
    Column("job_title", "Job title", N_("job titles")),
    Column("employment", "FT/PT"),
    Column("employee_number", "Employee number", N_("employee numbers")),
    Column("phone", "Phone", N_("personal phone numbers")),
    Column("email", "Email", N_("personal email addresses")),
    Column("language", "Language"),
    Column("assessment", "Assessment", N_("each person's assessment (union support)")),
    Column("assessed_on", "Assessment date"),
    Column("card_signed_on", "Card date", N_("whether and when each person signed a card")),
    Column("last_contact_on", "Last contact date", N_("dates of one-on-one contacts")),
)
GRIEVANCE_COLUMNS: tuple[Column, ...] = (
    Column("number", "Number"),
    Column("title", "Title", N_("grievance titles (may name people)")),
    Column("grievance_type", "Type"),
    Column("status", "Status"),
    Column("current_step", "Step"),
    Column("area", "Area"),
    Column("incident_on", "Incident date"),
    Column("opened_on", "Opened"),
    Column("outcome", "Outcome"),
    Column("grievants", "Grievants", N_("grievants' names")),
)


def escape_cell(value: Any) -> Any:
    """The value made inert for spreadsheets: text starting with ``= + - @`` TAB or CR is
    prefixed with ``'``; numbers and dates are returned unchanged."""
    if isinstance(value, str) and value.startswith(_DANGEROUS_START):
        return "'" + value
    return value


def _text(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return value


def _get(row: Any, key: str) -> Any:
    if isinstance(row, Mapping):
        return row.get(key)
    return getattr(row, key, None)


def describe_personal_data(columns: Iterable[Column]) -> str:
    """A sentence saying which personal data a file with these columns carries."""
    kinds: list[str] = []
    for column in columns:
        if column.personal and column.personal not in kinds:
            kinds.append(column.personal)
    if not kinds:
        return _("This file carries no personal data.")
    words = [_(kind) for kind in kinds]
    # TRANSLATORS: the last two kinds of personal data in a list ("names, phones and e-mails")
    listed = words[0] if len(words) == 1 else ", ".join(words[:-1]) + _(" and ") + words[-1]
    return (
        _("This file carries personal data: {listed}. It is not encrypted: keep it off shared "
          "and employer devices, and delete it when you are done.").format(listed=listed)
    )


def export_rows(
    rows: Iterable[Any],
    columns: Sequence[Column],
    path: str | os.PathLike[str],
    format: str = "csv",  # noqa: A002 - the name the callers and the CLI use
) -> int:
    """Write ``rows`` (mappings or objects with the column keys as attributes) to ``path``.

    The file appears complete or not at all (temporary file beside it, fsync, rename) and is
    readable by the user only. Returns the number of data rows written.
    """
    if format not in FORMATS:
        raise InvalidInput(_("Export format must be csv or xlsx."))
    if not columns:
        raise InvalidInput(_("Choose at least one column to export."))
    target = Path(path)
    if target.is_dir():
        raise InvalidInput(_("The export path is a folder; choose a file name."))
    if not target.parent.is_dir():
        raise InvalidInput(_("The folder of the export file does not exist; choose another."))
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
    count = 0
    # registered in the staging area: a start after a crash removes the half-written file
    # (plain text) from beside the target (forum_kit.staging)
    with staging.tracked(tmp):
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            if format == "csv":
                # utf-8 with a BOM: the form spreadsheet programs open without mangling accents
                with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as fh:
                    writer = csv.writer(fh)
                    writer.writerow([escape_cell(c.header) for c in columns])
                    for row in rows:
                        writer.writerow(
                            [escape_cell(_csv_value(_get(row, c.key))) for c in columns])
                        count += 1
                    fh.flush()
                    os.fsync(fh.fileno())
            else:
                os.close(fd)
                count = _write_xlsx(rows, columns, tmp)
                with open(tmp, "rb") as fh:
                    os.fsync(fh.fileno())
            os.replace(tmp, target)
        except OSError as error:
            raise StorageError(
                _("The export file could not be written; check the folder and free space.")
            ) from error
        finally:
            tmp.unlink(missing_ok=True)
        return count


def _csv_value(value: Any) -> Any:
    value = _text(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _write_xlsx(rows: Iterable[Any], columns: Sequence[Column], path: Path) -> int:
    """The rows as one sheet, through XlsxWriter in constant-memory mode (one row in memory at
    a time). Its working files are staged in a private folder of the staging area (0700, removed
    afterwards, or by the next start's sweep when the process dies first: forum_kit.staging),
    never in the system's temp folder, where openpyxl's write-only mode, used before, left every
    cell after a crash (SECURITY.md: no personal data in temp files), nor beside the export, where
    a kill -9 left the whole sheet in a hidden folder. Text is written as text cells only, so it
    never becomes a formula, a link or a number. A text longer than a cell holds, or more rows
    than a sheet holds, is refused (CSV has neither limit) instead of being cut short."""
    with staging.stage_dir() as stage:
        return _write_xlsx_staged(rows, columns, path, stage)


def _write_xlsx_staged(rows: Iterable[Any], columns: Sequence[Column], path: Path,
                       stage: Path) -> int:
    import xlsxwriter
    import xlsxwriter.exceptions

    book = xlsxwriter.Workbook(str(path), {
        "constant_memory": True, "tmpdir": str(stage), "nan_inf_to_errors": True})
    try:
        sheet = book.add_worksheet("Export")
        day = book.add_format({"num_format": "yyyy-mm-dd"})

        def text(r: int, c: int, value: str) -> None:
            if sheet.write_string(r, c, escape_cell(value)) == -2:  # -2: cut to 32,767
                raise InvalidInput(
                    _("A cell in row {r} holds more text than a spreadsheet cell can "
                    "({XLSX_MAX_TEXT:,} characters); export this list as CSV.").format(
                            r=r, XLSX_MAX_TEXT=_XLSX_MAX_TEXT))

        def put(r: int, values: Iterable[Any]) -> None:
            for c, raw in enumerate(values):
                value = _text(raw)
                if isinstance(value, str):
                    if value:
                        text(r, c, value)
                elif isinstance(value, dt.date) and not isinstance(value, dt.datetime):
                    sheet.write_datetime(r, c, value, day)
                elif isinstance(value, int | float):
                    sheet.write_number(r, c, value)
                else:
                    text(r, c, str(value))

        put(0, (c.header for c in columns))
        count = 0
        for row in rows:
            count += 1
            if count >= _XLSX_MAX_ROWS:
                raise InvalidInput(
                    _("A spreadsheet sheet holds at most {value:,} rows; export "
                    "this list as CSV, or filter it first.").format(value=_XLSX_MAX_ROWS - 1))
            put(count, (_get(row, c.key) for c in columns))
        book.close()
    except xlsxwriter.exceptions.FileCreateError as error:
        raise OSError(_("the XLSX file could not be written")) from error
    except BaseException:
        # close what XlsxWriter holds open in the staging folder, so the folder can go (an
        # open file cannot be removed on Windows); the half file is removed by the caller
        with contextlib.suppress(Exception):
            book.close()
        raise
    return count


# ------------------------------------------------------------------------------- list exports


def _paths_of_workplaces(session: Session) -> dict[int, str]:
    """Every area of the vault named by its full path (a list may span workplaces)."""
    from forum_kit.models import Area

    return paths_of([tuple(r) for r in session.execute(
        sa.select(Area.id, Area.parent_id, Area.name))])


def people_rows(
    session: Session,
    *,
    workplace_id: int,
    area_id: int | None = None,
    include_sensitive: bool = False,
    include_left: bool = False,
) -> list[dict[str, Any]]:
    """The people list as export rows (area and its sub-areas when ``area_id`` is given)."""
    from forum_kit.models import Area, Contact
    from forum_kit.queries.levels import shown_level

    c = Contact.__table__.c
    # a level taken off the scale is written as the level it reads as now
    source, label, _colour = shown_level(
        Contact.__table__.join(Area.__table__, Area.id == c.area_id), c.current_level)
    stmt = (
        sa.select(
            c.first_name, c.last_name, c.area_id.label("area"), c.shift, c.job_title,
            c.employment, c.employee_number, c.phone, c.email, c.language,
            label.label("assessment"), c.current_assessed_on.label("assessed_on"),
            c.card_signed_on, c.last_contact_on,
        )
        .select_from(source)
        .where(c.workplace_id == workplace_id)
        .order_by(Area.name, c.last_name, c.first_name, c.id)
    )
    if area_id is not None:
        from forum_kit.services.workplaces import area_subtree_ids

        stmt = stmt.where(c.area_id.in_(area_subtree_ids(session, area_id)))
    if not include_sensitive:
        stmt = stmt.where(c.sensitive.is_(False))
    if not include_left:
        stmt = stmt.where(c.left_on.is_(None))
    paths = area_paths(session, workplace_id)
    rows = [dict(r._mapping) for r in session.execute(stmt)]
    for row in rows:
        row["area"] = paths.get(row["area"], "")
    return rows


def export_people(
    session: Session,
    path: str | os.PathLike[str],
    *,
    workplace_id: int,
    area_id: int | None = None,
    format: str = "csv",  # noqa: A002
    columns: Sequence[Column] = PEOPLE_COLUMNS,
    include_sensitive: bool = False,
) -> int:
    """Export the people list (the current area filter) to ``path``; returns the row count."""
    rows = people_rows(
        session, workplace_id=workplace_id, area_id=area_id, include_sensitive=include_sensitive
    )
    return export_rows(rows, columns, path, format)


def grievance_rows(
    session: Session, *, workplace_id: int, include_sensitive: bool = False
) -> list[dict[str, Any]]:
    """The grievance list as export rows, grievants' names joined with "; "."""
    from forum_kit.models import Grievance
    from forum_kit.queries.grievances import grievant_names

    g = Grievance.__table__.c
    stmt = (
        sa.select(
            g.id, g.number, g.title, g.grievance_type, g.status, g.current_step,
            g.area_id.label("area"), g.incident_on, g.opened_on, g.outcome,
        )
        .where(g.workplace_id == workplace_id)
        .order_by(g.opened_on, g.id)
    )
    if not include_sensitive:
        stmt = stmt.where(g.sensitive.is_(False))
    paths = area_paths(session, workplace_id)
    rows = [{**r._mapping, "area": paths.get(r.area, "")} for r in session.execute(stmt)]
    names = grievant_names(session, sa.select(g.id).where(g.workplace_id == workplace_id),
                           withhold_sensitive=not include_sensitive)
    for row in rows:
        row["grievants"] = "; ".join(names.get(row.pop("id"), []))
    return rows


def export_grievances(
    session: Session,
    path: str | os.PathLike[str],
    *,
    workplace_id: int,
    format: str = "csv",  # noqa: A002
    columns: Sequence[Column] = GRIEVANCE_COLUMNS,
    include_sensitive: bool = False,
) -> int:
    """Export the grievance list to ``path``; returns the row count."""
    rows = grievance_rows(session, workplace_id=workplace_id, include_sensitive=include_sensitive)
    return export_rows(rows, columns, path, format)


# The people page's own rows (``forum_kit.queries.people.PersonRow``) under import-able headers.
PEOPLE_LIST_COLUMNS: tuple[Column, ...] = (
    Column("first_name", "First name", N_("names")),
    Column("last_name", "Last name", N_("names")),
    Column("area_name", "Area / department"),
    Column("shift", "Shift"),
    Column("job_title", "Job title", N_("job titles")),
    Column("employment", "FT/PT"),
    Column("phone", "Phone", N_("personal phone numbers")),
    Column("email", "Email", N_("personal email addresses")),
    Column("language", "Language"),
    Column("level_label", "Assessment", N_("each person's assessment (union support)")),
    Column("assessed_on", "Assessment date"),
    Column("committee_role", "Committee role", N_("committee membership")),
    Column("last_contact_on", "Last contact date", N_("dates of one-on-one contacts")),
    Column("last_contact_by", "Contacted by", N_("who talked to whom")),
)


def export_people_list(
    session: Session,
    path: str | os.PathLike[str],
    *,
    flt: Any,
    today: dt.date,
    sort: str = "name",
    descending: bool = False,
    stale_days: int = 90,
    format: str = "csv",  # noqa: A002
    columns: Sequence[Column] = PEOPLE_LIST_COLUMNS,
    include_sensitive: bool = False,
) -> int:
    """Export exactly what the people page shows for ``flt`` (a ``PeopleFilter``), in its order
    (``sort``, ``descending``; ``stale_days`` is the page's setting, which the stale filter
    reads); sensitive people are left out unless ``include_sensitive``. Returns the row count."""
    from forum_kit.queries.people import people_ids, people_rows

    ids = people_ids(session, flt, sort=sort, descending=descending, today=today,
                     stale_days=stale_days)
    paths = _paths_of_workplaces(session)
    rows = (
        dataclasses.replace(row, area_name=paths.get(row.area_id, row.area_name))
        for start in range(0, len(ids), 5000)
        for row in people_rows(session, ids[start : start + 5000], today=today,
                               stale_days=stale_days)
        if include_sensitive or not row.sensitive
    )
    return export_rows(rows, columns, path, format)


# The Grievances page's own rows (``forum_kit.queries.grievances.GrievanceRow``), its columns.
GRIEVANCE_LIST_COLUMNS: tuple[Column, ...] = (
    Column("number", "Number"),
    Column("title", "Title", N_("grievance titles (may name people)")),
    Column("grievance_type", "Type"),
    Column("area_name", "Area"),
    Column("grievants", "Grievants", N_("grievants' names")),
    Column("steward_name", "Steward", N_("stewards' names")),
    Column("current_step", "Step"),
    Column("step_name", "Step name"),
    Column("status", "Status"),
    Column("next_deadline", "Next deadline"),
    Column("deadline_what", "Deadline for"),
    Column("deadline_status", "Deadline status"),
    Column("outcome", "Outcome"),
)


def export_grievance_list(
    session: Session,
    path: str | os.PathLike[str],
    *,
    flt: GrievanceListFilter,
    today: dt.date,
    format: str = "csv",  # noqa: A002
    columns: Sequence[Column] = GRIEVANCE_LIST_COLUMNS,
    include_sensitive: bool = False,
) -> int:
    """Export exactly the cases the Grievances page lists for ``flt``, in its order (the most
    urgent deadline first); cases marked sensitive are left out unless ``include_sensitive``.
    Returns the row count."""
    from forum_kit.models import Grievance
    from forum_kit.queries.grievances import grievance_list

    rows = grievance_list(session, flt, today=today, include_sensitive=include_sensitive)
    words = {"due_today": _("due today"), "due_soon": _("due soon")}
    paths = _paths_of_workplaces(session)
    area_of = dict(session.execute(sa.select(Grievance.id, Grievance.area_id).where(
        Grievance.id.in_([row.id for row in rows]))).all()) if rows else {}
    shown = (
        {**dataclasses.asdict(row),
         "area_name": paths.get(area_of.get(row.id), row.area_name),
         "deadline_status": words.get(row.deadline_status or "", row.deadline_status)}
        for row in rows
    )
    return export_rows(shown, columns, path, format)
