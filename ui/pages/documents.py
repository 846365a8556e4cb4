"""The Documents page: pick a kind, fill a form, watch a live preview, then print or save.

Owns the four document forms (leaflet; delegate briefing; briefing pack; chart sheet) and the
page around them. Every form edit restarts a ~400 ms debounce; the document is then built in
memory by the one background helper (``ui.operations``) with its own session, and shown by
``PdfPreview`` through a QBuffer, never a temporary file. Packs and other vault documents show
progress and can be cancelled (a newer edit cancels the older build too). Above the buttons a
line always says which personal data the document carries (none, initials, names). Printing
renders the pages to a QPrinter; saving writes atomically where the user chose, protected with
AES-256 when asked, and asks first before writing coworkers' data without a password. Dialogs
(printer, file, password) are attributes tests replace.
"""

from __future__ import annotations

import datetime as dt
import io
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from forum_kit.errors import ForumKitError, InvalidInput
from ui.editors.common import error_text, from_qdate, show_error, to_qdate
from ui.models.roles import ID_ROLE
from ui.pages import Page
from ui.widgets.file_dialogs import open_file, save_file
from ui.widgets.pdf_preview import PdfPreview

DEBOUNCE_MS = 400
CHECKED = Qt.CheckState.Checked
UNCHECKED = Qt.CheckState.Unchecked
KINDS = (("leaflet", "Leaflet"), ("briefing", "Delegate briefing"), ("pack", "Briefing pack"),
         ("chart_sheet", "Chart sheet"))
REDACTION_LABELS = (("initials", "Initials only"), ("numbers", "Row numbers only (no names)"),
                    ("names", "Full names"))
_RANK = {"none": 0, "initials": 1, "names": 2}
_PERSONAL = {"none": "none", "numbers": "none", "initials": "initials", "names": "names"}


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def _paragraphs(text: str) -> tuple[str, ...]:
    """Paragraphs separated by a blank line; the lines inside one are joined."""
    out, current = [], []
    for line in text.splitlines():
        if line.strip():
            current.append(line.strip())
        elif current:
            out.append(" ".join(current))
            current = []
    if current:
        out.append(" ".join(current))
    return tuple(out)


# ---- what the worker builds ---------------------------------------------------------------


@dataclass(frozen=True)
class LeafletRequest:
    spec: Any
    needs_vault = False

    @property
    def personal_data(self) -> str:
        return "none"

    def make(self, _session: Any) -> Any:
        return self.spec


@dataclass(frozen=True)
class BriefingRequest:
    forum_id: int
    meeting_id: int
    area_ids: tuple[int, ...] | None
    as_of: dt.date
    questions: tuple[str, ...] = ()
    paper: str = "A4"
    needs_vault = True

    @property
    def personal_data(self) -> str:
        return "none"

    def make(self, session: Any) -> Any:
        from forum_kit.queries import documents

        return documents.briefing_data(session, forum_id=self.forum_id,
                                       council_meeting_id=self.meeting_id, as_of=self.as_of,
                                       area_ids=self.area_ids, questions=self.questions,
                                       paper=self.paper)


@dataclass(frozen=True)
class PackRequest:
    forum_id: int
    meeting_ids: tuple[int, ...]
    chart_area_ids: tuple[int, ...]
    redaction: str
    as_of: dt.date
    title: str = ""
    paper: str = "A4"
    needs_vault = True

    @property
    def personal_data(self) -> str:
        return _PERSONAL[self.redaction] if self.chart_area_ids else "none"

    def make(self, session: Any) -> Any:
        from forum_kit.queries import documents

        return documents.pack_spec(session, forum_id=self.forum_id,
                                   council_meeting_ids=self.meeting_ids, as_of=self.as_of,
                                   chart_area_ids=self.chart_area_ids, redaction=self.redaction,
                                   title=self.title, paper=self.paper)


@dataclass(frozen=True)
class ChartSheetRequest:
    area_id: int
    redaction: str
    blank_rows: int
    as_of: dt.date
    paper: str = "A4"
    needs_vault = True

    @property
    def personal_data(self) -> str:
        return _PERSONAL[self.redaction]

    def make(self, session: Any) -> Any:
        from forum_kit.queries import documents

        return documents.chart_sheet_data(session, area_id=self.area_id, as_of=self.as_of,
                                          redaction=self.redaction,
                                          blank_rows=self.blank_rows, paper=self.paper)


@dataclass
class BuildResult:
    data: bytes
    pages: int
    personal_data: str
    warnings: list[str] = field(default_factory=list)


def build_document(request: Any, unit_of_work: Callable[[], Any] | None,
                   cancelled: Callable[[], bool], progress: Callable[[int, int], None]
                   ) -> BuildResult:
    """Fill and build ``request`` in memory (runs on a worker thread; touches no widget)."""
    from forum_kit import reports

    if request.needs_vault:
        assert unit_of_work is not None
        with unit_of_work() as session:
            spec = request.make(session)
    else:
        spec = request.make(None)
    if cancelled():
        raise reports.Cancelled()
    buffer = io.BytesIO()
    if isinstance(spec, reports.LeafletSpec):
        info = reports.build_leaflet(spec, buffer)
    elif isinstance(spec, reports.BriefingData):
        info = reports.build_briefing(spec, buffer, progress=progress, cancelled=cancelled)
    elif isinstance(spec, reports.PackSpec):
        info = reports.build_pack(spec, buffer, progress=progress, cancelled=cancelled)
    else:
        info = reports.build_chart_sheet(spec, buffer, progress=progress, cancelled=cancelled)
    return BuildResult(buffer.getvalue(), info.pages, reports.personal_data_of(spec))


class _Progress(QObject):
    """Lives on the GUI thread; the worker emits and Qt queues the call across threads."""

    changed = Signal(int, int, int)  # generation, done, total


# ---- forms --------------------------------------------------------------------------------


def _check_list(name: str) -> tuple[QListView, QStandardItemModel]:
    model = QStandardItemModel()
    view = QListView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setMinimumHeight(90)
    return view, model


def _fill_checks(model: QStandardItemModel, items: list[tuple[int, str]], checked: set[int]
                 ) -> None:
    model.clear()
    for item_id, text in items:
        item = QStandardItem(text)
        item.setData(item_id, ID_ROLE)
        item.setCheckable(True)
        item.setCheckState(CHECKED if item_id in checked else UNCHECKED)
        model.appendRow(item)


def checked_ids(model: QStandardItemModel) -> list[int]:
    return [model.item(r).data(ID_ROLE) for r in range(model.rowCount())
            if model.item(r).checkState() == CHECKED]


def set_checked(model: QStandardItemModel, ids: list[int]) -> None:
    wanted = set(ids)
    for r in range(model.rowCount()):
        item = model.item(r)
        item.setCheckState(CHECKED if item.data(ID_ROLE) in wanted else UNCHECKED)


def _date_edit(name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setAccessibleName(name)
    return edit


def _paper_combo() -> QComboBox:
    combo = QComboBox()
    combo.addItems(["A4", "Letter"])
    combo.setAccessibleName("Paper")
    return combo


class _Form(QWidget):
    """A document form: emits ``changed`` on every edit; ``request()`` reads it (GUI thread)."""

    changed = Signal()
    needs_vault = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: Any = None
        self._loading = False

    def _emit(self, *_args: object) -> None:
        if not self._loading:
            self.changed.emit()

    def _watch(self, *widgets: QWidget) -> None:
        for w in widgets:
            if isinstance(w, QLineEdit):
                w.textChanged.connect(self._emit)
            elif isinstance(w, QPlainTextEdit):
                w.textChanged.connect(self._emit)
            elif isinstance(w, QComboBox):
                w.currentIndexChanged.connect(self._emit)
            elif isinstance(w, QDateEdit):
                w.dateChanged.connect(self._emit)
            elif isinstance(w, QSpinBox):
                w.valueChanged.connect(self._emit)
            elif isinstance(w, QGroupBox | QCheckBox):
                w.toggled.connect(self._emit)

    def load(self, ctx: Any) -> None:
        self.ctx = ctx

    def clear(self) -> None:
        """Drop what came from the vault."""

    def request(self) -> Any:
        raise NotImplementedError


class LeafletForm(_Form):
    """Template, headline, visual, paragraphs, demands, call to action, second language."""

    needs_vault = False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from forum_kit.reports.data import PICTOGRAMS, TEMPLATES

        self.choose_image: Callable[[QWidget], str | None] = _choose_image
        self.template = QComboBox()
        for key in TEMPLATES:
            self.template.addItem(self.tr(key.capitalize()), key)
        self.headline = QLineEdit()
        self.visual = QComboBox()
        for key in PICTOGRAMS:
            self.visual.addItem(self.tr(key.capitalize()), key)
        self.visual.addItem(self.tr("No picture"), "")
        self.visual.addItem(self.tr("Image file…"), "file")
        self.image_path = QLineEdit()
        self.image_path.setPlaceholderText(self.tr("PNG or JPEG file"))
        self.browse = QPushButton(self.tr("Browse…"))
        self.paragraphs = QPlainTextEdit()
        self.paragraphs.setPlaceholderText(self.tr("A blank line separates paragraphs"))
        self.demands = QPlainTextEdit()
        self.demands.setPlaceholderText(self.tr("One demand per line"))
        self.cta_what = QLineEdit()
        self.cta_when = QLineEdit()
        self.cta_where = QLineEdit()
        self.who = QLineEdit()
        self.contact = QLineEdit()
        self.language = QLineEdit("en")
        self.paper = _paper_combo()
        self.n_up = QComboBox()
        for n, text in ((1, "1 per sheet"), (2, "2 per sheet (handbills)"),
                        (4, "4 per sheet (handbills)")):
            self.n_up.addItem(self.tr(text), n)
        self.second = QGroupBox(self.tr("Second language"))
        self.second.setCheckable(True)
        self.second.setChecked(False)
        self.second_language = QLineEdit("es")
        self.second_headline = QLineEdit()
        self.second_paragraphs = QPlainTextEdit()
        self.second_demands = QPlainTextEdit()
        self.second_cta_what = QLineEdit()
        self.second_cta_when = QLineEdit()
        self.second_cta_where = QLineEdit()
        self.second_layout = QComboBox()
        self.second_layout.addItem(self.tr("Side by side"), "side")
        self.second_layout.addItem(self.tr("On the back"), "back")
        for edit in (self.paragraphs, self.demands, self.second_paragraphs, self.second_demands):
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(70)

        image_row = QHBoxLayout()
        image_row.addWidget(self.image_path, 1)
        image_row.addWidget(self.browse)
        form = QFormLayout()
        for label, widget in (
            ("&Template:", self.template), ("&Headline:", self.headline),
            ("&Visual:", self.visual), ("", image_row), ("&Paragraphs:", self.paragraphs),
            ("&Demands:", self.demands), ("Call to action, &what:", self.cta_what),
            ("When:", self.cta_when), ("Where:", self.cta_where),
            ("W&ho we are:", self.who), ("&Contact:", self.contact),
            ("&Language:", self.language), ("Pap&er:", self.paper), ("&N-up:", self.n_up),
        ):
            if isinstance(widget, QHBoxLayout):
                form.addRow(widget)
            else:
                form.addRow(self.tr(label), widget)
        second = QFormLayout(self.second)
        for label, widget in (("Language:", self.second_language),
                              ("Headline:", self.second_headline),
                              ("Paragraphs:", self.second_paragraphs),
                              ("Demands:", self.second_demands),
                              ("Call to action, what:", self.second_cta_what),
                              ("When:", self.second_cta_when),
                              ("Where:", self.second_cta_where),
                              ("Layout:", self.second_layout)):
            second.addRow(self.tr(label), widget)
        form.addRow(self.second)
        self.setLayout(form)
        self._watch(self.template, self.headline, self.visual, self.image_path, self.paragraphs,
                    self.demands, self.cta_what, self.cta_when, self.cta_where, self.who,
                    self.contact, self.language, self.paper, self.n_up, self.second,
                    self.second_language, self.second_headline, self.second_paragraphs,
                    self.second_demands, self.second_cta_what, self.second_cta_when,
                    self.second_cta_where, self.second_layout)
        self.visual.currentIndexChanged.connect(self._visual_changed)
        self.browse.clicked.connect(self._browse)
        self.fill_example()
        self._visual_changed()

    def fill_example(self) -> None:
        """Start from the template's example text (the user overwrites it)."""
        from forum_kit.reports.samples import sample_leaflet

        spec = sample_leaflet(self.template.currentData())
        self._loading = True
        try:
            self.headline.setText(spec.headline)
            self.paragraphs.setPlainText("\n\n".join(spec.paragraphs))
            self.demands.setPlainText("\n".join(spec.demands))
            if spec.call_to_action is not None:
                self.cta_what.setText(spec.call_to_action.what)
                self.cta_when.setText(spec.call_to_action.when)
                self.cta_where.setText(spec.call_to_action.where)
            self.who.setText(spec.who_we_are)
            self.contact.setText(spec.contact)
            index = self.visual.findData(spec.visual)
            if index >= 0:
                self.visual.setCurrentIndex(index)
        finally:
            self._loading = False
        self.changed.emit()

    def _visual_changed(self, *_args: object) -> None:
        is_file = self.visual.currentData() == "file"
        self.image_path.setEnabled(is_file)
        self.browse.setEnabled(is_file)

    def _browse(self) -> None:
        path = self.choose_image(self)
        if path:
            self.image_path.setText(path)

    def texts(self) -> dict[str, str]:
        """Every text field, to keep a draft in memory over a lock."""
        return {name: (w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text())
                for name, w in vars(self).items() if isinstance(w, QLineEdit | QPlainTextEdit)}

    def set_texts(self, texts: dict[str, str]) -> None:
        self._loading = True
        try:
            for name, text in texts.items():
                widget = getattr(self, name, None)
                if isinstance(widget, QPlainTextEdit):
                    widget.setPlainText(text)
                elif isinstance(widget, QLineEdit):
                    widget.setText(text)
        finally:
            self._loading = False

    def clear_texts(self) -> None:
        self.set_texts(dict.fromkeys(self.texts(), ""))

    def request(self) -> LeafletRequest:
        from forum_kit.reports import CallToAction, LeafletBody, LeafletSpec

        def cta(what: QLineEdit, when: QLineEdit, where: QLineEdit) -> Any:
            action = CallToAction(what.text().strip(), when.text().strip(), where.text().strip())
            return None if action.is_empty() else action

        visual: str | None = self.visual.currentData() or None
        if visual == "file":
            visual = self.image_path.text().strip()
            if not visual:
                raise InvalidInput("visual: choose an image file, or a pictogram.")
        second = None
        if self.second.isChecked():
            second = LeafletBody(
                headline=self.second_headline.text(),
                paragraphs=_paragraphs(self.second_paragraphs.toPlainText()),
                demands=_lines(self.second_demands.toPlainText()),
                call_to_action=cta(self.second_cta_what, self.second_cta_when,
                                   self.second_cta_where),
                who_we_are=self.who.text().strip(), contact=self.contact.text().strip(),
                language=self.second_language.text().strip() or "en")
        spec = LeafletSpec(
            template=self.template.currentData(),
            headline=self.headline.text(),
            visual=visual,
            paragraphs=_paragraphs(self.paragraphs.toPlainText()),
            demands=_lines(self.demands.toPlainText()),
            call_to_action=cta(self.cta_what, self.cta_when, self.cta_where),
            who_we_are=self.who.text().strip(),
            contact=self.contact.text().strip(),
            language=self.language.text().strip() or "en",
            second=second,
            second_layout=self.second_layout.currentData(),
            paper=self.paper.currentText(),
            n_up=self.n_up.currentData(),
        )
        return LeafletRequest(spec)


def _choose_image(parent: QWidget) -> str | None:
    return open_file(parent, parent.tr("Choose a picture"), "",
                     parent.tr("Images (*.png *.jpg *.jpeg)"))


class _ForumForm(_Form):
    """What the briefing and pack forms share: the forum, the date and the paper."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.forum = QComboBox()
        self.forum.setAccessibleName(self.tr("Forum"))
        self.as_of = _date_edit(self.tr("Figures as of"))
        self.paper = _paper_combo()
        self.forum.currentIndexChanged.connect(self._forum_changed)

    def load(self, ctx: Any) -> None:
        super().load(ctx)
        from forum_kit.queries import documents

        with ctx.unit_of_work() as session:
            forums = documents.forums(session)
        keep = self.forum.currentData()
        self._loading = True
        try:
            self.as_of.setDate(to_qdate(ctx.today()))
            self.forum.clear()
            for f in forums:
                self.forum.addItem(f.name, f.id)
            index = self.forum.findData(keep)
            self.forum.setCurrentIndex(index if index >= 0 else (0 if forums else -1))
        finally:
            self._loading = False
        self._forum_changed()

    def clear(self) -> None:
        self._loading = True
        try:
            self.forum.clear()
            self._clear_lists()
        finally:
            self._loading = False

    def _clear_lists(self) -> None:
        """Drop the lists that depend on the forum."""

    def _forum_changed(self, *_args: object) -> None:
        if self._loading or self.ctx is None:
            return
        forum_id = self.forum.currentData()
        self._loading = True
        try:
            self._clear_lists()
            if forum_id is not None:
                from forum_kit.queries import documents

                with self.ctx.unit_of_work() as session:
                    meetings = documents.council_meetings(session, forum_id=forum_id)
                    areas = documents.area_choices(session, forum_id=forum_id)
                    defaults = documents.default_area_ids(session, forum_id=forum_id)
                self._fill(meetings, areas, defaults)
        finally:
            self._loading = False
        self.changed.emit()

    def _fill(self, meetings: list[Any], areas: list[Any], defaults: list[int]) -> None:
        raise NotImplementedError

    def _default_meeting(self, meetings: list[Any]) -> int | None:
        """The next meeting the forum has mandated for, else the next one, else the latest."""
        today = self.ctx.today()
        upcoming = [m for m in reversed(meetings) if m.held_on >= today]
        for m in upcoming:
            if m.mandates:
                return m.id
        if upcoming:
            return upcoming[0].id
        return meetings[0].id if meetings else None

    def _forum_id(self) -> int:
        forum_id = self.forum.currentData()
        if forum_id is None:
            raise InvalidInput("forum: the vault has no forum yet; add one under Assemblies.")
        return forum_id


class BriefingForm(_ForumForm):
    """A forum, one council meeting, the areas whose figures go in, questions, paper."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meeting = QComboBox()
        self.meeting.setAccessibleName(self.tr("Council meeting"))
        self.areas, self.areas_model = _check_list(self.tr("Areas"))
        self.questions = QPlainTextEdit()
        self.questions.setPlaceholderText(self.tr("One question per line"))
        self.questions.setTabChangesFocus(True)
        form = QFormLayout(self)
        form.addRow(self.tr("&Forum:"), self.forum)
        form.addRow(self.tr("Council &meeting:"), self.meeting)
        form.addRow(self.tr("&Areas:"), self.areas)
        form.addRow(self.tr("Figures &as of:"), self.as_of)
        form.addRow(self.tr("&Questions:"), self.questions)
        form.addRow(self.tr("Pap&er:"), self.paper)
        self._watch(self.meeting, self.as_of, self.questions, self.paper)
        self.areas_model.itemChanged.connect(self._emit)

    def _clear_lists(self) -> None:
        self.meeting.clear()
        self.areas_model.clear()

    def _fill(self, meetings: list[Any], areas: list[Any], defaults: list[int]) -> None:
        for m in meetings:
            self.meeting.addItem(m.label, m.id)
        index = self.meeting.findData(self._default_meeting(meetings))
        self.meeting.setCurrentIndex(max(index, 0) if meetings else -1)
        _fill_checks(self.areas_model, [(a.id, "   " * a.depth + a.name) for a in areas],
                     set(defaults))

    def request(self) -> BriefingRequest:
        forum_id = self._forum_id()
        meeting_id = self.meeting.currentData()
        if meeting_id is None:
            raise InvalidInput("meeting: this forum has no council meeting to brief on yet.")
        return BriefingRequest(forum_id, meeting_id, tuple(checked_ids(self.areas_model)),
                               from_qdate(self.as_of.date()),
                               _lines(self.questions.toPlainText()), self.paper.currentText())


class PackForm(_ForumForm):
    """A forum, several council meetings, chart sheets of several areas and their redaction."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meetings, self.meetings_model = _check_list(self.tr("Council meetings"))
        self.charts, self.charts_model = _check_list(self.tr("Chart sheets"))
        self.redaction = QComboBox()
        for key, label in REDACTION_LABELS:
            self.redaction.addItem(self.tr(label), key)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("Default: the forum's name"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Forum:"), self.forum)
        form.addRow(self.tr("Council &meetings:"), self.meetings)
        form.addRow(self.tr("C&hart sheets:"), self.charts)
        form.addRow(self.tr("Chart sheets show:"), self.redaction)
        form.addRow(self.tr("Figures &as of:"), self.as_of)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("Pap&er:"), self.paper)
        self._watch(self.redaction, self.as_of, self.title, self.paper)
        self.meetings_model.itemChanged.connect(self._emit)
        self.charts_model.itemChanged.connect(self._emit)

    def _clear_lists(self) -> None:
        self.meetings_model.clear()
        self.charts_model.clear()

    def _fill(self, meetings: list[Any], areas: list[Any], defaults: list[int]) -> None:
        default = self._default_meeting(meetings)
        _fill_checks(self.meetings_model, [(m.id, m.label) for m in meetings],
                     {default} if default is not None else set())
        _fill_checks(self.charts_model, [(a.id, "   " * a.depth + a.name) for a in areas], set())

    def request(self) -> PackRequest:
        forum_id = self._forum_id()
        meetings = tuple(checked_ids(self.meetings_model))
        charts = tuple(checked_ids(self.charts_model))
        if not meetings and not charts:
            raise InvalidInput("items: tick at least one council meeting or one chart sheet.")
        return PackRequest(forum_id, meetings, charts, self.redaction.currentData(),
                           from_qdate(self.as_of.date()), self.title.text().strip(),
                           self.paper.currentText())


class ChartSheetForm(_Form):
    """An area, the redaction (initials by default), blank rows, the date and the paper."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area = QComboBox()
        self.area.setAccessibleName(self.tr("Area"))
        self.redaction = QComboBox()
        for key, label in REDACTION_LABELS:
            self.redaction.addItem(self.tr(label), key)
        self.blank_rows = QSpinBox()
        self.blank_rows.setRange(0, 500)
        self.blank_rows.setValue(10)
        self.as_of = _date_edit(self.tr("As of"))
        self.paper = _paper_combo()
        form = QFormLayout(self)
        form.addRow(self.tr("&Area:"), self.area)
        form.addRow(self.tr("&Show:"), self.redaction)
        form.addRow(self.tr("&Blank rows:"), self.blank_rows)
        form.addRow(self.tr("As &of:"), self.as_of)
        form.addRow(self.tr("Pap&er:"), self.paper)
        self._watch(self.area, self.redaction, self.blank_rows, self.as_of, self.paper)

    def load(self, ctx: Any) -> None:
        super().load(ctx)
        from forum_kit.queries import documents

        with ctx.unit_of_work() as session:
            areas = documents.area_choices(session)
        keep = self.area.currentData()
        several = len({a.workplace for a in areas}) > 1
        self._loading = True
        try:
            self.as_of.setDate(to_qdate(ctx.today()))
            self.area.clear()
            for a in areas:
                prefix = f"{a.workplace} / " if several and a.depth == 0 else ""
                self.area.addItem("   " * a.depth + prefix + a.name, a.id)
            index = self.area.findData(keep)
            self.area.setCurrentIndex(index if index >= 0 else (0 if areas else -1))
        finally:
            self._loading = False
        self.changed.emit()

    def clear(self) -> None:
        self._loading = True
        try:
            self.area.clear()
        finally:
            self._loading = False

    def request(self) -> ChartSheetRequest:
        area_id = self.area.currentData()
        if area_id is None:
            raise InvalidInput("area: the vault has no areas yet; add them on the Map page.")
        return ChartSheetRequest(area_id, self.redaction.currentData(), self.blank_rows.value(),
                                 from_qdate(self.as_of.date()), self.paper.currentText())


# ---- injectable dialogs -------------------------------------------------------------------


def _choose_printer(parent: QWidget) -> QPrinter | None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def _choose_save_path(parent: QWidget, suggested: str) -> str | None:
    path = save_file(parent, parent.tr("Save the document"), suggested, parent.tr("PDF (*.pdf)"))
    if path and not path.lower().endswith(".pdf"):
        path += ".pdf"
    return path or None


def _ask_password(parent: QWidget) -> str | None:
    first, ok = QInputDialog.getText(parent, parent.tr("Protect with a password"),
                                     parent.tr("Password (at least 8 characters):"),
                                     QLineEdit.EchoMode.Password)
    if not ok:
        return None
    again, ok = QInputDialog.getText(parent, parent.tr("Protect with a password"),
                                     parent.tr("The same password again:"),
                                     QLineEdit.EchoMode.Password)
    if not ok:
        return None
    if again != first:
        show_error(parent, parent.tr("The two passwords differ; nothing was saved."))
        return None
    return first


# ---- the page -----------------------------------------------------------------------------


class DocumentsPage(Page):
    title = "Documents"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.show_error = show_error
        self.choose_printer: Callable[[QWidget], QPrinter | None] = _choose_printer
        self.choose_save_path: Callable[[QWidget, str], str | None] = _choose_save_path
        self.ask_password: Callable[[QWidget], str | None] = _ask_password
        self.result: BuildResult | None = None
        self.request: Any = None
        self._generation = 0
        self._cancel: threading.Event | None = None
        self._building = False
        self._draft: dict[str, str] | None = None

        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of document"))
        for key, label in KINDS:
            self.kind.addItem(self.tr(label), key)
        self.forms: dict[str, _Form] = {"leaflet": LeafletForm(), "briefing": BriefingForm(),
                                        "pack": PackForm(), "chart_sheet": ChartSheetForm()}
        self.stack = QStackedWidget()
        for key, _label in KINDS:
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(self.forms[key])
            self.stack.addWidget(scroll)
            self.forms[key].changed.connect(self.schedule)
        kind_row = QHBoxLayout()
        kind_label = QLabel(self.tr("&Document:"))
        kind_label.setBuddy(self.kind)
        kind_row.addWidget(kind_label)
        kind_row.addWidget(self.kind, 1)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(kind_row)
        lv.addWidget(self.stack, 1)

        self.preview = PdfPreview()
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #8a4b00;")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.personal = QLabel()
        self.personal.setWordWrap(True)
        self.personal.setAccessibleName(self.tr("Personal data in this document"))
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("&Stop"))
        self.cancel_button.setToolTip(self.tr("Stop building this document"))
        self.cancel_button.hide()
        self.protect = QCheckBox(self.tr("Protect with a &password"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.save_button = QPushButton(self.tr("Sa&ve as PDF…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch()
        buttons.addWidget(self.protect)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.preview, 1)
        rv.addWidget(self.warnings)
        rv.addWidget(self.status)
        rv.addWidget(self.personal)
        rv.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([420, 800])
        outer = QVBoxLayout(self)
        outer.addWidget(splitter)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.rebuild)
        self._progress = _Progress(self)
        self._progress.changed.connect(self._on_progress)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.cancel_button.clicked.connect(self.cancel_build)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_document)
        self._set_personal(self._expected_personal())
        self._update_buttons()

    # ---- page protocol ----------------------------------------------------------------------
    def attach(self, ctx: Any) -> None:
        super().attach(ctx)
        leaflet = self.forms["leaflet"]
        if self._draft is not None:
            assert isinstance(leaflet, LeafletForm)
            leaflet.set_texts(self._draft)
            self._draft = None
        self.refresh()

    def refresh(self) -> None:
        if self.ctx is None:
            return
        try:
            for form in self.forms.values():
                form.load(self.ctx)
        except ForumKitError as exc:
            self.show_error(self, error_text(exc))
        self.schedule()

    def clear(self) -> None:
        self.cancel_build()
        self.timer.stop()
        self._generation += 1
        self.result = None
        self.request = None
        self.preview.clear()
        self.warnings.clear()
        self.status.clear()
        for form in self.forms.values():
            form.clear()
        leaflet = self.forms["leaflet"]
        assert isinstance(leaflet, LeafletForm)
        # The leaflet is the user's own draft: kept in memory for the unlock, out of the widgets.
        self._draft = leaflet.texts()
        leaflet.clear_texts()
        self._update_buttons()

    def state(self) -> dict[str, Any]:
        return {"kind": self.kind.currentData()}

    def restore_state(self, state: dict[str, Any]) -> None:
        index = self.kind.findData(state.get("kind"))
        if index >= 0:
            self.kind.setCurrentIndex(index)

    # ---- building -----------------------------------------------------------------------------
    @property
    def current_form(self) -> _Form:
        return self.forms[self.kind.currentData()]

    @property
    def is_building(self) -> bool:
        return self._building

    @property
    def is_current(self) -> bool:
        """True when the preview shows the form as it is now (nothing pending or building)."""
        return self.result is not None and not self.timer.isActive() and not self._building

    def _kind_changed(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self.schedule()

    def _expected_personal(self) -> str:
        try:
            return self.current_form.request().personal_data
        except (ForumKitError, TypeError, ValueError):
            return {"chart_sheet": "initials"}.get(self.kind.currentData(), "none")

    def _set_personal(self, kind: str) -> None:
        from forum_kit.queries.documents import personal_data_line

        self.personal.setText(personal_data_line(kind))
        self.personal.setStyleSheet("font-weight: bold; color: #a40000;" if kind == "names"
                                    else "font-weight: bold;")

    def schedule(self) -> None:
        """Rebuild the preview once the user pauses (edits restart the wait)."""
        self.result = None
        self._set_personal(self._expected_personal())
        self.timer.start()
        self._update_buttons()

    def rebuild(self) -> None:
        """Build the current form's document in the background and show it."""
        self.timer.stop()
        self.cancel_build()
        self._generation += 1
        generation = self._generation
        self.result = None
        form = self.current_form
        try:
            request = form.request()
        except ForumKitError as exc:
            self.request = None
            self._show_problem(error_text(exc))
            return
        if request.needs_vault and (self.ctx is None or self.ctx.is_locked):
            return
        self.request = request
        self._set_personal(request.personal_data)
        self.warnings.setText(self._warnings(request))
        cancel = threading.Event()
        self._cancel = cancel
        self._building = True
        self.status.setText(self.tr("Building the preview…"))
        self.progress.setRange(0, 0)
        self.progress.setVisible(request.needs_vault)
        self.cancel_button.setVisible(request.needs_vault)
        self._update_buttons()
        unit_of_work = self.ctx.unit_of_work if self.ctx is not None else None
        relay = self._progress

        def progress(done: int, total: int) -> None:
            relay.changed.emit(generation, done, total)

        from ui.operations import run_in_background

        run_in_background(
            self,
            lambda: build_document(request, unit_of_work, cancel.is_set, progress),
            on_done=lambda result: self._built(generation, result),
            on_error=lambda error: self._failed(generation, error),
        )

    def build_now(self) -> None:
        """Skip the wait (tests, and the first build after a kind is picked)."""
        self.rebuild()

    def cancel_build(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
        self._cancel = None

    def _warnings(self, request: Any) -> str:
        if not isinstance(request, LeafletRequest):
            return ""
        from forum_kit.reports import leaflet_warnings

        return "\n".join("\u26a0 " + w for w in leaflet_warnings(request.spec))

    def _on_progress(self, generation: int, done: int, total: int) -> None:
        if generation == self._generation and total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _finish(self) -> None:
        self._building = False
        self.progress.hide()
        self.cancel_button.hide()
        self._update_buttons()

    def _built(self, generation: int, result: BuildResult) -> None:
        if generation != self._generation:
            return
        self._cancel = None
        self.result = result
        self._set_personal(result.personal_data)
        self.preview.show_pdf(result.data)
        self.status.setText(self.tr("Pages: {n}.").format(n=result.pages))
        self._finish()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._cancel = None
        from forum_kit.reports import Cancelled

        if isinstance(error, Cancelled):
            self.status.setText(self.tr("Stopped: the document was not built."))
        else:
            self._show_problem(error_text(error) if isinstance(error, ForumKitError)
                               else self.tr("The document could not be built."))
        self._finish()

    def _show_problem(self, message: str) -> None:
        self.result = None
        self.status.setText(message)
        self.preview.show_message(message)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self.is_current
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    # ---- print and save -----------------------------------------------------------------------
    def print_document(self) -> bool:
        """Send the shown document to a printer chosen by the user; nothing is saved."""
        if not self.is_current or not self.preview.has_document:
            return False
        printer = self.choose_printer(self)
        if printer is None:
            return False
        pages = self.preview.print_to(printer)
        self.status.setText(self.tr("Pages sent to the printer: {n}.").format(n=pages))
        return pages > 0

    def _suggested_name(self) -> str:
        day = self.ctx.today().isoformat() if self.ctx is not None else ""
        return f"{self.kind.currentData().replace('_', '-')}-{day}.pdf"

    def save_document(self) -> bool:
        """Save the shown document where the user chooses, protected when asked."""
        if not self.is_current or self.result is None:
            return False
        result = self.result
        password = None
        if self.protect.isChecked():
            password = self.ask_password(self)
            if password is None:
                return False
        elif result.personal_data != "none" and self.ctx is not None:
            what = {"initials": self.tr("coworkers' initials"),
                    "names": self.tr("coworkers' full names")}[result.personal_data]
            if not self.ctx.confirm(self, self.tr("Save a PDF with {what} without a password?")
                                    .format(what=what),
                                    [self.tr("Anyone who gets the file can read it."),
                                     self.tr("Tick 'Protect with a password' to encrypt it.")]):
                return False
        path = self.choose_save_path(self, self._suggested_name())
        if not path:
            return False
        from forum_kit.queries.documents import save_pdf

        try:
            save_pdf(result.data, path, password=password)
        except ForumKitError as exc:
            self.show_error(self, error_text(exc))
            return False
        how = self.tr(" with a password (AES-256)") if password is not None else ""
        self.status.setText(self.tr("Saved{how}.").format(how=how))
        return True
