"""The wheel and sdist for Python users (``pipx install``), built and run outside the checkout.

``packaging/build wheel`` runs on a copy of the project's build inputs (so the test writes
nothing into the checkout) with one extra file dropped into ``resources/translations``, standing
in for files other work adds later (fonts, ``.qm`` translations): the wheel must carry it without
anyone editing the build. The wheel goes into a new venv in pytest's temporary folder; its
dependencies come from the project's venv through a ``.pth`` line (no download), so every file
the program uses (fonts, migrations, icons, licence texts) must come from the wheel itself.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from pathlib import Path

import pytest
from packaging_helpers import PASSPHRASE, ROOT, clean_env, files_under, run

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]

BUILD_INPUTS = (
    "pyproject.toml",
    "setup.py",
    "MANIFEST.in",
    "README.md",
    "requirements.lock",
    "forum_kit",
    "ui",
    "resources",
    "packaging",
)
EXTRA = Path("translations") / "forum_kit_xx.qm"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("wheel")
    source = base / "source"
    source.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "_data")
    for name in BUILD_INPUTS:
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, source / name, ignore=ignore)
        else:
            shutil.copy2(path, source / name)
    (source / "resources" / EXTRA).parent.mkdir(exist_ok=True)
    (source / "resources" / EXTRA).write_bytes(b"<\xb8\x64\x18\xca\xef\x9c\x95\xcd\x21")
    dist = base / "dist"
    done = subprocess.run(
        [sys.executable, str(source / "packaging" / "build"), "wheel", "--dist", str(dist)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    (wheel,) = dist.glob("forum_kit-*.whl")
    (sdist,) = dist.glob("forum_kit-*.tar.gz")
    return {"base": base, "source": source, "wheel": wheel, "sdist": sdist}


def _resources(source: Path) -> set[str]:
    return files_under(source / "resources")


def test_wheel_and_sdist_carry_every_runtime_file(built):
    resources = _resources(built["source"])
    assert str(EXTRA) in resources and "fonts/DejaVuSans.ttf" in resources
    assert "icons/forum-kit.ico" in resources and "licenses/LGPL-3.0.txt" in resources
    revisions = {
        p.name for p in (ROOT / "forum_kit" / "vault" / "migrations" / "versions").glob("*.py")
    }
    with zipfile.ZipFile(built["wheel"]) as wheel:
        names = set(wheel.namelist())
        for name in resources:
            assert f"forum_kit/_data/{name}" in names, name
        assert (
            wheel.read("forum_kit/_data/fonts/DejaVuSans.ttf")
            == (ROOT / "resources" / "fonts" / "DejaVuSans.ttf").read_bytes()
        )
    assert {f"forum_kit/vault/migrations/versions/{r}" for r in revisions} <= names
    assert {
        "forum_kit/vault/migrations/env.py",
        "forum_kit/vault/migrations/script.py.mako",
        "forum_kit/vault/migrations/head_schema.sql",  # a committee copy's schema, made at once
        "ui/app.py",
        "ui/dialogs/about.py",
    } <= names
    assert not [n for n in names if n.startswith(("tests/", "benchmarks/", "packaging/"))]
    top = built["sdist"].name.removesuffix(".tar.gz")
    with tarfile.open(built["sdist"]) as sdist:
        members = set(sdist.getnames())
    for name in resources:
        assert f"{top}/resources/{name}" in members, name
    assert f"{top}/setup.py" in members
    assert {f"{top}/forum_kit/vault/migrations/versions/{r}" for r in revisions} <= members


@pytest.fixture(scope="module")
def installed(built) -> Path:
    """A new venv outside the checkout with the wheel installed; its bin folder."""
    venv = built["base"] / "venv"
    subprocess.run(
        [
            getattr(sys, "_base_executable", sys.executable),
            "-m",
            "venv",
            "--without-pip",
            str(venv),
        ],
        check=True,
        timeout=120,
    )
    python = venv / "bin" / "python"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--no-deps",
            "--no-index",
            "--no-cache-dir",
            "--quiet",
            str(built["wheel"]),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    # the dependencies only (PySide6 alone is hundreds of MB to download): after the wheel's own
    # site-packages, so forum_kit and ui can only come from the wheel
    (site / "zz_project_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return venv / "bin"


def test_the_installed_wheel_runs_outside_the_checkout(installed, built, tmp_path):
    home, tmp, work = (tmp_path / n for n in ("home", "tmp", "work"))
    for folder in (home, tmp, work):
        folder.mkdir()
    env = clean_env(home, tmp, FORUM_KIT_PASSPHRASE=PASSPHRASE)
    probe = run(
        [
            str(installed / "python"),
            "-c",
            "import json, forum_kit, ui.app; from forum_kit.resources import resources_dir;"
            "print(json.dumps([forum_kit.__file__, ui.app.__file__, str(resources_dir())]))",
        ],
        env,
        work,
    )
    assert probe.returncode == 0, probe.stderr
    venv = str(installed.parent)
    assert all(p.startswith(venv) for p in json.loads(probe.stdout)), probe.stdout
    assert not any(p.startswith(str(ROOT)) for p in json.loads(probe.stdout))
    data = Path(json.loads(probe.stdout)[2])
    assert (data / EXTRA).is_file()

    exe = str(installed / "forum-kit")
    done = run([exe, "init", "unions"], env, work)
    assert done.returncode == 0, done.stderr
    vault = work / "unions.forumkit"
    assert (vault / "vault.db").read_bytes()[:16] != b"SQLite format 3\x00"
    done = run([exe, "summary", str(vault)], env, work)
    assert done.returncode == 0 and re.search(r"contacts\s+0", done.stdout), done.stdout

    spec = {
        "template": "meeting",
        "headline": "Αλέξης, Олена и Zoë: встреча в столовой",
        "paragraphs": ["Şêrko invites everyone on the night shift."],
        "visual": "clock",
    }
    (work / "leaflet.json").write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    done = run([exe, "leaflet", "--spec", "leaflet.json", "--out", "leaflet.pdf"], env, work)
    assert done.returncode == 0, done.stderr
    fonts = subprocess.run(
        ["pdffonts", str(work / "leaflet.pdf")], capture_output=True, text=True, check=True
    ).stdout
    assert "DejaVuSans" in fonts

    done = run([exe, "--self-check"], env, work)
    assert done.returncode == 0, done.stdout + done.stderr
    assert venv in done.stdout and "FAILED" not in done.stdout
    assert "ok      memory after a lock: freed memory overwritten" in done.stdout

    app_env = dict(env, FORUM_KIT_TIMING="1", FORUM_KIT_QUIT_AFTER_UNLOCK_SCREEN="1")
    done = run([exe, "--vault", str(vault)], app_env, work)
    assert done.returncode == 0 and "t_unlock_visible=" in done.stderr, done.stderr

    assert files_under(tmp) == set()
    assert [p for p in files_under(home) if not p.startswith(".config/forum-kit/")] == []
