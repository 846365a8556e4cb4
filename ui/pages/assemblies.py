"""The Assemblies page: forums and councils, their meetings, delegates, mandates and bundles.

Owns ``AssembliesPage``: on the left the tree of bodies (councils with the forums and councils
under them, workplace -> city -> region), on the right four tabs for the chosen body. Meetings:
the body's meetings and the ``MeetingEditor`` (attendance, agenda, motions with their result,
minutes). Delegates and Mandates: built and run by ``DelegatesAndMandates``
(``ui.pages.assemblies_delegates``), mixed in here. Bundles: the ``BundlesPanel`` (export to the
council, import from forums, the roll-up). Every change is one ``ctx.unit_of_work()`` through
``forum_kit.services.assemblies``; every dialog (``ui.dialogs.assembly_dialogs``,
``ui.editors``) is an injectable attribute so tests answer it without a modal window, and submits
its own values (``ask_and_apply``): a refusal keeps the dialog open with the field marked, never
loses input. Forums and councils are edited (renamed, attached to a council made later), moved
and deleted from the buttons under the tree; a meeting's date and place are fixed, or the meeting
deleted, from the Meetings tab; a delete says first what goes with it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TR_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from forum_kit.errors import ForumKitError
from forum_kit.queries import areas as areas_q
from forum_kit.queries import assemblies as assemblies_q
from forum_kit.services import assemblies as assemblies_s
from ui.dialogs.assembly_dialogs import BodySpec, ask_body, confirm_action, offer_new_council
from ui.dialogs.bundle_dialogs import BundlesPanel
from ui.editors.common import error_text, show_error
from ui.editors.mandate_editor import ask_delegate, ask_mandate, ask_recall, ask_report
from ui.editors.meeting_editor import (
    MeetingEditor,
    ask_and_apply,
    ask_meeting,
    show_rows,
    table_view,
)
from ui.i18n import shown
from ui.models.assembly_models import KIND_LABELS, BodyTreeModel, MeetingListModel
from ui.models.roles import ID_ROLE
from ui.pages import Page
from ui.pages.assemblies_delegates import TAB_MEETINGS, DelegatesAndMandates
from ui.widgets.layout import RatioSplitter, ratio
from ui.widgets.read_only import mark_form, mark_writes

_TREE_SHARE = 0.27  # of the page's width for the tree of bodies; the tabs keep the rest


class AssembliesPage(DelegatesAndMandates, Page):
    """Tree of bodies on the left; Meetings, Delegates, Mandates and Bundles tabs on the right."""

    title = QT_TR_NOOP("Assemblies")
    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.body_id: int | None = None
        self.body_kind: str | None = None
        self.body_name = ""
        self._bodies: dict[int, assemblies_q.BodyRow] = {}
        # Injectable dialogs (ARCHITECTURE.md rule 11).
        self.show_error = show_error
        self.ask_body = ask_body
        self.ask_meeting = ask_meeting
        self.ask_delegate = ask_delegate
        self.ask_recall = ask_recall
        self.ask_mandate = ask_mandate
        self.ask_report = ask_report
        self.confirm = confirm_action
        self.offer_new_council = offer_new_council
        self.pick_contact: Callable[[QWidget], tuple[int, str] | None] = self._pick_contact

        # Left: the tree of bodies.
        self.tree_model = BodyTreeModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.tree_model)
        self.tree.setAccessibleName(self.tr("Forums and councils"))
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Names take what the kind and level columns leave, so a narrow tree elides less.
        tree_header = self.tree.header()
        tree_header.setStretchLastSection(False)
        tree_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            tree_header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.new_forum_button = QPushButton(self.tr("New &forum…"))
        self.new_council_button = QPushButton(self.tr("New c&ouncil…"))
        self.edit_body_button = QPushButton(self.tr("Ed&it…"))
        self.edit_body_button.setToolTip(self.tr(
            "Rename the chosen forum or council, or attach it to another council"))
        self.delete_body_button = QPushButton(self.tr("De&lete…"))
        mark_writes(self.new_forum_button, self.new_council_button, self.edit_body_button,
                    self.delete_body_button)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.tree, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_forum_button)
        row.addWidget(self.new_council_button)
        ll.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.edit_body_button)
        row.addWidget(self.delete_body_button)
        row.addStretch(1)
        ll.addLayout(row)

        self.body_label = QLabel(self.tr("Choose a forum or council."))
        self.body_label.setObjectName("bodyHeading")
        self.body_label.setWordWrap(True)

        # Meetings tab.
        self.meetings = MeetingListModel(self)
        self.meetings_view = table_view(self.meetings, self.tr("Meetings"), (130, 330, 70, 60))
        self.new_meeting_button = QPushButton(self.tr("&Schedule a meeting…"))
        self.edit_meeting_button = QPushButton(self.tr("Fi&x time or place…"))
        self.delete_meeting_button = QPushButton(self.tr("Delete meeti&ng…"))
        mark_writes(self.new_meeting_button, self.edit_meeting_button,
                    self.delete_meeting_button)
        self.meeting_editor = MeetingEditor()
        mark_form(self.meeting_editor)
        meetings_top = QWidget()
        lt = QVBoxLayout(meetings_top)
        lt.setContentsMargins(0, 0, 0, 0)
        lt.addWidget(self.meetings_view, 1)
        bar = QHBoxLayout()
        bar.addWidget(self.new_meeting_button)
        bar.addWidget(self.edit_meeting_button)
        bar.addWidget(self.delete_meeting_button)
        bar.addStretch(1)
        lt.addLayout(bar)
        show_rows(self.meetings_view, 4)
        # the meeting's panels keep a readable height each and scroll together when the
        # window is short (1280x720), rather than each shrinking to a row or two
        self.meeting_scroll = QScrollArea()
        self.meeting_scroll.setWidgetResizable(True)
        self.meeting_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.meeting_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.meeting_scroll.setWidget(self.meeting_editor)
        meetings_tab = QSplitter(Qt.Orientation.Vertical)
        meetings_tab.addWidget(meetings_top)
        meetings_tab.addWidget(self.meeting_scroll)
        meetings_tab.setChildrenCollapsible(False)
        meetings_tab.setSizes([200, 460])
        self.meetings_split = meetings_tab

        delegates_tab = self._delegates_tab()
        mandates_tab = self._mandates_tab()

        # Bundles tab: its roll-up tables keep five rows and the tab scrolls on a short screen.
        self.bundles = BundlesPanel()
        for view in (self.bundles.tally_view, self.bundles.figures_view,
                     self.bundles.points_view, self.bundles.conflicts_view,
                     self.bundles.decisions_view):
            show_rows(view, 5)
        self.bundles_scroll = QScrollArea()
        self.bundles_scroll.setWidgetResizable(True)
        self.bundles_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.bundles_scroll.setWidget(self.bundles)
        mark_form(self.bundles)

        self.tabs = QTabWidget()
        self.tabs.addTab(meetings_tab, self.tr("&Meetings"))
        self.tabs.addTab(delegates_tab, self.tr("&Delegates"))
        self.tabs.addTab(mandates_tab, self.tr("M&andates"))
        self.tabs.addTab(self.bundles_scroll, self.tr("&Bundles"))
        right = QWidget()
        lr = QVBoxLayout(right)
        lr.setContentsMargins(0, 0, 0, 0)
        lr.addWidget(self.body_label)
        lr.addWidget(self.tabs, 1)

        self.splitter = RatioSplitter(ratio(_TREE_SHARE))
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        outer = QVBoxLayout(self)
        outer.addWidget(self.splitter)

        self.tree.selectionModel().currentRowChanged.connect(self._body_changed)
        self.meetings_view.selectionModel().currentRowChanged.connect(self._meeting_changed)
        self.new_forum_button.clicked.connect(lambda: self.new_body("forum"))
        self.new_council_button.clicked.connect(lambda: self.new_body("council"))
        self.edit_body_button.clicked.connect(lambda: self.edit_body())
        self.delete_body_button.clicked.connect(lambda: self.delete_body())
        self.edit_meeting_button.clicked.connect(lambda: self.edit_meeting())
        self.delete_meeting_button.clicked.connect(lambda: self.delete_meeting())
        self.new_meeting_button.clicked.connect(lambda: self.schedule_meeting())
        self.elect_button.clicked.connect(lambda: self.elect_delegate())
        self.recall_button.clicked.connect(lambda: self.recall_delegate())
        self.pass_button.clicked.connect(lambda: self.pass_mandate())
        self.report_button.clicked.connect(lambda: self.report_back())
        self.meeting_editor.saved.connect(self._meeting_saved)
        self._enable()

    # ---- page protocol ----------------------------------------------------------------------
    def attach(self, ctx: Any) -> None:
        super().attach(ctx)
        self.meeting_editor.attach(ctx)
        self.bundles.attach(ctx)
        self.refresh()

    def refresh(self) -> None:
        if self.ctx is None:
            return
        self.load_bodies()
        if self.body_id is not None and self.body_id in self._bodies:
            self.select_body(self.body_id)
        elif self._bodies:
            # Open on the first forum (else the first body): an empty right side helps no one.
            forums = [b.id for b in self._bodies.values() if b.kind == "forum"]
            self.select_body(forums[0] if forums else next(iter(self._bodies)))
        else:
            self._show_body(None)
        self.bundles.refresh()

    def clear(self) -> None:
        self.tree_model.clear()
        self._bodies = {}
        self.body_id = None
        self.body_kind = None
        self.body_name = ""
        self.body_label.setText(self.tr("Choose a forum or council."))
        for model in (self.meetings, self.delegates, self.mandates):
            model.clear()
        self.meeting_editor.clear()
        self.bundles.clear()
        self.delegates_note.clear()
        self.mandates_note.clear()
        self._enable()

    def state(self) -> dict[str, Any]:
        state: dict[str, Any] = {"body_id": self.body_id, "tab": self.tabs.currentIndex(),
                                 "meeting_id": self.meeting_editor.meeting_id}
        # Unsaved minutes survive a lock in the main window's memory only (SECURITY.md).
        draft = self.meeting_editor.draft()
        if draft is not None:
            state["meeting_draft"] = draft
        return state

    def restore_state(self, state: dict[str, Any]) -> None:
        if state.get("body_id") is not None:
            self.select_body(int(state["body_id"]))
        if state.get("tab") is not None:
            self.tabs.setCurrentIndex(int(state["tab"]))
        if state.get("meeting_id") is not None:
            self.select_meeting(int(state["meeting_id"]))
        if state.get("meeting_draft"):
            self.meeting_editor.restore_draft(state["meeting_draft"])

    # ---- bodies -----------------------------------------------------------------------------
    def load_bodies(self) -> None:
        with self.ctx.unit_of_work() as session:
            rows = assemblies_q.bodies(session)
        self._bodies = {row.id: row for row in rows}
        self.tree.selectionModel().blockSignals(True)
        try:
            self.tree_model.set_bodies(rows)
        finally:
            self.tree.selectionModel().blockSignals(False)
        self.tree.expandAll()
        # The model's clear() resets the header, so the sizing is set again after each load.
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)

    def select_body(self, body_id: int) -> bool:
        index = self.tree_model.index_of(body_id)
        if not index.isValid():
            return False
        self.tree.selectionModel().blockSignals(True)
        try:
            self.tree.setCurrentIndex(index)
        finally:
            self.tree.selectionModel().blockSignals(False)
        self._show_body(body_id)
        return True

    def _body_changed(self, current: Any, _previous: Any) -> None:
        self._show_body(current.data(ID_ROLE) if current.isValid() else None)

    def _show_body(self, body_id: int | None) -> None:
        row = self._bodies.get(body_id) if body_id is not None else None
        self.body_id = row.id if row else None
        self.body_kind = row.kind if row else None
        self.body_name = row.name if row else ""
        if row is None:
            self.body_label.setText(self.tr("Choose a forum or council."))
        else:
            parent = self._bodies.get(row.parent_id) if row.parent_id is not None else None
            text = f"{shown(KIND_LABELS.get(row.kind, row.kind))}: {row.name}"
            if parent is not None:
                text += self.tr(" — member of {council}").format(council=parent.name)
            self.body_label.setText(text)
        self.meeting_editor.clear()
        self.bundles.set_body(self.body_id, self.body_kind)
        self.load_meetings()
        if self.meetings.rowCount() and self.ctx is not None:
            # The latest meeting held so far (its record is what people look for), else the next.
            today = self.ctx.today()
            rows = self.meetings.rows()
            held = [m for m in rows if m.held_at.date() <= today]
            self.select_meeting((held[0] if held else rows[-1]).id)
        self.load_delegates()
        self.load_mandates()
        self._enable()

    def _enable(self) -> None:
        chosen = self.body_id is not None
        forum = self.body_kind == "forum"
        self.new_meeting_button.setEnabled(chosen)
        self.edit_body_button.setEnabled(chosen)
        self.delete_body_button.setEnabled(chosen)
        has_meeting = chosen and self.meeting_editor.meeting_id is not None
        self.edit_meeting_button.setEnabled(has_meeting)
        self.delete_meeting_button.setEnabled(has_meeting)
        self.elect_button.setEnabled(forum)
        self.pass_button.setEnabled(forum)
        self.recall_button.setEnabled(forum and self.delegates.rowCount() > 0)
        self.report_button.setEnabled(forum and self.mandates.rowCount() > 0)

    def new_body(self, kind: str) -> int | None:
        """Create a forum or council (under the chosen council by default)."""
        if self.ctx is None:
            return None
        councils = [(b.id, b.name) for b in self._bodies.values() if b.kind == "council"]
        with self.ctx.unit_of_work() as session:
            workplaces = [(w.id, w.name) for w in areas_q.workplaces(session)]
        default_parent = self.body_id if self.body_kind == "council" else None

        def apply(spec: BodySpec) -> int:
            with self.ctx.unit_of_work() as session:
                return assemblies_s.create_body(
                    session, kind=spec.kind, name=spec.name, parent_id=spec.parent_id,
                    level=spec.level, workplace_id=spec.workplace_id,
                    recall_rule=spec.recall_rule).id

        new_id = ask_and_apply(self.ask_body, (self, kind, councils, workplaces, default_parent),
                               apply, self._refused)
        if new_id is None:
            return None
        self.load_bodies()
        self.select_body(new_id)
        self.bundles.refresh()
        self.changed.emit("assemblies")
        return new_id

    def _refused(self, message: str) -> None:
        self.show_error(self, message)

    def _descendants(self, body_id: int) -> set[int]:
        below = {body_id}
        grew = True
        while grew:
            more = {b.id for b in self._bodies.values() if b.parent_id in below} - below
            below |= more
            grew = bool(more)
        return below

    def edit_body(self) -> bool:
        """Rename the chosen forum or council, fix its details, or place it under another
        council (a forum made before its council is attached to it here)."""
        if self.ctx is None or self.body_id is None:
            return False
        row = self._bodies[self.body_id]
        own = self._descendants(row.id)
        councils = [(b.id, b.name) for b in self._bodies.values()
                    if b.kind == "council" and b.id not in own]
        with self.ctx.unit_of_work() as session:
            workplaces = [(w.id, w.name) for w in areas_q.workplaces(session)]
        current = BodySpec(row.kind, row.name, row.parent_id, row.level, row.workplace_id,
                           row.recall_rule)
        body_id = row.id

        def apply(spec: BodySpec) -> int:
            with self.ctx.unit_of_work() as session:
                return assemblies_s.update_body(
                    session, body_id=body_id, name=spec.name, parent_id=spec.parent_id,
                    level=spec.level, workplace_id=spec.workplace_id,
                    recall_rule=spec.recall_rule).id

        if ask_and_apply(self.ask_body, (self, row.kind, councils, workplaces, row.parent_id,
                                         current), apply, self._refused) is None:
            return False
        self.load_bodies()
        self.select_body(body_id)
        self.bundles.refresh()
        self.changed.emit("assemblies")
        return True

    def delete_body(self) -> bool:
        """Delete the chosen forum or council after saying what goes with it."""
        if self.ctx is None or self.body_id is None:
            return False
        row = self._bodies[self.body_id]
        with self.ctx.unit_of_work() as session:
            counts = assemblies_s.body_dependents(session, row.id)
        if counts["member bodies"]:
            self.show_error(self, self.tr(
                "%n forums or councils are members of “{name}”: attach them to another "
                "council (Edit…) or delete them first.", "",
                counts["member bodies"]).format(name=row.name))
            return False
        lost = [self.tr("{n} {what}").format(n=n, what=what) for what, n in counts.items()
                if n and what != "member bodies"]
        if not self.confirm(self, self.tr("Delete “{name}”?").format(name=row.name),
                            lost or [self.tr("It has no meetings, delegates or mandates.")]):
            return False
        try:
            with self.ctx.unit_of_work() as session:
                assemblies_s.delete_body(session, body_id=row.id)
        except ForumKitError as exc:
            self.show_error(self, error_text(exc))
            return False
        self.body_id = None
        self.refresh()
        self.changed.emit("assemblies")
        return True

    # ---- meetings ---------------------------------------------------------------------------
    def load_meetings(self) -> None:
        if self.ctx is None or self.body_id is None:
            self.meetings.clear()
            return
        with self.ctx.unit_of_work() as session:
            rows = assemblies_q.meetings_of(session, self.body_id)
        self.meetings.set_rows(rows)

    def select_meeting(self, meeting_id: int) -> bool:
        row = self.meetings.row_of(meeting_id)
        if row < 0:
            return False
        self.meetings_view.selectionModel().blockSignals(True)
        try:
            self.meetings_view.setCurrentIndex(self.meetings.index(row, 0))
        finally:
            self.meetings_view.selectionModel().blockSignals(False)
        self._open_meeting(meeting_id)
        return True

    def _open_meeting(self, meeting_id: int) -> None:
        row = self._bodies.get(self.body_id) if self.body_id is not None else None
        # The attendance picker offers the forum's own workplace first (all contacts if none).
        self.meeting_editor.workplace_id = row.workplace_id if row else None
        self.meeting_editor.load(meeting_id)
        self._enable()

    def _meeting_changed(self, current: Any, _previous: Any) -> None:
        if current.isValid():
            self._open_meeting(current.data(ID_ROLE))

    def schedule_meeting(self) -> int | None:
        if self.ctx is None or self.body_id is None:
            return None
        default = dt.datetime.combine(self.ctx.today() + dt.timedelta(days=7), dt.time(18, 0))
        body_id = self.body_id

        def apply(spec: Any) -> int:
            with self.ctx.unit_of_work() as session:
                return assemblies_s.schedule_meeting(session, body_id=body_id,
                                                     held_at=spec.held_at, place=spec.place).id

        meeting_id = ask_and_apply(self.ask_meeting, (self, default), apply, self._refused)
        if meeting_id is None:
            return None
        self.load_meetings()
        self.tabs.setCurrentIndex(TAB_MEETINGS)
        self.select_meeting(meeting_id)
        self.bundles.refresh()
        self.changed.emit("assemblies")
        return meeting_id

    def edit_meeting(self) -> bool:
        """Fix the chosen meeting's date, time or place (a lost place is typed again here)."""
        meeting_id = self.meeting_editor.meeting_id
        if self.ctx is None or meeting_id is None:
            return False
        row = self.meetings.rows()[self.meetings.row_of(meeting_id)]

        def apply(spec: Any) -> int:
            with self.ctx.unit_of_work() as session:
                return assemblies_s.update_meeting(session, meeting_id=meeting_id,
                                                   held_at=spec.held_at, place=spec.place).id

        if ask_and_apply(self.ask_meeting, (self, row.held_at, row.place,
                                            self.tr("Fix the meeting's time or place")),
                         apply, self._refused) is None:
            return False
        self._meeting_saved(meeting_id)
        return True

    def delete_meeting(self) -> bool:
        """Delete the chosen meeting after saying what goes with it."""
        meeting_id = self.meeting_editor.meeting_id
        if self.ctx is None or meeting_id is None:
            return False
        with self.ctx.unit_of_work() as session:
            counts = assemblies_s.meeting_dependents(session, meeting_id)
        row = self.meetings.rows()[self.meetings.row_of(meeting_id)]
        lost = [self.tr("{n} {what}").format(n=n, what=what) for what, n in counts.items() if n]
        if counts["mandates"]:
            lost.append(self.tr("Forums' mandates on its agenda are deleted with it."))
        if not self.confirm(self, self.tr("Delete the meeting of {day}?").format(
                day=row.held_at.strftime("%Y-%m-%d %H:%M")),
                lost or [self.tr("It has no attendance, agenda or motions recorded.")]):
            return False
        try:
            with self.ctx.unit_of_work() as session:
                assemblies_s.delete_meeting(session, meeting_id=meeting_id)
        except ForumKitError as exc:
            self.show_error(self, error_text(exc))
            return False
        self.meeting_editor.clear()
        self.load_meetings()
        self.load_mandates()
        self.bundles.refresh()
        self._enable()
        self.changed.emit("assemblies")
        return True

    def _meeting_saved(self, meeting_id: int) -> None:
        self.load_meetings()
        self.select_meeting(meeting_id)
        self.load_mandates()
        self.bundles.refresh()
        self.changed.emit("assemblies")
