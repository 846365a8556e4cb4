"""Issue 20 through the command line: every step of the three-tier loop is a ``forum-kit bundle``
action (agenda, import, mandate, elect, export --from, conflicts, decide, decisions, reports,
recall, threshold), each printing what it did; small figures print as "fewer than 5"."""

from __future__ import annotations

import datetime as dt

import pytest

import forum_kit.cli as cli
from tests.confederation_world import CITY_MEETING, PASS, WORKS_MEETING, make_tiers


@pytest.fixture
def run(monkeypatch, capsys):
    monkeypatch.setenv("FORUM_KIT_PASSPHRASE", PASS)

    def _run(*argv: object) -> tuple[int, str, str]:
        code = cli.main([str(a) for a in argv])
        out = capsys.readouterr()
        return code, out.out, out.err

    return _run


def test_every_step_of_the_loop_from_the_command_line(tmp_path, run):
    tiers = make_tiers(tmp_path)
    for v in (tiers.north, tiers.south, tiers.works, tiers.city):
        v.lock()
    fp = {k: c.fingerprint_text for k, c in tiers.cards.items()}
    north, south, works, city = (tiers.north.path, tiers.south.path, tiers.works.path,
                                 tiers.city.path)
    works_day, city_day = WORKS_MEETING.date().isoformat(), CITY_MEETING.date().isoformat()

    def ok(*argv: object) -> str:
        code, out, err = run(*argv)
        assert code == 0, (argv, out, err)
        return out

    # Agenda down.
    for name, path in (("north", north), ("south", south)):
        out = ok("bundle", "agenda", works, "--to", fp[name], "--meeting-date", works_day,
                 "--mandates-due", "2026-03-08", "--out", tmp_path / f"agenda-{name}.fka")
        assert "items: 2" in out
        assert (tmp_path / f"agenda-{name}.fka").read_bytes().startswith(b"FKAGENDA")
        out = ok("bundle", "import", path, tmp_path / f"agenda-{name}.fka")
        assert "Imported the agenda of Depot workplace council" in out and "ready for" in out
    code, _, err = run("bundle", "import", north, tmp_path / "agenda-north.fka")
    assert code == 35 and "already imported" in err
    code, _, err = run("bundle", "import", south, tmp_path / "agenda-north.fka")
    assert code == 33  # sealed to North, not to South

    # Mandates up.
    for path, forum, strike in ((north, "North forum", "against"), (south, "South forum", "for")):
        for item, instruction in ((1, "for"), (2, strike)):
            out = ok("bundle", "mandate", path, "--from", forum, "--council",
                     "Depot workplace council", "--meeting-date", works_day, "--item", item,
                     "--instruction", instruction, "--votes", "12,3", "--decided-on",
                     "2026-03-05")
            assert f"mandates its delegate {instruction}" in out
        ok("bundle", "elect", path, "--from", forum, "--council", "Depot workplace council",
           "--name", f"Delegate of {forum}", "--term-start", "2026-01-01",
           "--term-end", "2099-12-31")
        ok("bundle", "export", path, "--council-fingerprint", fp["works"], "--meeting-date",
           works_day, "--out", tmp_path / f"{forum}.fkb")
        ok("bundle", "import", works, tmp_path / f"{forum}.fkb")
    out = ok("bundle", "rollup", works)
    assert "Strike ballot" in out and "112" in out and "Sentinel" not in out
    # the forum's vote, stored and shown on the council's roll-up
    assert "North forum: for, decided by a vote of 12-3" in out
    # With a threshold of 50, North (43 people) is hidden, and South with it: 112 less South
    # would give North back.
    ok("bundle", "threshold", works, 50)
    out = ok("bundle", "rollup", works)
    north_row = next(line for line in out.splitlines() if line.startswith("North forum  2"))
    south_row = next(line for line in out.splitlines() if line.startswith("South forum  2"))
    assert "fewer than 50" in north_row and "112" in out
    # South (69 people) is not small: hidden only as North's partner, it reads "hidden"
    assert south_row.split()[3] == "hidden" and "hidden" not in north_row
    ok("bundle", "threshold", works, 5)
    out = ok("bundle", "conflicts", works)
    assert "Strike ballot" in out and "Pay claim" not in out

    # The city's agenda; the workplace council's own mandate and bundle up, in total only.
    ok("bundle", "agenda", city, "--to", fp["works"], "--meeting-date", city_day,
       "--out", tmp_path / "city-agenda.fka")
    ok("bundle", "import", works, tmp_path / "city-agenda.fka")
    ok("bundle", "mandate", works, "--from", "Depot workplace council", "--council",
       "City council", "--meeting-date", city_day, "--item", 1, "--instruction", "for",
       "--consensus", "--decided-on", "2026-03-12")
    ok("bundle", "elect", works, "--from", "Depot workplace council", "--council", "City council",
       "--name", "Cal of Depot", "--term-start", "2026-03-01", "--term-end", "2026-12-31")
    out = ok("bundle", "export", works, "--from", "Depot workplace council",
             "--council-fingerprint", fp["city"], "--meeting-date", city_day, "--total-only",
             "--out", tmp_path / "works.fkb")
    assert "areas of figures: 0" in out
    ok("bundle", "import", city, tmp_path / "works.fkb")
    out = ok("bundle", "rollup", city)
    assert "Depot workplace council" in out and "City-wide pay demand" in out
    assert "North forum" not in out
    # how the council decided its mandate travels with it and shows on the city's roll-up
    assert "Depot workplace council: for, decided by consensus" in out

    # Decisions down: North's delegate voted for the strike ballot, against the mandate.
    members = ["--member", f"{fp['north']}=for", "--member", f"{fp['south']}=for"]
    for item in (1, 2):
        out = ok("bundle", "decide", works, "--meeting-date", works_day, "--item", item,
                 "--result", "carried", "--votes", "2,0", *members)
        assert "member votes: 2" in out
    out = ok("bundle", "decisions", works, "--to", fp["north"], "--meeting-date", works_day,
             "--out", tmp_path / "decisions-north.fkd")
    assert "Voted against its mandate: item 2. North forum" in out
    out = ok("bundle", "import", north, tmp_path / "decisions-north.fkd")
    assert "report-back drafts filled: 2" in out and "against the mandate on item 2. Strike" in out
    out = ok("bundle", "reports", north)
    strike = next(line for line in out.splitlines() if "Strike ballot" in line)
    assert "(AGAINST" in strike and strike.rstrip().endswith("no")

    # The recall, carried up in the next bundle.
    out = ok("bundle", "recall", north, "--from", "North forum", "--name",
             "Delegate of North forum", "--on", dt.date.today().isoformat(), "--votes", "20,4",
             "--reason", "voted against the mandate")
    assert "carried" in out
    ok("bundle", "export", north, "--council-fingerprint", fp["works"], "--meeting-date",
       works_day, "--out", tmp_path / "north-2.fkb")
    ok("bundle", "import", works, tmp_path / "north-2.fkb")
    out = ok("bundle", "rollup", works)
    assert "recalled" in out

    # The threshold is the vault's own.
    assert "threshold: 5" in ok("bundle", "threshold", north)
    assert "threshold: 8" in ok("bundle", "threshold", north, 8)
    code, _, err = run("bundle", "threshold", north, 1)
    assert code != 0 and "from 2 to 100" in err
