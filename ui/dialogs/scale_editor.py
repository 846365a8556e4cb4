"""The assessment scale editor of the Settings dialog: 3 to 7 levels in order (strongest support at
the top), which of them count as support, the direction their numbers run, each level's label,
colour and meaning, and what the history of a level taken off the scale reads as from now on.

Owns ``ScaleEditor``. It edits a draft (``Entry`` rows) and changes nothing until ``apply`` runs
in the dialog's unit of work: ``forum_kit.services.scale.set_scale`` when levels were added,
removed, reordered or their support changed (or the direction), ``update_level`` for words and
colours alone. A level taken off the scale is listed under "Taken off the scale" with the level
its history now reads as (never renumbered: the history keeps it, the chart shows the new one);
"Put back" returns it. Colour choosers are injectable (``ColourButton.chooser``), as in the rest
of Settings.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from forum_kit.queries.levels import OPPOSITION_FIRST, SUPPORT_FIRST

MIN_LEVELS = 3
MAX_LEVELS = 7
NEW_COLOURS = ("#1b5e20", "#66bb6a", "#aed581", "#fdd835", "#ffb74d", "#fb8c00", "#c62828")


@dataclass
class Entry:
    """One level of the draft: ``level`` None until it is saved."""

    level: int | None
    label: str
    colour: str
    definition: str = ""
    support: bool = False
    original: Any = None  # the LevelRow it came from
    retired: bool = False
    into: int = 0  # for a retired level: the index (in the active list) it reads as
    widgets: dict[str, Any] = field(default_factory=dict)


class ScaleEditor(QWidget):
    """Edit the scale as a draft; ``apply(session)`` saves it."""

    def __init__(
        self,
        rows: list[Any],
        way: str,
        colour_button: Callable[..., Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._colour_button = colour_button
        self.way = QComboBox(self)
        self.way.setAccessibleName(self.tr("Numbering"))
        self.way.addItem(self.tr("1 is the strongest support"), SUPPORT_FIRST)
        self.way.addItem(self.tr("1 is the strongest opposition"), OPPOSITION_FIRST)
        self.way.setCurrentIndex(max(0, self.way.findData(way)))
        self._loaded_way = way
        self.way.currentIndexChanged.connect(self._renumber)
        self.unassessed = next((r for r in rows if r.level == 0), None)
        self.entries = [
            Entry(r.level, r.label, r.colour, r.definition, r.counts_as_support, r)
            for r in rows
            if r.level != 0 and r.retired_into is None
        ]
        self._loaded = [(e.level, e.support) for e in self.entries]
        self.retired: list[Entry] = []
        self.add_button = QPushButton(self.tr("&Add a level"), self)
        self.add_button.clicked.connect(self.add_level)
        way_row = QHBoxLayout()
        way_label = QLabel(self.tr("N&umbers:"), self)
        way_label.setBuddy(self.way)
        way_row.addWidget(way_label)
        way_row.addWidget(self.way)
        way_row.addStretch(1)
        way_row.addWidget(self.add_button)
        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(way_row)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.note)
        self.zero_label = QLineEdit(self.unassessed.label if self.unassessed else "", self)
        self.zero_label.setMaxLength(60)
        self.zero_label.setAccessibleName(self.tr("Label of unassessed"))
        self.zero_colour = colour_button(
            self.unassessed.colour if self.unassessed else "#9e9e9e", self
        )
        self.zero_definition = QLineEdit(
            self.unassessed.definition if self.unassessed else "", self
        )
        self._rebuild()

    # ---- drawing ------------------------------------------------------------------------
    def _read_back(self) -> None:
        """Take what was typed into the row widgets before they are rebuilt."""
        for entry in self.entries + self.retired:
            w = entry.widgets
            if "label" in w:
                entry.label = w["label"].text()
                entry.colour = w["colour"].colour
                entry.definition = w["definition"].text()
                entry.support = w["support"].isChecked()
            if "into" in w:
                entry.into = max(0, w["into"].currentIndex())

    def _rebuild(self) -> None:
        self._read_back()
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget()
            if widget is not None and widget not in (
                self.zero_label,
                self.zero_colour,
                self.zero_definition,
            ):
                # hidden and let go at once: deleteLater alone leaves it drawn until the loop
                # runs again, over the new rows
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        heads = (
            self.tr("No."),
            self.tr("Label"),
            self.tr("Colour"),
            self.tr("What it means"),
            self.tr("Support"),
            "",
            "",
            "",
        )
        for col, text in enumerate(heads):
            if text:
                self.grid.addWidget(QLabel(f"<b>{text}</b>", self.grid_host), 0, col)
        self.grid.addWidget(QLabel("0", self.grid_host), 1, 0)
        self.grid.addWidget(self.zero_label, 1, 1)
        self.grid.addWidget(self.zero_colour, 1, 2)
        self.grid.addWidget(self.zero_definition, 1, 3)
        numbers = self.numbers()
        for i, entry in enumerate(self.entries):
            row = i + 2
            number = QLabel(str(numbers[i]), self.grid_host)
            label = QLineEdit(entry.label, self.grid_host)
            label.setMaxLength(60)
            label.setAccessibleName(self.tr("Label of level %1").replace("%1", str(numbers[i])))
            colour = self._colour_button(entry.colour, self.grid_host)
            definition = QLineEdit(entry.definition, self.grid_host)
            definition.setAccessibleName(
                self.tr("Meaning of level %1").replace("%1", str(numbers[i]))
            )
            support = QCheckBox(self.grid_host)
            support.setChecked(entry.support)
            support.setAccessibleName(self.tr("Counts as support"))
            up = QToolButton(self.grid_host)
            up.setText("\u2191")
            up.setAccessibleName(self.tr("Move up"))
            up.setEnabled(i > 0)
            down = QToolButton(self.grid_host)
            down.setText("\u2193")
            down.setAccessibleName(self.tr("Move down"))
            down.setEnabled(i < len(self.entries) - 1)
            remove = QPushButton(self.tr("Remove"), self.grid_host)
            remove.setEnabled(len(self.entries) > MIN_LEVELS)
            up.clicked.connect(lambda _c=False, k=i: self.move(k, -1))
            down.clicked.connect(lambda _c=False, k=i: self.move(k, 1))
            remove.clicked.connect(lambda _c=False, k=i: self.remove(k))
            entry.widgets = {
                "label": label,
                "colour": colour,
                "definition": definition,
                "support": support,
            }
            for col, widget in enumerate(
                (number, label, colour, definition, support, up, down, remove)
            ):
                self.grid.addWidget(widget, row, col)
        row = len(self.entries) + 2
        if self.retired:
            self.grid.addWidget(
                QLabel(f"<b>{self.tr('Taken off the scale')}</b>", self.grid_host), row, 0, 1, 4
            )
            row += 1
        for k, entry in enumerate(self.retired):
            name = QLabel(entry.label, self.grid_host)
            reads = QLabel(self.tr("its history reads as"), self.grid_host)
            into = QComboBox(self.grid_host)
            into.setAccessibleName(self.tr("What %1 reads as").replace("%1", entry.label))
            for i, active in enumerate(self.entries):
                into.addItem(f"{numbers[i]} {active.label}", i)
            into.setCurrentIndex(min(entry.into, len(self.entries) - 1))
            back = QPushButton(self.tr("Put back"), self.grid_host)
            back.setEnabled(len(self.entries) < MAX_LEVELS)
            back.clicked.connect(lambda _c=False, j=k: self.put_back(j))
            entry.widgets = {"into": into}
            self.grid.addWidget(name, row, 1)
            self.grid.addWidget(reads, row, 2)
            self.grid.addWidget(into, row, 3)
            self.grid.addWidget(back, row, 7)
            row += 1
        self.grid.setColumnStretch(3, 1)
        self.grid.setRowStretch(row, 1)
        self.add_button.setEnabled(len(self.entries) < MAX_LEVELS)
        supporters = [e.label for e in self.entries if e.support]
        self.note.setText(
            self.tr(
                "%1 to %2 levels, strongest support at the top; ticked levels count as support "
                "(now: %3). Taking a level off the scale never changes its history: it reads as "
                "the level you choose."
            )
            .replace("%1", str(MIN_LEVELS))
            .replace("%2", str(MAX_LEVELS))
            .replace("%3", ", ".join(supporters) or self.tr("none"))
        )

    def numbers(self) -> list[int]:
        """The number each active level shows, in the list's order."""
        n = len(self.entries)
        if self.way.currentData() == OPPOSITION_FIRST:
            return [n - i for i in range(n)]
        return [i + 1 for i in range(n)]

    def _renumber(self, *_args: Any) -> None:
        self._rebuild()

    # ---- editing ------------------------------------------------------------------------
    def add_level(self) -> None:
        if len(self.entries) >= MAX_LEVELS:
            return
        self._read_back()
        used = {e.colour for e in self.entries}
        colour = next((c for c in NEW_COLOURS if c not in used), NEW_COLOURS[-1])
        self.entries.append(Entry(None, self.tr("New level"), colour))
        self._rebuild()
        self.entries[-1].widgets["label"].setFocus()
        self.entries[-1].widgets["label"].selectAll()

    def move(self, index: int, step: int) -> None:
        other = index + step
        if not 0 <= other < len(self.entries):
            return
        self._read_back()
        self._follow(lambda i: other if i == index else index if i == other else i)
        self.entries[index], self.entries[other] = self.entries[other], self.entries[index]
        self._rebuild()

    def remove(self, index: int) -> None:
        if len(self.entries) <= MIN_LEVELS:
            return
        self._read_back()
        entry = self.entries.pop(index)
        self._follow(lambda i: i - 1 if i > index else (min(i, len(self.entries) - 1)))
        if entry.level is not None:
            entry.retired = True
            entry.into = min(index, len(self.entries) - 1)  # the next level down, by default
            entry.widgets = {}
            self.retired.append(entry)
        self._rebuild()

    def put_back(self, index: int) -> None:
        if len(self.entries) >= MAX_LEVELS:
            return
        self._read_back()
        entry = self.retired.pop(index)
        entry.retired = False
        entry.widgets = {}
        self.entries.append(entry)
        self._rebuild()

    def _follow(self, where: Callable[[int], int]) -> None:
        """Keep each retired level pointing at the same level while the list changes."""
        for entry in self.retired:
            entry.into = where(entry.into)

    # ---- saving -------------------------------------------------------------------------
    def changed_structure(self) -> bool:
        self._read_back()
        now = [(e.level, e.support) for e in self.entries]
        return (
            now != self._loaded or bool(self.retired) or self.way.currentData() != self._loaded_way
        )

    def apply(self, session: Any) -> None:
        """Save the draft in ``session`` (the dialog's unit of work); raises the core's errors."""
        from forum_kit.services.scale import LevelSpec, set_scale, update_level

        self._read_back()
        if self.unassessed is not None:
            change = {}
            if self.zero_label.text() != self.unassessed.label:
                change["label"] = self.zero_label.text()
            if self.zero_colour.colour.lower() != self.unassessed.colour.lower():
                change["colour"] = self.zero_colour.colour
            if self.zero_definition.text() != self.unassessed.definition:
                change["definition"] = self.zero_definition.text()
            if change:
                update_level(session, level=0, **change)
        if self.changed_structure():
            set_scale(
                session,
                levels=[
                    LevelSpec(e.label, e.colour, e.definition, e.support, e.level)
                    for e in self.entries
                ],
                retire={e.level: e.into + 1 for e in self.retired if e.level is not None},
                way=self.way.currentData(),
            )
            return
        for entry in self.entries:
            row = entry.original
            change = {}
            if entry.label != row.label:
                change["label"] = entry.label
            if entry.colour.lower() != row.colour.lower():
                change["colour"] = entry.colour
            if entry.definition != row.definition:
                change["definition"] = entry.definition
            if change:
                update_level(session, level=entry.level, **change)

    def has_changes(self) -> bool:
        self._read_back()
        if self.changed_structure():
            return True
        if self.unassessed is not None and (
            self.zero_label.text() != self.unassessed.label
            or self.zero_colour.colour.lower() != self.unassessed.colour.lower()
            or self.zero_definition.text() != self.unassessed.definition
        ):
            return True
        return any(
            e.label != e.original.label
            or e.colour.lower() != e.original.colour.lower()
            or e.definition != e.original.definition
            for e in self.entries
        )

    def wipe(self) -> None:
        """Drop typed text (the dialog is closing)."""
        for entry in self.entries:
            for key in ("label", "definition"):
                widget = entry.widgets.get(key)
                if widget is not None:
                    widget.clear()
        self.zero_label.clear()
        self.zero_definition.clear()
