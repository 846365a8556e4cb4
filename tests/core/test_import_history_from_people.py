"""An import's history rows written from the new people's rows (``write._HistoryFromPeople``,
one INSERT ... SELECT a kind) are the rows the row path binds one at a time: the same assessments
and contact dates, in the same order, with the same ids relative to the import. ``_one_each``
decides when that holds, and is checked here against lists that break each of its conditions."""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from forum_kit.exchange.importer import apply_import, plan_import
from forum_kit.exchange.importer import write as writer
from forum_kit.exchange.mapping import guess_mapping
from forum_kit.exchange.sniff import read_table
from forum_kit.services.workplaces import add_workplace

TODAY = dt.date(2025, 6, 1)
HEADERS = ["First Name", "Last Name", "Dept", "Rating", "Assessed on", "Last contact",
           "Contacted by", "Cell"]
# per column, values that plan as a new person's (and the empty cell); names repeat across rows
# so that some "contacted by" cells name a person of the file, some nobody, some two people
_BY_COLUMN = [
    ["Ana", "Zoë", "Li", "Şêrko"], ["Obi", "Wei", "Ŋgozi", "Álvarez"], ["Yard", "Dock", ""],
    ["2", "Supporter", "", "0", "5", "Leader"], ["2025-01-02", "03/04/2025", "", "2024-12-31"],
    ["2025-01-02", "03/04/2025", "14/03/2025", "", "2025-05-30"],
    ["Ana Obi", "Li Wei", "", "Zoë Ŋgozi", "Nobody Here"], ["", "555-0100"],
]

_sites = itertools.count()


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    """One vault for the module; each import goes into a workplace of its own."""
    from forum_kit.vault import FAST_KDF, Vault

    v = Vault.create(tmp_path_factory.mktemp("history") / "h.forumkit", "pass phrase",
                     kdf=FAST_KDF)
    yield v
    v.lock()


def _csv(rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    writer_ = csv.writer(out)
    writer_.writerow(HEADERS)
    writer_.writerows(rows)
    return out.getvalue().encode("utf-8")


def _history(vault, rows: list[list[str]]) -> tuple[list[tuple], list[tuple], list[tuple]]:
    """Import ``rows`` into a new workplace: its assessments, contact dates (ids made relative to
    the import's first person and first row of each kind, so that two imports compare) and the
    people's derived columns next to what revision 0002's rule computes from the history."""
    with vault.unit_of_work() as s:
        wp = add_workplace(s, name=f"Site {next(_sites)}", today=TODAY).id
    table = read_table(_csv(rows))
    with vault.unit_of_work() as s:
        plan = plan_import(s, table, workplace_id=wp, mapping=guess_mapping(table.headers),
                           today=TODAY)
    with vault.unit_of_work() as s:
        apply_import(s, plan, skip_rejected=True)
    with vault.unit_of_work() as s:
        first = s.execute(sa.text("SELECT coalesce(min(id), 0) FROM contacts "
                                  "WHERE workplace_id = :w"), {"w": wp}).scalar()

        def rel(ident):
            return None if ident is None else ident - first

        assessments = s.execute(sa.text(
            "SELECT a.id, a.contact_id, a.level, a.assessed_on, a.assessed_by_id, "
            "a.conversation_id, a.evidence FROM assessments a JOIN contacts c "
            "ON c.id = a.contact_id WHERE c.workplace_id = :w ORDER BY a.id"), {"w": wp}).all()
        conversations = s.execute(sa.text(
            "SELECT v.id, v.contact_id, v.held_on, v.by_id, v.agitate, v.educate, v.inoculate, "
            "v.ask, v.answer, v.unite, v.plan, v.follow_up_on, v.follow_up_done, v.sensitive "
            "FROM conversations v JOIN contacts c ON c.id = v.contact_id "
            "WHERE c.workplace_id = :w ORDER BY v.id"), {"w": wp}).all()
        derived = s.execute(sa.text(
            "SELECT c.current_level, c.current_assessed_on, c.last_contact_on, "
            "c.last_contact_by_id, "
            "coalesce((SELECT a.level FROM assessments a WHERE a.contact_id = c.id "
            "  ORDER BY a.assessed_on DESC, a.id DESC LIMIT 1), 0), "
            "(SELECT max(a.assessed_on) FROM assessments a WHERE a.contact_id = c.id), "
            "(SELECT v.held_on FROM conversations v WHERE v.contact_id = c.id "
            "  ORDER BY v.held_on DESC, v.id DESC LIMIT 1), "
            "(SELECT v.by_id FROM conversations v WHERE v.contact_id = c.id "
            "  ORDER BY v.held_on DESC, v.id DESC LIMIT 1) "
            "FROM contacts c WHERE c.workplace_id = :w ORDER BY c.id"), {"w": wp}).all()
    first_a = assessments[0][0] if assessments else 0
    first_v = conversations[0][0] if conversations else 0
    return (
        [(a[0] - first_a, rel(a[1]), *a[2:]) for a in assessments],
        [(v[0] - first_v, rel(v[1]), v[2], rel(v[3]), *v[4:]) for v in conversations],
        [(*r[:3], rel(r[3]), *r[4:7], rel(r[7])) for r in derived],
    )


def _both_ways(vault, monkeypatch, rows):
    """The history of ``rows`` imported as the write does it, then with the row path forced."""
    fast = _history(vault, rows)
    with monkeypatch.context() as patch:
        patch.setattr(writer, "_one_each", lambda _rows, _date_at: False)
        slow = _history(vault, rows)
    return fast, slow


def _recording(taken: list[bool]):
    """``write._one_each`` as it is, each answer appended to ``taken``."""
    real = writer._one_each

    def spy(plan_rows, date_at):
        taken.append(real(plan_rows, date_at))
        return taken[-1]

    return spy


def test_a_typical_chart_takes_the_set_based_path_and_writes_what_the_row_path_does(
    shared, monkeypatch
) -> None:
    rows = [
        ["Ana", "Obi", "Yard", "2", "2025-01-02", "2025-02-01", "Li Wei", "555-0100"],
        ["Li", "Wei", "Dock", "Supporter", "", "03/04/2025", "Ana Obi", ""],  # maker above
        ["Zoë", "Ŋgozi", "Dock", "", "", "2025-01-02", "Şêrko Álvarez", ""],  # maker below
        ["Mia", "Ng", "Yard", "4", "2024-12-31", "", "", ""],
        ["Şêrko", "Álvarez", "", "1", "", "2025-01-02", "Nobody Here", ""],
    ]
    taken: list[bool] = []
    spy = _recording(taken)
    with monkeypatch.context() as patch:
        patch.setattr(writer, "_one_each", spy)
        fast = _history(shared, rows)
    assert taken == [True, True]  # assessments and contact dates both went set-based
    with monkeypatch.context() as patch:
        patch.setattr(writer, "_one_each", lambda _rows, _date_at: False)
        slow = _history(shared, rows)
    assert fast == slow
    assessments, conversations, derived = fast
    assert len(assessments) == 4 and len(conversations) == 4
    # the written order is by date, then by person (the ids follow it)
    assert [a[3] for a in assessments] == sorted(a[3] for a in assessments)
    assert [(v[2], v[1]) for v in conversations] == sorted((v[2], v[1]) for v in conversations)
    # who made each contact: Li Wei (inserted after Ana), Ana Obi, Şêrko Álvarez (after Zoë)
    assert [v[3] for v in sorted(conversations, key=lambda v: v[1])] == [1, 0, 4, None]
    for row in derived:
        assert row[:4] == row[4:]  # the people's columns are revision 0002's rule


_EXAMPLES = settings(max_examples=40, deadline=None, suppress_health_check=[
    HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


@st.composite
def _charts(draw) -> list[list[str]]:
    rows = [[draw(st.sampled_from(values)) for values in _BY_COLUMN]
            for _ in range(draw(st.integers(1, 7)))]
    if draw(st.booleans()):
        # a person met twice (same name and area): merged, or a conflict that is skipped
        rows.append(list(draw(st.sampled_from(rows))))
    return rows


@_EXAMPLES
@given(rows=_charts())
@example(rows=[["Ana", "Obi", "Yard", "2", "", "2025-01-02", "Ana Obi", ""],
               ["Ana", "Obi", "Yard", "5", "2025-01-02", "2025-05-30", "", ""]])
def test_any_chart_writes_the_same_history_whichever_path_it_takes(
    shared, monkeypatch, rows
) -> None:
    fast, slow = _both_ways(shared, monkeypatch, rows)
    assert fast == slow
    for row in fast[2]:
        assert row[:4] == row[4:]


NEW = "new"


@pytest.mark.parametrize(("rows", "one_each"), [
    ([], False),  # nothing to write
    ([((NEW, 0), 2, TODAY), ((NEW, 2), 1, TODAY), ((NEW, 5), 3, TODAY)], True),
    ([((NEW, 0), 2, TODAY), ((NEW, 0), 1, TODAY)], False),  # one person twice
    ([((NEW, 3), 2, TODAY), ((NEW, 1), 1, TODAY)], False),  # not in the people's order
    ([((NEW, 0), 2, TODAY), (("id", 7), 1, TODAY)], False),  # someone already in the vault
    ([((NEW, 0), 2, TODAY), ((NEW, 1), 1, None)], False),  # an undated row
])
def test_one_each_holds_only_for_one_dated_row_a_new_person_in_order(rows, one_each) -> None:
    assert writer._one_each(rows, 2) is one_each
    # the same rows shaped as contact dates (the date second)
    as_dates = [(target, on, None) for target, _level, on in rows]
    assert writer._one_each(as_dates, 1) is one_each


def test_a_later_import_of_new_people_naming_people_already_there_writes_the_same(
    shared, monkeypatch
) -> None:
    # the second chart adds only new people (so the set-based path applies) into a workplace
    # that already has two; its contact dates name one of them, a person of the file inserted
    # later, one of the people already there, and nobody known
    first = [["Old", "Timer", "Yard", "3", "2024-01-01", "2024-02-01", "", ""],
             ["Eve", "Early", "Dock", "", "", "2024-03-01", "", ""]]
    second = [["Ana", "Obi", "Yard", "2", "2025-01-02", "2025-02-01", "Old Timer", ""],
              ["Li", "Wei", "Dock", "5", "2025-01-02", "2025-02-01", "Zed Last", ""],
              ["Mia", "Ng", "Dock", "1", "", "2025-01-02", "Ana Obi", ""],
              ["Zed", "Last", "Yard", "4", "2024-12-31", "2025-02-01", "Eve Early", ""]]
    taken: list[bool] = []
    spy = _recording(taken)
    def both_imports(path_forced: bool):
        with shared.unit_of_work() as s:
            wp = add_workplace(s, name=f"Site {next(_sites)}", today=TODAY).id
        for rows in (first, second):
            table = read_table(_csv(rows))
            with shared.unit_of_work() as s:
                plan = plan_import(s, table, workplace_id=wp,
                                   mapping=guess_mapping(table.headers), today=TODAY)
            with monkeypatch.context() as patch:
                patch.setattr(writer, "_one_each",
                              (lambda _r, _d: False) if path_forced else spy)
                with shared.unit_of_work() as s:
                    apply_import(s, plan)
        with shared.unit_of_work() as s:
            ids = [r[0] for r in s.execute(sa.text(
                "SELECT id FROM contacts WHERE workplace_id = :w ORDER BY id"), {"w": wp})]
            rank = {ident: i for i, ident in enumerate(ids)}
            history = [
                [tuple(rank.get(v, v) if k in (1, 3) else v for k, v in enumerate(r))
                 for r in s.execute(sa.text(sql), {"w": wp})]
                for sql in (
                    "SELECT a.level, a.contact_id, a.assessed_on, a.assessed_by_id FROM "
                    "assessments a JOIN contacts c ON c.id = a.contact_id "
                    "WHERE c.workplace_id = :w ORDER BY a.id",
                    "SELECT v.held_on, v.contact_id, v.sensitive, v.by_id FROM conversations v "
                    "JOIN contacts c ON c.id = v.contact_id WHERE c.workplace_id = :w "
                    "ORDER BY v.id",
                    "SELECT current_level, id, current_assessed_on, last_contact_by_id, "
                    "last_contact_on FROM contacts WHERE workplace_id = :w ORDER BY id",
                )
            ]
        return history

    fast = both_imports(path_forced=False)
    assert taken[-2:] == [True, True]  # the second import went set-based
    slow = both_imports(path_forced=True)
    assert fast == slow
    conversations = fast[1]
    # Ana (2) by Old Timer (0), Li (3) by Zed (5, inserted after him), Mia (4) by Ana,
    # Zed by Eve Early (1)
    assert sorted((v[1], v[3]) for v in conversations if v[1] >= 2) == [
        (2, 0), (3, 5), (4, 2), (5, 1)]
