"""The command line lists and adds each community item: places, needs, offers, matches, the fund,
the time bank, check-ins and the retaliation log, and prints the sheet, the statement and the
protected log."""

from __future__ import annotations

import datetime as dt
import subprocess

import pikepdf
import pytest
from beyond_helpers import make_place
from pikepdf.models.encryption import EncryptionMethod

from forum_kit.cli import main
from forum_kit.services.contacts import update_contact
from forum_kit.vault import FAST_KDF, Vault

PASSPHRASE = "correct horse battery staple"
TODAY = dt.date.today()


@pytest.fixture(autouse=True)
def _scripted(monkeypatch):
    monkeypatch.setenv("FORUM_KIT_INSECURE_FAST_KDF", "1")
    monkeypatch.setenv("FORUM_KIT_PASSPHRASE", PASSPHRASE)


@pytest.fixture
def path(tmp_path):
    folder = tmp_path / "street.forumkit"
    vault = Vault.create(folder, PASSPHRASE, kdf=FAST_KDF)
    with vault.unit_of_work() as s:
        place = make_place(s, people=6, today=TODAY)
        update_contact(s, contact_id=place.people[5], sensitive=True)
    vault.lock()
    return str(folder)


def run(capsys, *argv: str, code: int = 0) -> str:
    assert main(list(argv)) == code, capsys.readouterr()
    out, err = capsys.readouterr()
    return out + err


def test_places(capsys, path):
    out = run(capsys, "place", "add", path, "Riverside depot", "--kind", "workplace")
    assert "workplace number" in out
    out = run(capsys, "place", "list", path)
    assert "neighbourhood" in out and "Riverside depot" in out


def test_needs_offers_matches(capsys, path, tmp_path):
    out = run(
        capsys,
        "aid",
        "need-add",
        path,
        "--kind",
        "childcare",
        "--member",
        "Zoë Ŋgema",
        "--what",
        "After school on Tuesdays",
        "--urgency",
        "urgent",
        "--visibility",
        "assembly",
    )
    assert "need number 1" in out
    run(
        capsys,
        "aid",
        "offer-add",
        path,
        "--kind",
        "childcare",
        "--member",
        "Agustín Muñoz",
        "--what",
        "Tuesdays and Thursdays",
        "--visibility",
        "named",
    )
    run(capsys, "aid", "need-add", path, "--kind", "money", "--anonymous", "--area", "Mill Lane")
    out = run(capsys, "aid", "needs", path)
    assert "Zoë Ŋgema" in out and "anonymous" in out and "urgent" in out
    out = run(capsys, "aid", "fits", path, "1")
    assert "same area" in out and "Agustín Muñoz" in out
    follow = (TODAY + dt.timedelta(days=2)).isoformat()
    out = run(capsys, "aid", "match", path, "1", "--offer", "1", "--follow-up", follow)
    assert "match number 1" in out
    out = run(capsys, "aid", "follow-ups", path)
    assert "Zoë Ŋgema" in out and "Agustín Muñoz" in out
    run(capsys, "aid", "match-done", path, "1")
    assert "No mutual-aid follow-up due" in run(capsys, "aid", "follow-ups", path)
    run(capsys, "aid", "need-close", path, "1", "--status", "met")
    out = run(capsys, "aid", "need-close", path, "2", "--status", "unmet", code=3)
    assert "why" in out
    out = run(capsys, "aid", "figures", path, "--months", "2")
    assert "Canal Street" in out
    out = run(capsys, "aid", "offers", path)
    assert "Tuesdays" not in out and "childcare" in out  # the list shows kinds, not texts
    sheet = tmp_path / "sheet.pdf"
    out = run(capsys, "aid", "sheet", path, "--out", str(sheet), "--names")
    assert "names of members who agreed" in out
    text = subprocess.run(
        ["pdftotext", str(sheet), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Muñoz" in text and "Ŋgema" not in text
    csv = tmp_path / "aid.csv"
    out = run(capsys, "aid", "export", path, "--out", str(csv))
    assert "no names" in out
    assert "Tuesdays" in csv.read_text(encoding="utf-8-sig")


def test_fund(capsys, path):
    run(capsys, "fund", "add", path, "Hardship fund", "--currency", "GBP")
    run(capsys, "fund", "post", path, "Hardship", "--kind", "collection", "--amount", "120")
    out = run(capsys, "fund", "post", path, "1", "--kind", "grant", "--amount", "200,00", code=5)
    assert "below zero" in out
    out = run(
        capsys,
        "fund",
        "post",
        path,
        "1",
        "--kind",
        "grant",
        "--amount",
        "45.50",
        "--member",
        "Şêrko Aydın",
    )
    assert "GBP 74.50" in out
    out = run(capsys, "fund", "reverse", path, "2", "--memo", "paid twice")
    assert "120.00" in out
    out = run(capsys, "fund", "entries", path, "Hardship fund")
    assert "grant (reversed)" in out and "Şêrko Aydın" in out
    assert "GBP 120.00" in run(capsys, "fund", "list", path)


def test_time_bank_and_statement(capsys, path, tmp_path):
    run(capsys, "timebank", "add", path, "Canal time bank", "--floor-hours", "5")
    out = run(
        capsys,
        "timebank",
        "exchange",
        path,
        "Canal",
        "--giver",
        "Zoë Ŋgema",
        "--receiver",
        "Şêrko Aydın",
        "--hours",
        "1:30",
        "--what",
        "Fixed a door",
    )
    assert "posted" in out
    out = run(
        capsys,
        "timebank",
        "exchange",
        path,
        "Canal",
        "--giver",
        "Şêrko Aydın",
        "--receiver",
        "Agustín Muñoz",
        "--hours",
        "2",
        "--confirmed-by",
        "giver",
    )
    assert "waiting" in out
    run(capsys, "timebank", "confirm", path, "2", "--as", "receiver")
    out = run(capsys, "timebank", "accounts", path, "Canal")
    assert "+1:30 h" in out and "-2:00 h" in out
    run(capsys, "timebank", "reverse", path, "1", "--reason", "wrong giver")
    out = run(capsys, "timebank", "exchanges", path, "Canal")
    assert "reversal" in out and "reversed" in out
    statement = tmp_path / "statement.pdf"
    out = run(
        capsys, "timebank", "statement", path, "Canal", "Şêrko Aydın", "--out", str(statement)
    )
    assert "for that member" in out
    text = subprocess.run(
        ["pdftotext", str(statement), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Şêrko Aydın" in text and "Fixed a door" in text
    out = run(capsys, "timebank", "figures", path)
    assert "fewer than 5" in out  # three members only
    run(capsys, "timebank", "close-account", path, "Canal", "Zoë Ŋgema")
    assert "Closed" in run(capsys, "timebank", "accounts", path, "Canal")


def test_check_ins_and_the_retaliation_log(capsys, path, tmp_path):
    past = (TODAY - dt.timedelta(days=10)).isoformat()
    due = (TODAY - dt.timedelta(days=2)).isoformat()
    out = run(
        capsys,
        "checkin",
        "add",
        path,
        "Zoë Ŋgema",
        "--event",
        "firing",
        "--event-on",
        past,
        "--due",
        due,
        "--checker",
        "Şêrko Aydın",
    )
    assert "check-in 1" in out
    out = run(capsys, "checkin", "list", path)
    assert "OVERDUE" in out and "Zoë Ŋgema" in out
    out = run(capsys, "deadlines", path)
    assert "Check-ins on members overdue" in out and "Zoë" not in out
    assert "Zoë Ŋgema" in run(capsys, "deadlines", path, "--names")
    run(capsys, "checkin", "done", path, "1", "--outcome", "Coping; wants the appeal")
    assert "No check-in open" in run(capsys, "checkin", "list", path)
    run(
        capsys,
        "retaliation",
        "add",
        path,
        "--what",
        "Moved to the worst flat",
        "--member",
        "Zoë Ŋgema",
        "--witness",
        "Agustín Muñoz",
        "--witness",
        "Łucja Żółkiewska",
        "--management",
        "Letting agent",
    )
    out = run(capsys, "retaliation", "list", path)
    assert "Letting agent" in out and "Moved" in out
    log = tmp_path / "log.pdf"
    out = run(capsys, "retaliation", "print", path, "--out", str(log), code=3)
    assert "password" in out and not log.exists()
    secret = tmp_path / "pw.txt"
    secret.write_text("a long enough password\n")
    secret.chmod(0o600)
    run(capsys, "retaliation", "print", path, "--out", str(log), "--password-file", str(secret))
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(log)
    with pikepdf.open(log, password="a long enough password") as pdf:
        assert pdf.encryption.stream_method == EncryptionMethod.aesv3
    csv = tmp_path / "log.csv"
    out = run(capsys, "retaliation", "export", path, "--out", str(csv))
    assert "left out" in out and "--include-sensitive" in out
    assert "Moved" not in csv.read_text(encoding="utf-8-sig")
    run(capsys, "retaliation", "export", path, "--out", str(csv), "--include-sensitive")
    assert "Agustín Muñoz; Łucja Żółkiewska" in csv.read_text(encoding="utf-8-sig")
