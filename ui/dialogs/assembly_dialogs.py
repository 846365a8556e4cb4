"""The Assemblies page's dialogs: a forum or council made or edited, and the two questions the
page asks before it acts.

Owns ``BodySpec`` (the values of a forum or council as the form gives them), ``BodyDialog`` (a new
forum or council placed under a council, or one being edited: renamed, moved under another
council, its level, workplace and recall rule fixed) with its ``ask_body``, ``offer_new_council``
(electing a delegate with no council yet: say so and offer to create one) and ``confirm_action``
(before a delete that cannot be undone, what goes with it listed; Cancel the default). The page
keeps each ``ask_*``/question as an injectable attribute so tests answer it without a modal window.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from ui.editors.meeting_editor import Submit, SubmitDialog, run_dialog
from ui.i18n import translate


@dataclass(frozen=True)
class BodySpec:
    kind: str
    name: str
    parent_id: int | None = None
    level: str = ""
    workplace_id: int | None = None
    recall_rule: str = ""


class BodyDialog(SubmitDialog):
    """A new forum (an assembly) or council (a higher body), placed under a council; or one
    being edited (``current`` given): renamed, moved under another council, its details fixed."""

    def __init__(
        self,
        parent: QWidget | None,
        kind: str,
        councils: list[tuple[int, str]],
        workplaces: list[tuple[int, str]],
        parent_id: int | None = None,
        current: BodySpec | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        if current is not None:
            self.setWindowTitle(
                self.tr("Edit the forum") if kind == "forum" else self.tr("Edit the council")
            )
        else:
            self.setWindowTitle(self.tr("New forum") if kind == "forum" else self.tr("New council"))
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.parent_combo = QComboBox()
        self.parent_combo.addItem(self.tr("(top of the tree)"), None)
        for body_id, name in councils:
            self.parent_combo.addItem(name, body_id)
        self.parent_combo.setCurrentIndex(max(0, self.parent_combo.findData(parent_id)))
        self.level = QLineEdit()
        self.level.setPlaceholderText(self.tr("e.g. area, workplace, city, region"))
        self.workplace = QComboBox()
        self.workplace.addItem(self.tr("(none)"), None)
        for wp_id, name in workplaces:
            self.workplace.addItem(name, wp_id)
        self.recall_rule = QPlainTextEdit()
        self.recall_rule.setTabChangesFocus(True)
        self.recall_rule.setMaximumHeight(80)
        self.recall_rule.setPlaceholderText(
            self.tr("e.g. Delegates recallable at any meeting; notice a week before.")
        )
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Member of:"), self.parent_combo)
        form.addRow(self.tr("&Level:"), self.level)
        form.addRow(self.tr("&Workplace:"), self.workplace)
        form.addRow(self.tr("&Recall rule:"), self.recall_rule)
        if current is not None:
            self.name.setText(current.name)
            self.level.setText(current.level)
            self.workplace.setCurrentIndex(max(0, self.workplace.findData(current.workplace_id)))
            self.recall_rule.setPlainText(current.recall_rule)
        self.marks = [
            ("name", self.name),
            ("under itself", self.parent_combo),
            ("parent", self.parent_combo),
            ("level", self.level),
            ("workplace", self.workplace),
            ("recall rule", self.recall_rule),
        ]
        self.add_buttons(form)

    def values(self) -> BodySpec:
        return BodySpec(
            self.kind,
            self.name.text(),
            self.parent_combo.currentData(),
            self.level.text(),
            self.workplace.currentData(),
            self.recall_rule.toPlainText(),
        )


def ask_body(
    parent: QWidget | None,
    kind: str,
    councils: list[tuple[int, str]],
    workplaces: list[tuple[int, str]],
    parent_id: int | None,
    current: BodySpec | None = None,
    *,
    submit: Submit | None = None,
) -> BodySpec | None:
    return run_dialog(BodyDialog(parent, kind, councils, workplaces, parent_id, current), submit)


def offer_new_council(parent: QWidget | None) -> bool:
    """Electing a delegate with no council yet: say so, and offer to create the council."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("Assemblies", "No council yet"))
    box.setText(
        translate("Assemblies", "A delegate is elected to a council, and there is no council yet.")
    )
    box.setInformativeText(
        translate("Assemblies", "Create the council now; then the election form opens.")
    )
    create = box.addButton(
        translate("Assemblies", "Create the council…"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(create)
    box.exec()
    return box.clickedButton() is create


def confirm_action(parent: QWidget | None, question: str, consequences: list[str]) -> bool:
    """Ask before an action that cannot be undone; Cancel is the default."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Assemblies", "Confirm"))
    box.setText(question)
    box.setInformativeText(
        "\n".join(f"• {line}" for line in consequences)
        + "\n"
        + translate("Assemblies", "This cannot be undone.")
    )
    go = box.addButton(translate("Assemblies", "Go ahead"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is go
