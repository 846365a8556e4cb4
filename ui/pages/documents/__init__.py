"""The Documents page and its parts, one concern a module.

``page`` holds ``DocumentsPage`` (the preview, the personal-data line, print and save);
``leaflet_form``, ``forum_forms`` (briefing and pack) and ``chart_sheet_form`` the forms;
``form_base`` what the forms share; ``requests`` what is built in the background; ``dialogs``
the dialogs tests replace.
"""

from ui.pages.documents.page import KINDS, DocumentsPage
from ui.pages.documents.requests import BuildResult, build_document

__all__ = ["KINDS", "BuildResult", "DocumentsPage", "build_document"]
