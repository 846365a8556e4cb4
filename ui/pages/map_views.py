"""``ChartViewBar``: the Map chart's columns, filters and saved views. The steward chooses the
columns (FT/PT, card signed, organic leader, ties, reached by the committee, language, phone...:
``Columns…``), filters the chart (assessment, committee role, organic leaders, people no
committee member's ties reach, FT/PT, language, stale, words: ``Filter…``), and saves the whole
as a named view in the vault (``forum_kit.services.chart_views``), so the committee shares it.

The bar holds the current columns and filters; the page reads ``people_filter`` and ``columns``
and reloads its chart on ``changed``. Choosing a view applies its columns, filters and sort;
"Views" saves what is on screen under a name or deletes the chosen view.
The dialogs are injectable (``choose_columns``, ``ask_filter``, ``prompt_text``,
``confirm_replace``) so tests answer them without modal windows.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QToolButton,
    QWidget,
)

from forum_kit.errors import Conflict, ForumKitError
from forum_kit.queries.chart_views import COLUMNS
from forum_kit.queries.people import PeopleFilter
from ui.editors.common import error_text, prompt_text, show_error
from ui.i18n import translate
from ui.models.people_model import ALL_COLUMNS, CHART_COLUMNS, PeopleTableModel
from ui.models.roles import LevelStyle, picker_levels
from ui.widgets.tables import elide_middle, fit_columns

DEFAULT_VIEW = "All people"
# widths for the columns the People page does not show (its own are in ui.pages.people)
_EXTRA_WIDTHS = {
    "employment": 60,
    "card_signed_on": 95,
    "organic_leader": 115,
    "ties": 45,
    "reached": 80,
    "language": 90,
    "phone": 110,
    "email": 160,
    "area": 150,
}
_COMMITTEE = (
    (None, "Any"),
    ("C", "Committee (C)"),
    ("CH", "Helper (CH)"),
    ("any", "C or CH"),
    ("none", "Not on committee"),
)


def apply_columns(view: QTableView, model: PeopleTableModel) -> None:
    """Give the chart's columns their widths (set by hand: measuring every row is slow)."""
    from ui.pages.people import _LEAST, _WIDTHS

    keys = model.column_keys()
    widths = {**_EXTRA_WIDTHS, **_WIDTHS}
    wanted = [widths.get(k, 100) for k in keys]
    least = {i: _LEAST[k] for i, k in enumerate(keys) if k in _LEAST}
    fitter = getattr(view, "_column_fitter", None)
    if fitter is None:
        fit_columns(view, wanted, least)
    else:  # the same fitter, new columns: a second one would fight the first
        fitter.widths, fitter.minimums, fitter.user_resized = wanted, least, False
        fitter.fit()
    for i in range(len(keys) + 8):
        view.setItemDelegateForColumn(i, None)
    if "area" in keys:
        elide_middle(view, keys.index("area"))


def choose_columns(
    parent: QWidget, current: Sequence[str], at: QPoint | None = None
) -> list[str] | None:
    """A menu of every chart column to tick (the name always stays); the new list or None."""
    menu = QMenu(parent)
    actions = {}
    for key in COLUMNS:
        action = menu.addAction(ALL_COLUMNS[key].header)
        action.setCheckable(True)
        action.setChecked(key in current)
        action.setEnabled(key != "name")
        actions[key] = action
    if menu.exec(at or parent.mapToGlobal(QPoint(0, parent.height()))) is None:
        return None
    return [k for k in COLUMNS if actions[k].isChecked()]


class ChartFilterDialog(QDialog):
    """The chart's filters: what to keep, each empty meaning "anyone"."""

    def __init__(
        self,
        filters: dict[str, Any],
        levels: dict[int, LevelStyle],
        languages: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Filter the chart"))
        form = QFormLayout(self)
        grid = QGridLayout()
        self.level_boxes: dict[int, QCheckBox] = {}
        for i, (level, style) in enumerate(picker_levels(levels)):
            box = QCheckBox(style.text, self)
            box.setChecked(level in (filters.get("levels") or ()))
            self.level_boxes[level] = box
            grid.addWidget(box, i // 3, i % 3)
        form.addRow(self.tr("Assessment:"), grid)
        self.committee = QComboBox(self)
        for value, words in _COMMITTEE:
            self.committee.addItem(self.tr(words), value)
        self.committee.setCurrentIndex(
            max(0, self.committee.findData(filters.get("committee_role")))
        )
        form.addRow(self.tr("&Committee:"), self.committee)
        self.leaders = QCheckBox(self.tr("Organic &leaders only"), self)
        self.leaders.setChecked(bool(filters.get("organic_leader")))
        self.unreached = QCheckBox(
            self.tr("&Unreached only (tied to nobody on the committee)"), self
        )
        self.unreached.setChecked(bool(filters.get("unreached")))
        form.addRow("", self.leaders)
        form.addRow("", self.unreached)
        self.employment = QComboBox(self)
        for value, words in ((None, "Any"), ("FT", "Full time"), ("PT", "Part time")):
            self.employment.addItem(self.tr(words), value)
        self.employment.setCurrentIndex(max(0, self.employment.findData(filters.get("employment"))))
        form.addRow(self.tr("&FT/PT:"), self.employment)
        self.language = QComboBox(self)
        self.language.addItem(self.tr("Any"), None)
        for name in languages:
            self.language.addItem(name, name)
        self.language.setCurrentIndex(max(0, self.language.findData(filters.get("language"))))
        form.addRow(self.tr("L&anguage:"), self.language)
        self.stale = QComboBox(self)
        for value, words in (
            (None, "Any"),
            (True, "Stale (not assessed lately)"),
            (False, "Assessed lately"),
        ):
            self.stale.addItem(self.tr(words), value)
        self.stale.setCurrentIndex(max(0, self.stale.findData(filters.get("stale"))))
        form.addRow(self.tr("&Stale:"), self.stale)
        self.text = QLineEdit(str(filters.get("text") or ""), self)
        self.text.setPlaceholderText(self.tr("names, jobs, notes…"))
        form.addRow(self.tr("&Words:"), self.text)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        clear = buttons.addButton(self.tr("C&lear all"), QDialogButtonBox.ButtonRole.ResetRole)
        clear.clicked.connect(self.clear_all)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def clear_all(self) -> None:
        for box in (*self.level_boxes.values(), self.leaders, self.unreached):
            box.setChecked(False)
        for combo in (self.committee, self.employment, self.language, self.stale):
            combo.setCurrentIndex(0)
        self.text.clear()

    def filters(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        levels = [lv for lv, box in self.level_boxes.items() if box.isChecked()]
        if levels:
            out["levels"] = levels
        for key, combo in (
            ("committee_role", self.committee),
            ("employment", self.employment),
            ("language", self.language),
            ("stale", self.stale),
        ):
            if combo.currentData() is not None:
                out[key] = combo.currentData()
        if self.leaders.isChecked():
            out["organic_leader"] = True
        if self.unreached.isChecked():
            out["unreached"] = True
        if self.text.text().strip():
            out["text"] = self.text.text().strip()
        return out


def ask_filter(
    parent: QWidget,
    filters: dict[str, Any],
    levels: dict[int, LevelStyle],
    languages: Sequence[str],
) -> dict[str, Any] | None:
    dialog = ChartFilterDialog(filters, levels, languages, parent)
    return dialog.filters() if dialog.exec() == QDialog.DialogCode.Accepted else None


def confirm_replace(parent: QWidget, name: str) -> bool:
    answer = QMessageBox.question(
        parent,
        translate("ChartViewBar", "Replace view"),
        translate("ChartViewBar", "A view named “%1” exists. Replace it with this one?").replace(
            "%1", name
        ),
    )
    return answer == QMessageBox.StandardButton.Yes


def filter_words(filters: dict[str, Any], levels: dict[int, LevelStyle]) -> str:
    """The filters in a few words ("" when none)."""
    words = []
    if filters.get("levels"):
        words.append(
            ", ".join(levels[lv].label if lv in levels else str(lv) for lv in filters["levels"])
        )
    role = dict(_COMMITTEE).get(filters.get("committee_role"))
    if filters.get("committee_role"):
        words.append(str(role))
    if filters.get("organic_leader"):
        words.append(translate("ChartFilters", "organic leaders"))
    if filters.get("unreached"):
        words.append(translate("ChartFilters", "unreached"))
    if filters.get("employment"):
        words.append(filters["employment"])
    if filters.get("language"):
        words.append(filters["language"])
    if filters.get("stale") is not None:
        words.append(translate("ChartFilters", "stale") if filters["stale"]
                     else translate("ChartFilters", "assessed lately"))
    if filters.get("text"):
        words.append(f"“{filters['text']}”")
    return "; ".join(words)


class ChartViewBar(QWidget):
    """Columns, filters and named views of the chart; ``changed`` after any of them."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: Any = None
        self.columns: list[str] = list(CHART_COLUMNS)
        self.filters: dict[str, Any] = {}
        self.sort: tuple[str, bool] | None = None  # a chosen view's sort, for the page to apply
        self.levels: dict[int, LevelStyle] = {}
        self.languages: list[str] = []
        self.views: list[Any] = []
        self.choose_columns = choose_columns
        self.ask_filter = ask_filter
        self.prompt_text = prompt_text
        self.confirm_replace = confirm_replace
        self.show_error = show_error
        self.sort_state = lambda: ("name", False)  # the page points it at its chart model
        self._loading = False

        self.view = QComboBox()
        self.view.setAccessibleName(self.tr("Chart view"))
        self.view.setMinimumContentsLength(10)
        self.view.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        view_label = QLabel(self.tr("&View:"))
        view_label.setBuddy(self.view)
        self.columns_button = QPushButton(self.tr("Col&umns…"))
        self.filter_button = QPushButton(self.tr("F&ilter…"))
        # saving and deleting views share one button's menu: the bar must fit beside the tree
        self.views_button = QToolButton()
        self.views_button.setText(self.tr("View&s"))
        self.views_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.views_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(self.views_button)
        self.save_action = menu.addAction(self.tr("Save as a view…"))
        self.delete_action = menu.addAction(self.tr("Delete this view"))
        self.views_button.setMenu(menu)
        self.filter_label = QLabel()
        self.filter_label.setMinimumWidth(20)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(view_label)
        layout.addWidget(self.view)
        layout.addWidget(self.columns_button)
        layout.addWidget(self.filter_button)
        layout.addWidget(self.views_button)
        layout.addWidget(self.filter_label, 1)
        self.view.currentIndexChanged.connect(self._view_chosen)
        self.columns_button.clicked.connect(self.edit_columns)
        self.filter_button.clicked.connect(self.edit_filter)
        self.save_action.triggered.connect(self.save_view)
        self.delete_action.triggered.connect(self.delete_view)
        self._show_filter()

    # ---- data ---------------------------------------------------------------------------
    def load(self, ctx: Any, levels: dict[int, LevelStyle], languages: Sequence[str]) -> None:
        """Read the saved views (after an unlock, a save or a refresh)."""
        from forum_kit.queries.chart_views import chart_views

        self.ctx = ctx
        self.levels = dict(levels)
        self.languages = list(languages)
        with ctx.unit_of_work() as session:
            self.views = chart_views(session)
        current = self.view.currentData()
        self._loading = True
        try:
            self.view.clear()
            self.view.addItem(self.tr(DEFAULT_VIEW), None)
            for v in self.views:
                self.view.addItem(v.name, v.id)
            self.view.setCurrentIndex(max(0, self.view.findData(current)))
        finally:
            self._loading = False
        self._show_filter()

    def clear(self) -> None:
        self._loading = True
        try:
            self.view.clear()
        finally:
            self._loading = False
        self.views = []
        self.filters = {}
        self._show_filter()

    def people_filter(self, *, workplace_id: int | None, area_id: int | None) -> PeopleFilter:
        values = dict(self.filters)
        if "levels" in values:
            values["levels"] = tuple(values["levels"])
        return PeopleFilter(workplace_id=workplace_id, area_id=area_id, **values)

    def _show_filter(self) -> None:
        words = filter_words(self.filters, self.levels)
        self.filter_label.setText(self.tr("Only: %1").replace("%1", words) if words else "")
        self.filter_label.setToolTip(words)
        self.delete_action.setEnabled(self.view.currentData() is not None)

    # ---- actions ------------------------------------------------------------------------
    def _view_chosen(self, _index: int) -> None:
        if self._loading:
            return
        view_id = self.view.currentData()
        chosen = next((v for v in self.views if v.id == view_id), None)
        if chosen is None:
            self.columns, self.filters, self.sort = list(CHART_COLUMNS), {}, ("name", False)
        else:
            self.columns = list(chosen.columns)
            self.filters = dict(chosen.filters)
            self.sort = (chosen.sort, chosen.descending)
        self._show_filter()
        self.changed.emit()

    def edit_columns(self) -> bool:
        chosen = self.choose_columns(self.columns_button, self.columns)
        if chosen is None or list(chosen) == self.columns:
            return False
        self.columns = ["name", *[c for c in chosen if c != "name"]]
        self.sort = None
        self.changed.emit()
        return True

    def edit_filter(self) -> bool:
        chosen = self.ask_filter(self, dict(self.filters), self.levels, self.languages)
        if chosen is None or chosen == self.filters:
            return False
        self.filters = dict(chosen)
        self.sort = None
        self._show_filter()
        self.changed.emit()
        return True

    def save_view(self) -> bool:
        """Save the columns, filters and sort on screen under a name (asked for)."""
        from forum_kit.services.chart_views import save_view

        if self.ctx is None:
            return False
        current = self.view.currentData()
        start = self.view.currentText() if current is not None else ""
        name = self.prompt_text(self, self.tr("Save view"), self.tr("Name of the view:"), start)
        if not name:
            return False
        sort, descending = self.sort_state()
        for replace in (False, True):
            try:
                with self.ctx.unit_of_work() as session:
                    saved = save_view(
                        session,
                        name=name,
                        columns=self.columns,
                        filters=self.filters,
                        sort=sort,
                        descending=descending,
                        replace=replace,
                    )
                    saved_id = saved.id
                break
            except Conflict:
                if replace or not self.confirm_replace(self, name.strip()):
                    return False
            except ForumKitError as exc:
                self.show_error(self, error_text(exc))
                return False
        self.load(self.ctx, self.levels, self.languages)
        self._loading = True
        try:
            self.view.setCurrentIndex(max(0, self.view.findData(saved_id)))
        finally:
            self._loading = False
        self._show_filter()
        return True

    def delete_view(self) -> bool:
        from forum_kit.services.chart_views import delete_view

        view_id = self.view.currentData()
        if self.ctx is None or view_id is None:
            return False
        if not self.ctx.confirm(
            self,
            self.tr("the view “%1”").replace("%1", self.view.currentText()),
            [self.tr("only the view, no one's data")],
        ):
            return False
        try:
            with self.ctx.unit_of_work() as session:
                delete_view(session, view_id=view_id)
        except ForumKitError as exc:
            self.show_error(self, error_text(exc))
            return False
        self.load(self.ctx, self.levels, self.languages)
        self.view.setCurrentIndex(0)
        return True
