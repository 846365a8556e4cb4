"""Read models for screens and documents: frozen row dataclasses filled by SQLAlchemy Core queries
(never live ORM objects). This package module also owns the functions that turn a user's search
text into safe FTS5 match expressions (as typed, and transliterated by ``forum_kit.text_fold``),
shared by the people filter and global search, and ``WITHHELD``, the words that stand for a
person marked sensitive in documents and exports."""

from __future__ import annotations

import unicodedata

import sqlalchemy as sa

from forum_kit.i18n import N_
from forum_kit.text_fold import transliterate

MAX_TOKENS = 16
# what stands for a person marked sensitive in anything that leaves the vault (documents, exports)
WITHHELD = N_("(name withheld: sensitive contact)")


def _is_token_char(ch: str) -> bool:
    # As FTS5's unicode61 tokenizer: letters, numbers, marks and private use are token characters;
    # everything else (quotes, *, -, apostrophes, _) separates, so quoting a token changes nothing.
    return unicodedata.category(ch)[0] in "LNM" or unicodedata.category(ch) == "Co"


def fts_tokens(text: str) -> list[str]:
    """Split ``text`` into the words the search index would see."""
    tokens: list[str] = []
    current: list[str] = []
    for ch in unicodedata.normalize("NFKC", text):
        if _is_token_char(ch):
            current.append(ch)
        elif current:
            tokens.append("".join(current))
            current = []
    if current:
        tokens.append("".join(current))
    return tokens


def fts_match(text: str | None) -> str | None:
    """A prefix-matching FTS5 expression that ANDs every word of ``text``, or None if no words.

    Each word is wrapped in double quotes and followed by ``*``, so FTS5 operators typed by the
    user (AND, OR, NOT, NEAR, ``-``, ``"``, ``*``, ``:``) are plain words and never raise."""
    if not text or not isinstance(text, str):
        return None
    tokens = fts_tokens(text)[:MAX_TOKENS]
    if not tokens:
        return None
    return " ".join(f'"{tok}"*' for tok in tokens)


def fts_fold_match(text: str | None) -> str | None:
    """``fts_match`` of ``text`` transliterated (``Łukasz`` -> ``"lukasz"*``), or None when that
    is the same expression (plain ASCII words need no second one)."""
    match = fts_match(text)
    if match is None:
        return None
    folded = fts_match(transliterate(" ".join(fts_tokens(text)[:MAX_TOKENS])))
    return None if folded == match else folded


def fts_either(match: str, folded: str | None) -> str:
    """One expression matching the words as typed or as transliterated."""
    return match if folded is None else f"({match}) OR ({folded})"


def fts_match_ids(fts_table: str, fold_table: str, text: str | None) -> sa.Select | None:
    """The rowids whose words match ``text`` as typed or transliterated: in ``fts_table`` (the
    words as written, accents folded) or in its folded companion (revision 0011), or None when
    ``text`` has no words. Table names are the code's constants, never user text."""
    match = fts_match(text)
    if match is None:
        return None
    folded = fts_fold_match(text)
    written = sa.select(sa.column("rowid")).select_from(sa.table(fts_table)).where(
        sa.text(f"{fts_table} MATCH :fts_q").bindparams(fts_q=fts_either(match, folded)))
    transliterated = sa.select(sa.column("rowid")).select_from(sa.table(fold_table)).where(
        sa.text(f"{fold_table} MATCH :fts_f").bindparams(fts_f=folded or match))
    return sa.union(written, transliterated)
