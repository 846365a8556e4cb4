"""Shared pieces of the performance suite: sizes, paths, the benchmark passphrase and timing.

Owns the two data sizes (``tiny`` for the smoke test, ``reference`` for the real figures), where
the reference vault and its plain-SQLite twin live (``benchmarks/out/``, gitignored), how either is
generated from a seed through ``forum_kit.demo.generate``, and the timing helpers that report the
median wall time next to the median CPU time (the machine is shared, so CPU time is the steadier
figure), and ``row``, one line of the suite's table. Nothing here asserts a time: targets are
compared in ``run.py``.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "out"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# A fixed passphrase: the reference vault is synthetic and lives only under benchmarks/out/.
PASSPHRASE = "benchmark passphrase, not a secret"
SEED = 20260331
# "today" is fixed so the generated history (and every as-of figure) is the same on every run.
TODAY = dt.date(2026, 3, 10)


@dataclass(frozen=True)
class Size:
    """How much data one benchmark size holds, as passed to ``forum_kit.demo.generate``."""

    name: str
    contacts: int
    areas: int
    workplaces: int
    # a mean scaled by each area's organising strength, so the note count is only known by
    # running the seed (see SIZES)
    notes_per_contact: float
    grievances: int | None  # None keeps the demo's own ratio (one per 37 contacts)
    list_rows: int  # rows of the flat list for P4 (the issue asks for 100k)
    import_rows: int  # rows of the CSV for P8


# The issue asks for ~1M one-on-one notes and 5,000 grievances. At 50,000 contacts and this seed
# notes_per_contact 20 gives ~0.93M notes, 22 gives 1,018,180 and 31 gave 1,435,472 (counted
# with the writer stubbed out): 22 is the smallest value in 1.0-1.1M.
SIZES = {
    "tiny": Size("tiny", contacts=500, areas=10, workplaces=2, notes_per_contact=2,
                 grievances=None, list_rows=2_000, import_rows=1_000),
    "reference": Size("reference", contacts=50_000, areas=200, workplaces=5,
                      notes_per_contact=22, grievances=5_000, list_rows=100_000,
                      import_rows=100_000),
}


def demo_arguments(size: Size, seed: int = SEED) -> dict[str, Any]:
    """Keyword arguments for ``forum_kit.demo.generate`` at ``size`` (the one definition that
    ``generate.py`` and ``run.py`` both build with)."""
    return {"seed": seed, "today": TODAY, "contacts": size.contacts,
            "workplaces": size.workplaces, "areas": size.areas,
            "notes_per_contact": size.notes_per_contact, "grievances": size.grievances}


def vault_path(folder: Path, size: Size) -> Path:
    """The encrypted vault of ``size`` inside ``folder``."""
    return folder / f"{size.name}.forumkit"


def plain_path(folder: Path, size: Size) -> Path:
    """The unencrypted twin (same seed, same data) used only as P9's baseline."""
    return folder / f"{size.name}-plain.sqlite"


def generate_vault(path: Path, size: Size, *, seed: int = SEED) -> dict[str, Any]:
    """Create the encrypted vault and fill it; returns timings and row counts.

    FAST_KDF keeps generation and every unlock quick; P2 measures beyond the key derivation, so
    the production profile would only add a constant second to each start.
    """
    from forum_kit.demo import generate
    from forum_kit.vault import FAST_KDF, Vault

    start = time.perf_counter()
    vault = Vault.create(path, PASSPHRASE, kdf=FAST_KDF)
    try:
        stats = generate(vault, **demo_arguments(size, seed))
    finally:
        vault.lock()
    return {"seconds": time.perf_counter() - start, "counts": dict(stats.counts),
            "bytes": folder_bytes(path)}


def open_plain(path: Path) -> Any:
    """A SQLAlchemy engine on the plain twin (migrated to head if the file is new)."""
    from forum_kit.vault.engine import make_plain_engine
    from forum_kit.vault.migrations import runner

    engine = make_plain_engine(path)
    with engine.connect() as conn:
        if runner.current_revision(conn) != runner.head_revision():
            runner.upgrade(conn)
            conn.commit()
    return engine


def generate_plain(path: Path, size: Size, *, seed: int = SEED) -> dict[str, Any]:
    """The same seed into plain SQLite, through the same migrations (never a decrypting export:
    SECURITY.md forbids ``sqlcipher_export`` to plaintext, so the twin is regenerated)."""
    from sqlalchemy.orm import Session

    from forum_kit.demo import generate

    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    start = time.perf_counter()
    engine = open_plain(path)
    try:
        with Session(engine) as session:
            stats = generate(session, **demo_arguments(size, seed))
            session.commit()
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()
    return {"seconds": time.perf_counter() - start, "counts": dict(stats.counts),
            "bytes": path.stat().st_size}


def folder_bytes(path: Path) -> int:
    """Total size of the files under ``path`` (a vault folder) or of the file itself."""
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


@dataclass(frozen=True)
class Timing:
    """Median wall and CPU seconds over ``runs`` repeats, plus every wall time."""

    wall: float
    cpu: float
    runs: tuple[float, ...]
    result: Any = None

    def p95(self) -> float:
        """95th percentile of the wall times (the max when there are fewer than 20)."""
        ordered = sorted(self.runs)
        return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def timed(fn: Callable[[], Any], repeat: int, *, warm: bool = False) -> Timing:
    """Run ``fn`` ``repeat`` times (after one untimed call when ``warm``)."""
    if warm:
        fn()
    walls: list[float] = []
    cpus: list[float] = []
    result = None
    for _ in range(max(1, repeat)):
        start, start_cpu = time.perf_counter(), time.process_time()
        result = fn()
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - start_cpu)
    return Timing(statistics.median(walls), statistics.median(cpus), tuple(walls), result)


def load_average() -> float:
    """The 1-minute load average, recorded next to the figures (the machine is shared)."""
    try:
        return os.getloadavg()[0]
    except OSError:
        return float("nan")


def row(label: str, target: float | None, measured: float | None, unit: str, *,
        cpu: float | None = None, baseline: float | None = None,
        baseline_label: str = "", overhead: bool = False) -> dict[str, Any]:
    """One line of the table: a figure, its target and (optionally) its baseline.

    The ratio is baseline / measured (a speed-up: P3, P5) or, with ``overhead``, measured /
    baseline (what the real thing costs over a floor: P1, P7, P8, P10).
    """
    ratio = None
    if measured is not None and baseline:
        ratio = round(measured / baseline, 2) if overhead else round(baseline / measured, 2)
    passed = None if measured is None or target is None else measured <= target
    return {"label": label, "target": target, "measured": _round(measured), "unit": unit,
            "cpu": _round(cpu), "baseline": _round(baseline), "baseline_label": baseline_label,
            "ratio": ratio, "pass": passed}


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4 if abs(value) < 1 else 2)


def ms(seconds: float) -> float:
    return seconds * 1000.0
