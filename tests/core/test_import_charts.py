"""Charts as stewards keep them, each imported as CSV, as XLSX and as ODS, with every field
stored checked: the OPEIU chart with its own columns (card dates from Sdate, never today; the
cell phone, not the home phone; Rate, Comm, Cdate, Rep), a German and a Spanish export, and a
file with the same people on several rows (merged, one conflict settled by a choice)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
import sqlalchemy as sa
from chart_workbooks import typed, write_ods, write_xlsx

from forum_kit.exchange.area_paths import area_paths
from forum_kit.exchange.importer import apply_import, plan_import
from forum_kit.exchange.mapping import guess_mapping
from forum_kit.exchange.sniff import read_table
from forum_kit.services.workplaces import add_workplace

CORPUS = Path(__file__).parent.parent / "data" / "import"
TODAY = dt.date(2025, 6, 1)
D = dt.date.fromisoformat

# per person: (first, last), area path, shift, job, FT/PT, employee number, phone, email,
# language, card date, notes, current level, assessed on, last contact, contacted by (first
# name), committee role, assessment history, contact history
OPEIU = {
    ("Ana", "Pérez"): ("Billing / Team North", "Days", "Clerk", "FT", None, "555-201-0001",
                       "ana@example.org", "", D("2025-01-10"), "Leads the lunch group", 1, TODAY,
                       D("2025-03-01"), None, "C", [(1, TODAY)], [D("2025-03-01")]),
    ("Bo", "Li"): ("Billing / Team North", "Days", "Clerk", "PT", None, "555-201-0002", "", "",
                   D("2025-01-12"), "", 2, TODAY, D("2025-03-02"), "Ana", "CH", [(2, TODAY)],
                   [D("2025-03-02")]),
    ("Chidi", "Okafor"): ("Billing / Team South", "Nights", "Lead", "FT", None, "555-201-0003",
                          "chidi@example.org", "", None, "", 3, TODAY, D("2025-02-20"), "Ana",
                          None, [(3, TODAY)], [D("2025-02-20")]),
    ("Dana", "Smith"): ("Loading", "Days", "Driver", "FT", None, "555-201-0004", "", "",
                        D("2024-11-30"), "", 4, TODAY, None, None, None, [(4, TODAY)], []),
    ("Eli", "Cohen"): ("Loading", "Nights", "Driver", "FT", None, "555-201-0005", "", "",
                       D("2024-12-15"), "", 5, TODAY, D("2025-01-05"), "Bo", None, [(5, TODAY)],
                       [D("2025-01-05")]),
    ("Fatima", "Haddad"): ("Loading", "Days", "Clerk", "PT", None, "555-201-0006", "", "",
                           D("2025-02-01"), "", 2, TODAY, D("2025-02-01"), "Bo", None,
                           [(2, TODAY)], [D("2025-02-01")]),
}
GERMAN = {
    ("Jürgen", "Müller"): ("Lager", "Früh", "Kommissionierer", "FT", "P-001", "0171 2345678",
                           "juergen@example.de", "Deutsch", D("2025-01-14"),
                           "Spricht auch Türkisch", 2, TODAY, D("2025-03-03"), None, "C",
                           [(2, TODAY)], [D("2025-03-03")]),
    ("Zoë", "Ünal"): ("Lager", "Spät", "Fahrerin", "PT", "P-002", "0171 2345679", "", "Türkisch",
                      None, "", 3, TODAY, D("2025-03-01"), "Jürgen", None, [(3, TODAY)],
                      [D("2025-03-01")]),
    ("Łukasz", "Wójcik"): ("Versand", "Nacht", "Packer", "FT", "P-003", "0171 2345680",
                           "lukasz@example.de", "Polnisch", D("2025-02-20"), "", 2, TODAY, None,
                           None, "CH", [(2, TODAY)], []),
    ("Ayşe", "Yılmaz"): ("Versand", "Früh", "Packerin", "PT", "P-004", "0171 2345681", "", "",
                         None, "", 4, TODAY, None, None, None, [(4, TODAY)], []),
}
SPANISH = {
    ("María", "García López"): ("Cocina", "Mañana", "Cocinera", "FT", "E-10", "600 111 222",
                                "maria@example.es", "Español", D("2025-01-14"), "", 1, TODAY,
                                D("2025-03-03"), None, "C", [(1, TODAY)], [D("2025-03-03")]),
    ("José", "Martínez"): ("Cocina", "Tarde", "Ayudante", "PT", "E-11", "600 111 223", "",
                           "Español", D("2025-01-20"), "", 2, TODAY, D("2025-03-01"), "María",
                           None, [(2, TODAY)], [D("2025-03-01")]),
    ("Ñuño", "Iñíguez"): ("Limpieza", "Noche", "Limpiador", "FT", "E-12", "600 111 224",
                          "nuno@example.es", "Gallego", None, "Turno de noche fijo", 3, TODAY,
                          None, None, "CH", [(3, TODAY)], []),
    ("Lucía", "Fernández"): ("Limpieza", "Mañana", "Limpiadora", "PT", "E-13", "600 111 225", "",
                             "Español", None, "", 4, TODAY, None, None, None, [(4, TODAY)], []),
}
SAME_PERSON = {
    # two rows: "V." is the initial of Vance; both assessments and contact dates are history
    ("Tara", "Vance"): ("Line 1", "", "", None, "E100", "555-400-0001", "tara@example.org", "",
                        D("2025-02-02"), "Night shift\n\nWants a meeting", 3, D("2025-03-01"),
                        D("2025-03-01"), "Umar", "C", [(2, D("2025-01-05")), (3, D("2025-03-01"))],
                        [D("2025-01-05"), D("2025-03-01")]),
    # the phone written two ways, the name in two cases
    ("Umar", "Shah"): ("Line 1", "", "", None, None, "555-400-0002", "umar@example.org", "", None,
                       "", 1, TODAY, D("2025-02-10"), None, None, [(1, TODAY)],
                       [D("2025-02-10")]),
    # one phone, two employee numbers: two workers
    ("Vera", "Lind", "E102"): ("Line 2", "", "", None, "E102", "555-400-0003", "vera@example.org",
                               "", None, "", 2, TODAY, None, None, None, [(2, TODAY)], []),
    ("Vera", "Lind", "E103"): ("Line 2", "", "", None, "E103", "555-400-0003", "", "", None, "",
                               4, TODAY, None, None, None, [(4, TODAY)], []),
    # Kim or Kimball: the person chose the later row's
    ("Walt", "Kimball"): ("Line 2", "", "", None, None, "", "walt@example.org", "", None, "", 0,
                          None, None, None, None, [], []),
}
CHARTS = {
    "16_opeiu_columns.csv": (OPEIU, {}),
    "17_german_export.csv": (GERMAN, {}),
    "18_spanish_export.csv": (SPANISH, {}),
    "19_same_person.csv": (SAME_PERSON, {9: "later"}),
}


def _as(kind: str, name: str, tmp_path: Path) -> Path:
    """The chart as a CSV (itself), or as an XLSX or ODS workbook with typed cells."""
    source = CORPUS / name
    if kind == "csv":
        return source
    table = read_table(source)
    text = source.read_bytes().decode(table.encoding or "utf-8").lstrip("\ufeff")
    rows = list(csv.reader(io.StringIO(text), delimiter=table.delimiter or ","))
    typed_rows = [rows[0]] + [[typed(cell) for cell in row] for row in rows[1:]]
    writer = write_xlsx if kind == "xlsx" else write_ods
    return writer(tmp_path / f"{source.stem}.{kind}", typed_rows)


def _day(value: str | None) -> dt.date | None:
    return D(value) if value else None


def _stored(session, workplace_id: int) -> dict[tuple, tuple]:
    paths = area_paths(session, workplace_id)
    people = {}
    for row in session.execute(sa.text(
        "SELECT c.id, c.first_name, c.last_name, c.area_id, c.shift, c.job_title, c.employment, "
        "c.employee_number, c.phone, c.email, c.language, c.card_signed_on, c.notes, "
        "c.current_level, c.current_assessed_on, c.last_contact_on, b.first_name "
        "FROM contacts c LEFT JOIN contacts b ON b.id = c.last_contact_by_id "
        "WHERE c.workplace_id = :w"), {"w": workplace_id}):
        ident, first, last = row[0], row[1], row[2]
        # the two Vera Linds are told apart by their employee numbers
        key = (first, last, row[7]) if (first, last) == ("Vera", "Lind") else (first, last)
        role = session.execute(sa.text(
            "SELECT group_concat(role) FROM committee_memberships WHERE contact_id = :c"),
            {"c": ident}).scalar()
        history = [(level, D(on)) for level, on in session.execute(sa.text(
            "SELECT level, assessed_on FROM assessments WHERE contact_id = :c "
            "ORDER BY assessed_on"), {"c": ident})]
        contacts = [D(on) for (on,) in session.execute(sa.text(
            "SELECT held_on FROM conversations WHERE contact_id = :c ORDER BY held_on"),
            {"c": ident})]
        people[key] = (paths[row[3]], row[4], row[5], row[6], row[7], row[8], row[9], row[10],
                       _day(row[11]), row[12], row[13], _day(row[14]), _day(row[15]), row[16], role,
                       history, contacts)
    return people


@pytest.fixture(scope="module")
def vault(tmp_path_factory):
    from forum_kit.vault import FAST_KDF, Vault

    v = Vault.create(tmp_path_factory.mktemp("charts") / "c.forumkit", "pass phrase",
                     kdf=FAST_KDF)
    yield v
    v.lock()


@pytest.mark.parametrize("kind", ["csv", "xlsx", "ods"])
@pytest.mark.parametrize("name", sorted(CHARTS))
def test_every_field_is_stored(vault, tmp_path, name, kind) -> None:
    expected, choices = CHARTS[name]
    with vault.unit_of_work() as s:
        workplace_id = add_workplace(s, name=f"{name} {kind}", today=TODAY).id
    table = read_table(_as(kind, name, tmp_path))
    assert table.kind == kind
    with vault.unit_of_work() as s:
        plan = plan_import(s, table, workplace_id=workplace_id,
                           mapping=guess_mapping(table.headers), today=TODAY, choices=choices)
        assert (plan.rejected, plan.conflicted) == (0, 0), plan.rows
        assert plan.added == len(expected)
        assert not any("today's date is recorded" in note for note in plan.notes)
        apply_import(s, plan)
    with vault.unit_of_work() as s:
        assert _stored(s, workplace_id) == expected


def test_the_same_person_rows_say_what_they_merged(vault) -> None:
    with vault.unit_of_work() as s:
        workplace_id = add_workplace(s, name="Merges", today=TODAY).id
    table = read_table(CORPUS / "19_same_person.csv")
    with vault.unit_of_work() as s:
        plan = plan_import(s, table, workplace_id=workplace_id,
                           mapping=guess_mapping(table.headers), today=TODAY)
    actions = {r.line: (r.action, r.reasons[0] if r.reasons else "") for r in plan.rows}
    assert actions[3][0] == "merged" and "Same person as line 2 (matched by employee number)" \
        in actions[3][1]
    assert actions[5][0] == "merged" and "(matched by phone)" in actions[5][1]
    assert actions[7][0] == "add"  # E103: another worker with Vera's family phone
    assert actions[9][0] == "conflict"
    conflict = next(r for r in plan.rows if r.line == 9)
    assert conflict.changes == ("Last name: Kim (line 8) / Kimball (line 9)",)
    assert (plan.added, plan.merged, plan.conflicted) == (5, 2, 1)


def test_all_separate_applies_to_the_rows_that_differ_only(vault) -> None:
    with vault.unit_of_work() as s:
        workplace_id = add_workplace(s, name="All separate", today=TODAY).id
    table = read_table(CORPUS / "19_same_person.csv")
    with vault.unit_of_work() as s:
        plan = plan_import(s, table, workplace_id=workplace_id,
                           mapping=guess_mapping(table.headers), today=TODAY,
                           choices={"all": "separate"})
    # Kim and Kimball become two people; the rows that agree are still merged
    assert (plan.added, plan.merged, plan.conflicted) == (6, 2, 0)
