"""Every small list model built on ``RowListModel`` passes ``qtmodeltester.check`` with rows of
realistic shape (ARCHITECTURE.md rule 5): empty, then filled, then cleared."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from ui.editors.grievance_case_form import GrievantsModel
from ui.models.grievance_models import (
    AttachmentsModel,
    DeadlinesModel,
    EventsModel,
    ExtensionsModel,
)
from ui.models.growth_models import GrowthTableModel
from ui.models.small_lists import ConversationsOfModel, TiesModel
from ui.models.structure_test_models import OutcomesModel, StructureTestsModel

MODELS = [
    AttachmentsModel, DeadlinesModel, EventsModel, ExtensionsModel, GrievantsModel,
    GrowthTableModel, ConversationsOfModel, TiesModel, OutcomesModel, StructureTestsModel,
]

DATES = ("on", "held_on", "follow_up_on", "agreed_on", "new_date", "added_on", "as_of",
         "starts_on", "ends_on", "recorded_on", "assessed_on", "opened_on")
NUMBERS = ("size", "step", "headcount", "mapped", "assessed", "supporters", "committee_members",
           "committee_helpers", "target_members", "one_on_ones_90d", "follow_ups_due",
           "open_grievances", "threshold_pct", "population", "participated", "refused", "asked",
           "id", "other_id", "contact_id", "area_id", "conversation_id", "grievance_id")
FLOATS = ("mapped_pct", "assessed_pct", "supporters_pct", "committee_ratio", "last_test_pct", "pct")
FLAGS = ("below_target", "meets_threshold", "sensitive")
WORDS = {"status": "overdue", "kind": "file", "grievance_type": "group", "outcome": "participated",
         "media_type": "image/png"}


def _value(name: str, n: int) -> object:
    if name in DATES or name.endswith("_on"):
        return dt.date(2026, 3, 2) + dt.timedelta(days=n)
    if name in FLOATS or name.endswith("_pct"):
        return 12.5 * (n + 1)
    if name in NUMBERS or name.endswith("_id"):
        return n + 1
    if name in FLAGS:
        return n % 2 == 0
    return WORDS.get(name, f"{name} {n}")


def _rows(model_class: type, count: int) -> list[SimpleNamespace]:
    names = {column.attr for column in model_class.columns}
    names |= {getattr(model_class, "id_attr", "id")}
    names |= set(NUMBERS) | set(FLOATS) | set(FLAGS) | set(DATES)
    names |= {"area_name", "area_id", "name", "title", "what", "who", "counted_from", "filename"}
    return [SimpleNamespace(**{name: _value(name, n) for name in names}) for n in range(count)]


@pytest.mark.parametrize("model_class", MODELS, ids=lambda c: c.__name__)
def test_list_model_passes_the_model_tester(qtmodeltester, model_class):
    model = model_class()
    qtmodeltester.check(model)
    model.set_rows(_rows(model_class, 5))
    assert model.rowCount() == 5
    qtmodeltester.check(model)
    model.clear()
    assert model.rowCount() == 0
    qtmodeltester.check(model)
