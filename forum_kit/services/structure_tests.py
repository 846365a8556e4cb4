"""Structure tests (collective actions with a target population and a threshold) and the outcome
for each person asked; one outcome per person per test, replaced when recorded again."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.errors import InvalidInput
from forum_kit.i18n import _
from forum_kit.models import Area, Contact, StructureTest, StructureTestOutcome, Workplace
from forum_kit.models.enums import Outcome, StructureTestKind
from forum_kit.queries.placements import area_on
from forum_kit.services import check_date, clean_text, get_or_404
from forum_kit.services.workplaces import area_subtree_ids


def create_structure_test(
    session: Session,
    *,
    workplace_id: int,
    kind: StructureTestKind | str,
    title: str,
    threshold_pct: int = 51,
    starts_on: dt.date,
    ends_on: dt.date | None = None,
    area_id: int | None = None,
) -> StructureTest:
    get_or_404(session, Workplace, workplace_id, "workplace")
    try:
        kind_value = StructureTestKind(kind)
    except ValueError:
        names = ", ".join(k.value for k in StructureTestKind)
        raise InvalidInput(_("Structure test kind must be one of: "
                             "{names}.").format(names=names)) from None
    title = clean_text(title, "Title", max_len=200, required=True)
    if (
        isinstance(threshold_pct, bool)
        or not isinstance(threshold_pct, int)
        or not 1 <= threshold_pct <= 100
    ):
        raise InvalidInput(_("Threshold must be a whole percentage from 1 to 100."))
    check_date(starts_on, "Starts on")
    check_date(ends_on, "Ends on", required=False)
    if ends_on is not None and ends_on < starts_on:
        raise InvalidInput(_("Ends on is before starts on; choose a later end date."))
    if area_id is not None:
        area = get_or_404(session, Area, area_id, "area")
        if area.workplace_id != workplace_id:
            raise InvalidInput(_("The target area belongs to another workplace."))
    test = StructureTest(
        workplace_id=workplace_id,
        area_id=area_id,
        kind=kind_value,
        title=title,
        threshold_pct=threshold_pct,
        starts_on=starts_on,
        ends_on=ends_on,
    )
    session.add(test)
    session.flush()
    return test


def record_outcome(
    session: Session,
    *,
    test_id: int,
    contact_id: int,
    outcome: Outcome | str,
    recorded_on: dt.date,
) -> StructureTestOutcome:
    test = get_or_404(session, StructureTest, test_id, "structure test")
    contact = get_or_404(session, Contact, contact_id, "contact")
    try:
        outcome_value = Outcome(outcome)
    except ValueError:
        raise InvalidInput(_("Outcome must be asked, participated or refused.")) from None
    check_date(recorded_on, "Recorded on")
    if recorded_on < test.starts_on:
        raise InvalidInput(_("Recorded on is before the test started; use a later date."))
    # where the person was on the day recorded (dated placements), not where they are now
    area_then = session.execute(
        sa.select(area_on(recorded_on)).where(Contact.__table__.c.id == contact.id)
    ).scalar_one()
    in_target = contact.workplace_id == test.workplace_id and (
        test.area_id is None or area_then in area_subtree_ids(session, test.area_id)
    )
    if not in_target:
        raise InvalidInput(_("This person is not in the test's target population (area or site)."))
    row = session.execute(
        sa.select(StructureTestOutcome).where(
            StructureTestOutcome.test_id == test.id, StructureTestOutcome.contact_id == contact.id
        )
    ).scalar_one_or_none()
    if row is None:
        row = StructureTestOutcome(test_id=test.id, contact_id=contact.id)
        session.add(row)
    row.outcome = outcome_value
    row.recorded_on = recorded_on
    session.flush()
    return row
