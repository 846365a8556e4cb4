"""Sorting people's names the way readers expect, in any script: the Unicode collation algorithm.

This module owns ``name_sort_key``: names are compared by the Unicode collation algorithm (UCA,
the default collation ICU and CLDR tailor from) through ``pyuca``, so "Übel" comes before
"Yüksel", "Ñúñez" after "Nunez" and before "Ochoa", and Greek, Cyrillic, Arabic or Chinese names
follow their own alphabets, instead of the code point order SQL gives (every accented capital
after "Z"). The collator's table is loaded once, on the first sort (about a third of a second);
no key is kept (they would be coworkers' names).
"""

from __future__ import annotations

import threading
from typing import Any

_lock = threading.Lock()
_collator: Any = None


def _get() -> Any:
    global _collator
    if _collator is None:
        with _lock:
            if _collator is None:
                import pyuca

                _collator = pyuca.Collator()
    return _collator


def sort_key(text: str) -> tuple[int, ...]:
    """The collation key of ``text`` (case and accents count only to break ties)."""
    return tuple(_get().sort_key(text.strip()))


def name_sort_key(last: str, first: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Sort by surname, then first name; a name without a surname sorts by its first name."""
    return (sort_key(last or first), sort_key(first))
