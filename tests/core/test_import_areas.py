"""Import and export agree on areas: export writes each area's full path; import resolves a path
(or its end), a bare name only when one area has it (several: the row is rejected, saying to
write the path), creates a new path under the longest part that exists, and the dry run lists
each change field by field (old -> new). The app's own export imports back with nothing to
update."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from forum_kit.exchange.exporter import export_people
from forum_kit.exchange.importer import REJECT, UNCHANGED, UPDATE, apply_import, plan_import
from forum_kit.exchange.mapping import guess_mapping
from forum_kit.exchange.sniff import read_table
from forum_kit.models import Area, Contact
from forum_kit.services.workplaces import add_area, add_workplace

TODAY = dt.date(2026, 3, 10)


def _tree(session) -> tuple[int, dict[str, int]]:
    wp = add_workplace(session, name="Call centre", today=TODAY).id
    ids: dict[str, int] = {}
    for floor in ("Floor 1 Sales", "Floor 2 Billing", "Floor 3 Care"):
        ids[floor] = add_area(session, workplace_id=wp, name=floor).id
        ids[f"{floor} / Team North"] = add_area(session, workplace_id=wp, name="Team North",
                                                parent_id=ids[floor]).id
    ids["Floor 2 Billing / Team South"] = add_area(
        session, workplace_id=wp, name="Team South", parent_id=ids["Floor 2 Billing"]).id
    return wp, ids


def _plan(session, wp: int, text: str):
    table = read_table(text.encode())
    return plan_import(session, table, workplace_id=wp, mapping=guess_mapping(table.headers),
                       today=TODAY)


def test_paths_resolve_and_a_shared_leaf_name_is_refused(session) -> None:
    wp, ids = _tree(session)
    plan = _plan(session, wp, "First name,Last name,Area\n"
                 "Ana,Obi,Floor 2 Billing / Team North\n"
                 "Bo,Li,floor 2 billing/team north\n"
                 "Cy,Ng,Team South\n"
                 "Di,Oz,Team North\n"
                 "Fa,Qi,Floor 2 Billing / Team West\n"
                 "Gu,Ra,Night shift / Team East\n")
    assert [r.action for r in plan.rows] == ["add", "add", "add", REJECT, "add", "add"]
    assert plan.rows[3].reasons[0].startswith(
        "Area / department: several areas have this name; write its full path")
    assert plan.areas_to_create == ("Floor 2 Billing / Team West", "Night shift / Team East")
    apply_import(session, plan, skip_rejected=True)
    area_of = dict(session.execute(sa.select(Contact.first_name, Contact.area_id)).all())
    north = ids["Floor 2 Billing / Team North"]
    assert area_of["Ana"] == area_of["Bo"] == north
    assert area_of["Cy"] == ids["Floor 2 Billing / Team South"]
    west = session.get(Area, area_of["Fa"])
    assert (west.name, west.parent_id) == ("Team West", ids["Floor 2 Billing"])
    east = session.get(Area, area_of["Gu"])
    night = session.get(Area, east.parent_id)
    assert (east.name, night.name, night.parent_id) == ("Team East", "Night shift", None)


def test_the_apps_own_export_imports_back_unchanged(session, tmp_path) -> None:
    wp, _ids = _tree(session)
    rows = "".join(f"P{i},Q{i},{area},555-010-{i:04d},2\n" for i, area in enumerate([
        "Floor 1 Sales / Team North", "Floor 2 Billing / Team North",
        "Floor 3 Care / Team North", "Floor 2 Billing / Team South", "Floor 3 Care"] * 3))
    apply_import(session, _plan(session, wp, "First name,Last name,Area,Phone,Rating\n" + rows))
    out = tmp_path / "people.csv"
    export_people(session, out, workplace_id=wp)
    assert "Floor 2 Billing / Team North" in out.read_text(encoding="utf-8-sig")
    table = read_table(out)
    again = plan_import(session, table, workplace_id=wp, mapping=guess_mapping(table.headers),
                        today=TODAY)
    assert (again.added, again.updated, again.unchanged, again.rejected) == (0, 0, 15, 0)


def test_the_dry_run_lists_each_change_old_to_new(session) -> None:
    wp, _ids = _tree(session)
    apply_import(session, _plan(session, wp, "First name,Last name,Area,Phone,Rating\n"
                                "Ana,Obi,Floor 1 Sales / Team North,555-010-0001,3\n"))
    plan = _plan(session, wp, "First name,Last name,Area,Phone,Rating,Last contact,C/CH\n"
                 "Ana,Obi,Floor 2 Billing / Team South,555-010-0001,2,2026-03-01,C\n")
    row = plan.rows[0]
    assert row.action == UPDATE
    assert row.changes[0] == (
        "Area / department: Floor 1 Sales / Team North -> Floor 2 Billing / Team South")
    assert any(c.startswith("Assessment: 3 ") and "-> 2 " in c and "2026-03-10" in c
               for c in row.changes)
    assert "Last contact date: (none) -> 2026-03-01 (history kept)" in row.changes
    assert "Committee role: (none) -> C" in row.changes
    apply_import(session, plan)
    assert _plan(session, wp, "First name,Last name,Area\n"
                 "Ana,Obi,Floor 2 Billing / Team South\n").rows[0].action == UNCHANGED
