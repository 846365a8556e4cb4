"""Read models for screens and documents: frozen row dataclasses filled by SQLAlchemy Core queries
(never live ORM objects). This package module also owns the one function that turns a user's
search text into a safe FTS5 match expression, shared by the people filter and global search, and
``WITHHELD``, the words that stand for a person marked sensitive in documents and exports."""

from __future__ import annotations

import unicodedata

MAX_TOKENS = 16
# what stands for a person marked sensitive in anything that leaves the vault (documents, exports)
WITHHELD = "(name withheld: sensitive contact)"


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
