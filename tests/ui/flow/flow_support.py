"""Shared pieces of the flow tests (``test_flow*.py``): scripted answers for the pages' injected
dialogs, the Map, People and Conversations pages on an encrypted vault, and the steps the tests
repeat (a workplace with areas, a person, a figure of the Map)."""

from __future__ import annotations

import datetime as dt

TODAY = dt.date(2026, 3, 10)



class Answers:
    """Scripted answers for the pages' injected dialogs; records what was asked."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.areas: list[tuple[str, str]] = []
        self.errors: list[str] = []
        self.confirms: list[str] = []
        self.confirm_answer = True
        self.people_target: int | None = None
        self.move_target: int | None = None

    def prompt_text(self, parent, title, label, text=""):
        return self.texts.pop(0) if self.texts else None

    def ask_area(self, parent, title, name="", kind=""):
        return self.areas.pop(0) if self.areas else None

    def show_error(self, parent, message):
        self.errors.append(message)

    def confirm(self, parent, what, consequences):
        self.confirms.append(what)
        return self.confirm_answer

    def choose_people_target(self, parent, people, choices):
        assert self.people_target is None or self.people_target in dict(choices)
        return self.people_target

    def choose_move_target(self, parent, choices):
        return self.move_target


def add_workplace_and_areas(map_page, answers):
    answers.texts = ["Riverside Depot"]
    assert map_page.add_workplace() is not None
    answers.areas = [("Warehouse", "department")]
    warehouse = map_page.add_area(below=False)
    assert map_page.current_area_id() == warehouse
    answers.areas = [("Picking", "line"), ("Loading", "line")]
    picking = map_page.add_area(below=True)
    map_page.select_area(warehouse)
    loading = map_page.add_area(below=True)
    assert answers.errors == []
    return warehouse, picking, loading


def add_person(people, first, last, area_id):
    people.new_person(area_id)
    ed = people.editor
    assert ed.contact_id is None
    ed.first_name.setText(first)  # setText, not keyClicks: names are not ASCII
    ed.last_name.setText(last)
    ed.job_title.setText("Picker")
    contact_id = ed.save()
    assert contact_id is not None, ed.error.text()
    return contact_id


def figure(map_page, key):
    return map_page.figure_labels[key].text()

