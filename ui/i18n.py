"""The interface's language: Qt translators, the locale of dates and numbers, the direction.

Owns ``apply_language``, called once at start-up before any window is built (a language chosen
in Settings applies at the next start: the pages set their words when they are built). It
installs Qt's own translation of its standard buttons and dialogs (``qtbase_<code>.qm``, shipped
with PySide6) and ours (``resources/translations/forum_kit_<code>.qm``), makes the language's
``QLocale`` the default (every date and number on screen is written by ``ui.widgets.locale_text``
through it), sets the core's gettext language to the same one, and lays a right-to-left language
out right to left (the whole window mirrors). ``resolve_language`` turns the Settings value
("" for the system's language) into a shipped language code.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from forum_kit import i18n

QT_CATALOGUES = ("qtbase",)
_installed: list[QTranslator] = []
_locale_before: list[QLocale] = []  # the default locale before the first language was applied


def translations_dir() -> Path:
    """The folder of our compiled Qt catalogues (``forum_kit_<code>.qm``)."""
    return i18n.locale_dir().parent / "translations"


def system_languages() -> list[str]:
    """The system's preferred interface languages, best first (``es-ES``, ``pt-BR``...)."""
    return [tag for tag in QLocale.system().uiLanguages()]


def resolve_language(setting: str | None, *, among: list[str] | None = None) -> str:
    """The language to use for the Settings value ``setting`` ("" or None: the system's)."""
    offered = i18n.offered_languages() if among is None else among
    if setting and setting in offered:
        return setting
    return i18n.match_language(system_languages(), among=offered)


def _load(translator: QTranslator, name: str, folder: str | Path) -> bool:
    return translator.load(name, str(folder))


def apply_language(code: str, *, qm_dir: Path | None = None,
                   locale_dir: Path | None = None) -> list[str]:
    """Speak ``code`` in the interface and the core from now on; returns the catalogues loaded.

    ``qm_dir``/``locale_dir`` point at catalogues elsewhere (the generated pseudo-locale)."""
    app = QCoreApplication.instance()
    clear_language()
    if not _locale_before:
        _locale_before.append(QLocale())
    loaded: list[str] = []
    locale = QLocale(code)
    if code != i18n.SOURCE_LANGUAGE:
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for catalogue in QT_CATALOGUES:
            translator = QTranslator()
            if _load(translator, f"{catalogue}_{code}", qt_folder):
                loaded.append(f"{catalogue}_{code}")
                _installed.append(translator)
        QLocale.setDefault(locale)
    # English too: its catalogue holds only the plural forms ("1 word", "10 words") of the
    # messages counted with %n, as Qt's own way has it
    ours = QTranslator()
    if _load(ours, f"forum_kit_{code}", qm_dir or translations_dir()):
        loaded.append(f"forum_kit_{code}")
        _installed.append(ours)
    if app is not None:
        for translator in _installed:
            app.installTranslator(translator)
    i18n.set_language(code, directory=locale_dir)
    if app is not None and hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if i18n.is_right_to_left(code)
                               else Qt.LayoutDirection.LeftToRight)
    return loaded


def clear_language() -> None:
    """Back to English, left to right, the locale the process started with (tests switch)."""
    app = QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
    if _locale_before:
        QLocale.setDefault(_locale_before[0])
    i18n.set_language(i18n.SOURCE_LANGUAGE)
    if app is not None and hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def shown(text: str, context: str = "") -> str:
    """A word marked with ``QT_TR_NOOP`` (context "") or ``QT_TRANSLATE_NOOP(context, ...)``
    where it was declared (a label table, a column header), in the interface language."""
    return QCoreApplication.translate(context, text) if text else text


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate`` for module functions (lupdate reads ``translate("Ctx",
    "...")`` calls). Not for a count: lupdate takes ``translate(ctx, text, None, n)`` with a
    variable ``n`` for a plain message (and drops it when ``n`` is an expression), so a counted
    ``%n`` message goes through a class's ``tr``: ``SomeQObjectClass.tr(text, "", n)``."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def document_language_combo() -> Any:
    """A combo of the languages a document can be printed in (data: the code), the interface's
    language chosen."""
    from PySide6.QtWidgets import QComboBox

    combo = QComboBox()
    for code in i18n.offered_languages():
        combo.addItem(i18n.LANGUAGES[code], code)
    index = combo.findData(i18n.current_language())
    combo.setCurrentIndex(max(0, index))
    return combo
