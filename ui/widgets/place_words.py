"""A place's words on screen: a neighbourhood's chart has no Shift column, and its place picker
entries say what kind of place each is. The words come from ``forum_kit.places``."""

from __future__ import annotations

from typing import Any

from forum_kit.places import words


def place_label(name: str, kind: str) -> str:
    """The label of a place: "Millbrook estate (neighbourhood)"; a workplace keeps its name."""
    return name if words(kind).kind == "workplace" else f"{name} ({words(kind).place})"


def show_place_columns(view: Any, model: Any, kind: str) -> None:
    """Hide the Shift column of a place without shifts (a neighbourhood); show it otherwise."""
    keys = model.column_keys()
    if "shift" in keys:
        view.setColumnHidden(keys.index("shift"), words(kind).shift is None)


def plural(count: int, one: str, many: str) -> str:
    """A count in words: "1 open need", "3 open needs" (words translated by the caller)."""
    return f"{count} {one if count == 1 else many}"
