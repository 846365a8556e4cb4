"""The Map page's deletes on an encrypted vault: a workplace with nested areas goes after a
confirmation listing what is lost; a workplace or area still holding people, grievances or
structure tests is refused with counts (never names) before anything is asked."""

from __future__ import annotations

import pytest
from flow_support import TODAY, Answers, add_person, add_workplace_and_areas

from forum_kit.models import Area, Workplace
from forum_kit.services import structure_tests as sts

# The flow tests' fixtures (this folder's conftest), reused; ``answers`` below replaces theirs.


class Recorder(Answers):
    def __init__(self) -> None:
        super().__init__()
        self.consequences: list[list[str]] = []

    def confirm(self, parent, what, consequences):
        self.consequences.append(list(consequences))
        return super().confirm(parent, what, consequences)


@pytest.fixture
def answers():
    """Overrides the flow tests': the pages and the context answer through a Recorder."""
    return Recorder()


def test_workplace_with_nested_areas_is_deleted_after_confirming(pages, answers, ctx):
    map_page, _, _ = pages
    warehouse, picking, loading = add_workplace_and_areas(map_page, answers)
    rec = answers
    map_page.select_area(picking)
    rec.areas = [("Night shift", "shift")]
    night = map_page.add_area(below=True)
    assert night is not None and map_page.delete_workplace_button.isEnabled()

    rec.confirm_answer = False
    assert map_page.delete_workplace() is False
    assert rec.confirms == ["this workplace"]
    assert rec.consequences[-1] == ["the workplace and 4 areas"]

    rec.confirm_answer = True
    assert map_page.delete_workplace() is True
    assert rec.errors == []
    with ctx.unit_of_work() as session:
        assert session.query(Workplace).count() == 0 and session.query(Area).count() == 0
    assert map_page.workplace.count() == 0
    assert map_page.tree_model.area_ids() == []
    assert not map_page.delete_workplace_button.isEnabled()


def test_workplace_with_people_is_refused_with_counts(pages, answers, ctx):
    map_page, people, _ = pages
    _, picking, _ = add_workplace_and_areas(map_page, answers)
    add_person(people, "Zoë", "Adeyemi", picking)
    rec = answers
    assert map_page.delete_workplace() is False
    assert rec.confirms == []  # refused before asking
    assert rec.errors and "1 person (current or past)" in rec.errors[-1]
    assert "Zoë" not in rec.errors[-1] and "Riverside" not in rec.errors[-1]
    with ctx.unit_of_work() as session:
        assert session.query(Area).count() == 3


def test_area_with_empty_sub_areas_is_deleted_children_first(pages, answers, ctx):
    map_page, _, _ = pages
    warehouse, picking, loading = add_workplace_and_areas(map_page, answers)
    rec = answers
    map_page.select_area(picking)
    rec.areas = [("Night shift", "shift")]
    map_page.add_area(below=True)
    map_page.select_area(warehouse)
    assert map_page.delete_area() is True
    assert rec.consequences[-1] == ["the area and 3 sub-areas"]
    assert rec.errors == []
    assert map_page.tree_model.area_ids() == []


def test_area_targeted_by_a_structure_test_is_refused_before_confirming(pages, answers, ctx):
    map_page, _, _ = pages
    warehouse, picking, _ = add_workplace_and_areas(map_page, answers)
    with ctx.unit_of_work() as session:
        wp_id = session.get(Area, picking).workplace_id
        sts.create_structure_test(session, workplace_id=wp_id, kind="petition", title="Heat",
                                  starts_on=TODAY, area_id=picking)
    rec = answers
    map_page.select_area(warehouse)
    assert map_page.delete_area() is False
    assert rec.confirms == []
    assert "1 structure test targets" in rec.errors[-1] and "Heat" not in rec.errors[-1]
    assert picking in map_page.tree_model.area_ids()
