"""The words of the confederation's votes and results as a steward reads them: a delegate's
vote on an item (for, against, abstain, absent), a mandate's instruction (for, against, abstain,
free vote) and a council's result (carried, lost, consensus...). The vault and the files that
travel between vaults keep the English keys; these functions translate a key where it is shown
(a briefing, a report-back draft, the command line), and leave an unknown key as it came.
"""

from __future__ import annotations

from forum_kit.i18n import _, pgettext

__all__ = ["result_word", "vote_counts", "vote_word"]


def vote_word(key: str | None) -> str:
    """A delegate's vote or a mandate's instruction in words (lower case)."""
    words = {
        "for": pgettext("a delegate's vote", "for"),
        "against": pgettext("a delegate's vote", "against"),
        "abstain": pgettext("a delegate's vote", "abstain"),
        "absent": pgettext("a delegate's vote", "absent"),
        "free": pgettext("a delegate's vote", "free vote"),
    }
    return "" if key is None else words.get(key, key)


def result_word(key: str | None) -> str:
    """A council's result on an item in words (lower case)."""
    words = {
        "carried": pgettext("a motion's result", "carried"),
        "lost": pgettext("a motion's result", "lost"),
        "consensus": pgettext("a motion's result", "consensus"),
        "withdrawn": pgettext("a motion's result", "withdrawn"),
        "pending": pgettext("a motion's result", "pending"),
    }
    return "" if key is None else words.get(key, key)


def vote_counts(votes_for: int | None, against: int | None, abstain: int | None) -> str:
    """A vote's counts in words ("12 for, 3 against, 1 abstaining"); a count not recorded is
    left out, "" when none was."""
    parts = (
        (votes_for, _("{n} for")),
        (against, _("{n} against")),
        (abstain, _("{n} abstaining")),
    )
    return ", ".join(text.format(n=n) for n, text in parts if n is not None)
