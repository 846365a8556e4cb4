"""The social map (issue 22): per area organic leaders, committee members, who no committee
member's ties reach, ties between areas, zones and hazards, the floor plan; the services that set
zones, hazards and tiles; saved chart views; and the tile layouts (treemap, floor plan)."""

from __future__ import annotations

import datetime as dt
import itertools
import random

import pytest
import sqlalchemy as sa

from forum_kit.errors import Conflict, InvalidInput
from forum_kit.queries.chart_views import chart_views
from forum_kit.queries.social_map import hazards_of, social_map
from forum_kit.services import chart_views as views
from forum_kit.services import committees as cm
from forum_kit.services import contacts as cs
from forum_kit.services import social_map as sm
from forum_kit.services import workplaces as ws
from forum_kit.tiles import Node, Rect, band, floor_plan, free_spot, squarify, treemap

TODAY = dt.date(2026, 5, 1)


@pytest.fixture
def depot(session):
    wp = ws.add_workplace(session, name="Depot", today=dt.date(2026, 1, 1))
    dock = ws.add_area(session, workplace_id=wp.id, name="Dock", hazards="heat\n\nforklifts")
    north = ws.add_area(session, workplace_id=wp.id, name="North", parent_id=dock.id)
    yard = ws.add_area(session, workplace_id=wp.id, name="Yard")

    def person(name, area, **kw):
        return cs.add_contact(
            session,
            workplace_id=wp.id,
            area_id=area.id,
            first_name=name,
            today=dt.date(2026, 1, 2),
            **kw,
        ).id

    p = {
        "ana": person("Ana", north, organic_leader=True),
        "ben": person("Ben", north),
        "cai": person("Cai", north),
        "dee": person("Dee", yard, organic_leader=True),
        "eve": person("Eve", yard),
        "fay": person("Fay", dock),
    }
    cm.join_committee(session, contact_id=p["ana"], role="C", joined_on=dt.date(2026, 2, 1))
    cs.add_tie(session, a_id=p["ana"], b_id=p["ben"])  # reached through Ana
    cs.add_tie(session, a_id=p["ana"], b_id=p["dee"])  # Dee in the yard, reached too
    cs.add_tie(session, a_id=p["eve"], b_id=p["fay"])  # neither on the committee
    return wp, dock, north, yard, p


def test_leaders_committee_and_unreached_per_area(session, depot):
    wp, dock, north, yard, p = depot
    picture = social_map(session, workplace_id=wp.id, as_of=TODAY, names=True)
    by = {a.name: a for a in picture.areas}
    assert [a.name for a in picture.areas] == ["Dock", "North", "Yard"]
    assert (by["North"].leaders, by["North"].unreached, by["North"].ties_inside) == (1, 1, 1)
    assert by["North"].leader_names == ("Ana",) and by["North"].member_names == ("Ana",)
    assert (by["Yard"].leaders, by["Yard"].unreached) == (1, 1)  # Eve
    # Dock counts its sub-area: Cai (North) and Fay unreached, Ana a leader
    assert (by["Dock"].leaders, by["Dock"].unreached, by["Dock"].mapped) == (1, 2, 4)
    assert by["Dock"].path == "Dock" and by["North"].path == "Dock / North"
    assert by["North"].committee_members == 1 and not by["North"].below_target
    assert by["Yard"].below_target
    ties = {(t.area_a, t.area_b): t.ties for t in picture.ties}
    assert ties == {
        (min(north.id, yard.id), max(north.id, yard.id)): 1,
        (min(dock.id, yard.id), max(dock.id, yard.id)): 1,
    }
    assert by["Dock"].hazards == ("heat", "forklifts")
    # without names, none are read
    plain = social_map(session, workplace_id=wp.id, as_of=TODAY)
    assert all(not a.leader_names and not a.member_names for a in plain.areas)
    # before Ana joined, nobody in the workplace was reached
    early = {
        a.name: a for a in social_map(session, workplace_id=wp.id, as_of=dt.date(2026, 1, 15)).areas
    }
    assert early["Dock"].unreached == 4 and early["Yard"].unreached == 2


def test_zones_and_hazards_are_set_and_dated(session, depot):
    wp, dock, north, yard, p = depot
    sm.set_zone(session, area_id=yard.id, zone="danger", note="cameras over every bench")
    sm.set_zone(session, area_id=north.id, zone="free", note="  break room ")
    with pytest.raises(InvalidInput, match="Zone must be"):
        sm.set_zone(session, area_id=north.id, zone="amber")
    heat = hazards_of(session, dock.id)[0]
    sm.resolve_hazard(session, hazard_id=heat.id, resolved_on=dt.date(2026, 4, 1), today=TODAY)
    with pytest.raises(InvalidInput, match="before the hazard was noted"):
        sm.resolve_hazard(session, hazard_id=heat.id, resolved_on=dt.date(2025, 1, 1))
    new = sm.add_hazard(
        session,
        area_id=yard.id,
        description="ice on the ramp",
        noted_on=dt.date(2026, 4, 20),
        today=TODAY,
    )
    with pytest.raises(InvalidInput, match="future"):
        sm.add_hazard(
            session,
            area_id=yard.id,
            description="x",
            noted_on=TODAY.replace(day=2),
            today=TODAY.replace(day=1),
        )
    by = {a.name: a for a in social_map(session, workplace_id=wp.id, as_of=TODAY).areas}
    assert (by["Yard"].zone, by["Yard"].zone_note) == ("danger", "cameras over every bench")
    assert (by["North"].zone, by["North"].zone_note) == ("free", "break room")
    assert by["Yard"].hazards == ("ice on the ramp",)
    assert by["Dock"].hazards == ("heat",) or by["Dock"].hazards == ("forklifts",)
    assert [h.description for h in hazards_of(session, dock.id)][-1] == heat.description
    earlier = {
        a.name: a for a in social_map(session, workplace_id=wp.id, as_of=dt.date(2026, 3, 1)).areas
    }
    assert len(earlier["Dock"].hazards) == 2 and not earlier["Yard"].hazards
    sm.delete_hazard(session, hazard_id=new.id)
    assert hazards_of(session, yard.id) == []
    sm.set_zone(session, area_id=yard.id, zone=None, note="kept?")
    assert session.execute(
        sa.text("SELECT zone, zone_note FROM areas WHERE id = :a"), {"a": yard.id}
    ).one() == (None, "")


def test_floor_plan_tiles(session, depot):
    wp, dock, north, yard, p = depot
    sm.place_tile(session, area_id=north.id, x=0, y=0, w=5, h=3)
    sm.place_tile(session, area_id=north.id, x=2, y=1, w=5, h=3)  # moved, not doubled
    sm.place_tile(session, area_id=yard.id, x=6, y=0, w=4, h=4)
    with pytest.raises(InvalidInput, match="inside it"):
        sm.place_tile(session, area_id=yard.id, x=58, y=0, w=4, h=4)
    with pytest.raises(InvalidInput, match="at least one cell"):
        sm.place_tile(session, area_id=yard.id, x=0, y=0, w=0, h=4)
    by = {a.name: a.plan for a in social_map(session, workplace_id=wp.id, as_of=TODAY).areas}
    assert by == {"Dock": None, "North": (2, 1, 5, 3), "Yard": (6, 0, 4, 4)}
    assert sm.clear_floor_plan(session, workplace_id=wp.id) == 2


def test_chart_views_are_saved_by_name(session, depot):
    wp, dock, north, yard, p = depot
    views.save_view(
        session,
        name="Unreached leaders",
        columns=["name", "organic_leader", "reached", "shift"],
        filters={"unreached": True, "organic_leader": True, "levels": [3, 2]},
        sort="shift",
        descending=True,
    )
    with pytest.raises(Conflict, match="exists"):
        views.save_view(session, name="unreached LEADERS", columns=["name"])
    views.save_view(session, name="unreached LEADERS", columns=["name", "language"], replace=True)
    with pytest.raises(InvalidInput, match="Unknown chart column"):
        views.save_view(session, name="x", columns=["name", "salary"])
    with pytest.raises(InvalidInput, match="name column"):
        views.save_view(session, name="x", columns=["shift"])
    with pytest.raises(InvalidInput, match="cannot filter"):
        views.save_view(session, name="x", columns=["name"], filters={"salary": 1})
    with pytest.raises(InvalidInput, match="yes or no"):
        views.save_view(session, name="x", columns=["name"], filters={"unreached": "yes"})
    views.save_view(
        session,
        name="FT only",
        columns=["name", "employment"],
        filters={"employment": "FT", "text": "  "},
    )
    rows = chart_views(session)
    assert [(r.name, r.columns, r.filters) for r in rows] == [
        ("FT only", ("name", "employment"), {"employment": "FT"}),
        ("unreached LEADERS", ("name", "language"), {}),
    ]
    flt = rows[0].people_filter(workplace_id=wp.id, area_id=dock.id)
    assert (flt.employment, flt.area_id) == ("FT", dock.id)
    views.delete_view(session, view_id=rows[0].id)
    assert [r.name for r in chart_views(session)] == ["unreached LEADERS"]


def _overlap(a: Rect, b: Rect) -> float:
    w = min(a.x + a.w, b.x + b.w) - max(a.x, b.x)
    h = min(a.y + a.h, b.y + b.h) - max(a.y, b.y)
    return max(0.0, w) * max(0.0, h)


@pytest.mark.parametrize("seed", range(5))
def test_squarify_fills_the_rectangle_in_proportion(seed):
    rng = random.Random(seed)
    weights = [rng.randint(1, 300) for _ in range(rng.randint(1, 25))]
    room = Rect(10, 20, rng.uniform(100, 900), rng.uniform(80, 600))
    boxes = squarify(weights, room)
    total = sum(weights)
    for w, box in zip(weights, boxes, strict=True):
        assert box.w * box.h == pytest.approx(room.w * room.h * w / total, rel=1e-6)
        assert room.x - 1e-6 <= box.x and box.x + box.w <= room.x + room.w + 1e-6
        assert room.y - 1e-6 <= box.y and box.y + box.h <= room.y + room.h + 1e-6
    for a, b in itertools.combinations(boxes, 2):
        assert _overlap(a, b) < 1e-6


def test_treemap_nests_sub_areas_inside_their_parent():
    nodes = [Node(1, None, 60), Node(2, 1, 40), Node(3, 1, 20), Node(4, None, 30), Node(5, 2, 40)]
    boxes = treemap(nodes, Rect(0, 0, 600, 400))
    for child, parent in ((2, 1), (3, 1), (5, 2)):
        c, p = boxes[child], boxes[parent]
        assert p.x <= c.x and c.x + c.w <= p.x + p.w and p.y + 10 <= c.y
    assert _overlap(boxes[1], boxes[4]) == 0


def test_floor_plan_places_the_unplaced_below():
    boxes, cell = floor_plan({7: (0, 0, 4, 3), 8: (4, 0, 4, 3)}, [9, 10], Rect(0, 0, 800, 600))
    assert boxes[9].y >= boxes[7].y + boxes[7].h and boxes[10].y == boxes[9].y
    assert cell > 0
    assert free_spot({7: (0, 0, 4, 3)}, 4, 3) == (4, 0)


def test_bands_carry_words():
    assert band(None, 0) == ("no one mapped", "#e0e0e0")
    assert band(10.0, 20)[0] == "under 20 % support"
    assert band(70.0, 20)[0] == "65 % support or more"


def test_cli_social_map_and_coverage(tmp_path, monkeypatch, capsys):
    from forum_kit.cli import main
    from forum_kit.vault import FAST_KDF, Vault

    monkeypatch.setenv("FORUM_KIT_INSECURE_FAST_KDF", "1")
    monkeypatch.setenv("FORUM_KIT_PASSPHRASE", "pass phrase of the test")
    path = tmp_path / "v.forumkit"
    vault = Vault.create(path, "pass phrase of the test", kdf=FAST_KDF)
    with vault.unit_of_work() as s:
        wp = ws.add_workplace(s, name="Depot", today=dt.date(2026, 1, 1))
        dock = ws.add_area(s, workplace_id=wp.id, name="Dock", hazards="heat")
        sm.set_zone(s, area_id=dock.id, zone="danger")
        for name, shift in (("Zoë", "Days"), ("Şêrko", "Nights"), ("Ana", "Days")):
            c = cs.add_contact(
                s,
                workplace_id=wp.id,
                area_id=dock.id,
                first_name=name,
                shift=shift,
                organic_leader=name == "Ana",
                today=dt.date(2026, 1, 2),
            )
            if name == "Zoë":
                cm.join_committee(s, contact_id=c.id, role="C", joined_on=dt.date(2026, 1, 3))
    vault.lock()
    assert main(["social-map", str(path), "--as-of", "2026-05-01"]) == 0
    out = capsys.readouterr().out
    assert "Dock" in out and "danger" in out and "heat" in out
    assert "Zoë" not in out and "Ana" not in out  # counts, never names
    line = next(x for x in out.splitlines() if x.startswith("Dock"))
    assert line.split()[1:6] == ["3", "0%", "1/1", "1", "2"]
    assert main(["coverage", str(path), "--by", "shift", "--as-of", "2026-05-01"]) == 0
    out = capsys.readouterr().out
    assert any(x.endswith("the committee has nobody in 1 group") for x in out.splitlines())
    nights = next(x for x in out.splitlines() if x.startswith("Nights"))
    assert nights.split() == ["Nights", "1", "0", "0", "1", "1", "nobody"]
    assert main(["coverage", str(path), "--by", "shift", "--against", "area"]) == 0
    assert "2/1" in capsys.readouterr().out
    assert main(["coverage", str(path), "--by", "shift", "--against", "shift"]) == 3


def test_the_briefing_and_the_pack_print_the_picture(session, depot, tmp_path):
    import subprocess

    from forum_kit.queries.documents import briefing_data, pack_spec
    from forum_kit.reports.briefing import build_briefing
    from forum_kit.reports.pack import build_pack
    from forum_kit.services import assemblies as asm

    wp, dock, north, yard, p = depot
    sm.set_zone(session, area_id=yard.id, zone="danger", note="cameras")
    forum = asm.create_body(session, kind="forum", name="Depot forum", workplace_id=wp.id)
    council = asm.create_body(session, kind="council", name="City council")
    meeting = asm.schedule_meeting(
        session, body_id=council.id, held_at=dt.datetime(2026, 5, 20, 18), place="Hall"
    )
    data = briefing_data(session, forum_id=forum.id, council_meeting_id=meeting.id, as_of=TODAY)
    assert [pic.workplace for pic in data.pictures] == ["Depot"]
    assert {a.name for a in data.pictures[0].areas} == {"Dock", "North", "Yard"}
    for build, item, name in (
        (build_briefing, data, "briefing.pdf"),
        (
            build_pack,
            pack_spec(session, forum_id=forum.id, council_meeting_ids=[meeting.id], as_of=TODAY),
            "pack.pdf",
        ),
    ):
        build(item, tmp_path / name)
        text = subprocess.run(
            ["pdftotext", "-layout", str(tmp_path / name), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert "The workplace at a glance" in text, name
        assert "danger zone" in text and "1 organic leader" in text, name
        assert "Ana" not in text and "Eve" not in text, name  # counts only, never a name
    # a forum of one area sends up only that area's picture
    one = briefing_data(
        session, forum_id=forum.id, council_meeting_id=meeting.id, as_of=TODAY, area_ids=[yard.id]
    )
    assert [a.name for a in one.pictures[0].areas] == ["Yard"]
    assert one.pictures[0].ties == ()
