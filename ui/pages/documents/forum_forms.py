"""The briefing and pack forms of the Documents page, and the forum part they share.

This module owns ``ForumForm`` (the forum, the date the figures are taken on, the paper, and
whether grievances marked sensitive are counted), ``BriefingForm`` (one council meeting, the
areas whose figures go in, questions) and ``PackForm`` (several council meetings, chart sheets of
several areas and their redaction, a title). Lists that depend on the forum are filled from the
vault when the forum changes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from forum_kit.errors import InvalidInput
from ui.editors.common import from_qdate, to_qdate
from ui.i18n import shown
from ui.pages.documents.form_base import (
    REDACTION_LABELS,
    DocumentForm,
    check_list,
    checked_ids,
    date_edit,
    fill_checks,
    lines_of,
    paper_combo,
)
from ui.pages.documents.requests import BriefingRequest, PackRequest


class ForumForm(DocumentForm):
    """What the briefing and pack forms share: the forum, the date and the paper."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.forum = QComboBox()
        self.forum.setAccessibleName(self.tr("Forum"))
        self.as_of = date_edit(self.tr("Figures as of"))
        self.paper = paper_combo()
        self.sensitive_grievances = QCheckBox(self.tr("Count grievances marked &sensitive"))
        self.sensitive_grievances.setToolTip(
            self.tr(
                "Off: cases marked sensitive are left out of the grievance counts, as the briefing "
                "says. Tick only when the forum agreed to report them."
            )
        )
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
            raise InvalidInput(self.tr("forum: the vault has no forum yet; add one under "
                                       "Assemblies."))
        return forum_id


class BriefingForm(ForumForm):
    """A forum, one council meeting, the areas whose figures go in, questions, paper."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meeting = QComboBox()
        self.meeting.setAccessibleName(self.tr("Council meeting"))
        self.areas, self.areas_model = check_list(self.tr("Areas"))
        self.questions = QPlainTextEdit()
        self.questions.setPlaceholderText(self.tr("One question per line"))
        self.questions.setTabChangesFocus(True)
        form = QFormLayout(self)
        # a long label (a longer language) puts its field below it rather than widen the form
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Forum:"), self.forum)
        form.addRow(self.tr("Council &meeting:"), self.meeting)
        form.addRow(self.tr("&Areas:"), self.areas)
        form.addRow(self.tr("Figures &as of:"), self.as_of)
        form.addRow(self.tr("&Questions:"), self.questions)
        form.addRow("", self.sensitive_grievances)
        form.addRow(self.tr("Pap&er:"), self.paper)
        self._watch(self.meeting, self.as_of, self.questions, self.paper, self.sensitive_grievances)
        self.areas_model.itemChanged.connect(self._emit)

    def _clear_lists(self) -> None:
        self.meeting.clear()
        self.areas_model.clear()

    def _fill(self, meetings: list[Any], areas: list[Any], defaults: list[int]) -> None:
        for m in meetings:
            self.meeting.addItem(m.label, m.id)
        index = self.meeting.findData(self._default_meeting(meetings))
        self.meeting.setCurrentIndex(max(index, 0) if meetings else -1)
        fill_checks(
            self.areas_model, [(a.id, "   " * a.depth + a.name) for a in areas], set(defaults)
        )

    def request(self) -> BriefingRequest:
        forum_id = self._forum_id()
        meeting_id = self.meeting.currentData()
        if meeting_id is None:
            raise InvalidInput(self.tr("meeting: this forum has no council meeting to brief on "
                                       "yet."))
        return BriefingRequest(
            forum_id,
            meeting_id,
            tuple(checked_ids(self.areas_model)),
            from_qdate(self.as_of.date()),
            lines_of(self.questions.toPlainText()),
            self.paper.currentText(),
            self.sensitive_grievances.isChecked(),
        )


class PackForm(ForumForm):
    """A forum, several council meetings, chart sheets of several areas and their redaction."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meetings, self.meetings_model = check_list(self.tr("Council meetings"))
        self.charts, self.charts_model = check_list(self.tr("Chart sheets"))
        self.redaction = QComboBox()
        for key, label in REDACTION_LABELS:
            self.redaction.addItem(shown(label), key)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("Default: the forum's name"))
        form = QFormLayout(self)
        # a long label (a longer language) puts its field below it rather than widen the form
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Forum:"), self.forum)
        form.addRow(self.tr("Council &meetings:"), self.meetings)
        form.addRow(self.tr("C&hart sheets:"), self.charts)
        form.addRow(self.tr("Chart sheets show:"), self.redaction)
        form.addRow(self.tr("Figures &as of:"), self.as_of)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow("", self.sensitive_grievances)
        form.addRow(self.tr("Pap&er:"), self.paper)
        self._watch(self.redaction, self.as_of, self.title, self.paper, self.sensitive_grievances)
        self.meetings_model.itemChanged.connect(self._emit)
        self.charts_model.itemChanged.connect(self._emit)

    def _clear_lists(self) -> None:
        self.meetings_model.clear()
        self.charts_model.clear()

    def _fill(self, meetings: list[Any], areas: list[Any], defaults: list[int]) -> None:
        default = self._default_meeting(meetings)
        fill_checks(
            self.meetings_model,
            [(m.id, m.label) for m in meetings],
            {default} if default is not None else set(),
        )
        fill_checks(self.charts_model, [(a.id, "   " * a.depth + a.name) for a in areas], set())

    def request(self) -> PackRequest:
        forum_id = self._forum_id()
        meetings = tuple(checked_ids(self.meetings_model))
        charts = tuple(checked_ids(self.charts_model))
        if not meetings and not charts:
            raise InvalidInput(self.tr("items: tick at least one council meeting or one chart "
                                       "sheet."))
        return PackRequest(
            forum_id,
            meetings,
            charts,
            self.redaction.currentData(),
            from_qdate(self.as_of.date()),
            self.title.text().strip(),
            self.paper.currentText(),
            self.sensitive_grievances.isChecked(),
        )
