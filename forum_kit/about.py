"""What Forum Kit is made of: its version and the licence of every part it ships with.

Owns ``components()``, the list Help > About shows (and ``forum-kit --licences`` prints): Forum
Kit itself, the Python runtime, every Python distribution that ``forum-kit`` needs at run time
(the closure of its requirements, read from the installed distributions' metadata, so a new
dependency appears without anyone editing a list), and the fonts in the resources folder (family
and licence read from each font's own name table). Each part carries the texts of its licence
where they can be found: the distribution's licence files, a font's licence file or its embedded
notice, or a standard text shipped in ``resources/licenses/`` named by its SPDX id (PySide6's
wheels carry none of their own). The PyInstaller spec copies the same metadata into the bundle,
so the frozen app lists the same parts. Nothing here imports Qt; the dialog adds Qt's own version.
"""

from __future__ import annotations

import functools
import platform
import re
import struct
import sys
import sysconfig
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from forum_kit import __version__
from forum_kit.i18n import _
from forum_kit.resources import ResourcesMissing, resource_path

PROGRAM = "forum-kit"
PROGRAM_NAME = "Forum Kit"
PROGRAM_LICENCE = "AGPL-3.0-or-later"
FONT_SUFFIXES = (".ttf", ".otf", ".ttc")
_LICENCE_FILE = re.compile(r"^(licen[cs]e|copying|notice|ofl)", re.IGNORECASE)
_REQUIREMENT_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
# phrases of a font's licence notice (name id 13/14) and the SPDX id they stand for
_FONT_LICENCES = (
    ("open font license", "OFL-1.1"),
    ("scripts.sil.org/ofl", "OFL-1.1"),
    ("openfontlicense.org", "OFL-1.1"),
    ("bitstream", "Bitstream-Vera"),
    ("apache license", "Apache-2.0"),
)
_FONT_SPDX = frozenset(spdx for _phrase, spdx in _FONT_LICENCES)
# words of a licence file's name that say what it is, not whose it is
_LICENCE_FILE_WORDS = frozenset(
    {
        "license",
        "licence",
        "licenses",
        "ofl",
        "apache",
        "copying",
        "notice",
        "readme",
        "txt",
        "font",
        "fonts",
    }
)
# licence texts that only make sense read together with another
_COMPANION_TEXTS = {"LGPL-3.0": ("GPL-3.0",)}


@dataclass(frozen=True, slots=True)
class Component:
    """One part of the program as shipped: what it is, its version and licence, and its texts."""

    name: str
    version: str
    licence: str
    kind: str  # "program", "runtime", "library" or "font"
    licence_files: tuple[Path, ...] = ()
    notice: str = ""  # a licence text carried inside the part itself (a font's name table)

    def licence_text(self) -> str:
        """The full licence text(s), or a sentence saying where the licence is stated."""
        parts: list[str] = []
        for path in self.licence_files:
            try:
                parts.append(f"==> {path.name} <==\n\n{path.read_text('utf-8', 'replace')}")
            except OSError:
                continue
        if not parts and self.notice:
            parts.append(self.notice)
        if not parts:
            return _("{name} is distributed under {licence}.").format(
                name=self.name, licence=self.licence or _("its own licence")
            )
        return "\n\n".join(parts)


def components() -> tuple[Component, ...]:
    """Forum Kit, Python, the runtime distributions (by name) and the fonts (by family)."""
    program = Component(
        PROGRAM_NAME, __version__, _program_licence(), "program", _standard_texts(PROGRAM_LICENCE)
    )
    runtime = Component(
        "Python",
        platform.python_version(),
        "PSF-2.0",
        "runtime",
        tuple(p for p in (python_licence_file(),) if p is not None),
    )
    return (program, runtime, *_library_components(), *font_components())


def _program_licence() -> str:
    try:
        dist = metadata.distribution(PROGRAM)
    except metadata.PackageNotFoundError:
        return PROGRAM_LICENCE
    return _dist_licence(dist) or PROGRAM_LICENCE


def python_licence_file() -> Path | None:
    """The running Python's own LICENSE.txt: beside the standard library, or at the top of an
    installation (Windows, and a bundle, where the spec puts it at the bundle's root)."""
    candidates = (
        Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt",
        Path(sys.base_prefix) / "LICENSE.txt",
    )
    return next((p for p in candidates if p.is_file()), None)


# -------------------------------------------------------------------------- Python distributions


def runtime_distributions(root: str = PROGRAM) -> list[metadata.Distribution]:
    """``root`` and every distribution it requires, transitively, that is installed here.

    Requirements that only an extra asks for (tests, docs) are left out; one whose marker does
    not hold on this system is simply not installed, so it is not found and not listed.
    """
    seen: dict[str, metadata.Distribution] = {}
    todo = [root]
    while todo:
        name = _normalise(todo.pop())
        if name in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        seen[name] = dist
        for requirement in dist.requires or ():
            if "extra" in requirement.partition(";")[2]:
                continue
            match = _REQUIREMENT_NAME.match(requirement)
            if match:
                todo.append(match.group(1))
    return sorted(
        (d for n, d in seen.items() if n != _normalise(root)),
        key=lambda d: _normalise(d.metadata["Name"]),
    )


def _library_components() -> list[Component]:
    result = []
    for dist in runtime_distributions():
        files = _dist_licence_files(dist)
        licence = _dist_licence(dist) or (_("see its licence text") if files else "")
        files = files or _standard_texts(licence)
        result.append(Component(dist.metadata["Name"], dist.version, licence, "library", files))
    return result


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _dist_licence(dist: metadata.Distribution) -> str:
    """The SPDX expression, else the License field's first line, else the classifiers'."""
    meta = dist.metadata
    expression = (meta.get("License-Expression") or "").strip()
    if expression:
        return expression
    field = (meta.get("License") or "").strip()
    if field and "\n" not in field and len(field) <= 80:
        return field
    classifiers = [
        c.rsplit("::", 1)[1].strip()
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::") and "::" in c[len("License ::") :]
    ]
    if classifiers:
        return " / ".join(classifiers)
    return field.splitlines()[0][:80] if field else ""


def _dist_licence_files(dist: metadata.Distribution) -> tuple[Path, ...]:
    found = []
    for item in dist.files or ():
        parts = item.parts
        in_meta = parts and parts[0].endswith(".dist-info")
        if in_meta and (_LICENCE_FILE.match(item.name) or "licenses" in parts[1:-1]):
            path = Path(str(dist.locate_file(item)))
            if path.is_file():
                found.append(path)
    return tuple(found)


def _standard_texts(expression: str) -> tuple[Path, ...]:
    """Standard licence texts shipped in ``resources/licenses/``, one per SPDX id named (the
    LGPL-3.0 with the GPL-3.0 it adds permissions to)."""
    try:
        folder = resource_path("licenses")
    except ResourcesMissing:
        return ()
    names: list[str] = []
    for token in re.findall(r"[A-Za-z0-9.+-]+", expression):
        base = re.sub(r"-(only|or-later)$|\+$", "", token)
        names += [token, base, *_COMPANION_TEXTS.get(base, ())]
    found: list[Path] = []
    for name in names:
        path = folder / f"{name}.txt"
        if path.is_file() and path not in found:
            found.append(path)
    return tuple(found)


def qt_component(qt_version: str) -> Component:
    """The Qt libraries inside the PySide6 wheels, under PySide6's licence (the UI passes
    ``qVersion()``: the core never imports Qt)."""
    try:
        licence = _dist_licence(metadata.distribution("PySide6-Essentials"))
    except metadata.PackageNotFoundError:
        licence = ""
    return Component("Qt", qt_version, licence, "library", _standard_texts(licence))


# ----------------------------------------------------------------------------------------- fonts


def font_components() -> list[Component]:
    """One entry per font family in ``resources/fonts`` (its files may be many)."""
    try:
        folder = resource_path("fonts")
    except ResourcesMissing:
        return []
    families: dict[str, Component] = {}
    texts = [p for p in sorted(folder.glob("*.txt")) if p.is_file()]
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in FONT_SUFFIXES:
            continue
        names = _font_names(path)
        family = names.get(16) or names.get(1) or path.stem
        if family in families:
            continue
        notice = names.get(13, "")
        version = names.get(5, "").removeprefix("Version ").split(";")[0].strip()
        own = _licence_files_of(family, texts)
        licence = _font_licence(notice + " " + names.get(14, ""))
        if licence not in _FONT_SPDX and own:
            # the notice names no licence (a copyright line): the licence file does
            from_file = _font_licence(own[0].read_text("utf-8", "replace")[:4000])
            licence = from_file if from_file in _FONT_SPDX else licence
        families[family] = Component(family, version, licence, "font", own, notice)
    return sorted(families.values(), key=lambda c: c.name.lower())


def _licence_files_of(family: str, texts: list[Path]) -> tuple[Path, ...]:
    """The licence texts whose name carries a word of the family ("LICENSE-Noto-OFL.txt" for
    "Noto Sans Arabic", "LICENSE-Nanum-OFL.txt" for "NanumGothic")."""
    compact = re.sub(r"[^a-z]", "", family.lower())
    found = []
    for text in texts:
        words = set(re.findall(r"[a-z]{3,}", text.stem.lower())) - _LICENCE_FILE_WORDS
        if any(word in compact for word in words):
            found.append(text)
    return tuple(found)


def _font_licence(notice: str) -> str:
    lowered = notice.lower()
    for phrase, spdx in _FONT_LICENCES:
        if phrase in lowered:
            return spdx
    first = notice.strip().split(". ")[0].strip()
    return first[:80] or _("see the font's notice")


@functools.lru_cache(maxsize=256)
def _font_names(path: Path) -> dict[int, str]:
    """The name table of a TrueType/OpenType font (first face of a collection): id -> text.

    A damaged or unreadable font gives an empty table, never an error: About must always open.
    """
    try:
        with path.open("rb") as handle:
            data = handle.read()
        offset = 0
        if data[:4] == b"ttcf":
            offset = struct.unpack_from(">I", data, 12)[0]
        (tables,) = struct.unpack_from(">H", data, offset + 4)
        for index in range(tables):
            tag, _check, start, _length = struct.unpack_from(
                ">4sIII", data, offset + 12 + 16 * index
            )
            if tag == b"name":
                return _parse_name_table(data, start)
    except (OSError, struct.error):
        pass
    return {}


def _parse_name_table(data: bytes, start: int) -> dict[int, str]:
    _format, count, strings = struct.unpack_from(">HHH", data, start)
    names: dict[int, str] = {}
    for index in range(count):
        platform_id, _enc, language, name_id, length, offset = struct.unpack_from(
            ">HHHHHH", data, start + 6 + 12 * index
        )
        raw = data[start + strings + offset : start + strings + offset + length]
        if platform_id == 3 and language in (0x0409, 0):  # Windows, English (US)
            names[name_id] = raw.decode("utf-16-be", "replace")
        elif platform_id == 1 and name_id not in names:  # Macintosh Roman
            names[name_id] = raw.decode("latin-1")
    return names
