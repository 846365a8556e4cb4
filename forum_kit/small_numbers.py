"""The small-numbers rule: a figure about fewer than a threshold of people can point at a person,
so whatever leaves the vault (bundles, briefings, roll-ups) shows it as "fewer than N", and no
total lets a reader subtract a hidden figure back out (ORGANISING.md, "Small numbers").

Owns the vault's threshold (default 5, kept in ``vault_meta``), the words a hidden figure is shown
with, and the protection of a tree of figures (a forum's areas under its total, or a council's
members under its sum). The protection, figure by figure:

- a count from 1 to threshold - 1 is hidden (0 is shown: it names nobody);
- an area of fewer than threshold people hides every figure of its row, and supporters are also
  hidden when the non-supporters (headcount minus supporters) are that few;
- in every group (a parent and its children, with the parent's own remainder as one more, unseen
  child) a hidden child of a shown, exact parent needs a hidden partner of at least threshold, so
  the hidden part can be worked out only as a sum that does not split; the smallest shown child is
  hidden with it, and when there is none the parent is hidden too;
- a parent whose own children are hidden in part is never derivable from the shown ones alone;
- a figure already unknown (hidden by the vault below) makes the sums above it lower bounds made
  of the shown parts only ("at least"), so no hidden part is ever added into a shown total.

The mutual-aid and time-bank figures (issue 19) travel as ``Protected`` values made by the same
rule: ``protect`` for a count of people, ``protect_measure`` for an amount about a group (hours,
money: withheld when the group is small), ``protect_total`` for a sum of protected parts (a lower
bound made of the shown parts when one is hidden).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from forum_kit.errors import InvalidInput
from forum_kit.i18n import _
from forum_kit.percent import share

if TYPE_CHECKING:  # the printed documents use the words without loading the database layer
    from sqlalchemy.orm import Session

__all__ = [
    "AT_LEAST",
    "COUNT_FIELDS",
    "DEFAULT_THRESHOLD",
    "EXACT",
    "QUALIFIERS",
    "UNDER",
    "WITHHELD",
    "Protected",
    "protect",
    "protect_measure",
    "protect_total",
    "THRESHOLD_KEY",
    "fewer_than",
    "get_threshold",
    "protect_counts",
    "protect_rows",
    "bound_fields",
    "protect_tree",
    "set_threshold",
    "shown",
    "sum_protected",
    "total_of",
]

THRESHOLD_KEY = "small_numbers_threshold"
DEFAULT_THRESHOLD = 5
MAX_THRESHOLD = 100
MIN_THRESHOLD = 2
# The additive counts of a figures row; each is protected through the tree on its own.
COUNT_FIELDS = (
    "headcount",
    "supporters",
    "committee_members",
    "one_on_ones_90d",
    "open_grievances",
)


def get_threshold(session: Session) -> int:
    """The vault's threshold (the default if never set)."""
    from forum_kit.models.meta import VaultMeta

    row = session.get(VaultMeta, THRESHOLD_KEY)
    if row is None:
        return DEFAULT_THRESHOLD
    try:
        value = int(row.value)
    except ValueError:
        return DEFAULT_THRESHOLD
    return value if _valid(value) else DEFAULT_THRESHOLD


def _valid(value: object, lowest: int = MIN_THRESHOLD) -> bool:
    return (
        isinstance(value, int) and not isinstance(value, bool) and lowest <= value <= MAX_THRESHOLD
    )


def _check(threshold: int, lowest: int = MIN_THRESHOLD) -> int:
    """A vault's threshold is 2 to 100; a protection asked for with 1 hides nothing (a test
    reading the counts themselves)."""
    if not _valid(threshold, lowest):
        raise InvalidInput(
            _("The small-numbers threshold must be a whole number from {low} to {high}.").format(
                low=MIN_THRESHOLD, high=MAX_THRESHOLD
            )
        )
    return threshold


def set_threshold(session: Session, value: int) -> int:
    """Set the vault's threshold (2 to 100); flushes, never commits."""
    from forum_kit.models.meta import VaultMeta

    _check(value)
    row = session.get(VaultMeta, THRESHOLD_KEY)
    if row is None:
        session.add(VaultMeta(key=THRESHOLD_KEY, value=str(value)))
    else:
        row.value = str(value)
    session.flush()
    return value


def fewer_than(threshold: int) -> str:
    """The words a hidden figure is shown with."""
    return _("fewer than {n}").format(n=threshold)


def at_least_words(text: str) -> str:
    """The words a lower bound is shown with (the sum of the parts shown)."""
    return _("at least {n}").format(n=text)


def shown(value: int | None, threshold: int, *, at_least: bool = False) -> str:
    """A figure as text: "fewer than N" when hidden, "at least N" for a lower bound, else the
    number (a sum whose every part was hidden is not shown at all)."""
    if value is None:
        if at_least:
            return _("hidden (parts of fewer than {n})").format(n=threshold)
        return fewer_than(threshold)
    return at_least_words(str(value)) if at_least else str(value)


def _small(value: int | None, threshold: int) -> bool:
    return value is None or 0 < value < threshold


def protect_tree(
    values: Sequence[int | None],
    parents: Sequence[int | None],
    threshold: int,
    *,
    forced: Sequence[bool] | None = None,
) -> tuple[list[bool], list[bool]]:
    """Which cells of one figure's tree to hide, and which shown cells are lower bounds.

    ``parents[i]`` is the index of cell i's parent (None for the root); a parent's value is the
    sum of its children's plus its own remainder. ``forced`` hides cells for reasons outside this
    figure (an area too small). Returns (hidden, at_least) per cell.
    """
    n = len(values)
    children: dict[int, list[int]] = {}
    for i, p in enumerate(parents):
        if p is not None:
            children.setdefault(p, []).append(i)
    # The remainder of each parent (its own part outside the listed children) is one more cell,
    # never shown but derivable when the parent and every child are shown.
    cells: list[int | None] = list(values)
    kids: dict[int, list[int]] = {}
    for p, ks in children.items():
        parts = [cells[k] for k in ks]
        rest = None
        if cells[p] is not None and all(v is not None for v in parts):
            rest = cells[p] - sum(v for v in parts if v is not None)  # type: ignore[operator]
        cells.append(max(rest, 0) if rest is not None else 0)
        kids[p] = [*ks, len(cells) - 1]
    hidden = [_small(v, threshold) for v in cells]
    if forced is not None:
        for i, f in enumerate(forced):
            hidden[i] = hidden[i] or f
    unknown_below = [False] * n
    # A parent over an unknown cell is a lower bound, made of its shown children only.
    for p in sorted(kids, key=lambda i: -_depth(parents, i)):
        unknown_below[p] = any((k < n and (values[k] is None or unknown_below[k])) for k in kids[p])
    # The remainder is never shown, so it counts as hidden; it is derivable only when the
    # parent and every other child are shown, which is when a small remainder needs a partner.
    for i in range(n, len(cells)):
        hidden[i] = True
    changed = True
    while changed:
        changed = False
        for p, ks in kids.items():
            if unknown_below[p]:
                continue
            nonzero = [k for k in ks if (cells[k] or 0) > 0]
            if hidden[p]:
                # A hidden parent must not be the sum of shown children.
                if nonzero and not any(hidden[k] for k in nonzero):
                    hidden[min(nonzero, key=lambda k: (cells[k], k))] = True
                    changed = True
                continue
            small = [k for k in nonzero if hidden[k] and (cells[k] or 0) < threshold]
            if not small or any(hidden[k] and (cells[k] or 0) >= threshold for k in nonzero):
                continue
            partners = [k for k in nonzero if not hidden[k]]
            if partners:
                hidden[min(partners, key=lambda k: (cells[k], k))] = True
            else:
                hidden[p] = True
            changed = True
    return hidden[:n], unknown_below


def _depth(parents: Sequence[int | None], i: int) -> int:
    depth = 0
    while parents[i] is not None:
        i = parents[i]  # type: ignore[assignment]
        depth += 1
    return depth


def lower_bound(values: Sequence[int | None], hidden: Sequence[bool], kids: Sequence[int]) -> int:
    """The sum of a parent's shown children: the honest figure when a part is unknown."""
    return sum(values[k] or 0 for k in kids if not hidden[k])


BOUND_FIELDS = (*COUNT_FIELDS, "target_members")


def bound_fields(value: object) -> set[str]:
    """The figures a row marks as lower bounds: a collection of names, or True for all."""
    if value is True:
        return set(BOUND_FIELDS)
    if not value or not isinstance(value, list | tuple | set | frozenset):
        return set()
    return {str(f) for f in value} & set(BOUND_FIELDS)


def protect_rows(rows: list[dict], parents: list[int | None], threshold: int) -> list[dict]:
    """Protect a figures table: ``rows`` are dicts with ``COUNT_FIELDS``, ``target_members``,
    ``supporters_pct`` and ``last_test_pct`` (counts may be None: hidden below, and
    ``at_least`` may name figures that are lower bounds from below); ``parents`` gives each
    row's parent row (None for the root). Returns new rows with hidden figures None,
    percentages recomputed from what is shown, and ``at_least`` naming the lower bounds."""
    n = len(rows)
    small_area = [_small(r["headcount"], threshold) for r in rows]
    forced = {f: list(small_area) for f in COUNT_FIELDS}
    for i, r in enumerate(rows):
        h, s = r["headcount"], r["supporters"]
        if h is not None and s is not None and _small(h - s, threshold):
            forced["supporters"][i] = True
    out = [dict(r) for r in rows]
    # A part that is itself a lower bound (from the tier below) makes every sum over it one.
    given = [bound_fields(r.get("at_least")) for r in rows]
    bounds = {f: [f in given[i] for i in range(n)] for f in BOUND_FIELDS}
    for f in BOUND_FIELDS:
        for i in range(n):
            p = parents[i]
            while bounds[f][i] and p is not None:
                bounds[f][p] = True
                p = parents[p]
    for _round in range(n + 1):
        hidden_by: dict[str, list[bool]] = {}
        for f in COUNT_FIELDS:
            hidden, at_least = protect_tree(
                [r[f] for r in rows], parents, threshold, forced=forced[f]
            )
            hidden_by[f] = hidden
            for i in range(n):
                bounds[f][i] = bounds[f][i] or at_least[i]
        # A hidden headcount hides its row (the area is then as good as too small).
        grown = False
        for i in range(n):
            if hidden_by["headcount"][i]:
                for f in COUNT_FIELDS:
                    if not forced[f][i]:
                        forced[f][i] = True
                        grown = True
        if not grown:
            break
    children: dict[int, list[int]] = {}
    for i, p in enumerate(parents):
        if p is not None:
            children.setdefault(p, []).append(i)
    for i in range(n):
        row = out[i]
        for f in COUNT_FIELDS:
            if hidden_by[f][i]:
                row[f] = None
            elif bounds[f][i] and i in children:
                kids = children[i]
                bound = lower_bound([r[f] for r in rows], hidden_by[f], kids)
                # Nothing shown below: the sum is unknown, not zero.
                row[f] = bound if bound or not any(hidden_by[f][k] for k in kids) else None
        head_hidden = hidden_by["headcount"][i]
        if head_hidden:
            row["target_members"] = None
            row["last_test_pct"] = None
        elif bounds["target_members"][i] and i in children:
            row["target_members"] = sum(rows[k]["target_members"] or 0 for k in children[i])
        exact = not (bounds["headcount"][i] or bounds["supporters"][i])
        if row["headcount"] is None or row["supporters"] is None or not exact:
            row["supporters_pct"] = None
        else:
            row["supporters_pct"] = round(share(row["supporters"], row["headcount"]), 1)
        row["at_least"] = sorted(
            f for f in BOUND_FIELDS if bounds[f][i] and row[f] is not None and not head_hidden
        )
        # Hidden though not small (a small figure's partner, or in a small area's row): such a
        # figure reads "hidden", not "fewer than N", which would be untrue.
        row["hidden"] = sorted(
            f for f in (*COUNT_FIELDS, "target_members")
            if row[f] is None and rows[i][f] is not None and rows[i][f] >= threshold
        )
    return out


def protect_counts(
    counts: Sequence[tuple[str, int | None]], threshold: int
) -> list[tuple[str, int | None, bool]]:
    """Counted categories (grievances by kind, issue tags): (label, count or None, at_least).
    A category of fewer than threshold is hidden; when exactly the hidden ones could be worked
    out from a total elsewhere, the smallest shown one joins them (the group rule)."""
    values = [c for _label, c in counts]
    total = None if any(v is None for v in values) else sum(values)  # type: ignore[arg-type]
    parents: list[int | None] = [None] + [0] * len(values)
    hidden, _bounds = protect_tree([total, *values], parents, threshold)
    return [
        (label, None if hidden[i + 1] else value, False) for i, (label, value) in enumerate(counts)
    ]


def total_of(values: Sequence[int | None]) -> tuple[int | None, bool]:
    """A sum over parts some of which may be unknown: (sum of the known, lower bound?)."""
    known = [v for v in values if v is not None]
    if not known and values:
        return None, False
    return sum(known), len(known) != len(values)


# ---- protected values: the community figures (mutual aid, time bank) --------------------------

EXACT = ""
UNDER = "under"
AT_LEAST = "at_least"
WITHHELD = "withheld"
QUALIFIERS = (EXACT, UNDER, AT_LEAST, WITHHELD)


@dataclass(frozen=True)
class Protected:
    """A figure as it may leave the vault. ``value`` is the number (exact or "at least"), the
    threshold ("under"), or None ("withheld")."""

    value: int | None
    qualifier: str = EXACT

    @property
    def exact(self) -> bool:
        return self.qualifier == EXACT

    def text(self, fmt: object = None) -> str:
        """Words for the figure; ``fmt`` turns a number into text (e.g. hours)."""

        def show(n: int) -> str:
            return fmt(n) if callable(fmt) else f"{n:,}"

        if self.qualifier == WITHHELD or self.value is None:
            return _("not shown (few people)")
        if self.qualifier == UNDER:
            return fewer_than(self.value)
        if self.qualifier == AT_LEAST:
            return at_least_words(show(self.value))
        return show(self.value)

    def to_json(self) -> dict[str, object]:
        return {"value": self.value, "q": self.qualifier}


def protect(count: int, threshold: int = DEFAULT_THRESHOLD) -> Protected:
    """A count of people: 0 as 0 (it names nobody), 1 to threshold-1 as "fewer than N"."""
    if _small(count, _check(threshold, 1)):
        return Protected(threshold, UNDER)
    return Protected(int(count))


def protect_measure(amount: int, people: int, threshold: int = DEFAULT_THRESHOLD) -> Protected:
    """An amount about ``people`` people (hours they exchanged, money they gave): withheld
    when they are fewer than the threshold, since the amount would then be about a few."""
    if _small(people, _check(threshold, 1)):
        return Protected(None, WITHHELD)
    return Protected(int(amount))


def sum_protected(parts: Iterable[Protected]) -> Protected:
    """The sum of protected parts as a reader could add it up: exact when every part is, else
    "at least" the parts shown (``total_of``: no hidden part is added into a shown total)."""
    parts = list(parts)
    total, _bound = total_of([p.value if p.exact else None for p in parts])
    if all(p.exact for p in parts):
        return Protected(int(total or 0))
    return Protected(int(total or 0), AT_LEAST)


def protect_total(
    parts: Iterable[Protected],
    true_total: int,
    threshold: int = DEFAULT_THRESHOLD,
    *,
    of_people: bool = True,
) -> Protected:
    """The total of ``parts`` whose real sum is ``true_total``. Exact when every part is; else
    "fewer than N" when the total itself is small (a count of people), else "at least" the sum
    of the parts shown."""
    _check(threshold, 1)
    parts = list(parts)
    if all(p.exact for p in parts):
        return protect(true_total, threshold) if of_people else Protected(int(true_total))
    if of_people and _small(true_total, threshold):
        return Protected(threshold, UNDER)
    return sum_protected(parts)
