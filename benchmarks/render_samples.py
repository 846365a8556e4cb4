"""Render every document template from invented sample data to small PNGs in docs/documents/.

Owns the visual check of the reports package: each PDF is built into a temporary folder and
rasterised with poppler's ``pdftoppm -png`` (60 dpi, 80 for the pages whose scripts need a closer
look: the bilingual leaflets, the chart sheet of every script and the briefing); only the PNGs are
kept. Run from the project
root: ``.venv/bin/python benchmarks/render_samples.py``. In another language (issue 16),
``.venv/bin/python benchmarks/render_samples.py --language fr briefing`` renders only the named
documents with their own words in that language, as ``briefing-fr-1.png`` and so on, and leaves
the English pictures alone.
"""

from __future__ import annotations

import argparse
import dataclasses
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from forum_kit.i18n import LANGUAGES, document_language
from forum_kit.reports import build_briefing, build_chart_sheet, build_leaflet, build_pack
from forum_kit.reports.samples import (
    arabic_body,
    chinese_body,
    hindi_body,
    leaflet_of,
    sample_briefing,
    sample_chart_sheet,
    sample_leaflet,
    sample_pack,
    spanish_body,
)

OUT = Path(__file__).resolve().parents[1] / "docs" / "documents"


def _png(pdf: Path, stem: str, *, first: int = 1, last: int = 3, dpi: int = 60) -> list[Path]:
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", str(first), "-l", str(last),
                    str(pdf), str(OUT / stem)], check=True)
    return sorted(OUT.glob(f"{stem}*.png"))


def _briefing():
    """The sample briefing with a delegate, alternates and areas named in other scripts."""
    names = ("Goods in", "Picking A / فريق الليل", "पैकिंग / रात की पाली", "仓库 / 夜班",
             "Dispatch", "Returns")
    return dataclasses.replace(sample_briefing(6, area_names=names), delegate="محمد الحسيني",
                               alternates=("प्रिया शर्मा", "김민준", "Zoë Ñúñez"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Render the sample documents to docs/documents/.")
    parser.add_argument("--language", choices=sorted(LANGUAGES), default=None,
                        help="the documents' own words in this language (default: English)")
    parser.add_argument("names", nargs="*", help="only these documents (default: all)")
    args = parser.parse_args(argv)
    if shutil.which("pdftoppm") is None:
        print("pdftoppm (poppler-utils) is needed", file=sys.stderr)
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    suffix = f"-{args.language}" if args.language and args.language != "en" else ""
    if not suffix and not args.names:
        for old in OUT.glob("*.png"):
            old.unlink()
    jobs = {
        "leaflet-meeting-a4": lambda p: build_leaflet(sample_leaflet("meeting"), p),
        "leaflet-issue-letter": lambda p: build_leaflet(sample_leaflet("issue", paper="Letter"),
                                                        p),
        "leaflet-victory-a4": lambda p: build_leaflet(sample_leaflet("victory"), p),
        "leaflet-2up": lambda p: build_leaflet(sample_leaflet("issue", n_up=2), p),
        "leaflet-4up": lambda p: build_leaflet(sample_leaflet("meeting", n_up=4), p),
        "leaflet-bilingual-side": lambda p: build_leaflet(
            sample_leaflet("meeting", second=spanish_body(), second_layout="side"), p),
        "leaflet-bilingual-en-ar": lambda p: build_leaflet(
            sample_leaflet("meeting", second=arabic_body()), p),
        "leaflet-bilingual-en-zh": lambda p: build_leaflet(
            sample_leaflet("meeting", second=chinese_body()), p),
        "leaflet-bilingual-es-hi": lambda p: build_leaflet(
            leaflet_of(spanish_body(), second=hindi_body()), p),
        "leaflet-arabic-4up": lambda p: build_leaflet(leaflet_of(arabic_body(), n_up=4), p),
        "briefing": lambda p: build_briefing(_briefing(), p),
        "pack": lambda p: build_pack(sample_pack(8, chart_sheets=2), p),
        "chart-sheet-initials": lambda p: build_chart_sheet(sample_chart_sheet(40), p),
        "chart-sheet-names": lambda p: build_chart_sheet(
            dataclasses.replace(sample_chart_sheet(24), redaction="names",
                                area_name="Floor 2 / Team North", withheld=2), p),
    }
    pages = {"briefing": (1, 4), "pack": (1, 5)}
    closer = {"leaflet-bilingual-en-ar", "leaflet-bilingual-en-zh", "leaflet-bilingual-es-hi",
              "chart-sheet-names", "briefing"}
    chosen = {k: v for k, v in jobs.items() if not args.names or k in args.names}
    with tempfile.TemporaryDirectory() as tmp, document_language(args.language):
        for stem, build in chosen.items():
            pdf = Path(tmp) / f"{stem}.pdf"
            info = build(pdf)
            first, last = pages.get(stem, (1, 2))
            made = _png(pdf, stem + suffix, first=first, last=last,
                        dpi=80 if stem in closer else 60)
            print(f"{stem:26} {info.pages:3} pages  {info.personal_data:8}  "
                  f"{', '.join(p.name for p in made)}")
        grievance_documents(Path(tmp))
    return 0


def grievance_documents(tmp: Path) -> None:
    """A grievance letter, a case fact sheet and the committee's grievance report, filled from
    a small generated demo vault (the documents read the vault, not sample data classes)."""
    import datetime as dt

    import sqlalchemy as sa

    from forum_kit import demo
    from forum_kit.queries import letters
    from forum_kit.queries.grievance_figures import grievance_figures
    from forum_kit.reports.grievance_data import GrievanceReportData
    from forum_kit.reports.grievance_report import build_grievance_report
    from forum_kit.reports.letter import build_fact_sheet, build_letter
    from forum_kit.vault import FAST_KDF, Vault

    today = dt.date(2026, 11, 20)
    vault = Vault.create(tmp / "samples.forumkit", "sample passphrase", kdf=FAST_KDF)
    try:
        demo.generate(vault, today=today, contacts=600, grievances=40)
        with vault.unit_of_work() as s:
            # an open case answered at its step, to be appealed; a closed one for the sheet
            appeal = s.execute(sa.text(
                "SELECT g.id FROM grievances g JOIN grievance_events e ON e.grievance_id = g.id "
                "AND e.step = g.current_step AND e.kind = 'answered' WHERE g.status = 'open' "
                "AND g.current_step < 4 AND g.sensitive = 0 ORDER BY g.number")).scalars().first()
            draft = letters.letter_draft(s, grievance_id=appeal, kind="appeal",
                                         letter_date=today, today=today)
            letter = letters.letter_document(draft.subject, draft.body, letter_date=today,
                                             number=draft.number)
            sheet = letters.fact_sheet_data(s, appeal, today=today)
            report = GrievanceReportData(grievance_figures(s, as_of=today))
            named = GrievanceReportData(grievance_figures(s, as_of=today, with_names=True))
            scripts = _letter_in_scripts(s, today)
    finally:
        vault.lock()
    for stem, build, spec, last in (("grievance-letter", build_letter, letter, 1),
                                    ("grievance-letter-scripts", build_letter, scripts, 1),
                                    ("case-fact-sheet", build_fact_sheet, sheet, 2),
                                    ("grievance-report", build_grievance_report, report, 4),
                                    ("grievance-report-names", build_grievance_report, named,
                                     2)):
        pdf = tmp / f"{stem}.pdf"
        info = build(spec, pdf)
        # the pages whose scripts need a closer look, as for the bilingual leaflets
        dpi = 80 if stem.endswith(("-scripts", "-names")) else 60
        made = _png(pdf, stem, first=1, last=last, dpi=dpi)
        print(f"{stem:26} {info.pages:3} pages  {info.personal_data:8}  "
              f"{', '.join(p.name for p in made)}")


def _letter_in_scripts(session, today):
    """The filing letter of the first open case whose grievants or steward are named in a
    script that needs shaping, right-to-left order or a CJK face."""
    import sqlalchemy as sa

    from forum_kit.queries import letters
    from forum_kit.reports.fonts import script_of

    for case in session.execute(sa.text(
            "SELECT id FROM grievances WHERE status = 'open' AND sensitive = 0 "
            "ORDER BY number")).scalars():
        sheet = letters.fact_sheet_data(session, case, today=today)
        if any(script_of(ch) for name in (*sheet.grievants, sheet.steward) for ch in name):
            draft = letters.letter_draft(session, grievance_id=case, kind="filing",
                                         letter_date=today, today=today)
            return letters.letter_document(draft.subject, draft.body, letter_date=today,
                                           number=draft.number)
    raise RuntimeError("the demo vault names no grievant or steward in such a script")


if __name__ == "__main__":
    raise SystemExit(main())
