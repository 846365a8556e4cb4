"""Structure test results by area and in total against the threshold."""

from __future__ import annotations

import datetime as dt

import pytest

from forum_kit.errors import NotFound
from forum_kit.queries.structure_tests import structure_test_results
from forum_kit.services import contacts as cs
from forum_kit.services import structure_tests as sts
from forum_kit.services import workplaces as ws

TODAY = dt.date(2024, 6, 1)


def test_results_by_area_and_total(session):
    wp = ws.add_workplace(session, name="Plant", today=TODAY)
    dept = ws.add_area(session, workplace_id=wp.id, name="Packing")
    line = ws.add_area(session, workplace_id=wp.id, name="Line 1", parent_id=dept.id)
    office = ws.add_area(session, workplace_id=wp.id, name="Office")

    def people(area, n):
        return [cs.add_contact(session, workplace_id=wp.id, area_id=area.id,
                               first_name=f"P{i}", today=TODAY) for i in range(n)]

    in_dept, in_line, in_office = people(dept, 2), people(line, 4), people(office, 3)
    gone = people(line, 1)[0]
    cs.mark_left(session, contact_id=gone.id, left_on=TODAY)
    t = sts.create_structure_test(session, workplace_id=wp.id, kind="petition", title="Heat",
                                  starts_on=TODAY, area_id=dept.id, threshold_pct=60)

    def rec(c, outcome):
        sts.record_outcome(session, test_id=t.id, contact_id=c.id, outcome=outcome,
                           recorded_on=TODAY)

    for c in in_line[:3]:
        rec(c, "participated")
    rec(in_line[3], "refused")
    rec(in_dept[0], "asked")
    rec(gone, "participated")  # left: not in the population any more
    res = structure_test_results(session, t.id)
    assert (res.title, res.kind, res.threshold_pct, res.area_id) == ("Heat", "petition", 60,
                                                                      dept.id)
    by = {a.area_name: a for a in res.by_area}
    assert list(by) == ["Line 1", "Packing"]
    line_r = by["Line 1"]
    assert (line_r.population, line_r.participated, line_r.refused, line_r.asked) == (4, 3, 1, 0)
    assert line_r.pct == pytest.approx(75.0) and line_r.meets_threshold
    assert (by["Packing"].population, by["Packing"].asked, by["Packing"].pct) == (2, 1, 0.0)
    assert not by["Packing"].meets_threshold
    assert (res.total.population, res.total.participated) == (6, 3)
    assert res.total.pct == pytest.approx(50.0) and not res.total.meets_threshold
    assert res.total.area_name == "Packing"
    whole = sts.create_structure_test(session, workplace_id=wp.id, kind="button_day",
                                      title="Buttons", starts_on=TODAY)
    for c in in_office:
        sts.record_outcome(session, test_id=whole.id, contact_id=c.id, outcome="participated",
                           recorded_on=TODAY)
    res = structure_test_results(session, whole.id)
    assert res.total.population == 9 and res.total.participated == 3
    assert [a.area_name for a in res.by_area] == ["Line 1", "Office", "Packing"]
    assert next(a for a in res.by_area if a.area_name == "Office").pct == 100.0
    with pytest.raises(NotFound):
        structure_test_results(session, 999)
