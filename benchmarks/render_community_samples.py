"""Render the community documents (issue 19) from a generated demo vault to small PNGs in
docs/documents/community/: the "asks and offers" sheet (no names), a member's time-bank
statement, the retaliation log for a lawyer, and a street assembly's delegate briefing with its
mutual-aid and time-bank section and its chart sheet without shifts.

Owns the visual check of ``forum_kit.reports.community`` and of the neighbourhood's words in the
briefing and the chart sheet. Each PDF is built in a temporary folder and rasterised with
poppler's ``pdftoppm -png -r 60``; only the PNGs are kept (in their own folder, which
``render_samples.py`` leaves alone). Run from the project root:
``.venv/bin/python benchmarks/render_community_samples.py``.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "docs" / "documents" / "community"
TODAY = dt.date(2026, 11, 20)


def main() -> int:
    if shutil.which("pdftoppm") is None:
        print("pdftoppm (poppler-utils) is needed", file=sys.stderr)
        return 1
    from forum_kit import demo
    from forum_kit.queries import areas as areas_q
    from forum_kit.queries import care as care_q
    from forum_kit.queries import documents
    from forum_kit.queries import ledgers as ledgers_q
    from forum_kit.queries import mutual_aid as aid_q
    from forum_kit.reports import build_briefing, build_chart_sheet
    from forum_kit.reports.community import (
        build_asks_offers,
        build_retaliation_log,
        build_time_statement,
    )
    from forum_kit.reports.community_data import AsksOffersData
    from forum_kit.vault import FAST_KDF, Vault

    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        vault = Vault.create(Path(tmp) / "demo.forumkit", "demo passphrase", kdf=FAST_KDF)
        demo.generate(
            vault, today=TODAY, contacts=400, areas=16, notes_per_contact=1.0, neighbourhood=True
        )
        with vault.unit_of_work() as s:
            estate = next(w for w in areas_q.workplaces(s) if w.kind == "neighbourhood")
            forum = next(f for f in documents.forums(s) if f.workplace_id == estate.id)
            meeting = documents.council_meetings(s, forum_id=forum.id)[0]
            (bank,) = ledgers_q.time_banks(s)
            member = max(ledgers_q.accounts(s, bank.id), key=lambda a: a.given_minutes)
            street = areas_q.area_tree(s, estate.id)[0].id
            jobs = {
                "asks-and-offers": (
                    build_asks_offers,
                    AsksOffersData(
                        place=estate.name,
                        place_kind="neighbourhood",
                        as_of=TODAY,
                        items=tuple(aid_q.sheet_items(s, workplace_id=estate.id, today=TODAY)),
                        contact="Talk to the committee after the assembly, or at Lock House on "
                        "Tuesday evenings.",
                    ),
                ),
                "time-statement": (
                    build_time_statement,
                    ledgers_q.statement(
                        s, bank_id=bank.id, contact_id=member.contact_id, through=TODAY
                    ),
                ),
                "retaliation-log": (
                    build_retaliation_log,
                    care_q.retaliation_log(s, workplace_id=estate.id, prepared_on=TODAY),
                ),
                "street-assembly-briefing": (
                    build_briefing,
                    documents.briefing_data(
                        s,
                        forum_id=forum.id,
                        council_meeting_id=meeting.id,
                        as_of=TODAY,
                        growth_weeks=0,
                    ),
                ),
                "neighbourhood-chart-sheet": (
                    build_chart_sheet,
                    documents.chart_sheet_data(
                        s, area_id=street, as_of=TODAY, redaction="initials", blank_rows=5
                    ),
                ),
            }
        vault.lock()
        for stem, (build, data) in jobs.items():
            pdf = Path(tmp) / f"{stem}.pdf"
            info = build(data, pdf)
            last = 3 if stem == "street-assembly-briefing" else 1
            subprocess.run(
                [
                    "pdftoppm",
                    "-png",
                    "-r",
                    "60",
                    "-f",
                    "1",
                    "-l",
                    str(last),
                    str(pdf),
                    str(OUT / stem),
                ],
                check=True,
            )
            made = sorted(p.name for p in OUT.glob(f"{stem}*.png"))
            print(f"{stem:28} {info.pages:3} pages  {info.personal_data:8}  {', '.join(made)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
