"""The Delegates and Mandates tabs of the Assemblies page: who carries a forum's word, and what.

Owns ``DelegatesAndMandates``, the part of ``AssembliesPage`` that builds the two tabs and acts on
them. Delegates: a forum's delegates and alternates, current and past; electing one (with no
council yet it says so and offers to create the council first), and a recall, which needs one of
the forum's recall motions (a lost one is refused with the service's reason; a carried one ends the
term, after a confirmation). Mandates: the forum's instructions on council agenda items (a
council's tab lists what the forums gave on its agenda), passing one and the delegate's
report-back. Every change is one ``ctx.unit_of_work()`` through ``forum_kit.services.assemblies``,
asked through the page's injectable dialogs (``ask_delegate``, ``ask_recall``, ``ask_mandate``,
``ask_report``, ``confirm``, ``offer_new_council``, ``pick_contact``). Also the page's tab
indexes, ``TAB_MEETINGS`` to ``TAB_BUNDLES``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from forum_kit.queries import assemblies as assemblies_q
from forum_kit.services import assemblies as assemblies_s
from ui.editors.mandate_editor import RecallMotion
from ui.editors.meeting_editor import Declined, ask_and_apply, show_rows, table_view
from ui.editors.pick_contact import contact_name, pick_contact
from ui.i18n import shown
from ui.models.assembly_models import RESULT_LABELS, DelegateModel, MandateModel
from ui.widgets.read_only import mark_writes

TAB_MEETINGS, TAB_DELEGATES, TAB_MANDATES, TAB_BUNDLES = range(4)


def _first_line(text: str, limit: int = 60) -> str:
    line = text.splitlines()[0] if text else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _list_tab(note: QLabel, view: QWidget, *buttons: QPushButton) -> QWidget:
    """A tab of a note over a list of five rows or more, with the list's buttons under it."""
    show_rows(view, 5)
    mark_writes(*buttons)
    note.setWordWrap(True)
    tab = QWidget()
    layout = QVBoxLayout(tab)
    layout.addWidget(note)
    layout.addWidget(view, 1)
    bar = QHBoxLayout()
    for button in buttons:
        bar.addWidget(button)
    bar.addStretch(1)
    layout.addLayout(bar)
    return tab


class DelegatesAndMandates:
    """Mixed into ``AssembliesPage``, which gives ``ctx``, ``tr``, the chosen body, the tree's
    bodies, the tabs, the injected dialogs and ``changed``; ``_enable`` reads the buttons made
    here."""

    ctx: Any
    body_id: int | None
    body_kind: str | None
    body_name: str
    _bodies: dict[int, Any]
    tabs: Any
    changed: Any
    show_error: Callable[..., Any]
    confirm: Callable[..., bool]
    offer_new_council: Callable[..., bool]
    ask_delegate: Callable[..., Any]
    ask_recall: Callable[..., Any]
    ask_mandate: Callable[..., Any]
    ask_report: Callable[..., Any]
    pick_contact: Callable[[QWidget], tuple[int, str] | None]
    tr: Callable[..., str]
    new_body: Callable[[str], int | None]
    select_body: Callable[[int], bool]
    _enable: Callable[[], None]
    _refused: Callable[[str], None]

    def _delegates_tab(self) -> QWidget:
        self.delegates = DelegateModel(self)
        self.delegates_view = table_view(
            self.delegates, self.tr("Delegates"), (170, 80, 170, 90, 90)
        )
        self.elect_button = QPushButton(self.tr("&Elect a delegate…"))
        self.recall_button = QPushButton(self.tr("&Recall…"))
        self.delegates_note = QLabel()
        return _list_tab(
            self.delegates_note, self.delegates_view, self.elect_button, self.recall_button
        )

    def _mandates_tab(self) -> QWidget:
        self.mandates = MandateModel(self)
        self.mandates_view = table_view(
            self.mandates, self.tr("Mandates"), (100, 110, 150, 170, 100, 150, 110, 90, 120)
        )
        self.pass_button = QPushButton(self.tr("&Pass a mandate…"))
        self.report_button = QPushButton(self.tr("Report &back…"))
        self.mandates_note = QLabel()
        return _list_tab(
            self.mandates_note, self.mandates_view, self.pass_button, self.report_button
        )

    # ---- delegates --------------------------------------------------------------------------
    def load_delegates(self) -> None:
        if self.ctx is None or self.body_kind != "forum":
            self.delegates.clear()
            self.delegates_note.setText(
                self.tr("Delegates are elected by a forum: choose a forum on the left.")
                if self.body_kind == "council"
                else ""
            )
            return
        with self.ctx.unit_of_work() as session:
            rows = assemblies_q.delegates_of(session, self.body_id, on=self.ctx.today())
        self.delegates.set_rows(rows)
        self.delegates_note.setText(
            self.tr(
                "Delegates carry the forum's mandates and can be recalled by a carried recall "
                "motion of the forum."
            )
        )
        self._enable()

    def _forum_motions(
        self, session: Any, kind: str, *, adopted_only: bool
    ) -> list[tuple[int, str]]:
        """The forum's motions of one kind, newest first, labelled with date and result."""
        out: list[tuple[int, str]] = []
        for meeting in assemblies_q.meetings_of(session, self.body_id):
            detail = assemblies_q.meeting_detail(session, meeting.id)
            for motion in detail.motions:
                if motion.kind != kind:
                    continue
                if adopted_only and motion.result not in ("carried", "consensus"):
                    continue
                result = shown(RESULT_LABELS.get(motion.result, motion.result))
                out.append(
                    (
                        motion.id,
                        f"{meeting.held_at.date().isoformat()}: "
                        f"{_first_line(motion.text)} — {result}",
                    )
                )
        return out

    def _councils(self) -> list[tuple[int, str]]:
        return [(b.id, b.name) for b in self._bodies.values() if b.kind == "council"]

    def _pick_contact(self, parent: QWidget) -> tuple[int, str] | None:
        row = self._bodies.get(self.body_id) if self.body_id is not None else None
        chosen = pick_contact(parent, self.ctx, row.workplace_id if row else None)
        return None if chosen is None else (chosen, contact_name(self.ctx, chosen))

    def elect_delegate(self) -> int | None:
        if self.ctx is None or self.body_kind != "forum":
            return None
        forum = self._bodies[self.body_id]
        council_id = forum.parent_id
        if not self._councils():
            # never a silent close: say there is no council, and offer to create it
            if not self.offer_new_council(self):
                return None
            council_id = self.new_body("council")
            if council_id is None:
                return None
            self.select_body(forum.id)
        with self.ctx.unit_of_work() as session:
            motions = self._forum_motions(session, "election", adopted_only=True)

        def apply(spec: Any) -> int:
            with self.ctx.unit_of_work() as session:
                return assemblies_s.elect_delegate(
                    session,
                    forum_id=forum.id,
                    council_id=spec.council_id,
                    display_name=spec.display_name,
                    term_start=spec.term_start,
                    term_end=spec.term_end,
                    role=spec.role,
                    contact_id=spec.contact_id,
                    motion_id=spec.motion_id,
                ).id

        delegate_id = ask_and_apply(
            self.ask_delegate,
            (self, self._councils(), motions, self.ctx.today(), council_id, self.pick_contact),
            apply,
            self._refused,
        )
        if delegate_id is None:
            return None
        self.load_delegates()
        self.tabs.setCurrentIndex(TAB_DELEGATES)
        self._select(self.delegates_view, self.delegates, delegate_id)
        self.changed.emit("assemblies")
        return delegate_id

    @staticmethod
    def _select(view: Any, model: Any, ident: int) -> None:
        row = model.row_of(ident)
        if row >= 0:
            view.setCurrentIndex(model.index(row, 0))

    def _current(self, view: Any, model: Any) -> Any | None:
        index = view.currentIndex()
        return model.row_at(index.row()) if index.isValid() else None

    def recall_delegate(self) -> bool:
        """Recall the chosen delegate by one of the forum's recall motions (after a confirm)."""
        if self.ctx is None or self.body_kind != "forum":
            return False
        delegate = self._current(self.delegates_view, self.delegates)
        if delegate is None:
            self.show_error(self, self.tr("Choose the delegate to recall first."))
            return False
        with self.ctx.unit_of_work() as session:
            motions = self._forum_motions(session, "recall", adopted_only=False)
            details = self._recall_details(session)
        if not motions:
            self.show_error(
                self,
                self.tr(
                    "A recall is a motion of the forum: record the recall motion and its result in "
                    "a meeting of this forum first (Meetings tab, Record a motion, kind Recall)."
                ),
            )
            return False

        def apply(spec: Any) -> bool:
            # checked by the form first (date, carried motion), then confirmed, then written;
            # "No" to the confirmation goes back to the form with everything as typed
            if not self.confirm(
                self,
                self.tr("Recall this delegate?"),
                [
                    self.tr("The delegate's term ends on {day}.").format(day=spec.on.isoformat()),
                    self.tr("They no longer carry the forum's mandates."),
                ],
            ):
                raise Declined()
            with self.ctx.unit_of_work() as session:
                assemblies_s.recall_delegate(
                    session, delegate_id=delegate.id, motion_id=spec.motion_id, on=spec.on
                )
            return True

        try:
            done = ask_and_apply(
                self.ask_recall,
                (self, motions, self.ctx.today()),
                apply,
                self._refused,
                details=details,
                term_start=delegate.term_start,
            )
        except Declined:  # a replaced dialog (tests) answered No
            return False
        if not done:
            return False
        self.load_delegates()
        self._select(self.delegates_view, self.delegates, delegate.id)
        self.changed.emit("assemblies")
        return True

    def _recall_details(self, session: Any) -> dict[int, RecallMotion]:
        out: dict[int, RecallMotion] = {}
        for meeting in assemblies_q.meetings_of(session, self.body_id):
            for motion in assemblies_q.meeting_detail(session, meeting.id).motions:
                if motion.kind == "recall":
                    out[motion.id] = RecallMotion(
                        meeting.held_at.date(), motion.result in ("carried", "consensus")
                    )
        return out

    # ---- mandates ---------------------------------------------------------------------------
    def load_mandates(self) -> None:
        if self.ctx is None or self.body_id is None:
            self.mandates.clear()
            self.mandates_note.clear()
            self._enable()
            return
        with self.ctx.unit_of_work() as session:
            if self.body_kind == "forum":
                rows = assemblies_q.mandates_of(
                    session, forum_id=self.body_id, today=self.ctx.today()
                )
            else:
                rows = [
                    m
                    for m in assemblies_q.mandates_of(session, today=self.ctx.today())
                    if m.council == self.body_name
                ]
        # Newest council meeting first: the live mandates are the ones a delegate needs.
        self.mandates.set_rows(rows[::-1])
        self.mandates_note.setText(
            self.tr("The forum's instructions to its delegate on council agenda items.")
            if self.body_kind == "forum"
            else self.tr("Mandates the forums in this vault gave on this council's agenda.")
        )
        self._enable()

    def _council_items(self, session: Any) -> list[tuple[int, str]]:
        """Agenda items of council meetings: the forum's own council first, newest first."""
        forum = self._bodies[self.body_id]
        councils = sorted(self._councils(), key=lambda c: c[0] != forum.parent_id)
        out: list[tuple[int, str]] = []
        for council_id, council in councils:
            for meeting in assemblies_q.meetings_of(session, council_id):
                detail = assemblies_q.meeting_detail(session, meeting.id)
                day = meeting.held_at.date().isoformat()
                out.extend(
                    (item.id, f"{council} — {day}: {item.ordinal}. {item.title}")
                    for item in detail.agenda
                )
        return out

    def pass_mandate(self) -> int | None:
        if self.ctx is None or self.body_kind != "forum":
            return None
        forum_id = self.body_id
        with self.ctx.unit_of_work() as session:
            items = self._council_items(session)
            motions = self._forum_motions(session, "mandate", adopted_only=True)
        if not items:
            self.show_error(
                self,
                self.tr(
                    "A mandate is for an agenda item of a council meeting: choose the council, "
                    "schedule its meeting and add the agenda items first."
                ),
            )
            return None

        def apply(spec: Any) -> int:
            with self.ctx.unit_of_work() as session:
                return assemblies_s.pass_mandate(
                    session,
                    forum_id=forum_id,
                    agenda_item_id=spec.agenda_item_id,
                    instruction=spec.instruction,
                    red_lines=spec.red_lines,
                    figure_to_hold=spec.figure_to_hold,
                    expires_on=spec.expires_on,
                    motion_id=spec.motion_id,
                ).id

        mandate_id = ask_and_apply(
            self.ask_mandate, (self, items, motions, self.ctx.today()), apply, self._refused
        )
        if mandate_id is None:
            return None
        self.load_mandates()
        self.tabs.setCurrentIndex(TAB_MANDATES)
        self._select(self.mandates_view, self.mandates, mandate_id)
        self.changed.emit("assemblies")
        return mandate_id

    def report_back(self) -> bool:
        if self.ctx is None or self.body_kind != "forum":
            return False
        mandate = self._current(self.mandates_view, self.mandates)
        if mandate is None:
            self.show_error(self, self.tr("Choose the mandate to report back on first."))
            return False
        with self.ctx.unit_of_work() as session:
            delegates = [
                (d.id, f"{d.name} ({d.role})")
                for d in assemblies_q.delegates_of(session, self.body_id, on=self.ctx.today())
                if d.council == mandate.council
            ]

        def apply(spec: Any) -> bool:
            with self.ctx.unit_of_work() as session:
                assemblies_s.report_back(
                    session,
                    mandate_id=mandate.id,
                    carried_out=spec.carried_out,
                    outcome=spec.outcome,
                    notes=spec.notes,
                    reported_on=spec.reported_on,
                    delegate_id=spec.delegate_id,
                )
            return True

        if not ask_and_apply(
            self.ask_report, (self, delegates, self.ctx.today()), apply, self._refused
        ):
            return False
        self.load_mandates()
        self._select(self.mandates_view, self.mandates, mandate.id)
        self.changed.emit("assemblies")
        return True
