"""New SQLCipher databases at the schema's head revision without running every revision.

Owns the head schema's script (``head_schema.sql`` beside the revisions: every table, index and
trigger the revisions leave, in the order SQLite keeps them, and the rows they seed, such as the
default scale and the Alembic stamp), how it is written from a database the revisions made
(``dump_schema``; ``.venv/bin/python -m forum_kit.vault.template`` rewrites the file after a new
revision) and ``create_at_head``: a new database under its own key, made by that script in one
transaction. Running the fifteen revisions through Alembic cost ~0.35 s of CPU (more on a busy
machine) each time a steward opens a committee copy (benchmarks/run.py P12); the script ~0.03 s.
When the script is not at this program's head revision (a revision added without rewriting it)
the revisions run instead, so a database is never made at an old schema; tests/core/
test_schema_template.py proves the script is at the head and makes the same database as the
revisions.
"""

from __future__ import annotations

import os
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any

from forum_kit.vault.engine import check_key, connect_keyed, make_engine
from forum_kit.vault.migrations import runner

SCRIPT = runner.SCRIPT_LOCATION / "head_schema.sql"
_STAMP = "-- revision: "


def _literal(value: Any) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, bool | int | float):
        return repr(int(value) if isinstance(value, bool) else value)
    if isinstance(value, bytes):
        return f"X'{value.hex()}'"
    return "'" + str(value).replace("'", "''") + "'"


def canonical_sql(sql: str) -> str:
    """``sql`` with a CREATE TABLE's table constraints in sorted order: Alembic's batch mode
    re-creates a table with its foreign keys in a set's order, which varies from run to run,
    so two databases the same revisions made can list them differently (SQLite does not care).
    Other statements come back as they are."""
    if not sql.upper().startswith("CREATE TABLE"):
        return sql
    lines = sql.split("\n")
    marked = [i for i, line in enumerate(lines) if line.lstrip().startswith("CONSTRAINT ")]
    if len(marked) < 2 or marked != list(range(marked[0], marked[-1] + 1)):
        return sql
    block = [lines[i].rstrip().rstrip(",").rstrip() for i in marked]
    last_had_comma = lines[marked[-1]].rstrip().endswith(",")
    block.sort()
    rebuilt = [line + ", " for line in block[:-1]] + [block[-1] + ("," if last_had_comma else "")]
    return "\n".join(lines[: marked[0]] + rebuilt + lines[marked[-1] + 1 :])


def dump_schema(conn: Any) -> str:
    """The script that makes ``conn``'s database again (a DB-API connection to a database the
    revisions made, holding nothing else): schema objects in ``sqlite_master``'s order, the
    rows of every ordinary table before the triggers (so that no trigger fires on them), the
    triggers last in their own order (the order SQLite fires them in)."""
    listed = conn.execute("PRAGMA table_list").fetchall()
    shadow = {row[1] for row in listed if row[2] == "shadow"}
    keyed = {row[1] for row in listed if row[4]}  # WITHOUT ROWID: in their key's order
    objects = [
        (kind, name, sql)
        for kind, name, sql in conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"
        )
        if name not in shadow and not name.startswith("sqlite_")
    ]
    revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    out = [f"{_STAMP}{revision}", "-- written by: python -m forum_kit.vault.template", "BEGIN;"]
    # the tables in SQLite's order, then the indexes by name (batch mode re-creates a table's
    # indexes in a set's order too), then views
    rank = {"table": 0, "index": 1, "view": 2}
    schema = sorted(
        ((rank.get(kind, 3), name if kind == "index" else "", i, sql)
         for i, (kind, name, sql) in enumerate(objects) if kind != "trigger"),
    )
    out += [f"{canonical_sql(sql)};" for *_key, sql in schema]
    for kind, name, sql in objects:
        if kind != "table" or sql.upper().startswith("CREATE VIRTUAL"):
            continue
        order = "" if name in keyed else " ORDER BY rowid"
        cursor = conn.execute(f'SELECT * FROM "{name}"{order}')
        columns = ", ".join(f'"{d[0]}"' for d in cursor.description)
        for row in cursor:
            values = ", ".join(map(_literal, row))
            out.append(f'INSERT INTO "{name}" ({columns}) VALUES ({values});')
    out += [f"{sql};" for kind, _name, sql in objects if kind == "trigger"]
    out.append("COMMIT;")
    return "\n".join(out) + "\n"


@lru_cache(maxsize=1)
def _script() -> tuple[str, str]:
    """The shipped script and the revision it is at ("" when there is none)."""
    try:
        text = SCRIPT.read_text(encoding="utf-8")
    except OSError:
        return "", ""
    first = text.split("\n", 1)[0]
    return (first[len(_STAMP) :].strip() if first.startswith(_STAMP) else ""), text


def create_at_head(path: Path, key: bytearray) -> None:
    """Make a new database at ``path`` (which must not exist) under ``key``, at the head
    revision: by the head schema's script, or by the revisions when the script is not at the
    head. On failure nothing is left at ``path``."""
    check_key(key)
    revision, text = _script()
    # never an old file: the engine below would otherwise open what is there
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    try:
        if revision and revision == runner.head_revision():
            conn = connect_keyed(path, key, mode="rw")
            try:
                conn.executescript(text)
            finally:
                conn.close()
        else:
            engine = make_engine(path, key)
            try:
                with engine.connect() as conn:
                    runner.upgrade(conn)
            finally:
                engine.dispose()
    except BaseException:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        raise


def migrated(folder: Path) -> tuple[Path, bytearray]:
    """A new database in ``folder`` made by running every revision, and its random key: what
    the script is written from and checked against."""
    key = bytearray(os.urandom(32))
    handle, name = tempfile.mkstemp(prefix="schema-", suffix=".db", dir=folder)
    os.close(handle)
    path = Path(name)
    path.unlink()
    engine = make_engine(path, key, create=True)
    try:
        with engine.connect() as conn:
            runner.upgrade(conn)
    finally:
        engine.dispose()
    return path, key


def main() -> None:  # pragma: no cover - run by a developer after adding a revision
    """Rewrite ``head_schema.sql`` from a database the revisions make now."""
    with tempfile.TemporaryDirectory() as folder:
        path, key = migrated(Path(folder))
        conn = connect_keyed(path, key)
        try:
            SCRIPT.write_text(dump_schema(conn), encoding="utf-8")
        finally:
            conn.close()
    print(f"wrote {SCRIPT}")


if __name__ == "__main__":  # pragma: no cover
    main()
