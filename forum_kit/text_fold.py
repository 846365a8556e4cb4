"""Transliteration folding for search: what a steward types on an ASCII keyboard finds the name as
written (``lukasz`` -> Łukasz, ``yilmaz`` -> Yılmaz, ``oyvind`` -> Øyvind, ``strasse`` -> Straße,
``ivan`` -> Иван, ``wang`` -> 王伟), while the name as written still finds itself.

FTS5's ``unicode61`` tokenizer folds case and accents only: letters that do not decompose (Ł, ı,
Ø, ß) and other scripts stay as they are. This module owns the fold (``anyascii``, a maintained
transliteration table, pinned in pyproject) and the SQL function ``forum_kit_fold`` that revision
0011's triggers call to keep a second, contentless index of folded text beside each search index.
The function is registered on every pooled connection of every engine as soon as the models are
imported (``forum_kit.models`` imports this module), which is before any vault is opened."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Sequence
from typing import Any

from anyascii import anyascii
from sqlalchemy import event
from sqlalchemy.pool import Pool

SQL_FUNCTION = "forum_kit_fold"


def _is_syllable_script(ch: str) -> bool:
    # One character is one syllable in Han and Hangul: spaced out, each reads as the word a
    # steward types (王伟 -> "wang wei", 김민준 -> "gim min jun"), not one run "wangwei".
    code = ord(ch)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0xF900 <= code <= 0xFAFF
        or 0x20000 <= code <= 0x2FA1F
        or 0xAC00 <= code <= 0xD7A3
    )


# the ranges of _is_syllable_script, for a search of a whole text at once
_SYLLABLES = re.compile(
    "[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff\U00020000-\U0002fa1f\uac00-\ud7a3]"
)


def needs_transliteration(text: str) -> bool:
    """Whether ``text`` holds a letter the accent fold alone leaves outside ASCII."""
    if text.isascii():
        return False
    decomposed = unicodedata.normalize("NFKD", text)
    return any(not ch.isascii() and not unicodedata.combining(ch) for ch in decomposed)


def transliterate(text: str) -> str:
    """``text`` in ASCII letters, lower case, syllable scripts spaced (``Łukasz`` -> ``lukasz``)."""
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFC", text)
    if not _SYLLABLES.search(text):
        # the table maps each character alone: the whole text at once is the same, and about
        # twice as fast as a call per character (a committee copy folds thousands of names)
        return anyascii(text).lower()
    parts: list[str] = []
    for ch in text:
        if ch.isascii():
            parts.append(ch)
        elif _is_syllable_script(ch):
            parts.append(f" {anyascii(ch)} ")
        else:
            parts.append(anyascii(ch))
    return "".join(parts).lower()


def index_fold(*values: Any) -> str:
    """What the folded index holds for one row: the whole row transliterated when any of it
    needs it (so that every word of a query can match in the folded index alone), else ''."""
    texts = [v for v in values if isinstance(v, str) and v]
    if not any(needs_transliteration(t) for t in texts):
        return ""
    return " ".join(transliterate(t) for t in texts)


def index_folds(columns: Sequence[Sequence[Any]]) -> list[tuple[int, str]]:
    """``index_fold`` of many rows at once, given column by column (each column a sequence of
    the rows' values, in the order ``index_fold`` takes them): (row position, fold) for each row
    whose fold is not ''. A bulk write's equal of revision 0011's insert trigger: each distinct
    value is checked and transliterated once (a chart repeats its jobs, shifts and first names;
    the trigger called back into Python for every row, a quarter of a 100k-row import)."""
    flagged: set[int] = set()
    for column in columns:
        try:
            joined = "".join(filter(None, column))
        except TypeError:  # a value that is not text, which index_fold leaves out
            joined = "".join(v for v in column if isinstance(v, str))
        if joined.isascii():
            continue  # the common case, checked at C speed
        # A text needs transliteration when one of its characters does (its decomposition is
        # that of its characters, reordered), so the column's few distinct characters decide.
        needing = [ch for ch in set(joined) if not ch.isascii() and needs_transliteration(ch)]
        if needing:
            search = re.compile("[" + "".join(map(re.escape, needing)) + "]").search
            try:
                found = list(map(search, column))
            except TypeError:  # None, or another value that is not text
                found = [search(v) if isinstance(v, str) else None for v in column]
            flagged.update(itertools.compress(itertools.count(), found))
    if not flagged:
        return []
    folded = _Folded()
    order = sorted(flagged)
    rows = zip(*([column[i] for i in order] for column in columns), strict=True)
    # a row may still fold to '' (a zero-width space transliterates to nothing): not indexed
    folds = (
        (i, " ".join([f for f in map(folded.__getitem__, row) if f is not None]))
        for i, row in zip(order, rows, strict=True)
    )
    return [(i, fold) for i, fold in folds if fold]


class _Folded(dict):
    """``folded[v]``: ``transliterate(v)``, or None for a value ``index_fold`` leaves out (not
    text, or empty); made once per distinct value."""

    def __missing__(self, value: Any) -> str | None:
        text = transliterate(value) if isinstance(value, str) and value else None
        self[value] = text
        return text


def register(dbapi_connection: Any) -> None:
    """Make ``forum_kit_fold(...)`` callable on one DB-API connection (sqlite3 or sqlcipher3)."""
    dbapi_connection.create_function(SQL_FUNCTION, -1, index_fold, deterministic=True)


@event.listens_for(Pool, "connect")
def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    # Every pool of every engine: the triggers of revision 0011 call the function on each write
    # of a contact or a grievance, so a connection without it could not save one.
    register(dbapi_connection)
