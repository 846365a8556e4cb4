"""``ConversationEditor``: log one one-on-one with the AEIOU fields (agitate, educate, inoculate,
organise: the ask and its answer, unite), the plan, issue tags, a follow-up date, the sensitive
flag and an optional new assessment.

Saving is one unit of work through ``forum_kit.services.conversations.log_conversation``; a chosen
assessment level is appended to the contact's history by that service (never overwrites). Who the
conversation is with, and who held it, are chosen through an injectable ``pick_contact``.
Keyboard: Tab walks the form in reading order, Tab leaves a text box (it never types a tab),
Enter in the issues line or Ctrl+S anywhere in the form saves; every field has a mnemonic.
``draft()`` gives the form's unsaved values (None when nothing was typed) and ``restore_draft``
puts them back: the page keeps them in memory across an auto-lock (SECURITY.md: unsaved edits
survive the lock), never on disk. Who held it starts as "me" (``forum_kit.services.me``) when the
steward has said who that is; choosing someone else offers to remember them as "me" (first use).
The Save button sits in ``button_row``, which the page may lay out outside its scroll area so
that it stays in view on a small screen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TR_NOOP, QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from forum_kit.services import conversations as conversations_s
from forum_kit.services import me as me_s
from ui.editors.common import error_text, from_qdate, set_error_label, to_qdate
from ui.i18n import shown
from ui.models.roles import LevelStyle, picker_levels
from ui.widgets.dates import date_edit
from ui.widgets.layout import shrinkable_combo

PickContact = Callable[[QWidget | None], int | None]
# Mnemonics are unique across the Conversations page and avoid the menu bar's F, G and H.
AEIOU = (
    ("agitate", QT_TR_NOOP("&Agitate"), QT_TR_NOOP("What are they angry about?")),
    ("educate", QT_TR_NOOP("&Educate"), QT_TR_NOOP("What would fix it, and who decides?")),
    ("inoculate", QT_TR_NOOP("Inocu&late"), QT_TR_NOOP("What will the boss say and do next?")),
    ("ask", QT_TR_NOOP("As&k"), QT_TR_NOOP("The concrete ask")),
    ("answer", QT_TR_NOOP("A&nswer"), QT_TR_NOOP("Their answer")),
    ("unite", QT_TR_NOOP("&Unite"), QT_TR_NOOP("How they connect to the group")),
    ("plan", QT_TR_NOOP("&Plan"), QT_TR_NOOP("Next steps")),
)


class ConversationEditor(QWidget):
    """A form for a new conversation; ``saved`` carries (conversation id, contact id)."""

    saved = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: Any = None
        self.contact_id: int | None = None
        self.by_id: int | None = None
        self.pick_contact: PickContact = lambda parent: None
        self.name_of: Callable[[int], str] = lambda contact_id: ""
        self._default_day: QDate | None = None  # the date a fresh form starts with

        outer = QVBoxLayout(self)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b71c1c;")
        self.error.setVisible(False)
        outer.addWidget(self.error)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.person = QLabel(self.tr("(nobody chosen)"))
        self.person.setWordWrap(True)  # a long name wraps instead of widening the form
        self.choose_person = QPushButton(self.tr("&Choose…"))
        row = QHBoxLayout()
        row.addWidget(self.person, 1)
        row.addWidget(self.choose_person)
        form.addRow(self.tr("With"), row)
        self.by = QLabel(self.tr("(not recorded)"))
        self.by.setWordWrap(True)
        self.choose_by = QPushButton(self.tr("Choose &who talked…"))
        row = QHBoxLayout()
        row.addWidget(self.by, 1)
        row.addWidget(self.choose_by)
        form.addRow(self.tr("By"), row)
        # first use: who talked is usually the steward; remembered, it is preselected next time
        self.remember_me = QCheckBox(self.tr("That is me (preselect next time)"))
        self.remember_me.setVisible(False)
        form.addRow("", self.remember_me)
        self.me_id: int | None = None
        self.held_on = date_edit()
        form.addRow(self.tr("Da&te"), self.held_on)
        self.texts: dict[str, QPlainTextEdit] = {}
        for key, label, hint in AEIOU:
            edit = QPlainTextEdit()
            edit.setPlaceholderText(shown(hint))
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(48)
            edit.setAccessibleName(label.replace("&", ""))
            form.addRow(shown(label), edit)
            self.texts[key] = edit
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("issues, comma separated: pay, rota, safety"))
        form.addRow(self.tr("&Issues"), self.tags)
        self.follow_up = QCheckBox(self.tr("Follow up &by"))
        self.follow_up_on = date_edit()
        self.follow_up_on.setEnabled(False)
        self.follow_up_on.setAccessibleName(self.tr("Follow-up date"))
        self.follow_up.toggled.connect(self.follow_up_on.setEnabled)
        row = QHBoxLayout()
        row.addWidget(self.follow_up)
        row.addWidget(self.follow_up_on, 1)
        form.addRow("", row)
        self.assessment = shrinkable_combo(QComboBox(), 10)
        self.assessment.setAccessibleName(self.tr("Assessment after the conversation"))
        form.addRow(self.tr("Assess&ment after"), self.assessment)
        self.sensitive = QCheckBox(self.tr("Sensiti&ve (never printed or exported)"))
        form.addRow("", self.sensitive)
        outer.addLayout(form)
        self.button_row = QWidget()
        buttons = QHBoxLayout(self.button_row)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("&Save conversation"))
        self.save_button.setDefault(True)
        buttons.addWidget(self.save_button)
        outer.addWidget(self.button_row)
        outer.addStretch(1)

        self.save_button.clicked.connect(self.save)
        self.tags.returnPressed.connect(self.save)
        save_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_key.activated.connect(self.save)
        self.choose_person.clicked.connect(self._choose_person)
        self.choose_by.clicked.connect(self._choose_by)
        self.set_levels({})

    def attach(self, ctx: Any) -> None:
        self.ctx = ctx
        self.reset()
        self.load_me()

    def load_me(self) -> None:
        """Read who "me" is; when nobody is chosen as who talked yet, preselect them."""
        if self.ctx is None:
            return
        try:
            with self.ctx.unit_of_work() as session:
                self.me_id = me_s.get_me(session)
        except Exception:  # noqa: BLE001 - a locked vault: nobody preselected
            self.me_id = None
        if self.by_id is None and self.me_id is not None:
            self.set_by(self.me_id, self.name_of(self.me_id))
        self._offer_me()

    def set_levels(self, levels: dict[int, LevelStyle]) -> None:
        self.assessment.clear()
        self.assessment.addItem(self.tr("No new assessment"), None)
        for level, style in picker_levels(levels):
            self.assessment.addItem(style.text, level)
            self.assessment.setItemData(self.assessment.count() - 1, style.colour,
                                        Qt.ItemDataRole.DecorationRole)

    def set_contact(self, contact_id: int | None, name: str = "") -> None:
        self.contact_id = contact_id
        self.person.setText(name if contact_id is not None else self.tr("(nobody chosen)"))

    def set_by(self, contact_id: int | None, name: str = "") -> None:
        self.by_id = contact_id
        self.by.setText(name if contact_id is not None else self.tr("(not recorded)"))
        self._offer_me()

    def _offer_me(self) -> None:
        # only while "me" is not chosen yet: once it is, Settings changes it
        offer = self.by_id is not None and self.me_id is None and self.ctx is not None
        self.remember_me.setVisible(offer)
        if not offer:
            self.remember_me.setChecked(False)

    def _choose_person(self) -> None:
        chosen = self.pick_contact(self)
        if chosen is not None:
            self.set_contact(chosen, self.name_of(chosen))

    def _choose_by(self) -> None:
        chosen = self.pick_contact(self)
        if chosen is not None:
            self.set_by(chosen, self.name_of(chosen))

    def reset(self) -> None:
        """An empty form (keeps who held it: a steward logs several in a row)."""
        for edit in self.texts.values():
            edit.clear()
        self.tags.clear()
        self.follow_up.setChecked(False)
        self.sensitive.setChecked(False)
        self.assessment.setCurrentIndex(0)
        set_error_label(self.error, None)
        if self.ctx is not None:
            today = to_qdate(self.ctx.today())
            self.held_on.setDate(today)
            self.follow_up_on.setDate(today.addDays(7))
        self._default_day = self.held_on.date()

    def has_changes(self) -> bool:
        """Whether anything was typed or chosen since the form was last emptied (the person the
        conversation is with, and who held it, are not changes: they are chosen to start one)."""
        return bool(
            any(edit.toPlainText() for edit in self.texts.values())
            or self.tags.text()
            or self.follow_up.isChecked()
            or self.sensitive.isChecked()
            or self.assessment.currentData() is not None
            or (self._default_day is not None and self.held_on.date() != self._default_day)
        )

    def draft(self) -> dict[str, Any] | None:
        """The unsaved values of the form, or None when there are none. Held in memory only."""
        if not self.has_changes():
            return None
        return {
            "contact_id": self.contact_id,
            "texts": {key: edit.toPlainText() for key, edit in self.texts.items()},
            "tags": self.tags.text(),
            "held_on": from_qdate(self.held_on.date()),
            "follow_up": self.follow_up.isChecked(),
            "follow_up_on": from_qdate(self.follow_up_on.date()),
            "sensitive": self.sensitive.isChecked(),
            "assessment": self.assessment.currentData(),
        }

    def restore_draft(self, draft: dict[str, Any]) -> None:
        """Put back what ``draft()`` returned (the page chooses the person first)."""
        for key, edit in self.texts.items():
            edit.setPlainText(str(draft.get("texts", {}).get(key, "")))
        self.tags.setText(str(draft.get("tags", "")))
        if draft.get("held_on") is not None:
            self.held_on.setDate(to_qdate(draft["held_on"]))
        if draft.get("follow_up_on") is not None:
            self.follow_up_on.setDate(to_qdate(draft["follow_up_on"]))
        self.follow_up.setChecked(bool(draft.get("follow_up")))
        self.sensitive.setChecked(bool(draft.get("sensitive")))
        # A level no longer on the scale falls back to "no new assessment".
        self.assessment.setCurrentIndex(max(0, self.assessment.findData(draft.get("assessment"))))

    def clear(self) -> None:
        """Drop every field, the chosen people and the scale (the vault is locking)."""
        self.reset()
        self.set_contact(None)
        self.me_id = None
        self.set_by(None)
        self.set_levels({})
        self._default_day = None

    def save(self) -> int | None:
        if self.ctx is None:
            return None
        if self.contact_id is None:
            set_error_label(self.error, self.tr("Choose who the conversation was with."))
            return None
        texts = {key: edit.toPlainText() for key, edit in self.texts.items()}
        tags = [t.strip() for t in self.tags.text().split(",") if t.strip()]
        contact_id = self.contact_id
        try:
            with self.ctx.unit_of_work() as session:
                conversation = conversations_s.log_conversation(
                    session,
                    contact_id=contact_id,
                    held_on=from_qdate(self.held_on.date()),
                    by_id=self.by_id,
                    tags=tags,
                    follow_up_on=(from_qdate(self.follow_up_on.date())
                                  if self.follow_up.isChecked() else None),
                    sensitive=self.sensitive.isChecked(),
                    assessment_level=self.assessment.currentData(),
                    today=self.ctx.today(),
                    **texts,
                )
                conversation_id = conversation.id
                if self.remember_me.isChecked() and self.by_id is not None:
                    me_s.set_me(session, contact_id=self.by_id)
                    remembered = self.by_id
                else:
                    remembered = None
        except Exception as exc:  # noqa: BLE001 - the core's words, shown inline
            set_error_label(self.error, error_text(exc))
            return None
        if remembered is not None:
            self.me_id = remembered
            self._offer_me()
        self.reset()
        self.saved.emit(conversation_id, contact_id)
        return conversation_id
