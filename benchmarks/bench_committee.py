"""P12: the committee's copies and field reports at the size of a real workplace.

Owns the P12 measurement ``run.py`` calls: a keeper's vault holding one workplace of the size's
people per workplace (the reference: 10,000 people and their two years of history, made from the
same seed and parameters as one workplace of the reference vault) and a steward's vault, both
made once in ``benchmarks/out/`` (or a temporary folder for tiny); then, each timed ``--repeat``
times: a copy of the whole workplace written (baseline: reading the same records, without making
the file), the copy opened in the steward's vault (replacing the one before; baseline: an empty
copy database, the schema alone) and then finished (its indexes and the search index of its
notes, which the app builds while the copy is shown; measured once), and a report of 500
changes (one-on-ones with assessments, corrections, new people, grievance changes,
structure-test outcomes) taken in, reviewed and applied. Run alone:
``.venv/bin/python benchmarks/run.py --only P12 [--size tiny]``.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import tempfile
import time
from pathlib import Path
from typing import Any

from common import OUT, PASSPHRASE, SEED, TODAY, Size, Timing, timed

REPORT_CHANGES = 500
KEEPER = "P12 keeper"
STEWARD = "P12 steward"


def _paths(size: Size, folder: Path) -> tuple[Path, Path]:
    return folder / f"p12-{size.name}-keeper.forumkit", folder / f"p12-{size.name}-steward.forumkit"


def build(size: Size, folder: Path) -> dict[str, Any]:
    """The keeper's one-workplace vault and the steward's empty one, with the steward a member
    of the whole workplace (sensitive records too) and the keeper trusted; once per folder."""
    import sqlalchemy as sa

    from forum_kit.committee import members
    from forum_kit.demo import generate
    from forum_kit.exchange import identity
    from forum_kit.vault import FAST_KDF, Vault

    keeper_path, steward_path = _paths(size, folder)
    info: dict[str, Any] = {}
    if keeper_path.exists() and steward_path.exists():
        return info
    for path in (keeper_path, steward_path):
        if path.exists():
            import shutil

            shutil.rmtree(path)
    people = size.contacts // size.workplaces
    start = time.perf_counter()
    keeper = Vault.create(keeper_path, PASSPHRASE, kdf=FAST_KDF)
    steward = Vault.create(steward_path, PASSPHRASE, kdf=FAST_KDF)
    try:
        stats = generate(
            keeper,
            seed=SEED,
            today=TODAY,
            contacts=people,
            workplaces=1,
            areas=max(2, size.areas // size.workplaces),
            notes_per_contact=size.notes_per_contact,
            grievances=None if size.grievances is None else size.grievances // size.workplaces,
        )
        now = dt.datetime.combine(TODAY, dt.time(9), dt.UTC)
        with keeper.unit_of_work() as s:
            k_card = identity.own_card(s, default_name=KEEPER, now=now)
        with steward.unit_of_work() as s:
            s_card = identity.own_card(s, default_name=STEWARD, now=now)
            members.trust_keeper(
                s,
                card=identity.card_text(k_card),
                fingerprint=k_card.fingerprint_text,
                added_on=TODAY,
            )
        with keeper.unit_of_work() as s:
            wp = s.execute(sa.text("SELECT id FROM workplaces")).scalar_one()
            members.add_member(
                s,
                workplace_id=wp,
                card=identity.card_text(s_card),
                fingerprint=s_card.fingerprint_text,
                added_on=TODAY,
                scope=members.ScopeSpec(None, True),
            )
        info["counts"] = dict(stats.counts)
    finally:
        keeper.lock()
        steward.lock()
    info["seconds"] = round(time.perf_counter() - start, 1)
    return info


def _log_500(steward: Any, copy_row: int, now: dt.datetime, rng: random.Random) -> int:
    """500 entries in the steward's copy: the mix a month of a busy committee brings."""
    import sqlalchemy as sa

    from forum_kit.committee import copies, entries
    from forum_kit.models import Area, Contact, Grievance, StructureTest

    with steward.unit_of_work() as s:
        chart = copies.open_held(s, vault_folder=steward.path, copy_row_id=copy_row)
    made = 0
    try:
        with steward.unit_of_work() as s, chart.unit_of_work() as c:
            people = (
                c.execute(sa.select(Contact.id).where(Contact.left_on.is_(None))).scalars().all()
            )
            areas = c.execute(sa.select(Area.id)).scalars().all()
            cases = c.execute(sa.select(Grievance.id)).scalars().all()
            tests = c.execute(sa.select(StructureTest.id, StructureTest.area_id)).all()
            picked = rng.sample(people, min(400, len(people)))
            day = now.date()
            for person in picked[:200]:
                entries.log_one_on_one(
                    s,
                    c,
                    copy_row_id=copy_row,
                    contact_id=person,
                    held_on=day,
                    level=rng.randint(1, 5),
                    tags=["staffing"],
                    now=now,
                    texts={"agitate": "Short staffed again on nights", "plan": "Petition"},
                )
                made += 1
            for person in picked[200:350]:
                made += len(
                    entries.correct_contact(
                        s,
                        c,
                        copy_row_id=copy_row,
                        contact_id=person,
                        changes={"phone": f"0161 496 {rng.randint(0, 9999):04d}"},
                        now=now,
                    )
                )
            for n in range(50):
                entries.new_contact(
                    s,
                    c,
                    copy_row_id=copy_row,
                    area_id=rng.choice(areas),
                    fields={"first_name": f"New {n}", "last_name": "Person"},
                    now=now,
                )
                made += 1
            for case in rng.sample(cases, min(25, len(cases))):
                made += len(
                    entries.correct_grievance(
                        s,
                        c,
                        copy_row_id=copy_row,
                        grievance_id=case,
                        changes={"remedy": f"Remedy {rng.randint(0, 10**6)}"},
                        now=now,
                    )
                )
            whole = [t for t, area in tests if area is None] or [t for t, _a in tests]
            for person in picked[350:400]:
                if made >= REPORT_CHANGES or not whole:
                    break
                entries.test_outcome(
                    s,
                    c,
                    copy_row_id=copy_row,
                    test_id=whole[0],
                    contact_id=person,
                    outcome="participated",
                    recorded_on=day,
                    now=now,
                )
                made += 1
            while made < REPORT_CHANGES:
                entries.assess(
                    s,
                    c,
                    copy_row_id=copy_row,
                    contact_id=rng.choice(people),
                    level=rng.randint(1, 5),
                    assessed_on=day,
                    now=now,
                )
                made += 1
    finally:
        chart.close()
    return made


def measure(size: Size, repeat: int, data: Path | None, row: Any) -> dict[str, Any]:
    """P12 rows for ``run.py``."""
    import sqlalchemy as sa

    from forum_kit.committee import copies, copydb, entries, review
    from forum_kit.committee.kinds import KINDS
    from forum_kit.committee.scope import scope_of, select_records
    from forum_kit.models import ChartMember
    from forum_kit.vault import Vault, template

    folder = (
        data
        if data is not None
        else (OUT if size.name == "reference" else Path(tempfile.mkdtemp(prefix="p12-")))
    )
    folder.mkdir(parents=True, exist_ok=True)
    made = build(size, folder)
    keeper_path, steward_path = _paths(size, folder)
    keeper = Vault.open(keeper_path, PASSPHRASE)
    steward = Vault.open(steward_path, PASSPHRASE)
    rng = random.Random(SEED)
    # the real time: a run after an earlier one on the same vaults makes newer copies
    clock = [max(dt.datetime.now(dt.UTC), dt.datetime.combine(TODAY, dt.time(10), dt.UTC))]

    def tick() -> dt.datetime:
        clock[0] += dt.timedelta(minutes=1)
        return clock[0]

    try:
        with keeper.unit_of_work() as s:
            member = s.execute(sa.select(ChartMember.id)).scalar_one()
            people = s.execute(sa.text("SELECT count(*) FROM contacts")).scalar_one()
            talks = s.execute(sa.text("SELECT count(*) FROM conversations")).scalar_one()

        def read_only() -> int:
            with keeper.unit_of_work() as s:
                scope = scope_of(s, s.get(ChartMember, member))
                return sum(len(p.rows) for p in select_records(s, scope))

        files: list[bytes] = []

        def write() -> int:
            with keeper.unit_of_work() as s:
                result = copies.write_copy(s, member_id=member, now=tick(), default_name=KEEPER)
            files.append(result.data)
            return len(result.data)

        base_read = timed(read_only, repeat)
        wrote = timed(write, repeat)
        sizes = [len(f) for f in files]

        def schema_only() -> None:
            # made as the opening makes it: from the head schema's script
            path = Path(tempfile.mkdtemp(prefix="p12-schema-")) / "empty.db"
            template.create_at_head(path, bytearray(os.urandom(32)))

        pending = list(files)

        def open_one() -> int:
            with steward.unit_of_work() as s:
                opened = copies.open_copy(
                    s, pending.pop(0), vault_folder=steward.path, now=clock[0], default_name=STEWARD
                )
            copydb.remove_copy_files(steward.path, opened.stale_files)
            return sum(opened.counts.values())

        base_open = timed(schema_only, repeat)
        opened = timed(open_one, repeat)
        with steward.unit_of_work() as s:
            copy_row = s.execute(sa.text("SELECT id FROM chart_copies")).scalar_one()
        # what the opening left for after the copy is shown (the app does it in the background
        # while the steward browses; 'committee open-copy' before it exits): the last copy's
        finished = timed(lambda: copies.finish_held(steward, copy_row), 1)
        reports: list[bytes] = []
        for _ in range(repeat):
            now = tick()
            made_entries = _log_500(steward, copy_row, now, rng)
            with steward.unit_of_work() as s:
                s.execute(sa.text("DELETE FROM chart_entries WHERE status = 'sent'"))
                reports.append(
                    entries.write_report(
                        s, copy_row_id=copy_row, now=now, default_name=STEWARD
                    ).data
                )
        outcome: dict[str, int] = {}

        def review_one() -> int:
            now = tick()
            with keeper.unit_of_work() as s:
                received = review.receive_report(s, reports.pop(0), now=now, default_name=KEEPER)
                plan = review.plan_review(s, received.report_row_id, today=now.date())
                decisions = {
                    c.entry_uid: (
                        review.DECLINE if c.status in ("conflict", "cannot") else review.ACCEPT
                    )
                    for c in plan.changes
                    if c.decidable
                }
                result = review.apply_review(
                    s, received.report_row_id, decisions, now=now, default_name=KEEPER
                )
            outcome.update(accepted=result.accepted, declined=result.declined)
            return result.accepted

        reviewed = timed(review_one, repeat)
    finally:
        keeper.lock()
        steward.lock()
    return {
        "rows": [
            row(
                f"copy of {people:,} people written",
                5.0,
                wrote.wall,
                "s",
                cpu=wrote.cpu,
                baseline=base_read.wall,
                baseline_label="reading its records",
                overhead=True,
            ),
            row(
                "the copy opened in the steward's vault",
                5.0,
                opened.wall,
                "s",
                cpu=opened.cpu,
                baseline=base_open.wall,
                baseline_label="an empty copy database",
                overhead=True,
            ),
            row(
                "then finished while shown (indexes, notes' search)",
                None,
                finished.wall,
                "s",
                cpu=finished.cpu,
            ),
            row(
                f"report of {REPORT_CHANGES} changes reviewed and applied",
                5.0,
                reviewed.wall,
                "s",
                cpu=reviewed.cpu,
            ),
        ],
        "details": {
            "people": people,
            "one_on_ones": talks,
            "copy_bytes": sizes,
            "kinds": list(KINDS),
            "report_entries": made_entries,
            "last_review": outcome,
            "built": made,
        },
    }


if __name__ == "__main__":  # pragma: no cover - run.py is the way in
    raise SystemExit("Run: .venv/bin/python benchmarks/run.py --only P12")


__all__ = ["Timing", "build", "measure"]
