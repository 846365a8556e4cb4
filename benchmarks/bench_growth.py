"""P5 with dated membership against another checkout's code, in the same run: the growth series of
every area x 104 weeks (``growth_series``, read from the growth cache) and the one-off fill of the
cache from history (``rebuild_growth_cache``), for this checkout on one vault and for the
checkout in ``--against`` (e.g. main's code, exported with ``git archive``) on another.

Each measurement runs in a child process (two versions of ``forum_kit`` cannot share one
interpreter); the children alternate A, B, A, B... so both see the same minutes of a shared
machine, and the table gives the median wall and CPU time of each with their ratio. Nothing is
asserted. Run:
``.venv/bin/python benchmarks/bench_growth.py --vault V --against DIR --against-vault V2
[--rounds 3] [--repeat 3]`` (vaults made by ``generate.py --no-plain --out ...``; each is
opened with the code it was made by, since a newer schema cannot be read by older code).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def child(vault_path: str, repeat: int, fill: bool) -> dict[str, object]:
    """In a child process: open the vault, optionally time a whole cache fill, warm the cache,
    then time the series ``repeat`` times; medians of wall and CPU seconds."""
    import datetime as dt

    import sqlalchemy as sa

    import forum_kit
    from forum_kit.growth import growth_series, rebuild_growth_cache, refresh_growth_cache
    from forum_kit.models import Area
    from forum_kit.vault import Vault

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from common import PASSPHRASE, TODAY  # after forum_kit: common puts this checkout on the path

    vault = Vault.open(Path(vault_path), PASSPHRASE)
    out: dict[str, object] = {"code": str(Path(forum_kit.__file__).parents[1])}
    try:
        with vault.unit_of_work() as s:
            if fill:
                w, c = time.perf_counter(), time.process_time()
                rebuild_growth_cache(s)
                out["fill_wall"], out["fill_cpu"] = (
                    time.perf_counter() - w,
                    time.process_time() - c,
                )
            else:
                refresh_growth_cache(s)
        with vault.unit_of_work() as s:
            areas = list(s.execute(sa.select(Area.id).order_by(Area.id)).scalars())
            start = TODAY - dt.timedelta(weeks=103)
            growth_series(s, area_ids=areas, start=start, end=TODAY)  # warm the page cache
            walls, cpus = [], []
            for _ in range(repeat):
                w, c = time.perf_counter(), time.process_time()
                series = growth_series(s, area_ids=areas, start=start, end=TODAY)
                walls.append(time.perf_counter() - w)
                cpus.append(time.process_time() - c)
            out["series_wall"] = statistics.median(walls)
            out["series_cpu"] = statistics.median(cpus)
            out["areas"] = len(areas)
            out["points"] = len(next(iter(series.values())))
            out["placements"] = (
                s.execute(
                    sa.text("SELECT count(*) FROM sqlite_master WHERE name = 'placements'")
                ).scalar()
                and s.execute(sa.text("SELECT count(*) FROM placements")).scalar()
            )
    finally:
        vault.lock()
    return out


def run_child(root: Path, vault: Path, repeat: int, fill: bool) -> dict[str, object]:
    env = dict(os.environ, PYTHONPATH=str(root), PYTHONDONTWRITEBYTECODE="1")
    args = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--child",
        str(vault),
        "--repeat",
        str(repeat),
    ] + (["--fill"] if fill else [])
    done = subprocess.run(args, env=env, capture_output=True, text=True, check=True, cwd=str(root))
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--child", metavar="VAULT")
    parser.add_argument("--vault", type=Path)
    parser.add_argument("--against", type=Path, help="the other checkout (its root folder)")
    parser.add_argument("--against-vault", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--fill", action="store_true", help="also time a whole cache fill")
    args = parser.parse_args(argv)
    if args.child:
        # a child imports forum_kit from the checkout on PYTHONPATH, never from this one's
        sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT]
        sys.path.insert(0, os.environ["PYTHONPATH"])
        print(json.dumps(child(args.child, args.repeat, args.fill)))
        return 0
    results: dict[str, list[dict[str, object]]] = {"this": [], "against": []}
    for _round in range(args.rounds):
        results["this"].append(run_child(ROOT, args.vault, args.repeat, args.fill))
        results["against"].append(
            run_child(args.against, args.against_vault, args.repeat, args.fill)
        )
    keys = ["series_wall", "series_cpu"] + (["fill_wall", "fill_cpu"] if args.fill else [])
    print(f"{'':14}{'this':>10}{'against':>10}{'ratio':>8}   (median of {args.rounds} rounds)")
    summary = {}
    for key in keys:
        a = statistics.median(r[key] for r in results["this"])
        b = statistics.median(r[key] for r in results["against"])
        summary[key] = {"this": a, "against": b, "ratio": a / b if b else None}
        print(f"{key:14}{a:10.3f}{b:10.3f}{a / b if b else float('nan'):8.2f}")
    first = results["this"][0]
    print(
        f"areas {first['areas']}, points {first['points']}, placements in this vault "
        f"{first['placements']}, in the other {results['against'][0]['placements']}"
    )
    print(f"code: {first['code']} against {results['against'][0]['code']}")
    out = ROOT / "benchmarks" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "growth-against.json").write_text(
        json.dumps({"summary": summary, "runs": results}, indent=2)
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
