"""What bounds P8 (the 100k-row import): the write under the vault's settings against the same
write with one of them relaxed, in alternating runs of one process, beside the read's parse floor.

P8's XLSX row sits at its 3 s line with the app's memory hardening on (docs/performance.md, "P8:
the floor"). This script makes the figures behind that section reproducible. Each run reads the
chart (``read_table``; the baseline is calamine's or the csv module's parse alone), plans it
(``plan_import``) and writes it (``apply_import``) into a fresh vault, once with the settings
every vault connection gets (``forum_kit.vault.engine.CONNECTION_PRAGMAS``) and once with each
variant below, the variants taking turns so that the machine's drift falls on all of them alike.
The variants are not options for the app: SECURITY.md requires ``foreign_keys = ON`` and
``synchronous = FULL``, and the checkpoint at commit is where a write's pages reach the vault
file; the script only measures what each one costs. Memory hardening is on as the app runs it
(``forum_kit.hardening``, the process restarts itself once), unless ``--memory-hardening off``.

Prints a table (median wall and CPU seconds, and each write's ratio to the vault's settings) and
writes ``benchmarks/out/import-floor.json``. Run:
``.venv/bin/python benchmarks/bench_import_floor.py [--rows N] [--runs N] [--format xlsx|csv]
[--memory-hardening on|off] [--out FILE]``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, os.environ.get("FORUM_KIT_BENCH_ROOT", str(ROOT)))
sys.path.insert(0, str(ROOT / "benchmarks"))

# each variant: the pragmas it changes, after the vault's own (a later PRAGMA wins)
VARIANTS: dict[str, tuple[str, ...]] = {
    "vault settings": (),
    "foreign_keys OFF": ("PRAGMA foreign_keys = OFF",),
    "no checkpoint at commit": ("PRAGMA wal_autocheckpoint = 0",),
    "synchronous NORMAL": ("PRAGMA synchronous = NORMAL",),
    "all three relaxed": ("PRAGMA foreign_keys = OFF", "PRAGMA wal_autocheckpoint = 0",
                          "PRAGMA synchronous = NORMAL"),
}


Timings = dict[str, list[float]]


def _one_import(
    path: Path, source: Path, rows_n: int, walls: Timings, cpus: Timings, write_as: str
) -> dict[str, int]:
    """Read, plan and write ``source`` into a new vault at ``path`` with the connection settings
    in force, timing each stage into ``walls``/``cpus`` (the write as ``write_as``); the
    settings the vault's connection reports after the write."""
    import bench_import as bi

    from forum_kit.exchange.importer import apply_import, plan_import
    from forum_kit.exchange.mapping import guess_mapping
    from forum_kit.exchange.sniff import read_table
    from forum_kit.services.workplaces import add_workplace
    from forum_kit.vault import FAST_KDF, Vault

    vault = Vault.create(path, "bench passphrase", kdf=FAST_KDF)
    try:
        with vault.unit_of_work() as s:
            wp = add_workplace(s, name="Depot", today=bi.TODAY).id
        bi.stage(lambda: bi.baseline_read(source), walls["parse"], cpus["parse"])
        table = bi.stage(lambda: read_table(source), walls["read"], cpus["read"])
        mapping = guess_mapping(table.headers)

        def dry_run():  # noqa: ANN202
            with vault.unit_of_work() as s:
                return plan_import(s, table, workplace_id=wp, mapping=mapping, today=bi.TODAY)

        plan = bi.stage(dry_run, walls["plan"], cpus["plan"])

        def write():  # noqa: ANN202
            with vault.unit_of_work() as s:
                return apply_import(s, plan)

        if bi.stage(write, walls[write_as], cpus[write_as]).added != rows_n:
            raise RuntimeError("the import did not add every row")
        with vault.unit_of_work() as s:
            return {name: s.connection().exec_driver_sql(f"PRAGMA {name}").scalar()
                    for name in ("foreign_keys", "synchronous", "wal_autocheckpoint")}
    finally:
        vault.lock()


def measure(
    rows_n: int, runs: int, kind: str
) -> tuple[dict[str, dict[str, float]], dict[str, dict[str, int]]]:
    """Median wall and CPU seconds of the parse floor, the read, the dry run and each variant's
    write, over ``runs`` rounds in which every variant writes once, in turn; and the settings each
    variant's connection reported after its write (proof that the variant is what ran)."""
    import bench_import as bi

    from forum_kit.vault import engine

    vault_pragmas = engine.CONNECTION_PRAGMAS
    names = ["parse", "read", "plan", *(f"write: {v}" for v in VARIANTS)]
    walls: Timings = {n: [] for n in names}
    cpus: Timings = {n: [] for n in names}
    seen: dict[str, dict[str, int]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / f"chart.{kind}"
        (bi.make_xlsx if kind == "xlsx" else bi.make_csv)(source, rows_n)
        order = list(VARIANTS.items())
        made = 0
        for round_ in range(max(1, runs)):
            # each round starts one variant further on, so that no variant always runs first
            shift = round_ % len(order)
            for variant, extra in order[shift:] + order[:shift]:
                # the read and the dry run do not depend on the variant: kept from the run with
                # the vault's settings, the others' go to scratch lists
                kept = variant == "vault settings"
                into = walls if kept else {n: [] for n in names}
                cpu_into = cpus if kept else {n: [] for n in names}
                into[f"write: {variant}"] = walls[f"write: {variant}"]
                cpu_into[f"write: {variant}"] = cpus[f"write: {variant}"]
                engine.CONNECTION_PRAGMAS = vault_pragmas + extra
                made += 1
                try:
                    seen[variant] = _one_import(folder / f"v{made}.forumkit", source, rows_n,
                                                into, cpu_into, f"write: {variant}")
                finally:
                    engine.CONNECTION_PRAGMAS = vault_pragmas
    med = statistics.median
    return {n: {"wall": med(walls[n]), "cpu": med(cpus[n])} for n in names}, seen


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--format", choices=("xlsx", "csv"), default="xlsx")
    parser.add_argument("--memory-hardening", choices=("on", "off"), default="on")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out" /
                        "import-floor.json")
    args = parser.parse_args()

    from forum_kit import hardening

    if args.memory_hardening == "off":
        os.environ[hardening.SWITCH_ENV] = "0"
    else:
        hardening.reexec_hardened()
    figures, seen = measure(args.rows, args.runs, args.format)
    base = figures["write: vault settings"]["wall"]
    fixed = figures["read"]["wall"] + figures["plan"]["wall"]
    print(f"Import of {args.rows:,} rows ({args.format.upper()}), median of {args.runs} rounds, "
          f"memory hardening {'on' if hardening.memory_hardened() else 'off'}")
    print(f"{'stage':44} {'wall s':>7} {'CPU s':>7}  {'x vault':>7}  {'read+plan+write':>15}")
    for name, figure in figures.items():
        write = name.startswith("write: ")
        ratio = f"{figure['wall'] / base:7.2f}" if write else " " * 7
        total = f"{fixed + figure['wall']:15.2f}" if write else ""
        print(f"{name:44} {figure['wall']:7.2f} {figure['cpu']:7.2f}  {ratio}  {total}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({
        "format": args.format,
        "rows": args.rows,
        "rounds": args.runs,
        "memory_hardened": hardening.memory_hardened(),
        "seconds": {n: round(f["wall"], 3) for n, f in figures.items()},
        "cpu_seconds": {n: round(f["cpu"], 3) for n, f in figures.items()},
        "total_seconds": {v: round(fixed + figures[f"write: {v}"]["wall"], 3) for v in VARIANTS},
        "variants": {v: list(extra) for v, extra in VARIANTS.items()},
        "settings_seen": seen,
    }, indent=2) + "\n", encoding="utf-8")
    print(f"JSON: {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
