"""Global search across people, conversations, grievances (FTS5 with snippets, prefix matching,
diacritics folded) and area names; any user text is made safe by ``queries.fts_match``."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.errors import InvalidInput
from forum_kit.queries import fts_match, fts_tokens
from forum_kit.queries.people import full_name

# Marks around the matched words in snippets; the UI may render them as bold.
MARK_OPEN = "["
MARK_CLOSE = "]"
ELLIPSIS = "…"
SNIPPET_TOKENS = 12

_PEOPLE_SQL = sa.text(
    f"""
    SELECT c.id, c.first_name, c.last_name, c.sensitive,
           snippet(contacts_fts, -1, :o, :c, :e, {SNIPPET_TOKENS}) AS snip
    FROM contacts_fts JOIN contacts c ON c.id = contacts_fts.rowid
    WHERE contacts_fts MATCH :q ORDER BY rank, c.id LIMIT :n
    """
)
_CONVERSATIONS_SQL = sa.text(
    f"""
    SELECT v.id, v.contact_id, v.held_on, v.sensitive, c.first_name, c.last_name,
           snippet(conversations_fts, -1, :o, :c, :e, {SNIPPET_TOKENS}) AS snip
    FROM conversations_fts JOIN conversations v ON v.id = conversations_fts.rowid
    JOIN contacts c ON c.id = v.contact_id
    WHERE conversations_fts MATCH :q ORDER BY rank, v.id LIMIT :n
    """
)
_GRIEVANCES_SQL = sa.text(
    f"""
    SELECT g.id, g.number, g.title, g.sensitive,
           snippet(grievances_fts, -1, :o, :c, :e, {SNIPPET_TOKENS}) AS snip
    FROM grievances_fts JOIN grievances g ON g.id = grievances_fts.rowid
    WHERE grievances_fts MATCH :q ORDER BY rank, g.id LIMIT :n
    """
)


@dataclass(frozen=True)
class SearchHit:
    kind: str
    id: int
    title: str
    snippet: str
    contact_id: int | None
    sensitive: bool = False


@dataclass(frozen=True)
class SearchResults:
    people: tuple[SearchHit, ...] = field(default_factory=tuple)
    conversations: tuple[SearchHit, ...] = field(default_factory=tuple)
    grievances: tuple[SearchHit, ...] = field(default_factory=tuple)
    areas: tuple[SearchHit, ...] = field(default_factory=tuple)

    @property
    def total(self) -> int:
        return len(self.people) + len(self.conversations) + len(self.grievances) + len(self.areas)

    def __bool__(self) -> bool:
        return self.total > 0


def fold(text: str) -> str:
    """Case and diacritics folded, as the FTS index does (``Şêrko`` -> ``serko``)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _areas(session: Session, tokens: list[str], limit: int) -> tuple[SearchHit, ...]:
    # Few rows: fold in Python, because SQLite's LIKE folds ASCII case only.
    wanted = [fold(t) for t in tokens]
    hits = []
    rows = session.execute(
        sa.text(
            "SELECT a.id, a.name, w.name AS wp FROM areas a JOIN workplaces w "
            "ON w.id = a.workplace_id ORDER BY a.name COLLATE NOCASE, a.id"
        )
    )
    for r in rows:
        name = fold(r.name)
        if all(w in name for w in wanted):
            hits.append(SearchHit("areas", r.id, r.name, r.wp, None))
            if len(hits) >= limit:
                break
    return tuple(hits)


def search(session: Session, text: str, *, limit_per_kind: int = 50) -> SearchResults:
    n = limit_per_kind
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise InvalidInput("The search limit must be a whole number, 1 or more.")
    if text is None:
        return SearchResults()
    if not isinstance(text, str):
        raise InvalidInput("Search text must be text.")
    match = fts_match(text)
    if match is None:
        return SearchResults()
    params = {"q": match, "n": limit_per_kind, "o": MARK_OPEN, "c": MARK_CLOSE, "e": ELLIPSIS}
    people = tuple(
        SearchHit("people", r.id, full_name(r.first_name, r.last_name), r.snip, r.id,
                  bool(r.sensitive))
        for r in session.execute(_PEOPLE_SQL, params)
    )
    conversations = tuple(
        SearchHit(
            "conversations", r.id,
            f"{full_name(r.first_name, r.last_name)}, {r.held_on}", r.snip, r.contact_id,
            bool(r.sensitive),
        )
        for r in session.execute(_CONVERSATIONS_SQL, params)
    )
    grievances = tuple(
        SearchHit("grievances", r.id, f"{r.number} {r.title}", r.snip, None, bool(r.sensitive))
        for r in session.execute(_GRIEVANCES_SQL, params)
    )
    areas = _areas(session, fts_tokens(text)[:16], limit_per_kind)
    return SearchResults(people, conversations, grievances, areas)
