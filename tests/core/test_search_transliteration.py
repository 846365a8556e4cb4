"""Search folds by transliteration (revision 0011, ``forum_kit.text_fold``): what a steward types
on an ASCII keyboard finds names with letters that are not accents (Ł, ı, Ø, ß) and names in other
scripts, while every name typed as written still finds itself; the folded index follows inserts,
renames, deletes and imports, and a vault made before the revision gets it filled on opening."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa
from hypothesis import given, settings
from hypothesis import strategies as st

from forum_kit.models import Contract, Grievance
from forum_kit.models.enums import GrievanceType
from forum_kit.queries.people import PeopleFilter, people_ids
from forum_kit.queries.search import search
from forum_kit.services import contacts as cs
from forum_kit.services import workplaces as ws
from forum_kit.text_fold import index_fold, index_folds, needs_transliteration, transliterate

TODAY = dt.date(2025, 3, 1)
NAMES = {
    "lukasz": ("Łukasz", "Wróbel"),
    "yilmaz": ("Ayşe", "Yılmaz"),
    "oyvind": ("Øyvind", "Ødegård"),
    "strasse": ("Jana", "Straße"),
    "zoe": ("Zoë", "Ünal"),
    "ascii": ("Lukasz", "Nowak"),
    "arabic": ("محمد", "العلي"),
    "chinese": ("伟", "王"),
    "japanese": ("さくら", "たなか"),
    "russian": ("Иван", "Петров"),
    "hindi": ("राहुल", "शर्मा"),
    "korean": ("민준", "김"),
    "greek": ("Γιώργος", "Παπαδόπουλος"),
}


@pytest.fixture
def people(session):
    wp = ws.add_workplace(session, name="Site", today=TODAY)
    area = ws.add_area(session, workplace_id=wp.id, name="Hauptstraße Depot")
    ids = {
        key: cs.add_contact(
            session,
            workplace_id=wp.id,
            area_id=area.id,
            first_name=first,
            last_name=last,
            today=TODAY,
        ).id
        for key, (first, last) in NAMES.items()
    }
    ids["_wp"], ids["_area"] = wp.id, area.id
    return ids


def _found(session, text: str) -> set[int]:
    return {h.id for h in search(session, text).people}


def _filtered(session, text: str) -> set[int]:
    return set(people_ids(session, PeopleFilter(text=text), today=TODAY))


TYPED = [
    ("lukasz", "lukasz"),
    ("LUKASZ wrobel", "lukasz"),
    ("yilmaz", "yilmaz"),
    ("ayse", "yilmaz"),
    ("oyvind", "oyvind"),
    ("odegard", "oyvind"),
    ("strasse", "strasse"),
    ("stras", "strasse"),
    ("zoe unal", "zoe"),
    ("ivan", "russian"),
    ("petrov", "russian"),
    ("wang", "chinese"),
]


def test_ascii_typing_finds_letters_that_are_not_accents(session, people):
    for typed, key in TYPED:  # one vault for all (a vault per case cost a second each)
        assert people[key] in _found(session, typed), typed
        assert people[key] in _filtered(session, typed), typed


def test_every_name_as_written_still_finds_itself(session, people):
    for key in (k for k in NAMES if k != "ascii"):
        first, last = NAMES[key]
        for typed in (first, last, f"{first} {last}", first[:2]):
            assert people[key] in _found(session, typed), (key, typed)
            assert people[key] in _filtered(session, typed), (key, typed)


def test_folding_does_not_merge_what_differs(session, people):
    assert _found(session, "lukasz") == {people["lukasz"], people["ascii"]}
    # typed with the letter, the ASCII spelling is found too, and nobody else
    assert _found(session, "Łukasz") == {people["lukasz"], people["ascii"]}
    assert _found(session, "lukasz wrobel") == {people["lukasz"]}
    assert _found(session, "lukasz nowak") == {people["ascii"]}
    assert _found(session, "Иван") == {people["russian"]}
    assert _found(session, "yilmaz ivan") == set()  # every word must match one person


def test_the_folded_index_follows_renames_and_deletes(session, people):
    cs.update_contact(
        session, contact_id=people["lukasz"], today=TODAY, first_name="Jan", last_name="Kowalski"
    )
    assert people["lukasz"] not in _found(session, "lukasz")
    cs.update_contact(session, contact_id=people["ascii"], today=TODAY, last_name="Wróblewski")
    assert people["ascii"] in _found(session, "wroblewski")
    assert people["ascii"] in _filtered(session, "lukasz wroblewski")
    cs.delete_contact(session, contact_id=people["oyvind"])
    assert _found(session, "oyvind") == set()
    count = session.execute(sa.text("SELECT count(*) FROM contacts_fold_fts")).scalar()
    # only the rows that need it: not Zoë Ünal (the accent fold suffices), not Lukasz Nowak,
    # and neither Øyvind (deleted) nor Łukasz (renamed Jan Kowalski) any more
    assert count == sum(needs_transliteration(a + b) for a, b in NAMES.values()) - 2


def test_areas_and_grievances_fold_too(session, people):
    assert [h.id for h in search(session, "strasse").areas] == [people["_area"]]
    assert [h.id for h in search(session, "Hauptstrasse dep").areas] == [people["_area"]]
    contract = Contract(name="Main", workplace_id=people["_wp"])
    session.add(contract)
    session.flush()
    g = Grievance(
        number="G-1",
        workplace_id=people["_wp"],
        area_id=people["_area"],
        contract_id=contract.id,
        grievance_type=GrievanceType.INDIVIDUAL,
        title="Überstunden an der Straße",
        what="Łódź shift",
        incident_on=TODAY,
        current_step=1,
        opened_on=TODAY,
    )
    session.add(g)
    session.flush()
    assert [h.id for h in search(session, "strasse lodz").grievances] == [g.id]
    assert [h.id for h in search(session, "uberstunden").grievances] == [g.id]


def test_fold_function():
    assert transliterate("Łukasz Yılmaz Øyvind Straße") == "lukasz yilmaz oyvind strasse"
    assert transliterate("王伟").split() == ["wang", "wei"]
    assert not needs_transliteration("Zoë Şêrko") and needs_transliteration("Łukasz")
    assert index_fold("Zoë", "", None) == "" and index_fold("Ivan", "Петров") == "ivan petrov"


_FOLD_VALUES = [
    "Łukasz", "Zoë", "محمد", "王伟", "Иван", "Straße", "Ola", "", None, "\u200b", "A\u0308\u0141",
    "\u0301", "ﬁ", "㎏", "ǅ", "Ŋgozi", 0, b"x",
]


@given(st.lists(st.lists(st.sampled_from(_FOLD_VALUES) | st.text(max_size=4), min_size=3,
                         max_size=3), max_size=8))
@settings(max_examples=200, deadline=None)
def test_folds_of_many_rows_at_once_equal_the_triggers_function(rows):
    """``index_folds`` (the import's bulk write) gives each row what ``index_fold`` (revision
    0011's trigger) gives it, and leaves out the rows it folds to ''."""
    columns = [list(column) for column in zip(*rows, strict=True)] or [[], [], []]
    expected = [(i, f) for i, row in enumerate(rows) if (f := index_fold(*row))]
    assert index_folds(columns) == expected


def test_imported_people_are_in_the_folded_index(vault):
    from forum_kit.exchange.importer import apply_import, plan_import
    from forum_kit.exchange.mapping import guess_mapping
    from forum_kit.exchange.sniff import read_table

    with vault.unit_of_work() as s:
        wp = ws.add_workplace(s, name="Imported", today=TODAY).id
        ws.add_area(s, workplace_id=wp, name="Dock")
    table = read_table("First Name,Last Name,Area\nŁucja,Gülşen,Dock\nOla,Smith,Dock\n".encode())
    with vault.unit_of_work() as s:
        plan = plan_import(
            s, table, workplace_id=wp, mapping=guess_mapping(table.headers), today=TODAY
        )
    with vault.unit_of_work() as s:
        apply_import(s, plan)
    with vault.unit_of_work() as s:
        assert [h.title for h in search(s, "lucja gulsen").people] == ["Łucja Gülşen"]
        assert [h.title for h in search(s, "ola smith").people] == ["Ola Smith"]


def test_revision_0011_fills_the_folded_index_of_an_older_vault(tmp_path):
    from alembic import command

    from forum_kit.vault import FAST_KDF, Vault
    from forum_kit.vault.migrations.runner import current_revision, head_revision, make_config

    path = tmp_path / "old.forumkit"
    vault = Vault.create(path, "pass phrase", kdf=FAST_KDF)
    # the vault is taken back to 0010, then a person is added as that schema has it: what 0011
    # finds is a vault of that time, with a person and no folded index
    with vault.unit_of_work() as s:
        command.downgrade(make_config(s.connection()), "0010_contacts_name_index")
    with vault.unit_of_work() as s:
        # plain SQL: today's models carry columns that later revisions add
        s.execute(sa.text("INSERT INTO workplaces(name, employer, address, notes, created_on) "
                          "VALUES ('Old', '', '', '', :d)"), {"d": TODAY})
        s.execute(sa.text("INSERT INTO areas(workplace_id, name, kind, position, hazards, notes) "
                          "VALUES (1, 'Kai', 'area', 0, '', '')"))
        s.execute(sa.text(
            "INSERT INTO contacts(workplace_id, area_id, first_name, last_name, shift, job_title,"
            " phone, email, language, sensitive, organic_leader, notes, added_on, current_level)"
            " VALUES (1, 1, 'Øyvind', 'Łaski', '', '', '', '', '', 0, 0, '', :d, 0)"),
            {"d": TODAY})
        assert current_revision(s.connection()) == "0010_contacts_name_index"
        assert "contacts_fold_fts" not in sa.inspect(s.connection()).get_table_names()
    vault.lock()
    vault = Vault.open(path, "pass phrase")
    try:
        with vault.unit_of_work() as s:
            assert current_revision(s.connection()) == head_revision()
            assert [h.title for h in search(s, "oyvind laski").people] == ["Øyvind Łaski"]
    finally:
        vault.lock()
