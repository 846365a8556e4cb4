"""``forum-kit areas``, ``delete-workplace`` and ``delete-area`` through ``main([...])``: refusals
with counts and the error's exit code, the --yes / no-terminal confirmation, nested deletes."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from forum_kit.cli import main
from forum_kit.models import Area, Contact, Workplace
from forum_kit.services import contacts as cs
from forum_kit.services import workplaces as ws
from forum_kit.vault import FAST_KDF, Vault

PASSPHRASE = "correct horse battery staple"
TODAY = dt.date(2026, 3, 31)


@pytest.fixture(autouse=True)
def _scripted(monkeypatch):
    monkeypatch.setenv("FORUM_KIT_INSECURE_FAST_KDF", "1")
    monkeypatch.setenv("FORUM_KIT_PASSPHRASE", PASSPHRASE)


@pytest.fixture
def site(tmp_path):
    """Two workplaces: Plant (hall > line > cell, office) and Depot with one person in it."""
    path = tmp_path / "v.forumkit"
    vault = Vault.create(path, PASSPHRASE, kdf=FAST_KDF)
    with vault.unit_of_work() as s:
        plant = ws.add_workplace(s, name="Plant", today=TODAY)
        hall = ws.add_area(s, workplace_id=plant.id, name="Hall")
        line = ws.add_area(s, workplace_id=plant.id, name="Line", parent_id=hall.id)
        cell = ws.add_area(s, workplace_id=plant.id, name="Cell", parent_id=line.id)
        office = ws.add_area(s, workplace_id=plant.id, name="Office")
        depot = ws.add_workplace(s, name="Depot", today=TODAY)
        dock = ws.add_area(s, workplace_id=depot.id, name="Dock")
        cs.add_contact(s, workplace_id=depot.id, area_id=dock.id, first_name="Zoë",
                       last_name="Adeyemi", today=TODAY)
        ids = {"plant": plant.id, "hall": hall.id, "line": line.id, "cell": cell.id,
               "office": office.id, "depot": depot.id, "dock": dock.id}
    vault.lock()
    return path, ids


def _count(path, model) -> int:
    vault = Vault.open(path, PASSPHRASE)
    try:
        with vault.unit_of_work() as s:
            return s.execute(sa.select(sa.func.count()).select_from(model)).scalar_one()
    finally:
        vault.lock()


def test_areas_lists_the_trees_with_numbers(site, capsys):
    path, ids = site
    assert main(["areas", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"#{ids['plant']} Plant (4 areas, 0 people)" in out
    assert f"      #{ids['cell']} Cell [area] 0" in out


def test_delete_workplace_refused_with_counts(site, capsys):
    path, ids = site
    assert main(["delete-workplace", str(path), "Depot", "--yes"]) != 0
    err = capsys.readouterr().err
    assert "1 person (current or past)" in err and "Zoë" not in err
    assert _count(path, Workplace) == 2


def test_delete_workplace_needs_a_confirmation(site, capsys, monkeypatch):
    path, ids = site
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["delete-workplace", str(path), str(ids["plant"])]) == 3
    err = capsys.readouterr().err
    assert "the workplace and 4 areas" in err and "add --yes" in err
    assert _count(path, Area) == 5


def test_delete_workplace_with_nested_areas(site, capsys):
    path, ids = site
    assert main(["delete-workplace", str(path), "plant", "--yes"]) == 0
    assert "Deleted the workplace and 4 areas." in capsys.readouterr().out
    assert _count(path, Workplace) == 1 and _count(path, Area) == 1


def test_delete_area_with_sub_areas_and_a_move(site, capsys, monkeypatch):
    path, ids = site
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda _prompt: "no")
    assert main(["delete-area", str(path), str(ids["hall"])]) == 1
    assert _count(path, Area) == 5
    monkeypatch.setattr("builtins.input", lambda _prompt: "yes")
    assert main(["delete-area", str(path), str(ids["hall"])]) == 0
    assert "the area and 2 sub-areas" in capsys.readouterr().err
    assert _count(path, Area) == 2
    # people move only within their workplace and only when asked
    assert main(["delete-area", str(path), str(ids["dock"]), "--yes"]) != 0
    assert "1 person is still in this area" in capsys.readouterr().err
    assert main(["delete-area", str(path), str(ids["dock"]), "--move-to",
                 str(ids["office"]), "--yes"]) != 0
    assert "same workplace" in capsys.readouterr().err
    assert _count(path, Contact) == 1 and _count(path, Area) == 2


def test_a_change_while_deciding_deletes_nothing(site, monkeypatch, capsys):
    """The question is asked outside the transaction; the delete re-reads what it would lose."""
    from forum_kit.cli import structure_cmd

    path, ids = site

    def someone_adds_a_person(what, lost, *, yes):
        other = Vault.open(path, PASSPHRASE)  # the app, say, while the steward reads the list
        try:
            with other.unit_of_work() as s:
                cs.add_contact(s, workplace_id=ids["plant"], area_id=ids["cell"],
                               first_name="Li", last_name="Wei", today=TODAY)
        finally:
            other.lock()
        return True

    monkeypatch.setattr(structure_cmd, "confirmed", someone_adds_a_person)
    before = _count(path, Area)
    assert main(["delete-area", str(path), str(ids["hall"])]) == 5  # Conflict
    assert "changed while you were deciding" in capsys.readouterr().err
    assert _count(path, Area) == before
