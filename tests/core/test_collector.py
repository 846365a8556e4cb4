"""``collector.gc_paused``: the collector is off inside, left as it was after, what the burst made
moves to the oldest generation (not rescanned at the next allocation), and objects that another
part of the process froze stay frozen. The growth series uses it and leaves the collector as it
found it."""

from __future__ import annotations

import contextlib
import gc

import pytest
from test_growth import day

from forum_kit import growth
from forum_kit.collector import gc_paused
from forum_kit.services import workplaces as ws


@pytest.fixture
def collector_state():
    enabled = gc.isenabled()
    gc.unfreeze()
    gc.collect()
    yield
    gc.unfreeze()
    gc.enable() if enabled else gc.disable()


@pytest.mark.parametrize("enabled", [True, False])
def test_off_inside_and_restored_after(collector_state, enabled) -> None:
    gc.enable() if enabled else gc.disable()
    with gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled() is enabled
    with pytest.raises(RuntimeError), gc_paused():
        raise RuntimeError("a failed stage")
    assert gc.isenabled() is enabled


def test_what_the_burst_made_moves_to_the_oldest_generation(collector_state) -> None:
    gc.enable()
    with gc_paused():
        made = [[i] for i in range(50_000)]
    # the youngest generation is empty again: the next allocation does not scan 50k lists
    assert gc.get_count()[0] < 1_000
    assert gc.get_freeze_count() == 0
    oldest = {id(o) for o in gc.get_objects(generation=2)}
    assert id(made[0]) in oldest and id(made[-1]) in oldest


def test_objects_someone_else_froze_stay_frozen(collector_state) -> None:
    gc.enable()
    kept = [[i] for i in range(100)]
    gc.freeze()
    frozen = gc.get_freeze_count()
    assert frozen > 0
    with gc_paused():
        made = [[i] for i in range(1_000)]
    assert gc.get_freeze_count() == frozen
    assert kept and made


@pytest.mark.parametrize("enabled", [True, False])
def test_the_growth_series_pauses_the_collector_and_leaves_it_as_it_was(
    session, collector_state, monkeypatch, enabled
) -> None:
    wp = ws.add_workplace(session, name="Plant", today=day(0))
    dept = ws.add_area(session, workplace_id=wp.id, name="Packing")
    paused: list[bool] = []

    @contextlib.contextmanager
    def spy():
        with gc_paused():
            paused.append(not gc.isenabled())
            yield

    monkeypatch.setattr(growth, "gc_paused", spy)
    gc.enable() if enabled else gc.disable()
    series = growth.growth_series(session, area_ids=[dept.id], start=day(0), end=day(30))
    assert len(series[dept.id]) == 5
    assert paused == [True]
    assert gc.isenabled() is enabled
    assert gc.get_freeze_count() == 0
