"""Benchmark of importing a 100k-row chart (CSV) into an encrypted vault, against the baseline of
parsing the same file with the ``csv`` module only.

Stages, each the median of 3 runs: ``csv`` module only (baseline), ``read_table`` (encoding,
delimiter and header detection plus parsing), ``plan_import`` (the dry run: validation, dates,
matching) and ``apply_import`` (the all-or-nothing write, into a fresh vault each run). The file
has the columns of a real chart (name, area, shift, job, FT/PT, phone, email, assessment, last
contact, card date) and is generated into a temporary folder. Prints a table and writes
``benchmarks/out/import.json``. Run: ``.venv/bin/python benchmarks/bench_import.py [--rows N]``.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TODAY = dt.date(2026, 3, 10)
TARGET_S = 3.0
FIRST = ["Zoë", "Şêrko", "Ana", "Ŋgozi", "Li", "Ola", "Fatima", "José", "Mia", "Kwame", "Sven"]
LAST = ["Adeyemi", "Barzani", "Álvarez", "Obi", "Wei", "Nordmann", "Smith", "Kowalski", "Ng"]


def make_csv(path: Path, rows: int) -> None:
    rng = random.Random(11)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["First Name", "Last Name", "Department", "Shift", "Job Title", "FT/PT",
                     "Personal Cell", "Personal Email", "Rating", "Last Contact", "Card Date"])
    for i in range(rows):
        contact = TODAY - dt.timedelta(days=rng.randint(1, 400))
        writer.writerow([
            rng.choice(FIRST), f"{rng.choice(LAST)}{i}", f"Dept {i % 40}",
            rng.choice(["Early", "Late", "Night"]), rng.choice(["Picker", "Driver", "Packer"]),
            rng.choice(["FT", "PT"]), f"555-{i // 10000:03d}-{i % 10000:04d}",
            f"p{i}@example.org" if i % 3 else "", rng.choice(["1", "2", "3", "4", "5", ""]),
            contact.strftime("%d/%m/%Y") if i % 2 else "",
            contact.isoformat() if i % 5 == 0 else "",
        ])
    path.write_text(out.getvalue(), encoding="utf-8")


def timed(fn, runs: int = 3) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    from forum_kit.exchange.importer import apply_import, plan_import
    from forum_kit.exchange.mapping import guess_mapping
    from forum_kit.exchange.sniff import read_table
    from forum_kit.services.workplaces import add_workplace
    from forum_kit.vault import FAST_KDF, Vault

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "chart.csv"
        make_csv(source, args.rows)

        def baseline() -> int:
            with open(source, encoding="utf-8", newline="") as fh:
                return sum(1 for _ in csv.reader(fh))

        base_s, _ = timed(baseline, args.runs)
        read_s, table = timed(lambda: read_table(source), args.runs)
        mapping = guess_mapping(table.headers)

        vaults = []

        def fresh_vault() -> tuple[object, int]:
            vault = Vault.create(folder / f"v{len(vaults)}.forumkit", "bench passphrase",
                                 kdf=FAST_KDF)
            vaults.append(vault)
            with vault.unit_of_work() as s:
                wp = add_workplace(s, name="Depot", today=TODAY).id
            return vault, wp

        vault, wp = fresh_vault()

        def plan() -> object:
            with vault.unit_of_work() as s:
                return plan_import(s, table, workplace_id=wp, mapping=mapping, today=TODAY)

        plan_s, the_plan = timed(plan, args.runs)
        apply_times = []
        for _ in range(args.runs):
            v, w = fresh_vault()
            with v.unit_of_work() as s:
                p = plan_import(s, table, workplace_id=w, mapping=mapping, today=TODAY)
            t = time.perf_counter()
            with v.unit_of_work() as s:
                result = apply_import(s, p)
            apply_times.append(time.perf_counter() - t)
            assert result.added == args.rows, result
        apply_s = statistics.median(apply_times)
        for v in vaults:
            v.lock()

    total = read_s + plan_s + apply_s
    rows = [
        ("csv module only (baseline)", base_s),
        ("read_table (detect + parse)", read_s),
        ("plan_import (dry run)", plan_s),
        ("apply_import (write, one transaction)", apply_s),
        ("total: read + plan + apply", total),
    ]
    print(f"Import of {args.rows:,} rows, median of {args.runs} runs")
    print(f"{'stage':40} {'seconds':>8}  {'x baseline':>10}")
    for name, seconds in rows:
        print(f"{name:40} {seconds:8.2f}  {seconds / base_s:10.1f}")
    verdict = "meets" if total < TARGET_S else "MISSES"
    print(f"Target: under {TARGET_S:.0f} s for read + plan + apply: {verdict} it.")
    out = ROOT / "benchmarks" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "import.json").write_text(json.dumps({
        "rows": args.rows,
        "runs": args.runs,
        "seconds": {name: round(seconds, 3) for name, seconds in rows},
        "ratio_to_csv_baseline": round(total / base_s, 1),
        "target_seconds": TARGET_S,
        "meets_target": total < TARGET_S,
        "rejected": the_plan.rejected,  # type: ignore[attr-defined]
    }, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
