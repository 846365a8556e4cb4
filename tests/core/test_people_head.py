"""P4's queries for opening the People list fast: ``people_ids(limit=)`` and ``people_head`` (the
first page of ids and the whole list's length) must agree with the full ``people_ids`` for every
sort and filter, and ``languages`` (a skip scan of its index) with a plain DISTINCT."""

from __future__ import annotations

import datetime as dt
import random

import pytest
import sqlalchemy as sa

from forum_kit.errors import InvalidInput
from forum_kit.models import Contact
from forum_kit.queries import people as qp
from forum_kit.services import assessments as asm
from forum_kit.services import committees as cm
from forum_kit.services import contacts as cs
from forum_kit.services import workplaces as ws

TODAY = dt.date(2024, 6, 1)
LANGS = ["", "", "Polish", "polish", "Kurdish", "Ölçü", "a", "english", "English", "zz"]
NAMES = ["Zoë", "ana", "Ana", "Şêrko", "Li", "li", "Bob"]


@pytest.fixture(scope="module")
def vault_ids(tmp_path_factory):
    from forum_kit.vault import FAST_KDF, Vault

    vault = Vault.create(tmp_path_factory.mktemp("h") / "h.forumkit", "a passphrase here",
                         kdf=FAST_KDF)
    rng = random.Random(3)
    with vault.unit_of_work() as s:
        wp = ws.add_workplace(s, name="Plant", today=TODAY)
        other = ws.add_workplace(s, name="Depot", today=TODAY)
        top = ws.add_area(s, workplace_id=wp.id, name="Top")
        areas = [top] + [ws.add_area(s, workplace_id=wp.id, name=f"L{i}", parent_id=top.id)
                         for i in range(3)]
        yard = ws.add_area(s, workplace_id=other.id, name="Yard")
        for n in range(60):
            area = rng.choice(areas)
            c = cs.add_contact(
                s, workplace_id=wp.id, area_id=area.id, first_name=rng.choice(NAMES),
                last_name=rng.choice(NAMES), today=TODAY - dt.timedelta(days=300),
                language=rng.choice(LANGS), job_title=rng.choice(["Picker", "", "Driver"]),
                shift=rng.choice(["Night", "Day"]),
            )
            if n % 3:
                asm.append_assessment(s, contact_id=c.id, level=1 + n % 5,
                                      assessed_on=TODAY - dt.timedelta(days=n * 7))
            if n % 7 == 0:
                cm.join_committee(s, contact_id=c.id, role="C" if n % 2 else "CH",
                                  joined_on=TODAY - dt.timedelta(days=9))
        for lang in ("Tigrinya", "polish", ""):
            cs.add_contact(s, workplace_id=other.id, area_id=yard.id, first_name="Far",
                           last_name="Away", today=TODAY, language=lang)
    yield vault, wp.id, other.id, top.id
    vault.lock()


FILTERS = [
    {},
    {"area_id": "top"},
    {"levels": (2, 3)},
    {"committee_role": "any"},
    {"committee_role": "none"},
    {"stale": True},
    {"language": "Polish"},
    {"text": "night"},
]


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", qp.SORT_COLUMNS)
def test_head_is_the_start_of_the_full_list_and_counts_it(vault_ids, sort, descending):
    vault, wp, _other, top = vault_ids
    with vault.unit_of_work() as s:
        for extra in FILTERS:
            fields = {k: (top if v == "top" else v) for k, v in extra.items()}
            flt = qp.PeopleFilter(workplace_id=wp, **fields)
            full = qp.people_ids(s, flt, sort=sort, descending=descending, today=TODAY)
            for limit in (0, 1, 7, len(full), len(full) + 5):
                head = qp.people_head(s, flt, sort=sort, descending=descending, today=TODAY,
                                      limit=limit)
                assert list(head.ids) == full[:limit], (extra, limit)
                assert head.total == len(full), (extra, limit)
                assert head.complete == (limit >= len(full))
                assert qp.people_ids(s, flt, sort=sort, descending=descending, today=TODAY,
                                     limit=limit) == full[:limit]


def test_limit_is_validated(vault_ids):
    vault, wp, _other, _top = vault_ids
    with vault.unit_of_work() as s:
        for bad in (-1, True, 2.5, "10"):
            with pytest.raises(InvalidInput, match="limit"):
                qp.people_ids(s, qp.PeopleFilter(workplace_id=wp), today=TODAY, limit=bad)


def test_languages_match_a_plain_distinct(vault_ids):
    vault, wp, other, _top = vault_ids
    c = Contact.__table__
    with vault.unit_of_work() as s:
        for workplace in (wp, other, None):
            stmt = sa.select(c.c.language).where(c.c.language != "").distinct()
            if workplace is not None:
                stmt = stmt.where(c.c.workplace_id == workplace)
            expected = sorted(s.execute(stmt).scalars(), key=lambda x: (x.casefold(), x))
            assert qp.languages(s, workplace) == expected
        assert "Tigrinya" not in qp.languages(s, wp)
        assert {"Polish", "polish", "Ölçü", "a", "zz"} <= set(qp.languages(s, wp))
        assert qp.languages(s, 999) == []


@pytest.mark.parametrize("sort", qp.SORT_COLUMNS)
@pytest.mark.parametrize("descending", [False, True])
def test_an_area_driven_query_gives_the_same_order(vault_ids, monkeypatch, sort, descending):
    """Reading an area's people by area and sorting them (the plan for small areas) must give
    exactly the order of walking the workplace in display order."""
    vault, wp, _other, top = vault_ids
    with vault.unit_of_work() as s:
        leaf = s.execute(sa.text("SELECT id FROM areas WHERE parent_id = :t ORDER BY id LIMIT 1"),
                         {"t": top}).scalar()
        for flt in (qp.PeopleFilter(workplace_id=wp, area_id=top),
                    qp.PeopleFilter(workplace_id=wp, area_id=leaf),
                    qp.PeopleFilter(area_id=leaf, include_left=True)):
            got = {}
            for driven in (True, False):
                monkeypatch.setattr(qp, "_area_first", lambda _s, _f, d=driven: d)
                got[driven] = qp.people_ids(s, flt, sort=sort, descending=descending,
                                            today=TODAY)
            assert got[True] == got[False]
            assert got[True]  # the filters match people


def test_the_area_drives_the_query_when_it_holds_few_people(vault_ids, monkeypatch):
    vault, wp, _other, top = vault_ids
    with vault.unit_of_work() as s:
        leaf = s.execute(sa.text("SELECT id FROM areas WHERE parent_id = :t ORDER BY id LIMIT 1"),
                         {"t": top}).scalar()
        assert qp._area_first(s, qp.PeopleFilter(workplace_id=wp)) is False  # no area filter
        assert qp._area_first(s, qp.PeopleFilter(workplace_id=wp, area_id=top)) is True
        monkeypatch.setattr(qp, "_AREA_FIRST", 0)  # past the threshold: only when at most half
        assert qp._area_first(s, qp.PeopleFilter(workplace_id=wp, area_id=top)) is False
        assert qp._area_first(s, qp.PeopleFilter(workplace_id=wp, area_id=leaf)) is True
