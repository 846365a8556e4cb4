"""The page shown for an area of work that is not built yet: says what it will do, shows no data.

Owns ``PlaceholderPage`` and the descriptions of the pages still to come, so the sidebar can list
the whole application from the first release without showing anything fake.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.i18n import shown
from ui.pages import Page

COMING: dict[str, tuple[str, str]] = {
    "map": (QT_TR_NOOP("Map"),
            QT_TR_NOOP("The workplace map: areas, headcounts and how each person is assessed, "
                   "so you can see where the committee is strong and where nobody has talked "
                   "to anyone yet.")),
    "people": (QT_TR_NOOP("People"),
               QT_TR_NOOP("Everyone at the workplace: who they are, where they work, how they were "
                         "assessed and when someone last talked to them.")),
    "conversations": (QT_TR_NOOP("Conversations"),
                      QT_TR_NOOP("One-on-one conversations written up with the AEIOU "
                                       "structure, their issues and the follow-ups due.")),
    "grievances": (QT_TR_NOOP("Grievances"),
                   QT_TR_NOOP("Every grievance with its step, its next deadline counted from "
                                 "the contract, and the fact sheet to print for the meeting.")),
    "growth": (QT_TR_NOOP("Growth"),
               QT_TR_NOOP("How the committee and the support for it grow over time, area by area, "
                         "counted from the assessment history.")),
    "assemblies": (QT_TR_NOOP("Assemblies"),
                   QT_TR_NOOP("Forums and councils: meetings, motions, mandates and the "
                                 "delegates who carry them, with their report-backs.")),
    "documents": (QT_TR_NOOP("Documents"),
                  QT_TR_NOOP("Leaflets, briefings and packs printed from the vault, "
                               "encrypted when they are saved.")),
}


class PlaceholderPage(Page):
    """A calm page: the title, a sentence on what the page will do, and that it is not built yet."""

    def __init__(self, key: str, title: str | None = None, description: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        known_title, known_text = COMING.get(key, (key.title(), ""))
        self.key = key
        self.title = title or known_title
        heading = QLabel(shown(self.title), self)
        heading.setObjectName("placeholderTitle")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        body = QLabel(description or shown(known_text), self)
        body.setWordWrap(True)
        note = QLabel(self.tr("This page is not built yet. It will arrive in a later version; "
                              "nothing here is stored or shown from your vault."), self)
        note.setWordWrap(True)
        note.setEnabled(False)
        # word-wrapped labels need a fixed width: centred alone they collapse to a sliver
        box = QWidget(self)
        box.setFixedWidth(560)
        column = QVBoxLayout(box)
        column.setSpacing(12)
        for widget in (heading, body, note):
            widget.setParent(box)
            column.addWidget(widget)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
