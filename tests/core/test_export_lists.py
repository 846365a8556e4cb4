"""The app's list exports: the Grievances page's list as filtered and ordered on screen (filters,
the most urgent deadline first, sensitive cases only when asked, deadline words, escaping, CSV and
XLSX), and the People list with the page's stale setting (an assessment older than it)."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
from openpyxl import load_workbook

from forum_kit.exchange.exporter import (
    GRIEVANCE_LIST_COLUMNS,
    GrievanceListFilter,
    describe_personal_data,
    export_grievance_list,
    export_people_list,
)
from forum_kit.models import Area, Contact
from forum_kit.queries.people import PeopleFilter
from forum_kit.services import assessments as asm
from forum_kit.services import contracts as cs
from forum_kit.services import grievances as gs
from forum_kit.services.workplaces import add_workplace

D = dt.date
TODAY = D(2026, 3, 30)


def _read(path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


@pytest.fixture
def cases(session):
    wp = add_workplace(session, name="Depot", today=D(2026, 1, 1))
    dock = Area(workplace_id=wp.id, name="Dock", kind="area", position=0)
    yard = Area(workplace_id=wp.id, name="Yard", kind="area", position=1)
    session.add_all([dock, yard])
    session.flush()
    ana = Contact(workplace_id=wp.id, area_id=dock.id, first_name="Ana", last_name="Obi",
                  added_on=D(2026, 1, 1))
    session.add(ana)
    session.flush()
    steps = [cs.StepSpec(1, "Step 1", 10, "working", ("incident", "knowledge"), "last",
                         "supervisor", 10, "working"),
             cs.StepSpec(2, "Step 2", 10, "working", ("answer_received", "answer_due"), "first",
                         "manager", 10, "working")]
    contract = cs.create_contract(session, name="Agreement", workplace_id=wp.id, steps=steps)

    def file(title, area, incident, **kw):
        return gs.file_grievance(session, workplace_id=wp.id, contract_id=contract.id,
                                 grievance_type="individual", title=title, area_id=area.id,
                                 incident_on=incident, grievant_ids=[ana.id], today=TODAY, **kw)

    late = file("=HYPERLINK(\"x\")", dock, D(2026, 3, 2))  # 10 working days: 2026-03-16
    soon = file("Break times", yard, D(2026, 3, 23))
    hidden = file("Harassment", dock, D(2026, 3, 20), sensitive=True)
    done = file("Overtime pay", dock, D(2026, 3, 1))
    gs.close_grievance(session, grievance_id=done.id, outcome="won", outcome_on=D(2026, 3, 20))
    return {"wp": wp.id, "dock": dock.id, "yard": yard.id, "late": late.number,
            "soon": soon.number, "hidden": hidden.number, "done": done.number}


def test_open_cases_in_the_pages_order_without_sensitive_ones(session, cases, tmp_path) -> None:
    out = tmp_path / "g.csv"
    n = export_grievance_list(session, out, flt=GrievanceListFilter(status="open"), today=TODAY)
    rows = _read(out)
    assert n == 2 and len(rows) == 3
    assert rows[0] == [c.header for c in GRIEVANCE_LIST_COLUMNS]
    number, title, status, deadline, kind = (rows[0].index(h) for h in (
        "Number", "Title", "Status", "Next deadline", "Deadline status"))
    # the most urgent deadline first, as on the page; its title is escaped against formulas
    assert [r[number] for r in rows[1:]] == [cases["late"], cases["soon"]]
    assert rows[1][title] == "'=HYPERLINK(\"x\")"
    assert rows[1][deadline] == "2026-03-16" and rows[1][kind] == "overdue"
    assert {r[status] for r in rows[1:]} == {"open"}
    assert rows[1][rows[0].index("Grievants")] == "Ana Obi"


def test_filters_and_sensitive_cases_when_asked(session, cases, tmp_path) -> None:
    out = tmp_path / "g.csv"
    assert export_grievance_list(session, out, flt=GrievanceListFilter(status="open"),
                                 today=TODAY, include_sensitive=True) == 3
    assert cases["hidden"] in {r[0] for r in _read(out)}
    export_grievance_list(session, out, flt=GrievanceListFilter(area_id=cases["dock"]),
                          today=TODAY)
    assert sorted(r[0] for r in _read(out)[1:]) == sorted([cases["late"], cases["done"]])
    export_grievance_list(session, out, flt=GrievanceListFilter(status="closed"), today=TODAY)
    assert [r[0] for r in _read(out)[1:]] == [cases["done"]]
    xlsx = tmp_path / "g.xlsx"
    assert export_grievance_list(session, xlsx, flt=GrievanceListFilter(), today=TODAY,
                                 format="xlsx") == 3
    sheet = load_workbook(xlsx).active
    titles = [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert "'=HYPERLINK(\"x\")" in titles  # a string, never a formula
    assert "grievants' names" in describe_personal_data(GRIEVANCE_LIST_COLUMNS)


def test_people_list_reads_stale_with_the_pages_setting(session, tmp_path) -> None:
    wp = add_workplace(session, name="Depot", today=D(2026, 1, 1))
    area = Area(workplace_id=wp.id, name="Dock", kind="area", position=0)
    session.add(area)
    session.flush()
    for first, days in (("Ana", 10), ("Bo", 40), ("Cy", 100)):
        c = Contact(workplace_id=wp.id, area_id=area.id, first_name=first, last_name="X",
                    added_on=D(2025, 1, 1))
        session.add(c)
        session.flush()
        asm.append_assessment(session, contact_id=c.id, level=2,
                              assessed_on=TODAY - dt.timedelta(days=days))
    out = tmp_path / "p.csv"
    stale = PeopleFilter(workplace_id=wp.id, stale=True)
    export_people_list(session, out, flt=stale, today=TODAY, stale_days=30)
    assert sorted(r[0] for r in _read(out)[1:]) == ["Bo", "Cy"]
    export_people_list(session, out, flt=stale, today=TODAY, stale_days=90)
    assert [r[0] for r in _read(out)[1:]] == ["Cy"]
    export_people_list(session, out, flt=PeopleFilter(workplace_id=wp.id), today=TODAY,
                       sort="name", descending=True)
    assert [r[0] for r in _read(out)[1:]] == ["Cy", "Bo", "Ana"]


def test_sensitive_grievants_and_stewards_are_withheld_unless_asked(session, cases,
                                                                    tmp_path) -> None:
    from forum_kit.exchange.exporter import export_grievances
    from forum_kit.models import Grievance
    from forum_kit.queries import WITHHELD

    wp = cases["wp"]
    hidden = Contact(workplace_id=wp, area_id=cases["yard"], first_name="Zed", last_name="Quiet",
                     added_on=D(2026, 1, 1), sensitive=True)
    session.add(hidden)
    session.flush()
    case = session.query(Grievance).filter_by(number=cases["soon"]).one()
    gs.set_grievants(session, grievance_id=case.id, contact_ids=[hidden.id])
    case.steward_id = hidden.id
    session.flush()
    out = tmp_path / "g.csv"
    for export in (
        lambda sensitive: export_grievance_list(session, out, flt=GrievanceListFilter(),
                                                today=TODAY, include_sensitive=sensitive),
        lambda sensitive: export_grievances(session, out, workplace_id=wp,
                                            include_sensitive=sensitive),
    ):
        export(False)
        text = out.read_text(encoding="utf-8-sig")
        assert "Zed" not in text and "Quiet" not in text
        assert WITHHELD in text and "Ana Obi" in text
        export(True)
        assert "Zed Quiet" in out.read_text(encoding="utf-8-sig")
