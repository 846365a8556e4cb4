"""A committee copy's fast paths give exactly what the plain ones give, and refuse what they
refused: the uid check without its regular expression, tag links sorted as integers against
pairs of ids, the per-column checks (which now learn from the column's types whether it holds a
NULL) against a cell-by-cell reference, the INSERT that binds 0 for the NULLs of a text or id
column against binding None, and the records a copy is written from, read column by column,
against the row loop they replaced."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from forum_kit.committee import copydb
from forum_kit.committee.errors import ExchangeInvalid
from forum_kit.committee.kinds import Column

# the uid check before it became a translate; kept here as the reference
UID_REGEX = re.compile(r"(?:[0-9a-f]{32}\n)*[0-9a-f]{32}")
UID = "0123456789abcdef" * 2

uid_like = st.one_of(
    st.text(alphabet="0123456789abcdef", min_size=32, max_size=32),
    st.text(alphabet="0123456789abcdefABCDEFg \n٣", min_size=30, max_size=34),
    st.none(),
    st.integers(),
)


def regex_uids(keys: list) -> bool:
    if not keys or not all(isinstance(k, str) for k in keys):
        return False
    return UID_REGEX.fullmatch("\n".join(keys)) is not None


@settings(max_examples=300, deadline=None)
@given(st.lists(uid_like, max_size=6))
@example([UID])
@example([UID.upper()])
@example([UID[:31] + "\n"])
@example([UID[:31] + "٣"])  # a digit, but not an ASCII one
@example([UID, UID[:-1] + "g"])
@example([UID + "0"])
@example([None])
@example([])
def test_uid_check_equals_the_regex(keys: list) -> None:
    assert copydb.all_uids(keys) is regex_uids(keys)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(1, copydb.MAX_ROWS), st.integers(1, copydb.MAX_ROWS)),
        max_size=40,
    )
)
@example([(copydb.MAX_ROWS, 1), (1, copydb.MAX_ROWS), (1, copydb.MAX_ROWS)])
def test_link_pairs_as_integers_equal_sorted_tuples(pairs: list[tuple[int, int]]) -> None:
    packed, bits = copydb.link_pairs([a for a, _ in pairs], [b for _, b in pairs])
    mask = (1 << bits) - 1
    assert [(p >> bits, p & mask) for p in packed] == sorted(set(pairs))


@pytest.mark.parametrize("top", [1, 13, 2**30, copydb.MAX_ROWS])
def test_link_pairs_split_again_in_sql(top: int) -> None:
    """The INSERT splits each integer again, in the order given (rowids follow it)."""
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE t (a INTEGER, b INTEGER)")
    owners, targets = [3, 1, 3, copydb.MAX_ROWS], [top, 1, top, top]
    pairs, bits = copydb.link_pairs(owners, targets)
    db.execute(*copydb.link_insert("t", "a", "b", pairs, bits))
    assert db.execute("SELECT a, b FROM t ORDER BY rowid").fetchall() == [
        (1, 1),
        (3, top),
        (copydb.MAX_ROWS, top),
    ]
    db.execute(*copydb.link_insert("t", "a", "b", [], 1))
    assert db.execute("SELECT count(*) FROM t").fetchone() == (3,)


# ------------------------------------------------------------------------ per-column checks

COLUMNS = {
    "text": Column("t", "text", True, limit=5),
    "text!": Column("t", "text", False, limit=5),
    "int": Column("i", "int", True),
    "int!": Column("i", "int", False),
    "bool": Column("b", "bool", True),
    "enum": Column("e", "enum", True, values=frozenset({"x", "y"})),
    "date": Column("d", "date", True),
    "datetime": Column("dt", "datetime", True),
}
cell = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**63), 2**63),
    st.sampled_from(["", "x", "y", "abcde", "abcdef", "a\0b", "2024-02-29", "2023-02-29"]),
    st.sampled_from(["2024-05-01T10:00:00", "2024-05-01 10:00:00.5", "yesterday"]),
    st.floats(allow_nan=False),
    st.lists(st.none(), max_size=1),
)


def reference_check(col: Column, values: list) -> tuple[list, bool] | None:
    """Each cell on its own, as a careful reader checks it; None when the column is refused."""
    out = []
    for v in values:
        if v is None:
            if not col.nullable:
                return None
            out.append(None)
            continue
        if col.type == "text":
            if type(v) is not str or "\0" in v or len(v) > (col.limit or 0):
                return None
        elif col.type == "int":
            if type(v) is not int or not -(2**62) < v < 2**62:
                return None
        elif col.type == "bool":
            if type(v) is not bool:
                return None
            v = int(v)
        elif col.type == "enum":
            if type(v) is not str or v not in col.values:
                return None
        elif col.type == "date":
            if type(v) is not str or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                return None
            try:
                dt.date.fromisoformat(v)
            except ValueError:
                return None
        elif col.type == "datetime":
            if type(v) is not str or len(v) > 32:
                return None
            try:
                v = dt.datetime.fromisoformat(v).strftime("%Y-%m-%d %H:%M:%S.%f")
            except ValueError:
                return None
        out.append(v)
    return out, None in values


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(sorted(COLUMNS)), st.lists(cell, max_size=6))
@example("text!", ["abc", None])
@example("int!", [1, None])
@example("text", ["abc", 5])
@example("text", [None, 5])
@example("bool", [True, 1])
@example("text", ["a\0b"])
@example("text", ["abcdef"])
def test_column_checks_equal_the_cell_by_cell_reference(name: str, values: list) -> None:
    col = COLUMNS[name]
    expected = reference_check(col, values)
    if expected is None:
        with pytest.raises(ExchangeInvalid):
            copydb._check_column(col, tuple(values), "kind")
    else:
        got, nulls = copydb._check_column(col, tuple(values), "kind")
        assert (list(got), nulls) == expected


# --------------------------------------------------------------------- NULLs bound as zero


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.one_of(st.none(), st.text(max_size=3)),
            st.one_of(st.none(), st.integers(1, 1000)),
            st.one_of(st.none(), st.integers(-2, 2)),
        ),
        min_size=1,
        max_size=8,
    )
)
def test_nulls_bound_as_zero_read_back_as_null(rows: list[tuple]) -> None:
    """Text and id columns with NULLs go through NULLIF(?, 0); a number column that may hold 0
    is bound as it is: each reads back exactly as plain binding writes it."""
    names = ["id", "t", "r", "n"]
    columns = [range(1, len(rows) + 1), *map(list, zip(*rows, strict=True))]
    zeroed = {n for n, c in zip(names[1:3], columns[1:3], strict=True) if None in c}
    fast, bound = copydb._insert("t", names, columns, zeroed)
    plain, plain_bound = copydb._insert("t", names, columns)
    got = []
    for sql, params in ((fast, bound), (plain, plain_bound)):
        db = sqlite3.connect(":memory:")
        db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, t TEXT, r INTEGER, n INTEGER)")
        db.executemany(sql, zip(*params, strict=True))
        got.append(db.execute("SELECT id, t, r, n, typeof(t), typeof(r) FROM t").fetchall())
    assert got[0] == got[1]
    assert [row[1:4] for row in got[0]] == rows


# ---------------------------------------------------------------------------- a whole file


def _row(kind_name: str, **given: object) -> list:
    """A valid row of ``kind_name`` (values by column type), with ``given`` values in place."""
    from forum_kit.committee.kinds import KINDS

    kind = KINDS[kind_name]
    sample = {
        "text": "x",
        "int": 1,
        "bool": False,
        "date": "2024-01-01",
        "datetime": "2024-01-01T09:00:00",
    }
    out = []
    for name in kind.header:
        col = next((c for c in kind.columns if c.name == name), None)
        if name in given:
            out.append(given[name])
        elif col is None:
            out.append([] if any(link.key == name for link in kind.links) else None)
        elif col.type == "enum":
            out.append(sorted(col.values)[0])
        else:
            out.append(sample[col.type])
    return out


@pytest.mark.parametrize("uid", [None, UID.upper(), 7, [UID]])
def test_a_record_without_a_uid_is_refused_whole(tmp_path, uid) -> None:
    """A null or malformed uid is the copy's format refusal, and no file is left behind."""
    from forum_kit.committee.kinds import KINDS

    chunks = [("workplaces", list(KINDS["workplaces"].header), [_row("workplaces", uid=uid)])]
    path = tmp_path / "copy.db"
    with pytest.raises(ExchangeInvalid):
        copydb.build_copy_db(path, bytearray(range(1, 33)), chunks, lenient=False)
    assert not path.exists()


def test_a_small_file_loads_with_nulls_and_links(tmp_path) -> None:
    """NULLs in a text column and in an optional reference, bound as zeros, read back NULL."""
    import sqlcipher3.dbapi2 as sqlcipher

    from forum_kit.committee.kinds import KINDS

    area_uid, other = "a" * 32, "b" * 32
    chunks = [
        ("workplaces", list(KINDS["workplaces"].header), [_row("workplaces", uid="f" * 32)]),
        (
            "areas",
            list(KINDS["areas"].header),
            [
                _row("areas", uid=area_uid, workplace="f" * 32, zone=None, parent=None),
                _row("areas", uid=other, workplace="f" * 32, zone="free", parent=area_uid),
            ],
        ),
    ]
    key = bytearray(range(32))
    path = tmp_path / "copy.db"
    counts = copydb.build_copy_db(path, bytearray(key), chunks, lenient=False)
    assert counts["areas"] == 2
    db = sqlcipher.connect(str(path))
    db.execute(f"PRAGMA key = \"x'{bytes(key).hex()}'\"")
    assert db.execute("SELECT uid, zone, parent_id FROM areas ORDER BY id").fetchall() == [
        (area_uid, None, None),
        (other, "free", 1),
    ]
    db.close()


def test_a_uid_given_twice_is_refused_whole(tmp_path) -> None:
    from forum_kit.committee.kinds import KINDS

    area = _row("areas", uid="a" * 32, workplace="f" * 32, parent=None)
    chunks = [
        ("workplaces", list(KINDS["workplaces"].header), [_row("workplaces", uid="f" * 32)]),
        ("areas", list(KINDS["areas"].header), [area, list(area)]),
    ]
    path = tmp_path / "copy.db"
    with pytest.raises(ExchangeInvalid, match="areas.uid"):
        copydb.build_copy_db(path, bytearray(range(1, 33)), chunks, lenient=False)
    assert not path.exists()
