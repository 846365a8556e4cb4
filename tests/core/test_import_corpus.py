"""The messy import corpus (tests/data/import): each file gives the expected counts and
line-numbered errors, and the import writes what the dry run promised, history included."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import sqlalchemy as sa

from forum_kit.errors import Conflict, InvalidInput
from forum_kit.exchange.importer import apply_import, plan_import
from forum_kit.exchange.mapping import guess_mapping
from forum_kit.exchange.sniff import read_table
from forum_kit.models import Area, Assessment, CommitteeMembership, Contact, Conversation
from forum_kit.services.workplaces import add_workplace

CORPUS = Path(__file__).parent.parent / "data" / "import"
TODAY = dt.date(2025, 6, 1)

# file -> (added, rejected, {line: start of the reason})
EXPECTED: dict[str, tuple[int, int, dict[int, str]]] = {
    "01_opeiu_chart.csv": (10, 0, {}),
    "02_bom_semicolon_es.csv": (6, 0, {}),
    "03_utf16_tab_scripts.csv": (8, 0, {}),
    "04_cp1252_pipe.csv": (5, 0, {}),
    "05_merged_header.csv": (5, 0, {}),
    "06_empty_rows.csv": (3, 1, {8: "Email: not an email address"}),
    # the same people twice: merged (test_import_same_person.py checks how)
    "07_duplicates.csv": (4, 0, {}),
    "08_date_formats.csv": (4, 2, {
        5: "Last contact date: not a date",
        6: "Last contact date: the date is in the future",
    }),
    "09_month_first.csv": (3, 0, {}),
    "10_long_cells.csv": (2, 1, {3: "Notes: the cell is longer than 10,000 characters"}),
    "11_formulas.csv": (2, 2, {
        2: "First name: the cell holds a formula",
        4: "Assessment: the cell holds a formula",
    }),
    # G6 is a formula never calculated (no saved value): refused, as a formula in a CSV is
    "12_ewoc_sheet.xlsx": (2, 3, {
        6: "Notes: the cell holds a formula and no value",
        8: "Assessment: not a level",
        9: "Last contact date: the date is in the future",
    }),
    "13_other_db_export.csv": (3, 0, {}),
    "14_bad_values.csv": (1, 7, {
        2: "Phone: not a phone number",
        3: "Email: not an email address",
        4: "FT/PT: use FT or PT",
        5: "Assessment: not a level",
        6: "Committee role: use C",
        7: "No name",
        8: "Last contact date: not a date",
    }),
}


@pytest.fixture(scope="module")
def vault(tmp_path_factory):
    """One vault for the module (creating one per test costs about a second); every test gets
    its own workplace in it, and counts are per workplace."""
    from forum_kit.vault import FAST_KDF, Vault

    v = Vault.create(tmp_path_factory.mktemp("corpus") / "c.forumkit", "pass phrase", kdf=FAST_KDF)
    yield v
    v.lock()


_names = iter(range(1_000_000))


@pytest.fixture
def workplace_id(vault) -> int:
    with vault.unit_of_work() as s:
        return add_workplace(s, name=f"Acme {next(_names)}", today=TODAY).id


def _plan(vault, workplace_id: int, name: str, **kw):
    table = read_table(CORPUS / name)
    with vault.unit_of_work() as s:
        return plan_import(
            s, table, workplace_id=workplace_id, mapping=guess_mapping(table.headers),
            today=TODAY, **kw,
        )


def _count(vault, model, workplace_id: int) -> int:
    with vault.unit_of_work() as s:
        stmt = sa.select(sa.func.count()).select_from(model)
        if model is not Contact:
            stmt = stmt.join(Contact, Contact.id == model.contact_id)
        return s.execute(stmt.where(Contact.workplace_id == workplace_id)).scalar_one()


def _person(first: str, workplace_id: int):
    return sa.select(Contact).where(
        Contact.first_name == first, Contact.workplace_id == workplace_id
    )


def test_corpus_has_at_least_twelve_small_files() -> None:
    files = [p for p in CORPUS.iterdir() if p.suffix in (".csv", ".xlsx")]
    assert len(files) >= 12
    assert all(p.stat().st_size < 200 * 1024 for p in files)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_file_dry_run_and_import(vault, workplace_id, name) -> None:
    added, rejected, errors = EXPECTED[name]
    plan = _plan(vault, workplace_id, name)
    assert (plan.added, plan.rejected, plan.updated) == (added, rejected, 0)
    got = {r.line: r.reasons[0] for r in plan.rejections}
    assert sorted(got) == sorted(errors)
    for line, start in errors.items():
        assert got[line].startswith(start), (line, got[line])
    with vault.unit_of_work() as s:
        result = apply_import(s, plan, skip_rejected=True)
    assert result.added == added
    assert _count(vault, Contact, workplace_id) == added


def test_rejected_rows_block_import_unless_skipped(vault, workplace_id) -> None:
    plan = _plan(vault, workplace_id, "14_bad_values.csv")
    rejected = pytest.raises(InvalidInput, match="^7 rows were rejected; fix them")
    with rejected, vault.unit_of_work() as s:
        apply_import(s, plan)
    assert _count(vault, Contact, workplace_id) == 0


def test_encodings_and_scripts_survive(vault, workplace_id) -> None:
    for name in ("03_utf16_tab_scripts.csv", "04_cp1252_pipe.csv", "02_bom_semicolon_es.csv"):
        with vault.unit_of_work() as s:
            apply_import(s, _plan(vault, workplace_id, name))
    with vault.unit_of_work() as s:
        names = {tuple(r) for r in s.execute(
            sa.select(Contact.first_name, Contact.last_name)
            .where(Contact.workplace_id == workplace_id)
        )}
    assert ("Şêrko", "Ahmed") in names
    assert ("山田", "太郎") in names
    assert ("Nguyễn Thị", "Lan") in names  # a full name splits on the last space
    assert ("Søren", "Ørsted") in names  # cp1252
    assert ("Ñuño", "Iñíguez") in names  # UTF-8 with BOM, semicolons


def test_header_row_found_below_title_rows() -> None:
    table = read_table(CORPUS / "05_merged_header.csv")
    assert table.header_line == 5
    assert table.rows[0][0] == 6


def test_dates_decided_per_column(vault, workplace_id) -> None:
    plan = _plan(vault, workplace_id, "09_month_first.csv", day_first=True)
    with vault.unit_of_work() as s:
        apply_import(s, plan)
    with vault.unit_of_work() as s:
        got = dict(s.execute(
            sa.select(Contact.first_name, Contact.last_contact_on)
            .where(Contact.workplace_id == workplace_id)
        ).all())
    # 03/14/2025 proves the column is month-first, so 03/04/2025 is March 4
    assert got["Eve"] == dt.date(2025, 3, 4)
    assert got["Finn"] == dt.date(2024, 12, 1)


def test_ambiguous_dates_follow_day_first_and_say_so(vault, workplace_id) -> None:
    data = b"First name,Last name,Area,Last contact\nA,B,X,03/04/2025\n"
    for day_first, expected in ((True, dt.date(2025, 4, 3)), (False, dt.date(2025, 3, 4))):
        table = read_table(data)
        with vault.unit_of_work() as s:
            plan = plan_import(s, table, workplace_id=workplace_id,
                               mapping=guess_mapping(table.headers), today=TODAY,
                               day_first=day_first)
        assert any("03/04" in n for n in plan.notes)
        assert plan._conversations[0][1] == expected


def test_history_written_and_reimport_is_unchanged(vault, workplace_id) -> None:
    plan = _plan(vault, workplace_id, "01_opeiu_chart.csv")
    with vault.unit_of_work() as s:
        result = apply_import(s, plan)
    assert result.areas_created == 4
    # levels 1-5 only: an assessment of 0 (unassessed) or empty adds no history
    assert result.assessments_added == 8
    assert _count(vault, Assessment, workplace_id) == 8
    assert _count(vault, Conversation, workplace_id) == 7
    assert _count(vault, CommitteeMembership, workplace_id) == 3
    with vault.unit_of_work() as s:
        bo = s.execute(_person("Bo", workplace_id)).scalar_one()
        ana = s.execute(_person("Ana", workplace_id)).scalar_one()
        assert bo.current_level == 2 and bo.last_contact_by_id == ana.id
        assert bo.card_signed_on == dt.date(2025, 1, 12)
        assert bo.employment == "PT"

    again = _plan(vault, workplace_id, "01_opeiu_chart.csv")
    assert (again.added, again.updated, again.unchanged) == (0, 0, 10)


def test_later_chart_updates_and_appends_history(vault, workplace_id) -> None:
    with vault.unit_of_work() as s:
        apply_import(s, _plan(vault, workplace_id, "01_opeiu_chart.csv"))
    plan = _plan(vault, workplace_id, "15_update_of_01.csv")
    actions = {r.line: r.action for r in plan.rows}
    assert actions == {2: "unchanged", 3: "update", 4: "unchanged", 5: "update", 6: "add"}
    with vault.unit_of_work() as s:
        apply_import(s, plan)
    with vault.unit_of_work() as s:
        bo = s.execute(_person("Bo", workplace_id)).scalar_one()
        # the new assessment is appended: the older one stays in history
        levels = s.execute(
            sa.select(Assessment.level).where(Assessment.contact_id == bo.id)
            .order_by(Assessment.assessed_on)
        ).scalars().all()
        assert levels == [2, 1]
        assert bo.current_level == 1
        assert bo.last_contact_on == dt.date(2025, 4, 2)
        dana = s.execute(_person("Dana", workplace_id)).scalar_one()
        # Dana's new phone did not match, but her name in her area did: the phone is updated
        assert dana.phone == "555-299-9999"
    assert _count(vault, Contact, workplace_id) == 11


def test_areas_are_matched_case_insensitively(vault, workplace_id) -> None:
    with vault.unit_of_work() as s:
        s.add(Area(workplace_id=workplace_id, name="Packing", kind="area", position=0))
    data = b"First,Last,Dept\nA,B,packing\nC,D,PACKING\nE,F,New one\n"
    table = read_table(data)
    with vault.unit_of_work() as s:
        plan = plan_import(s, table, workplace_id=workplace_id,
                           mapping=guess_mapping(table.headers), today=TODAY)
    assert plan.areas_to_create == ("New one",)


def test_stale_plan_is_refused(vault, workplace_id) -> None:
    plan = _plan(vault, workplace_id, "05_merged_header.csv")
    with vault.unit_of_work() as s:
        apply_import(s, _plan(vault, workplace_id, "06_empty_rows.csv"), skip_rejected=True)
    with pytest.raises(Conflict), vault.unit_of_work() as s:
        apply_import(s, plan)


def test_mapping_without_a_name_is_refused(vault, workplace_id) -> None:
    table = read_table(b"Dept,Phone\nX,555-123-4567\n")
    with pytest.raises(InvalidInput), vault.unit_of_work() as s:
        plan_import(s, table, workplace_id=workplace_id, mapping=guess_mapping(table.headers),
                    today=TODAY)


def test_messages_carry_no_cell_content(vault, workplace_id) -> None:
    secret = "Sentinel-Q7"
    data = f"First,Last,Email,Phone\n{secret},X,{secret}@,{secret}\n".encode()
    table = read_table(data)
    with vault.unit_of_work() as s:
        plan = plan_import(s, table, workplace_id=workplace_id,
                           mapping=guess_mapping(table.headers), today=TODAY)
    assert plan.rejected == 1
    assert all(secret not in reason for reason in plan.rows[0].reasons)
    assert all(secret not in note for note in plan.notes)


def test_search_index_and_triggers_intact_after_import(vault, workplace_id) -> None:
    with vault.unit_of_work() as s:
        before = s.execute(sa.text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")).all()
    with vault.unit_of_work() as s:
        apply_import(s, _plan(vault, workplace_id, "03_utf16_tab_scripts.csv"))
    with vault.unit_of_work() as s:
        after = s.execute(sa.text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")).all()
        found = s.execute(sa.text(
            "SELECT c.first_name FROM contacts_fts JOIN contacts c ON c.id = contacts_fts.rowid "
            "WHERE contacts_fts MATCH 'serko' AND c.workplace_id = :w"), {"w": workplace_id}
        ).scalars().all()
        assert s.execute(sa.text(
            "INSERT INTO contacts_fts(contacts_fts, rank) VALUES ('integrity-check', 1)"
        )) is not None
    assert before == after
    assert found == ["Şêrko"]


def test_a_sparse_hostile_workbook_is_refused_quickly(tmp_path, monkeypatch):
    """A sheet with one cell at the top and one far down must not make the reader walk a million
    padded rows: blank rows count toward the limit (lowered here to keep the test small)."""
    import openpyxl

    from forum_kit.errors import InvalidInput
    from forum_kit.exchange import sniff

    monkeypatch.setattr(sniff, "MAX_RAW_ROWS", 5_000)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"] = "First name"
    sheet["A2"] = "Ana"
    sheet.cell(row=20_000, column=1, value="x")
    path = tmp_path / "sparse.xlsx"
    book.save(path)
    with pytest.raises(InvalidInput, match="counting blank ones"):
        sniff.read_table(path)


def test_a_too_wide_workbook_row_is_refused(tmp_path):
    import openpyxl

    from forum_kit.errors import InvalidInput
    from forum_kit.exchange import sniff

    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"] = "First name"
    sheet.cell(row=2, column=sniff.MAX_COLUMNS + 1, value="far right")
    path = tmp_path / "wide.xlsx"
    book.save(path)
    with pytest.raises(InvalidInput, match="columns"):
        sniff.read_table(path)
