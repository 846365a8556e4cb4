"""Makes the benchmark data: the reference vault and its plain-SQLite twin, from a fixed seed.

Owns the command that builds ``benchmarks/out/reference.forumkit`` (50,000 contacts in 200 areas
over 5 workplaces, 22 one-on-one notes per contact on average = 1,018,180 notes, two years of
dated assessments, committee joins, structure tests and 5,000 grievances at every step, all
through ``forum_kit.demo.generate``) and ``benchmarks/out/reference-plain.sqlite`` (the same seed
into unencrypted SQLite through the same migrations, P9's baseline). The parameters of each size
are ``common.SIZES`` (shared with ``run.py``). Prints how long each took and how large it is,
and records both in ``benchmarks/out/generate-<size>.json``.

Run: ``.venv/bin/python benchmarks/generate.py [--size reference|tiny] [--out DIR]
[--no-plain] [--no-vault] [--force]``; the vault and the twin may be built by two processes
at once (``--no-plain`` and ``--no-vault``).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (  # noqa: E402
    OUT,
    SEED,
    SIZES,
    TODAY,
    demo_arguments,
    generate_plain,
    generate_vault,
    load_average,
    plain_path,
    vault_path,
)


def main(argv: list[str] | None = None) -> int:
    """Build the vault (and twin) of the chosen size; exit 1 if it exists and --force is absent."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=sorted(SIZES), default="reference")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--no-plain", action="store_true", help="skip the plain-SQLite twin")
    parser.add_argument("--no-vault", action="store_true", help="skip the encrypted vault")
    parser.add_argument("--force", action="store_true", help="replace existing output")
    args = parser.parse_args(argv)
    size = SIZES[args.size]
    args.out.mkdir(parents=True, exist_ok=True)
    report: dict[str, object] = {"size": size.name, "seed": args.seed,
                                 "parameters": demo_arguments(size, args.seed),
                                 "load_avg_1min_start": load_average()}
    report["parameters"]["today"] = TODAY.isoformat()  # type: ignore[index]
    if not args.no_vault:
        target = vault_path(args.out, size)
        if target.exists():
            if not args.force:
                print(f"{target} exists (use --force to replace it)", file=sys.stderr)
                return 1
            shutil.rmtree(target)
        made = generate_vault(target, size, seed=args.seed)
        report["vault"] = made
        _print("encrypted vault", target, made)
    if not args.no_plain:
        twin = plain_path(args.out, size)
        if twin.exists() and not args.force:
            print(f"{twin} exists (use --force to replace it)", file=sys.stderr)
            return 1
        made = generate_plain(twin, size, seed=args.seed)
        report["plain"] = made
        _print("plain SQLite twin", twin, made)
    report["load_avg_1min_end"] = load_average()
    record = args.out / f"generate-{size.name}.json"
    if args.no_vault or args.no_plain:
        # the vault and the twin may be built by two processes at once: keep the other's part
        previous = json.loads(record.read_text(encoding="utf-8")) if record.exists() else {}
        for part in ("vault", "plain"):
            if part not in report and part in previous:
                report[part] = previous[part]
    record.write_text(
        json.dumps(report, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


def _print(label: str, path: Path, made: dict) -> None:
    counts = made["counts"]
    print(f"{label}: {path}")
    print(f"  generated in {made['seconds']:.1f} s; size {made['bytes'] / 2**20:.1f} MiB")
    print(f"  contacts {counts.get('contacts', 0):,}, notes {counts.get('conversations', 0):,}, "
          f"assessments {counts.get('assessments', 0):,}, "
          f"grievances {counts.get('grievances', 0):,}")


if __name__ == "__main__":
    raise SystemExit(main())
