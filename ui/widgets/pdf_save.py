"""Saving a finished PDF from a dialog or panel, the way the Documents page saves: protected
with AES-256 when asked, and otherwise only after the user confirms writing personal data
without a password.

Owns ``PdfSaver``: its password question, file chooser and error message are attributes tests
replace (ARCHITECTURE.md rule 11). The bytes are written atomically where the user chose and
protected in memory (``queries.documents.save_pdf``): no unprotected copy touches the disk.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtWidgets import QWidget

from forum_kit.errors import ForumKitError
from ui.editors.common import error_text, show_error
from ui.i18n import shown, translate

PERSONAL_WORDS = {"initials": QT_TR_NOOP("coworkers' initials"),
                  "names": QT_TR_NOOP("coworkers' full names")}


def _choose_path(parent: QWidget, suggested: str) -> str | None:
    from ui.pages.documents.dialogs import choose_save_path as _choose_save_path

    return _choose_save_path(parent, suggested)


def _ask_password(parent: QWidget) -> str | None:
    from ui.pages.documents.dialogs import ask_password as ask

    return ask(parent)


class PdfSaver:
    """Asks what it must, then writes PDF bytes; ``save`` returns the path or None."""

    def __init__(self) -> None:
        self.ask_password: Callable[[QWidget], str | None] = _ask_password
        self.choose_path: Callable[[QWidget, str], str | None] = _choose_path
        self.show_error: Callable[[QWidget | None, str], None] = show_error

    def save(
        self,
        parent: QWidget,
        ctx: Any,
        data: bytes,
        *,
        personal: str,
        suggested: str,
        protect: bool,
    ) -> str | None:
        password = None
        if protect:
            password = self.ask_password(parent)
            if password is None:
                return None
        elif personal in PERSONAL_WORDS and ctx is not None:
            what = shown(PERSONAL_WORDS[personal])
            if not ctx.confirm(
                parent,
                translate("PdfSave", "Save a PDF with {what} without a password?").format(
                    what=what
                ),
                [
                    translate("PdfSave", "Anyone who gets the file can read it."),
                    translate("PdfSave", "Tick 'Protect with a password' to encrypt it."),
                ],
            ):
                return None
        path = self.choose_path(parent, suggested)
        if not path:
            return None
        from forum_kit.queries.documents import save_pdf

        try:
            save_pdf(data, path, password=password)
        except ForumKitError as exc:
            self.show_error(parent, error_text(exc))
            return None
        return path
