"""Benchmarks of the document builders (not tests: nothing here asserts a time).

Owns the reports timing: one A4 leaflet and the English + Arabic leaflet (median of 20 builds),
a briefing pack over 200 areas with a growth chart per area, with Latin area names and with a
third of them in other scripts (median of 3 builds each), all to memory. Prints a small table
and writes
``benchmarks/out/reports.json``. PERFORMANCE.md's target for the pack is 2 s on a 2-core machine.
Run from the project root: ``.venv/bin/python benchmarks/bench_reports.py``.
"""

from __future__ import annotations

import dataclasses
import io
import json
import os
import platform
import statistics
import time
from pathlib import Path

from forum_kit.reports import build_leaflet, build_pack
from forum_kit.reports.fonts import ensure_fonts
from forum_kit.reports.samples import (
    AREAS,
    arabic_body,
    sample_briefing,
    sample_leaflet,
    sample_pack,
)

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
    bilingual = sample_leaflet("meeting", second=arabic_body())
    pack = sample_pack(200, chart_sheets=0, weeks=16)
    scripts = ("مستودع التبريد", "गोदाम रात की पाली", "仓库夜班", "창고 야간조", "கிடங்கு",
               "คลังสินค้า", "מחסן", "গুদাম", "መጋዘን")
    names = tuple(f"{scripts[(i // 3) % len(scripts)]} {i}" if i % 3 == 0
                  else f"{AREAS[i % len(AREAS)]} {i}" for i in range(200))
    mixed = dataclasses.replace(pack, items=(sample_briefing(200, weeks=16, area_names=names),))
    build_leaflet(bilingual, io.BytesIO())  # warm caches (fonts of every script, styles)
    rows = {
        "leaflet_a4": _time(lambda out: build_leaflet(leaflet, out), 20),
        "leaflet_en_ar": _time(lambda out: build_leaflet(bilingual, out), 20),
        "pack_200_areas": _time(lambda out: build_pack(pack, out), 3),
        "pack_200_mixed": _time(lambda out: build_pack(mixed, out), 3),
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
