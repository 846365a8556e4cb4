"""What Help > About lists (``forum_kit.about``): the program, Python, every runtime library found
from the installed distributions' metadata (not a hand-kept list), the fonts from their own name
tables, and the licence text of each."""

from __future__ import annotations

import struct
import tomllib
from importlib import metadata
from pathlib import Path

import pytest

from forum_kit import __version__, about

ROOT = Path(__file__).resolve().parents[2]


def _norm(name: str) -> str:
    return about._normalise(name)


def test_program_python_libraries_and_fonts_are_listed():
    parts = about.components()
    program, runtime = parts[0], parts[1]
    assert (program.name, program.version, program.kind) == ("Forum Kit", __version__, "program")
    assert program.licence == "AGPL-3.0-or-later"
    assert runtime.name == "Python" and runtime.licence == "PSF-2.0"
    assert runtime.licence_files and "PYTHON SOFTWARE FOUNDATION" in runtime.licence_text()
    libraries = {_norm(p.name): p for p in parts if p.kind == "library"}
    # every direct requirement of pyproject.toml is listed, with its installed version
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    for requirement in declared:
        name = _norm(about._REQUIREMENT_NAME.match(requirement).group(1))
        assert name in libraries, name
        assert libraries[name].version == metadata.version(name)
    # and what those need in turn (cffi comes through cryptography), but no test tool
    assert "cffi" in libraries and "markupsafe" in libraries
    assert not {"pytest", "ruff", "hypothesis", "pyinstaller", "pip"} & set(libraries)
    assert all(p.licence for p in libraries.values()), [
        p.name for p in libraries.values() if not p.licence
    ]
    fonts = {p.name: p for p in parts if p.kind == "font"}
    assert fonts["DejaVu Sans"].licence == "Bitstream-Vera"
    assert "Bitstream" in fonts["DejaVu Sans"].licence_text()
    # every bundled font family names a licence it is known by and ships that licence's text
    for font in fonts.values():
        assert font.licence in about._FONT_SPDX, (font.name, font.licence)
        assert font.licence_files, font.name


def test_qt_and_pyside_carry_the_lgpl_and_the_gpl_it_completes():
    qt = about.qt_component("6.11.3")
    assert qt.name == "Qt" and "LGPL-3.0-only" in qt.licence
    names = [p.name for p in qt.licence_files]
    assert names[:2] == ["LGPL-3.0.txt", "GPL-3.0.txt"]
    text = qt.licence_text()
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text and "GNU GENERAL PUBLIC LICENSE" in text
    pyside = next(p for p in about.components() if _norm(p.name) == "pyside6-essentials")
    assert pyside.licence_files == qt.licence_files


def test_library_licence_files_come_from_the_distribution():
    crypto = next(p for p in about.components() if p.name == "cryptography")
    assert {p.name for p in crypto.licence_files} >= {"LICENSE.APACHE", "LICENSE.BSD"}
    assert all(p.is_file() for p in crypto.licence_files)


class FakeDist:
    def __init__(self, name: str, requires: list[str]) -> None:
        self.metadata = {"Name": name}
        self.requires = requires
        self.version = "1.0"


def test_requirement_closure_skips_extras_and_missing(monkeypatch):
    dists = {
        "root": FakeDist(
            "root",
            [
                "Alpha (>=1)",
                "beta; extra == 'test'",
                "missing-one",
                "Gamma.Lib[fast] ; python_version >= '3.8'",
            ],
        ),
        "alpha": FakeDist("Alpha", ["gamma-lib", "root"]),
        "gamma-lib": FakeDist("Gamma.Lib", []),
        "beta": FakeDist("beta", []),
    }

    def distribution(name: str) -> FakeDist:
        try:
            return dists[_norm(name)]
        except KeyError:
            raise metadata.PackageNotFoundError(name) from None

    monkeypatch.setattr(about.metadata, "distribution", distribution)
    assert [d.metadata["Name"] for d in about.runtime_distributions("root")] == [
        "Alpha",
        "Gamma.Lib",
    ]


def _font(names: dict[int, str]) -> bytes:
    """A minimal sfnt holding only a name table (enough for the About list)."""
    records, strings = b"", b""
    for name_id, text in names.items():
        raw = text.encode("utf-16-be")
        records += struct.pack(">HHHHHH", 3, 1, 0x409, name_id, len(raw), len(strings))
        strings += raw
    table = struct.pack(">HHH", 0, len(names), 6 + len(records)) + records + strings
    head = struct.pack(">IHHHH", 0x00010000, 1, 16, 0, 0)
    record = struct.pack(">4sIII", b"name", 0, 12 + 16, len(table))
    return head + record + table


def test_fonts_are_named_and_licensed_from_their_own_tables(monkeypatch, tmp_path):
    folder = tmp_path / "fonts"
    folder.mkdir()
    ofl = "This Font Software is licensed under the SIL Open Font License, Version 1.1."
    (folder / "NotoSansTest-Regular.ttf").write_bytes(
        _font(
            {
                1: "Noto Sans Test",
                5: "Version 2.004; ttfautohint",
                13: ofl,
                14: "https://openfontlicense.org",
            }
        )
    )
    (folder / "NotoSansTest-Bold.ttf").write_bytes(
        _font({1: "Noto Sans Test Bold", 16: "Noto Sans Test", 13: ofl, 5: "Version 2.004"})
    )
    (folder / "Odd.otf").write_bytes(_font({1: "Odd Face", 13: "Free to use. Really."}))
    (folder / "NanumTest.ttf").write_bytes(_font({1: "NanumTestGothic", 13: "(c) A Foundry"}))
    (folder / "LICENSE-Nanum-OFL.txt").write_text("... SIL Open Font License ...", "utf-8")
    (folder / "Broken.ttf").write_bytes(b"not a font at all")
    (folder / "OFL-Noto.txt").write_text("SIL OPEN FONT LICENSE Version 1.1", encoding="utf-8")
    (folder / "README.md").write_text("not a font", encoding="utf-8")
    monkeypatch.setattr(about, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    about._font_names.cache_clear()
    fonts = {f.name: f for f in about.font_components()}
    assert sorted(fonts) == ["Broken", "NanumTestGothic", "Noto Sans Test", "Odd Face"]
    nanum = fonts["NanumTestGothic"]  # a copyright line in the font, the licence in its file
    assert nanum.licence == "OFL-1.1"
    assert [p.name for p in nanum.licence_files] == ["LICENSE-Nanum-OFL.txt"]
    noto = fonts["Noto Sans Test"]
    assert (noto.version, noto.licence) == ("2.004", "OFL-1.1")
    assert [p.name for p in noto.licence_files] == ["OFL-Noto.txt"]
    assert noto.licence_text().endswith("SIL OPEN FONT LICENSE Version 1.1")
    odd = fonts["Odd Face"]
    assert odd.licence == "Free to use" and odd.licence_text() == "Free to use. Really."
    broken = fonts["Broken"]  # a damaged file never stops About from opening
    assert broken.licence == "see the font's notice" and "Broken" in broken.licence_text()


def test_font_collections_are_read_from_their_first_face(tmp_path):
    font = tmp_path / "c.ttc"
    body = _font({1: "Collected"})
    header = struct.pack(">4sIII", b"ttcf", 0x00010000, 1, 16)
    # the face's table offsets count from the start of the file
    shifted = body[:12] + struct.pack(">4sIII", b"name", 0, 16 + 28, len(body) - 28) + body[28:]
    font.write_bytes(header + shifted)
    about._font_names.cache_clear()
    assert about._font_names(font)[1] == "Collected"


@pytest.mark.parametrize(
    "field,expected",
    [
        ({"License-Expression": "MIT"}, "MIT"),
        ({"License": "BSD-3-Clause"}, "BSD-3-Clause"),
        (
            {
                "License": "line one\nline two",
                "Classifier": "License :: OSI Approved :: MIT License",
            },
            "MIT License",
        ),
        ({}, ""),
    ],
)
def test_licence_of_a_distribution(field, expected):
    class Meta(dict):
        def get_all(self, key):
            value = self.get(key)
            return [value] if value else None

    class Dist:
        metadata = Meta(field)

    assert about._dist_licence(Dist()) == expected
