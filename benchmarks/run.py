"""The performance suite: measures P1-P10 of issue 8, P11 of issue 17 and P12 of issue 18,
prints a table and writes JSON.

Owns the measuring of every target against the reference vault (``generate.py`` makes it) or,
with ``--size tiny``, against a small vault made in a temporary folder in seconds (what the smoke
test runs, so the suite cannot rot). Each figure is the median of ``--repeat`` runs, reported as
wall time next to CPU time (the machine is shared); each comparison with a baseline is measured
in the same run. P1, P2 and P10 run the real app in a subprocess (``--probe-app``, which builds
the window exactly as ``ui.app.main`` does and records when the unlock screen and the populated
main window are first painted; ``app_probe.py``, with P11's bundle). A part that cannot be
measured gets a null figure and a reason; nothing here asserts a time.

Run: ``.venv/bin/python benchmarks/run.py [--size tiny|reference] [--repeat N] [--only P3,P5]
[--out FILE] [--bundle EXE]``; JSON goes to ``benchmarks/out/run.json`` unless ``--out`` says
otherwise. P11 starts the frozen app (``packaging/build linux``) and the venv's ``forum-kit`` in
turns, each to its painted unlock screen.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import platform
import statistics
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from app_probe import DEFAULT_BUNDLE, measure_app, measure_bundle, probe_app  # noqa: E402
from common import (  # noqa: E402
    OUT,
    PASSPHRASE,
    SIZES,
    TODAY,
    Size,
    Timing,
    folder_bytes,
    generate_plain,
    generate_vault,
    load_average,
    ms,
    open_plain,
    plain_path,
    row,
    timed,
    vault_path,
)

TITLES = {
    "P1": "process start to unlock screen visible",
    "P2": "unlock to populated main window, beyond the KDF",
    "P3": "search contacts + notes (FTS5, diacritics folded), per query p95",
    "P4": "people list: first paint / jump to any row / filter",
    "P5": "growth series, all areas x 104 weeks, from history",
    "P6": "briefing pack with a chart per area",
    "P7": "one leaflet",
    "P8": "import a chart with validation (read + dry run + write): CSV, XLSX",
    "P9": "same workload: encrypted vault / plain SQLite",
    "P10": "peak memory, vault open in the app, every page visited",
    "P11": "installed (frozen) app start to unlock screen, beside the venv",
    "P12": "committee copy of a whole workplace and a 500-change report",
}
KEYS = tuple(TITLES)




# -------------------------------------------------------------------------------- in-process

SEARCHES = ("munoz", "Muñoz", "overtime", "heat", "short staffing", "serko", "rota",
            "night shift", "ladder", "zzzqx")
LIKE_COLUMNS = {
    "conversations": ("agitate", "educate", "inoculate", "ask", "answer", "unite", "plan"),
    "contacts": ("first_name", "last_name", "job_title", "shift", "language", "notes"),
}


def measure_search(vault: Any, repeat: int) -> dict[str, Any]:
    """P3: every query of SEARCHES through ``queries.search``; baseline a LIKE scan."""
    import sqlalchemy as sa

    from forum_kit.queries.search import search

    per_query: dict[str, float] = {}
    all_times: list[float] = []
    cpu: list[float] = []
    with vault.unit_of_work() as s:
        for q in SEARCHES:
            t = timed(lambda q=q: search(s, q), max(3, repeat), warm=True)
            per_query[q] = round(ms(t.wall), 2)
            all_times.extend(t.runs)
            cpu.append(t.cpu)
        # diacritics folded: both spellings find the same people
        folded = ([h.id for h in search(s, "munoz").people]
                  == [h.id for h in search(s, "Muñoz").people])
        like_sql = sa.text(
            "SELECT (SELECT count(*) FROM conversations WHERE "
            + " OR ".join(f"{c} LIKE :p" for c in LIKE_COLUMNS["conversations"])
            + ") + (SELECT count(*) FROM contacts WHERE "
            + " OR ".join(f"{c} LIKE :p" for c in LIKE_COLUMNS["contacts"]) + ")")
        like = timed(lambda: s.execute(like_sql, {"p": "%overtime%"}).scalar(),
                     min(3, max(1, repeat)))
        fts_overtime = per_query["overtime"] / 1000
        counts = {
            "contacts": s.execute(sa.text("SELECT count(*) FROM contacts")).scalar(),
            "conversations": s.execute(sa.text("SELECT count(*) FROM conversations")).scalar(),
        }
    ordered = sorted(all_times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"rows": [
        row("p95 over all queries", 10, ms(p95), "ms", cpu=ms(statistics.median(cpu))),
        row("'overtime': FTS5 vs LIKE over 13 columns", None, ms(fts_overtime), "ms",
            baseline=ms(like.wall), baseline_label="LIKE '%overtime%' scan"),
    ], "details": {"per_query_median_ms": per_query, "munoz_equals_Muñoz": folded,
                   "rows": counts}}


def measure_people_list(n: int, repeat: int) -> dict[str, Any]:
    """P4 through the real People page on a vault of ``n`` contacts (bench_people_list's)."""
    import bench_people_list as bpl
    from PySide6.QtWidgets import QApplication

    from ui.pages.people import PeoplePage
    from ui.session import AppContext, AppDeps
    from ui.settings import SettingsStore

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        start = time.perf_counter()
        vault, leaf = bpl.build_vault(tmp / "list.forumkit", n)
        build_s = time.perf_counter() - start
        try:
            ctx = AppContext(vault, AppDeps(settings=SettingsStore(tmp / "s.ini"),
                                            today=lambda: TODAY))
            pages: list[Any] = []

            def paint(page: Any) -> None:
                page.table.viewport().repaint()
                app.processEvents()

            def close_pages() -> None:
                while pages:
                    p = pages.pop()
                    p.clear()
                    p.close()
                    p.deleteLater()
                app.processEvents()

            def first_paint() -> None:
                close_pages()
                page = PeoplePage()
                page.resize(1280, 800)
                pages.append(page)
                start = time.perf_counter(), time.process_time()
                page.attach(ctx)
                page.show()
                paint(page)
                first.append((time.perf_counter() - start[0], time.process_time() - start[1]))
                # A first paint that drew nothing would be fast for the wrong reason.
                top = page.table.indexAt(page.table.viewport().rect().topLeft())
                assert top.row() == 0 and page.model.cached_row_count() > 0, "no rows painted"
                # The rest of the id list is read on the turn after the first paint.
                while not page.model.is_complete():
                    app.processEvents()
                whole.append(time.perf_counter() - start[0])

            first: list[tuple[float, float]] = []
            whole: list[float] = []
            for _ in range(max(1, repeat)):
                first_paint()
            fp_wall = statistics.median(w for w, _ in first)
            fp_cpu = statistics.median(c for _, c in first)
            page = pages[-1]
            rows = page.model.rowCount()
            target = max(0, min(rows - 1, int(rows * 0.99)))
            jumps: list[float] = []
            for _ in range(max(1, repeat)):
                page.table.scrollToTop()
                paint(page)
                page.model.invalidate_rows()
                start_j = time.perf_counter()
                page.table.scrollTo(page.model.index(target, 0))
                paint(page)
                jumps.append(time.perf_counter() - start_j)
            areas = iter(leaf * (repeat + 2))

            def filter_area() -> None:
                page.set_area_filter(next(areas))
                paint(page)

            by_area = timed(filter_area, repeat)
            page.set_area_filter(None)
            words = iter(["zoe", "serko", "alvarez", "smith", "picker night"] * (repeat + 1))

            def filter_text() -> None:
                page.search.setText(next(words))
                page.apply_filter()
                paint(page)

            by_text = timed(filter_text, repeat)
            page.search.clear()
            page.apply_filter()
            close_pages()
        finally:
            vault.lock()
    return {"rows": [
        row(f"first paint ({rows:,} rows)", 50, ms(fp_wall), "ms", cpu=ms(fp_cpu)),
        row("whole list read (after first paint)", None, ms(statistics.median(whole)), "ms"),
        row(f"jump to row {target:,}", 50, ms(statistics.median(jumps)), "ms"),
        row("filter by area", 100, ms(by_area.wall), "ms", cpu=ms(by_area.cpu)),
        row("filter by text (FTS5)", 100, ms(by_text.wall), "ms", cpu=ms(by_text.cpu)),
    ], "details": {"list_vault_build_s": round(build_s, 1), "rows": rows}}


def _all_area_ids(session: Any) -> list[int]:
    import sqlalchemy as sa

    from forum_kit.models import Area

    return list(session.execute(sa.select(Area.id).order_by(Area.id)).scalars())


def measure_growth(vault: Any, repeat: int) -> dict[str, Any]:
    """P5: ``growth_series`` for every area x 104 weeks (read from the growth cache); baseline
    ``area_figures_live`` per point, the SQL reference definition computed from the history, so
    the ratio means "cache vs computing from history"."""
    from forum_kit.growth import area_figures_live, growth_series, rebuild_growth_cache

    start = TODAY - dt.timedelta(weeks=103)
    # the one-off cost the cache moves out of the series: filling it for every area from history
    # (what the first growth read pays after generation, an upgrade or a big import)
    with vault.unit_of_work() as s:
        fill = timed(lambda: rebuild_growth_cache(s), 1)
    with vault.unit_of_work() as s:
        areas = _all_area_ids(s)
        t = timed(lambda: growth_series(s, area_ids=areas, start=start, end=TODAY), repeat)
        points = len(next(iter(t.result.values()))) if t.result else 0
        # from history: one area_figures_live per area and week; 1 area x 8 weeks timed, scaled
        weeks = [start + dt.timedelta(weeks=w) for w in range(0, 104, 13)]
        naive = timed(lambda: [area_figures_live(s, area_id=areas[0], as_of=d) for d in weeks],
                      1)
        naive_all = naive.wall * len(areas) * points / len(weeks)
    return {"rows": [row(f"{len(areas)} areas x {points} weeks", 0.3, t.wall, "s", cpu=t.cpu,
                         baseline=naive_all,
                         baseline_label="area_figures_live per area and week (8 timed, scaled)"),
                     row("  one-off: fill the cache for every area", None, fill.wall, "s",
                         cpu=fill.cpu)],
            "details": {"areas": len(areas), "points": points,
                        "runs_s": [round(x, 3) for x in t.runs]}}


def measure_pack(vault: Any, repeat: int, areas_wanted: int) -> dict[str, Any]:
    """P6: the forum briefing over every area, figures and charts from the vault, as a pack.

    The same pack is built twice in the run: with Latin names only (areas, delegate and
    alternates) and with a third of them in scripts that need shaping, right-to-left order or a
    CJK face; the second is measured against the first.
    """
    import io

    from forum_kit.queries.documents import briefing_data, council_meetings, forums
    from forum_kit.reports import build_pack
    from forum_kit.reports.data import PackSpec
    from forum_kit.reports.fonts import ensure_fonts

    ensure_fonts()
    with vault.unit_of_work() as s:
        forum = forums(s)[0]
        meeting = council_meetings(s, forum_id=forum.id)[0]
        areas = _all_area_ids(s)[:areas_wanted]
        data = timed(lambda: briefing_data(s, forum_id=forum.id, council_meeting_id=meeting.id,
                                           as_of=TODAY, area_ids=areas), repeat)
    info: list[Any] = []

    def build(briefing: Any) -> int:
        spec = PackSpec(title="Benchmark pack", subtitle="", prepared_for="the delegate",
                        date=TODAY, items=(briefing,))
        buffer = io.BytesIO()
        info.append(build_pack(spec, buffer))
        return len(buffer.getvalue())

    latin = _named(data.result, every=0)
    mixed = _named(data.result, every=3)
    render = timed(lambda: build(latin), repeat)
    pages_latin = getattr(info[-1], "pages", None)
    render_mixed = timed(lambda: build(mixed), repeat)
    total = data.wall + render.wall
    total_mixed = data.wall + render_mixed.wall
    return {"rows": [
        row(f"{len(areas)} areas: data + PDF", 2.0, total, "s", cpu=data.cpu + render.cpu),
        row("  of which PDF (ReportLab)", None, render.wall, "s", cpu=render.cpu),
        row("  a third in complex scripts: data + PDF", 2.0, total_mixed, "s",
            cpu=data.cpu + render_mixed.cpu, baseline=total, overhead=True,
            baseline_label="the same pack, Latin names only"),
    ], "details": {"areas": len(areas), "pages": pages_latin,
                   "pages_complex": getattr(info[-1], "pages", None),
                   "bytes": render.result, "bytes_complex": render_mixed.result,
                   "data_s": round(data.wall, 3),
                   "complex_names": sum(1 for a in mixed.areas if not a.area_name.isascii())}}


# Area and officer names for P6's second pack: Arabic, Devanagari, Chinese, Korean, Tamil, Thai,
# Hebrew, Bengali, Amharic (as a workforce's own would name its areas and elect its delegates).
_SCRIPT_AREAS = ("مستودع التبريد", "गोदाम रात की पाली", "仓库夜班", "창고 야간조", "கிடங்கு",
                 "คลังสินค้า", "מחסן", "গুদাম", "መጋዘን")
_SCRIPT_OFFICERS = ("محمد الحسيني", "प्रिया शर्मा", "김민준")


def _named(briefing: Any, *, every: int) -> Any:
    """``briefing`` with Latin names only (every=0), or one area name in ``every`` and the
    delegate and alternates in other scripts."""
    import dataclasses

    def name(i: int, old: str) -> str:
        if every and i % every == 0:
            return f"{_SCRIPT_AREAS[(i // every) % len(_SCRIPT_AREAS)]} {i}"
        return old if old.isascii() else f"Area {i}"

    areas = tuple(dataclasses.replace(a, area_name=name(i, a.area_name))
                  for i, a in enumerate(briefing.areas))
    growth = tuple(dataclasses.replace(g, area_name=name(i, g.area_name))
                   for i, g in enumerate(briefing.growth))
    if every:
        delegate, alternates = _SCRIPT_OFFICERS[0], _SCRIPT_OFFICERS[1:]
    else:
        delegate, alternates = "Ama Boateng", ("Piotr Zielinski", "Zoe Nunez")
    return dataclasses.replace(briefing, areas=areas, growth=growth, delegate=delegate,
                               alternates=alternates)


def measure_leaflet(repeat: int) -> dict[str, Any]:
    """P7: one leaflet; baseline a bare one-page ReportLab document in the same font."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from forum_kit.reports import build_leaflet
    from forum_kit.reports.fonts import ensure_fonts
    from forum_kit.reports.samples import sample_leaflet
    from forum_kit.reports.styles import paragraph_styles

    ensure_fonts()
    spec = sample_leaflet("meeting")
    n = max(5, repeat * 5)
    ours = timed(lambda: build_leaflet(spec, io.BytesIO()), n, warm=True)
    font = paragraph_styles()["body"].fontName if "body" in paragraph_styles() else "Helvetica"
    style = ParagraphStyle("b", fontName=font, fontSize=11)

    def floor() -> None:
        doc = SimpleDocTemplate(io.BytesIO(), pagesize=A4)
        doc.build([Paragraph("Meeting: Thursday 18:00, the canteen. " * 20, style)])

    base = timed(floor, n, warm=True)
    return {"rows": [row("A4 leaflet (sample 'meeting')", 50, ms(ours.wall), "ms",
                         cpu=ms(ours.cpu), baseline=ms(base.wall),
                         baseline_label=f"bare 1-page ReportLab doc ({font})",
                         overhead=True)]}


def measure_import(rows_n: int, repeat: int) -> dict[str, Any]:
    """P8: read + dry run + write of bench_import's generated chart, as a CSV and as the same
    chart in an XLSX workbook, each into a fresh vault; baselines: the csv module's and
    calamine's parse of the file alone."""
    import bench_import as bi

    rows = []
    details: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        for kind, make, floor in (("CSV", bi.make_csv, "csv module parse only"),
                                  ("XLSX", bi.make_xlsx, "calamine parse only")):
            source = tmp / f"chart.{kind.lower()}"
            make(source, rows_n)
            med, cpu = _import_runs(source, tmp / kind, rows_n, repeat)
            total = med["read"] + med["plan"] + med["apply"]
            rows.append(row(f"{kind}, {rows_n:,} rows: read + plan + apply", 3.0, total, "s",
                            cpu=cpu, baseline=med["parse"], baseline_label=floor,
                            overhead=True))
            details[f"stages_s_{kind.lower()}"] = {k: round(v, 3) for k, v in med.items()}
    details["libreoffice_csv_to_xlsx_s"] = "8.0-8.3 (PERFORMANCE.md, not re-measured)"
    return {"rows": rows, "details": details}


def _import_runs(
    source: Path, folder: Path, rows_n: int, repeat: int
) -> tuple[dict[str, float], float]:
    """Median seconds of each stage (parse floor, read, plan, apply) and median CPU seconds."""
    import bench_import as bi

    from forum_kit.exchange.importer import apply_import, plan_import
    from forum_kit.exchange.mapping import guess_mapping
    from forum_kit.exchange.sniff import read_table
    from forum_kit.services.workplaces import add_workplace
    from forum_kit.vault import FAST_KDF, Vault

    folder.mkdir()
    stages: dict[str, list[float]] = {"parse": [], "read": [], "plan": [], "apply": []}
    cpu: list[float] = []
    for i in range(max(1, repeat)):
        vault = Vault.create(folder / f"v{i}.forumkit", PASSPHRASE, kdf=FAST_KDF)
        try:
            with vault.unit_of_work() as s:
                wp = add_workplace(s, name="Depot", today=TODAY).id
            t0 = time.perf_counter()
            bi.baseline_read(source)
            t1 = time.perf_counter()
            c0 = time.process_time()
            table = read_table(source)
            mapping = guess_mapping(table.headers)
            t2 = time.perf_counter()
            with vault.unit_of_work() as s:
                plan = plan_import(s, table, workplace_id=wp, mapping=mapping, today=TODAY)
            t3 = time.perf_counter()
            with vault.unit_of_work() as s:
                result = apply_import(s, plan)
            t4 = time.perf_counter()
            cpu.append(time.process_time() - c0)
            if result.added != rows_n:
                raise RuntimeError("the import did not add every row")
        finally:
            vault.lock()
            # each run starts as the first did: the last run's table and plan (a few hundred MB
            # of objects at 100k rows) are not kept alive while the next is read and planned
            table = plan = result = None
        for key, value in zip(stages, (t1 - t0, t2 - t1, t3 - t2, t4 - t3), strict=True):
            stages[key].append(value)
    return {k: statistics.median(v) for k, v in stages.items()}, statistics.median(cpu)


def _workload(session: Any, areas: list[int]) -> int:
    """A mix of what the screens do: people list ids, area trees, searches, a growth series."""
    import sqlalchemy as sa

    from forum_kit.growth import growth_series
    from forum_kit.queries.areas import area_tree, workplaces
    from forum_kit.queries.people import PeopleFilter, people_ids
    from forum_kit.queries.search import search

    n = 0
    for wp in workplaces(session):
        n += len(area_tree(session, wp.id))
        n += len(people_ids(session, PeopleFilter(workplace_id=wp.id), today=TODAY))
    n += len(people_ids(session, PeopleFilter(), sort="level", today=TODAY))
    for q in SEARCHES[:5]:
        n += len(search(session, q).conversations)
    series = growth_series(session, area_ids=areas[:20], start=TODAY - dt.timedelta(weeks=51),
                           end=TODAY)
    n += len(series)
    n += session.execute(sa.text(
        "SELECT count(*) FROM conversations WHERE held_on >= :d"), {"d": TODAY.replace(day=1)}
    ).scalar()
    return n


def measure_cipher(vault: Any, plain: Path, repeat: int) -> dict[str, Any]:
    """P9: the same workload on the encrypted vault and on the plain twin; cold and warm."""
    from sqlalchemy.orm import Session

    from forum_kit.growth import refresh_growth_cache

    engine = open_plain(plain)

    @contextlib.contextmanager
    def plain_unit() -> Any:
        # commits like the vault's unit of work, so a growth-cache refresh is kept on both
        with Session(engine) as session:
            yield session
            session.commit()

    try:
        with vault.unit_of_work() as s:
            areas = _all_area_ids(s)
        # both caches filled first: "cold" is then a cold page cache, not a cache fill
        for make in (vault.unit_of_work, plain_unit):
            with make() as s:
                refresh_growth_cache(s)
        units = {"encrypted": vault.unit_of_work, "plain": plain_unit}

        def once(name: str) -> int:
            with units[name]() as s:
                return _workload(s, areas)

        # cold: each side's first run; warm: the two sides in turns, so a change in the
        # machine's pace during the runs falls on both (run one after the other, the same code
        # read 0.87x-1.52x within twenty minutes)
        cold = {name: timed(lambda name=name: once(name), 1) for name in units}
        pairs = max(5, repeat)
        warm_runs: dict[str, list[Any]] = {name: [] for name in units}
        for _ in range(pairs):
            for name in units:
                warm_runs[name].append(timed(lambda name=name: once(name), 1))
        warm = {name: Timing(statistics.median(t.wall for t in runs),
                             statistics.median(t.cpu for t in runs),
                             tuple(t.wall for t in runs), runs[-1].result)
                for name, runs in warm_runs.items()}
        paired = [e.wall / p.wall for e, p in zip(warm_runs["encrypted"], warm_runs["plain"],
                                                     strict=True)]
        results = {name: (cold[name], warm[name]) for name in units}
    finally:
        engine.dispose()
    enc_cold, enc_warm = results["encrypted"]
    pl_cold, pl_warm = results["plain"]
    if enc_warm.result != pl_warm.result:
        raise RuntimeError("the encrypted vault and the plain twin hold different data")
    return {"rows": [
        row("warm: encrypted / plain", 1.3, enc_warm.wall / pl_warm.wall, "x",
            cpu=enc_warm.cpu / pl_warm.cpu),
        row("cold (first run): encrypted / plain", None, enc_cold.wall / pl_cold.wall, "x"),
    ], "details": {"warm_pairs": pairs,
                   "paired_ratios": [round(r, 3) for r in paired],
                   "encrypted_warm_s": round(enc_warm.wall, 3),
                   "plain_warm_s": round(pl_warm.wall, 3),
                   "encrypted_cold_s": round(enc_cold.wall, 3),
                   "plain_cold_s": round(pl_cold.wall, 3)}}


def measure_committee(size: Size, repeat: int, data: Path | None) -> dict[str, Any]:
    """P12 (issue 18): see ``bench_committee``."""
    from bench_committee import measure

    return measure(size, repeat, data, row)


# ---------------------------------------------------------------------------------- driving

def prepare(size: Size, data: Path | None, tmp: Path) -> tuple[Path, Path, dict[str, Any]]:
    """The vault and the plain twin: generated into ``tmp`` for tiny, else read from ``data``."""
    info: dict[str, Any] = {}
    folder = data if data is not None else (OUT if size.name == "reference" else tmp)
    folder.mkdir(parents=True, exist_ok=True)
    v, p = vault_path(folder, size), plain_path(folder, size)
    if not v.exists():
        if size.name == "reference" and data is None:
            raise SystemExit(f"{v} is missing: run benchmarks/generate.py first")
        info["vault"] = generate_vault(v, size)
    if not p.exists():
        info["plain"] = generate_plain(p, size)
    info["vault_bytes"] = folder_bytes(v)
    info["plain_bytes"] = folder_bytes(p)
    return v, p, info


def run(size: Size, repeat: int, only: set[str], data: Path | None,
        bundle: Path | None = None) -> dict[str, Any]:
    """Measure every selected P; a failing part is recorded with its reason, never fatal.

    P11 needs a built Linux bundle (``--bundle``, else ``dist/linux``'s from
    ``packaging/build linux``); without one it is skipped with that reason.
    """
    from forum_kit.vault import Vault

    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp_name:
        # P4, P7, P8 and P12 make their own data: the reference vault is not needed for them
        own_data = {"P4", "P7", "P8", "P12"}
        v_path, p_path, info = prepare(size, data, Path(tmp_name)) if only - own_data \
            else (None, None, {})
        vault = Vault.open(v_path, PASSPHRASE) if v_path is not None else None

        def attempt(keys: tuple[str, ...], fn: Callable[[], Any]) -> None:
            if not only.intersection(keys):
                return
            start = time.perf_counter()
            try:
                got = fn()
                got = got if len(keys) > 1 else {keys[0]: got}
                for key in keys:
                    results[key] = got[key]
            except Exception as error:  # noqa: BLE001 - one broken part must not hide the rest
                reason = f"{type(error).__name__}: {error}"
                print(f"{'/'.join(keys)} could not be measured: {reason}", file=sys.stderr)
                traceback.print_exc()
                for key in keys:
                    results[key] = {"rows": [row(TITLES[key], None, None, "")],
                                    "error": reason[:500]}
            for key in keys:
                results[key]["seconds_to_measure"] = round(time.perf_counter() - start, 1)

        if vault is not None:
            try:
                attempt(("P3",), lambda: measure_search(vault, repeat))
                attempt(("P5",), lambda: measure_growth(vault, repeat))
                attempt(("P6",), lambda: measure_pack(vault, repeat, 200))
                attempt(("P9",), lambda: measure_cipher(vault, p_path, repeat))
            finally:
                vault.lock()
        attempt(("P1", "P2", "P10"), lambda: measure_app(v_path, repeat))
        attempt(("P7",), lambda: measure_leaflet(repeat))
        attempt(("P4",), lambda: measure_people_list(size.list_rows, repeat))
        attempt(("P8",), lambda: measure_import(size.import_rows, repeat))
        bundle = bundle or (DEFAULT_BUNDLE if DEFAULT_BUNDLE.exists() else None)
        if bundle is not None:
            attempt(("P11",), lambda: measure_bundle(v_path, repeat, bundle))
        elif "P11" in only:
            results["P11"] = {"rows": [row(TITLES["P11"], None, None, "")],
                              "skipped": "no bundle: run packaging/build linux, or pass --bundle"}
        attempt(("P12",), lambda: measure_committee(size, repeat, data))
    for key in KEYS:
        if key not in results:
            results[key] = {"rows": [row(TITLES[key], None, None, "")],
                            "skipped": "not selected with --only"}
        results[key]["title"] = TITLES[key]
    return {"size": size.name, "repeat": repeat, "when": dt.datetime.now().isoformat(
        timespec="seconds"), "python": platform.python_version(), "cpus": os.cpu_count(),
        "load_avg_1min": load_average(), "data": info,
        "results": {k: results[k] for k in KEYS}}


def _fmt(value: float, unit: str) -> str:
    if unit == "s" or unit == "x":
        return f"{value:.2f}{unit}"
    return f"{value:,.1f}{unit}"


def print_table(doc: dict[str, Any]) -> None:
    """The table: target, measured (and CPU), baseline, ratio, pass/fail."""
    print(f"Forum Kit benchmarks, size {doc['size']}, median of {doc['repeat']}, "
          f"load average {doc['load_avg_1min']:.2f}")
    head = f"{'':4}{'measure':46}{'target':>10}{'measured':>11}{'cpu':>9}{'baseline':>11}" \
           f"{'ratio':>8}  result"
    print(head)
    print("-" * len(head))
    for key, entry in doc["results"].items():
        print(f"{key:4}{entry['title']}")
        for r in entry["rows"]:
            unit = r["unit"]

            def fmt(x: float | None, unit: str = unit) -> str:
                return "-" if x is None else _fmt(x, unit)

            verdict = {True: "pass", False: "FAIL", None: ""}[r["pass"]]
            if "error" in entry:
                verdict = "not measured"
            elif "skipped" in entry:
                verdict = "skipped"
            ratio = "-" if r["ratio"] is None else f"{r['ratio']:.1f}x"
            print(f"{'':6}{r['label'][:44]:44}{fmt(r['target']):>10}{fmt(r['measured']):>11}"
                  f"{fmt(r['cpu']):>9}{fmt(r['baseline']):>11}{ratio:>8}  {verdict}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=sorted(SIZES), default="reference")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--only", default=",".join(KEYS),
                        help="comma-separated keys, e.g. P3,P5")
    parser.add_argument("--out", type=Path, default=OUT / "run.json")
    parser.add_argument("--data", type=Path, default=None,
                        help="folder holding the vault and twin (generated there if missing)")
    parser.add_argument("--bundle", type=Path, default=None,
                        help="P11: the frozen app's executable (default: dist/linux's, if built)")
    parser.add_argument("--probe-app", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--probe-out", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--spawned-at", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--no-pages", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--memory-hardening", choices=("on", "off"), default="on",
                        help="run as the app does, with freed memory overwritten "
                        "(forum_kit.hardening; the default), or without, to measure its cost")
    parser.add_argument("--cipher-memory-security", choices=("ON", "OFF"), default=None,
                        help="SQLCipher's cipher_memory_security for this run (default: the "
                        "engine's setting), to measure what it costs")
    args = parser.parse_args(argv)
    _memory_settings(args.memory_hardening, args.cipher_memory_security)
    if args.probe_app is not None:
        return probe_app(args.probe_app, args.spawned_at or time.time(), args.probe_out,
                         not args.no_pages)
    only = {k.strip().upper() for k in args.only.split(",") if k.strip()}
    unknown = only - set(KEYS)
    if unknown:
        parser.error(f"unknown keys: {', '.join(sorted(unknown))}")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    doc = run(SIZES[args.size], max(1, args.repeat), only, args.data, args.bundle)
    doc["memory"] = _memory_report()
    print_table(doc)
    print(f"memory settings: {doc['memory']}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"JSON: {args.out}")
    return 0


def _memory_settings(allocator: str, cipher: str | None) -> None:
    """Apply the memory settings of this run, to this process and the app probes it starts: the
    app's allocator hardening (a restart with its variables, as ``forum-kit`` does) and
    SQLCipher's cipher_memory_security (process-wide once ON)."""
    if cipher is not None:
        os.environ[_CIPHER_ENV] = cipher
    if os.environ.get(_CIPHER_ENV):
        from forum_kit.vault import engine

        engine.CIPHER_MEMORY_SECURITY = os.environ[_CIPHER_ENV]
    from forum_kit import hardening

    if allocator == "off":
        os.environ[hardening.SWITCH_ENV] = "0"
    else:
        hardening.reexec_hardened()


def _memory_report() -> dict[str, Any]:
    from forum_kit import hardening
    from forum_kit.vault import engine

    return {"hardened": hardening.memory_hardened(),
            "cipher_memory_security": engine.CIPHER_MEMORY_SECURITY,
            "allocator_variables": {k: os.environ.get(k) for k in
                                    ("PYTHONMALLOC", "MALLOC_PERTURB_", "GLIBC_TUNABLES")}}


_CIPHER_ENV = "FORUM_KIT_BENCH_CIPHER_MEMORY_SECURITY"


if __name__ == "__main__":
    raise SystemExit(main())
