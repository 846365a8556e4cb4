"""Tooltips from the glossary: a figure's label says what its word means, in the guide's words.

Owns ``glossary_tip`` and ``set_glossary_tip``. The text is the first sentence of the term's
definition in ``resources/guide/<language>/glossary.html`` (read through ``forum_kit.guide``), so
a label's tooltip and the glossary never say two different things and are translated together;
the tooltip ends by pointing to F1, which opens the page's part of the guide with its links to
the glossary. A term missing from the glossary leaves the widget without a tooltip (a test checks
that every term the pages ask for exists).
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from forum_kit import guide
from forum_kit.errors import ForumKitError


@functools.cache
def _terms(language: str) -> dict[str, guide.Term]:
    try:
        return guide.glossary(language)
    except (ForumKitError, OSError):
        return {}


def glossary_tip(key: str, language: str | None = None) -> str:
    """The tooltip for glossary term ``key``: its word, its first sentence, and F1 (or "")."""
    term = _terms(guide.resolve_language(language)).get(key)
    if term is None:
        return ""
    more = QCoreApplication.translate("GlossaryTip", "F1: the guide for this page")
    return (
        f"<b>{_escape(term.word)}</b>: {_escape(guide.first_sentence(term.meaning))}<br>"
        f"<i>{_escape(more)}</i>"
    )


def set_glossary_tip(widget: QWidget, key: str, language: str | None = None) -> None:
    """Give ``widget`` the glossary's tooltip for ``key`` (what the word on it means)."""
    tip = glossary_tip(key, language)
    if tip:
        widget.setToolTip(tip)
        widget.setProperty("glossary_term", key)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
