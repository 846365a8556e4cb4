"""The command line's happy paths through ``main([...])``, plus passphrase sources and usage."""

from __future__ import annotations

import io
import os
import sys
from datetime import date

import pytest

from forum_kit import config, demo
from forum_kit.cli import main
from forum_kit.vault import FAST_KDF, Vault

PASSPHRASE = "correct horse battery staple"
TODAY = date(2026, 3, 31)


@pytest.fixture(autouse=True)
def _scripted(monkeypatch):
    monkeypatch.setenv("FORUM_KIT_INSECURE_FAST_KDF", "1")
    monkeypatch.setenv("FORUM_KIT_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("FORUM_KIT_NEW_PASSPHRASE", raising=False)


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory):
    """One small demo vault shared by the read-only command tests."""
    path = tmp_path_factory.mktemp("cli") / "demo.forumkit"
    vault = Vault.create(path, PASSPHRASE, kdf=FAST_KDF)
    demo.generate(vault, seed=3, today=TODAY, contacts=60, areas=12, notes_per_contact=1.5)
    vault.lock()
    return path


def test_init_creates_a_vault_and_suggests_a_recovery_key(tmp_path, capsys):
    assert main(["init", str(tmp_path / "new")]) == 0
    out, err = capsys.readouterr()
    folder = tmp_path / "new.forumkit"
    assert str(folder) in out
    assert "forum-kit recovery-key" in out
    assert "weakly protected" in err
    assert PASSPHRASE not in out + err
    Vault.open(folder, PASSPHRASE).lock()
    assert str(folder) in config.load().recent_vaults


def test_init_refuses_a_short_passphrase(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("FORUM_KIT_PASSPHRASE", "short")
    assert main(["init", str(tmp_path / "new")]) == 3
    err = capsys.readouterr().err
    assert "at least 12 characters" in err and "words" in err
    assert "short" not in err  # the passphrase itself is never echoed
    assert not (tmp_path / "new.forumkit").exists()


def test_init_on_an_existing_vault_changes_nothing(tmp_path, capsys):
    assert main(["init", str(tmp_path / "v")]) == 0
    folder = tmp_path / "v.forumkit"
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    capsys.readouterr()
    assert main(["init", str(folder)]) == 16
    assert "already exists" in capsys.readouterr().err
    assert {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()} == before


def test_summary_prints_counts_and_no_names(demo_vault, capsys):
    assert main(["summary", str(demo_vault)]) == 0
    out = capsys.readouterr().out
    for label in ("workplaces", "areas", "contacts", "conversations", "open grievances",
                  "committee members"):
        assert label in out
    assert "Zoë" not in out and "Ŋgema" not in out


def test_check_ok(demo_vault, capsys):
    assert main(["check", str(demo_vault)]) == 0
    assert "ok" in capsys.readouterr().out


def test_search_groups_and_folds_accents(demo_vault, capsys):
    assert main(["search", str(demo_vault), "zoe"]) == 0
    out = capsys.readouterr().out
    # "zoe" finds the hand-picked Zoë Ŋgema (and any Zoe the demo drew)
    assert "People (" in out and "Zoë Ŋgema" in out
    assert main(["search", str(demo_vault), "heat", "--limit", "2"]) == 0
    out = capsys.readouterr().out
    assert "Conversations (2)" in out
    assert main(["search", str(demo_vault), "qqqxyzzy"]) == 0
    assert "Nothing found" in capsys.readouterr().out


def test_growth_table_fits_100_columns(demo_vault, capsys):
    assert main(["growth", str(demo_vault), "--as-of", "2026-03-31"]) == 0
    out = capsys.readouterr().out
    assert "Riverside Distribution Centre" in out and "St Agnes General Hospital" in out
    assert "Target" in out and "1:1s 90d" in out
    from forum_kit.cli.output import display_width

    assert max(display_width(line) for line in out.splitlines()) <= 100
    assert main(["growth", str(demo_vault), "--workplace", "2", "--as-of", "2026-03-31"]) == 0
    out = capsys.readouterr().out
    assert "St Agnes" in out and "Riverside" not in out


def test_growth_bad_date_and_unknown_workplace(demo_vault, capsys):
    assert main(["growth", str(demo_vault), "--as-of", "31/03/2026"]) == 3
    assert "--as-of must be a date like 2026-03-31" in capsys.readouterr().err
    assert main(["growth", str(demo_vault), "--workplace", "no such place"]) == 4
    assert "--workplace" in capsys.readouterr().err


def test_deadlines_by_date_with_status(demo_vault, capsys):
    assert main(["deadlines", str(demo_vault), "--today", "2026-03-31"]) == 0
    out = capsys.readouterr().out
    assert "OVERDUE" in out
    dates = [line.split()[0] for line in out.splitlines()[3:] if line[:4].isdigit()]
    assert dates == sorted(dates) and dates
    assert "person" in out or "people" in out
    assert main(["deadlines", str(demo_vault), "--today", "tomorrow"]) == 3
    assert "--today must be a date like 2026-03-31" in capsys.readouterr().err


def test_passwd_then_old_fails_and_new_works(tmp_path, capsys, monkeypatch):
    assert main(["init", str(tmp_path / "p")]) == 0
    folder = tmp_path / "p.forumkit"
    monkeypatch.setenv("FORUM_KIT_NEW_PASSPHRASE", "a brand new longer passphrase")
    assert main(["passwd", str(folder)]) == 0
    assert main(["summary", str(folder)]) == 10
    monkeypatch.setenv("FORUM_KIT_PASSPHRASE", "a brand new longer passphrase")
    assert main(["summary", str(folder)]) == 0
    monkeypatch.setenv("FORUM_KIT_NEW_PASSPHRASE", "tiny")
    assert main(["passwd", str(folder)]) == 3
    assert main(["summary", str(folder)]) == 0
    assert "tiny" not in capsys.readouterr().err


def test_recovery_key_is_shown_once_and_opens_the_vault(tmp_path, capsys):
    assert main(["init", str(tmp_path / "r")]) == 0
    folder = tmp_path / "r.forumkit"
    capsys.readouterr()
    assert main(["recovery-key", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "shown once" in out
    key_lines = [line.strip() for line in out.splitlines() if line.startswith("    ")]
    key = " ".join(key_lines)
    assert len(key.replace(" ", "").replace("-", "")) == 32
    key_file = tmp_path / "key.txt"
    key_file.write_text(key.lower() + "\n", encoding="utf-8")
    key_file.chmod(0o600)
    os.environ.pop("FORUM_KIT_PASSPHRASE")
    assert main(["summary", str(folder), "--recovery-key-file", str(key_file)]) == 0
    key_file.write_text("AAAA-" * 7 + "AAAA\n", encoding="utf-8")
    assert main(["summary", str(folder), "--recovery-key-file", str(key_file)]) == 10


def test_passphrase_file_first_line_and_permission_warning(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("FORUM_KIT_PASSPHRASE")
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\nsecond line ignored\n", encoding="utf-8")
    secret.chmod(0o644)
    assert main(["init", str(tmp_path / "f"), "--passphrase-file", str(secret)]) == 0
    err = capsys.readouterr().err
    if os.name == "posix":
        assert "other users" in err
    Vault.open(tmp_path / "f.forumkit", PASSPHRASE).lock()
    assert main(["summary", str(tmp_path / "f.forumkit"), "--passphrase-file",
                 str(tmp_path / "missing.txt")]) == 3
    assert "does not exist" in capsys.readouterr().err


def test_no_passphrase_and_no_terminal_is_a_clear_error(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("FORUM_KIT_PASSPHRASE")
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(["init", str(tmp_path / "n")]) == 3
    err = capsys.readouterr().err
    assert "--passphrase-file" in err and "FORUM_KIT_PASSPHRASE" in err
    assert not (tmp_path / "n.forumkit").exists()


def test_prompt_twice_must_match(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("FORUM_KIT_PASSPHRASE")
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    answers = iter([PASSPHRASE, PASSPHRASE + "x"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert main(["init", str(tmp_path / "t")]) == 3
    assert "differ" in capsys.readouterr().err
    assert not (tmp_path / "t.forumkit").exists()


def test_demo_command_creates_and_refuses_to_overwrite(tmp_path, capsys):
    target = tmp_path / "d"
    args = ["demo", str(target), "--contacts", "20", "--today", "2026-03-31", "--seed", "5"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "Generated in" in out and "MiB" in out and "contacts" in out
    assert main(args) == 16
    assert "already exists" in capsys.readouterr().err


def test_demo_default_path_is_in_the_data_dir(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv(config.DATA_DIR_ENV, str(tmp_path / "data"))
    assert main(["demo", "--contacts", "10", "--today", "2026-03-31"]) == 0
    assert (tmp_path / "data" / "demo.forumkit" / "keys.json").exists()


def test_demo_bad_numbers(tmp_path, capsys):
    assert main(["demo", str(tmp_path / "d"), "--contacts", "3"]) == 3
    assert main(["demo", str(tmp_path / "d"), "--contacts", "many"]) == 2
    assert not (tmp_path / "d.forumkit").exists()


@pytest.mark.parametrize("argv", [["growth"], ["nonsense"], ["search", "x.forumkit"],
                                  ["init"], ["deadlines", "x", "--bogus"]])
def test_bad_arguments_exit_2_with_usage(argv, capsys):
    assert main(argv) == 2
    assert "usage:" in capsys.readouterr().err


def test_help_exits_0(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for command in ("init", "demo", "passwd", "recovery-key", "check", "search", "growth",
                    "deadlines", "summary"):
        assert command in out


def test_no_arguments_without_the_interface(monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "ui.app", None)
    assert main([]) == 1
    assert "desktop interface" in capsys.readouterr().err


def test_output_table_widths():
    from forum_kit.cli.output import display_width, table, truncate

    assert display_width("Oyèkúnlé") == 8
    assert display_width("Adébáyọ̀") == 7  # combining marks take no column
    assert display_width("日本") == 4
    text = table(["Name", "N"], [["Zoë Ŋgema", 3], ["日本語の名前", 12], ["x" * 200, 1]],
                 right=[False, True])
    lines = text.splitlines()
    assert all(display_width(line) <= 100 for line in lines)
    widths = {display_width(line.rstrip()) for line in lines[2:4]}
    assert len(widths) == 1
    assert truncate("abcdef", 4) == "abc…"


def test_demo_seed_default_matches_the_generator():
    from forum_kit.cli.demo_cmd import DEFAULT_SEED

    assert DEFAULT_SEED == demo.DEFAULT_SEED


def test_search_never_prints_a_sensitive_note_unless_asked(vault, capsys):
    import datetime as dt

    from forum_kit.services.contacts import add_contact
    from forum_kit.services.conversations import log_conversation
    from forum_kit.services.workplaces import add_area, add_workplace

    day = dt.date(2026, 3, 2)
    with vault.unit_of_work() as s:
        wp = add_workplace(s, name="Depot", today=day)
        area = add_area(s, workplace_id=wp.id, name="Loading")
        person = add_contact(s, workplace_id=wp.id, area_id=area.id, first_name="Ana", today=day)
        log_conversation(s, contact_id=person.id, held_on=day, agitate="quartermaster bullying",
                         sensitive=True)
    path = vault.path
    vault.lock()
    assert main(["search", str(path), "quartermaster"]) == 0
    out = capsys.readouterr().out
    assert "[sensitive]" in out and "bullying" not in out
    assert main(["search", str(path), "quartermaster", "--show-sensitive"]) == 0
    assert "bullying" in capsys.readouterr().out
