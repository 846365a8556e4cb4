"""``forum-kit keys`` and ``forum-kit bundle`` end to end through ``forum_kit.cli.main``: cards
swapped, fingerprints typed, a bundle exported, imported, refused on replay and tampering with
distinct exit codes, and the roll-up printed."""

from __future__ import annotations

import datetime as dt
import re

import pytest

import forum_kit.cli as cli
from forum_kit.services import assemblies as asm
from forum_kit.vault import FAST_KDF, Vault

PASS = "correct horse battery staple"
MEETING = dt.datetime(2026, 5, 6, 18, 30)


@pytest.fixture
def run(monkeypatch, capsys):
    monkeypatch.setenv("FORUM_KIT_PASSPHRASE", PASS)

    def _run(*argv: object) -> tuple[int, str, str]:
        code = cli.main([str(a) for a in argv])
        out = capsys.readouterr()
        return code, out.out, out.err

    return _run


def _vaults(tmp_path) -> tuple[Vault, Vault]:
    forum = Vault.create(tmp_path / "forum.forumkit", PASS, kdf=FAST_KDF)
    council = Vault.create(tmp_path / "council.forumkit", PASS, kdf=FAST_KDF)
    with forum.unit_of_work() as s:
        f = asm.create_body(s, kind="forum", name="Print shop forum")
        c = asm.create_body(s, kind="council", name="Trades council")
        meeting = asm.schedule_meeting(s, body_id=c.id, held_at=MEETING)
        for title, instruction in (("Pay claim", "for"), ("Merger", "against")):
            item = asm.add_agenda_item(s, meeting_id=meeting.id, title=title)
            asm.pass_mandate(s, forum_id=f.id, agenda_item_id=item.id, instruction=instruction)
        asm.elect_delegate(
            s, forum_id=f.id, council_id=c.id, display_name="Pat Delegate",
            term_start=dt.date(2026, 1, 1), term_end=dt.date(2099, 12, 31),
        )
    forum.lock()
    council.lock()
    return forum, council


def _fingerprint(text: str) -> str:
    match = re.search(r"Fingerprint: ([A-Z2-7-]+)", text)
    assert match, text
    return match.group(1)


def test_keys_and_bundle_commands(tmp_path, run):
    forum, council = _vaults(tmp_path)
    code, out, _ = run("keys", "show", council.path, "--name", "Trades council")
    assert code == 0 and "Name: Trades council" in out
    council_fp = _fingerprint(out)
    assert len(council_fp.split("-")) == 8
    assert run("keys", "export", council.path, "--out", tmp_path / "council.txt")[0] == 0
    code, out, _ = run("keys", "export", forum.path, "--out", tmp_path / "forum.txt")
    forum_fp = _fingerprint(out)

    code, _, err = run(
        "keys", "trust", forum.path, tmp_path / "council.txt", "--fingerprint", forum_fp,
        "--kind", "council",
    )
    assert code == 3 and "does not match" in err
    # Typed in lower case with spaces: still the same fingerprint.
    typed = council_fp.lower().replace("-", " ")
    code, out, _ = run(
        "keys", "trust", forum.path, tmp_path / "council.txt", "--fingerprint", typed,
        "--kind", "council",
    )
    assert code == 0 and "Trusted council 'Trades council'" in out
    assert run(
        "keys", "trust", council.path, tmp_path / "forum.txt", "--fingerprint", forum_fp
    )[0] == 0
    code, out, _ = run("keys", "list", council.path)
    assert code == 0 and "forum" in out and forum_fp in out

    bundle = tmp_path / "out" / "north.fkb"
    code, _, err = run(
        "bundle", "export", forum.path, "--council-fingerprint", council_fp,
        "--meeting-date", "2026-05-06", "--out", bundle,
    )
    assert code == 3 and "folder" in err and not bundle.exists()
    bundle = tmp_path / "north.fkb"
    code, out, _ = run(
        "bundle", "export", forum.path, "--council-fingerprint", council_fp,
        "--meeting-date", "2026-05-06", "--out", bundle,
    )
    assert code == 0, out
    assert "Personal data in this bundle:" in out and (
        "The name of 1 delegate or alternate: an elected officer" in out)
    assert bundle.read_bytes().startswith(b"FKBUNDLE")
    assert oct(bundle.stat().st_mode & 0o777) == "0o600"
    assert not list(tmp_path.glob(".forumkit-*"))

    code, out, _ = run("bundle", "import", council.path, bundle)
    assert code == 0 and "Print shop forum" in out and "mandates: 2, areas:" in out
    code, _, err = run("bundle", "import", council.path, bundle)
    assert code == 35 and "already imported" in err

    damaged = bytearray(bundle.read_bytes())
    damaged[200] ^= 0x10
    (tmp_path / "damaged.fkb").write_bytes(bytes(damaged))
    code, _, err = run("bundle", "import", council.path, tmp_path / "damaged.fkb")
    assert code == 32 and "damaged or altered" in err
    (tmp_path / "notes.txt").write_text("hello")
    assert run("bundle", "import", council.path, tmp_path / "notes.txt")[0] == 30

    code, out, _ = run("bundle", "rollup", council.path)
    assert code == 0
    pay = next(line for line in out.splitlines() if "Pay claim" in line)
    assert re.search(r"Pay claim\s+1\s+0\s+0\s+0", pay), pay
    assert "Pat Delegate" in out and "active" in out
