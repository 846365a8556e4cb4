"""A configurable scale (issue 22): 3 to 7 levels, their order and numbering, which count as
support; the history keeps its meaning (levels are mapped, never renumbered). A scale of 3 and one
of 7 run through the map's figures and chart, growth, the chart sheet, the importer and the
council bundle's figures."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from forum_kit import growth
from forum_kit.errors import Conflict, InvalidInput
from forum_kit.models import Assessment
from forum_kit.queries import people as qp
from forum_kit.queries.documents import chart_sheet_data
from forum_kit.queries.levels import numbers, scale_order
from forum_kit.services import assemblies as asm_s
from forum_kit.services import assessments as asm
from forum_kit.services import contacts as cs
from forum_kit.services import scale as sc
from forum_kit.services import workplaces as ws
from forum_kit.services.scale import LevelSpec

TODAY = dt.date(2026, 3, 1)
# the default scale: 1 Leader, 2 Supporter, 3 Undecided, 4 Opposed, 5 Hostile
HISTORY = {"Ana": 1, "Ben": 2, "Cai": 3, "Dee": 4, "Eve": 5, "Fay": 2}


@pytest.fixture
def site(session):
    wp = ws.add_workplace(session, name="Depot", today=dt.date(2026, 1, 1))
    area = ws.add_area(session, workplace_id=wp.id, name="Dock")
    people = {}
    for name, level in HISTORY.items():
        c = cs.add_contact(
            session, workplace_id=wp.id, area_id=area.id, first_name=name, today=dt.date(2026, 1, 1)
        )
        asm.append_assessment(
            session, contact_id=c.id, level=level, assessed_on=dt.date(2026, 1, 10)
        )
        people[name] = c.id
    forum = asm_s.create_body(session, kind="forum", name="Dock forum", workplace_id=wp.id)
    return wp, area, people, forum


def _three(session):
    """For (Leader, Supporter), Unsure (Undecided), Against (Opposed, Hostile)."""
    rows = {r.label: r for r in sc.scale(session)}
    return sc.set_scale(
        session,
        levels=[
            LevelSpec("For", "#2e7d32", "will act", True, rows["Leader"].level),
            LevelSpec("Unsure", "#fdd835", "", False, rows["Undecided"].level),
            LevelSpec("Against", "#c62828", "", False, rows["Opposed"].level),
        ],
        retire={rows["Supporter"].level: 1, rows["Hostile"].level: 3},
    )


def _seven(session, way=sc.SUPPORT_FIRST):
    """Leader, Supporter, Leaning (new, support), Undecided, Doubtful (new), Opposed, Hostile."""
    rows = {r.label: r for r in sc.scale(session)}
    spec = [
        LevelSpec(r.label, r.colour, r.definition, r.counts_as_support, r.level)
        for r in (rows["Leader"], rows["Supporter"])
    ]
    spec.append(LevelSpec("Leaning", "#aed581", "leans our way", True))
    spec.append(
        LevelSpec("Undecided", rows["Undecided"].colour, "", False, rows["Undecided"].level)
    )
    spec.append(LevelSpec("Doubtful", "#ffb74d", "", False))
    spec += [
        LevelSpec(r.label, r.colour, "", False, r.level) for r in (rows["Opposed"], rows["Hostile"])
    ]
    return sc.set_scale(session, levels=spec, way=way)


def _independent(session, as_of):
    """Supporters counted in Python from the raw history and the scale's flags."""
    support = {
        lv: bool(s)
        for lv, s in session.execute(
            sa.text("SELECT level, counts_as_support FROM assessment_levels")
        )
    }
    latest = {}
    for cid, level, _on, _id in session.execute(
        sa.select(Assessment.contact_id, Assessment.level, Assessment.assessed_on, Assessment.id)
        .where(Assessment.assessed_on <= as_of)
        .order_by(Assessment.assessed_on, Assessment.id)
    ):
        latest[cid] = level
    return sum(1 for level in latest.values() if support[level])


def test_three_levels_keep_the_history_and_its_meaning(session, site):
    wp, area, people, forum = site
    before = growth.area_figures(session, area_id=area.id, as_of=TODAY)
    stored = session.execute(
        sa.select(Assessment.contact_id, Assessment.level).order_by(Assessment.id)
    ).all()
    rows = _three(session)
    active = [r for r in rows if r.active and r.level != 0]
    assert [(r.number, r.label, r.counts_as_support) for r in active] == [
        (1, "For", True),
        (2, "Unsure", False),
        (3, "Against", False),
    ]
    # nothing renumbered: the history holds the same levels, read through the mapping
    assert (
        session.execute(
            sa.select(Assessment.contact_id, Assessment.level).order_by(Assessment.id)
        ).all()
        == stored
    )
    after = growth.area_figures(session, area_id=area.id, as_of=TODAY)
    assert after == before == growth.area_figures_live(session, area_id=area.id, as_of=TODAY)
    assert after.supporters == _independent(session, TODAY) == 3
    # the map's picture and its supporters' words follow the scale
    from forum_kit.queries.levels import supporter_labels
    from forum_kit.queries.social_map import social_map

    assert supporter_labels(session) == ["For"]
    assert social_map(session, workplace_id=wp.id, as_of=TODAY).areas[0].supporters == 3
    # the map's chart shows where each person stands on the new scale
    chart = {
        r.full_name: r.level_label
        for r in qp.people_rows(
            session,
            qp.people_ids(session, qp.PeopleFilter(area_id=area.id), today=TODAY),
            today=TODAY,
        )
    }
    assert chart == {
        "Ana": "For",
        "Ben": "For",
        "Cai": "Unsure",
        "Dee": "Against",
        "Eve": "Against",
        "Fay": "For",
    }
    for_level = next(r.level for r in active if r.label == "For")
    ids = qp.people_ids(session, qp.PeopleFilter(area_id=area.id, levels=(for_level,)), today=TODAY)
    assert sorted(ids) == sorted(people[n] for n in ("Ana", "Ben", "Fay"))
    detail = qp.person_detail(session, people["Ben"])
    assert (detail.assessments[0].label, detail.assessments[0].now) == ("Supporter", "For")
    # the chart sheet prints the new scale; Eve's "Hostile" history reads as "Against"
    sheet = chart_sheet_data(session, area_id=area.id, as_of=TODAY, redaction="names")
    assert sheet.assessment_labels == ("Unassessed", "For", "Unsure", "Against")
    assert {r.name: r.assessment for r in sheet.rows} == {
        "Ana": 1,
        "Ben": 1,
        "Cai": 2,
        "Dee": 3,
        "Eve": 3,
        "Fay": 1,
    }
    from forum_kit.reports.chart_sheet import build_chart_sheet

    assert build_chart_sheet(sheet, __import__("io").BytesIO()).pages >= 1
    # a retired level cannot be given again; the active ones can
    with pytest.raises(InvalidInput, match="taken off the scale"):
        asm.append_assessment(session, contact_id=people["Cai"], level=2, assessed_on=TODAY)
    asm.append_assessment(session, contact_id=people["Cai"], level=for_level, assessed_on=TODAY)
    assert growth.area_figures(session, area_id=area.id, as_of=TODAY).supporters == 4
    # the bundle's figures count supporters by the vault's own scale
    from forum_kit.queries.bundle_figures import bundle_figures

    figures = bundle_figures(session, forum_id=forum.id, as_of=TODAY)
    assert [(a.area, a.supporters, a.headcount) for a in figures.areas] == [("Dock", 4, 6)]


def test_seven_levels_run_through_growth_documents_import_and_bundles(session, site):
    wp, area, people, forum = site
    rows = _seven(session)
    active = [r for r in rows if r.active and r.level != 0]
    assert [r.label for r in active] == [
        "Leader",
        "Supporter",
        "Leaning",
        "Undecided",
        "Doubtful",
        "Opposed",
        "Hostile",
    ]
    assert [r.number for r in active] == list(range(1, 8))
    leaning = next(r.level for r in active if r.label == "Leaning")
    doubtful = next(r.level for r in active if r.label == "Doubtful")
    assert leaning > 5 and doubtful > 5  # new ids, never an old one reused
    asm.append_assessment(session, contact_id=people["Cai"], level=leaning, assessed_on=TODAY)
    asm.append_assessment(session, contact_id=people["Dee"], level=doubtful, assessed_on=TODAY)
    figures = growth.area_figures(session, area_id=area.id, as_of=TODAY)
    assert figures == growth.area_figures_live(session, area_id=area.id, as_of=TODAY)
    assert figures.supporters == _independent(session, TODAY) == 4
    from forum_kit.queries.levels import supporter_labels
    from forum_kit.queries.social_map import social_map

    assert supporter_labels(session) == ["Leader", "Supporter", "Leaning"]
    assert social_map(session, workplace_id=wp.id, as_of=TODAY).areas[0].supporters == 4
    # sorting by level follows the scale, not the ids (Leaning's id is 6)
    order = qp.people_ids(session, qp.PeopleFilter(area_id=area.id), sort="level", today=TODAY)
    names = [r.full_name for r in qp.people_rows(session, order, today=TODAY)]
    assert names == ["Ana", "Ben", "Fay", "Cai", "Dee", "Eve"]
    sheet = chart_sheet_data(session, area_id=area.id, as_of=TODAY, redaction="names")
    assert len(sheet.assessment_labels) == 8
    assert {r.name: r.assessment for r in sheet.rows}["Cai"] == 3
    # the sheet prints seven levels with seven patterns a copier keeps apart
    from forum_kit.reports.chart_sheet import build_chart_sheet, pattern_for

    assert len({pattern_for(n, 7) for n in range(1, 8)}) == 7
    assert build_chart_sheet(sheet, __import__("io").BytesIO()).pages >= 1
    from forum_kit.queries.bundle_figures import bundle_figures

    assert bundle_figures(session, forum_id=forum.id, as_of=TODAY).areas[0].supporters == 4
    # numbered the other way: 1 is Hostile, 7 Leader; the sheet and the importer follow
    _seven_reversed = sc.set_direction(session, way=sc.OPPOSITION_FIRST)
    assert _seven_reversed is None
    labels, number_of, support_first = numbers(session)
    assert labels[1] == "Hostile" and labels[7] == "Leader" and not support_first
    from forum_kit.exchange.importer.matching import scale_labels
    from forum_kit.exchange.importer.values import parse_level

    mapping = scale_labels(session)
    assert parse_level("1", mapping) == people_level(session, "Hostile")
    assert parse_level(7, mapping) == people_level(session, "Leader")
    assert parse_level("leaning", mapping) == leaning


def people_level(session, label):
    return next(r.level for r in sc.scale(session) if r.label == label)


def test_the_sort_key_is_the_plain_column_for_the_default_scale(session):
    column = sa.column("current_level")
    assert scale_order(session, column) is column


@pytest.mark.parametrize("count", [2, 8])
def test_a_scale_has_three_to_seven_levels(session, count):
    spec = [LevelSpec(f"L{i}", "#123456", "", i == 0) for i in range(count)]
    with pytest.raises(InvalidInput, match="3 to 7 levels"):
        sc.set_scale(session, levels=spec, retire={1: 1, 2: 1, 3: 1, 4: 1, 5: 1})


def test_scale_refusals_say_what_to_fix(session):
    rows = {r.label: r for r in sc.scale(session)}
    keep = [
        LevelSpec(r.label, r.colour, "", r.counts_as_support, r.level)
        for r in sc.scale(session)
        if r.level
    ]
    with pytest.raises(InvalidInput, match="come first"):
        sc.set_scale(session, levels=keep[::-1])
    with pytest.raises(InvalidInput, match="At least one level must count as support"):
        sc.set_scale(
            session, levels=[LevelSpec(s.label, s.colour, "", False, s.level) for s in keep]
        )
    with pytest.raises(InvalidInput, match="Say which level the history of Hostile"):
        sc.set_scale(session, levels=keep[:4])
    with pytest.raises(Conflict, match="labelled"):
        sc.set_scale(
            session,
            levels=keep[:4] + [LevelSpec("leader", "#000000")],
            retire={rows["Hostile"].level: 4},
        )
    with pytest.raises(InvalidInput, match="Colour"):
        sc.set_scale(
            session,
            levels=keep[:4] + [LevelSpec("Awful", "red")],
            retire={rows["Hostile"].level: 4},
        )
    # nothing was changed by the refusals
    assert [r.label for r in sc.scale(session)] == [
        "Unassessed",
        "Leader",
        "Supporter",
        "Undecided",
        "Opposed",
        "Hostile",
    ]


def test_a_retired_level_can_come_back_and_chains_are_flattened(session, site):
    _three(session)
    rows = {r.label: r for r in sc.scale(session)}
    hostile = rows["Hostile"]
    assert hostile.retired_into == rows["Against"].level
    # Hostile comes back as level 3; Against (once Opposed) reads as Hostile from now on
    spec = [
        LevelSpec(r.label, r.colour, "", r.counts_as_support, r.level)
        for r in sc.scale(session)
        if r.active and r.level and r.label != "Against"
    ]
    spec.append(LevelSpec("Hostile", "#c62828", "", False, hostile.level))
    rows2 = {
        r.label: r for r in sc.set_scale(session, levels=spec, retire={rows["Against"].level: 3})
    }
    assert rows2["Hostile"].active and rows2["Hostile"].number == 3
    assert rows2["Against"].retired_into == hostile.level
    # For goes into a new supporter level: Supporter (retired into For) follows it there
    spec = [LevelSpec("Backer", "#2e7d32", "", True)] + [
        LevelSpec(r.label, r.colour, "", r.counts_as_support, r.level)
        for r in sc.scale(session)
        if r.active and r.level and r.label != "For"
    ]
    rows3 = {r.label: r for r in sc.set_scale(session, levels=spec, retire={rows["For"].level: 1})}
    assert rows3["Supporter"].retired_into == rows3["Backer"].level
    assert rows3["For"].retired_into == rows3["Backer"].level
    assert rows3["Supporter"].counts_as_support
