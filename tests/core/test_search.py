"""Global search: diacritics and case folded, prefix matching, snippets, grouping by kind, and any
user text (FTS5 syntax included) is safe."""

from __future__ import annotations

import datetime as dt

import pytest

from forum_kit.errors import InvalidInput
from forum_kit.models import Contract, Grievance
from forum_kit.models.enums import GrievanceType
from forum_kit.queries import fts_match
from forum_kit.queries.search import search
from forum_kit.services import contacts as cs
from forum_kit.services import conversations as cv
from forum_kit.services import workplaces as ws

TODAY = dt.date(2024, 6, 1)


@pytest.fixture
def filled(session):
    wp = ws.add_workplace(session, name="Plant", today=TODAY)
    area = ws.add_area(session, workplace_id=wp.id, name="Kühlhaus")
    zoe = cs.add_contact(session, workplace_id=wp.id, area_id=area.id, first_name="Zoë",
                         last_name="Adams", today=TODAY)
    serko = cs.add_contact(session, workplace_id=wp.id, area_id=area.id, first_name="Şêrko",
                           today=TODAY)
    liam = cs.add_contact(session, workplace_id=wp.id, area_id=area.id, first_name="Liam",
                          last_name="O'Brien", today=TODAY)
    conv = cv.log_conversation(session, contact_id=serko.id, held_on=TODAY,
                               agitate="The freezer is broken and nobody fixes the heating",
                               sensitive=True)
    contract = Contract(name="Main", workplace_id=wp.id)
    session.add(contract)
    session.flush()
    g = Grievance(number="G-7", workplace_id=wp.id, area_id=area.id, contract_id=contract.id,
                  grievance_type=GrievanceType.HEALTH_AND_SAFETY, title="Freezer temperature",
                  what="No gloves issued", incident_on=TODAY, current_step=1, opened_on=TODAY)
    session.add(g)
    session.flush()
    return {"zoe": zoe.id, "serko": serko.id, "liam": liam.id, "conv": conv.id, "g": g.id,
            "area": area.id, "wp": wp.id}


def test_people_fold_case_and_diacritics(session, filled):
    assert [h.id for h in search(session, "zoe").people] == [filled["zoe"]]
    assert [h.id for h in search(session, "ZOË adams").people] == [filled["zoe"]]
    assert [h.id for h in search(session, "ŞÊRKO").people] == [filled["serko"]]
    assert [h.id for h in search(session, "serk").people] == [filled["serko"]]  # prefix
    hit = search(session, "o'brien").people[0]
    assert (hit.id, hit.title, hit.contact_id, hit.kind) == (
        filled["liam"], "Liam O'Brien", filled["liam"], "people")
    assert search(session, "zoe liam").people == ()  # every word must match


def test_groups_and_snippets(session, filled):
    res = search(session, "freez")
    assert [h.id for h in res.conversations] == [filled["conv"]]
    conv = res.conversations[0]
    assert conv.contact_id == filled["serko"] and conv.sensitive
    assert "[freezer]" in conv.snippet and conv.title.startswith("Şêrko")
    assert [h.id for h in res.grievances] == [filled["g"]]
    assert res.grievances[0].title == "G-7 Freezer temperature"
    assert res.people == () and res.total == 2
    assert [h.id for h in search(session, "kuhl").areas] == [filled["area"]]
    assert search(session, "KÜHL").areas[0].snippet == "Plant"
    assert [h.id for h in search(session, "gloves").grievances] == [filled["g"]]


def test_limit_and_empty(session, filled):
    assert not search(session, "")
    assert not search(session, "   ")
    assert not search(session, None)
    assert len(search(session, "o", limit_per_kind=1).people) <= 1
    with pytest.raises(InvalidInput):
        search(session, "x", limit_per_kind=0)
    with pytest.raises(InvalidInput):
        search(session, 42)


NASTY = ['"', "*", "AND", "-x", "OR NOT", "NEAR(a b)", "zoe*", '"zoe', "a:b", "^x", "(", "{a}",
         "'", "''", "\x00", "é" * 500, "col:value", "+", "a" * 40, "zoe AND", "NOT zoe"]


def test_any_text_is_safe(session, filled):
    for text in NASTY:
        search(session, text)
    assert [h.id for h in search(session, '"zoe').people] == [filled["zoe"]]
    assert [h.id for h in search(session, "NOT zoe").people] == []  # NOT is a word, not an operator


def test_fts_match_quotes_every_token():
    assert fts_match('he said "AND" -x') == '"he"* "said"* "AND"* "x"*'
    assert fts_match("***") is None
    assert fts_match("o'brien") == '"o"* "brien"*'


# ---- bounded work on big vaults: whole words first, notes newest first, ranking in a window --

def _notes(session, contact_id, texts_and_dates):
    return [cv.log_conversation(session, contact_id=contact_id, held_on=held_on,
                                agitate=text).id
            for text, held_on in texts_and_dates]


def test_notes_newest_first_and_whole_words_before_prefixes(session, filled):
    day = dt.timedelta(days=1)
    old_rota, new_rota, rotation, later_rota = _notes(session, filled["liam"], [
        ("The rota changed again", TODAY - 30 * day),
        ("Rota posted late", TODAY - 2 * day),
        ("Rotation of the night crew", TODAY - day),
        ("rota: no weekends off", TODAY - 10 * day),
    ])
    everything = search(session, "rota")
    # fewer than a page of whole-word notes: widened to words starting with "rota"
    assert [h.id for h in everything.conversations] == [rotation, new_rota, later_rota, old_rota]
    assert "[Rotation]" in everything.conversations[0].snippet
    # a full page of whole-word notes: the prefix is not needed, the newest written come first
    # (and are shown by the date they were held)
    page = search(session, "rota", limit_per_kind=2)
    assert [h.id for h in page.conversations] == [new_rota, later_rota]
    assert [h.id for h in search(session, "rotat").conversations] == [rotation]


def test_short_words_are_whole_words_in_notes_but_prefixes_for_people(session, filled):
    rosa = cs.add_contact(session, workplace_id=filled["wp"], area_id=filled["area"],
                          first_name="Rosa", today=TODAY).id
    _notes(session, filled["liam"], [("Robust plan for the ro-ro ramp", TODAY)])
    res = search(session, "ro")
    assert [h.id for h in res.people] == [rosa]  # "ro"* for people
    assert len(res.conversations) == 1  # "ro" as a whole word ("ro-ro"), not "Robust"
    assert search(session, "rob").conversations[0].snippet.startswith("[Robust]")


def test_people_are_ranked_within_a_bounded_window(session, filled, monkeypatch):
    from forum_kit.queries import search as search_mod

    wp = ws.add_workplace(session, name="Depot", today=TODAY)
    area = ws.add_area(session, workplace_id=wp.id, name="Yard")
    ids = [cs.add_contact(session, workplace_id=wp.id, area_id=area.id, first_name=first,
                          last_name="Nightingale", today=TODAY).id
           for first in ("Ann", "Bea", "Cy", "Dee")]
    assert sorted(h.id for h in search(session, "nightingale").people) == ids
    monkeypatch.setattr(search_mod, "RANK_WINDOW", 3)
    assert sorted(h.id for h in search(session, "nightingale").people) == ids[:3]
    assert len(search(session, "nightingale", limit_per_kind=2).people) == 2
