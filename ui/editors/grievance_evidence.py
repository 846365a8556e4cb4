"""The Evidence tab of the grievance editor: files kept inside the encrypted vault.

Owns ``EvidencePanel`` (the list of a case's attachments and its four actions: add a file,
preview it, save a copy, remove it) and the in-app preview (``preview_widget``, ``show_preview``).
Attachments are never written to a temporary file: the user previews an image or a text file
inside the app, or saves a copy to a place they choose and is told that the copy is not
encrypted. The file choosers and the preview window are injectable attributes of the panel so
tests answer them without modal windows (ARCHITECTURE.md rule 11). Every action is one unit of
work through the editor (``host.run``), which re-reads the case afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from forum_kit.errors import ForumKitError
from forum_kit.files import write_atomic
from forum_kit.services import grievances as grievances_s
from ui.i18n import translate
from ui.models.grievance_models import AttachmentsModel
from ui.models.roles import ID_ROLE
from ui.widgets.file_dialogs import open_file, save_file
from ui.widgets.tables import fit_columns, table_view

if TYPE_CHECKING:
    from ui.editors.grievance_editor import GrievanceEditor

PREVIEW_MAX_BYTES = 2 * 1024 * 1024


def choose_open_file(parent: QWidget | None) -> str | None:
    return open_file(parent, translate("GrievanceEvidence", "Add evidence") if parent else "")


def choose_save_file(parent: QWidget | None, suggested: str) -> str | None:
    return save_file(parent,
                     translate("GrievanceEvidence",
                               "Save a copy (not encrypted)") if parent else "", suggested)


def preview_widget(filename: str, media_type: str, data: bytes) -> QWidget | None:
    """An in-app view of an image or text attachment; None for other kinds."""
    if len(data) > PREVIEW_MAX_BYTES:
        return None
    if media_type.startswith("image/"):
        pixmap = QPixmap()
        if not pixmap.loadFromData(data):
            return None
        label = QLabel()
        label.setPixmap(pixmap)
        scroll = QScrollArea()
        scroll.setWidget(label)
        return scroll
    if media_type.startswith("text/") or filename.lower().endswith((".txt", ".md", ".csv")):
        view = QPlainTextEdit()
        view.setReadOnly(True)
        view.setPlainText(data.decode("utf-8", errors="replace"))
        return view
    return None


def show_preview(parent: QWidget | None, title: str, widget: QWidget) -> None:
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    layout = QVBoxLayout(dialog)
    layout.addWidget(widget)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.resize(720, 560)
    try:
        dialog.exec()
    finally:
        widget.deleteLater()
        dialog.deleteLater()


class EvidencePanel(QWidget):
    """A case's attachments and what can be done with them."""

    def __init__(self, host: GrievanceEditor) -> None:
        super().__init__()
        self.host = host
        self.choose_open_file: Callable[[QWidget | None], str | None] = choose_open_file
        self.choose_save_file: Callable[[QWidget | None, str], str | None] = choose_save_file
        self.show_preview: Callable[[QWidget | None, str, QWidget], None] = show_preview
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Evidence is stored encrypted inside the vault. A saved copy is an "
                "ordinary, unencrypted file: keep it somewhere safe."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.attachments_model = AttachmentsModel(self)
        self.attachments = table_view(
            self.attachments_model, self.tr("Evidence"), (240, 140, 80), word_wrap=True
        )
        fit_columns(self.attachments, (240, 140, 80, 95), {0: 120})
        layout.addWidget(self.attachments, 1)
        grid = QGridLayout()
        self.attach_button = QPushButton(self.tr("Add &file…"))
        self.preview_button = QPushButton(self.tr("Pre&view"))
        self.save_copy_button = QPushButton(self.tr("Save a &copy…"))
        self.remove_attachment_button = QPushButton(self.tr("&Remove…"))
        for i, b in enumerate(
            (
                self.attach_button,
                self.preview_button,
                self.save_copy_button,
                self.remove_attachment_button,
            )
        ):
            grid.addWidget(b, i // 2, i % 2)
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)
        self.attach_button.clicked.connect(lambda: self.add_attachment())
        self.preview_button.clicked.connect(lambda: self.preview_attachment())
        self.save_copy_button.clicked.connect(lambda: self.save_attachment_copy())
        self.remove_attachment_button.clicked.connect(lambda: self.remove_attachment())
        self.attachments.activated.connect(lambda _i: self.preview_attachment())

    def show_case(self, detail: Any) -> None:
        self.attachments_model.set_rows(detail.attachments)

    def clear(self) -> None:
        self.attachments_model.clear()

    def _selected_attachment(self) -> Any:
        index = self.attachments.currentIndex()
        if not index.isValid() and self.attachments_model.rowCount() == 1:
            index = self.attachments_model.index(0, 0)
        return self.attachments_model.row_at(index.row()) if index.isValid() else None

    def current_row_id(self) -> int | None:
        index = self.attachments.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def add_attachment(self, path: str | None = None) -> int | None:
        """Read a file and store it inside the vault."""
        host = self.host
        if host.grievance_id is None:
            return None
        path = path or self.choose_open_file(self)
        if not path:
            return None
        try:
            if Path(path).stat().st_size > grievances_s.MAX_ATTACHMENT_BYTES:
                host.set_error(
                    self.tr("The file is larger than 25 MB; attach a smaller copy or an extract.")
                )
                return None
            data = Path(path).read_bytes()
        except OSError:
            host.set_error(self.tr("The file could not be read; check it exists."))
            return None
        grievance_id = host.grievance_id
        today = host.today()
        new_id = host.run(
            lambda s: (
                grievances_s.add_attachment(
                    s, grievance_id=grievance_id, filename=Path(path).name, data=data, today=today
                ).id
            )
        )
        if new_id is None:
            return None
        host.after_change(self.tr("Evidence stored in the vault."))
        return new_id

    def _attachment_bytes(self, attachment_id: int) -> tuple[str, str, bytes] | None:
        result = self.host.run(lambda s: grievances_s.attachment_data(s, attachment_id))
        return None if result is None or result is True else result

    def preview_attachment(self) -> bool:
        record = self._selected_attachment()
        if record is None:
            return False
        loaded = self._attachment_bytes(record.id)
        if loaded is None:
            return False
        filename, media_type, data = loaded
        widget = preview_widget(filename, media_type, data)
        if widget is None:
            self.host.show_info(self.tr("No preview for this kind of file; use “Save a copy…”."))
            return False
        # a fixed title: file names are often people's names, and titles show in task switchers
        self.show_preview(self, self.tr("Evidence preview"), widget)
        return True

    def save_attachment_copy(self) -> str | None:
        """Write the attachment where the user chooses (an unencrypted copy, said so)."""
        record = self._selected_attachment()
        if record is None:
            return None
        target = self.choose_save_file(self, record.filename)
        if not target:
            return None
        loaded = self._attachment_bytes(record.id)
        if loaded is None:
            return None
        try:
            write_atomic(target, loaded[2])
        except ForumKitError:
            self.host.set_error(self.tr("The copy could not be written there."))
            return None
        self.host.show_info(self.tr("Copy saved. It is not encrypted: delete it when done."))
        return target

    def remove_attachment(self) -> bool:
        record = self._selected_attachment()
        ctx = self.host.ctx
        if record is None or ctx is None:
            return False
        if not ctx.confirm(
            self, self.tr("this evidence file"), [self.tr("the file stored in the vault")]
        ):
            return False
        attachment_id = record.id
        if (
            self.host.run(lambda s: grievances_s.remove_attachment(s, attachment_id=attachment_id))
            is None
        ):
            return False
        self.host.after_change(self.tr("Evidence removed."))
        return True


__all__ = ["EvidencePanel", "preview_widget", "show_preview"]
