"""The letter template editor: each contract's wording of each kind of grievance letter.

Owns ``TemplatesDialog`` and ``FieldsModel``. Pick a contract and a kind of letter, edit the
subject and the text; the fields that kind of letter fills are listed beside it with what each
one holds, and a double click (or "Insert field") puts one at the cursor. The template is checked
as it is typed (``forum_kit.letters.check_template``): an unknown field or a stray brace is named
with its line before anything is saved. "Save" stores this contract's own version; "Back to the
default" drops it. Leaving a changed template asks first (``ctx.confirm``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TR_NOOP, QEvent, QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from forum_kit.errors import ForumKitError, InvalidInput
from forum_kit.letters import LetterKind, check_template, fields_for, kind_label
from ui.editors.common import error_text
from ui.models.roles import ID_ROLE
from ui.models.row_list_model import ListColumn, RowListModel
from ui.widgets.tables import table_view


class FieldsModel(RowListModel):
    """The fields one kind of letter fills (``forum_kit.letters.Field``)."""

    columns = (
        ListColumn(QT_TR_NOOP("Field"), "name", lambda v: "{" + str(v) + "}"),
        ListColumn(QT_TR_NOOP("What it holds"), "help_text"),
    )
    id_attr = "name"


class TemplatesDialog(QDialog):
    """Edit the letter templates of the vault's contracts."""

    def __init__(
        self, ctx: Any, *, contract_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Letter templates"))
        self.message = ""
        self._clean: tuple[str, str] | None = None
        self._shown: tuple[int | None, str] | None = None
        self._loading = False
        self._target: QWidget | None = None
        self.contract = QComboBox()
        self.kind = QComboBox()
        for letter in LetterKind:
            self.kind.addItem(kind_label(letter), letter.value)
        self.origin = QLabel()
        self.subject = QLineEdit()
        self.subject.setAccessibleName(self.tr("Subject"))
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("Letter text"))
        self.body.setTabChangesFocus(True)
        self.check = QLabel()
        self.check.setWordWrap(True)
        self.fields_model = FieldsModel(self)
        self.fields = table_view(self.fields_model, self.tr("Fields"), (160,), word_wrap=True)
        self.insert_button = QPushButton(self.tr("&Insert field"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.default_button = QPushButton(self.tr("Back to the &default…"))

        form = QFormLayout()
        form.addRow(self.tr("&Contract:"), self.contract)
        form.addRow(self.tr("&Letter:"), self.kind)
        form.addRow("", self.origin)
        form.addRow(self.tr("S&ubject:"), self.subject)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(form)
        text_label = QLabel(self.tr("Letter te&xt:"))
        text_label.setBuddy(self.body)
        lv.addWidget(text_label)
        lv.addWidget(self.body, 1)
        lv.addWidget(self.check)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(
            self.tr(
                "Fields are filled from the case when a letter is made. Write "
                "{{ and }} for a brace."
            )
        )
        hint.setWordWrap(True)
        rv.addWidget(hint)
        rv.addWidget(self.fields, 1)
        rv.addWidget(self.insert_button)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.default_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        outer = QVBoxLayout(self)
        outer.addWidget(splitter, 1)
        outer.addLayout(buttons)

        self._load_contracts(contract_id)
        self.contract.currentIndexChanged.connect(self._choice_changed)
        self.kind.currentIndexChanged.connect(self._choice_changed)
        self.subject.installEventFilter(self)
        self.body.installEventFilter(self)
        self.subject.textChanged.connect(self._validate)
        self.body.textChanged.connect(self._validate)
        self.insert_button.clicked.connect(lambda: self.insert_field())
        self.fields.doubleClicked.connect(lambda _index: self.insert_field())
        self.save_button.clicked.connect(lambda: self.save())
        self.default_button.clicked.connect(lambda: self.reset())
        self.show_template()
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        width, height = 1040, 680
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 60)
        self.resize(width, height)

    def _load_contracts(self, contract_id: int | None) -> None:
        from forum_kit.queries.contracts import contract_choices

        with self.ctx.unit_of_work() as session:
            choices = contract_choices(session)
        for c in choices:
            self.contract.addItem(c.name, c.id)
        if contract_id is not None:
            self.contract.setCurrentIndex(max(0, self.contract.findData(contract_id)))

    # ---- showing ------------------------------------------------------------------------------
    @property
    def changed(self) -> bool:
        return self._clean is not None and self._clean != (
            self.subject.text(),
            self.body.toPlainText(),
        )

    def _choice_changed(self, *_args: object) -> None:
        if self._loading:
            return
        if self.changed and not self.ctx.confirm(
            self,
            self.tr("your changes to this template"),
            [self.tr("the subject and text typed since the last save")],
        ):
            self._loading = True
            try:  # stay on the template being edited
                contract, kind = self._shown or (None, "")
                self.contract.setCurrentIndex(max(0, self.contract.findData(contract)))
                self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
            finally:
                self._loading = False
            return
        self.show_template()

    def show_template(self) -> None:
        """Show the chosen contract's template of the chosen kind."""
        from forum_kit.queries.letters import letter_template

        contract_id, kind = self.contract.currentData(), self.kind.currentData()
        self.fields_model.set_rows(fields_for(kind))
        self.fields.resizeRowsToContents()
        if contract_id is None:
            self._set_text("", "")
            self._clean = None
            self.origin.setText(
                self.tr("Set up a contract first (“Contract…” on the Grievances page).")
            )
            self._enable(False)
            return
        with self.ctx.unit_of_work() as session:
            info = letter_template(session, contract_id, kind)
        self._set_text(info.subject, info.body)
        self._clean = (info.subject, info.body)
        self._shown = (contract_id, kind)
        self.origin.setText(
            self.tr("The default wording")
            if info.is_default
            else self.tr("This contract's own wording")
        )
        self._enable(True)
        self.default_button.setEnabled(not info.is_default)
        self._validate()

    def _set_text(self, subject: str, body: str) -> None:
        self._loading = True
        try:
            self.subject.setText(subject)
            self.body.setPlainText(body)
        finally:
            self._loading = False

    def _enable(self, on: bool) -> None:
        for widget in (
            self.subject,
            self.body,
            self.save_button,
            self.insert_button,
            self.default_button,
            self.fields,
        ):
            widget.setEnabled(on)

    def _validate(self, *_args: object) -> bool:
        try:
            check_template(self.kind.currentData(), self.subject.text(), self.body.toPlainText())
        except InvalidInput as exc:
            self.check.setStyleSheet("color: #b71c1c;")
            self.check.setText("\u26a0 " + exc.message)
            self.save_button.setEnabled(False)
            return False
        self.check.setStyleSheet("")
        self.check.setText(
            self.tr("\u2713 Every field is known.")
            + (self.tr(" Not saved yet.") if self.changed else "")
        )
        self.save_button.setEnabled(self.contract.currentData() is not None and self.changed)
        return True

    def insert_field(self) -> bool:
        """Put the selected field at the cursor of the subject or the text (the text unless
        the subject was the last one typed in)."""
        index = self.fields.currentIndex()
        if not index.isValid():
            return False
        token = "{" + str(index.data(ID_ROLE)) + "}"
        if self._target is self.subject:
            self.subject.insert(token)
            self.subject.setFocus()
        else:
            self.body.insertPlainText(token)
            self.body.setFocus()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # the field list takes the focus when clicked: remember where the user was typing
        if event.type() == QEvent.Type.FocusIn and watched in (self.subject, self.body):
            self._target = watched
        return super().eventFilter(watched, event)

    # ---- saving -------------------------------------------------------------------------------
    def save(self) -> bool:
        contract_id, kind = self.contract.currentData(), self.kind.currentData()
        if contract_id is None or not self._validate():
            return False
        from forum_kit.services.letters import save_template

        subject, body = self.subject.text(), self.body.toPlainText()
        try:
            with self.ctx.unit_of_work() as session:
                save_template(
                    session,
                    contract_id=contract_id,
                    kind=kind,
                    subject=subject,
                    body=body,
                    today=self.ctx.today(),
                )
        except ForumKitError as exc:
            self.check.setStyleSheet("color: #b71c1c;")
            self.check.setText("\u26a0 " + error_text(exc))
            return False
        self.show_template()
        self.message = self.tr("Saved: letters of this kind under this contract use it now.")
        self.check.setText("\u2713 " + self.message)
        return True

    def reset(self) -> bool:
        contract_id, kind = self.contract.currentData(), self.kind.currentData()
        if contract_id is None:
            return False
        if not self.ctx.confirm(
            self,
            self.tr("this contract's own wording of this letter"),
            [self.tr("the default wording is used again")],
        ):
            return False
        from forum_kit.services.letters import reset_template

        with self.ctx.unit_of_work() as session:
            reset_template(session, contract_id=contract_id, kind=kind)
        self._clean = None
        self.show_template()
        return True

    def reject(self) -> None:
        if self.changed and not self.ctx.confirm(
            self,
            self.tr("your changes to this template"),
            [self.tr("the subject and text typed since the last save")],
        ):
            return
        super().reject()


__all__ = ["FieldsModel", "TemplatesDialog"]
