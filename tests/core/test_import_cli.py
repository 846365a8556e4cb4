"""The import, export, backup and restore commands end to end (registered into the real CLI
parser here, since the command registry is another module's)."""

from __future__ import annotations

import pytest

import forum_kit.cli as cli
from forum_kit.services.workplaces import add_workplace

PASSPHRASE = "correct horse battery staple"
CHART = ("First Name,Last Name,Dept,Cell,Rating\n"
         "Ana,Perez,Packing,555-201-0001,2\n"
         "Bo,Li,Packing,call me,1\n"
         "Cy,Ng,Dock,555-201-0003,3\n")


@pytest.fixture
def run(monkeypatch, vault):
    monkeypatch.setenv("FORUM_KIT_PASSPHRASE", PASSPHRASE)
    with vault.unit_of_work() as s:
        add_workplace(s, name="Acme", today=__import__("datetime").date(2025, 1, 1))
    vault.lock()  # the commands open the vault themselves
    return lambda *argv: cli.main([str(a) for a in argv])


def test_import_dry_run_then_skip_bad_rows(run, tmp_path, capsys) -> None:
    chart = tmp_path / "chart.csv"
    chart.write_text(CHART)
    path = tmp_path / "t.forumkit"
    assert run("import", path, chart, "--dry-run", "--today", "2025-06-01") == 0
    out = capsys.readouterr().out
    assert "2 to add" in out and "1 rejected" in out and "Phone: not a phone number" in out
    assert "Ana" not in out  # names only with --names
    assert run("import", path, chart, "--today", "2025-06-01") == 1
    assert "Nothing was imported" in capsys.readouterr().out
    assert run("import", path, chart, "--skip-bad-rows", "--today", "2025-06-01") == 0
    assert "2 added" in capsys.readouterr().out
    assert run("import", path, chart, "--dry-run", "--names", "--mapping", "Cell=ignore",
               "--today", "2025-06-01") == 0
    out = capsys.readouterr().out
    assert "1 to add" in out and "Ana" in out  # Bo, no longer rejected for his phone


def test_export_backup_restore(run, tmp_path, capsys) -> None:
    chart = tmp_path / "chart.csv"
    chart.write_text(CHART)
    path = tmp_path / "t.forumkit"
    assert run("import", path, chart, "--skip-bad-rows", "--today", "2025-06-01") == 0
    out_file = tmp_path / "people.xlsx"
    assert run("export", path, "--what", "people", "--area", "packing", "--out", out_file) == 0
    out = capsys.readouterr().out
    assert "personal phone numbers" in out and "Wrote 1 rows" in out
    backup = tmp_path / "b.fkbackup"
    assert run("backup", path, "--out", backup) == 0
    assert run("restore", backup, tmp_path / "copy") == 0
    assert (tmp_path / "copy.forumkit" / "vault.db").exists()
    assert run("restore", backup, tmp_path / "copy") == 16  # VaultExists
    assert "never over an existing one" in capsys.readouterr().err
