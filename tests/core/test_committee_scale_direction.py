"""A committee copy numbers the scale as the keeper's chart does: the copy's header carries the
keeper's scale direction (``scale_direction``, optional since the copy format's minor version 1)
and the copy database keeps it, so a keeper who numbers from opposition (1 = hostile) sends
copies numbered the same way. A copy written without it (an older program) still opens,
numbered support first as before; a direction this version does not know is refused."""

from __future__ import annotations

import dataclasses

import pytest
from committee_world import START, World

from forum_kit.committee import copies
from forum_kit.committee.errors import ExchangeInvalid
from forum_kit.queries import levels
from forum_kit.services import scale as scale_service

BEA = "Bea Moreau"


@pytest.fixture
def world(_template_vault, tmp_path):
    world = World(_template_vault, tmp_path / "w", contacts=12)
    world.add_steward(_template_vault, BEA, areas=None, sensitive=True)
    with world.keeper.unit_of_work() as s:
        scale_service.set_direction(s, way=levels.OPPOSITION_FIRST)
    yield world
    world.lock()


def _numbers(session) -> list[tuple[int, str, int | None]]:
    return [(r.level, r.label, r.number) for r in levels.scale(session)]


def test_the_copy_numbers_the_scale_as_the_keepers_chart(world):
    with world.keeper.unit_of_work() as s:
        keeper = _numbers(s), levels.numbers(s)
    assert keeper[1][2] is False  # number 1 is not the strongest support
    world.send_copy(BEA, START)
    chart = world.chart(BEA)
    try:
        with chart.unit_of_work() as c:
            assert levels.direction(c) == levels.OPPOSITION_FIRST
            assert (_numbers(c), levels.numbers(c)) == keeper
    finally:
        chart.close()
    # the keeper turns it back: the next copy follows
    with world.keeper.unit_of_work() as s:
        scale_service.set_direction(s, way=levels.SUPPORT_FIRST)
        keeper_now = _numbers(s)
    world.send_copy(BEA, START.replace(hour=10))
    chart = world.chart(BEA)
    try:
        with chart.unit_of_work() as c:
            assert levels.direction(c) == levels.SUPPORT_FIRST and _numbers(c) == keeper_now
    finally:
        chart.close()


def _header_as(monkeypatch, change) -> None:
    """Copies written from here have their header passed through ``change``."""
    real = copies.json_line

    def json_line(value):
        if isinstance(value, dict) and value.get("format") == "copy":
            value = change(dict(value))
        return real(value)

    monkeypatch.setattr(copies, "json_line", json_line)


def test_a_copy_without_the_direction_still_opens_numbered_support_first(world, monkeypatch):
    # as the program wrote copies before the field: minor version 0, no scale_direction
    monkeypatch.setattr(copies, "COPY", dataclasses.replace(copies.COPY, minor=0))
    _header_as(monkeypatch, lambda h: {k: v for k, v in h.items() if k != "scale_direction"})
    data = world.write_copy(BEA, START)
    monkeypatch.undo()
    opened = world.open_copy(BEA, data, START)
    assert opened.counts["contacts"] >= 12
    chart = world.chart(BEA)
    try:
        with chart.unit_of_work() as c:
            assert levels.direction(c) == levels.SUPPORT_FIRST
            numbered = [r.number for r in levels.scale(c) if r.number]
            assert numbered == sorted(numbered) and levels.numbers(c)[2] is True
    finally:
        chart.close()


def test_a_direction_this_version_does_not_know_is_refused(world, monkeypatch):
    _header_as(monkeypatch, lambda h: {**h, "scale_direction": "sideways"})
    data = world.write_copy(BEA, START)
    with pytest.raises(ExchangeInvalid) as refused:
        world.open_copy(BEA, data, START)
    assert "scale_direction" in str(refused.value)
    assert not list((world.stewards[BEA].path / "copies").glob("*.db"))
