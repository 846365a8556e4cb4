"""One way to name an area by its path (``forum_kit.queries.areas.paths_from``), shared by the
documents, the grievance figures, mutual aid and the exchange files."""

from __future__ import annotations

from forum_kit.exchange.area_paths import paths_of
from forum_kit.queries.areas import paths_from


def test_paths_from_the_top_in_any_order_of_rows():
    rows = [(3, 2, "Team North"), (1, None, "Floor 2"), (2, 1, "Billing"), (4, None, "Yard")]
    assert paths_from(rows) == {
        1: "Floor 2", 2: "Floor 2 / Billing", 3: "Floor 2 / Billing / Team North", 4: "Yard",
    }
    assert paths_of(rows) == paths_from(rows)


def test_a_parent_outside_or_a_loop_ends_the_path_and_a_deep_tree_is_whole():
    assert paths_from([(4, 9, "Orphan")]) == {4: "Orphan"}
    looped = paths_from([(5, 6, "A"), (6, 5, "B")])
    assert set(looped) == {5, 6} and all(len(p.split(" / ")) <= 2 for p in looped.values())
    deep = [(1, None, "L0")] + [(i, i - 1, f"L{i - 1}") for i in range(2, 301)]
    assert paths_from(deep)[300].count(" / ") == 299
    assert paths_from([(1, None, "محطة"), (2, 1, "夜班")]) == {1: "محطة", 2: "محطة / 夜班"}
