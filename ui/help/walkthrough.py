"""The first-run walk-through: a new vault's workplace, first area, first people, first one-on-one.

Owns ``WalkthroughDialog`` and ``offer_walkthrough``. Each step does the real thing at once,
through the services the pages use (one unit of work per step): the workplace
(``services.workplaces.add_workplace``), the first area (``add_area``), the first people typed by
hand (``services.contacts.add_contact`` with a first assessment, as the People page's new
person) or brought in from a chart by the import wizard itself, and the first one-on-one in the
Conversations page's own ``ConversationEditor``. Skip ends it at any step (what was saved stays);
finishing or skipping is recorded in the vault (``services.first_run``), so it is never offered
again; Help > First steps opens it at any time. It is a dialog: the lock closes it with the
others, and the names it lists go with it (it deletes itself on close).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from forum_kit.services import first_run
from ui.editors.common import error_text, load_levels, set_error_label
from ui.widgets.layout import shrinkable_combo

STEPS = ("intro", "workplace", "area", "people", "one_on_one", "done")


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.35)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def _explain(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


def _step_page(title: str, text: str) -> tuple[QWidget, QVBoxLayout]:
    """A step: its heading and what it asks, in a page whose layout the step fills on."""
    page = QWidget()
    box = QVBoxLayout(page)
    box.addWidget(_heading(title))
    box.addWidget(_explain(text))
    return page, box


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b71c1c;")
    label.setVisible(False)
    return label


class WalkthroughDialog(QDialog):
    """Four real steps and a last word; ``ended(state)`` when finished or skipped."""

    ended = Signal(str)
    data_changed = Signal()

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("First steps"))
        self.setObjectName("walkthrough")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.workplace_id: int | None = None
        self.area_id: int | None = None
        self.people: list[tuple[int, str]] = []
        self.conversation_id: int | None = None
        self.state: str | None = None
        self.import_wizard: Any = None
        # the import wizard and the person picker: attributes tests replace
        self.open_import: Callable[[QWidget], Any] = self._open_import_wizard
        self.pick_contact: Callable[[QWidget], int | None] = self._pick_contact

        self.stack = QStackedWidget(self)
        self.pages: dict[str, QWidget] = {}
        for step in STEPS:
            page = getattr(self, f"_build_{step}")()
            self.pages[step] = page
            self.stack.addWidget(page)
        self.step_label = QLabel(self)
        self.skip_button = QPushButton(self.tr("Ski&p the walk-through"), self)
        self.skip_button.setToolTip(
            self.tr(
                "What you saved stays; the walk-through is not "
                "offered again (Help > First steps opens it)."
            )
        )
        self.next_button = QPushButton(self)
        self.next_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.step_label, 1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self.skip_button.clicked.connect(self.skip)
        self.next_button.clicked.connect(self.next_step)
        self.resize(720, 560)
        self._load_existing()
        self.go("intro")

    # ---- the steps ------------------------------------------------------------------------

    def _build_intro(self) -> QWidget:
        page, box = _step_page(
            self.tr("Welcome to your new vault"),
            self.tr(
                "Four short steps set up your chart, each saved as soon as you do "
                "it:<ol><li>your <b>workplace</b>;</li><li>your first <b>area</b> (a "
                "department, line, shift or ward);</li><li>the first <b>people</b>, typed in "
                "or brought in from a chart you already keep;</li><li>your first "
                "<b>one-on-one</b>, the AEIOU way.</li></ol>Skip it whenever you like: what "
                "you saved stays. Press F1 on any page for its part of the guide.<br><br>"
                "Before the first name: coworkers' jobs can depend on this chart. Keep it on "
                "your own computer, never on the employer's, and read <b>Safety first</b> "
                "(Help menu)."
            ),
        )
        box.addStretch(1)
        return page

    def _build_workplace(self) -> QWidget:
        page, box = _step_page(
            self.tr("1. Your workplace"),
            self.tr(
                "The site you organise: a depot, a hospital, a call centre. The Map shows one "
                "workplace at a time; add others later with <b>Add workplace</b>."
            ),
        )
        form = QFormLayout()
        self.workplace_choice = shrinkable_combo(QComboBox(), 24)
        self.workplace_choice.setAccessibleName(self.tr("Workplace"))
        self.workplace_name = QLineEdit()
        self.workplace_name.setPlaceholderText(self.tr("e.g. Riverside depot"))
        self.employer = QLineEdit()
        self.employer.setPlaceholderText(self.tr("e.g. Parcelco Ltd (optional)"))
        form.addRow(self.tr("&Workplace:"), self.workplace_choice)
        form.addRow(self.tr("&Name:"), self.workplace_name)
        form.addRow(self.tr("&Employer:"), self.employer)
        self.workplace_form = form
        box.addLayout(form)
        self.workplace_error = _error_label()
        box.addWidget(self.workplace_error)
        box.addStretch(1)
        self.workplace_choice.currentIndexChanged.connect(self._workplace_choice_changed)
        self.workplace_name.returnPressed.connect(self.next_step)
        return page

    def _build_area(self) -> QWidget:
        page, box = _step_page(
            self.tr("2. Your first area"),
            self.tr(
                "Map the workplace as its workers know it: a department, a line, a shift, a "
                "ward. Start with the area you work in; on the Map, <b>Add below</b> goes "
                "deeper (department, then line, then shift)."
            ),
        )
        form = QFormLayout()
        self.area_name = QLineEdit()
        self.area_name.setPlaceholderText(self.tr("e.g. Loading bay"))
        self.area_kind = QLineEdit()
        self.area_kind.setPlaceholderText(self.tr("e.g. department, line, shift, ward"))
        form.addRow(self.tr("&Area name:"), self.area_name)
        form.addRow(self.tr("&Kind:"), self.area_kind)
        box.addLayout(form)
        self.area_error = _error_label()
        box.addWidget(self.area_error)
        box.addStretch(1)
        self.area_name.returnPressed.connect(self.next_step)
        return page

    def _build_people(self) -> QWidget:
        page, box = _step_page(
            self.tr("3. The first people"),
            self.tr(
                "Add the coworkers you know, one by one, with their <b>personal</b> phone "
                "(never a work one) and where you think they stand. Or bring in a chart you "
                "already keep as a spreadsheet (CSV, XLSX or ODS): the import shows every row "
                "before it writes."
            ),
        )
        self.import_button = QPushButton(self.tr("&Bring in a chart…"))
        box.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)
        form = QFormLayout()
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("personal phone (optional)"))
        self.level = shrinkable_combo(QComboBox(), 16)
        self.level.setAccessibleName(self.tr("Assessment"))
        form.addRow(self.tr("&First name:"), self.first_name)
        form.addRow(self.tr("&Last name:"), self.last_name)
        form.addRow(self.tr("P&hone:"), self.phone)
        form.addRow(self.tr("Assess&ment:"), self.level)
        box.addLayout(form)
        self.add_person_button = QPushButton(self.tr("A&dd this person"))
        box.addWidget(self.add_person_button, 0, Qt.AlignmentFlag.AlignRight)
        self.people_error = _error_label()
        box.addWidget(self.people_error)
        self.people_count = QLabel()
        box.addWidget(self.people_count)
        self.people_list = QListWidget()
        self.people_list.setAccessibleName(self.tr("People in this workplace"))
        self.people_list.setMinimumHeight(70)
        box.addWidget(self.people_list, 1)
        self.add_person_button.clicked.connect(self.add_person)
        self.first_name.returnPressed.connect(self.add_person)
        self.last_name.returnPressed.connect(self.add_person)
        self.import_button.clicked.connect(lambda: self.open_import(self))
        return page

    def _build_one_on_one(self) -> QWidget:
        from ui.editors.conversation_editor import ConversationEditor

        page, box = _step_page(
            self.tr("4. Your first one-on-one"),
            self.tr(
                "Log a conversation you had: what they are angry about (<b>Agitate</b>), what "
                "would fix it and who decides (<b>Educate</b>), what the boss will do next "
                "(<b>Inoculate</b>), the <b>ask</b> and their <b>answer</b>, how they connect "
                "to the group (<b>Unite</b>), and where they stand now."
            ),
        )
        self.editor = ConversationEditor()
        self.editor.pick_contact = lambda parent: self.pick_contact(parent)
        self.editor.name_of = self._name_of
        self.editor.save_button.setVisible(False)  # the dialog's own button saves
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)
        box.addWidget(scroll, 1)
        self.editor.saved.connect(self._conversation_saved)
        return page

    def _build_done(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(_heading(self.tr("Your chart has begun")))
        self.summary = _explain("")
        box.addWidget(self.summary)
        box.addWidget(
            _explain(
                self.tr(
                    "Next: map the other areas on the <b>Map</b>, read <b>Safety first</b> in the "
                    "guide (Help), and keep talking: each one-on-one you log moves the Map's "
                    "figures."
                )
            )
        )
        box.addStretch(1)
        return page

    # ---- moving between steps -------------------------------------------------------------

    @property
    def step(self) -> str:
        return STEPS[self.stack.currentIndex()]

    def go(self, step: str) -> None:
        self.stack.setCurrentIndex(STEPS.index(step))
        texts = {
            "intro": self.tr("&Start"),
            "workplace": self.tr("&Save and continue"),
            "area": self.tr("&Save and continue"),
            "people": self.tr("&Continue"),
            "one_on_one": self.tr("&Save the one-on-one"),
            "done": self.tr("&Finish"),
        }
        self.next_button.setText(texts[step])
        number = {"workplace": 1, "area": 2, "people": 3, "one_on_one": 4}.get(step)
        self.step_label.setText(self.tr("Step %n of 4", "", number) if number else "")
        self.skip_button.setVisible(step != "done")
        if step == "people":
            self._refresh_people()
        elif step == "one_on_one":
            self._prepare_conversation()
        elif step == "done":
            self.summary.setText(self._summary_text())
        focus = {
            "workplace": self.workplace_name,
            "area": self.area_name,
            "people": self.first_name,
        }.get(step)
        if focus is not None:
            focus.setFocus()

    def next_step(self) -> None:
        """Do the step shown (save what it asks for) and go on; stay, with a message, if refused."""
        step = self.step
        if step == "intro":
            self.go("workplace")
        elif step == "workplace" and self.save_workplace():
            self.go("area")
        elif step == "area" and self.save_area():
            self.go("people")
        elif step == "people":
            if not self.people:
                set_error_label(
                    self.people_error, self.tr("Add at least one person, or bring in a chart.")
                )
                return
            self.go("one_on_one")
        elif step == "one_on_one":
            self.editor.save()  # on success _conversation_saved moves on
        elif step == "done":
            self.finish()

    def skip(self) -> None:
        """End here for good: what was saved stays, and the walk-through is not offered again."""
        self._end(first_run.SKIPPED)
        self.reject()

    def finish(self) -> None:
        self._end(first_run.DONE)
        self.accept()

    def _end(self, state: str) -> None:
        try:
            with self.ctx.unit_of_work() as session:
                first_run.end_walkthrough(session, state=state, today=self.ctx.today())
        except Exception:  # noqa: BLE001 - a locked vault: offered again next time, no harm
            return
        self.state = state
        self.ended.emit(state)

    # ---- the real things ------------------------------------------------------------------

    def _load_existing(self) -> None:
        """Existing workplaces to choose from (Help > First steps on a vault already in use)."""
        from forum_kit.queries.areas import workplaces

        with self.ctx.unit_of_work() as session:
            rows = workplaces(session, counts=False)
        self.workplace_choice.addItem(self.tr("A new workplace"), None)
        for row in rows:
            self.workplace_choice.addItem(row.name, row.id)
        self.workplace_form.setRowVisible(self.workplace_choice, bool(rows))
        if rows:
            self.workplace_choice.setCurrentIndex(1)

    def _workplace_choice_changed(self) -> None:
        new = self.workplace_choice.currentData() is None
        self.workplace_form.setRowVisible(self.workplace_name, new)
        self.workplace_form.setRowVisible(self.employer, new)

    def save_workplace(self) -> bool:
        from forum_kit.services import workplaces as workplaces_s

        chosen = self.workplace_choice.currentData()
        if chosen is not None:
            self.workplace_id = int(chosen)
            return True
        if self.workplace_id is not None:
            return True  # saved already (back here after a refusal further on)
        try:
            with self.ctx.unit_of_work() as session:
                workplace = workplaces_s.add_workplace(
                    session,
                    name=self.workplace_name.text(),
                    employer=self.employer.text(),
                    today=self.ctx.today(),
                )
                self.workplace_id = workplace.id
        except Exception as exc:  # noqa: BLE001 - the core's words, shown inline
            set_error_label(self.workplace_error, error_text(exc))
            return False
        set_error_label(self.workplace_error, None)
        self.data_changed.emit()
        return True

    def save_area(self) -> bool:
        from forum_kit.services import workplaces as workplaces_s

        try:
            with self.ctx.unit_of_work() as session:
                area = workplaces_s.add_area(
                    session,
                    workplace_id=self.workplace_id,
                    name=self.area_name.text(),
                    kind=self.area_kind.text().strip() or "area",
                )
                self.area_id = area.id
        except Exception as exc:  # noqa: BLE001 - the core's words, shown inline
            set_error_label(self.area_error, error_text(exc))
            return False
        set_error_label(self.area_error, None)
        self.data_changed.emit()
        return True

    def add_person(self) -> int | None:
        """Add the person typed in (with a first assessment if chosen), as People does."""
        from forum_kit.services import assessments as assessments_s
        from forum_kit.services import contacts as contacts_s
        from forum_kit.services import me as me_s

        today = self.ctx.today()
        level = self.level.currentData()
        try:
            with self.ctx.unit_of_work() as session:
                contact = contacts_s.add_contact(
                    session,
                    workplace_id=self.workplace_id,
                    area_id=self.area_id,
                    first_name=self.first_name.text(),
                    last_name=self.last_name.text(),
                    phone=self.phone.text(),
                    today=today,
                )
                if level is not None:
                    assessments_s.append_assessment(
                        session,
                        contact_id=contact.id,
                        level=int(level),
                        assessed_on=today,
                        assessed_by_id=me_s.get_me(session),
                        today=today,
                    )
                contact_id = contact.id
        except Exception as exc:  # noqa: BLE001 - the core's words, shown inline
            set_error_label(self.people_error, error_text(exc))
            return None
        set_error_label(self.people_error, None)
        for field in (self.first_name, self.last_name, self.phone):
            field.clear()
        self.level.setCurrentIndex(0)
        self.first_name.setFocus()
        self._refresh_people()
        self.data_changed.emit()
        return contact_id

    def _open_import_wizard(self, parent: QWidget) -> Any:
        from ui.dialogs.import_wizard import ImportWizard

        wizard = ImportWizard(self.ctx, parent)
        wizard.finished.connect(lambda _result: self._imported())
        wizard.open()
        # into the workplace just made (the wizard lists every workplace of the vault)
        combo = wizard.file_page.workplace
        combo.setCurrentIndex(max(0, combo.findData(self.workplace_id)))
        self.import_wizard = wizard
        return wizard

    def _imported(self) -> None:
        self._refresh_people()
        self.data_changed.emit()

    def _refresh_people(self) -> None:
        """The people of the workplace (the first hundred, by name), and the scale."""
        from forum_kit.queries import people as people_q

        if self.level.count() == 0:
            with self.ctx.unit_of_work() as session:
                levels = load_levels(session)
            self.level.addItem(self.tr("Not assessed yet"), None)
            for number, style in sorted(levels.items()):
                self.level.addItem(f"{number} {style.label}", number)
        if self.workplace_id is None:
            return
        today = self.ctx.today()
        wanted = people_q.PeopleFilter(workplace_id=self.workplace_id)
        with self.ctx.unit_of_work() as session:
            ids = people_q.people_ids(session, wanted, today=today, limit=100)
            rows = people_q.people_rows(session, ids, today=today)
            total = people_q.count_people(session, wanted, today=today)
        self.people = [(row.id, row.full_name) for row in rows]
        self.people_list.clear()
        for _id, name in self.people:
            self.people_list.addItem(name)
        self.people_count.setText(
            self.tr("People in this workplace so far: %n", "", total) if total else ""
        )

    def _name_of(self, contact_id: int) -> str:
        from ui.editors.pick_contact import contact_name

        return contact_name(self.ctx, contact_id)

    def _pick_contact(self, parent: QWidget) -> int | None:
        from ui.editors.pick_contact import pick_contact

        return pick_contact(parent, self.ctx, self.workplace_id)

    def _prepare_conversation(self) -> None:
        self.editor.attach(self.ctx)
        with self.ctx.unit_of_work() as session:
            self.editor.set_levels(load_levels(session))
        if not self.people:
            self._refresh_people()
        if self.editor.contact_id is None and self.people:
            contact_id, name = self.people[0]
            self.editor.set_contact(contact_id, name)
        self.editor.texts["agitate"].setFocus()

    def _conversation_saved(self, conversation_id: int, _contact_id: int) -> None:
        self.conversation_id = conversation_id
        self.data_changed.emit()
        self.go("done")

    def _summary_text(self) -> str:
        return self.tr(
            "Saved: a workplace, an area, %n person(s) and a one-on-one.", "", len(self.people)
        )

    def done(self, result: int) -> None:
        """Closed: nothing of the people typed stays in the dialog's widgets."""
        self.people_list.clear()
        self.people_count.clear()
        self.people = []
        self.editor.clear()
        super().done(result)


def should_offer(ctx: Any) -> bool:
    """Whether this vault is new and its walk-through never finished or skipped."""
    try:
        with ctx.unit_of_work() as session:
            return first_run.should_offer_walkthrough(session)
    except Exception:  # noqa: BLE001 - a locked or damaged vault: never block the window
        return False


def open_walkthrough(window: Any) -> WalkthroughDialog | None:
    """Open the walk-through over the main window (non-blocking); pages refresh as it saves."""
    if window.ctx.is_locked:
        return None
    existing = getattr(window, "walkthrough", None)
    if existing is not None and existing.isVisible():
        existing.raise_()
        return existing
    dialog = WalkthroughDialog(window.ctx, window)
    dialog.data_changed.connect(window.refresh_pages)
    window.walkthrough = dialog
    dialog.open()
    return dialog


def offer_walkthrough(window: Any) -> WalkthroughDialog | None:
    """At start: open the walk-through when the vault is new (else nothing)."""
    if not should_offer(window.ctx):
        return None
    return open_walkthrough(window)
