"""The Linux bundle as a steward gets it (issue 17): built by ``packaging/build linux``, unpacked
from its ``.tar.gz`` outside the checkout, run with no venv on the PATH and an empty ``HOME``.

It creates a vault where platformdirs says, imports a CSV, writes a PDF, prints the summary,
opens the app offscreen to the unlock screen and passes its self-check (QtPdf, QtCharts, fonts,
SQLCipher); nothing is written beside the program, into the temp folder or anywhere in ``HOME``
but the config and data folders. The build takes one to two minutes on two idle cores (more on
a busy machine), once per run, shared by every test here.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest
from packaging_helpers import (
    PASSPHRASE,
    ROOT,
    clean_env,
    files_under,
    run,
    tree,
    write_people_csv,
)

from forum_kit import __version__

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1800)]

MAX_UNPACKED_BYTES = 250_000_000  # the aim: under 250 MB on Linux
# libraries of Qt modules the app never uses (a regression would bring hundreds of MB back)
UNUSED_QT_LIBS = re.compile(r"Qt6(WebEngine|Quick|Qml|3D|Multimedia|VirtualKeyboard|Designer)")


def _summary_counts(text: str) -> dict[str, int]:
    return {
        m.group(1).strip(): int(m.group(2))
        for m in re.finditer(r"^\s{2}([a-z][a-z ]+?)\s+(\d+)$", text, re.MULTILINE)
    }


def test_a_steward_uses_the_bundle_and_it_writes_only_where_it_should(linux_bundle, steward):
    exe = str(linux_bundle / "forum-kit")
    home, tmp, work = steward["home"], steward["tmp"], steward["work"]
    env = clean_env(home, tmp, FORUM_KIT_PASSPHRASE=PASSPHRASE)
    program_before = tree(linux_bundle)

    done = run([exe, "--version"], env, work)
    assert done.returncode == 0 and done.stdout.strip() == f"forum-kit {__version__}"

    # the demo vault goes to the platform's data folder: ~/.local/share/forum-kit on Linux
    done = run([exe, "demo", "--contacts", "60"], env, work)
    assert done.returncode == 0, done.stderr
    vault = home / ".local" / "share" / "forum-kit" / "demo.forumkit"
    assert (vault / "vault.db").is_file()
    # SQLCipher's encrypting build inside the bundle: no plaintext SQLite header
    assert (vault / "vault.db").read_bytes()[:16] != b"SQLite format 3\x00"

    done = run([exe, "summary", str(vault)], env, work)
    assert done.returncode == 0, done.stderr
    before = _summary_counts(done.stdout)

    names = write_people_csv(work / "people.csv")
    done = run([exe, "import", str(vault), "people.csv", "--workplace", "1"], env, work)
    assert done.returncode == 0, done.stdout + done.stderr
    done = run([exe, "summary", str(vault)], env, work)
    assert done.returncode == 0, done.stderr
    assert _summary_counts(done.stdout)["contacts"] == before["contacts"] + len(names)

    done = run([exe, "search", str(vault), names[1]], env, work)
    assert done.returncode == 0 and names[1] in done.stdout, done.stdout + done.stderr

    done = run(
        [
            exe,
            "chart-sheet",
            str(vault),
            "--area",
            "Goods in",
            "--redaction",
            "names",
            "--out",
            "sheet.pdf",
        ],
        env,
        work,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    pdf = work / "sheet.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    assert "DejaVuSans" in fonts.stdout  # the bundled font was found and embedded
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    # every imported name in its own script (the sheet shortens long ones with an ellipsis)
    assert all(name[:15] in text for name in names), (names, text)

    app_env = dict(env, FORUM_KIT_TIMING="1", FORUM_KIT_QUIT_AFTER_UNLOCK_SCREEN="1")
    done = run([exe, "--vault", str(vault)], app_env, work)
    assert done.returncode == 0, done.stderr
    assert re.search(r"^t_unlock_visible=\d+\.\d{3}$", done.stderr, re.MULTILINE), done.stderr

    # where everything went: the vault and config folders, the files the steward named
    assert tree(linux_bundle) == program_before, "the program wrote beside itself"
    assert files_under(tmp) == set(), "files left in the temp folder"
    allowed = (".config/forum-kit/", ".local/share/forum-kit/")
    strays = sorted(p for p in files_under(home) if not p.startswith(allowed))
    assert strays == []
    assert files_under(work) == {"people.csv", "sheet.pdf"}
    assert {p.split("/")[3] for p in files_under(home) if p.startswith(allowed[1])} == {
        "demo.forumkit"
    }


def test_self_check_passes_in_the_bundle(linux_bundle, steward):
    env = clean_env(steward["home"], steward["tmp"])
    done = run([str(linux_bundle / "forum-kit"), "--self-check"], env, steward["work"])
    assert done.returncode == 0, done.stdout + done.stderr
    lines = [line for line in done.stdout.splitlines() if line.startswith(("ok", "FAILED"))]
    assert len(lines) == 8 and all(line.startswith("ok") for line in lines), done.stdout
    # restarted with MALLOC_PERTURB_, and Python's debug allocator of "-X dev" (issue 25)
    assert "ok      memory after a lock: freed memory overwritten" in done.stdout
    assert str(linux_bundle) in done.stdout  # the resources came from inside the bundle
    assert "SQLCipher 4." in done.stdout
    assert files_under(steward["home"]) == set() and files_under(steward["tmp"]) == set()


def test_the_bundle_holds_what_it_needs_and_leaves_out_what_it_does_not(linux_bundle):
    size = sum(p.lstat().st_size for p in linux_bundle.rglob("*") if not p.is_dir())
    assert size < MAX_UNPACKED_BYTES, f"{size / 1e6:.0f} MB unpacked"
    files = files_under(linux_bundle)
    assert not [f for f in files if UNUSED_QT_LIBS.search(f)]
    assert any("libQt6Pdf" in f for f in files) and any("libQt6Charts" in f for f in files)
    # every file of resources/ (fonts, icons, licences, translations when they come), unchanged
    data = linux_bundle / "_internal" / "forum_kit" / "_data"
    source = ROOT / "resources"
    for name in files_under(source):
        assert (data / name).read_bytes() == (source / name).read_bytes(), name
    revisions = ROOT / "forum_kit" / "vault" / "migrations" / "versions"
    bundled = data.parent / "vault" / "migrations" / "versions"
    assert {p.name for p in revisions.glob("*.py")} <= {p.name for p in bundled.glob("*.py")}
    # the head schema's script (a committee copy made at once, not by running every revision)
    script = revisions.parent / "head_schema.sql"
    assert (bundled.parent / "head_schema.sql").read_bytes() == script.read_bytes()
    # what a steward double-clicks or runs, and the desktop entry with its icons
    assert os.access(linux_bundle / "forum-kit", os.X_OK)
    assert os.access(linux_bundle / "add-to-menu.sh", os.X_OK)
    for name in ("forum-kit.desktop", "forum-kit.png", "README.txt", "icons/forum-kit-48.png"):
        assert (linux_bundle / name).is_file(), name


def test_add_to_menu_points_the_entry_at_the_unpacked_folder(linux_bundle, steward):
    data = steward["home"] / ".local" / "share"
    env = clean_env(steward["home"], steward["tmp"])
    done = run(["sh", str(linux_bundle / "add-to-menu.sh")], env, steward["work"])
    assert done.returncode == 0, done.stderr
    entry = (data / "applications" / "forum-kit.desktop").read_text(encoding="utf-8")
    assert f'Exec="{linux_bundle}/forum-kit"' in entry.splitlines()
    assert (data / "icons" / "hicolor" / "256x256" / "apps" / "forum-kit.png").is_file()


def test_p11_benchmark_measures_the_bundle_beside_the_venv(linux_bundle, tmp_path):
    out = tmp_path / "run.json"
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        TMPDIR=str(tmp_path),
        FORUM_KIT_CONFIG_DIR=str(tmp_path / "config"),
    )
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "run.py"),
            "--size",
            "tiny",
            "--repeat",
            "1",
            "--only",
            "P11",
            "--bundle",
            str(linux_bundle / "forum-kit"),
            "--data",
            str(tmp_path / "data"),
            "--out",
            str(out),
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    entry = json.loads(out.read_text(encoding="utf-8"))["results"]["P11"]
    assert not entry.get("error") and not entry.get("skipped"), entry
    bundle_row, ratio_row = entry["rows"]
    assert bundle_row["measured"] > 0 and bundle_row["baseline"] > 0
    assert ratio_row["measured"] == pytest.approx(
        bundle_row["measured"] / bundle_row["baseline"], rel=0.02
    )
    assert "P11" in done.stdout
