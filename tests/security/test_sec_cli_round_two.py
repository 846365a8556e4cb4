"""Issue 25, the command line: what an adversarial run found, each fixed.

A passphrase file saved by Windows Notepad (UTF-8 with a byte-order mark) opens the vault; Ctrl-D
at the passphrase prompt ends the command with a sentence, not a traceback; a reader that goes
away (``| head``) stops every command quietly (exit 141) instead of a BrokenPipeError; control
characters in anything printed (a file's header, a name, a message) are escaped, never sent to
the terminal raw; a deeply nested or tampered ``keys.json`` is refused as damaged (exit 11)
before any key derivation.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PASSPHRASE

import forum_kit.cli as cli
from forum_kit.cli import common
from forum_kit.vault import FAST_KDF, Vault, keyfile


@pytest.fixture
def folder(tmp_path, monkeypatch) -> Path:
    monkeypatch.delenv("FORUM_KIT_PASSPHRASE", raising=False)
    Vault.create(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF).lock()
    return tmp_path / "v.forumkit"


# ------------------------------------------------------------------------ passphrase input


def test_a_passphrase_file_with_a_byte_order_mark_opens_the_vault(folder, tmp_path, capsys):
    secret = tmp_path / "pass.txt"
    secret.write_bytes("\ufeff".encode() + PASSPHRASE.encode() + b"\r\n")  # Notepad's UTF-8
    secret.chmod(0o600)
    assert cli.main(["summary", str(folder), "--passphrase-file", str(secret)]) == 0
    assert "contacts" in capsys.readouterr().out


def test_ctrl_d_at_the_passphrase_prompt_is_a_sentence_not_a_traceback(folder, monkeypatch, capsys):
    def eof(prompt: str = "") -> str:
        raise EOFError

    monkeypatch.setattr(common.getpass, "getpass", eof)
    monkeypatch.setattr(common.sys.stdin, "isatty", lambda: True, raising=False)
    assert cli.main(["summary", str(folder)]) == 1
    err = capsys.readouterr().err
    assert "No passphrase was typed" in err and "Traceback" not in err


# --------------------------------------------------------------------------- broken pipes


class _ClosedPipe:
    """A standard output whose reader has gone away."""

    encoding = "utf-8"

    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def flush(self) -> None:
        raise BrokenPipeError(32, "Broken pipe")

    def isatty(self) -> bool:
        return False


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = cli.build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def _closed_stdout(monkeypatch) -> io.StringIO:
    """The standard output a reader has left, and a standard error to read back (both through
    monkeypatch, never capsys: under ``-s`` the two would leave a closed stream behind)."""
    err = io.StringIO()
    monkeypatch.setattr(sys, "stdout", _ClosedPipe())
    monkeypatch.setattr(sys, "stderr", err)
    return err


@pytest.mark.parametrize("command", sorted(_subcommands()))
def test_every_command_stops_quietly_when_its_reader_goes_away(command, monkeypatch):
    # argparse's own output (help) goes through the same guard as each command's
    err = _closed_stdout(monkeypatch)
    assert cli.main([command, "--help"]) == cli.EXIT_BROKEN_PIPE
    assert "Traceback" not in err.getvalue()


def _demo_vault(path: Path) -> Path:
    from datetime import date

    from forum_kit.demo import generate

    vault = Vault.create(path, PASSPHRASE, kdf=FAST_KDF)
    try:
        generate(
            vault, today=date(2026, 3, 10), contacts=60, workplaces=1, areas=4, notes_per_contact=1
        )
    finally:
        vault.lock()
    return path


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory) -> Path:
    return _demo_vault(tmp_path_factory.mktemp("pipe") / "demo.forumkit")


# every command whose output is worth piping into head, with what makes it print
_PRINTING = [
    ["summary"],
    ["search", "a"],
    ["areas"],
    ["growth"],
    ["deadlines", "--today", "2026-03-10"],
    ["check"],
    ["keys", "list"],
]


@pytest.mark.parametrize("argv", _PRINTING, ids=lambda a: a[0])
def test_printing_commands_stop_quietly_when_their_reader_goes_away(argv, demo_folder, monkeypatch):
    monkeypatch.setenv("FORUM_KIT_PASSPHRASE", PASSPHRASE)
    err = _closed_stdout(monkeypatch)
    args = (
        [argv[0], *argv[1:2], str(demo_folder), *argv[2:]]
        if argv[0] == "keys"
        else [argv[0], str(demo_folder), *argv[1:]]
    )
    assert cli.main(args) == cli.EXIT_BROKEN_PIPE
    assert "Traceback" not in err.getvalue()


def test_search_piped_into_a_closed_reader_prints_no_traceback(demo_folder, tmp_path):
    """In a real process: the interpreter's own flush at exit meets the closed pipe too."""
    env = dict(os.environ, FORUM_KIT_PASSPHRASE=PASSPHRASE)
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from forum_kit.cli import main; sys.exit(main())",
            "search",
            str(demo_folder),
            "a",
        ],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    child.stdout.close()  # the reader is gone before the first line
    err = child.stderr.read()
    assert child.wait(timeout=120) == cli.EXIT_BROKEN_PIPE
    assert err == b"", err.decode(errors="replace")


# -------------------------------------------------------------------------- control characters


def test_control_characters_in_a_header_are_printed_escaped(folder, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("FORUM_KIT_PASSPHRASE", PASSPHRASE)
    chart = tmp_path / "chart.csv"
    chart.write_text(
        "First Name,Last Name,\x1b[2J\x1b]0;owned\x07Dept\x9b1m\nAna,Perez,Dock\n", encoding="utf-8"
    )
    cli.main(["import", str(folder), str(chart), "--dry-run"])
    printed = capsys.readouterr()
    for stream in (printed.out, printed.err):
        assert not any(ch in stream for ch in "\x1b\x07\x9b"), repr(stream)
    assert "\\x1b[2J\\x1b]0;owned\\x07Dept\\x9b1m" in printed.out


def test_escaping_keeps_names_in_every_script_and_the_layout():
    from forum_kit.cli.output import escape_controls, table

    names = "Zoë Ünal, Şêrko, محمد‌رضا, देवनागरी, 王小明, Łukasz\tx\ny"
    assert escape_controls(names) == names  # ZWNJ (a format character) stays, tab and newline too
    assert escape_controls("a\rb\x00c\x7f") == "a\\x0db\\x00c\\x7f"
    lines = table(["name", "n"], [["e\x1bvil", 1], ["ok", 2]]).splitlines()
    assert lines[2].rindex("1") == lines[3].rindex("2")  # the column width counts the escape


# ------------------------------------------------------------------------------ key files


def test_a_deeply_nested_key_file_is_damage_not_a_traceback(folder, monkeypatch, capsys):
    monkeypatch.setenv("FORUM_KIT_PASSPHRASE", PASSPHRASE)
    (folder / "keys.json").write_text("[" * 100_000 + "]" * 100_000)
    assert cli.main(["summary", str(folder)]) == 11
    assert "Traceback" not in capsys.readouterr().err


def test_a_key_file_asking_for_4_gib_is_refused_before_any_derivation(folder, monkeypatch, capsys):
    monkeypatch.setenv("FORUM_KIT_PASSPHRASE", PASSPHRASE)
    doc = json.loads((folder / "keys.json").read_text())
    doc["slots"][0]["m"] = 4 * 1024 * 1024
    (folder / "keys.json").write_text(json.dumps(doc))
    derived: list[object] = []
    monkeypatch.setattr(keyfile, "derive_key", lambda *a: derived.append(a) or b"\0" * 32)
    assert cli.main(["summary", str(folder)]) == 11
    assert derived == []
    assert "key file" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("m", "t", "ok"),
    [
        (256 * 1024, 3, True),
        (1024 * 1024, 3, True),
        (1024 * 1024, 4, False),
        (512 * 1024, 6, True),
        (512 * 1024, 7, False),
        (2 * 1024 * 1024, 1, False),
        (64 * 1024, 17, False),
    ],
)
def test_kdf_bounds_leave_room_above_production_and_no_more(m, t, ok):
    slot = {
        "name": "passphrase",
        "kdf": "argon2id",
        "m": m,
        "t": t,
        "p": 4,
        "salt": "A" * 22 + "==",
        "nonce": "A" * 16,
        "wrapped": "A" * 64,
    }
    doc = {"format": 1, "vault_id": "0" * 32, "slots": [slot]}
    data = json.dumps(doc).encode()
    if ok:
        assert keyfile.parse(data).slots[0].profile.memory_kib == m
    else:
        with pytest.raises(Exception) as caught:
            keyfile.parse(data)
        assert caught.value.code == 11
