"""The Settings dialog: the typed app settings and the vault's assessment scale.

Owns ``SettingsDialog``. The General tab is built from ``ui.settings.SETTINGS`` (one declaration,
one editor each); the default workplace is chosen from the vault's workplaces. The Assessment
scale tab (``ui.dialogs.scale_editor``) edits the levels (3 to 7, their order, numbering and which
count as support, labels, colours, meanings, what a removed level's history reads as) in the vault
through ``forum_kit.services.scale`` in one unit of work when the dialog is accepted. The
Vault tab says who "me" is (the steward using the vault: ``forum_kit.services.me``, saved with
OK) and changes the passphrase or makes a new recovery key at once, through the vault's API
(``ui.dialogs.passphrase_dialog``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from forum_kit.errors import ForumKitError
from forum_kit.i18n import LANGUAGES
from ui.i18n import resolve_language, shown
from ui.session import AppContext
from ui.settings import SETTINGS, Setting


class ColourButton(QPushButton):
    """A button showing a colour; clicking opens QColorDialog (replaceable for tests)."""

    def __init__(self, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colour = colour
        self.chooser = self._ask
        self.clicked.connect(self._choose)
        self._paint()

    def _ask(self, current: str) -> str | None:
        chosen = QColorDialog.getColor(QColor(current), self, self.tr("Choose a colour"))
        return chosen.name() if chosen.isValid() else None

    def _choose(self) -> None:
        chosen = self.chooser(self.colour)
        if chosen:
            self.set_colour(chosen)

    def set_colour(self, colour: str) -> None:
        """Show ``colour`` (#rrggbb)."""
        self.colour = colour
        self._paint()

    def _paint(self) -> None:
        self.setText(self.colour)
        text = "#000000" if QColor(self.colour).lightness() > 140 else "#ffffff"
        self.setStyleSheet(f"background-color: {self.colour}; color: {text};")


class SettingsDialog(QDialog):
    """Edit settings and the scale; OK validates and saves everything or nothing of each part."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(820)
        self.editors: dict[str, QWidget] = {}
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._general_tab(), self.tr("General"))
        self.tabs.addTab(self._scale_tab(), self.tr("Assessment scale"))
        self.tabs.addTab(self._vault_tab(), self.tr("Vault and me"))
        self.error = QLabel(self)
        self.error.setObjectName("settingsError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b71c1c;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    # ------------------------------------------------------------------------------ general

    def _general_tab(self) -> QWidget:
        tab = QWidget(self)
        form = QFormLayout(tab)
        values = self.ctx.settings.values()
        for setting in SETTINGS:
            editor = self._editor_for(setting, values[setting.key], tab)
            editor.setToolTip(shown(setting.description))
            self.editors[setting.key] = editor
            label = QLabel(self._label(setting), tab)
            label.setBuddy(editor)
            form.addRow(label, editor)
            if setting.key == "language":
                note = QLabel(self.tr("A new language applies the next time Forum Kit "
                                      "starts."), tab)
                note.setWordWrap(True)
                note.setEnabled(False)
                form.addRow("", note)
        return tab

    def _label(self, setting: Setting) -> str:
        labels = {
            "idle_lock_minutes": self.tr("&Lock after idle (minutes)"),
            "default_workplace_id": self.tr("Default &workplace"),
            "language": self.tr("Lan&guage"),
            "stale_days": self.tr("Assessment is &stale after (days)"),
            "due_soon_working_days": self.tr("Deadline is &due soon within (working days)"),
            "auto_backup_hours": self.tr("Automatic &backup every (hours)"),
            "auto_backups_keep": self.tr("Automatic backups &kept"),
        }
        return labels.get(setting.key, setting.key.replace("_", " ").capitalize())

    def _editor_for(self, setting: Setting, value: Any, parent: QWidget) -> QWidget:
        if setting.key == "default_workplace_id":
            combo = QComboBox(parent)
            combo.addItem(self.tr("(none: ask each time)"), None)
            for wp_id, name in self._workplaces():
                combo.addItem(name, wp_id)
            found = combo.findData(value)
            combo.setCurrentIndex(found if found >= 0 else 0)
            return combo
        if setting.key == "language":
            combo = QComboBox(parent)
            for choice in setting.choices:
                if choice:
                    combo.addItem(LANGUAGES.get(choice, choice), choice)
                else:  # the system's, named with the language it picks today
                    system = LANGUAGES[resolve_language("")]
                    combo.addItem(self.tr("System default ({language})").format(
                        language=system), choice)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            return combo
        if setting.choices:
            combo = QComboBox(parent)
            for choice in setting.choices:
                combo.addItem(choice, choice)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            return combo
        if setting.type is int:
            spin = QSpinBox(parent)
            spin.setRange(setting.minimum or 0, setting.maximum or 1_000_000)
            spin.setValue(int(value))
            return spin
        line = QLineEdit(str(value), parent)
        return line

    def _workplaces(self) -> list[tuple[int, str]]:
        try:
            from forum_kit.queries.areas import workplaces

            with self.ctx.unit_of_work() as session:
                return [(row.id, row.name) for row in workplaces(session)]
        except (ImportError, ForumKitError):
            return []

    def _editor_value(self, key: str) -> Any:
        editor = self.editors[key]
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QSpinBox):
            return editor.value()
        if isinstance(editor, QLineEdit):
            return editor.text()
        raise TypeError(key)

    # ------------------------------------------------------------------------------ vault

    def _vault_tab(self) -> QWidget:
        from ui.dialogs.passphrase_dialog import PassphraseDialog, make_new_recovery_key
        from ui.editors.pick_contact import contact_name, pick_contact

        # injectable (tests): the person picker and the two key dialogs
        self.pick_me = lambda parent: pick_contact(parent, self.ctx)
        self.name_of = lambda contact_id: contact_name(self.ctx, contact_id)
        self.passphrase_dialog = lambda parent: PassphraseDialog(self.ctx.vault, parent=parent)
        self.new_recovery_key = lambda parent: make_new_recovery_key(parent, self.ctx)
        tab = QWidget(self)
        form = QFormLayout(tab)
        self.me_id = self._load_me()
        self._loaded_me = self.me_id
        self.me_label = QLabel(tab)
        self.me_label.setWordWrap(True)
        self.choose_me = QPushButton(self.tr("C&hoose…"), tab)
        self.forget_me = QPushButton(self.tr("&Nobody"), tab)
        self.choose_me.clicked.connect(self._choose_me)
        self.forget_me.clicked.connect(lambda: self._set_me(None))
        row = QHBoxLayout()
        row.addWidget(self.me_label, 1)
        row.addWidget(self.choose_me)
        row.addWidget(self.forget_me)
        form.addRow(self.tr("Me"), row)
        note = QLabel(self.tr("The person in this vault who uses it: preselected as who talked "
                              "in a one-on-one, and recorded as who made an assessment."), tab)
        note.setWordWrap(True)
        note.setEnabled(False)
        form.addRow("", note)
        self.change_passphrase_button = QPushButton(self.tr("Change the &passphrase…"), tab)
        self.change_passphrase_button.clicked.connect(self._change_passphrase)
        self.recovery_button = QPushButton(self.tr("Make a new &recovery key…"), tab)
        self.recovery_button.clicked.connect(lambda: self.new_recovery_key(self))
        form.addRow(self.tr("Keys"), self.change_passphrase_button)
        form.addRow("", self.recovery_button)
        self.key_status = QLabel(tab)
        self.key_status.setWordWrap(True)
        form.addRow("", self.key_status)
        self._set_me(self.me_id)
        return tab

    def _load_me(self) -> int | None:
        from forum_kit.services.me import get_me

        try:
            with self.ctx.unit_of_work() as session:
                return get_me(session)
        except ForumKitError:
            return None

    def _set_me(self, contact_id: int | None) -> None:
        self.me_id = contact_id
        name = self.name_of(contact_id) if contact_id is not None else ""
        self.me_label.setText(name or self.tr("(nobody chosen)"))
        self.forget_me.setEnabled(contact_id is not None)

    def _choose_me(self) -> None:
        chosen = self.pick_me(self)
        if chosen is not None:
            self._set_me(chosen)

    def _change_passphrase(self) -> None:
        dialog = self.passphrase_dialog(self)
        dialog.accepted.connect(lambda: self.key_status.setText(dialog.outcome_text))
        dialog.open()

    # ------------------------------------------------------------------------------ scale

    def _scale_tab(self) -> QWidget:
        """The scale editor (``ui.dialogs.scale_editor``) over the vault's levels."""
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        self.scale_editor = None
        try:
            from forum_kit.queries.levels import direction, scale
            from ui.dialogs.scale_editor import ScaleEditor

            with self.ctx.unit_of_work() as session:
                levels, way = scale(session), direction(session)
        except (ImportError, ForumKitError) as error:
            message = getattr(error, "message", "")
            layout.addWidget(QLabel(message or self.tr("The scale cannot be edited yet."), tab))
            return tab
        self.scale_editor = ScaleEditor(levels, way, ColourButton, tab)
        layout.addWidget(self.scale_editor)
        return tab

    @property
    def scale_rows(self) -> dict[int, tuple[Any, QLineEdit, ColourButton, QLineEdit]]:
        """Each saved level's row and its label, colour and meaning editors."""
        editor = self.scale_editor
        if editor is None:
            return {}
        out = {}
        if editor.unassessed is not None:
            out[0] = (editor.unassessed, editor.zero_label, editor.zero_colour,
                      editor.zero_definition)
        for entry in editor.entries:
            if entry.level is not None and entry.widgets:
                w = entry.widgets
                out[entry.level] = (entry.original, w["label"], w["colour"], w["definition"])
        return out

    # ------------------------------------------------------------------------------ save

    def save(self) -> None:
        """Validate and store both parts; stay open with the reason when something is refused."""
        from ui.settings import validate

        try:
            new_values = {s.key: validate(s.key, self._editor_value(s.key)) for s in SETTINGS}
        except ForumKitError as error:
            self.tabs.setCurrentIndex(0)
            self.error.setText(error.message)
            return
        if self.scale_editor is not None and self.scale_editor.has_changes():
            try:
                with self.ctx.unit_of_work() as session:
                    self.scale_editor.apply(session)
            except ForumKitError as error:
                self.tabs.setCurrentIndex(1)
                self.error.setText(error.message)
                return
        if self.me_id != self._loaded_me:
            try:
                from forum_kit.services.me import set_me

                with self.ctx.unit_of_work() as session:
                    set_me(session, contact_id=self.me_id)
            except ForumKitError as error:
                self.tabs.setCurrentIndex(2)
                self.error.setText(error.message)
                return
        for key, value in new_values.items():
            self.ctx.settings.set(key, value)
        self.accept()

    def done(self, result: int) -> None:
        # the scale editors may hold text the user typed: drop it with the dialog
        if getattr(self, "scale_editor", None) is not None:
            self.scale_editor.wipe()
        super().done(result)
