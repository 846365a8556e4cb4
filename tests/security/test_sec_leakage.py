"""L: leakage - a sentinel scan of every file a scripted session can touch (L-1, light version:
services, no Qt) and core dumps forbidden at startup (L-7) (SECURITY.md table L)."""

from __future__ import annotations

import datetime as dt
import os
import resource
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from conftest import PASSPHRASE

from forum_kit import config
from forum_kit.cli import main
from forum_kit.queries.people import PeopleFilter, people_ids, people_rows
from forum_kit.queries.search import fold, search
from forum_kit.services import contacts as cs
from forum_kit.services import conversations as cv
from forum_kit.services import workplaces as ws
from forum_kit.vault import FAST_KDF, Vault

ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2026, 3, 2)

# Each one holds a token that cannot occur by chance, plus letters outside ASCII so that the
# UTF-16LE form differs from a mere zero-padded ASCII string.
WORKPLACE = "Qvzxjwork Plant Şêrkoville"
AREA = "Kühlhaus Qvzxjarea"
FIRST = "Zoë Qvzxjfirst"
LAST = "Ŋgema Qvzxjlast"
OTHER = "Wybrzeże Qvzxjother"
NOTE = "Qvzxjnote: the supervisor on line 4 must never read this, Şêrko said"
EMAIL = "qvzxjmail@example.org"
SENTINELS = (WORKPLACE, AREA, FIRST, LAST, OTHER, NOTE, EMAIL)
TOKENS = ("qvzxjwork", "qvzxjarea", "qvzxjfirst", "qvzxjlast", "qvzxjother", "qvzxjnote",
          "qvzxjmail")


def _needles() -> list[bytes]:
    """Every sentinel as typed and as the search index folds it, in UTF-8 and UTF-16LE."""
    texts = set(SENTINELS) | {fold(s) for s in SENTINELS} | set(TOKENS)
    texts |= {t.capitalize() for t in TOKENS}
    return [t.encode(enc) for t in sorted(texts) for enc in ("utf-8", "utf-16-le")]


def _hits(roots: list[Path]) -> list[str]:
    """``path: needle`` for every needle found in a file under ``roots``."""
    needles = _needles()
    found = []
    for root in roots:
        files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
        for path in files:
            blob = path.read_bytes()
            found += [f"{path}: {n!r}" for n in needles if n in blob]
    return found


def test_l1_scanner_finds_each_encoding(tmp_path):
    # the scan below only means something if it would see the sentinels in either encoding
    for enc in ("utf-8", "utf-16-le"):
        (tmp_path / f"{enc}.bin").write_bytes(b"\x00junk" + NOTE.encode(enc) + b"junk")
    (tmp_path / "folded.txt").write_text("x " + fold(LAST) + " y", encoding="utf-8")
    hits = _hits([tmp_path])
    assert any("utf-8.bin" in h for h in hits)
    assert any("utf-16-le.bin" in h for h in hits)
    assert any("folded.txt" in h for h in hits)


def _session(folder: Path) -> Vault:
    """Create, fill, edit, search, sort, delete, vacuum and back up; returns the vault open."""
    vault = Vault.create(folder, PASSPHRASE, kdf=FAST_KDF)
    config.add_recent_vault(vault.path)  # what ``forum-kit init`` and the app do
    try:
        with vault.unit_of_work() as s:
            wp = ws.add_workplace(s, name=WORKPLACE, employer=WORKPLACE, today=TODAY)
            area = ws.add_area(s, workplace_id=wp.id, name=AREA, hazards=NOTE)
            zoe = cs.add_contact(s, workplace_id=wp.id, area_id=area.id, first_name=FIRST,
                                 last_name=LAST, email=EMAIL, job_title=AREA, today=TODAY)
            other = cs.add_contact(s, workplace_id=wp.id, area_id=area.id, first_name=OTHER,
                                   notes=NOTE, today=TODAY)
            for i in range(3):
                cv.log_conversation(s, contact_id=zoe.id, by_id=other.id, held_on=TODAY,
                                    agitate=f"{NOTE} #{i}", plan=NOTE, sensitive=True,
                                    tags=["qvzxjnote tag"], today=TODAY)
            cv.log_conversation(s, contact_id=other.id, held_on=TODAY, educate=NOTE,
                                today=TODAY)
            ids = {"wp": wp.id, "zoe": zoe.id, "other": other.id}
        with vault.unit_of_work() as s:
            cs.update_contact(s, contact_id=ids["zoe"], shift=f"night {OTHER}", today=TODAY)
        with vault.unit_of_work() as s:
            results = search(s, "zoe qvzxjfirst")
            assert [h.id for h in results.people] == [ids["zoe"]]  # the data really is there
            assert search(s, "qvzxjnote").conversations
            flt = PeopleFilter(workplace_id=ids["wp"], text="qvzxj")
            for sort in ("name", "area", "level", "last_contact"):
                order = people_ids(s, flt, sort=sort, descending=True, today=TODAY)
                assert sorted(order) == sorted([ids["zoe"], ids["other"]])
            rows = people_rows(s, order, today=TODAY)
            assert {r.full_name for r in rows} == {f"{FIRST} {LAST}", OTHER}
        with vault.unit_of_work() as s:
            cs.delete_contact(s, contact_id=ids["other"])
        with vault.engine.connect() as conn:
            # VACUUM builds a temporary copy of the database (in memory with temp_store=MEMORY)
            conn.connection.driver_connection.execute("VACUUM")
        vault.backup("l1 session")
    except BaseException:
        vault.lock()
        raise
    return vault


def test_l1_sentinel_scan_after_a_scripted_session(tmp_path, monkeypatch):
    private_tmp = tmp_path / "tmpdir"
    private_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(private_tmp))  # Python's tempfile and SQLite's temp files
    monkeypatch.setenv("SQLITE_TMPDIR", str(private_tmp))
    monkeypatch.setattr(tempfile, "tempdir", None)  # forget the cached choice
    assert tempfile.gettempdir() == str(private_tmp)
    # tests/conftest.py points the config, cache and data dirs at one private folder
    home = Path(os.environ["FORUM_KIT_CONFIG_DIR"]).parent
    assert Path(os.environ["XDG_CACHE_HOME"]).parent == home
    folder = tmp_path / "l1.forumkit"

    vault = _session(folder)
    try:
        # while open: the newest pages live in the WAL and its index
        assert (folder / "vault.db-wal").exists()
        assert _hits([folder, private_tmp, home]) == []
    finally:
        vault.lock()
    assert (folder / "backups").is_dir() and list((folder / "backups").iterdir())
    assert (home / "config" / "config.json").is_file()  # the recent list really was written
    scanned = [folder, private_tmp, home]
    assert _hits(scanned) == []
    names = sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())
    assert all(n in ("keys.json", "vault.db", "vault.db-wal", "vault.db-shm")
               or n.startswith("backups/") for n in names), names


# ------------------------------------------------------------------------------------- L-7

def test_l7_cli_main_forbids_core_dumps(monkeypatch, capsys):
    calls = []
    monkeypatch.setattr(resource, "setrlimit", lambda which, limits: calls.append((which,
                                                                                  limits)))
    assert main(["--version"]) == 0
    assert "forum-kit" in capsys.readouterr().out
    assert calls == [(resource.RLIMIT_CORE, (0, 0))]


_CRASHER = (
    "import os, resource, signal, sys\n"
    "if sys.argv[1] == 'cli':\n"
    "    from forum_kit.cli import main\n"
    "    main(['--version'])\n"
    "print(resource.getrlimit(resource.RLIMIT_CORE), flush=True)\n"
    "os.kill(os.getpid(), signal.SIGSEGV)\n"
)


def _crash(cwd: Path, mode: str) -> subprocess.CompletedProcess[str]:
    def allow_small_cores() -> None:
        # a truncated core is enough to see one is written; the hard limit may forbid any
        _, hard = resource.getrlimit(resource.RLIMIT_CORE)
        soft = 1 << 20 if hard == resource.RLIM_INFINITY else min(1 << 20, hard)
        resource.setrlimit(resource.RLIMIT_CORE, (soft, hard))

    env = {k: v for k, v in os.environ.items() if k != "PYTHONFAULTHANDLER"}
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run([sys.executable, "-c", _CRASHER, mode], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=60,
                          preexec_fn=allow_small_cores)


def test_l7_no_core_file_after_sigsegv(tmp_path):
    with open("/proc/sys/kernel/core_pattern", encoding="ascii") as fh:
        pattern = fh.read().strip()
    if pattern.startswith("|") or "/" in pattern:
        pytest.skip("core files go to a handler or another folder here, not to the cwd")
    control, cli = tmp_path / "control", tmp_path / "cli"
    control.mkdir()
    cli.mkdir()
    out = _crash(cli, "cli")
    assert out.returncode == -signal.SIGSEGV, out.stderr
    assert out.stdout.strip().endswith("(0, 0)")
    assert list(cli.iterdir()) == []
    # the control proves this machine would have written a core without the limit
    _, hard = resource.getrlimit(resource.RLIMIT_CORE)
    if hard == 0:
        pytest.skip("the hard core limit is already 0 in this process; no control possible")
    out = _crash(control, "control")
    assert out.returncode == -signal.SIGSEGV, out.stderr
    assert list(control.iterdir()), "no core file without the limit: the check above is vacuous"
