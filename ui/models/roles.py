"""Item-data roles and flags shared by every Forum Kit Qt model, hoisted to module constants.

Qt's full enum paths cost a slow attribute lookup per call (PITFALLS.md: 8.2 µs for the short
form, 0.47 µs for the full form, nothing once hoisted), and ``data()`` runs for every visible cell
on every paint, so the models read these names instead. Also holds the assessment-level swatch
helper, because the people list, the chart and the history all draw the same swatch.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

DISPLAY = Qt.ItemDataRole.DisplayRole
DECORATION = Qt.ItemDataRole.DecorationRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
ALIGN = Qt.ItemDataRole.TextAlignmentRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
USER = Qt.ItemDataRole.UserRole
# The row's id (contact, area, conversation): views and pages find the record through it.
ID_ROLE = Qt.ItemDataRole.UserRole
# The native value (date, int, bool) a cell shows, for sorting and tests; never a display string.
SORT_ROLE = Qt.ItemDataRole(Qt.ItemDataRole.UserRole + 1)

HORIZONTAL = Qt.Orientation.Horizontal
ASCENDING = Qt.SortOrder.AscendingOrder
DESCENDING = Qt.SortOrder.DescendingOrder

ENABLED_SELECTABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
NO_FLAGS = Qt.ItemFlag.NoItemFlags
ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True, slots=True)
class LevelStyle:
    """How one assessment level is shown: its number on the scale and label (always shown) and
    its swatch colour. A level taken off the scale shows as the level it reads as, with
    ``active`` False so pickers leave it out."""

    label: str
    colour: QColor
    number: int | None = None
    active: bool = True

    @property
    def text(self) -> str:
        return self.label if self.number is None else f"{self.number} {self.label}"


UNKNOWN_LEVEL = LevelStyle("?", QColor("#9e9e9e"))


def level_styles(levels: object) -> dict[int, LevelStyle]:
    """Map level -> style from the scale rows (``forum_kit.queries.levels.LevelRow``, or
    anything with level, label and colour; number, retired_into optional)."""
    rows = list(levels)  # type: ignore[call-overload]
    out: dict[int, LevelStyle] = {}
    for lv in rows:
        number = getattr(lv, "number", lv.level)
        out[int(lv.level)] = LevelStyle(str(lv.label), QColor(str(lv.colour)), number)
    for lv in rows:
        into = getattr(lv, "retired_into", None)
        if into is not None and into in out:
            now = out[into]
            out[int(lv.level)] = LevelStyle(now.label, now.colour, now.number, active=False)
    return out


def picker_levels(levels: dict[int, LevelStyle]) -> list[tuple[int, LevelStyle]]:
    """The levels a picker offers: those on the scale, by their number."""
    return sorted(((lv, st) for lv, st in levels.items() if st.active),
                  key=lambda item: (item[1].number if item[1].number is not None else item[0],
                                    item[0]))
