"""Smoke test of the performance suite: ``benchmarks/run.py --size tiny`` must keep working.

Runs the whole suite once on a tiny vault made inside pytest's tmp_path and checks that it exits
0 and writes JSON with every target P1-P10 and P12, each with a figure or a stated reason (P11,
which needs a built bundle, is run by tests/packaging/test_bundle.py). No time is asserted: the
figures themselves belong to ``docs/performance.md``. ``benchmarks/bench_import_floor.py``
(what bounds P8) runs at 200 rows, and each of its variants must have run with its settings.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
KEYS = [*(f"P{i}" for i in range(1, 11)), "P12"]
# P11 (the frozen app against the venv) needs a built bundle: tests/packaging/test_bundle.py runs
# it on the bundle it builds; here it is left out, even when a developer's dist/ holds one
BUNDLE_KEYS = ["P11"]


def test_run_tiny_writes_every_target(tmp_path):
    out = tmp_path / "run.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp_path),
               FORUM_KIT_CONFIG_DIR=str(tmp_path / "config"))
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--size", "tiny", "--repeat", "1",
         "--data", str(tmp_path / "data"), "--out", str(out), "--only", ",".join(KEYS)],
        # generous: the tiny run takes well under a minute alone, several on a shared machine
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=900,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["size"] == "tiny"
    assert list(doc["results"]) == sorted(KEYS + BUNDLE_KEYS, key=lambda k: int(k[1:]))
    assert doc["results"]["P11"]["skipped"]
    for key in KEYS:
        entry = doc["results"][key]
        assert entry["title"] and entry["rows"], key
        # every part exists now, so a benchmark that crashed is a failure, not a reason
        assert not entry.get("error"), (key, entry.get("error"))
        for line in entry["rows"]:
            assert line["measured"] is not None, (key, line)
    # everything generated for the run stayed inside tmp_path
    assert (tmp_path / "data" / "tiny.forumkit").is_dir()
    assert (tmp_path / "data" / "tiny-plain.sqlite").is_file()
    assert "P3" in proc.stdout and "P10" in proc.stdout


def test_the_import_floor_benchmark_runs_each_variant_with_its_settings(tmp_path):
    # benchmarks/bench_import_floor.py (docs/performance.md, "P8: the floor"): every variant
    # writes, and each write ran with the settings it names (a variant that silently kept the
    # vault's settings would make its figure meaningless)
    out = tmp_path / "floor.json"
    env = dict(os.environ, TMPDIR=str(tmp_path), FORUM_KIT_CONFIG_DIR=str(tmp_path / "config"))
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bench_import_floor.py"), "--rows", "200",
         "--runs", "1", "--format", "xlsx", "--memory-hardening", "off", "--out", str(out)],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["rows"] == 200 and not doc["memory_hardened"]
    variants = list(doc["variants"])
    assert variants[0] == "vault settings"
    for name in ("parse", "read", "plan", *(f"write: {v}" for v in variants)):
        assert doc["seconds"][name] > 0, name
    seen = doc["settings_seen"]
    assert seen["vault settings"] == {"foreign_keys": 1, "synchronous": 2,
                                      "wal_autocheckpoint": 1000}
    assert seen["foreign_keys OFF"]["foreign_keys"] == 0
    assert seen["no checkpoint at commit"]["wal_autocheckpoint"] == 0
    assert seen["synchronous NORMAL"]["synchronous"] == 1
    assert seen["all three relaxed"] == {"foreign_keys": 0, "synchronous": 1,
                                         "wal_autocheckpoint": 0}
    assert "write: all three relaxed" in proc.stdout
