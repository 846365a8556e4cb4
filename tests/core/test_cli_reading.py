"""The reading commands on a generated demo vault: grievances (sensitive cases and grievants
withheld unless asked) and one case in full, forums and council meetings with the dates the
briefing takes, people by area with full paths."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa

from forum_kit import demo
from forum_kit.cli import main
from forum_kit.vault import FAST_KDF, Vault

PASSPHRASE = "correct horse battery staple"
TODAY = date(2026, 3, 31)


@pytest.fixture(autouse=True)
def _scripted(monkeypatch):
    monkeypatch.setenv("FORUM_KIT_INSECURE_FAST_KDF", "1")
    monkeypatch.setenv("FORUM_KIT_PASSPHRASE", PASSPHRASE)


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory):
    path = tmp_path_factory.mktemp("read") / "demo.forumkit"
    vault = Vault.create(path, PASSPHRASE, kdf=FAST_KDF)
    demo.generate(vault, seed=3, today=TODAY, contacts=60, areas=12, notes_per_contact=1.5)
    with vault.unit_of_work() as s:
        cases = s.execute(sa.text(
            "SELECT number, title, sensitive FROM grievances ORDER BY id")).all()
        meeting = s.execute(sa.text(
            "SELECT b.name, m.held_at FROM meetings m JOIN bodies b ON b.id = m.body_id "
            "ORDER BY m.id LIMIT 1")).one()
    vault.lock()
    return path, cases, meeting


def _run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_grievances_and_one_case(demo_vault, capsys) -> None:
    path, cases, _meeting = demo_vault
    shown = [c for c in cases if not c.sensitive]
    assert shown
    code, out, _ = _run(capsys, "grievances", path, "--today", TODAY)
    assert code == 0 and "Next deadline" in out
    for case in shown:
        assert case.number in out
    for case in cases:
        if case.sensitive:
            assert case.number not in out
    number = shown[0].number
    code, out, _ = _run(capsys, "grievance", path, number, "--today", TODAY)
    assert code == 0 and shown[0].title[:20] in out and "Grievants" in out
    hidden = [c for c in cases if c.sensitive]
    if hidden:
        code, _out, err = _run(capsys, "grievance", path, hidden[0].number)
        assert code == 4 and "marked sensitive" in err
        assert _run(capsys, "grievance", path, hidden[0].number, "--include-sensitive")[0] == 0
    assert _run(capsys, "grievance", path, "NO-SUCH")[0] == 4


def test_forums_meetings_and_people_by_area(demo_vault, capsys) -> None:
    path, _cases, (body, held_at) = demo_vault
    code, out, _ = _run(capsys, "forums", path)
    assert code == 0 and body in out
    code, out, _ = _run(capsys, "meetings", path, "--body", body)
    assert code == 0 and str(held_at)[:10] in out
    code, out, _ = _run(capsys, "areas", path)
    assert code == 0
    code, out, err = _run(capsys, "people", path)
    assert code in (0, 4)
    if code == 4:  # several workplaces: one is chosen by its number
        code, out, _ = _run(capsys, "people", path, "--workplace", "1")
    assert code == 0 and " / " in out and "People marked sensitive are left out" in out
