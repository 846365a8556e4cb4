"""What a person reads in a window: every visible text of its widgets, for the language tests.

Owns ``visible_texts(top)``: the texts of the visible labels, buttons, check boxes, group boxes,
tabs, combo boxes (every item), line edits' placeholders, the headers and first rows of lists and
tables, the window's title, and its menus; and ``source_strings()``, the English sources of both
catalogues (interface and core) as a steward would see them (mnemonic "&" removed). Used by
``test_translations.py`` to walk every page and dialog of the screenshot registry in a language.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTabBar,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[2]
DISPLAY = Qt.ItemDataRole.DisplayRole
ROWS = 5  # the first rows of a list or table: enough to see its words


def plain(text: str) -> str:
    """A text as read: the mnemonic "&" gone ("&&" is a real ampersand), trimmed."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def _view_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    texts = []
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model (its column count is not public): one column
        columns = 1
    for section in range(columns):
        texts.append(str(model.headerData(section, Qt.Orientation.Horizontal, DISPLAY) or ""))
    for row in range(min(ROWS, model.rowCount(QModelIndex()))):
        for column in range(columns):
            value = model.index(row, column).data(DISPLAY)
            if isinstance(value, str):
                texts.append(value)
    return texts


def visible_texts(top: QWidget) -> list[str]:
    """Every text a person reads in ``top`` now (hidden widgets left out)."""
    texts = [top.windowTitle()]
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisibleTo(top) and widget is not top:
            continue
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QLineEdit) and not widget.text():
            texts.append(widget.placeholderText())
        elif isinstance(widget, QAbstractItemView):
            texts += _view_texts(widget)
        if isinstance(widget, QMainWindow) and widget.menuBar() is not None:
            for action in widget.menuBar().actions():
                texts.append(action.text())
                menu = action.menu()
                if menu is not None:
                    texts += [a.text() for a in menu.actions() if not a.isSeparator()]
    return [plain(t) for t in texts if t and plain(t)]


def source_strings(code: str) -> dict[str, str]:
    """English source -> its translation in ``code``, for both catalogues, as seen on screen
    (only the messages whose translation differs from the source: "OK" may stay "OK")."""
    from babel.messages.pofile import read_po

    out: dict[str, str] = {}
    ts = ROOT / "resources" / "translations" / f"forum_kit_{code}.ts"
    for message in ET.parse(ts).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = translation.findall("numerusform") if translation is not None else []
        text = (forms[0].text if forms else translation.text) if translation is not None else ""
        if plain(source) and plain(source) != plain(text or ""):
            out[plain(source)] = plain(text or "")
    po = ROOT / "resources" / "locale" / code / "LC_MESSAGES" / "forum_kit.po"
    with open(po, "rb") as fh:
        for message in read_po(fh, locale=code):
            if not message.id or isinstance(message.id, tuple):
                continue
            if message.id.strip() and message.id != message.string:
                out.setdefault(message.id.strip(), str(message.string or "").strip())
    return out


def untranslated(texts: list[str], sources: dict[str, str]) -> list[str]:
    """The texts that are an English source string as written (names and numbers are not)."""
    return sorted({t for t in texts if t in sources})


def chrome_texts(top: QWidget) -> list[str]:
    """The interface's own words only, never data: buttons, check boxes, tabs, group boxes and
    the labels of fields (a label with a buddy). Qt's calendar pop-ups are left out (Qt's words)."""
    from PySide6.QtWidgets import QCalendarWidget

    texts = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or _inside(widget, (QCalendarWidget, QAbstractItemView)):
            continue
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append(widget.text())
    return [plain(t) for t in texts if re.search(r"[A-Za-z]{2}", plain(t))]


def _inside(widget: QWidget, kinds: tuple[type, ...]) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, kinds):
            return True
        parent = parent.parentWidget()
    return False
