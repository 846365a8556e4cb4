"""Benchmarks of the document builders (not tests: nothing here asserts a time).

Owns the reports timing: one A4 leaflet (median of 20 builds) and a briefing pack over 200 areas
with a growth chart per area (median of 3 builds), both to memory. Prints a small table and writes
``benchmarks/out/reports.json``. PERFORMANCE.md's target for the pack is 2 s on a 2-core machine.
Run from the project root: ``.venv/bin/python benchmarks/bench_reports.py``.
"""

from __future__ import annotations

import io
import json
import os
import platform
import statistics
import time
from pathlib import Path

from forum_kit.reports import build_leaflet, build_pack
from forum_kit.reports.fonts import ensure_fonts
from forum_kit.reports.samples import sample_leaflet, sample_pack

OUT = Path(__file__).resolve().parent / "out" / "reports.json"


def _time(build: object, runs: int) -> tuple[float, list[float], float, int, int]:
    """Median wall time, all wall times, median CPU time (steadier on a shared machine)."""
    times, cpu = [], []
    pages = size = 0
    for _ in range(runs):
        buffer = io.BytesIO()
        start, start_cpu = time.perf_counter(), time.process_time()
        info = build(buffer)  # type: ignore[operator]
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
        pages, size = info.pages, len(buffer.getvalue())
    return statistics.median(times), times, statistics.median(cpu), pages, size


def main() -> int:
    ensure_fonts()
    leaflet = sample_leaflet("meeting")
    pack = sample_pack(200, chart_sheets=0, weeks=16)
    build_leaflet(leaflet, io.BytesIO())  # warm caches (font subsetting tables, styles)
    rows = {
        "leaflet_a4": _time(lambda out: build_leaflet(leaflet, out), 20),
        "pack_200_areas": _time(lambda out: build_pack(pack, out), 3),
    }
    try:
        import _rl_accel  # noqa: F401

        accel = True
    except ImportError:
        accel = False
    print(f"{'document':18} {'median':>9} {'min':>9} {'cpu':>9} {'pages':>6} {'KiB':>7}")
    result = {"python": platform.python_version(), "machine": platform.machine(),
              "cpus": os.cpu_count(), "load_avg_1min": os.getloadavg()[0],
              "rl_accel": accel, "results": {}}
    for name, (median, times, cpu, pages, size) in rows.items():
        print(f"{name:18} {median * 1000:7.0f}ms {min(times) * 1000:7.0f}ms "
              f"{cpu * 1000:7.0f}ms {pages:6} {size / 1024:7.0f}")
        result["results"][name] = {"median_ms": round(median * 1000, 1),
                                   "runs_ms": [round(t * 1000, 1) for t in times],
                                   "median_cpu_ms": round(cpu * 1000, 1),
                                   "pages": pages, "bytes": size}
    print(f"rl_accel C extension: {'yes' if accel else 'no'}; "
          f"load average {result['load_avg_1min']:.2f}")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
