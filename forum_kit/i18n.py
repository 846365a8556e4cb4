"""The core's languages: which ones Forum Kit ships, and its own messages translated (gettext).

This module owns the list of languages (``LANGUAGES``; ``COMPLETE_LANGUAGES``, the ones whose
catalogues are finished and that Settings and ``LANG`` may choose), the gettext catalogue of the
core (``resources/locale/<code>/LC_MESSAGES/forum_kit.po``, compiled to ``.mo`` beside it by
``scripts/translations.py``) and the functions the core marks its words with: ``_`` for a
message, ``ngettext`` for one with a count, ``N_`` for a constant translated where it is shown.
``pgettext`` for a word whose English means two things.
The language is one per process (``set_language``: the interface's, or the command line's from
``LANG``), with ``document_language`` to print one document in another language on one thread
(a context variable: a PDF built in the background does not change the screen's words). No Qt
here: the interface installs its own Qt translators beside this (``ui/i18n.py``).
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

DOMAIN = "forum_kit"
SOURCE_LANGUAGE = "en"
# code -> the language's name in itself (what a steward looks for in a list). Codes are gettext's
# and Qt's (``pt_BR``, ``zh_CN``), the names of the catalogue files.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "es": "Español",
    "fr": "Français",
    "pt_BR": "Português (Brasil)",
    "pl": "Polski",
    "ar": "العربية",
    "zh_CN": "中文（简体）",
}
# The languages whose two catalogues (interface and core) are finished: the tests prove each one
# complete, and only these are offered in Settings or picked from the system. Phase 2 of issue 16
# adds each language here when its translator has filled its files.
# fr, pt_BR, pl and ar: both catalogues are complete (scripts/translations.py status), but their
# walks still find a few placeholders too long for their fields (fr, pt_BR, pl) and the Arabic
# pages' splitters reported as cutting their panes: they join when those are fixed
COMPLETE_LANGUAGES: list[str] = ["es", "fr", "pt_BR", "pl", "ar", "zh_CN"]
RIGHT_TO_LEFT = frozenset({"ar"})

_active: gettext.NullTranslations = gettext.NullTranslations()
_active_code = SOURCE_LANGUAGE
_override: ContextVar[tuple[str, gettext.NullTranslations] | None] = ContextVar(
    "forum_kit_document_language", default=None
)
_cache: dict[tuple[str, str], gettext.NullTranslations] = {}
_directory: Path | None = None


def translated_languages() -> list[str]:
    """Every language Forum Kit has catalogues for, English (the source) left out."""
    return [code for code in LANGUAGES if code != SOURCE_LANGUAGE]


def offered_languages() -> list[str]:
    """The languages a steward can choose: English and every complete translation."""
    return [SOURCE_LANGUAGE, *[c for c in COMPLETE_LANGUAGES if c in LANGUAGES]]


def is_right_to_left(code: str) -> bool:
    """Whether ``code`` is written right to left (the whole window mirrors)."""
    return code.split("_")[0] in RIGHT_TO_LEFT


def locale_dir() -> Path:
    """The folder of the gettext catalogues (``<code>/LC_MESSAGES/forum_kit.mo``)."""
    if _directory is not None:
        return _directory
    package = Path(__file__).resolve().parent
    # a wheel or a bundle carries resources/ inside the package as _data (issue 17)
    for candidate in (package / "_data" / "locale", package.parent / "resources" / "locale"):
        if candidate.is_dir():
            return candidate
    return package.parent / "resources" / "locale"


def _tags(tag: str) -> list[str]:
    """``es_ES.UTF-8`` -> ``es_ES``, ``es``; ``pt-BR`` -> ``pt_BR``, ``pt``; ``zh_Hans_CN`` too."""
    base = tag.split(".")[0].split("@")[0].replace("-", "_")
    if not base or base in ("C", "POSIX"):
        return []
    parts = base.split("_")
    out = [base]
    if len(parts) == 3:  # zh_Hans_CN: the script is not part of our codes
        out.append(f"{parts[0]}_{parts[2]}")
    if parts[0] == "zh" and ("Hans" in parts or len(parts) == 1):
        out.append("zh_CN")  # simplified Chinese is what "zh" alone most often means
    out.append(parts[0])
    return out


def match_language(tags: Iterable[str], among: Iterable[str] | None = None) -> str:
    """The first of ``among`` (default: the offered languages) that the locale ``tags`` ask for,
    in their order of preference; English when none matches."""
    choices = list(offered_languages() if among is None else among)
    by_lower = {c.lower(): c for c in choices}
    for tag in tags:
        for candidate in _tags(tag):
            found = by_lower.get(candidate.lower())
            if found is not None:
                return found
            # "pt" asks for Portuguese: Brazilian Portuguese is the one we ship
            prefixed = [c for c in choices if c.lower().startswith(candidate.lower() + "_")]
            if "_" not in candidate and prefixed:
                return prefixed[0]
    return SOURCE_LANGUAGE


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The language the command line speaks: gettext's order, ``LANGUAGE`` (a list), then
    ``LC_ALL``, ``LC_MESSAGES``, ``LANG``; English when none names an offered language."""
    env = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name)
        if value:
            if name == "LANGUAGE":
                return match_language(value.split(":"))
            return match_language([value])
    return SOURCE_LANGUAGE


def translations(code: str) -> gettext.NullTranslations:
    """The catalogue of ``code`` (English, or a missing catalogue: messages as written)."""
    folder = locale_dir()
    key = (code, str(folder))
    found = _cache.get(key)
    if found is None:
        if code == SOURCE_LANGUAGE:
            found = gettext.NullTranslations()
        else:
            found = gettext.translation(DOMAIN, folder, languages=[code], fallback=True)
        _cache[key] = found
    return found


def set_language(code: str, *, directory: Path | None = None) -> None:
    """Speak ``code`` from now on in every thread (``directory``: catalogues elsewhere, as the
    pseudo-locale's); a code with no catalogue speaks English."""
    global _active, _active_code, _directory
    if directory is not None or _directory is not None:
        _directory = directory
        _cache.clear()
    _active_code = code
    _active = translations(code)


def current_language() -> str:
    """The language messages come in now (a document's while one is being printed)."""
    override = _override.get()
    return override[0] if override is not None else _active_code


def _catalogue() -> gettext.NullTranslations:
    override = _override.get()
    return override[1] if override is not None else _active


@contextmanager
def document_language(code: str | None) -> Iterator[str]:
    """Within the block, this thread's messages come in ``code`` (``None``: the current one)."""
    chosen = current_language() if not code else code
    token = _override.set((chosen, translations(chosen)))
    try:
        yield chosen
    finally:
        _override.reset(token)


def _(message: str) -> str:
    """``message`` in the current language."""
    return _catalogue().gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of ``singular``/``plural`` for the count ``n`` in the current language."""
    return _catalogue().ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """``message`` in the current language where the same English means two things ("For" a
    vote, "For" what a deadline is for): ``context`` tells them apart for the translator."""
    return _catalogue().pgettext(context, message)


def N_(message: str) -> str:  # noqa: N802 - gettext's conventional name
    """Marks a constant for translation where it is shown (``_(CONSTANT)``); returns it as is."""
    return message
