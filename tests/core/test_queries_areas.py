"""``walk_subtree``: the area first, then its descendants; a cycle cannot hang it."""

from __future__ import annotations

from forum_kit.queries.areas import walk_subtree


def test_walks_the_area_and_everything_below_it_once():
    children = {None: [1, 5], 1: [2, 3], 3: [4], 5: [6]}
    assert walk_subtree(children, 1) == [1, 3, 4, 2]
    assert walk_subtree(children, 5) == [5, 6]
    assert walk_subtree(children, 4) == [4]


def test_a_cycle_written_outside_the_services_ends():
    children = {1: [2], 2: [3], 3: [1]}
    assert walk_subtree(children, 1) == [1, 2, 3]
