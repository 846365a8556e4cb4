"""The export dialog: write the list on screen (the People list or the Map chart with their filters
and sort, or the Grievances list with its filters) to CSV or XLSX, saying first which personal
data the file will carry and which rows it will hold.

Owns ``ExportDialog``. The page on screen says what it shows through its ``export_request()``
(see ``ui.actions.data_actions``); without one the dialog exports a workplace's whole list. The
file is chosen through an injectable chooser; the export runs in one unit of work through
``forum_kit.exchange.exporter`` (formula-injection escaping included). Sensitive people and
grievances stay out unless the user ticks the box.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from forum_kit.errors import ForumKitError
from ui.editors.common import setting
from ui.i18n import translate
from ui.session import AppContext
from ui.widgets.file_dialogs import save_file


class ExportDialog(QDialog):
    """Choose format and options; OK asks for the file and writes it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, what: str = "people",
                 people_filter: Any = None, people_sort: tuple[str, bool] | None = None,
                 grievance_filter: Any = None, workplace_id: int | None = None,
                 choose_file: Callable[[QWidget, str], str | None] | None = None) -> None:
        super().__init__(parent)
        from forum_kit.exchange.exporter import (
            GRIEVANCE_COLUMNS,
            GRIEVANCE_LIST_COLUMNS,
            PEOPLE_LIST_COLUMNS,
            describe_personal_data,
        )

        if what not in ("people", "grievances"):
            raise ValueError("what must be people or grievances")
        self.ctx = ctx
        self.what = what
        self.people_filter = people_filter
        self.people_sort = people_sort or ("name", False)
        self.grievance_filter = grievance_filter
        self.workplace_id = workplace_id
        self.choose_file = choose_file or ctx.deps.extras.get("choose_export_file") or _ask_file
        self.written: tuple[str, int] | None = None
        self.setWindowTitle(self.tr("Export the people list") if what == "people"
                            else self.tr("Export the grievance list"))
        if what == "people":
            columns = PEOPLE_LIST_COLUMNS
        else:
            columns = GRIEVANCE_LIST_COLUMNS if grievance_filter is not None else GRIEVANCE_COLUMNS
        as_shown = people_filter is not None if what == "people" else grievance_filter is not None
        self.scope = QLabel(self.tr("The rows: the list as the page shows it, with its filters and "
                                    "in its order.") if as_shown else
                            self.tr("The rows: the whole list of the workplace."), self)
        self.scope.setObjectName("exportScope")
        self.scope.setWordWrap(True)
        self.personal = QLabel(describe_personal_data(columns), self)
        self.personal.setObjectName("exportPersonalData")
        self.personal.setWordWrap(True)
        # room for the sentence on personal data to wrap onto a few lines in any language (a
        # window does not grow for a wrapped label's height by itself)
        self.setMinimumWidth(560)
        self.personal.setMinimumHeight(self.personal.heightForWidth(520))
        self.format = QComboBox(self)
        self.format.addItem(self.tr("CSV (.csv)"), "csv")
        self.format.addItem(self.tr("Excel (.xlsx)"), "xlsx")
        self.sensitive = QCheckBox(self.tr("Include people and cases marked sensitive"), self)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format)
        form.addRow("", self.sensitive)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scope)
        layout.addWidget(self.personal)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def export(self) -> bool:
        """Ask for the file and write it; True when written."""
        from forum_kit.exchange.exporter import (
            export_grievance_list,
            export_grievances,
            export_people_list,
        )
        from forum_kit.queries.people import PeopleFilter

        fmt = self.format.currentData()
        path = self.choose_file(self, fmt)
        if not path:
            return False
        try:
            with self.ctx.unit_of_work() as session:
                sensitive = self.sensitive.isChecked()
                if self.what == "people":
                    flt = self.people_filter or PeopleFilter(
                        workplace_id=self.workplace_id or _first_workplace(session))
                    sort, descending = self.people_sort
                    count = export_people_list(
                        session, path, flt=flt, today=self.ctx.today(), sort=sort,
                        descending=descending, stale_days=int(setting(self.ctx, "stale_days")),
                        format=fmt, include_sensitive=sensitive)
                elif self.grievance_filter is not None:
                    count = export_grievance_list(
                        session, path, flt=self.grievance_filter, today=self.ctx.today(),
                        format=fmt, include_sensitive=sensitive)
                else:
                    workplace_id = self.workplace_id or _first_workplace(session)
                    count = export_grievances(
                        session, path, workplace_id=workplace_id, format=fmt,
                        include_sensitive=sensitive)
        except ForumKitError as error:
            self.error.setText(error.message)
            return False
        self.written = (path, count)
        self.accept()
        return True


def _first_workplace(session: Any) -> int:
    from forum_kit.errors import NotFound
    from forum_kit.queries.areas import workplaces

    rows = list(workplaces(session))
    if not rows:
        raise NotFound(translate("ExportDialog", "The vault has no workplace yet; add one first."))
    return rows[0].id


def _ask_file(parent: QWidget, fmt: str) -> str | None:
    path = save_file(parent, translate("ExportDialog", "Export to"), f"export.{fmt}", f"*.{fmt}")
    if path and not path.lower().endswith(f".{fmt}"):
        path += f".{fmt}"
    return path or None
