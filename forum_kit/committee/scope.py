"""Which records a committee member's copy holds: the subset of the keeper's chart in a scope.

Owns ``scope_of`` (a member's scope as a ``Scope``: the chosen areas with every area under
them), ``ensure_uids`` (a uid for any row a bulk path wrote without one, before anything
travels), ``select_records`` (each kind's records in a scope, as the rows a copy file carries:
keys instead of local ids, a required reference into what was left out drops the record, an
optional one becomes null, links keep only what is in) and ``in_scope`` (which of some uids a
scope holds, for checking a report). Reads raw column values (ISO text for dates), so a large
chart is read at the speed of the driver.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.committee.kinds import KINDS, Kind, Scope, condition
from forum_kit.models import Area, ChartMember, ChartMemberArea

NEW_UID_SQL = "lower(hex(randomblob(16)))"


def subtree(session: Session, area_ids: Iterable[int]) -> frozenset[int]:
    """The areas and every area under them."""
    seeds = list(area_ids)
    if not seeds:
        return frozenset()
    tree = sa.select(Area.id).where(Area.id.in_(seeds)).cte("tree", recursive=True)
    tree = tree.union_all(sa.select(Area.id).join(tree, Area.parent_id == tree.c.id))
    return frozenset(session.execute(sa.select(tree.c.id)).scalars())


def scope_of(session: Session, member: ChartMember) -> Scope:
    """The member's scope now (areas added under a chosen area since are in it too)."""
    if member.whole_workplace:
        return Scope(member.workplace_id, None, member.sensitive)
    chosen = session.execute(
        sa.select(ChartMemberArea.area_id).where(ChartMemberArea.member_id == member.id)
    ).scalars()
    return Scope(member.workplace_id, subtree(session, chosen), member.sensitive)


def ensure_uids(session: Session) -> int:
    """Give a uid to every travelling row that has none (rows a bulk import wrote directly);
    returns how many. The table's triggers are suspended meanwhile, as revision 0014 does: the
    search index would re-index each row for a column it does not hold."""
    conn = session.connection()
    done = 0
    tables = {k.table.name for k in KINDS.values() if k.key == "uid"}
    for table in sorted(tables):
        if conn.exec_driver_sql(f"SELECT 1 FROM {table} WHERE uid IS NULL LIMIT 1").first():
            triggers = conn.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
                (table,),
            ).all()
            for name, _sql in triggers:
                conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
            done += conn.exec_driver_sql(
                f"UPDATE {table} SET uid = {NEW_UID_SQL} WHERE uid IS NULL"
            ).rowcount
            for _name, sql in triggers:
                conn.exec_driver_sql(sql)
    if done:
        session.expire_all()
    return done


@dataclass
class KindRows:
    """One kind's records in a scope, as a copy file carries them (``Kind.header`` order)."""

    kind: Kind
    rows: list[list[Any]]


def _raw_rows(conn: Any, stmt: sa.Select) -> list[tuple[Any, ...]]:
    """The rows of ``stmt`` as the driver returns them: a large chart is read without building a
    SQLAlchemy row (and converting a date) for every value."""
    compiled = stmt.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    params = tuple(compiled.params[name] for name in compiled.positiontup or ())
    conn.exec_driver_sql("SELECT 1")  # the unit of work's transaction has begun
    cursor = conn.connection.dbapi_connection.cursor()
    try:
        return cursor.execute(str(compiled), params).fetchall()
    finally:
        cursor.close()


def select_records(session: Session, scope: Scope) -> Iterator[KindRows]:
    """Every kind's records in ``scope``, in ``KINDS`` order; keys replace local ids."""
    conn = session.connection()
    included: dict[str, dict[int, Any]] = {}
    for kind in KINDS.values():
        t = kind.table
        columns = [t.c[c.name] for c in kind.columns] + [t.c[r.column] for r in kind.refs]
        first = t.c.id if kind.key == "uid" else t.c[kind.key]
        raw = _raw_rows(conn, sa.select(first, *columns).where(condition(kind, scope)))
        n_own = len(kind.columns)
        for i, ref in enumerate(kind.refs):
            if ref.required:
                # a required reference into what was left out leaves the record out
                targets = included.get(ref.kind, {})
                pos = 1 + n_own + i
                raw = [row for row in raw if row[pos] in targets]
        keys = {row[0]: row[1] for row in raw}
        included[kind.name] = keys
        bools = [1 + i for i, c in enumerate(kind.columns) if c.type == "bool"]
        refs = [
            (1 + n_own + i, keys if r.kind == kind.name else included[r.kind])
            for i, r in enumerate(kind.refs)
        ]
        links = [_links(conn, kind, link, scope, keys, included) for link in kind.links]
        pair = None
        if kind.ordered_pair is not None:
            names = [r.column for r in kind.refs]
            pair = tuple(n_own + names.index(c) for c in kind.ordered_pair)
        out: list[list[Any]] = []
        append = out.append
        for row in raw:
            values = list(row[1 : 1 + n_own])
            for pos in bools:
                if values[pos - 1] is not None:
                    values[pos - 1] = bool(values[pos - 1])
            for pos, targets in refs:
                target = row[pos]
                values.append(None if target is None else targets.get(target))
            if pair is not None:  # an undirected pair: written smaller uid first in every vault
                a, b = pair
                if values[a] > values[b]:
                    values[a], values[b] = values[b], values[a]
            for link in links:
                values.append(link.get(row[0], []))
            append(values)
        yield KindRows(kind, out)


def _links(
    conn: Any,
    kind: Kind,
    link: Any,
    scope: Scope,
    keys: dict[int, Any],
    included: dict[str, dict[int, Any]],
) -> dict[int, list[Any]]:
    """Per owning record, the keys of its linked records that are in the copy."""
    owners = sa.select(kind.table.c.id).where(condition(kind, scope))
    rows = _raw_rows(
        conn,
        sa.select(link.table.c[link.own], link.table.c[link.other])
        .where(link.table.c[link.own].in_(owners))
        .order_by(link.table.c[link.own], link.table.c[link.other]),
    )
    targets = included[link.kind]
    out: dict[int, list[Any]] = {}
    for own, other in rows:
        key = targets.get(other)
        if key is not None and own in keys:
            out.setdefault(own, []).append(key)
    for keys_of in out.values():
        keys_of.sort()  # by key, so two vaults list the same links alike
    return out


def in_scope(session: Session, scope: Scope, kind_name: str, uids: Iterable[str]) -> set[str]:
    """Which of ``uids`` name records of ``kind_name`` that ``scope`` holds."""
    wanted = sorted(set(uids))
    if not wanted:
        return set()
    kind = KINDS[kind_name]
    t = kind.table
    found: set[str] = set()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        found.update(
            session.execute(
                sa.select(t.c.uid).where(t.c.uid.in_(chunk), condition(kind, scope))
            ).scalars()
        )
    return found
