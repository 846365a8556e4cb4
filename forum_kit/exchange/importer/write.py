"""Import stage 6: ``apply_import``, the all-or-nothing write of a plan.

Everything happens in the caller's unit of work, so any failure leaves the vault as it was. A
plan made before the vault's people or areas changed is refused. Row-by-row triggers made bulk
writes crawl (measured here: 10k rows took 65 s), so the write drops the search-index, history
and growth-cache triggers, inserts the plan's prepared tuples through the driver's
``executemany`` (SQLAlchemy's per-row parameter processing was half the write), and then brings
the search index, the derived columns and the growth cache up to date with set-based statements
before re-creating the triggers from their stored SQL, in the same transaction. When a file at
least doubles a table, its secondary indexes are dropped and rebuilt too (``bulk.py``). When the
assessments or contact dates an import appends are all for new people, one a person (a first
import's usually are), they are those people's derived columns over again: they are written from
the contacts just inserted, one INSERT ... SELECT a kind (``_HistoryFromPeople``).
"""

from __future__ import annotations

import datetime as dt
import itertools
import operator
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from operator import itemgetter
from typing import Any, NamedTuple

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.collector import gc_paused
from forum_kit.errors import Conflict, InvalidInput
from forum_kit.exchange.area_paths import SEPARATOR, AreaIndex, path_key, paths_of, split_path
from forum_kit.exchange.importer import bulk
from forum_kit.exchange.importer.matching import state
from forum_kit.exchange.importer.outcome import (
    DEFAULT_COMMITTEE,
    IMPORT_EVIDENCE,
    ImportPlan,
    ImportResult,
    Target,
)
from forum_kit.i18n import _, ngettext
from forum_kit.models import Area, Committee, Contact
from forum_kit.models.enums import Employment
from forum_kit.services.placements import record_moves
from forum_kit.text_fold import index_folds


@gc_paused()
def apply_import(
    session: Session, plan: ImportPlan, *, skip_rejected: bool = False
) -> ImportResult:
    """Write a plan in the caller's transaction (the unit of work commits or rolls back it all).

    Refuses a plan with rejected rows or unsettled conflicts (rows of one person that differ)
    unless ``skip_rejected`` (they are then left out), and a plan made before the
    vault's people or areas of this workplace changed (Conflict: run the dry run again).
    """
    if not isinstance(plan, ImportPlan):
        raise InvalidInput(_("Run the dry run first and import its plan."))
    if plan.rejected and not skip_rejected:
        raise InvalidInput(
            ngettext("{rejected} row was rejected; fix it, or choose to skip the bad rows.",
                     "{rejected} rows were rejected; fix them, or choose to skip the bad rows.",
                     plan.rejected).format(rejected=plan.rejected)
        )
    if plan.conflicted and not skip_rejected:
        raise InvalidInput(
            ngettext("{n} row is the same person as an earlier row but says something else; "
                     "choose which values to keep, or skip that row.",
                     "{n} rows are the same person as an earlier row but say something else; "
                     "choose which values to keep, or skip those rows.",
                     plan.conflicted).format(n=plan.conflicted)
        )
    if state(session, plan.workplace_id) != plan._state:
        raise Conflict(_("The vault changed since the dry run; run the dry run again."))
    session.flush()
    conn = session.connection()
    today = plan.today
    updated_ids = [ident for ident, _changes in plan._updates]
    before = bulk.high_water(conn)
    triggers = bulk.suspend_triggers(conn, updated_ids)

    area_ids = _create_areas(conn, plan)

    def area_id(ref: int | str) -> int:
        return ref if isinstance(ref, int) else area_ids[path_key(ref)]

    top = conn.execute(sa.select(sa.func.coalesce(sa.func.max(Contact.id), 0))).scalar_one()
    first_id = top + 1

    base = {"new": first_id, "id": 0}  # a target's contact id: base[kind] + value

    def contact_id(target: Target) -> int:
        kind, value = target
        return base[kind] + value

    assessments = sorted(plan._assessments, key=itemgetter(2))
    conversations = sorted(plan._conversations, key=itemgetter(1))
    iso = bulk.IsoDays()
    new = _new_people(plan, first_id, area_id, assessments, conversations, iso, contact_id)
    # Secondary indexes made inserts cost 14-20 us a row (measured at 100k contacts). When the
    # file at least doubles a table, building each index once from sorted keys is cheaper
    # (1.77 -> 1.37 s CPU for contacts at 100k); the DDL is part of the transaction, and each
    # index comes back from its own stored SQL before any statement below reads through it.
    rebuild = {
        table_name: bulk.drop_indexes(conn, table_name, adding)
        for table_name, adding in zip(
            bulk.REBUILT_TABLES, (len(new.rows), len(assessments), len(conversations)),
            strict=True)
    }
    if new.rows:
        conn.exec_driver_sql(new.sql, new.rows)
    if new.later:
        conn.exec_driver_sql("UPDATE contacts SET last_contact_by_id = ? WHERE id = ?",
                             new.later)
    _write_updates(conn, plan, area_id)
    folding = any(name == bulk.FOLD_TRIGGER for name, _sql in triggers)
    marking = any(name in bulk.GROWTH_TRIGGERS for name, _sql in triggers)
    # What is left to prepare in Python (the history rows, the folded search index, the growth
    # marks) is made on a second thread while SQLite builds the contacts' indexes, which holds
    # no GIL (measured at 100k rows, the app's allocator hardening on: 0.17 s of Python hidden
    # behind 0.26 s of index builds). The work is pure: it reads the plan and writes nothing
    # the statements here read; ``iso`` is only used by that thread until its results are in.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="import-prep") as prep:
        history = prep.submit(_history_rows, plan, assessments, conversations, iso, base,
                              len(new.rows))
        folds = prep.submit(index_folds, new.fts_columns) if folding else None
        marks = (prep.submit(bulk.new_marks, new.area_ids, assessments, conversations, today)
                 if marking and new.rows else None)
        for sql in rebuild["contacts"]:
            conn.exec_driver_sql(sql)
        _write_history(conn, plan, history.result(), base)
        for table_name in bulk.REBUILT_TABLES[1:]:
            for sql in rebuild[table_name]:
                conn.exec_driver_sql(sql)

        bulk.refresh_search(conn, first_id, len(new.rows), updated_ids, before.conversation)
        if folds is not None:
            bulk.add_folds(conn, first_id, folds.result())
        # people already in the vault: the same rule as the history triggers of revision 0002
        # (a first import has none, and each statement would still walk every new history row)
        joined_existing = any(kind == "id" for (kind, _v), _r in plan._memberships)
        bulk.refresh_derived(conn, first_id, before, assessed=new.assessed_existing,
                             contacted=new.contacted_existing)
        if marking:
            if new.assessed_existing or new.contacted_existing or joined_existing:
                bulk.mark_growth(conn, first_id, before)
            if marks is not None:
                conn.exec_driver_sql(bulk.GROWTH_MARK_NEW, marks.result())
    bulk.restore_triggers(conn, triggers)
    # the ORM identity map may hold contacts whose columns the bulk statements just changed
    session.expire_all()
    return ImportResult(
        added=len(plan._new),
        updated=plan.updated,
        unchanged=plan.unchanged,
        skipped=plan.rejected + plan.conflicted,
        merged=plan.merged,
        areas_created=len(plan.areas_to_create),
        assessments_added=len(plan._assessments),
        conversations_added=len(plan._conversations),
        memberships_added=len(plan._memberships),
    )


def _create_areas(conn: Any, plan: ImportPlan) -> dict[str, int]:
    """The plan's new areas, each part of a path that does not exist yet created under the
    part before it (at the end of its siblings); their ids by ``path_key``."""
    created: dict[str, int] = {}
    if not plan.areas_to_create:
        return created
    session_rows = conn.execute(
        sa.select(Area.id, Area.parent_id, Area.name).where(Area.workplace_id == plan.workplace_id)
    ).all()
    index = AreaIndex({path_key(p): i for i, p in paths_of([tuple(r) for r in session_rows])
                       .items()}, {}, {})
    table = Area.__table__
    # made once and run with each area's values (a statement built a time cost 0.5 ms: 20 ms
    # for a chart's 40 new areas); ``IS`` compares a NULL parent as it does an id
    next_position = sa.select(sa.func.coalesce(sa.func.max(table.c.position) + 1, 0)).where(
        table.c.workplace_id == plan.workplace_id,
        table.c.parent_id.is_(sa.bindparam("parent", type_=sa.Integer)))
    insert = sa.insert(table).returning(table.c.id)
    for path in plan.areas_to_create:
        parts = split_path(path)
        parent, covered = index.existing_parent(parts)
        for depth in range(covered + 1, len(parts) + 1):
            position = conn.execute(next_position, {"parent": parent}).scalar_one()
            parent = conn.execute(insert, {
                "workplace_id": plan.workplace_id, "parent_id": parent,
                "name": parts[depth - 1], "kind": "area", "position": position, "hazards": "",
                "notes": "",
            }).scalar_one()
            index.by_path[path_key(SEPARATOR.join(parts[:depth]))] = parent
        created[path_key(path)] = parent
    return created


def _only_new(rows: Sequence[tuple[Any, ...]]) -> bool:
    """Whether every history row is for a person the import adds (a first import's are)."""
    return set(map(itemgetter(0), map(itemgetter(0), rows))) <= {"new"}


def _people(rows: Sequence[tuple[Any, ...]]) -> list[int]:
    """The new person each history row of a first import is for (its target's index)."""
    return list(map(itemgetter(1), map(itemgetter(0), rows)))


def _latest(
    people: list[int], values: Iterable[Any], count: int, default: Any = None
) -> list[Any]:
    """Each of ``count`` new people's last value of ``values`` (one a row of ``people``, in date
    order: the last met is the latest, revision 0002's rule), ``default`` for one with none.
    Each value is stored at its person's place, a later one over an earlier: measured at 83k
    assessments of 100k people, with the app's allocator hardening, 4 ms against 12 ms for a
    dict of the last values read back person by person (its growth allocates)."""
    latest = [default] * count
    for person, value in zip(people, values, strict=True):
        latest[person] = value
    return latest


def _latest_assessments(
    assessments: Sequence[tuple[Any, int, dt.date]], count: int, iso: bulk.IsoDays
) -> tuple[list[int], list[str | None], bool]:
    """Each new person's level and the day of it, from ``assessments`` sorted by date (the last
    met is the latest, revision 0002's rule), and whether any is for someone in the vault."""
    if _only_new(assessments):
        # a first import's: at C speed (0.06 -> 0.02 s at 83k assessments, hardened)
        people = _people(assessments)
        return (_latest(people, map(itemgetter(1), assessments), count, 0),
                _latest(people, map(iso.__getitem__, map(itemgetter(2), assessments)), count),
                False)
    levels = [0] * count
    assessed: list[str | None] = [None] * count
    existing = False
    for (kind, value), level, on in assessments:
        if kind == "new":
            levels[value], assessed[value] = level, iso[on]
        else:
            existing = True
    return levels, assessed, existing


def _latest_contacts(
    conversations: Sequence[tuple[Any, dt.date, Any]], count: int, iso: bulk.IsoDays,
    first_id: int, contact_id: Any,
) -> tuple[list[str | None], list[int | None], list[tuple[int, int]], bool]:
    """Each new person's last contact date and who made it, from ``conversations`` sorted by
    date; the (contacted by, contact) pairs to set once both rows exist (the maker is inserted
    after the person); and whether any date is for someone in the vault."""
    if _only_new(conversations) and set(map(itemgetter(2), conversations)) <= {None}:
        # a first import's dates, none naming who made the contact (the common chart): at C
        # speed (0.05 -> 0.01 s at 50k dates, hardened)
        return (_latest(_people(conversations),
                        map(iso.__getitem__, map(itemgetter(1), conversations)), count),
                [None] * count, [], False)
    contacted: list[str | None] = [None] * count
    by_ids: list[int | None] = [None] * count
    # "contacted by" a person inserted after this one: set once both rows exist
    after: dict[int, int] = {}
    existing = False
    for (kind, value), on, by in conversations:
        if kind != "new":
            existing = True
        else:
            # sorted by date: the last one met is the latest (revision 0002's rule)
            contacted[value] = iso[on]
            by_id = None if by is None else contact_id(by)
            after.pop(value, None)
            if by_id is not None and by_id > first_id + value:
                after[value] = by_id
                by_id = None
            by_ids[value] = by_id
    later = [(by_id, first_id + value) for value, by_id in after.items()]
    return contacted, by_ids, later, existing


class _NewRows(NamedTuple):
    """The INSERT of the plan's new people and what the steps after it need."""

    sql: str
    rows: list[tuple[Any, ...]]
    later: list[tuple[int, int]]  # (contacted by, contact): set once both rows exist
    area_ids: list[int]  # each new person's area id, in order
    assessed_existing: bool  # whether any assessment is for someone already in the vault
    contacted_existing: bool  # whether any contact date is
    fts_columns: list[Sequence[Any]]  # the new people's values of bulk.FTS_COLUMNS, by column


def _new_people(
    plan: ImportPlan, first_id: int, area_id: Any, assessments: list[tuple[Any, int, dt.date]],
    conversations: list[tuple[Any, dt.date, Any]], iso: bulk.IsoDays, contact_id: Any,
) -> _NewRows:
    """The rows of the plan's new people, with the derived columns their history gives.

    A new person's derived columns (revision 0002's rule: the latest by date, then by id) come
    from the history rows (both lists are sorted by date), so they go in with the insert instead
    of an UPDATE of every new row."""
    count = len(plan._new)
    levels, assessed, assessed_existing = _latest_assessments(assessments, count, iso)
    contacted, by_ids, later, contacted_existing = _latest_contacts(
        conversations, count, iso, first_id, contact_id)
    # A chart repeats a few hundred days and areas: each is converted once, then looked up
    # (isoformat and the area fold were a fifth of the write's Python time at 100k rows), and
    # the rows are put together column by column.
    (areas_of, firsts, lasts, shifts, jobs, employments, numbers, phones, emails, languages,
     cards, notes) = plan._new.columns
    area_of = {ref: area_id(ref) for ref in set(areas_of)}
    value_of = {None: None, **{e: e.value for e in Employment}}
    area_ids = list(map(area_of.__getitem__, areas_of))
    sql, rows = bulk.contact_rows(
        [range(first_id, first_id + count), area_ids, firsts, lasts, shifts, jobs,
         list(map(value_of.__getitem__, employments)), numbers, phones, emails, languages,
         list(map(iso.__getitem__, cards)), notes, levels, assessed, contacted, by_ids],
        workplace_id=int(plan.workplace_id), added_on=plan.today.isoformat(),
    )
    return _NewRows(sql, rows, later, area_ids, assessed_existing, contacted_existing,
                    [firsts, lasts, jobs, shifts, languages, notes])


def _write_updates(conn: Any, plan: ImportPlan, area_id: Any) -> None:
    """The changes to people already in the vault, one executemany per set of columns. A new
    area or shift is a move dated the day of the import: where the person was is kept first
    (``forum_kit.services.placements``)."""
    record_moves(conn, [(ident, plan.today) for ident, changes in plan._updates
                        if {"area_id", "_area", "shift"} & changes.keys()])
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for ident, changes in plan._updates:
        params = dict(changes)
        if "_area" in params:
            params["area_id"] = area_id(params.pop("_area"))
        params["_id"] = ident
        groups.setdefault(tuple(sorted(params)), []).append(params)
    table = Contact.__table__
    for keys, params_list in groups.items():
        stmt = (
            sa.update(table)
            .where(table.c.id == sa.bindparam("_id"))
            .values({k: sa.bindparam(k) for k in keys if k != "_id"})
        )
        conn.execute(stmt, params_list)


class _HistoryFromPeople(NamedTuple):
    """Which kinds of history rows repeat what the new people's rows already hold (``_one_each``:
    all for new people, one a person, as in a first import's usual chart), and so are
    written by one INSERT ... SELECT from the contacts just inserted instead of bound a row at a
    time (measured at 100k rows, the app's allocator hardening on: 0.19 -> 0.15 s for 83k
    assessments and 50k contact dates)."""

    assessments: bool
    conversations: bool
    first_id: int  # the new people's ids are first_id ... first_id + count - 1
    count: int


class _HistoryRows(NamedTuple):
    """The parameters of the history rows a plan appends (``_history_rows``); none for a kind
    written from the new people's rows (``_HistoryFromPeople``)."""

    assessments: list[tuple[int, int, str]]
    conversations: list[tuple[int, str, int]]
    from_people: _HistoryFromPeople


def _one_each(rows: Sequence[tuple[Any, ...]], date_at: int) -> bool:
    """Whether a plan's history rows of one kind (in the plan's order) are each for a new
    person, at most one a person, in the people's order, and all dated. Then each is its
    person's latest, which the person's row holds (revision 0002's rule, ``_new_people``), and
    sorting them by date (ties kept in the plan's order) is sorting them by date and id."""
    if not rows or not _only_new(rows):
        return False
    people = _people(rows)
    return (all(map(operator.lt, people, itertools.islice(people, 1, None)))
            and None not in map(itemgetter(date_at), rows))


# the evidence every imported assessment carries, as an SQL literal (both ways of writing them)
_EVIDENCE_SQL = "'" + IMPORT_EVIDENCE.replace("'", "''") + "'"
# The history rows of ``_HistoryFromPeople``, in the order the row path writes them (by date,
# then by person: the ids of the rows follow it). The person's derived columns are that row's
# values: its level and day, its contact day and who made the contact.
_ASSESSMENTS_FROM_PEOPLE = (
    "INSERT INTO assessments (contact_id, level, assessed_on, assessed_by_id, conversation_id, "
    f"evidence) SELECT id, current_level, current_assessed_on, NULL, NULL, {_EVIDENCE_SQL} "
    "FROM contacts WHERE id BETWEEN ? AND ? "
    "AND current_assessed_on IS NOT NULL ORDER BY current_assessed_on, id"
)
_CONVERSATIONS_FROM_PEOPLE = (
    "INSERT INTO conversations (contact_id, held_on, by_id, agitate, educate, inoculate, ask, "
    "answer, unite, plan, follow_up_on, follow_up_done, sensitive) SELECT id, last_contact_on, "
    "last_contact_by_id, '', '', '', '', '', '', '', NULL, 0, 0 FROM contacts "
    "WHERE id BETWEEN ? AND ? AND last_contact_on IS NOT NULL ORDER BY last_contact_on, id"
)


def _history_rows(
    plan: ImportPlan, assessments: Sequence[tuple[Any, int, dt.date]],
    conversations: Sequence[tuple[Any, dt.date, Any]], iso: bulk.IsoDays, base: dict[str, int],
    added: int,
) -> _HistoryRows:
    """The assessments and contact dates as the driver binds them: dates as ISO text (as
    SQLAlchemy stores them), targets as contact ids (``base[kind] + value``, ``contact_id``
    without a call a row); none of a kind written from the ``added`` new people's rows."""
    from_people = _HistoryFromPeople(
        _one_each(plan._assessments, 2), _one_each(plan._conversations, 1), base["new"], added)
    return _HistoryRows(
        [] if from_people.assessments else
        [(base[kind] + value, level, iso[on]) for (kind, value), level, on in assessments],
        # no one made the contact: 0 (no id is), not None, which costs the driver 1 us
        # (bulk.nulls_bound_as)
        [] if from_people.conversations else
        [(base[kind] + value, iso[on], 0 if by is None else base[by[0]] + by[1])
         for (kind, value), on, by in conversations],
        from_people,
    )


def _write_history(
    conn: Any, plan: ImportPlan, rows: _HistoryRows, base: dict[str, int]
) -> None:
    """The assessments, contact dates and committee roles the plan appends. Enums are stored
    by value, as SQLAlchemy stores them."""
    from_people = rows.from_people
    people = (from_people.first_id, from_people.first_id + from_people.count - 1)
    if from_people.assessments:
        conn.exec_driver_sql(_ASSESSMENTS_FROM_PEOPLE, people)
    elif rows.assessments:
        conn.exec_driver_sql(
            "INSERT INTO assessments (contact_id, level, assessed_on, assessed_by_id, "
            f"conversation_id, evidence) VALUES (?, ?, ?, NULL, NULL, {_EVIDENCE_SQL})",
            rows.assessments,
        )
    if from_people.conversations:
        conn.exec_driver_sql(_CONVERSATIONS_FROM_PEOPLE, people)
    elif rows.conversations:
        conn.exec_driver_sql(
            "INSERT INTO conversations (contact_id, held_on, by_id, agitate, educate, inoculate, "
            "ask, answer, unite, plan, follow_up_on, follow_up_done, sensitive) "
            "VALUES (?, ?, NULLIF(?, 0), '', '', '', '', '', '', '', NULL, 0, 0)",
            rows.conversations,
        )
    if plan._memberships:
        committee_id = plan._committee_id
        if committee_id is None:
            committee_id = conn.execute(
                sa.insert(Committee.__table__)
                .values(workplace_id=plan.workplace_id, name=DEFAULT_COMMITTEE)
                .returning(Committee.__table__.c.id)
            ).scalar_one()
        conn.exec_driver_sql(
            "INSERT INTO committee_memberships (committee_id, contact_id, role, joined_on, "
            "left_on) VALUES (?, ?, ?, ?, NULL)",
            [(committee_id, base[kind] + value, role.value, plan.today.isoformat())
             for (kind, value), role in plan._memberships],
        )
