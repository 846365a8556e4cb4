"""Benchmark of the People list at 100k contacts: first paint, jump to row 99,000, filter by
area, filter by text (FTS5) and sort by assessment level, each the median of 5 runs through the
real ``PeoplePage`` (lazy ``PeopleTableModel`` in a ``QTableView``) on an encrypted vault,
painted on Qt's offscreen platform.

The page opens from the head of its list (the first page of ids and the count); "first paint"
ends once the first screen of rows has really been painted (checked, not assumed), and "whole
list read" is the same start until the page has read every id, just after that paint.

The vault is filled with Core ``executemany`` in one transaction (PERFORMANCE.md: ORM inserts are
10x slower; ``forum_kit.demo.generate`` makes far richer data but takes about a minute per 10k
contacts here). Measured here: the per-row ``contacts_fts`` triggers cost about 1.3 ms a row inside
the vault, so the load drops them, rebuilds the FTS index once and re-creates the triggers from
their stored SQL, all in the same transaction (the schema is unchanged afterwards).
Prints a table and writes ``benchmarks/out/people_list.json``.
Run: ``.venv/bin/python benchmarks/bench_people_list.py [--contacts N]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TODAY = dt.date(2026, 3, 10)
TARGETS_MS = {"first paint": 50, "whole list read": None, "jump to row 99,000": 50,
              "filter by area": 100,
              "filter by text": 100, "sort by level": 100}
FIRST = ["Zoë", "Şêrko", "Ana", "Ŋgozi", "Li", "Ola", "Fatima", "José", "Mia", "Kwame", "Sven",
         "Amara", "Priya", "Tomasz", "Aoife", "Björn", "Chidi", "Dana", "Eitan", "Femi"]
LAST = ["Adeyemi", "Barzani", "Álvarez", "Obi", "Wei", "Nordmann", "Smith", "Kowalski", "Ng",
        "Murphy", "Haddad", "Silva", "Okafor", "Jensen", "Rossi", "Yilmaz", "Khan", "Novak"]
JOBS = ["Picker", "Driver", "Packer", "Loader", "Nurse", "Porter", "Cleaner", "Clerk"]
SHIFTS = ["Early", "Late", "Night", "Day"]
LANGS = ["", "", "", "Polish", "Kurdish", "Spanish", "Yoruba", "Mandarin"]


def build_vault(path: Path, n: int) -> tuple[object, list[int]]:
    """A vault with one workplace, 30 areas in a tree, ``n`` contacts, half of them assessed."""
    import sqlalchemy as sa

    from forum_kit.models import Area, Assessment, Contact, Workplace
    from forum_kit.vault import FAST_KDF, Vault

    vault = Vault.create(path, "benchmark passphrase", kdf=FAST_KDF)
    rng = random.Random(7)
    with vault.unit_of_work() as s:
        s.execute(sa.insert(Workplace), [{"id": 1, "name": "Depot", "created_on": TODAY}])
        areas = [{"id": i, "workplace_id": 1, "parent_id": None, "name": f"Dept {i}",
                  "kind": "department"} for i in range(1, 6)]
        areas += [{"id": 5 + i, "workplace_id": 1, "parent_id": 1 + (i - 1) % 5,
                   "name": f"Line {i}", "kind": "line"} for i in range(1, 26)]
        s.execute(sa.insert(Area), areas)
        leaf = [a["id"] for a in areas if a["kind"] == "line"]
        contacts = [
            {
                "id": i, "workplace_id": 1, "area_id": rng.choice(leaf),
                "first_name": rng.choice(FIRST), "last_name": rng.choice(LAST),
                "job_title": rng.choice(JOBS), "shift": rng.choice(SHIFTS),
                "language": rng.choice(LANGS), "added_on": TODAY - dt.timedelta(days=800),
                "notes": "",
            }
            for i in range(1, n + 1)
        ]
        triggers = s.execute(sa.text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
            "AND name LIKE 'contacts_fts_%'"
        )).all()
        for name, _sql in triggers:
            s.execute(sa.text(f'DROP TRIGGER "{name}"'))
        s.execute(sa.insert(Contact.__table__), contacts)
        s.execute(sa.insert(Assessment.__table__), [
            {"contact_id": i, "level": rng.randint(1, 5),
             "assessed_on": TODAY - dt.timedelta(days=rng.randint(0, 400)), "evidence": ""}
            for i in range(1, n + 1, 2)
        ])
        s.execute(sa.text("INSERT INTO contacts_fts(contacts_fts) VALUES ('rebuild')"))
        for _name, sql in triggers:
            s.execute(sa.text(sql))
    return vault, leaf


def median_ms(fn, setup=None, runs: int = 5) -> tuple[float, list[float]]:
    times = []
    for _ in range(runs):
        if setup is not None:
            setup()
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    args = parser.parse_args()

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from ui.pages.people import PeoplePage
    from ui.session import AppContext, AppDeps
    from ui.settings import SettingsStore

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        vault, leaf = build_vault(Path(tmp) / "bench.forumkit", args.contacts)
        build_s = time.perf_counter() - t
        ctx = AppContext(vault, AppDeps(settings=SettingsStore(Path(tmp) / "s.ini"),
                                        today=lambda: TODAY))
        results: dict[str, dict[str, object]] = {}
        pages: list[PeoplePage] = []

        def paint(page: PeoplePage) -> None:
            page.table.viewport().repaint()
            app.processEvents()

        firsts: list[float] = []
        whole: list[float] = []

        def first_paint() -> None:
            page = PeoplePage()
            page.resize(1280, 800)
            pages.append(page)
            start = time.perf_counter()
            page.attach(ctx)
            page.show()
            paint(page)  # offscreen, the rows are painted in processEvents (once exposed)
            firsts.append((time.perf_counter() - start) * 1000)
            top = page.table.indexAt(page.table.viewport().rect().topLeft())
            assert top.row() == 0 and page.model.cached_row_count() > 0, "no rows painted"
            while not page.model.is_complete():
                app.processEvents()
            whole.append((time.perf_counter() - start) * 1000)

        def close_pages() -> None:
            while pages:
                p = pages.pop()
                p.clear()
                p.close()
                p.deleteLater()
            app.processEvents()

        median_ms(first_paint, setup=close_pages)
        results["first paint"] = {"median_ms": statistics.median(firsts), "runs_ms": firsts}
        results["whole list read"] = {"median_ms": statistics.median(whole), "runs_ms": whole}
        page = pages[-1]
        rows = page.model.rowCount()
        assert rows == args.contacts, rows
        target_row = min(99_000, rows - 1)

        def jump() -> None:
            page.table.scrollTo(page.model.index(target_row, 0))
            paint(page)

        def back_to_top() -> None:
            page.table.scrollToTop()
            paint(page)
            page.model.invalidate_rows()

        m, all_ms = median_ms(jump, setup=back_to_top)
        results["jump to row 99,000"] = {"median_ms": m, "runs_ms": all_ms}

        areas = iter(leaf * 2)

        def filter_area() -> None:
            page.set_area_filter(next(areas))
            paint(page)

        m, all_ms = median_ms(filter_area)
        results["filter by area"] = {"median_ms": m, "runs_ms": all_ms,
                                     "rows": page.model.rowCount()}
        page.set_area_filter(None)
        words = iter(["zoe", "serko", "alvarez", "smith", "picker night"])

        def filter_text() -> None:
            page.search.setText(next(words))
            page.apply_filter()
            paint(page)

        m, all_ms = median_ms(filter_text)
        results["filter by text"] = {"median_ms": m, "runs_ms": all_ms,
                                     "rows": page.model.rowCount()}
        page.search.clear()
        page.apply_filter()
        level_col = page.model.column_index("level")
        orders = iter([Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder] * 3)

        def sort_level() -> None:
            page.table.sortByColumn(level_col, next(orders))
            paint(page)

        m, all_ms = median_ms(sort_level)
        results["sort by level"] = {"median_ms": m, "runs_ms": all_ms,
                                    "rows": page.model.rowCount()}
        close_pages()
        vault.lock()

    print(f"People list benchmark: {args.contacts:,} contacts (vault built in {build_s:.1f} s)")
    print(f"{'measure':<22}{'median ms':>11}{'target ms':>11}  runs")
    for name, r in results.items():
        runs = ", ".join(f"{x:.0f}" for x in r["runs_ms"])  # type: ignore[union-attr]
        target = TARGETS_MS[name] if TARGETS_MS[name] is not None else "-"
        print(f"{name:<22}{r['median_ms']:>11.1f}{target:>11}  {runs}")
    out = ROOT / "benchmarks" / "out"
    out.mkdir(parents=True, exist_ok=True)
    payload = {"contacts": args.contacts, "build_s": build_s, "targets_ms": TARGETS_MS,
               "results": results}
    (out / "people_list.json").write_text(json.dumps(payload, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
