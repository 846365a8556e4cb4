"""``MapPicture``: the Map page's picture tab: the workplace as tiles (``ui.widgets.tile_map``),
by headcount or on the floor plan the steward arranges, with the layers chosen (organic leaders,
committee, ties, unreached, zones, hazards), and below it the selected area's zone (free, danger or
none, with a note on why) and its hazards (``ui.dialogs.hazards_dialog``).

The page hands over its context and workplace (``show_workplace``); the picture is read only
while the tab is on screen (a workplace of 200 areas is read in one query per kind), and again
after anything is saved. Clicking a tile asks the page to select that area
(``area_selected``); a double click, Enter or "Open chart" asks for its chart (``open_area``).
Every save (a zone, a tile's place, hazards) is one unit of work and says ``changed``.
The hazards dialog is injectable (``open_hazards``) for tests.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from forum_kit.errors import ForumKitError
from forum_kit.i18n import _ as gettext_
from forum_kit.tiles import LAYER_WORDS, LAYERS
from ui.editors.common import error_text, show_error
from ui.pages.map_tab import WorkplaceTab
from ui.widgets.tile_map import PLAN, TREEMAP, TileMap


def open_hazards(parent: QWidget, ctx: Any, area_id: int, path: str) -> bool:
    """Show the hazards dialog; whether anything was saved."""
    from ui.dialogs.hazards_dialog import HazardsDialog

    dialog = HazardsDialog(ctx, area_id, path, parent)
    dialog.exec()
    return dialog.changed


class MapPicture(WorkplaceTab):
    """The picture of a workplace, its layers, and the selected area's zone and hazards."""

    area_selected = Signal(int)
    open_area = Signal(int)
    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.map: Any = None
        self.open_hazards = open_hazards
        self.show_error = show_error
        self._loading = False

        self.by_headcount = QRadioButton(self.tr("B&y headcount"))
        self.by_plan = QRadioButton(self.tr("Floor &plan"))
        self.by_headcount.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.by_headcount)
        group.addButton(self.by_plan)
        self.arrange = QCheckBox(self.tr("Arrange &tiles"))
        self.arrange.setToolTip(
            self.tr("Drag a tile to move it; drag its lower right corner to resize it.")
        )
        self.arrange.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Picture:")))
        top.addWidget(self.by_headcount)
        top.addWidget(self.by_plan)
        top.addWidget(self.arrange)
        top.addStretch(1)
        self.layer_boxes: dict[str, QCheckBox] = {}
        side = QVBoxLayout()
        layers_box = QGroupBox(self.tr("Layers"))
        layers_column = QVBoxLayout(layers_box)
        # no mnemonics on the layers: the Map page has few letters left (tests check they are
        # unique); literal words in self.tr() so that lupdate finds them
        short = {
            "leaders": self.tr("Leaders"),
            "committee": self.tr("Committee"),
            "ties": self.tr("Ties"),
            "unreached": self.tr("Unreached"),
            "zones": self.tr("Zones"),
            "hazards": self.tr("Hazards"),
        }
        for key in LAYERS:
            box = QCheckBox(short[key])
            box.setAccessibleName(gettext_(LAYER_WORDS[key]))
            box.setChecked(True)
            box.toggled.connect(self._layers_changed)
            self.layer_boxes[key] = box
            layers_column.addWidget(box)
        side.addWidget(layers_box)

        self.tiles = TileMap(self)
        self.tiles.area_clicked.connect(self._tile_clicked)
        self.tiles.area_opened.connect(self.open_area)
        self.tiles.tile_placed.connect(self.place_tile)

        # the selected area: its zone and hazards are set here
        area_box = QGroupBox(self.tr("Area"))
        area_column = QVBoxLayout(area_box)
        self.area_label = QLabel()
        self.area_label.setWordWrap(True)
        self.zone = QComboBox()
        self.zone.setAccessibleName(self.tr("Zone"))
        zones = (
            (None, self.tr("No zone")),
            ("free", self.tr("Free zone")),
            ("danger", self.tr("Danger zone")),
        )
        for value, words in zones:
            self.zone.addItem(words, value)
        self.zone_note = QLineEdit()
        self.zone_note.setPlaceholderText(self.tr("why?"))
        self.zone_note.setToolTip(
            self.tr("Why the zone is free or dangerous, e.g. the supervisor's office looks onto it")
        )
        self.zone_note.setAccessibleName(self.tr("Why the zone is marked"))
        self.zone_note.setMaxLength(500)
        self.hazards_button = QPushButton(self.tr("Hazard&s…"))
        self.open_button = QPushButton(self.tr("Show &its chart"))
        zone_label = QLabel(self.tr("&Zone:"))
        zone_label.setBuddy(self.zone)
        area_column.addWidget(self.area_label)
        area_column.addWidget(zone_label)
        area_column.addWidget(self.zone)
        area_column.addWidget(self.zone_note)
        area_column.addWidget(self.hazards_button)
        area_column.addWidget(self.open_button)
        side.addWidget(area_box)
        side.addStretch(1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setFixedWidth(max(160, side_widget.sizeHint().width()))
        body = QHBoxLayout()
        body.addWidget(self.tiles, 1)
        body.addWidget(side_widget)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addLayout(body, 1)

        self.by_plan.toggled.connect(self._mode_changed)
        self.arrange.toggled.connect(self.tiles.set_arranging)
        self.zone.currentIndexChanged.connect(lambda _i: self.save_zone())
        self.zone_note.editingFinished.connect(self.save_zone)
        self.hazards_button.clicked.connect(self.edit_hazards)
        self.open_button.clicked.connect(
            lambda: self.tiles.selected is not None and self.open_area.emit(self.tiles.selected)
        )
        self._show_selected()

    # ---- data ---------------------------------------------------------------------------
    def show_workplace(self, ctx: Any, workplace_id: int | None) -> None:
        if workplace_id != self.workplace_id:
            self.tiles.select(None)
        super().show_workplace(ctx, workplace_id)

    def reload(self) -> None:
        from forum_kit.queries.social_map import social_map

        self.stale = False
        social = None
        if not self.locked() and self.workplace_id is not None:
            try:
                with self.ctx.unit_of_work() as session:
                    social = social_map(
                        session, workplace_id=self.workplace_id, as_of=self.ctx.today(), names=True
                    )
            except ForumKitError:
                social = None
        self.map = social
        self.tiles.set_map(social)
        self._show_selected()

    def clear(self) -> None:
        """Forget the picture (the vault is locking): names must not stay in memory."""
        self.map = None
        self.tiles.set_map(None)
        self.stale = True
        self._show_selected()

    def select(self, area_id: int | None) -> None:
        """Select an area's tile (the page's tree chose it)."""
        self.tiles.select(area_id)
        self._show_selected()

    # ---- view ---------------------------------------------------------------------------
    def _layers_changed(self, *_args: Any) -> None:
        self.tiles.set_layers({k for k, box in self.layer_boxes.items() if box.isChecked()})

    def _mode_changed(self, plan: bool) -> None:
        self.tiles.set_mode(PLAN if plan else TREEMAP)
        self.arrange.setEnabled(plan)
        if not plan:
            self.arrange.setChecked(False)

    def _tile_clicked(self, area_id: int) -> None:
        self._show_selected()
        self.area_selected.emit(area_id)

    def _show_selected(self) -> None:
        area = (
            self.map.area(self.tiles.selected)
            if (self.map is not None and self.tiles.selected is not None)
            else None
        )
        self._loading = True
        try:
            for w in (self.zone, self.zone_note, self.hazards_button, self.open_button):
                w.setEnabled(area is not None)
            if area is None:
                self.area_label.setText(self.tr("Click a tile to choose an area."))
                self.area_label.setToolTip("")
                self.zone.setCurrentIndex(0)
                self.zone_note.clear()
                self.hazards_button.setText(self.tr("Hazard&s…"))
                return
            self.area_label.setText(area.path)
            self.area_label.setToolTip(area.path)
            self.zone.setCurrentIndex(max(0, self.zone.findData(area.zone)))
            self.zone_note.setText(area.zone_note)
            self.zone_note.setEnabled(area.zone is not None)
            count = len(area.hazards)
            self.hazards_button.setText(
                self.tr("Hazard&s (%1)…").replace("%1", str(count))
                if count
                else self.tr("Hazard&s…")
            )
        finally:
            self._loading = False

    # ---- saving -------------------------------------------------------------------------
    def _run(self, action: Any) -> bool:
        try:
            with self.ctx.unit_of_work() as session:
                action(session)
        except ForumKitError as exc:
            self.show_error(self, error_text(exc))
            self.reload()
            return False
        self.changed.emit("areas")
        self.reload()
        return True

    def save_zone(self) -> bool:
        """Save the selected area's zone and note (when they differ from what is stored)."""
        from forum_kit.services.social_map import set_zone

        area_id = self.tiles.selected
        if self._loading or self.ctx is None or area_id is None or self.map is None:
            return False
        area = self.map.area(area_id)
        zone = self.zone.currentData()
        note = self.zone_note.text().strip() if zone is not None else ""
        if area is None or (area.zone == zone and area.zone_note == note):
            self.zone_note.setEnabled(zone is not None)
            return False
        return self._run(lambda s: set_zone(s, area_id=area_id, zone=zone, note=note))

    def edit_hazards(self) -> bool:
        area_id = self.tiles.selected
        area = self.map.area(area_id) if self.map is not None and area_id is not None else None
        if area is None:
            return False
        if self.open_hazards(self, self.ctx, area_id, area.path):
            self.changed.emit("areas")
            self.reload()
            return True
        return False

    def place_tile(self, area_id: int, x: int, y: int, w: int, h: int) -> bool:
        """Save a tile's place on the floor plan (a drag in arranging mode)."""
        from forum_kit.services.social_map import place_tile

        if self.ctx is None:
            return False
        return self._run(lambda s: place_tile(s, area_id=area_id, x=x, y=y, w=w, h=h))
