"""The committee's grievance figures and report: every count equals the vault's, computed here
independently (plain SQL over the rows, and the deadline engine called case by case), grievants
named only when asked, sensitive cases left out unless asked; the PDF prints the figures; the
``grievance-report``, ``letter`` and ``fact-sheet`` commands."""

from __future__ import annotations

import dataclasses
import shutil
import statistics
import subprocess
from collections import Counter, defaultdict
from datetime import date

import pytest
import sqlalchemy as sa

from forum_kit import deadlines as dl
from forum_kit.models import Grievance
from forum_kit.queries.grievance_figures import default_period_start, grievance_figures
from forum_kit.queries.grievance_protect import protect_summary
from forum_kit.reports.grievance_data import GrievanceReportData, type_words
from forum_kit.reports.grievance_report import build_grievance_report
from forum_kit.services.contracts import rules_for
from forum_kit.services.grievances import facts_for

TODAY = date(2026, 11, 20)
PASSPHRASE = "report passphrase 1"

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory):
    from forum_kit import demo
    from forum_kit.vault import FAST_KDF, Vault

    path = tmp_path_factory.mktemp("report") / "r.forumkit"
    vault = Vault.create(path, PASSPHRASE, kdf=FAST_KDF)
    demo.generate(
        vault,
        today=TODAY,
        contacts=300,
        workplaces=2,
        areas=12,
        years=1.5,
        notes_per_contact=0.5,
        grievances=90,
    )
    yield vault
    if not vault.is_locked:
        vault.lock()


def _rows(session, sql: str, **params) -> list[sa.Row]:
    return session.execute(sa.text(sql), params).all()


OPEN_SQL = """
    SELECT g.id, g.grievance_type, g.current_step, g.area_id, g.contract_article,
           c.first_name, c.last_name, c.sensitive AS steward_sensitive
    FROM grievances g LEFT JOIN contacts c ON c.id = g.steward_id
    WHERE g.sensitive = 0 AND g.opened_on <= :d
      AND NOT (g.status = 'closed' AND g.outcome_on <= :d)
"""
CLOSED_SQL = """
    SELECT g.id, g.grievance_type, g.outcome, g.outcome_on, g.opened_on, g.contract_article,
           (SELECT min(e."on") FROM grievance_events e
            WHERE e.grievance_id = g.id AND e.kind = 'filed') AS first_filed
    FROM grievances g
    WHERE g.sensitive = 0 AND g.status = 'closed' AND g.outcome_on BETWEEN :start AND :d
"""


def _path(session, area_id: int | None) -> str:
    if area_id is None:
        return "(no area)"
    parts = []
    while area_id is not None:
        name, area_id = session.execute(
            sa.text("SELECT name, parent_id FROM areas WHERE id = :a"), {"a": area_id}
        ).one()
        parts.append(name)
    return " / ".join(reversed(parts))


def test_counts_equal_the_vaults(demo_vault):
    start = default_period_start(TODAY)
    with demo_vault.unit_of_work() as s:
        figures = grievance_figures(s, as_of=TODAY)
        open_rows = _rows(s, OPEN_SQL, d=TODAY)
        closed_rows = _rows(s, CLOSED_SQL, start=start, d=TODAY)
        # overdue through the engine, case by case, from the ORM rows
        overdue = set()
        for row in open_rows:
            grievance = s.get(Grievance, row.id)
            rules = rules_for(s, grievance.contract_id)
            facts = facts_for(s, grievance)
            first = dl.next_deadline(rules, facts.__class__(**{**facts.__dict__, "closed": False}))
            if first is not None and dl.status_on(first, TODAY, rules=rules) == "overdue":
                overdue.add(row.id)
        step_names = dict(
            _rows(s, "SELECT ordinal, min(name) FROM contract_steps GROUP BY ordinal")
        )
        paths = {r.id: _path(s, r.area_id) for r in open_rows}
        sensitive = _rows(
            s,
            """SELECT count(*) FROM grievances WHERE sensitive = 1
                              AND opened_on <= :d AND NOT (status = 'closed'
                              AND outcome_on < :start)""",
            d=TODAY,
            start=start,
        )[0][0]
        opened_by_month = Counter(
            r[0]
            for r in _rows(
                s,
                """SELECT strftime('%Y-%m', opened_on) FROM grievances
                                      WHERE sensitive = 0 AND opened_on BETWEEN :start AND :d
                                   """,
                start=start,
                d=TODAY,
            )
        )
    summary = figures.summary
    assert len(open_rows) > 10 and len(closed_rows) > 5 and overdue and sensitive
    assert summary.open_cases == len(figures.open_cases) == len(open_rows)
    assert summary.overdue == len(overdue)
    assert summary.sensitive_left_out == sensitive

    def counted(rows, key, late=None):
        out = defaultdict(lambda: [0, 0])
        for r in rows:
            out[key(r)][0] += 1
            out[key(r)][1] += (r.id in overdue) if late is None else late(r)
        return {k: tuple(v) for k, v in out.items()}

    def steward(r):
        if r.first_name is None:
            return "(no steward)"
        if r.steward_sensitive:
            return "(name withheld: sensitive contact)"
        return f"{r.first_name} {r.last_name or ''}".strip()

    assert {c.label: (c.open, c.overdue) for c in figures.by_steward} == counted(open_rows, steward)
    assert {c.label: (c.open, c.overdue) for c in figures.by_step} == counted(
        open_rows, lambda r: step_names[r.current_step]
    )
    assert {c.label: (c.open, c.overdue) for c in figures.by_area} == counted(
        open_rows, lambda r: paths[r.id]
    )
    assert {c.label: (c.open, c.overdue) for c in figures.by_article} == counted(
        open_rows, lambda r: " ".join(r.contract_article.split()) or "(no article recorded)"
    )
    # open cases come overdue first, then by date
    dates = [c.next_deadline for c in figures.open_cases if c.next_deadline]
    assert dates == sorted(dates)
    assert {c.status for c in figures.open_cases[: len(overdue)]} == {"overdue"}

    # closed in the period: outcomes, win rate and days by type and by article
    assert len(figures.closed_cases) == summary.totals.closed == len(closed_rows)
    assert Counter(c.outcome for c in figures.closed_cases) == Counter(
        r.outcome for r in closed_rows
    )
    for label, rows in (("type", closed_rows),):
        del label
        by_type = defaultdict(list)
        for r in rows:
            by_type[type_words(r.grievance_type)].append(r)
        got = {o.label: o for o in summary.by_type}
        assert set(got) == set(by_type)
        for kind, items in by_type.items():
            days = [
                (
                    date.fromisoformat(r.outcome_on)
                    - date.fromisoformat(r.first_filed or r.opened_on)
                ).days
                for r in items
            ]
            won = sum(r.outcome == "won" for r in items)
            assert (got[kind].closed, got[kind].won, got[kind].lapsed) == (
                len(items),
                won,
                sum(r.outcome == "lapsed" for r in items),
            )
            assert got[kind].win_rate == won / len(items)
            assert got[kind].median_days == statistics.median(days)
    by_article = Counter(" ".join(r.contract_article.split()) for r in closed_rows)
    assert {o.label: o.closed for o in summary.by_article} == dict(by_article)
    # the trend: cases opened each month
    assert {m.month.strftime("%Y-%m"): m.opened for m in summary.trend if m.opened} == dict(
        opened_by_month
    )
    assert sum(m.closed for m in summary.trend) == len(closed_rows)
    assert summary.trend[-1].open_at_end == summary.open_cases


def test_names_only_when_asked_and_sensitive_only_when_asked(demo_vault):
    with demo_vault.unit_of_work() as s:
        plain = grievance_figures(s, as_of=TODAY)
        named = grievance_figures(s, as_of=TODAY, with_names=True)
        everything = grievance_figures(s, as_of=TODAY, with_names=True, include_sensitive=True)
        names = {
            r.id: f"{r.first_name} {r.last_name}"
            for r in _rows(
                s,
                """
            SELECT gg.grievance_id AS id, c.first_name, c.last_name FROM grievance_grievants gg
            JOIN contacts c ON c.id = gg.contact_id WHERE c.sensitive = 0""",
            )
        }
        numbers = dict(_rows(s, "SELECT number, id FROM grievances"))
        hidden = {r[0] for r in _rows(s, "SELECT number FROM grievances WHERE sensitive = 1")}
    assert all(c.grievants == "" for c in plain.open_cases + plain.closed_cases)
    for case in named.open_cases:
        if numbers[case.number] in names:
            assert names[numbers[case.number]] in case.grievants
    shown = {c.number for c in named.open_cases} | {c.number for c in named.closed_cases}
    assert not shown & hidden
    every = {c.number for c in everything.open_cases} | {c.number for c in everything.closed_cases}
    assert every & hidden and everything.summary.sensitive_left_out == 0
    assert everything.summary.open_cases > named.summary.open_cases


def test_a_past_day_gives_the_figures_as_they_stood(demo_vault):
    earlier = date(2026, 6, 30)
    with demo_vault.unit_of_work() as s:
        figures = grievance_figures(s, as_of=earlier)
        expected = len(_rows(s, OPEN_SQL, d=earlier))
    assert figures.summary.open_cases == expected
    assert figures.summary.trend[-1].month == date(2026, 6, 1)
    assert all(c.closed_on <= earlier for c in figures.closed_cases)


def _text(path) -> str:
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return out


def test_the_pdf_prints_the_figures_and_no_names_unless_asked(demo_vault, tmp_path):
    with demo_vault.unit_of_work() as s:
        figures = grievance_figures(s, as_of=TODAY)
        named = grievance_figures(s, as_of=TODAY, with_names=True)
        # grievants who steward no case (a steward is named as the steward)
        grievants = [
            r[0]
            for r in _rows(
                s,
                """SELECT c.last_name FROM grievance_grievants gg
            JOIN contacts c ON c.id = gg.contact_id JOIN grievances g ON g.id = gg.grievance_id
            WHERE g.status = 'open' AND g.sensitive = 0 AND c.sensitive = 0
              AND c.last_name NOT IN (SELECT s.last_name FROM grievances x
                                      JOIN contacts s ON s.id = x.steward_id)""",
            )
        ]
    out = tmp_path / "report.pdf"
    info = build_grievance_report(GrievanceReportData(figures), out)
    assert info.personal_data == "none"
    text = _text(out)
    flat = " ".join(text.split())
    s = figures.summary
    assert f"{s.open_cases} (overdue {s.overdue}," in flat
    assert f"Closed in the period {s.totals.closed}" in flat
    assert "Trend by month" in flat and "Open cases, next deadline first" in flat
    for case in figures.open_cases:
        assert case.number in text
    for row in s.by_type:
        line = [ln for ln in text.splitlines() if ln.strip().startswith(row.label)]
        assert any(f"{row.closed}" in ln.split() for ln in line), row.label
    assert "Cases marked sensitive are left out." in flat
    long_names = [n for n in grievants if len(n) > 5]
    assert long_names and not [n for n in long_names if n in text]
    out2 = tmp_path / "named.pdf"
    assert build_grievance_report(GrievanceReportData(named), out2).personal_data == "names"
    assert any(n in _text(out2) for n in long_names)


# ---------------------------------------------------------------------------------- commands


def _cli(capsys, *argv):
    import forum_kit.cli as cli

    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def env(monkeypatch):
    monkeypatch.setenv("FORUM_KIT_PASSPHRASE", PASSPHRASE)


def test_grievance_report_command(demo_vault, env, capsys, tmp_path):
    path = str(demo_vault.path)
    out = tmp_path / "r.pdf"
    code, stdout, err = _cli(
        capsys, "grievance-report", path, "--out", str(out), "--as-of", TODAY.isoformat()
    )
    assert code == 0, err
    assert stdout.splitlines()[:2] == [
        "The report names each case's steward and title, and no grievant (--names adds them).",
        "This document carries: no personal data.",
    ]
    assert "open (" in stdout.splitlines()[-1] and out.stat().st_size > 5000
    code, stdout, err = _cli(
        capsys, "grievance-report", path, "--out", str(out), "--names", "--workplace", "1"
    )
    assert code == 0 and "FULL NAMES" in stdout and "not password protected" in err
    assert (
        _cli(capsys, "grievance-report", path, "--out", str(out), "--workplace", "Nowhere")[0] == 4
    )
    assert (
        _cli(
            capsys,
            "grievance-report",
            path,
            "--out",
            str(out),
            "--from",
            "2027-01-01",
            "--as-of",
            "2026-01-01",
        )[0]
        == 3
    )
    assert _cli(capsys, "grievance-report", path, "--out", str(tmp_path))[0] == 3


def _case_at(session, *, status: str = "open", step: int | None = None) -> str:
    sql = "SELECT number FROM grievances WHERE status = :s AND sensitive = 0"
    if step is not None:
        sql += (
            f" AND current_step = {int(step)} AND EXISTS (SELECT 1 FROM grievance_events e "
            f"WHERE e.grievance_id = grievances.id AND e.step = {int(step)} AND "
            "e.kind = 'answered')"
        )
    return session.execute(sa.text(sql + " ORDER BY number"), {"s": status}).scalars().first()


def test_letter_command_writes_records_lists_and_reprints(
    demo_vault, env, capsys, tmp_path, monkeypatch
):
    import pikepdf

    path = str(demo_vault.path)
    with demo_vault.unit_of_work() as s:
        number = _case_at(s, step=1)
    pw = tmp_path / "pw"
    pw.write_text("kettle orbit tulip\n")
    pw.chmod(0o600)
    out = tmp_path / "appeal.pdf"
    code, stdout, err = _cli(
        capsys,
        "letter",
        path,
        number,
        "appeal",
        "--out",
        str(out),
        "--today",
        TODAY.isoformat(),
        "--record",
        "--password-file",
        str(pw),
    )
    assert code == 0, err
    assert "Recorded on " + number in stdout and "Recorded the appeal to Step 2" in stdout
    assert "Next deadline: Employer's Step 2 answer due" in stdout
    with pikepdf.open(out, password="kettle orbit tulip") as pdf:
        assert pdf.encryption.bits == 256
    with demo_vault.unit_of_work() as s:
        assert (
            s.execute(
                sa.text("SELECT current_step FROM grievances WHERE number = :n"), {"n": number}
            ).scalar_one()
            == 2
        )
    code, stdout, _err = _cli(capsys, "letter", path, number, "--list")
    assert code == 0 and "Appeal to the next step" in stdout
    reprint = tmp_path / "again.pdf"
    assert _cli(capsys, "letter", path, number, "--reprint", "1", "--out", str(reprint))[0] == 0
    assert "appeal to Step 2" in _text(reprint)
    assert _cli(capsys, "letter", path, number, "--reprint", "9", "--out", str(reprint))[0] == 3
    # refusals, each with its own code and nothing recorded
    assert _cli(capsys, "letter", path, "G-1999-999", "filing", "--out", str(out))[0] == 4
    assert _cli(capsys, "letter", path, number, "filing")[0] == 3
    assert _cli(capsys, "letter", path, number, "filing", "--out", str(out), "--no-effect")[0] == 3
    assert (
        _cli(
            capsys,
            "letter",
            path,
            number,
            "appeal",
            "--out",
            str(out),
            "--date",
            "2099-01-01",
            "--record",
        )[0]
        == 3
    )
    assert _cli(capsys, "letter", path, number, "nonsense", "--out", str(out))[0] == 2
    code, _out, err = _cli(capsys, "letter", path, number, "information", "--out", str(out))
    assert code == 0 and "has no value for: the information asked for, a date to reply by" in err
    with demo_vault.unit_of_work() as s:
        assert s.execute(sa.text("SELECT count(*) FROM grievance_letters")).scalar_one() == 1


def test_letter_command_refuses_an_appeal_from_the_last_step(demo_vault, env, capsys, tmp_path):
    with demo_vault.unit_of_work() as s:
        number = (
            s.execute(
                sa.text(
                    "SELECT number FROM grievances WHERE status = 'open' AND "
                    "current_step = 4 ORDER BY number"
                )
            )
            .scalars()
            .first()
        )
    code, _out, err = _cli(
        capsys, "letter", str(demo_vault.path), number, "appeal", "--out", str(tmp_path / "x.pdf")
    )
    assert code == 5 and "last step" in err
    assert not (tmp_path / "x.pdf").exists()


def test_fact_sheet_command(demo_vault, env, capsys, tmp_path):
    with demo_vault.unit_of_work() as s:
        number = _case_at(s, status="closed")
    out = tmp_path / "fact.pdf"
    code, stdout, err = _cli(capsys, "fact-sheet", str(demo_vault.path), number, "--out", str(out))
    assert code == 0, err
    assert "FULL NAMES" in stdout
    text = _text(out)
    assert number in text and "Deadlines met and missed" in text and "Closed" in text


def test_the_briefing_carries_the_figures_without_names(demo_vault, tmp_path):
    import typing

    from forum_kit.queries import documents
    from forum_kit.reports import build_briefing
    from forum_kit.reports import grievance_data as gd

    # the briefing's part has room for labels and numbers only, never a name or a title
    for cls in (gd.GrievanceSummary, gd.OutcomeRow, gd.CountRow, gd.MonthRow):
        hints = typing.get_type_hints(cls, vars(gd))
        assert {n for n, h in hints.items() if "str" in str(h)} <= {"label"}, cls
    with demo_vault.unit_of_work() as s:
        forum = documents.forums(s)[0]
        meeting = documents.council_meetings(s, forum_id=forum.id)[0]
        areas = documents.default_area_ids(s, forum_id=forum.id)
        data = documents.briefing_data(
            s, forum_id=forum.id, council_meeting_id=meeting.id, as_of=TODAY, growth_weeks=0
        )
        expected = grievance_figures(s, as_of=TODAY, area_ids=areas, deadlines=False).summary
        with_deadlines = grievance_figures(s, as_of=TODAY, area_ids=areas).summary
    # what leaves the vault follows the small-numbers rule (tests/core/test_grievance_protect.py)
    assert data.grievance_review == protect_summary(expected, 5)
    # the same figures, only the deadline counts (not computed for a council) differ
    assert (
        dataclasses.replace(
            with_deadlines,
            overdue=None,
            due_soon=None,
            open_by_type=tuple(
                dataclasses.replace(c, overdue=0) for c in with_deadlines.open_by_type
            ),
        )
        == expected
    )
    out = tmp_path / "briefing.pdf"
    # the grievance section adds no kind of personal data: the briefing says what it says
    # without it (the delegate's and alternates' names, when it names them)
    without = build_briefing(dataclasses.replace(data, grievance_review=None), tmp_path / "w.pdf")
    assert build_briefing(data, out).personal_data == without.personal_data
    flat = " ".join(_text(out).split())
    assert "Grievances: outcomes and trend" in flat
    assert f"{expected.open_cases} open on {TODAY.day} Nov 2026" in flat
