"""The briefing's grouped counts (issue tags per area, grievances per area) against a plain
Python recount of the same rows, on a generated vault with sensitive notes and contacts and a
grievance filed under another workplace than its area's.

The briefing reads every area's counts in one query each and sums sub-areas itself; these tests
hold that equal to the definitions (ORGANISING.md: tags of non-sensitive one-on-ones with
non-sensitive contacts in ``(d - 90, d]``; cases by status as they stood on d).
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections import Counter, defaultdict

import pytest
import sqlalchemy as sa

from forum_kit.growth import ONE_ON_ONE_WINDOW_DAYS
from forum_kit.queries import documents as D
from forum_kit.queries.grievances import grievance_counts, grievance_counts_by_area

PASSPHRASE = "correct horse battery staple"  # the template vault's (tests/conftest.py)
TODAY = dt.date(2025, 6, 30)
DATES = (TODAY, TODAY - dt.timedelta(days=45), TODAY - dt.timedelta(days=200))


@pytest.fixture(scope="module")
def counts_vault(tmp_path_factory, _template_vault):
    from forum_kit import demo
    from forum_kit.vault import Vault

    path = tmp_path_factory.mktemp("counts") / "counts.forumkit"
    shutil.copytree(_template_vault, path)
    vault = Vault.open(path, PASSPHRASE)
    demo.generate(vault, today=TODAY, contacts=240, workplaces=2, areas=9, years=1.0,
                  notes_per_contact=5.0, grievances=60)
    with vault.unit_of_work() as s:
        conn = s.connection()
        conn.exec_driver_sql("UPDATE conversations SET sensitive = 1 WHERE id % 5 = 0")
        conn.exec_driver_sql("UPDATE contacts SET sensitive = 1 WHERE id % 9 = 0")
        # a case whose workplace is not its area's: the per-area figures leave it out
        conn.exec_driver_sql(
            "UPDATE grievances SET workplace_id = (SELECT max(id) FROM workplaces), "
            "area_id = (SELECT min(id) FROM areas WHERE workplace_id = "
            "(SELECT min(id) FROM workplaces)) WHERE id = (SELECT min(id) FROM grievances)")
        # closed without an outcome date: counted as open
        conn.exec_driver_sql(
            "UPDATE grievances SET status = 'closed', outcome = 'won', outcome_on = NULL "
            "WHERE id = (SELECT max(id) FROM grievances)")
    yield vault
    vault.lock()


@pytest.fixture
def s(counts_vault):
    with counts_vault.unit_of_work() as session:
        yield session
        session.rollback()


def _tree(s) -> tuple[dict[int, list[int]], dict[int, int]]:
    children: dict[int, list[int]] = defaultdict(list)
    workplace: dict[int, int] = {}
    for area, parent, wp in s.execute(sa.text("SELECT id, parent_id, workplace_id FROM areas")):
        children[parent].append(area)
        workplace[area] = wp
    return children, workplace


def _subtree(children: dict[int, list[int]], area: int) -> list[int]:
    out, stack = [], [area]
    while stack:
        node = stack.pop()
        out.append(node)
        stack.extend(children.get(node, ()))
    return out


def _reference_issues(s, areas: set[int], as_of: dt.date) -> dict[int, Counter[str]]:
    """Every tag row read into Python and filtered there: the definition, spelled out."""
    out: dict[int, Counter[str]] = defaultdict(Counter)
    rows = s.execute(sa.text(
        "SELECT c.id, c.area_id, c.sensitive, v.held_on, v.sensitive, t.name "
        "FROM conversation_tags ct JOIN issue_tags t ON t.id = ct.tag_id "
        "JOIN conversations v ON v.id = ct.conversation_id "
        "JOIN contacts c ON c.id = v.contact_id"))
    # a note counts in the area its contact was in when it was held (dated placements: the
    # earliest period ending after that day, else where they are now)
    moves: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for contact, until, area in s.execute(sa.text(
            "SELECT contact_id, until_on, area_id FROM placements ORDER BY until_on, id")):
        moves[contact].append((until, area))
    since = as_of - dt.timedelta(days=ONE_ON_ONE_WINDOW_DAYS)
    for contact, area, contact_hidden, held, talk_hidden, name in rows:
        area = next((a for until, a in moves[contact] if until > held), area)
        held = dt.date.fromisoformat(held)
        if area in areas and not contact_hidden and not talk_hidden and since < held <= as_of:
            out[area][name] += 1
    return out


def _reference_cases(s, sub: list[int], workplace: int, as_of: dt.date,
                     include_sensitive: bool = False) -> tuple[Counter[str], Counter[str]]:
    by_status: Counter[str] = Counter()
    by_type: Counter[str] = Counter()
    for area, wp, opened, status, outcome_on, kind, sensitive in s.execute(sa.text(
            "SELECT area_id, workplace_id, opened_on, status, outcome_on, grievance_type, "
            "sensitive FROM grievances")):
        if area not in sub or wp != workplace or dt.date.fromisoformat(opened) > as_of:
            continue
        if sensitive and not include_sensitive:
            continue
        closed = (status == "closed" and outcome_on is not None
                  and dt.date.fromisoformat(outcome_on) <= as_of)
        by_status["closed" if closed else "open"] += 1
        by_type[kind.replace("_", " ")] += 1
    return by_status, by_type


def test_the_vault_exercises_every_rule(s):
    children, _ = _tree(s)
    assert any(parent is not None for parent in children), "no sub-areas to sum"
    hidden = s.execute(sa.text(
        "SELECT count(*) FROM conversation_tags ct JOIN conversations v "
        "ON v.id = ct.conversation_id WHERE v.sensitive AND v.held_on > :d"),
        {"d": (TODAY - dt.timedelta(days=90)).isoformat()}).scalar_one()
    assert hidden > 0
    assert s.execute(sa.text("SELECT count(*) FROM grievances g JOIN areas a "
                             "ON a.id = g.area_id WHERE a.workplace_id != g.workplace_id")
                     ).scalar_one() == 1


@pytest.mark.parametrize("as_of", DATES)
def test_issue_counts_equal_a_plain_recount(s, as_of):
    children, _ = _tree(s)
    every = {a for kids in children.values() for a in kids}
    fast = D._issue_counts(s, every, as_of)
    reference = _reference_issues(s, every, as_of)
    assert {a: dict(c) for a, c in fast.items() if c} == {
        a: dict(c) for a, c in reference.items() if c}
    if as_of == TODAY:
        assert sum(sum(c.values()) for c in reference.values()) > 50
    # a subset of areas counts only those areas
    some = set(sorted(every)[:3])
    assert {a: dict(c) for a, c in D._issue_counts(s, some, as_of).items()} == {
        a: dict(c) for a, c in reference.items() if a in some and c}


@pytest.mark.parametrize("as_of", DATES)
def test_grievance_counts_by_area_sum_to_the_per_area_query(s, as_of):
    children, workplace = _tree(s)
    every = sorted(a for kids in children.values() for a in kids)
    grouped = grievance_counts_by_area(s, area_ids=every, as_of=as_of)
    for area in every:
        sub = _subtree(children, area)
        summed: Counter[tuple[str, str]] = Counter()
        for x in sub:
            summed.update(grouped.get((x, workplace[area]), {}))
        assert dict(summed) == grievance_counts(
            s, workplace_id=workplace[area], area_ids=sub, as_of=as_of)


@pytest.mark.parametrize(("as_of", "sensitive"), [(d, False) for d in DATES] + [
    (DATES[-1], True)])
def test_briefing_figures_equal_the_reference(s, as_of, sensitive):
    """Grievances marked sensitive are counted only when asked."""
    children, workplace = _tree(s)
    every = sorted(a for kids in children.values() for a in kids)
    forum = D.forums(s)[0]
    meeting = D.council_meetings(s, forum_id=forum.id)[0]
    data = D.briefing_data(s, forum_id=forum.id, council_meeting_id=meeting.id, as_of=as_of,
                           threshold=1,
                           area_ids=every, growth_weeks=0, include_sensitive_grievances=sensitive)
    assert data.sensitive_grievances_counted is sensitive
    reference = _reference_issues(s, set(every), as_of)
    assert len(data.areas) == len(every)
    for area, figures in zip(every, data.areas, strict=True):
        sub = _subtree(children, area)
        issues: Counter[str] = Counter()
        for x in sub:
            issues.update(reference.get(x, {}))
        ranked = sorted(issues.items(), key=lambda t: (-t[1], t[0]))[:D.TOP_ISSUES_PER_AREA]
        assert figures.top_issues == tuple(f"{n} ({c})" for n, c in ranked)
        by_status, by_type = _reference_cases(s, sub, workplace[area], as_of, sensitive)
        assert figures.grievances_by_status == tuple(sorted(by_status.items()))
        assert figures.grievances_by_type == tuple(sorted(by_type.items()))
    assert any(f.top_issues for f in data.areas)
    assert any(f.grievances_by_status for f in data.areas)


def _cached_rows(s) -> list[tuple]:
    return [tuple(r) for r in s.execute(sa.text(
        "SELECT area_id, day, tag_id, conversations FROM tag_daily "
        "ORDER BY area_id, day, tag_id"))]


def _all_counts(s, as_of: dt.date) -> tuple[dict, dict]:
    children, _ = _tree(s)
    every = {a for kids in children.values() for a in kids}
    fast = {a: dict(c) for a, c in D._issue_counts(s, every, as_of).items() if c}
    reference = {a: dict(c) for a, c in _reference_issues(s, every, as_of).items() if c}
    return fast, reference


_TAGGED = (
    "SELECT v.id FROM conversations v JOIN contacts c ON c.id = v.contact_id "
    "WHERE v.held_on > :d AND NOT v.sensitive AND {contact} "
    "AND EXISTS (SELECT 1 FROM conversation_tags WHERE conversation_id = v.id) "
    # assessment history is append-only: a note that is deleted must have none
    "AND NOT EXISTS (SELECT 1 FROM assessments WHERE conversation_id = v.id) "
    "ORDER BY v.id LIMIT 1 OFFSET :k"
)


def test_counts_follow_every_edit_after_a_read(s):
    """Each edit alone, after a read that left no area dirty: the marks of revision 0006 (tags,
    sensitive flags), of 0004 (notes moved or deleted) and of 0015 (a contact's earlier area) must
    each be enough."""
    recent = (TODAY - dt.timedelta(days=30)).isoformat()
    before, reference = _all_counts(s, TODAY)
    assert before == reference

    def talk(k: int, contact: str = "NOT c.sensitive") -> int:
        found = s.execute(sa.text(_TAGGED.format(contact=contact)), {"d": recent, "k": k})
        return found.scalar_one()

    edits = [
        ("tag added", "INSERT INTO conversation_tags (conversation_id, tag_id) SELECT :v, id "
         "FROM issue_tags WHERE id NOT IN (SELECT tag_id FROM conversation_tags "
         "WHERE conversation_id = :v) LIMIT 1", talk(0)),
        ("tag changed", "UPDATE conversation_tags SET tag_id = (SELECT max(id) FROM issue_tags "
         "WHERE id NOT IN (SELECT tag_id FROM conversation_tags WHERE conversation_id = :v)) "
         "WHERE conversation_id = :v AND tag_id = (SELECT min(tag_id) FROM conversation_tags "
         "WHERE conversation_id = :v)", talk(1)),
        ("tags removed", "DELETE FROM conversation_tags WHERE conversation_id = :v", talk(2)),
        ("note made sensitive", "UPDATE conversations SET sensitive = 1 WHERE id = :v", talk(3)),
        ("contact made sensitive", "UPDATE contacts SET sensitive = 1 WHERE id = "
         "(SELECT contact_id FROM conversations WHERE id = :v)", talk(4)),
        ("contact no longer sensitive", "UPDATE contacts SET sensitive = 0 WHERE id = "
         "(SELECT contact_id FROM conversations WHERE id = :v)", talk(0, "c.sensitive")),
        ("note moved back in time", "UPDATE conversations SET held_on = '2024-01-01' "
         "WHERE id = :v", talk(5)),
        ("note deleted", "DELETE FROM conversations WHERE id = :v", talk(6)),
        # history says the contact was in another area until today (revision 0015)
        ("contact's earlier area recorded", "INSERT INTO placements (contact_id, area_id, "
         "shift, until_on) SELECT c.id, (SELECT max(id) FROM areas WHERE id != c.area_id AND "
         f"workplace_id = c.workplace_id), '', '{TODAY.isoformat()}' FROM contacts c WHERE "
         "c.id = (SELECT contact_id FROM conversations WHERE id = :v)", talk(7)),
    ]
    for what, sql, conversation in edits:
        s.execute(sa.text(sql), {"v": conversation})
        after, reference = _all_counts(s, TODAY)
        assert after == reference, what
        assert after != before, f"{what}: the edit changed no count, so it tests nothing"
        before = after
    # what the refreshes left is what a rebuild from history gives
    incremental = _cached_rows(s)
    from forum_kit.growth import rebuild_growth_cache

    rebuild_growth_cache(s)
    assert _cached_rows(s) == incremental


def test_revision_0006_fill_gives_the_rebuilt_rows(s):
    import importlib.util
    from pathlib import Path

    import forum_kit.vault.migrations as migrations
    from forum_kit.growth import rebuild_growth_cache

    path = Path(migrations.__file__).parent / "versions" / "0006_tag_counts.py"
    spec = importlib.util.spec_from_file_location("rev_0006", path)
    revision = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(revision)
    # revision 0006 ran before any dated move was recorded (revision 0015): no history, as then
    s.execute(sa.text("DELETE FROM placements"))
    rebuild_growth_cache(s)
    rebuilt = _cached_rows(s)
    assert len(rebuilt) > 100
    s.execute(sa.text("DELETE FROM tag_daily"))
    s.execute(sa.text(revision.FILL))
    assert _cached_rows(s) == rebuilt


def test_deleting_an_area_drops_its_counts(s):
    area = s.execute(sa.text(
        "SELECT id FROM areas WHERE id NOT IN (SELECT area_id FROM contacts) "
        "AND id NOT IN (SELECT parent_id FROM areas WHERE parent_id IS NOT NULL) LIMIT 1"
    )).scalar()
    if area is None:  # every area has contacts: make an empty one to delete
        from forum_kit.models import Area

        table = Area.__table__
        row = dict(s.execute(sa.select(table).limit(1)).mappings().one())
        row.update(id=None, name="Empty for the test", parent_id=None)
        row.pop("uid", None)  # a travelling record's uid is its own (the table's default)
        area = s.execute(sa.insert(table).values(row)).inserted_primary_key[0]
    s.execute(sa.text("INSERT INTO tag_daily VALUES (:a, '2025-01-01', 1, 3)"), {"a": area})
    s.execute(sa.text("DELETE FROM areas WHERE id = :a"), {"a": area})
    assert s.execute(sa.text("SELECT count(*) FROM tag_daily WHERE area_id = :a"),
                     {"a": area}).scalar() == 0
