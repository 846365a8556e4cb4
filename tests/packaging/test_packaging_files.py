"""The files around the bundle: icons rendered from their SVG, the desktop entry, the menu
launcher script, the Windows and macOS definitions the release workflow uses.

The icons are rendered again into a temporary folder and compared with the committed ones, so
the PNG, ICO and ICNS files cannot drift from ``resources/icons/forum-kit.svg``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from packaging_helpers import ROOT, clean_env, packaging_module, run
from PIL import Image, ImageChops

ICONS = ROOT / "resources" / "icons"
LINUX = ROOT / "packaging" / "linux"


@pytest.fixture(scope="module")
def make_icons():
    return packaging_module("make_icons")


def test_committed_icons_are_the_svg_rendered(make_icons, tmp_path, qapp):
    written = make_icons.make_icons(ICONS / "forum-kit.svg", tmp_path)
    assert sorted(p.name for p in written) == sorted(
        [f"forum-kit-{n}.png" for n in make_icons.PNG_SIZES] + ["forum-kit.ico", "forum-kit.icns"]
    )
    for size in make_icons.PNG_SIZES:
        fresh = Image.open(tmp_path / f"forum-kit-{size}.png").convert("RGBA")
        committed = Image.open(ICONS / f"forum-kit-{size}.png").convert("RGBA")
        assert fresh.size == committed.size == (size, size)
        assert max(ImageChops.difference(fresh, committed).getextrema())[1] <= 2, size
    with Image.open(ICONS / "forum-kit.ico") as ico:
        assert set(ico.info["sizes"]) == {(n, n) for n in make_icons.ICO_SIZES}
    with Image.open(ICONS / "forum-kit.icns") as icns:
        assert (512, 512, 2) in icns.info["sizes"] and (16, 16, 2) in icns.info["sizes"]
    # transparent corners (a rounded square), an opaque middle
    big = Image.open(ICONS / "forum-kit-256.png").convert("RGBA")
    assert big.getpixel((0, 0))[3] == 0 and big.getpixel((128, 40))[3] == 255


def test_desktop_entry_is_valid_and_names_the_program(tmp_path):
    text = (LINUX / "forum-kit.desktop").read_text(encoding="utf-8")
    fields = dict(line.split("=", 1) for line in text.splitlines() if "=" in line)
    assert fields["Exec"] == "forum-kit" and fields["Icon"] == "forum-kit"
    assert fields["Name"] == "Forum Kit" and fields["Terminal"] == "false"
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        pytest.skip("desktop-file-validate is not installed (./kit test installs it)")
    done = subprocess.run(
        [validator, str(LINUX / "forum-kit.desktop")], capture_output=True, text=True
    )
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def _fake_folder(parent: Path) -> Path:
    folder = parent / "Forum Kit 0.1"
    (folder / "icons").mkdir(parents=True)
    for name in ("add-to-menu.sh", "forum-kit.desktop"):
        shutil.copy2(LINUX / name, folder / name)
    for png in ICONS.glob("forum-kit-*.png"):
        shutil.copy2(png, folder / "icons" / png.name)
    program = folder / "forum-kit"
    program.write_text("#!/bin/sh\nexit 0\n")
    program.chmod(0o755)
    return folder


def test_add_to_menu_writes_an_entry_for_this_folder_and_removes_it(tmp_path):
    folder = _fake_folder(tmp_path)
    home, tmp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    tmp.mkdir()
    env = clean_env(home, tmp)
    done = run(["sh", str(folder / "add-to-menu.sh")], env, tmp_path)
    assert done.returncode == 0, done.stderr
    share = home / ".local" / "share"
    entry = share / "applications" / "forum-kit.desktop"
    lines = entry.read_text(encoding="utf-8").splitlines()
    assert f'Exec="{folder}/forum-kit"' in lines  # the folder's name has spaces: quoted
    assert oct(entry.stat().st_mode & 0o777) == "0o644"
    icons = sorted(share.glob("icons/hicolor/*/apps/forum-kit.png"))
    assert len(icons) == 8
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(
            ["desktop-file-validate", str(entry)], capture_output=True, text=True
        )
        assert check.returncode == 0, check.stdout
    done = run(["sh", str(folder / "add-to-menu.sh"), "--remove"], env, tmp_path)
    assert done.returncode == 0 and not entry.exists()
    assert not list(share.glob("icons/hicolor/*/apps/forum-kit.png"))


def test_add_to_menu_refuses_a_folder_the_entry_could_not_name_safely(tmp_path):
    folder = _fake_folder(tmp_path / "cost$s")
    home = tmp_path / "home"
    home.mkdir()
    done = run(["sh", str(folder / "add-to-menu.sh")], clean_env(home, tmp_path), tmp_path)
    assert done.returncode == 1 and "move this folder" in done.stderr
    assert not (home / ".local" / "share" / "applications").exists() or not list(
        (home / ".local" / "share" / "applications").iterdir()
    )


def test_windows_and_macos_definitions_use_the_shared_spec_and_version():
    iss = (ROOT / "packaging" / "windows" / "forum-kit.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in iss and "{#AppVersion}" in iss
    assert (ROOT / "packaging" / "windows" / "licence-notice.txt").is_file()
    workflow = (ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
    for target in ("linux", "windows", "macos", "wheel"):
        assert re.search(rf"packaging/build {target}\b", workflow), target
    assert "windows-latest" in workflow and "macos-" in workflow
    spec = (ROOT / "packaging" / "forum-kit.spec").read_text(encoding="utf-8")
    assert "BUNDLE(" in spec and "forum-kit.ico" in spec and "forum-kit.icns" in spec
    assert os.access(ROOT / "packaging" / "build", os.X_OK)
