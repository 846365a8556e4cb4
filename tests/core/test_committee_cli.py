"""``forum-kit committee`` end to end through ``forum_kit.cli.main``: a keeper adds a scoped steward
from their card, lists the committee, writes the copies; the steward trusts the keeper, opens the
copy, logs a one-on-one, a correction and a new contact, writes the report; the keeper takes it in,
sees the changes, applies them, and removes the member."""

from __future__ import annotations

import datetime as dt
import re
import subprocess

import pytest
import sqlalchemy as sa
from committee_world import PASS, vault_from

import forum_kit.cli as cli
from forum_kit.models import Contact
from forum_kit.services.contacts import add_contact
from forum_kit.services.workplaces import add_area, add_workplace
from forum_kit.vault import Vault


@pytest.fixture
def run(monkeypatch, capsys):
    monkeypatch.setenv("FORUM_KIT_PASSPHRASE", PASS)

    def _run(*argv: object) -> tuple[int, str, str]:
        code = cli.main([str(a) for a in argv])
        out = capsys.readouterr()
        return code, out.out, out.err

    return _run


def _fingerprint(text: str) -> str:
    match = re.search(r"Fingerprint: ([A-Z2-7-]+)", text)
    assert match, text
    return match.group(1)


def _pdf_text(path) -> str:
    done = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True)
    return " ".join(done.stdout.split())


def test_the_committee_commands(tmp_path, run, _template_vault):
    keeper = vault_from(_template_vault, tmp_path / "keeper.forumkit")
    steward = vault_from(_template_vault, tmp_path / "steward.forumkit")
    with keeper.unit_of_work() as s:
        wp = add_workplace(s, name="Depot", today=dt.date(2026, 1, 1))
        loading = add_area(s, workplace_id=wp.id, name="Loading")
        nights = add_area(s, workplace_id=wp.id, name="Nights", parent_id=loading.id)
        office = add_area(s, workplace_id=wp.id, name="Office")
        for first, last, area in (("Zoë", "Şêrko", nights.id), ("Oyèkúnlé", "Adébáyọ̀", office.id)):
            add_contact(
                s,
                workplace_id=wp.id,
                area_id=area,
                first_name=first,
                last_name=last,
                phone="0161 496 0000",
                today=dt.date(2026, 1, 2),
            )
        ids = (loading.id, wp.id)
    keeper.lock()
    steward.lock()
    k_card, s_card = tmp_path / "k.card", tmp_path / "s.card"
    code, out, _ = run("keys", "export", keeper.path, "--out", k_card)
    k_fp = _fingerprint(out)
    code, out, _ = run("keys", "export", steward.path, "--out", s_card)
    s_fp = _fingerprint(out)

    code, out, _ = run("committee", "list", keeper.path)
    assert code == 0 and "No committee yet" in out
    code, _, err = run(
        "committee", "add", keeper.path, s_card, "--fingerprint", "AAAA" * 8, "--areas", ids[0]
    )
    assert code == 3 and "does not match" in err
    code, out, _ = run(
        "committee",
        "add",
        keeper.path,
        s_card,
        "--fingerprint",
        s_fp,
        "--areas",
        ids[0],
        "--name",
        "Beatriz Quiñones",
    )
    assert code == 0 and "member 1" in out
    code, out, _ = run("committee", "list", keeper.path)
    assert "Beatriz Quiñones" in out and "Loading" in out and s_fp in out
    copies_dir = tmp_path / "copies"
    copies_dir.mkdir()
    code, out, _ = run("committee", "copy", keeper.path, "--out", copies_dir)
    assert code == 0 and "1 people" in out
    copy_file = next(copies_dir.iterdir())
    assert "Zoë".encode() not in copy_file.read_bytes()

    code, _, err = run("committee", "open-copy", steward.path, copy_file)
    assert code == 44 and "Unknown sender" in err
    assert run("committee", "add", steward.path, k_card, "--fingerprint", k_fp, "--keeper")[0] == 0
    code, out, _ = run("committee", "open-copy", steward.path, copy_file)
    assert code == 0 and "Copy of" in out and "1 people" in out
    code, _, err = run(
        "committee", "log", steward.path, "one-on-one", "--person", "Oyekunle Adebayo"
    )
    assert code == 4 and "No person" in err  # the office is outside the steward's scope
    code, out, _ = run(
        "committee",
        "log",
        steward.path,
        "one-on-one",
        "--person",
        "zoe serko",
        "--note",
        "agitate=Heat on nights",
        "--tag",
        "heat",
        "--level",
        "2",
    )
    assert code == 0
    assert (
        run(
            "committee",
            "log",
            steward.path,
            "correct",
            "--person",
            "Zoë Şêrko",
            "--note",
            "phone=+44 161 496 0999",
        )[0]
        == 0
    )
    assert (
        run(
            "committee",
            "log",
            steward.path,
            "contact",
            "--note",
            "first_name=Ngozi",
            "--note",
            "area=Loading / Nights",
        )[0]
        == 0
    )
    code, out, _ = run("committee", "list", steward.path)
    assert "Copies held here" in out and re.search(r"\b3\s+0\s+0\b", out)
    report = tmp_path / "r.fkreport"
    code, out, _ = run("committee", "report", steward.path, "--out", report)
    assert code == 0 and "3 entries" in out

    sheet = tmp_path / "review.pdf"
    code, out, _ = run("committee", "review", keeper.path, report, "--pdf", sheet)
    assert code == 0 and "Took in report 1" in out and "Correct phone" in out
    assert "copy had '0161 496 0000'" in out
    assert "FULL NAMES" in out and f"Wrote {sheet}" in out
    printed = _pdf_text(sheet)
    assert "Zoë Şêrko" in printed and "+44 161 496 0999" in printed and "to decide" in printed
    code, out, _ = run("committee", "list", keeper.path)
    assert "Reports waiting for review" in out
    code, _, err = run("committee", "review", keeper.path, "--report", "1", "--accept", "1")
    assert code == 3 and "still open 2, 3" in err
    code, out, _ = run(
        "committee",
        "review",
        keeper.path,
        "--report",
        "1",
        "--accept",
        "1,3",
        "--decline",
        "2",
        "--pdf",
        sheet,
    )
    assert code == 0 and "Changes applied: 2; declined: 1. Declined changes go back" in out
    assert "2 accepted, 1 declined" in _pdf_text(sheet)
    keeper_v = Vault.open(keeper.path, PASS)
    try:
        with keeper_v.unit_of_work() as s:
            names = set(s.execute(sa.select(Contact.first_name)).scalars())
            phone = s.execute(
                sa.select(Contact.phone).where(Contact.first_name == "Zoë")
            ).scalar_one()
    finally:
        keeper_v.lock()
    assert "Ngozi" in names and phone == "0161 496 0000"
    code, out, _ = run("committee", "remove", keeper.path, "--member", "1")
    assert code == 0
    code, out, _ = run("committee", "remove", steward.path, "--keeper", k_fp)
    assert code == 0 and not any((steward.path / "copies").iterdir())
