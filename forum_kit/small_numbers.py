"""The small-numbers rule (ORGANISING.md): whatever leaves the vault shows a count about fewer
people than a threshold (default 5) as "fewer than 5", and a total never lets a reader subtract a
hidden count back out.

This module owns ``Protected`` (a count as it may be shown: exact, "fewer than N", "at least N" or
withheld) and the three ways to make one: ``protect`` for a count of people, ``protect_measure``
for an amount that is about a group (hours exchanged, money) and must be withheld when the group
is small, and ``protect_total`` for a sum of protected parts. A total with a hidden part is shown
as "at least" the sum of the parts that are shown, which is exactly what a reader could add up
alone: nothing can be subtracted out of it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from forum_kit.i18n import _

__all__ = ["THRESHOLD", "Protected", "protect", "protect_measure", "protect_total"]

THRESHOLD = 5
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
            return "not shown (few people)"
        if self.qualifier == UNDER:
            return f"fewer than {self.value}"
        if self.qualifier == AT_LEAST:
            return f"at least {show(self.value)}"
        return show(self.value)

    def to_json(self) -> dict[str, object]:
        return {"value": self.value, "q": self.qualifier}


def _check(threshold: int) -> int:
    if isinstance(threshold, bool) or not isinstance(threshold, int) or not 2 <= threshold <= 100:
        raise ValueError(_("the small-numbers threshold must be a whole number from 2 to 100"))
    return threshold


def protect(count: int, threshold: int = THRESHOLD) -> Protected:
    """A count of people: 0 as 0 (it names nobody), 1 to threshold-1 as "fewer than N"."""
    _check(threshold)
    if 0 < count < threshold:
        return Protected(threshold, UNDER)
    return Protected(int(count))


def protect_measure(amount: int, people: int, threshold: int = THRESHOLD) -> Protected:
    """An amount about ``people`` people (hours they exchanged, money they gave): withheld
    when they are fewer than the threshold, since the amount would then be about a few."""
    _check(threshold)
    if 0 < people < threshold:
        return Protected(None, WITHHELD)
    return Protected(int(amount))


def protect_total(
    parts: Iterable[Protected],
    true_total: int,
    threshold: int = THRESHOLD,
    *,
    of_people: bool = True,
) -> Protected:
    """The total of ``parts`` whose real sum is ``true_total``. Exact when every part is; else
    "fewer than N" when the total itself is small (a count of people), else "at least" the sum
    of the parts shown."""
    _check(threshold)
    parts = list(parts)
    if all(p.exact for p in parts):
        return protect(true_total, threshold) if of_people else Protected(int(true_total))
    if of_people and 0 < true_total < threshold:
        return Protected(threshold, UNDER)
    shown = sum(p.value or 0 for p in parts if p.exact)
    return Protected(shown, AT_LEAST)
