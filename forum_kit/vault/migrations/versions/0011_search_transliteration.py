"""Search folds by transliteration: a contentless FTS5 index of folded text beside the people and
grievance indexes (``lukasz`` finds Łukasz, ``strasse`` Straße, ``ivan`` Иван), kept by triggers
that call ``forum_kit_fold`` (``forum_kit.text_fold``), and filled here for the rows a vault holds.

Only rows that need it are indexed (a name the accent fold already turns into ASCII adds nothing),
and each such row is indexed whole, so that every word of a query can match in the folded index.
The original indexes are unchanged: a name typed as written (Arabic, CJK, Cyrillic) still finds
itself there. The update triggers fire only when an indexed column changes (not when the history
triggers set a contact's current level or last contact).

Revision ID: 0011_search_transliteration
Revises: 0010_contacts_name_index
"""

from __future__ import annotations

from alembic import op

from forum_kit.text_fold import SQL_FUNCTION, register

revision = "0011_search_transliteration"
down_revision = "0010_contacts_name_index"
branch_labels = None
depends_on = None

FOLD_TABLES = {
    "contacts_fold_fts": (
        "contacts",
        ["first_name", "last_name", "job_title", "shift", "language", "notes"],
    ),
    "grievances_fold_fts": (
        "grievances",
        ["number", "title", "who", "what", "where", "why", "remedy"],
    ),
}


def _fold_call(prefix: str, cols: list[str]) -> str:
    return f"{SQL_FUNCTION}(" + ", ".join(f'{prefix}"{c}"' for c in cols) + ")"


def _create(name: str, table: str, cols: list[str]) -> None:
    new, old = _fold_call("new.", cols), _fold_call("old.", cols)
    old_cols = ", ".join(f'"{c}"' for c in cols)
    # A contentless table (the text is in the row's own table); a row leaves it by FTS5's
    # 'delete' command with the folded text it was indexed with, which the deterministic
    # function gives again (contentless_delete=1 would need SQLite 3.43; the benchmarks' plain
    # baseline runs the stdlib's 3.40).
    op.execute(
        f"CREATE VIRTUAL TABLE {name} USING fts5(fold, content='', "
        f"tokenize='unicode61 remove_diacritics 2')"
    )
    op.execute(
        f"CREATE TRIGGER {name}_ai AFTER INSERT ON {table} WHEN {new} <> '' BEGIN "
        f"INSERT INTO {name}(rowid, fold) VALUES (new.id, {new}); END"
    )
    op.execute(
        f"CREATE TRIGGER {name}_au AFTER UPDATE OF {old_cols} ON {table} BEGIN "
        f"INSERT INTO {name}({name}, rowid, fold) SELECT 'delete', old.id, {old} "
        f"WHERE {old} <> ''; "
        f"INSERT INTO {name}(rowid, fold) SELECT new.id, {new} WHERE {new} <> ''; END"
    )
    op.execute(
        f"CREATE TRIGGER {name}_ad AFTER DELETE ON {table} WHEN {old} <> '' BEGIN "
        f"INSERT INTO {name}({name}, rowid, fold) VALUES ('delete', old.id, {old}); END"
    )
    op.execute(
        f"INSERT INTO {name}(rowid, fold) SELECT id, f FROM "
        f"(SELECT id, {_fold_call('', cols)} AS f FROM {table}) WHERE f <> ''"
    )


def upgrade() -> None:
    # the models' import registers the function on every pooled connection; this one may have
    # been made before (a migration test), and registering twice is harmless
    register(op.get_bind().connection.dbapi_connection)
    for name, (table, cols) in FOLD_TABLES.items():
        _create(name, table, cols)


def downgrade() -> None:
    for name in FOLD_TABLES:
        for suffix in ("ai", "au", "ad"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}_{suffix}")
        op.execute(f"DROP TABLE IF EXISTS {name}")
