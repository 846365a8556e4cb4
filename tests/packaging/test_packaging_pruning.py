"""What the spec leaves out of the bundle (``packaging/pruning.py``), on made-up binaries.

An unwanted Qt plugin goes, with every library only it needed; a library that something kept
still links to stays, even when an unwanted plugin needed it too; names match the way each
system writes them (macOS ``@rpath/...``, Windows in any case).
"""

from __future__ import annotations

import pytest
from packaging_helpers import packaging_module


@pytest.fixture(scope="module")
def pruning():
    return packaging_module("pruning")


def entry(dest: str) -> tuple[str, str, str]:
    return (dest, "/src/" + dest, "BINARY")


VKB = "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so"
GTK = "PySide6/Qt/plugins/platformthemes/libqgtk3.so"
XCB = "PySide6/Qt/plugins/platforms/libqxcb.so"
LINKS = {
    VKB: ["libQt6VirtualKeyboard.so.6", "libQt6Gui.so.6"],
    "libQt6VirtualKeyboard.so.6": ["libQt6Quick.so.6"],
    "libQt6Quick.so.6": ["libQt6Qml.so.6", "libQt6Gui.so.6"],
    GTK: ["libcairo.so.2", "libglib-2.0.so.0"],
    XCB: ["libQt6XcbQpa.so.6"],
    "libQt6XcbQpa.so.6": ["libQt6Gui.so.6", "libglib-2.0.so.0"],
    "libQt6Gui.so.6": ["libQt6Core.so.6"],
}


def imports_of(source: str) -> list[str]:
    return LINKS.get(source.removeprefix("/src/"), [])


def test_unwanted_plugins_go_with_what_only_they_need(pruning):
    names = [
        VKB,
        GTK,
        XCB,
        "libQt6VirtualKeyboard.so.6",
        "libQt6Quick.so.6",
        "libQt6Qml.so.6",
        "libcairo.so.2",
        "libglib-2.0.so.0",
        "libQt6XcbQpa.so.6",
        "libQt6Gui.so.6",
        "libQt6Core.so.6",
        "libdbus-1.so.3",
    ]
    kept, dropped = pruning.prune([entry(n) for n in names], imports_of)
    assert {e[0] for e in dropped} == {
        VKB,
        GTK,
        "libQt6VirtualKeyboard.so.6",
        "libQt6Quick.so.6",
        "libQt6Qml.so.6",
        "libcairo.so.2",
    }
    # glib: the GTK theme needed it, but so does the xcb platform we keep; dbus is loaded at
    # run time (nothing links to it), so nothing here may take it away
    assert {e[0] for e in kept} == {
        XCB,
        "libglib-2.0.so.0",
        "libQt6XcbQpa.so.6",
        "libQt6Gui.so.6",
        "libQt6Core.so.6",
        "libdbus-1.so.3",
    }
    assert [e[0] for e in kept] == [n for n in names if n in {e[0] for e in kept}]  # order kept


def test_patterns_match_each_platforms_paths(pruning):
    assert pruning.is_unwanted("PySide6\\Qt\\plugins\\platformthemes\\qgtk3.DLL")
    assert pruning.is_unwanted("PySide6/Qt/plugins/platforms/libqeglfs.so")
    assert pruning.is_unwanted("PySide6/Qt/qml/QtQuick/libqtquick2plugin.so")
    for wanted in (
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platforms/libqwayland-egl.so",
        "PySide6/Qt/plugins/platforms/qwindows.dll",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
        "PySide6/Qt/lib/libQt6Pdf.so.6",
    ):
        assert not pruning.is_unwanted(wanted), wanted


def test_link_names_match_whatever_their_form(pruning):
    binaries = [
        entry("PySide6/Qt/plugins/platformthemes/qgtk3.dll"),
        entry("CAIRO.DLL"),
        entry("PySide6/Qt/lib/QtGui.framework/QtGui"),
    ]
    links = {"PySide6/Qt/plugins/platformthemes/qgtk3.dll": ["cairo.dll", "@rpath/QtGui"]}
    kept, dropped = pruning.prune(binaries, lambda s: links.get(s.removeprefix("/src/"), []))
    assert {e[0] for e in dropped} == {
        "PySide6/Qt/plugins/platformthemes/qgtk3.dll",
        "CAIRO.DLL",
        "PySide6/Qt/lib/QtGui.framework/QtGui",
    }
    assert kept == []


def test_links_to_dropped_libraries_go_too(pruning):
    dropped = [entry("PySide6/Qt/lib/libQt6Quick.so.6")]
    datas = [
        ("libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Quick.so.6", "SYMLINK"),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("forum_kit/_data/fonts/DejaVuSans.ttf", "/src/DejaVuSans.ttf", "DATA"),
    ]
    assert pruning.without_links_to(datas, dropped) == datas[1:]


def test_babel_keeps_only_the_languages_forum_kit_speaks(pruning):
    is_unused_locale_data = pruning.is_unused_locale_data

    kept = ["babel/locale-data/root.dat", "babel/locale-data/es.dat", "babel/locale-data/pt_BR.dat",
            "babel/locale-data/zh_Hans_CN.dat", "babel\\locale-data\\ar_EG.dat", "babel/global.dat",
            "forum_kit/_data/locale/es/LC_MESSAGES/forum_kit.mo"]
    dropped = ["babel/locale-data/de.dat", "babel/locale-data/ja_JP.dat",
               "babel/locale-data/sw_KE.dat"]
    assert not [d for d in kept if is_unused_locale_data(d)]
    assert all(is_unused_locale_data(d) for d in dropped)


def test_qt_keeps_only_its_own_words_in_forum_kits_languages(pruning):
    unused = pruning.is_unused_qt_translation
    assert not unused("PySide6/Qt/translations/qtbase_es.qm")
    assert not unused("PySide6/Qt/translations/qtbase_zh_CN.qm")
    assert not unused("forum_kit/_data/translations/forum_kit_ar.qm")  # ours stay
    assert unused("PySide6/Qt/translations/qtbase_de.qm")
    assert unused("PySide6/Qt/translations/qtdeclarative_es.qm")
    assert unused("PySide6\\Qt\\translations\\qt_help_fr.qm")
    assert pruning.is_translation_source("forum_kit/_data/translations/forum_kit_ar.ts")
    assert pruning.is_translation_source("forum_kit/_data/locale/fr/LC_MESSAGES/forum_kit.po")
    assert not pruning.is_translation_source("forum_kit/_data/locale/fr/LC_MESSAGES/forum_kit.mo")


def test_only_the_demos_faker_locales_stay(pruning):
    from faker.config import AVAILABLE_LOCALES

    from forum_kit.demo import LOCALES

    keep = {code for code, _, _ in LOCALES} | {"en_US"}

    def gone(name: str, keep: set[str]) -> bool:
        return pruning.unused_faker_locale(name, keep, set(AVAILABLE_LOCALES))

    # modules and data files of a locale the demo does not draw from go, in either spelling
    assert gone("faker.providers.person.nl_NL", keep)
    assert gone("faker/providers/address/nl_NL/__init__.py", keep)
    assert gone("faker\\providers\\job\\da_DK\\__init__.py", keep)
    # every locale the demo uses, and Faker's fallback, stay; so do the providers themselves
    for code in keep:
        assert not gone(f"faker.providers.person.{code}", keep)
        assert not gone(f"faker/providers/person/{code}/__init__.py", keep)
    assert not gone("faker.providers.person", keep)
    assert not gone("faker/providers/person/__init__.py", keep)
    assert not gone("faker.proxy", keep)
    assert not gone("fakery/providers/person/nl_NL", keep)
    # a provider's own modules are no locale, whatever their name looks like
    assert not gone("faker.providers.sbn.sbn", keep)
    assert not gone("faker/providers/sbn/rules.py", keep)
    assert not gone("faker.providers.isbn.isbn", keep)


def test_the_demo_imports_no_faker_locale_the_bundle_leaves_out(pruning):
    """Every Faker module the demo's name pools import while drawing names (the modules of its
    locales import other locales') belongs to a locale the bundle keeps; the bundle test runs
    the demo inside the built bundle too."""
    import sys

    from faker.config import AVAILABLE_LOCALES

    from forum_kit import demo

    keep = pruning.faker_locales_to_keep(code for code, _, _ in demo.LOCALES)
    demo._name_pools(seed=1)
    imported = [m for m in sys.modules if m.startswith("faker.providers.") and m.count(".") >= 3]
    assert {"en_PH", "es_ES"} <= keep  # fil_PH's and es_MX's modules import them
    assert imported
    known = set(AVAILABLE_LOCALES)
    assert [m for m in imported if pruning.unused_faker_locale(m, keep, known)] == []
