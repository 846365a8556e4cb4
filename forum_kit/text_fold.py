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

import re
import unicodedata
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
        # the table maps each character alone: the whole text at once is the same, and twice as
        # faster than a call per character (a committee copy folds thousands of names)
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


def register(dbapi_connection: Any) -> None:
    """Make ``forum_kit_fold(...)`` callable on one DB-API connection (sqlite3 or sqlcipher3)."""
    dbapi_connection.create_function(SQL_FUNCTION, -1, index_fold, deterministic=True)


@event.listens_for(Pool, "connect")
def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    # Every pool of every engine: the triggers of revision 0011 call the function on each write
    # of a contact or a grievance, so a connection without it could not save one.
    register(dbapi_connection)
