"""Forum Kit's two translation catalogues: extract, compile, check, and the pseudo-locale.

The interface's words (``self.tr`` / ``QCoreApplication.translate`` in ``ui/``) are extracted
with ``pyside6-lupdate`` into ``resources/translations/forum_kit_<code>.ts`` and compiled with
``pyside6-lrelease`` into ``.qm`` files beside them; the core's messages (``_``, ``ngettext``,
``N_`` from ``forum_kit.i18n``) are extracted with Babel into
``resources/locale/forum_kit.pot``, merged into ``resources/locale/<code>/LC_MESSAGES/
forum_kit.po`` and compiled to ``.mo`` beside each. Every language of ``forum_kit.i18n.LANGUAGES``
gets both files; a new message arrives empty (``unfinished`` in a ``.ts``, an empty ``msgstr`` in a
``.po``) for its translator. Source locations are left out of the files so that merging branches
that add strings does not conflict on line numbers: Linguist and Poedit show each message's
context (its class, or the core) instead.

    .venv/bin/python scripts/translations.py            # extract, then compile (what to re-run)
    .venv/bin/python scripts/translations.py extract    # only re-extract into the .ts/.po files
    .venv/bin/python scripts/translations.py compile    # only .ts -> .qm and .po -> .mo
    .venv/bin/python scripts/translations.py status     # per language: done / to do (exit 1 if a
                                                         # language of COMPLETE_LANGUAGES is not)
    .venv/bin/python scripts/translations.py pseudo DIR # the pseudo-locale (every string ~40 %
                                                         # longer and accented) into DIR
    .venv/bin/python scripts/translations.py todo CODE OUT.json   # what CODE still lacks
    .venv/bin/python scripts/translations.py fill CODE IN.json    # put a translator's work in
    .venv/bin/python scripts/translations.py reuse CODE  # fill a message from CODE's own
                                                          # translation of the same English in
                                                          # the other catalogue or context

``todo`` and ``fill`` are how a translator who does not use Linguist or Poedit works: ``todo``
writes every message of both catalogues still untranslated in CODE (``all`` as the third word:
every message) as a JSON list, one entry per message: ``{"i", "source", "plural_source",
"plural", "contexts", "spanish"}`` (the contexts name the Qt classes, or ``core``, where it is
shown; the finished Spanish helps with a terse English word). The translator answers with one
JSON object, ``source`` -> the translation (a list of the language's plural forms for a plural
message); ``fill`` writes it into both catalogues (the interface's ``.ts`` and the core's ``.po``),
clears lupdate's and Babel's guesses for those messages, and compiles. A message shown with a
disambiguation (the same English meaning two things, "For" a vote and "For" a deadline) has the
source ``<disambiguation>::<English>``; ``<Context>::<English>`` in a translator's file targets
one context only.
"""

from __future__ import annotations

import argparse
import io
import math
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from forum_kit import i18n  # noqa: E402

TS_DIR = ROOT / "resources" / "translations"
LOCALE_DIR = ROOT / "resources" / "locale"
POT = LOCALE_DIR / f"{i18n.DOMAIN}.pot"
PSEUDO = "pseudo"
UI_SOURCES = ("ui",)
CORE_SOURCES = ("forum_kit",)
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    found = BIN / name
    return str(found) if found.exists() else (shutil.which(name) or name)


def ts_path(code: str, folder: Path | None = None) -> Path:
    return (folder or TS_DIR) / f"forum_kit_{code}.ts"


def po_path(code: str, folder: Path | None = None) -> Path:
    return (folder or LOCALE_DIR) / code / "LC_MESSAGES" / f"{i18n.DOMAIN}.po"


def _python_files(folders: Iterable[str]) -> list[str]:
    files: list[str] = []
    for folder in folders:
        files += sorted(str(p.relative_to(ROOT)) for p in (ROOT / folder).rglob("*.py")
                        if "__pycache__" not in p.parts)
    return files


# ---------------------------------------------------------------------------- extraction


def lupdate(targets: list[Path], *, language: str | None = None,
            plurals_only: bool = False) -> None:
    """Extract the interface's words into ``targets`` (created or merged)."""
    listing = tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False)
    with listing:
        listing.write("\n".join(_python_files(UI_SOURCES)))
    try:
        for target in targets:
            target.parent.mkdir(parents=True, exist_ok=True)
            lang = language or target.stem.removeprefix("forum_kit_")
            subprocess.run(
                [_tool("pyside6-lupdate"), "-silent", "-extensions", "py", "-locations", "none",
                 "-no-obsolete", "-sort-messages", "-source-language", "en",
                 "-target-language", lang, *(["-pluralonly"] if plurals_only else []),
                 f"@{listing.name}", "-ts", str(target)],
                cwd=ROOT, check=True,
            )
    finally:
        Path(listing.name).unlink()


def extract_core(pot: Path = POT) -> None:
    """Extract the core's messages into the template ``pot``."""
    from babel.messages.frontend import CommandLineInterface

    pot.parent.mkdir(parents=True, exist_ok=True)
    CommandLineInterface().run([
        "pybabel", "-q", "extract", "--no-location", "--sort-output", "--omit-header",
        "--no-wrap", "-k", "_", "-k", "N_", "-k", "ngettext:1,2", "-k", "pgettext:1c,2",
        "--add-comments=TRANSLATORS:", "-o", str(pot), *CORE_SOURCES,
    ])


def update_po(code: str, pot: Path = POT) -> None:
    """Merge the template into ``code``'s catalogue (made empty when missing)."""
    from babel.messages.frontend import CommandLineInterface

    target = po_path(code)
    action = "update" if target.exists() else "init"
    args = ["pybabel", "-q", action, "-i", str(pot), "-d", str(LOCALE_DIR), "-D", i18n.DOMAIN,
            "-l", code, "--no-wrap"]
    if action == "update":
        args += ["--ignore-obsolete"]
    CommandLineInterface().run(args)


def extract() -> None:
    """Re-extract both catalogues for every language (English: its plural forms only)."""
    lupdate([ts_path(code) for code in i18n.translated_languages()])
    lupdate([ts_path(i18n.SOURCE_LANGUAGE)], plurals_only=True)
    extract_core()
    for code in i18n.translated_languages():
        update_po(code)


# ---------------------------------------------------------------------------- compilation


def lrelease(ts: Path, qm: Path) -> str:
    """Compile one ``.ts``; returns lrelease's report ("Generated N translation(s) ...")."""
    done = subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)],
                          capture_output=True, text=True, check=True)
    return done.stdout + done.stderr


def compile_mo(po: Path, mo: Path) -> None:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with open(po, "rb") as fh:
        catalog = read_po(fh)
    with open(mo, "wb") as fh:
        write_mo(fh, catalog, use_fuzzy=False)


def compile_all() -> None:
    en = ts_path(i18n.SOURCE_LANGUAGE)
    lrelease(en, en.with_suffix(".qm"))
    for code in i18n.translated_languages():
        lrelease(ts_path(code), ts_path(code).with_suffix(".qm"))
        compile_mo(po_path(code), po_path(code).with_suffix(".mo"))


# ---------------------------------------------------------------------------- status


@dataclass(frozen=True)
class Progress:
    """How much of one language's catalogues is translated."""

    code: str
    ui_total: int
    ui_unfinished: int
    core_total: int
    core_untranslated: int

    @property
    def complete(self) -> bool:
        return self.ui_unfinished == 0 and self.core_untranslated == 0


def ts_unfinished(ts: Path) -> tuple[int, list[str]]:
    """The number of messages in ``ts`` and the sources of those not finished."""
    root = ET.parse(ts).getroot()
    total = 0
    unfinished: list[str] = []
    for message in root.iter("message"):
        total += 1
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or translation.get("type") in ("unfinished", "obsolete",
                                                                "vanished"):
            unfinished.append(source)
            continue
        forms = translation.findall("numerusform")
        texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
        if not all(t.strip() for t in texts):
            unfinished.append(source)
    return total, unfinished


def po_untranslated(po: Path) -> tuple[int, list[str]]:
    """The number of messages in ``po`` and the ids of those empty or fuzzy."""
    from babel.messages.pofile import read_po

    with open(po, "rb") as fh:
        catalog = read_po(fh)
    total = 0
    missing: list[str] = []
    for message in catalog:
        if not message.id:
            continue
        total += 1
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(s for s in strings):
            missing.append(message.id if isinstance(message.id, str) else message.id[0])
    return total, missing


def progress(code: str) -> Progress:
    ui_total, ui_missing = ts_unfinished(ts_path(code))
    core_total, core_missing = po_untranslated(po_path(code))
    return Progress(code, ui_total, len(ui_missing), core_total, len(core_missing))


def status() -> int:
    bad = 0
    total, unfinished = ts_unfinished(ts_path(i18n.SOURCE_LANGUAGE))
    print(f"en     plural forms {total - len(unfinished)}/{total}")
    bad += bool(unfinished)
    for code in i18n.translated_languages():
        p = progress(code)
        mark = "complete" if p.complete else "to do"
        expected = code in i18n.COMPLETE_LANGUAGES
        if expected and not p.complete:
            bad += 1
        print(f"{code:6} interface {p.ui_total - p.ui_unfinished}/{p.ui_total}, "
              f"core {p.core_total - p.core_untranslated}/{p.core_total}: {mark}"
              + (" (listed in COMPLETE_LANGUAGES)" if expected else ""))
    return 1 if bad else 0


# ---------------------------------------------------------------------------- pseudo-locale

_ACCENTED = str.maketrans(
    "aAcCeEiInNoOuUyYsSzZgGlLrRdDhHkKtTwW",
    "áÅçÇéÉïÎñÑöÖüÜýÝšŠžŽĝĜļĻŕŔďĎĥĤķĶţŢŵŴ",
)
# what must survive as written: Qt's %1 %n %L1, Python's {name} and %(x)s, tags and entities
_PROTECTED = re.compile(r"%L?\d+|%n|\{[^{}]*\}|%\(\w+\)[sdf]|%[sdf]|<[^>]+>|&\w+;|&&|\\n")
_PAD = "ŵëļĺöñĝ"


def pseudo(text: str) -> str:
    """``text`` accented and about 40 % longer, placeholders, tags and mnemonics kept."""
    if not text.strip():
        return text
    out: list[str] = []
    visible = 0
    last = 0
    for match in _PROTECTED.finditer(text):
        chunk = text[last:match.start()]
        out.append(chunk.translate(_ACCENTED))
        visible += len(chunk)
        out.append(match.group(0))
        last = match.end()
    chunk = text[last:]
    out.append(chunk.translate(_ACCENTED))
    visible += len(chunk)
    extra = max(2, math.ceil(visible * 0.4))
    filler = "".join(_PAD[i % len(_PAD)] if (i + 1) % 7 else " " for i in range(extra - 2))
    lines = "".join(out).split("\n")
    lines[0] = f"[{lines[0]}"
    lines[-1] = f"{lines[-1]} {filler}]".replace(" ]", "]")
    return "\n".join(lines)


def make_pseudo(folder: Path) -> tuple[Path, Path]:
    """Write the pseudo-locale's ``.qm`` and ``.mo`` into ``folder``; returns (qm dir, locale
    dir) for ``ui.i18n.apply_language(PSEUDO, qm_dir=..., locale_dir=...)``."""
    from babel.messages.catalog import Catalog
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    folder.mkdir(parents=True, exist_ok=True)
    ts = ts_path(PSEUDO, folder)
    lupdate([ts], language="en")
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        if message.get("numerus") == "yes":
            for form in forms or [ET.SubElement(translation, "numerusform")]:
                form.text = pseudo(source)
        else:
            translation.text = pseudo(source)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    lrelease(ts, ts.with_suffix(".qm"))

    pot = folder / "forum_kit.pot"
    extract_core(pot)
    with open(pot, "rb") as fh:
        template = read_po(fh)
    catalog = Catalog(locale="en", domain=i18n.DOMAIN)
    for message in template:
        if not message.id:
            continue
        if isinstance(message.id, tuple):
            catalog.add(message.id, tuple(pseudo(i) for i in message.id))
        else:
            catalog.add(message.id, pseudo(message.id))
    mo = folder / "locale" / PSEUDO / "LC_MESSAGES" / f"{i18n.DOMAIN}.mo"
    mo.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    mo.write_bytes(buffer.getvalue())
    return folder, folder / "locale"


# ---------------------------------------------------------------------------- a translator's JSON

KEY_SEPARATOR = "::"


@dataclass
class Entry:
    """One message as a translator sees it: both catalogues' occurrences merged by its key."""

    key: str
    plural_source: str | None = None
    plural: bool = False
    contexts: set[str] | None = None
    translated: bool = True  # in every occurrence

    def add_context(self, context: str) -> None:
        self.contexts = (self.contexts or set()) | {context}


def _ts_key(message: ET.Element) -> str:
    source = message.findtext("source") or ""
    comment = message.findtext("comment")
    return f"{comment}{KEY_SEPARATOR}{source}" if comment else source


def _ts_texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
        return []
    forms = translation.findall("numerusform")
    texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
    return texts if all(t.strip() for t in texts) else []


def entries(code: str) -> dict[str, Entry]:
    """Every message of ``code``'s two catalogues, by key, with whether it is translated."""
    from babel.messages.pofile import read_po

    found: dict[str, Entry] = {}
    for context in ET.parse(ts_path(code)).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            entry = found.setdefault(_ts_key(message), Entry(_ts_key(message)))
            entry.add_context(name)
            entry.plural = entry.plural or message.get("numerus") == "yes"
            entry.translated = entry.translated and bool(_ts_texts(message))
    with open(po_path(code), "rb") as fh:
        catalog = read_po(fh, locale=code)
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        key = f"{message.context}{KEY_SEPARATOR}{ids[0]}" if message.context else ids[0]
        entry = found.setdefault(key, Entry(key))
        entry.add_context("core")
        if len(ids) > 1:
            entry.plural, entry.plural_source = True, ids[1]
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        entry.translated = entry.translated and not message.fuzzy and all(strings)
    return found


def translations_of(code: str) -> dict[str, str | list[str]]:
    """``code``'s finished translations by key (a list of forms for a plural message)."""
    from babel.messages.pofile import read_po

    out: dict[str, str | list[str]] = {}
    for message in ET.parse(ts_path(code)).getroot().iter("message"):
        texts = _ts_texts(message)
        if texts:
            out[_ts_key(message)] = texts if message.get("numerus") == "yes" else texts[0]
    with open(po_path(code), "rb") as fh:
        for message in read_po(fh, locale=code):
            if not message.id or message.fuzzy:
                continue
            ids = message.id if isinstance(message.id, tuple) else (message.id,)
            key = f"{message.context}{KEY_SEPARATOR}{ids[0]}" if message.context else ids[0]
            if isinstance(message.string, tuple):
                if all(message.string):
                    out.setdefault(key, list(message.string))
            elif message.string:
                out.setdefault(key, message.string)
    return out


def todo(code: str, out: Path, *, everything: bool = False) -> int:
    """Write the messages ``code`` still lacks (``everything``: all) for a translator."""
    import json

    found = entries(code)
    spanish = translations_of("es") if code != "es" else {}
    chosen = [e for k, e in sorted(found.items()) if everything or not e.translated]
    listing = [{"i": i, "source": e.key, "plural_source": e.plural_source, "plural": e.plural,
                "contexts": sorted(e.contexts or ()), "spanish": spanish.get(e.key)}
               for i, e in enumerate(chosen)]
    out.write_text(json.dumps(listing, ensure_ascii=False, indent=0), encoding="utf-8")
    return len(listing)


def _pick(done: dict, context: str, key: str) -> object:
    found = done.get(f"{context}{KEY_SEPARATOR}{key}")
    return done.get(key) if found is None else found


def _forms(value: object, count: int) -> list[str]:
    values = list(value) if isinstance(value, list) else [str(value)]
    return [values[min(i, len(values) - 1)] for i in range(count)]


def fill(code: str, done: dict[str, str | list[str]], *,
         only_missing: bool = False) -> tuple[int, int]:
    """Write ``done`` (key -> translation) into ``code``'s ``.ts`` and ``.po``; returns how many
    interface and core messages were filled. Keys nobody asked for are ignored; with
    ``only_missing`` a message already translated keeps its translation."""
    from babel.messages.pofile import read_po, write_po

    ts = ts_path(code)
    tree = ET.parse(ts)
    filled_ui = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            value = _pick(done, name, _ts_key(message))
            if value is None or (only_missing and _ts_texts(message)):
                continue
            translation = message.find("translation")
            assert translation is not None
            if message.get("numerus") == "yes":
                forms = translation.findall("numerusform")
                for form, text in zip(forms, _forms(value, len(forms)), strict=True):
                    form.text = text
            else:
                translation.text = value[-1] if isinstance(value, list) else str(value)
            translation.attrib.pop("type", None)
            filled_ui += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    po = po_path(code)
    with open(po, "rb") as fh:
        catalog = read_po(fh, locale=code)
    filled_core = 0
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        value = _pick(done, "core", f"{message.context}{KEY_SEPARATOR}{ids[0]}"
                      if message.context else ids[0])
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if value is None or (only_missing and not message.fuzzy and all(strings)):
            continue
        if isinstance(message.id, tuple):
            message.string = tuple(_forms(value, catalog.num_plurals))
        else:
            message.string = value[-1] if isinstance(value, list) else str(value)
        message.flags.discard("fuzzy")
        message.previous_id = []
        filled_core += 1
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=0, omit_header=False, ignore_obsolete=True)
    po.write_bytes(buffer.getvalue())
    return filled_ui, filled_core


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", nargs="?", default="all",
                        choices=("all", "extract", "compile", "status", "pseudo", "todo", "fill",
                                 "reuse"))
    parser.add_argument("folder", nargs="?", type=Path, help="where pseudo writes its files")
    parser.add_argument("json", nargs="?", type=Path,
                        help="todo: the JSON file to write; fill: the translator's JSON file")
    parser.add_argument("--all", action="store_true", help="todo: every message, not only the "
                        "untranslated ones")
    args = parser.parse_args(argv)
    if args.action == "reuse":
        code = str(args.folder or "")
        if code not in i18n.translated_languages():
            parser.error("reuse CODE: CODE is one of " + ", ".join(i18n.translated_languages()))
        ui_count, core_count = fill(code, translations_of(code), only_missing=True)
        print(f"{code}: {ui_count} interface and {core_count} core messages filled from the "
              "same English translated elsewhere")
        extract()
        compile_all()
        return status()
    if args.action in ("todo", "fill"):
        code = str(args.folder or "")
        if code not in i18n.translated_languages() or args.json is None:
            parser.error(f"{args.action} CODE FILE.json: CODE is one of "
                         + ", ".join(i18n.translated_languages()))
        if args.action == "todo":
            print(f"{todo(code, args.json, everything=args.all)} messages written to {args.json}")
            return 0
        import json

        done = json.loads(args.json.read_text(encoding="utf-8"))
        ui_count, core_count = fill(code, done)
        print(f"{code}: {ui_count} interface and {core_count} core messages filled")
        extract()  # lupdate's own layout back, the catalogues re-checked against the code
        compile_all()
        return status()
    if args.action in ("all", "extract"):
        extract()
    if args.action in ("all", "compile"):
        compile_all()
    if args.action == "pseudo":
        folder = args.folder or Path(tempfile.mkdtemp(prefix="forum-kit-pseudo-"))
        qm_dir, locale_dir = make_pseudo(folder)
        print(f"pseudo-locale in {folder}")
        return 0
    return status()


if __name__ == "__main__":
    raise SystemExit(main())
