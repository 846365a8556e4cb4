"""Hostile input: random bytes and random CSV shapes never crash the dry run (only InvalidInput),
and an import that fails part-way, or whose unit of work fails after it, changes nothing."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from forum_kit.errors import InvalidInput
from forum_kit.exchange.importer import apply_import, plan_import
from forum_kit.exchange.mapping import guess_mapping
from forum_kit.exchange.sniff import read_table
from forum_kit.services.workplaces import add_workplace

TODAY = dt.date(2025, 6, 1)
HEADERS = [
    "First Name", "Last Name", "Full name", "Dept", "Shift", "Cell", "Email", "Rating",
    "Last contact", "Contacted by", "C/CH", "Card signed", "Card date", "Employee ID", "FT/PT",
    "Notes", "Whatever",
]
TABLES = ("contacts", "areas", "assessments", "conversations", "committees",
          "committee_memberships")


@pytest.fixture(scope="module")
def vault(tmp_path_factory):
    from forum_kit.vault import FAST_KDF, Vault

    v = Vault.create(tmp_path_factory.mktemp("fuzz") / "f.forumkit", "pass phrase", kdf=FAST_KDF)
    with v.unit_of_work() as s:
        add_workplace(s, name="Fuzz", today=TODAY)
    yield v
    v.lock()


def _counts(vault) -> dict[str, int]:
    with vault.unit_of_work() as s:
        return {
            t: s.execute(sa.text(f"SELECT count(*) FROM {t}")).scalar_one() for t in TABLES
        }


def _plan(vault, data: bytes):
    with vault.unit_of_work() as s:
        table = read_table(data)
        return plan_import(s, table, workplace_id=1, mapping=guess_mapping(table.headers),
                           today=TODAY)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=600))
def test_random_bytes_only_ever_invalid_input(vault, data) -> None:
    try:
        _plan(vault, data)
    except InvalidInput:
        pass


cells = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["", "=1+1", "+44 20 7946 0000", "-", "@x", "2025-02-30", "14/03/2025",
                     "3 Mar 2025", "yes", "C", "CH", "2", "leader", "a@b.co", "FT", "x" * 10_001,
                     "Zoë Şêrko", "\x00", "\r\n", '"']),
)


@st.composite
def csv_files(draw) -> bytes:
    headers = draw(st.lists(st.sampled_from(HEADERS), min_size=1, max_size=8))
    rows = draw(st.lists(st.lists(cells, min_size=0, max_size=len(headers) + 2), max_size=12))
    delimiter = draw(st.sampled_from([",", ";", "\t", "|"]))
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(headers)
    writer.writerows(rows)
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]))
    return out.getvalue().encode(encoding, errors="replace")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=csv_files())
def test_random_csv_shapes_never_half_import(vault, data) -> None:
    before = _counts(vault)
    try:
        plan = _plan(vault, data)
    except InvalidInput:
        return
    assert (plan.added + plan.updated + plan.unchanged + plan.rejected + plan.merged
            + plan.conflicted) == len(plan.rows)
    with pytest.raises(RuntimeError), vault.unit_of_work() as s:
        apply_import(s, plan, skip_rejected=True)
        raise RuntimeError("forced failure after the import")
    assert _counts(vault) == before


def test_failure_part_way_rolls_everything_back(vault) -> None:
    data = (b"First name,Last name,Dept,Rating,Last contact\n"
            b"A,B,New area,2,2025-01-01\nC,D,New area,3,2025-01-02\n")
    plan = _plan(vault, data)
    assert plan.added == 2
    before = _counts(vault)
    # a level that is not on the scale makes the assessment insert fail after the contacts,
    # areas and conversations statements have run
    broken = dataclasses.replace(
        plan, _assessments=((("new", 0), 99, dt.date(2025, 1, 1)),)
    )
    with pytest.raises(Exception), vault.unit_of_work() as s:  # noqa: B017 - any DB error
        apply_import(s, broken)
    assert _counts(vault) == before


# people already in a workplace, whose numbers, phones, emails and names the drawn cells reuse,
# so that random files also match, update and collide with people in the vault
SEED_CHART = (
    "First Name,Last Name,Dept,Cell,Email,Employee ID,Rating,Last contact,C/CH\n"
    "Zoë,Şêrko,C,+44 20 7946 0000,a@b.co,2,2,14/03/2025,C\n"
    "yes,leader,CH,,,FT,3,,\n"
    "Ana,Obi,2,+44 20 7946 0000,,7,1,2025-02-01,\n"
).encode()


@pytest.fixture(scope="module")
def seeded(vault) -> int:
    with vault.unit_of_work() as s:
        wp = add_workplace(s, name="Seeded", today=TODAY).id
        table = read_table(SEED_CHART)
        plan = plan_import(s, table, workplace_id=wp, mapping=guess_mapping(table.headers),
                           today=TODAY)
        assert plan.added == 3 and plan.rejected == 0
        apply_import(s, plan)
    return wp


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=csv_files())
def test_random_csv_shapes_into_a_workplace_with_people(vault, seeded, data) -> None:
    """Matching, updates and collisions with people already there: the dry run only ever says
    InvalidInput, and the import adds exactly what it planned, all at once."""
    with vault.unit_of_work() as s:
        try:
            table = read_table(data)
            plan = plan_import(s, table, workplace_id=seeded,
                               mapping=guess_mapping(table.headers), today=TODAY)
        except InvalidInput:
            return
    assert (plan.added + plan.updated + plan.unchanged + plan.rejected + plan.merged
            + plan.conflicted) == len(plan.rows)
    before = _counts(vault)
    with vault.unit_of_work() as s:
        result = apply_import(s, plan, skip_rejected=True)
    after = _counts(vault)
    assert after["contacts"] == before["contacts"] + plan.added == before["contacts"] + result.added
    assert after["assessments"] == before["assessments"] + result.assessments_added
    assert after["conversations"] == before["conversations"] + result.conversations_added


def _sheet() -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["First Name", "Last Name", "Dept", "Rating", "Card date"])
    sheet.append(["Zoë", "Şêrko", "Dock", 3, dt.date(2025, 3, 14)])
    sheet.append(["Ana", "=1+1", "Yard", 45700, "14/03/2025"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


SHEET = _sheet()


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(flips=st.lists(st.tuples(st.integers(0, len(SHEET) - 1), st.integers(1, 255)),
                      min_size=1, max_size=6))
def test_a_damaged_workbook_is_only_ever_invalid_input(vault, flips) -> None:
    data = bytearray(SHEET)
    for at, mask in flips:
        data[at] ^= mask
    try:
        _plan(vault, bytes(data))
    except InvalidInput:
        pass
