"""The command line can do the whole job without the app: a new vault is set up (workplace,
areas), filled from a chart (same-person rows settled with --choose), given a forum, a council
and a meeting, a one-on-one logged, and printed (areas, people, one person, forums, meetings,
grievances) with the commands alone; export checks its arguments before its warning."""

from __future__ import annotations

import pytest

import forum_kit.cli as cli

PASSPHRASE = "correct horse battery staple"
CHART = (
    "Name,Dept,Shift,Rate,Comm,Card,Sdate,Cdate,Rep,Cell Phone,Home Phone\n"
    "Ana Pérez,Floor 2 Billing / Team North,Days,1,C,Y,2025-01-10,2025-03-01,,555-201-0001,\n"
    "Bo Li,Floor 2 Billing / Team North,Days,2,CH,Y,2025-01-12,2025-03-02,Ana Pérez,"
    "555-201-0002,555-999-0000\n"
    "Şêrko Ahmed,Floor 1 Sales / Team North,Nights,3,,N,,2025-02-20,Ana Pérez,555-201-0003,\n"
    "Bo Li,Team South,,4,,,,,,(555) 201-0002,\n"
)


@pytest.fixture
def run(monkeypatch, capsys):
    monkeypatch.setenv("FORUM_KIT_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("FORUM_KIT_INSECURE_FAST_KDF", "1")

    def command(*argv: object) -> tuple[int, str, str]:
        code = cli.main([str(a) for a in argv])
        out, err = capsys.readouterr()
        return code, out, err

    return command


def test_a_new_vault_set_up_filled_and_printed_from_the_command_line(run, tmp_path) -> None:
    vault = tmp_path / "site.forumkit"
    chart = tmp_path / "chart.csv"
    chart.write_text(CHART, encoding="utf-8")
    assert run("init", tmp_path / "site")[0] == 0
    code, _out, err = run("import", vault, chart, "--dry-run")
    assert code == 4 and "no workplace yet" in err and "add-workplace" in err

    assert run("add-workplace", vault, "Call centre")[1] == "Added workplace #1.\n"
    for name, parent in (("Floor 1 Sales", None), ("Floor 2 Billing", None),
                         ("Team North", "Floor 1 Sales"), ("Team North", "Floor 2 Billing"),
                         ("Team South", "Floor 2 Billing")):
        code, out, _err = run("add-area", vault, name, *(("--parent", parent) if parent else ()))
        assert code == 0 and out.startswith("Added area #")
    code, out, _ = run("areas", vault)
    assert "#4 Team North" in out and "#5 Team South" in out

    code, out, _ = run("import", vault, chart)
    assert code == 1 and "1 conflicting with one" in out and "line 5: Area / department" in out
    assert "Bo Li" not in out  # names and values only with --names
    code, out, _ = run("import", vault, chart, "--dry-run", "--names")
    assert ("Area / department: Floor 2 Billing / Team North (line 3) / Floor 2 Billing / Team "
            "South (line 5)") in out
    code, out, _ = run("import", vault, chart, "--choose", "5=earlier", "--today", "2025-06-01")
    assert code == 0 and "3 added, 0 updated, 1 merged" in out

    code, out, _ = run("people", vault, "--area", "Floor 2 Billing")
    assert code == 0 and "Ana Pérez" in out and "Bo Li" in out and "Şêrko" not in out
    assert "Floor 2 Billing / Team North" in out and "People marked sensitive" in out
    code, out, _ = run("person", vault, "Bo Li")
    assert code == 0
    assert "555-201-0002" in out and "555-999-0000" not in out  # the cell phone, not home
    assert "2025-01-12" in out  # the card date from Sdate, not today
    assert "CH of Organising committee" in out

    assert run("add-forum", vault, "Billing forum", "--workplace", "Call centre")[0] == 0
    assert run("add-forum", vault, "City council", "--council")[0] == 0
    code, out, _ = run("add-meeting", vault, "City council", "--on", "2026-04-01",
                       "--place", "Union hall")
    assert code == 0 and "on 2026-04-01" in out
    code, out, _ = run("forums", vault)
    assert "Billing forum" in out and "City council" in out
    code, out, _ = run("meetings", vault, "--body", "City council")
    assert "2026-04-01" in out and "Union hall" in out

    code, out, _ = run("log-one-on-one", vault, "Şêrko Ahmed", "--by", "Ana Pérez",
                       "--on", "2026-01-05", "--agitate", "Night rota", "--level", "2")
    assert code == 0 and "Recorded one-on-one" in out
    code, out, _ = run("person", vault, "Şêrko Ahmed")
    assert "2 Supporter" in out and "2026-01-05" in out and "Night rota" not in out

    assert run("rename-area", vault, "Floor 2 Billing / Team South", "Team Sud")[0] == 0
    assert run("move-area", vault, "Floor 2 Billing / Team Sud", "--top")[0] == 0
    assert run("rename-workplace", vault, "Call centre", "Call centre East")[0] == 0
    code, out, _ = run("areas", vault)
    assert "#1 Call centre East" in out and "\n  #5 Team Sud" in out
    assert run("grievances", vault)[1] == "No grievances yet.\n"

    export = tmp_path / "people.csv"
    assert run("export", vault, "--what", "people", "--out", export)[0] == 0
    text = export.read_text(encoding="utf-8-sig")
    assert "Floor 2 Billing / Team North" in text and "Floor 1 Sales / Team North" in text


def test_export_checks_its_arguments_before_the_warning(run, tmp_path) -> None:
    vault = tmp_path / "two.forumkit"
    assert run("init", tmp_path / "two")[0] == 0
    run("add-workplace", vault, "North site")
    run("add-workplace", vault, "South site")
    code, out, err = run("export", vault, "--what", "people", "--out", tmp_path / "p.csv")
    assert code == 4 and "Choose the workplace" in err and "personal data" not in out
    code, out, err = run("export", vault, "--what", "grievances", "--area", "Dock",
                         "--workplace", "North site", "--out", tmp_path / "g.csv")
    assert code == 3 and "--area applies to the people list only" in err and not out
    code, out, err = run("export", vault, "--what", "people", "--workplace", "North site",
                         "--out", tmp_path / "missing" / "p.csv")
    assert code == 3 and "folder that exists" in err and not out
    code, out, _err = run("export", vault, "--what", "people", "--workplace", "North site",
                          "--out", tmp_path / "p.csv")
    assert code == 0 and out.startswith("This file carries personal data")


def test_a_sensitive_person_and_case_are_not_shown_unless_asked(run, tmp_path) -> None:
    from forum_kit.services.contacts import update_contact
    from forum_kit.vault import Vault

    vault = tmp_path / "s.forumkit"
    run("init", tmp_path / "s")
    run("add-workplace", vault, "Depot")
    chart = tmp_path / "c.csv"
    chart.write_text("First name,Last name,Area\nAna,Obi,Dock\nLi,Wei,Dock\n", encoding="utf-8")
    assert run("import", vault, chart)[0] == 0
    opened = Vault.open(vault, PASSPHRASE)
    try:
        with opened.unit_of_work() as s:
            update_contact(s, contact_id=1, sensitive=True)
    finally:
        opened.lock()
    code, out, _ = run("people", vault)
    assert "Ana" not in out and "Li Wei" in out
    assert "Ana Obi" in run("people", vault, "--include-sensitive")[1]
    code, _out, err = run("person", vault, "1")
    assert code == 4 and "marked sensitive" in err
    assert run("person", vault, "1", "--include-sensitive")[0] == 0


def test_import_lists_changes_and_reads_a_mixed_file_as_told(run, tmp_path) -> None:
    vault = tmp_path / "c.forumkit"
    run("init", tmp_path / "c")
    run("add-workplace", vault, "Depot")
    chart = tmp_path / "c.csv"
    chart.write_text("First name,Last name,Area,Phone\nAna,Obi,Dock,555-010-0001\n",
                     encoding="utf-8")
    assert run("import", vault, chart)[0] == 0
    chart.write_text("First name,Last name,Area,Phone,Email\nAna,Obi,Yard,555-010-0001,"
                     "ana@example.org\n", encoding="utf-8")
    code, out, _ = run("import", vault, chart, "--dry-run")
    assert "update  Area / department; Email" in out and "ana@example.org" not in out
    code, out, _ = run("import", vault, chart, "--dry-run", "--names")
    assert "Area / department: Dock -> Yard (new)" in out
    assert "Email: (none) -> ana@example.org" in out

    mixed = tmp_path / "m.csv"
    mixed.write_bytes("First name,Last name,Area\nZoë,Ünal,Dock\n".encode()
                      + b"Ren\xe9e,Roy,Dock\n")
    code, out, err = run("import", vault, mixed, "--dry-run")
    assert code == 3 and "Line 3 of the file is not valid UTF-8" in err
    assert "--encoding utf-8" in err and not out
    code, out, _ = run("import", vault, mixed, "--encoding", "cp1252", "--names")
    assert code == 0 and "cp1252" in out and "Renée" in out
