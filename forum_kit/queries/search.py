"""Global search across people, conversations, grievances (FTS5 with snippets, prefix matching,
diacritics folded) and area names; any user text is made safe by ``queries.fts_match``.

Names, grievances and areas also fold by transliteration (``lukasz`` finds Łukasz, ``strasse``
Straße, ``ivan`` Иван: ``forum_kit.text_fold``) through the folded indexes of revision 0011, and
a query typed with such letters also finds the name spelt in ASCII; one-on-one notes (a million
in a large vault) fold case and accents, and find the ASCII spelling of a word typed with them."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.errors import InvalidInput
from forum_kit.i18n import _
from forum_kit.queries import MAX_TOKENS, fts_either, fts_fold_match, fts_match, fts_tokens
from forum_kit.queries.people import full_name
from forum_kit.text_fold import transliterate

# Marks around the matched words in snippets; the UI may render them as bold.
MARK_OPEN = "["
MARK_CLOSE = "]"
ELLIPSIS = "…"
SNIPPET_TOKENS = 12

# Ranking (bm25) scores every row the match finds: a common word in a big vault matches hundreds
# of thousands of notes (3.7 s measured on the reference vault). So nothing here ranks more than
# RANK_WINDOW rows, notes are never ranked (newest first instead), and the whole words as typed
# are tried before prefixes, because a prefix ("rota"*) makes FTS5 merge the full doclist of every
# word it covers (5-50 ms), while whole words stream (0.1-0.7 ms) and stop at the LIMIT.
RANK_WINDOW = 100
# A note prefix shorter than this ("o"*, "ni"*) covers most of the vocabulary: such a word is
# matched whole in notes (people and grievances, being far fewer rows, still take it as a prefix).
NOTE_PREFIX_MIN = 3

_PEOPLE_IDS_SQL = sa.text(
    "SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH :q ORDER BY rowid LIMIT :w"
)
# rows found only by their transliterated words (no snippet: the words matched are not shown)
_PEOPLE_FOLD_IDS_SQL = sa.text(
    "SELECT rowid FROM contacts_fold_fts WHERE contacts_fold_fts MATCH :q ORDER BY rowid LIMIT :w"
)
_PEOPLE_BY_ID_SQL = sa.text(
    "SELECT id, first_name, last_name, sensitive FROM contacts WHERE id IN :ids ORDER BY id"
).bindparams(sa.bindparam("ids", expanding=True))
_GRIEVANCES_FOLD_SQL = sa.text(
    """
    SELECT g.id, g.number, g.title, g.sensitive FROM grievances_fold_fts f
    JOIN grievances g ON g.id = f.rowid
    WHERE grievances_fold_fts MATCH :q ORDER BY g.id LIMIT :n
    """
)
_PEOPLE_SQL = sa.text(
    f"""
    SELECT c.id, c.first_name, c.last_name, c.sensitive,
           snippet(contacts_fts, -1, :o, :c, :e, {SNIPPET_TOKENS}) AS snip
    FROM contacts_fts JOIN contacts c ON c.id = contacts_fts.rowid
    WHERE contacts_fts MATCH :q AND contacts_fts.rowid BETWEEN :lo AND :hi
    ORDER BY rank, c.id LIMIT :n
    """
)
_CONVERSATIONS_SQL = sa.text(
    f"""
    SELECT v.id, v.contact_id, v.held_on, v.sensitive, c.first_name, c.last_name,
           snippet(conversations_fts, -1, :o, :c, :e, {SNIPPET_TOKENS}) AS snip
    FROM conversations_fts JOIN conversations v ON v.id = conversations_fts.rowid
    JOIN contacts c ON c.id = v.contact_id
    WHERE conversations_fts MATCH :q ORDER BY conversations_fts.rowid DESC LIMIT :n
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
    if text.isascii():  # most names: nothing to decompose
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _areas(session: Session, tokens: list[str], limit: int) -> tuple[SearchHit, ...]:
    # Few rows: fold in Python, because SQLite's LIKE folds ASCII case only. A word matches an
    # area's name as written (accents folded) or transliterated (``strasse`` -> Hauptstraße).
    wanted = [(fold(t), transliterate(t)) for t in tokens]
    hits = []
    rows = session.execute(
        sa.text(
            "SELECT a.id, a.name, w.name AS wp FROM areas a JOIN workplaces w "
            "ON w.id = a.workplace_id ORDER BY a.name COLLATE NOCASE, a.id"
        )
    )
    for r in rows:
        name, spelt = fold(r.name), transliterate(r.name)
        if all(w in name or t in spelt for w, t in wanted):
            hits.append(SearchHit("areas", r.id, r.name, r.wp, None))
            if len(hits) >= limit:
                break
    return tuple(hits)


def _expression(tokens: list[str], *, prefix_min: int | None) -> str:
    # fts_tokens splits on double quotes, so quoting makes each token a plain word.
    if prefix_min is None:
        return " ".join(f'"{tok}"' for tok in tokens)
    return " ".join(f'"{tok}"*' if len(tok) >= prefix_min else f'"{tok}"' for tok in tokens)


def _people(session: Session, whole: tuple[str, str | None], prefixed: tuple[str, str | None],
            params: dict) -> tuple[SearchHit, ...]:
    """Best-ranked people among at most RANK_WINDOW matches (whole words first, see above), then
    those found only by the transliteration of their name (``lukasz`` -> Łukasz)."""
    n = params["n"]
    ids: list[int] = []
    folded_ids: list[int] = []
    match = whole[0]
    for match, folded in (whole, prefixed):
        ids = list(session.execute(
            _PEOPLE_IDS_SQL, {"q": fts_either(match, folded), "w": RANK_WINDOW}).scalars())
        folded_ids = list(session.execute(
            _PEOPLE_FOLD_IDS_SQL, {"q": folded or match, "w": RANK_WINDOW}).scalars())
        if len(set(ids) | set(folded_ids)) >= n:
            break
    hits: list[SearchHit] = []
    if ids:
        rows = session.execute(_PEOPLE_SQL, {**params, "q": fts_either(match, folded),
                                             "lo": ids[0], "hi": ids[-1]})
        hits = [
            SearchHit("people", r.id, full_name(r.first_name, r.last_name), r.snip, r.id,
                      bool(r.sensitive))
            for r in rows
        ]
    seen = {h.id for h in hits}
    only_folded = [i for i in folded_ids if i not in seen][: max(0, n - len(hits))]
    if only_folded:
        for r in session.execute(_PEOPLE_BY_ID_SQL, {"ids": only_folded}):
            name = full_name(r.first_name, r.last_name)
            hits.append(SearchHit("people", r.id, name, name, r.id, bool(r.sensitive)))
    return tuple(hits)


def _conversations(session: Session, whole: str, prefixed: str,
                   params: dict) -> tuple[SearchHit, ...]:
    # ``whole`` and ``prefixed`` already match the words as typed or transliterated (fts_either)
    """The newest notes that match: the most recently written, shown by date held."""
    rows: list = []
    for match in dict.fromkeys((whole, prefixed)):
        rows = session.execute(_CONVERSATIONS_SQL, {**params, "q": match}).all()
        if len(rows) >= params["n"]:
            break
    rows.sort(key=lambda r: (str(r.held_on), r.id), reverse=True)
    return tuple(
        SearchHit(
            "conversations", r.id,
            f"{full_name(r.first_name, r.last_name)}, {r.held_on}", r.snip, r.contact_id,
            bool(r.sensitive),
        )
        for r in rows
    )


def search(session: Session, text: str, *, limit_per_kind: int = 50) -> SearchResults:
    """What matches every word of ``text`` (each also as a prefix), grouped by kind.

    People come best-ranked first (bm25 over at most ``RANK_WINDOW`` matches), notes newest
    first, grievances best-ranked, areas by name; each kind holds at most ``limit_per_kind``.
    Words as typed are matched whole first; only when that finds fewer than a full page of a
    kind is the search widened to words starting with them (see ``RANK_WINDOW``).
    """
    n = limit_per_kind
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise InvalidInput(_("The search limit must be a whole number, 1 or more."))
    if text is None:
        return SearchResults()
    if not isinstance(text, str):
        raise InvalidInput(_("Search text must be text."))
    match = fts_match(text)
    if match is None:
        return SearchResults()
    tokens = fts_tokens(text)[:MAX_TOKENS]
    spelt = fts_tokens(transliterate(" ".join(tokens)))[:MAX_TOKENS]
    whole = _expression(tokens, prefix_min=None)
    whole_spelt = _expression(spelt, prefix_min=None)
    folded = fts_fold_match(text)
    params = {"n": limit_per_kind, "o": MARK_OPEN, "c": MARK_CLOSE, "e": ELLIPSIS}
    people = _people(session, (whole, None if whole_spelt == whole else whole_spelt),
                     (match, folded), params)
    note_match = _expression(tokens, prefix_min=NOTE_PREFIX_MIN)
    note_spelt = _expression(spelt, prefix_min=NOTE_PREFIX_MIN)
    conversations = _conversations(
        session, fts_either(whole, None if whole_spelt == whole else whole_spelt),
        fts_either(note_match, None if note_spelt == note_match else note_spelt), params)
    grievances = [
        SearchHit("grievances", r.id, f"{r.number} {r.title}", r.snip, None, bool(r.sensitive))
        for r in session.execute(_GRIEVANCES_SQL, {**params, "q": fts_either(match, folded)})
    ]
    seen = {h.id for h in grievances}
    for r in session.execute(_GRIEVANCES_FOLD_SQL, {"q": folded or match, "n": limit_per_kind}):
        if r.id not in seen and len(grievances) < limit_per_kind:
            title = f"{r.number} {r.title}"
            grievances.append(SearchHit("grievances", r.id, title, r.title, None,
                                        bool(r.sensitive)))
    areas = _areas(session, tokens, limit_per_kind)
    return SearchResults(people, conversations, tuple(grievances), areas)
