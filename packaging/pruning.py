"""What the bundle leaves out of what PyInstaller's Qt hooks collect, and what that frees.

Owns ``UNWANTED`` (the Qt plugins and parts Forum Kit never uses: the virtual keyboard, which
drags in all of QtQuick and QML; the GTK theme, which drags in cairo, pango and half of GTK's
stack, and which the desktop's own GTK should serve; embedded-device platforms; TLS and network
information, which a program that never goes online does not need) and ``prune``, which removes
those and then every library that only they needed (found from the binaries' own link
dependencies, so nothing is listed by hand and a library something kept still links to stays).
The spec calls ``prune`` on the Analysis' binaries and ``without_links_to`` on its data entries
(where the links to libraries sit); tests call them on a made-up graph.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from pathlib import PurePath

# glob patterns on a binary's destination path in the bundle (lower case, "/" separators)
UNWANTED = (
    "*/plugins/platforminputcontexts/*virtualkeyboard*",
    "*/plugins/platformthemes/*gtk*",
    "*/plugins/platforms/*eglfs*",
    "*/plugins/platforms/*linuxfb*",
    "*/plugins/platforms/*vnc*",
    "*/plugins/platforms/*vkkhrdisplay*",
    "*/plugins/platforms/*minimalegl*",
    "*/plugins/egldeviceintegrations/*",
    "*/plugins/generic/*",
    "*/plugins/tls/*",
    "*/plugins/networkinformation/*",
    "*/plugins/qmltooling/*",
    "*/plugins/webview/*",
    "*/qml/*",
)

Entry = tuple[str, str, str]  # PyInstaller's (destination name, source path, type code)

# Babel's CLDR data (its hook collects all ~1,100 locales, 32 MB) is read for the documents'
# dates in Forum Kit's own languages (issue 16): those languages and their regional variants
# (about 3 MB), root and global.dat stay
BABEL_LANGUAGES = frozenset({"root", "en", "es", "fr", "pt", "pl", "ar", "zh"})


# Qt's own translations (PySide6 ships ~300 catalogues, 60 MB): the app loads qtbase's, in its
# own languages only (ui.i18n.QT_CATALOGUES)
QT_LANGUAGES = frozenset({"es", "fr", "pt_BR", "pl", "ar", "zh_CN"})


def is_unused_qt_translation(dest: str) -> bool:
    """True for a Qt translation catalogue the app never loads."""
    name = dest.replace("\\", "/")
    if "Qt/translations/" not in name or not name.endswith(".qm"):
        return False
    stem = PurePath(name).stem
    catalogue, _, code = stem.partition("_")
    return catalogue != "qtbase" or code not in QT_LANGUAGES


def is_translation_source(dest: str) -> bool:
    """True for a translator's file in our resources (.ts, .po, .pot): the app reads only the
    compiled .qm and .mo beside them."""
    name = dest.replace("\\", "/")
    return "forum_kit/_data/" in name and name.endswith((".ts", ".po", ".pot"))


def is_unused_locale_data(dest: str) -> bool:
    """True for a Babel locale file of a language Forum Kit does not speak."""
    name = dest.replace("\\", "/")
    if "babel/locale-data/" not in name or not name.endswith(".dat"):
        return False
    return PurePath(name).stem.split("_")[0] not in BABEL_LANGUAGES


def is_unwanted(dest: str) -> bool:
    """True for a binary the app never loads."""
    name = "/" + dest.replace("\\", "/").lower()
    return any(fnmatch.fnmatch(name, pattern) for pattern in UNWANTED)


def _key(name: str) -> str:
    # link names are base names on Linux and Windows, @rpath/... on macOS; DLLs ignore case
    return PurePath(name.replace("\\", "/")).name.lower()


def prune(
    binaries: Iterable[Entry], imports_of: Callable[[str], Iterable[str]]
) -> tuple[list[Entry], list[Entry]]:
    """Split ``binaries`` into (kept, dropped).

    Dropped: every unwanted binary, and every library reachable from those through link
    dependencies that no kept binary reaches. ``imports_of(source_path)`` gives the names a
    binary links against.
    """
    entries = list(binaries)
    by_key: dict[str, list[Entry]] = {}
    for entry in entries:
        by_key.setdefault(_key(entry[0]), []).append(entry)

    def closure(start: Iterable[Entry]) -> set[Entry]:
        seen: set[Entry] = set()
        todo = list(start)
        while todo:
            entry = todo.pop()
            if entry in seen:
                continue
            seen.add(entry)
            for name in imports_of(entry[1]):
                todo.extend(by_key.get(_key(name), ()))
        return seen

    unwanted = [e for e in entries if is_unwanted(e[0])]
    candidates = closure(unwanted) - set(unwanted)
    roots = [e for e in entries if e not in candidates and not is_unwanted(e[0])]
    needed = closure(roots)
    dropped = set(unwanted) | (candidates - needed)
    return [e for e in entries if e not in dropped], [e for e in entries if e in dropped]


def without_links_to(entries: Iterable[Entry], dropped: Iterable[Entry]) -> list[Entry]:
    """``entries`` less the symbolic links PyInstaller made to a dropped library (it puts a
    link to each library of a sub-folder at the bundle's top, among the data entries)."""
    gone = {PurePath(e[0].replace("\\", "/")) for e in dropped}
    return [
        e for e in entries if not (e[2] == "SYMLINK" and PurePath(e[1].replace("\\", "/")) in gone)
    ]


# Faker's providers hold every locale it knows (about 110, 13 MB as modules and again as data
# files, which its PyInstaller hook collects both ways); the demo vault draws names from its own
# list of locales (forum_kit.demo.LOCALES), whose modules import a few others
# (``faker_locales_to_keep``).
_FAKER_PART = re.compile(r"^faker[./]providers[./][a-z_]+[./]([A-Za-z_]+)(?:[./]|$)")


def unused_faker_locale(name: str, keep: AbstractSet[str], known: AbstractSet[str]) -> bool:
    """True when ``name`` (a module name ``faker.providers.person.fr_FR`` or a data file's
    destination ``faker/providers/person/fr_FR/__init__.py``) belongs to one of Faker's locales
    (``known``: ``faker.config.AVAILABLE_LOCALES``) that is not in ``keep``. A provider's own
    modules (``faker.providers.sbn.sbn``, ``rules``) are no locale and stay."""
    match = _FAKER_PART.match(name.replace("\\", "/"))
    return bool(match) and match.group(1) in known and match.group(1) not in keep


def faker_locales_to_keep(demo_locales: Iterable[str]) -> set[str]:
    """The Faker locales the bundle keeps: those a Faker of each demo locale loads (its own
    modules import others': fil_PH's from en_PH, es_MX's lorem from es_ES, ar_EG's dates from
    ar_AA; a provider a locale lacks comes from its default locale, bank from en_GB), found by
    making those Fakers and reading what they imported, plus en and en_US."""
    import sys

    from faker import Faker

    for code in demo_locales:
        Faker(code)
    loaded = {
        name.split(".")[3] for name in sys.modules
        if name.startswith("faker.providers.") and name.count(".") >= 3
    }
    return loaded | {"en", "en_US"}
