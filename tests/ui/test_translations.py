"""Forum Kit in the stewards' languages (issue 16): catalogues, locale, direction, every screen.

The catalogues: both (the interface's ``.ts``, the core's ``.po``) hold every message the code
has now (a string another branch adds fails here until ``scripts/translations.py`` is run), their
compiled ``.qm``/``.mo`` match them, each language of ``COMPLETE_LANGUAGES`` has every message
translated (lrelease reports no unfinished one; no empty or fuzzy gettext entry) with the same
placeholders as the English, and the languages still to translate have every message present,
empty, for their translator. Then the screens: every page and dialog of the screenshot registry
is walked in each complete language and no visible text is an English source string; in the
pseudo-locale (every string ~40 % longer and accented) at 1280x720 nothing is cut off; the Arabic
window is mirrored; dates and numbers follow the language; the command line follows ``LANG``.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from forum_kit import guide, i18n
from ui.widgets.fit import fit_problems

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from walk_texts import (  # noqa: E402
    chrome_texts,
    source_strings,
    untranslated,
    visible_texts,
)


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


tools = _load("forum_kit_translations", ROOT / "scripts" / "translations.py")
laptop = sys.modules.get("test_laptop_screens") or _load(
    "test_laptop_screens", Path(__file__).resolve().parent / "test_laptop_screens.py")
shots = laptop.shots
TO_TRANSLATE = [c for c in i18n.translated_languages() if c not in i18n.COMPLETE_LANGUAGES]
PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[^{}]*\}")
COLOUR = re.compile(r"#[0-9a-fA-F]{6}")  # a colour button shows its colour's code
# what the pseudo-locale puts in every string it translated (brackets, accented letters)
PSEUDO_MARK = re.compile("[\\[\\]áéïöüñçšžĝļŕďĥķţŵÅÉÎÑÖÜÝŠŽĜĻŔĎĤĶŢŴ]")


def _ts_messages(path: Path) -> set[tuple[str, str]]:
    root = ET.parse(path).getroot()
    return {(c.findtext("name") or "", m.findtext("source") or "")
            for c in root.iter("context") for m in c.iter("message")}


def _po_ids(path: Path, code: str = "en") -> set[str]:
    from babel.messages.pofile import read_po

    with open(path, "rb") as fh:
        return {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(fh, locale=code)
                if m.id}


# ---- the catalogues -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def fresh(tmp_path_factory):
    """Both catalogues extracted now from the code, into a temporary folder."""
    folder = tmp_path_factory.mktemp("extracted")
    ts = folder / "forum_kit_xx.ts"
    tools.lupdate([ts], language="es")
    pot = folder / "forum_kit.pot"
    tools.extract_core(pot)
    return _ts_messages(ts), _po_ids(pot)


@pytest.mark.parametrize("code", i18n.translated_languages())
def test_each_language_has_every_message_of_the_code(fresh, code):
    ui_messages, core_ids = fresh
    assert _ts_messages(tools.ts_path(code)) == ui_messages, (
        "run .venv/bin/python scripts/translations.py: the interface's strings changed")
    assert _po_ids(tools.po_path(code), code) == core_ids, (
        "run .venv/bin/python scripts/translations.py: the core's messages changed")


@pytest.mark.parametrize("code", ["en", *i18n.translated_languages()])
def test_compiled_catalogues_match_their_sources(tmp_path, code):
    qm = tmp_path / "x.qm"
    tools.lrelease(tools.ts_path(code), qm)
    assert qm.read_bytes() == tools.ts_path(code).with_suffix(".qm").read_bytes()
    if code != "en":
        mo = tmp_path / "x.mo"
        tools.compile_mo(tools.po_path(code), mo)
        assert mo.read_bytes() == tools.po_path(code).with_suffix(".mo").read_bytes()


@pytest.mark.parametrize("code", ["en", *i18n.COMPLETE_LANGUAGES])
def test_lrelease_reports_no_unfinished_message(tmp_path, code):
    report = tools.lrelease(tools.ts_path(code), tmp_path / "x.qm")
    finished = re.search(r"Generated (\d+) translation\(s\) \((\d+) finished and (\d+) unfinished",
                         report)
    assert finished is not None, report
    assert int(finished.group(3)) == 0 and int(finished.group(1)) > 0, report
    assert tools.ts_unfinished(tools.ts_path(code))[1] == []


@pytest.mark.parametrize("code", i18n.COMPLETE_LANGUAGES)
def test_gettext_catalogue_is_complete(code):
    total, missing = tools.po_untranslated(tools.po_path(code))
    assert total > 500 and missing == []


@pytest.mark.parametrize("code", i18n.COMPLETE_LANGUAGES)
def test_translations_keep_every_placeholder(code):
    from babel.messages.pofile import read_po

    pairs = []
    for message in ET.parse(tools.ts_path(code)).getroot().iter("message"):
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.findall("numerusform")] or [
            translation.text or ""]
        pairs += [(message.findtext("source") or "", form) for form in forms]
    with open(tools.po_path(code), "rb") as fh:
        for message in read_po(fh, locale=code):
            if not message.id:
                continue
            ids = message.id if isinstance(message.id, tuple) else (message.id,)
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            pairs += [(ids[-1], s) for s in strings]
    wrong = [(s, t) for s, t in pairs if _placeholders(s) != _placeholders(t)]
    assert wrong == []


def _placeholders(text: str) -> list[str]:
    """Qt's %1 and Python's {name} fields of ``text`` ("{{" and "}}" are literal braces)."""
    import string

    fields = sorted(set(PLACEHOLDER.findall(text)) - {"%n"})
    try:
        named = {f"{{{name}}}" for _lit, name, _spec, _conv in string.Formatter().parse(text)
                 if name is not None}
    except ValueError:  # not a Python format string: its braces are text
        return fields
    return sorted({f for f in fields if not f.startswith("{")} | named)


@pytest.mark.parametrize("code", TO_TRANSLATE)
def test_languages_to_translate_have_every_message_ready_to_fill(code):
    """Phase 2 of issue 16: the translator of ``code`` fills these two files only."""
    ts_total, _unfinished = tools.ts_unfinished(tools.ts_path(code))
    po_total, _missing = tools.po_untranslated(tools.po_path(code))
    root = ET.parse(tools.ts_path(code)).getroot()
    assert ts_total > 1000 and po_total > 500
    assert root.get("language", "").replace("-", "_").startswith(code.split("_")[0])


def test_every_shipped_language_is_complete():
    assert set(i18n.translated_languages()) <= set(i18n.COMPLETE_LANGUAGES)


def _error_classes() -> set[str]:
    bases: dict[str, list[str]] = {}
    for path in (ROOT / "forum_kit").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = [getattr(b, "id", getattr(b, "attr", "")) for b in node.bases]
    family = {"ForumKitError", "RowError"}
    grown = True
    while grown:
        grown = False
        for name, parents in bases.items():
            if name not in family and family.intersection(parents):
                family.add(name)
                grown = True
    return family


def test_core_messages_go_through_gettext():
    """A message the core raises is a whole sentence in ``_()`` (placeholders filled after it),
    never a bare or f-string that would reach the screen in English."""
    errors = _error_classes()
    found = []
    for path in (ROOT / "forum_kit").rglob("*.py"):
        if "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            if name == "_" and node.args and isinstance(node.args[0], ast.JoinedStr):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: _(f\"...\")")
            if name in errors and node.args:
                first = node.args[0]
                if isinstance(first, ast.JoinedStr) or (
                        isinstance(first, ast.Constant) and isinstance(first.value, str)
                        and re.search(r"[A-Za-z]{3}", first.value)):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {name}(\"...\")")
    assert found == []


def test_interface_never_translates_a_built_string():
    found = []
    for path in (ROOT / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "tr"
                    and node.args and isinstance(node.args[0], (ast.JoinedStr, ast.BinOp))):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert found == []


# ---- the language at run time ---------------------------------------------------------------


@pytest.fixture
def spanish(qapp):
    from ui.i18n import apply_language

    loaded = apply_language("es")
    yield loaded
    apply_language("en")


def test_spanish_loads_qt_and_our_catalogues(spanish):
    from PySide6.QtCore import QCoreApplication, QLocale

    assert "forum_kit_es" in spanish and "qtbase_es" in spanish
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
    assert QLocale().name().startswith("es")
    assert i18n.current_language() == "es"


def test_dates_and_numbers_follow_the_language(spanish):
    import datetime as dt

    from ui.widgets.locale_text import date_text, date_time_text, number_text, pct_text

    assert date_text(dt.date(2026, 12, 25)) == "25/12/2026"
    assert date_time_text(dt.datetime(2026, 12, 25, 9, 5)).startswith("25/12/2026 9:05")
    assert number_text(1234.5, 1) == "1234,5" or number_text(1234.5, 1) == "1.234,5"
    assert pct_text(42) == "42\u00a0%"


def test_english_keeps_iso_dates_and_its_plurals(qapp):
    import datetime as dt

    from PySide6.QtCore import QCoreApplication

    from ui.widgets.locale_text import date_text, pct_text

    assert date_text(dt.date(2026, 12, 25)) == "2026-12-25" and pct_text(42) == "42 %"
    assert QCoreApplication.translate("LeafletForm", "'{code}': %n word(s)", "", 1) == (
        "'{code}': 1 word")
    assert QCoreApplication.translate("LeafletForm", "'{code}': %n word(s)", "", 3) == (
        "'{code}': 3 words")


@pytest.fixture
def polish(qapp):
    from ui.i18n import apply_language

    yield apply_language("pl")
    apply_language("en")


def test_counted_messages_take_the_language_plural_forms(polish):
    """A count picks Polish's form for one, a few (2-4) and many (5, 12), in the core's gettext
    messages and in the interface's ``%n`` ones: no "(s)" left for a steward to read."""
    from forum_kit.i18n import ngettext
    from ui.self_check import SelfCheck

    def rows(n: int) -> str:
        return ngettext("{rejected} row was rejected; fix it, or choose to skip the bad rows.",
                        "{rejected} rows were rejected; fix them, or choose to skip the bad rows.",
                        n).format(rejected=n)

    assert [rows(n).split(";")[0] for n in (1, 3, 5, 12)] == [
        "Odrzucono 1 wiersz", "Odrzucono 3 wiersze", "Odrzucono 5 wierszy", "Odrzucono 12 wierszy"]
    failed = [SelfCheck.tr("%n checks failed: reinstall Forum Kit.", "", n).split(";")[0]
              for n in (1, 2, 5)]
    assert failed == ["1 test nie powiódł się", "2 testy nie powiodły się",
                      "5 testów nie powiodło się"]
    with i18n.document_language("en"):
        assert rows(1).startswith("1 row was rejected") and rows(2).startswith("2 rows were")


def test_core_messages_follow_the_language(spanish):
    from forum_kit.errors import VaultLocked

    assert VaultLocked().message.startswith("La bóveda está bloqueada")
    with i18n.document_language("en"):
        assert VaultLocked().message.startswith("The vault is locked")


def test_the_system_language_is_the_default_choice(qapp, monkeypatch):
    from ui import i18n as ui_i18n

    monkeypatch.setattr(ui_i18n, "system_languages", lambda: ["es-MX", "en-US"])
    assert ui_i18n.resolve_language("") == "es"
    assert ui_i18n.resolve_language("en") == "en"
    monkeypatch.setattr(ui_i18n, "system_languages", lambda: ["fr-FR"])
    assert ui_i18n.resolve_language("") == ("fr" if "fr" in i18n.COMPLETE_LANGUAGES else "en")
    assert i18n.match_language(["pt_PT"], among=["en", "pt_BR"]) == "pt_BR"
    assert i18n.match_language(["zh_Hans_CN"], among=["en", "zh_CN"]) == "zh_CN"


def test_settings_offer_the_system_default_first_then_each_language(qtbot, ctx):
    from ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    combo = dialog.editors["language"]
    assert combo.itemData(0) == "" and combo.itemText(0).startswith("System default")
    assert [combo.itemData(i) for i in range(1, combo.count())] == i18n.offered_languages()
    assert combo.itemText(combo.findData("es")) == "Español"
    combo.setCurrentIndex(combo.findData("es"))
    dialog.save()
    assert ctx.settings.get("language") == "es"


def test_the_command_line_follows_lang(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "LANG": "es_ES.UTF-8", "HOME": str(tmp_path),
           "FORUM_KIT_CONFIG_DIR": str(tmp_path / "config"), "FORUM_KIT_PASSPHRASE": "x" * 16}
    done = subprocess.run([sys.executable, "-m", "forum_kit", "summary", str(tmp_path / "none")],
                          capture_output=True, text=True, env=env, cwd=ROOT)
    assert done.returncode == 17
    assert "No hay ninguna bóveda" in done.stderr
    env["LANG"] = "C.UTF-8"
    done = subprocess.run([sys.executable, "-m", "forum_kit", "summary", str(tmp_path / "none")],
                          capture_output=True, text=True, env=env, cwd=ROOT)
    assert "No vault at that path" in done.stderr


def test_a_document_prints_its_words_in_the_language_chosen(tmp_path, vault):
    import datetime as dt

    from pypdf import PdfReader

    from forum_kit import reports
    from forum_kit.reports.data import ChartSheetData

    data = ChartSheetData(area_name="Almacén", as_of=dt.date(2026, 3, 7), rows=())
    for code, words in (("es", ("HOJA DE MAPEO", "7 de marzo de 2026")),
                        ("en", ("CHART SHEET", "7 Mar 2026"))):
        with i18n.document_language(code):
            reports.build_chart_sheet(data, tmp_path / f"{code}.pdf")
        text = " ".join(p.extract_text() for p in PdfReader(tmp_path / f"{code}.pdf").pages)
        assert all(w in text for w in words), (code, text[:300])


def test_the_arabic_window_is_mirrored(qtbot, vault, deps, qapp):
    from ui.app import create_main_window
    from ui.i18n import apply_language
    from ui.session import AppContext

    apply_language("ar")
    try:
        window = create_main_window(AppContext(vault, deps))
        qtbot.addWidget(window)
        window.resize(1280, 720)
        window.show()
        qtbot.waitExposed(window)
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        sidebar = window.sidebar
        # the sidebar sits on the right, the pages to its left
        assert sidebar.mapTo(window, sidebar.rect().topLeft()).x() > window.width() / 2
        # every page's name in the sidebar is in Arabic (none left in English)
        from ui.app import PAGE_FACTORIES

        names = [sidebar.item(i).text() for i in range(sidebar.count())]
        english = {title for _, title, _ in PAGE_FACTORIES}
        assert len(names) == len(PAGE_FACTORIES) and not english & set(names), names
        window.close()
    finally:
        apply_language("en")


# ---- every screen in a language ------------------------------------------------------------


class _LanguageStudios(laptop._Studios):
    pass


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    from forum_kit import demo
    from forum_kit.vault import FAST_KDF, Vault

    path = tmp_path_factory.mktemp("demo") / "demo.forumkit"
    vault = Vault.create(path, "demo passphrase", kdf=FAST_KDF)
    demo.generate(vault, today=shots.TODAY, contacts=laptop.CONTACTS)
    vault.lock()
    return path


class _Speakers:
    """One studio at a time, in one language: switching closes the studio of the language
    before (two module fixtures alive at once would each set the one process-wide language)."""

    def __init__(self, qapp, template, tmp_factory, pseudo_factory) -> None:
        self.qapp, self.template, self.tmp_factory = qapp, template, tmp_factory
        self.pseudo_factory = pseudo_factory
        self.code: str | None = None
        self.studios: _LanguageStudios | None = None

    def get(self, code: str):
        from ui.i18n import apply_language

        if code != self.code or i18n.current_language() != code:  # another test switched it
            self.close()
            if code == tools.PSEUDO:
                qm_dir, locale_dir = self.pseudo_factory()
                apply_language(code, qm_dir=qm_dir, locale_dir=locale_dir)
            else:
                apply_language(code)
            self.qapp.setApplicationDisplayName("Forum Kit")
            self.studios = _LanguageStudios(self.qapp, self.template,
                                            self.tmp_factory.mktemp(f"studios-{code}"))
            self.code = code
        return self.studios.get()

    def close(self) -> None:
        from ui.i18n import apply_language

        if self.studios is not None:
            self.studios.close()
            self.studios = None
        self.code = None
        self.qapp.setApplicationDisplayName("")
        apply_language("en")


@pytest.fixture(scope="module")
def speakers(qapp, demo_template, tmp_path_factory):
    made: dict[str, tuple] = {}

    def pseudo():
        if "pseudo" not in made:
            made["pseudo"] = tools.make_pseudo(tmp_path_factory.mktemp("pseudo"))
        return made["pseudo"]

    studios = _Speakers(qapp, demo_template, tmp_path_factory, pseudo)
    yield studios
    studios.close()


# The pilot language walks every page and dialog of the registry; each other complete language
# walks the main window's pages and the screens a steward meets first (their words are proven
# complete by the catalogue tests above; the walk proves they reach the screen). Grouped by
# language, so each language builds its studio once: the suite's time grows by about a dozen
# screens per language, not by the whole registry.
PILOT = "es"
FIRST_SCREENS = ("welcome", "unlock", "about", "grievance-letter", "grievance-review")
WALKS = [(code, name) for code in i18n.COMPLETE_LANGUAGES for name in laptop.SHOT_NAMES
         if code == PILOT or name.startswith("page-") or name in FIRST_SCREENS]


@pytest.mark.slow
@pytest.mark.parametrize(("code", "name"), WALKS, ids=[f"{c}-{n}" for c, n in WALKS])
def test_every_screen_speaks_the_language(speakers, code, name):
    sources = _sources(code)
    entry = next(e for e in shots.SHOTS if e.name == name)
    studio = speakers.get(code)
    steps, widget, room = shots.stage(studio, entry, laptop.SCREEN)
    try:
        texts = [t for t in visible_texts(widget)
                 if t not in DATA.get(name, ()) and t not in DEMO_WORDS]
        assert untranslated(texts, sources) == []
        assert fit_problems(widget, size=room) == []  # the language's own words fit too
    finally:
        shots.finish(studio, steps)


_SOURCES: dict[str, dict[str, str]] = {}
# What a shot shows that is data, not the interface: the sample spreadsheet's own headers
# (tests/data/import/01_opeiu_chart.csv), shown as they are written there
_SHEET_HEADERS = ("First Name,Last Name,Department,Shift,Job Title,FT/PT,Personal Cell,"
                  "Personal Email,Assessment (1-5),Committee (C/CH),Card Signed,Card Date,"
                  "Last Contact,Contacted By")
DATA = {"import-1-columns": tuple(h for h in _SHEET_HEADERS.split(",")) + ("Card signed",)}
# the pseudo-locale has no guide of its own: the guide window shows the English one (a language
# without a guide folder falls back to English), whose part titles are data there
_GUIDE_TITLES = tuple(
    text for part in guide.PARTS
    for text in (guide.read_part(part, "en").title, guide.read_part(part, "en").short_title)
)
PSEUDO_DATA = {"guide": _GUIDE_TITLES, "guide-glossary": _GUIDE_TITLES}
# the demo's own names that happen to be English interface words too (an area called "Days",
# the day shift): data on every screen that lists areas
DEMO_WORDS = frozenset({"Days"})


def _qt_buttons() -> set[str]:
    """Qt's standard buttons ("Save", "Cancel"): Qt's own catalogues translate them, and the
    pseudo-locale has none of Qt's."""
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox()
    # FirstButton and LastButton are aliases of Ok and RestoreDefaults: iteration yields the
    # alias's name for those values, so only NoButton is left out
    for flag in QDialogButtonBox.StandardButton:
        if flag != QDialogButtonBox.StandardButton.NoButton:
            box.addButton(flag)
    from PySide6.QtWidgets import QWizard

    wizard = QWizard()
    words = {b.text().replace("&", "") for b in box.buttons()}
    for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                  QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton):
        words.add(wizard.buttonText(which).replace("&", ""))
    return words


def _sources(code: str) -> dict[str, str]:
    if code not in _SOURCES:
        _SOURCES[code] = source_strings(code)
    return _SOURCES[code]


@pytest.mark.slow
@pytest.mark.parametrize("name", laptop.SHOT_NAMES)
def test_the_pseudo_locale_clips_nothing_at_1280x720(speakers, name):
    """Every string ~40 % longer (as German or Polish often are) and accented: nothing a
    person must read or click is cut off, and no English text is left (a string not marked)."""
    entry = next(e for e in shots.SHOTS if e.name == name)
    studio = speakers.get(tools.PSEUDO)
    steps, widget, room = shots.stage(studio, entry, laptop.SCREEN)
    try:
        assert widget.width() <= room.width() and widget.height() <= room.height()
        # a placeholder is a hint, and 40 % is more than most languages need: the complete
        # languages' walk checks their own placeholders whole
        assert [p for p in fit_problems(widget, size=room) if "placeholder" not in p] == []
        english = {s: s for s in _sources("es")}
        texts = [t for t in visible_texts(widget)
                 if t not in DATA.get(name, ()) and t not in PSEUDO_DATA.get(name, ())
                 and t not in _qt_buttons() and t not in DEMO_WORDS]
        assert untranslated(texts, english) == []
        # and no interface word escaped the catalogues (a string never marked for translation)
        assert [t for t in chrome_texts(widget) if t not in _qt_buttons()
                and not PSEUDO_MARK.search(t) and not COLOUR.fullmatch(t)] == []
    finally:
        shots.finish(studio, steps)


# ---- the translator's JSON: todo and fill ---------------------------------------------------


@pytest.fixture
def scratch_catalogues(tmp_path, monkeypatch):
    """Copies of the French and Spanish catalogues that todo and fill may change."""
    import shutil

    for code in ("fr", "es"):
        shutil.copy(tools.ts_path(code), tmp_path / tools.ts_path(code).name)
        po = tmp_path / "locale" / code / "LC_MESSAGES" / "forum_kit.po"
        po.parent.mkdir(parents=True)
        shutil.copy(tools.po_path(code), po)
    monkeypatch.setattr(tools, "TS_DIR", tmp_path)
    monkeypatch.setattr(tools, "LOCALE_DIR", tmp_path / "locale")
    return tmp_path


def _blank(code: str, english: str) -> None:
    """Make ``english`` untranslated again in both of ``code``'s catalogues."""
    from babel.messages.pofile import read_po, write_po

    tree = ET.parse(tools.ts_path(code))
    for message in tree.getroot().iter("message"):
        if message.findtext("source") == english:
            translation = message.find("translation")
            translation.text = ""
            translation.set("type", "unfinished")
    tree.write(tools.ts_path(code), encoding="utf-8", xml_declaration=True)
    with open(tools.po_path(code), "rb") as fh:
        catalog = read_po(fh, locale=code)
    for message in catalog:
        if message.id == english:
            message.string = ""
    with open(tools.po_path(code), "wb") as fh:
        write_po(fh, catalog, width=0)


def test_todo_lists_what_a_language_lacks_with_the_spanish(scratch_catalogues):
    import json

    _blank("fr", "Step")  # in the interface and in the core
    out = scratch_catalogues / "todo.json"
    assert tools.todo("fr", out) >= 1
    listing = json.loads(out.read_text(encoding="utf-8"))
    step = next(e for e in listing if e["source"] == "Step")
    assert step["spanish"] == "Paso" and "core" in step["contexts"] and len(step["contexts"]) > 1
    assert set(step) == {"i", "source", "plural_source", "plural", "contexts", "spanish"}
    # the two meanings of "For" are two messages, each with its own Spanish
    everything = json.loads((tools.todo("fr", out, everything=True) and out).read_text("utf-8"))
    keys = {e["source"]: e["spanish"] for e in everything}
    assert keys["votes for a motion::For"] == "A favor"
    assert keys["what a deadline is for::For"] == "Para"
    assert "new-person-in-area" not in keys  # an id, never offered for translation
    plural = next(e for e in everything if e["plural"] and e["plural_source"])
    assert isinstance(plural["spanish"], list) and len(plural["spanish"]) == 2


def test_fill_writes_both_catalogues_and_tells_contexts_apart(scratch_catalogues):
    _blank("fr", "Step")
    ui_before, _ = tools.ts_unfinished(tools.ts_path("fr"))
    filled = tools.fill("fr", {"Step": "Étape", "votes for a motion::For": "Pour",
                               "what a deadline is for::For": "Objet",
                               "GrievanceLists::Open": "Ouverte", "Not a message": "x"})
    assert filled[0] >= 3 and filled[1] >= 2
    done = tools.translations_of("fr")
    assert done["Step"] == "Étape" and done["votes for a motion::For"] == "Pour"
    assert done["what a deadline is for::For"] == "Objet"
    root = ET.parse(tools.ts_path("fr")).getroot()
    opens = {c.findtext("name"): m.find("translation").text for c in root.iter("context")
             for m in c.iter("message") if m.findtext("source") == "Open"}
    assert opens["GrievanceLists"] == "Ouverte" and opens["WelcomeWindow"] != "Ouverte"
    assert "Step" not in tools.ts_unfinished(tools.ts_path("fr"))[1]
    assert "Step" not in tools.po_untranslated(tools.po_path("fr"))[1]
    # reuse: only what is missing, never a translation already made in another context
    _blank("es", "Step")
    tools.fill("es", {"Step": "Peldaño", "Open": "Abrir"}, only_missing=True)
    es = ET.parse(tools.ts_path("es")).getroot()
    assert {m.find("translation").text for c in es.iter("context") for m in c.iter("message")
            if m.findtext("source") == "Open"} >= {"Abierta", "Abrir"}
    assert tools.translations_of("es")["Step"] == "Peldaño"
