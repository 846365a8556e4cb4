"""The Help menu of the main window and F1: the guide at the part for the page shown.

Owns ``install_help`` (called by ``ui.app.create_main_window``): Help > Guide (F1, opening the
part of the page on screen, ``forum_kit.guide.PAGE_PARTS``), Safety first, Glossary, First steps
(the walk-through, at any time), Save the quick start (PDF), above the About item the window
already has; and the glossary tooltips on the pages' words (``PAGE_TIPS``: the widget of each
page that shows a word of the method, and the term it takes from the glossary). The table names
widgets by their attribute path on the page so the pages stay as they are; a test walks it, so a
renamed widget is caught. ``guide_language`` chooses the guide's language: the interface
language in Settings, else the system's.
"""

from __future__ import annotations

import functools
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QFormLayout, QGridLayout, QWidget

from forum_kit import guide, i18n
from ui.help.glossary_tips import glossary_tip, set_glossary_tip
from ui.i18n import translate

# page key -> (attribute path on the page, glossary term). A path ending in ``[key]`` is an item
# of a dict attribute; ``combo:KEY`` an item of a combo box (by its data); ``label:`` the label a
# form or grid shows beside that widget (the word a steward reads).
PAGE_TIPS: dict[str, tuple[tuple[str, str], ...]] = {
    "map": (
        ("label:figure_labels[headcount]", "headcount"),
        ("figure_labels[headcount]", "headcount"),
        ("label:figure_labels[mapped]", "chart"),
        ("label:figure_labels[assessed]", "assessment"),
        ("label:figure_labels[supporters]", "supporter"),
        ("figure_labels[supporters]", "supporter"),
        ("label:figure_labels[committee]", "one-to-ten"),
        ("figure_labels[committee]", "one-to-ten"),
        ("label:figure_labels[one_on_ones]", "one-on-one"),
        ("label:figure_labels[follow_ups]", "follow-up"),
        ("tests_button", "structure-test"),
    ),
    "people": (
        ("stale", "stale"),
        ("level", "assessment"),
        ("editor.organic_leader", "organic-leader"),
        ("editor.sensitive", "sensitive"),
        ("editor.start_level", "assessment"),
    ),
    "conversations": (
        ("label:editor.texts[agitate]", "aeiou"),
        ("label:editor.texts[educate]", "aeiou"),
        ("label:editor.texts[inoculate]", "inoculation"),
        ("label:editor.texts[ask]", "aeiou"),
        ("label:editor.texts[unite]", "aeiou"),
        ("label:editor.assessment", "assessment"),
        ("editor.sensitive", "sensitive"),
        ("followups", "follow-up"),
    ),
    "grievances": (
        ("editor.steps.advance_button", "grievance-step"),
        ("editor.steps.file_button", "grievance-step"),
    ),
    "growth": (
        ("metric_combo:supporters", "supporter"),
        ("metric_combo:assessed", "assessment"),
        ("metric_combo:committee", "one-to-ten"),
        ("metric_combo:one_on_ones", "one-on-one"),
        ("metric_combo:last_test", "structure-test"),
    ),
    "assemblies": (
        ("new_forum_button", "forum"),
        ("new_council_button", "council"),
        ("elect_button", "delegate"),
        ("recall_button", "recall"),
        ("pass_button", "mandate"),
        ("report_button", "report-back"),
        ("tab:bundles_scroll", "bundle"),
    ),
    "mutual_aid": (
        ("tab:needs", "mutual-aid"),
        ("tab:fund", "solidarity-fund"),
        ("tab:time_bank", "time-bank"),
        ("tab:check_ins", "check-in"),
        ("tab:retaliation", "retaliation"),
    ),
}


def guide_language() -> str:
    """The guide's language: the interface's, as applied at start from Settings or the system
    (English where the guide has no such folder)."""
    return guide.resolve_language(i18n.current_language())


def _follow(page: QWidget, path: str) -> Any:
    """The object at ``path`` (``a.b[c]``) on ``page``; AttributeError/KeyError when absent."""
    obj: Any = page
    for piece in path.split("."):
        name, _, key = piece.partition("[")
        obj = getattr(obj, name)
        if key:
            obj = obj[key.rstrip("]")]
    return obj


def _label_for(widget: QWidget) -> QWidget:
    """The label a form or grid layout shows for ``widget`` (itself when there is none)."""
    parent = widget.parentWidget()
    while parent is not None:
        for layout in [
            parent.layout(),
            *parent.findChildren(QFormLayout),
            *parent.findChildren(QGridLayout),
        ]:
            if isinstance(layout, QFormLayout):
                label = layout.labelForField(widget)
                if label is not None:
                    return label
            if isinstance(layout, QGridLayout):
                index = layout.indexOf(widget)
                if index >= 0:
                    row, column, _rs, _cs = layout.getItemPosition(index)
                    item = layout.itemAtPosition(row, column - 1) if column else None
                    if item is not None and item.widget() is not None:
                        return item.widget()
        parent = parent.parentWidget()
    return widget


def tip_target(page: QWidget, spec: str) -> tuple[Any, Any]:
    """Where a ``PAGE_TIPS`` entry puts its tooltip: (widget or combo, item data or None)."""
    if spec.startswith("label:"):
        return _label_for(_follow(page, spec[len("label:") :])), None
    if spec.startswith("tab:"):
        return _follow(page, spec[len("tab:") :]), "tab"
    path, _, item = spec.partition(":")
    return _follow(page, path), (item or None)


def apply_glossary_tips(pages: dict[str, QWidget], language: str | None = None) -> int:
    """Put the glossary's tooltips on every page's words; the number of tooltips set."""
    count = 0
    for key, entries in PAGE_TIPS.items():
        page = pages.get(key)
        if page is None:
            continue
        for spec, term in entries:
            try:
                widget, item = tip_target(page, spec)
            except (AttributeError, KeyError):
                continue  # a page still being built by another part of the program
            if item == "tab":
                tabs = widget.parentWidget().parentWidget() if widget.parentWidget() else None
                index = tabs.indexOf(widget) if hasattr(tabs, "indexOf") else -1
                if index >= 0:
                    tabs.setTabToolTip(index, glossary_tip(term, language))
                    count += 1
            elif isinstance(widget, QComboBox) and item is not None:
                index = widget.findData(item)
                if index >= 0:
                    widget.setItemData(
                        index, glossary_tip(term, language), Qt.ItemDataRole.ToolTipRole
                    )
                    count += 1
            else:
                set_glossary_tip(widget, term, language)
                count += 1
    return count


class _WindowHelp(QObject):
    """The main window's help, as a child of the window: the window is reached through
    ``parent()`` so that no Python closure keeps the window's wrapper alive after Qt deletes it."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)

    def open_guide(self, part: str | None = None, anchor: str = "") -> Any:
        """Show the guide window at ``part`` (the shown page's part when None)."""
        from ui.help.guide_window import GuideWindow

        window: Any = self.parent()
        if window.guide_window is None:
            window.guide_window = GuideWindow(guide_language(), window)
        if part is None:
            part = guide.PAGE_PARTS.get(window.current_key or "", "index")
        shown = window.guide_window
        shown.show_part(part, anchor)
        shown.show()
        shown.raise_()
        shown.activateWindow()
        return shown

    def start_walkthrough(self) -> Any:
        from ui.help.walkthrough import open_walkthrough

        return open_walkthrough(self.parent())

    def save_quick_start(self) -> None:
        self.open_guide().save_quick_start()


def install_help(window: Any) -> None:
    """The Help menu's guide items and F1 on the main window, and the pages' glossary tips."""
    window.guide_window = None
    window.walkthrough = None
    helper = _WindowHelp(window)
    window.open_guide = helper.open_guide
    window.start_walkthrough = helper.start_walkthrough
    actions = {
        "guide": QAction(translate("HelpMenu", "&Guide for this page"), window),
        "start": QAction(translate("HelpMenu", "Getting &started"), window),
        "safety": QAction(translate("HelpMenu", "Safety &first"), window),
        "glossary": QAction(translate("HelpMenu", "G&lossary"), window),
        "walkthrough": QAction(translate("HelpMenu", "First ste&ps (walk-through)…"), window),
        "quick_start": QAction(translate("HelpMenu", "Save the &quick start (PDF)…"), window),
    }
    actions["guide"].setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    actions["guide"].setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    for key, part in (
        ("guide", None),
        ("start", "getting-started"),
        ("safety", "safety"),
        ("glossary", "glossary"),
    ):
        actions[key].triggered.connect(functools.partial(helper.open_guide, part))
    actions["walkthrough"].triggered.connect(helper.start_walkthrough)
    actions["quick_start"].triggered.connect(helper.save_quick_start)
    window.help_actions = actions
    menu = getattr(window, "help_menu", None)
    if menu is None:
        menu = window.menuBar().addMenu(translate("HelpMenu", "&Help"))
    first = menu.actions()[0] if menu.actions() else None
    for key in ("guide", "start", "safety", "glossary"):
        menu.insertAction(first, actions[key])
    menu.insertSeparator(first)
    menu.insertAction(first, actions["walkthrough"])
    menu.insertAction(first, actions["quick_start"])
    menu.insertSeparator(first)
    # F1 also where the key sequence has no standard binding (the platform theme's own)
    if actions["guide"].shortcut() != QKeySequence(Qt.Key.Key_F1):
        f1 = QShortcut(QKeySequence(Qt.Key.Key_F1), window)
        f1.activated.connect(functools.partial(helper.open_guide, None))
    apply_glossary_tips(window.pages, guide_language())


class _WelcomeHelp(QObject):
    """F1 on the welcome window (a child of it, reaching it through ``parent()``)."""

    def __init__(self, welcome: QWidget) -> None:
        super().__init__(welcome)
        self.guide_window: Any = None
        shortcut = QShortcut(QKeySequence(Qt.Key.Key_F1), welcome)
        shortcut.activated.connect(self.open_start)

    def open_start(self) -> Any:
        """The guide at Getting started."""
        from ui.help.guide_window import GuideWindow

        if self.guide_window is None:
            self.guide_window = GuideWindow(guide_language(), self.parent())
        self.guide_window.show_part("getting-started")
        self.guide_window.show()
        self.guide_window.raise_()
        return self.guide_window


def install_welcome_help(welcome: QWidget) -> Any:
    """F1 on the welcome and unlock window: the guide's Getting started (the helper returned),
    in the interface's language (``guide_language``)."""
    return _WelcomeHelp(welcome)
