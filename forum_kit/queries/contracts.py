"""A stored contract for editing: its name, workplace, weekend and roll-forward, holiday calendar
and which grievance types start at which step. The steps themselves come from
``forum_kit.services.contracts.step_specs_for`` in the shape the editor and the services share.
Also the choices the grievance list offers: every contract by name and every step ordinal."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.models.grievance import Contract, ContractHoliday, ContractStep, ContractTypeStart

_k = Contract.__table__
_h = ContractHoliday.__table__
_s = ContractTypeStart.__table__
_st = ContractStep.__table__


@dataclass(frozen=True)
class ContractDetail:
    id: int
    name: str
    workplace_id: int | None
    roll_forward: bool
    # weekdays that are not working days, Monday = 0, e.g. "56"
    weekend_days: str
    holidays: tuple[tuple[dt.date, str], ...]
    # grievance type value -> the step it starts at
    type_starts: tuple[tuple[str, int], ...]


def contract_detail(session: Session, contract_id: int) -> ContractDetail | None:
    """The contract's settings, holidays by date and type starts; None when it does not exist."""
    row = session.execute(
        sa.select(_k.c.id, _k.c.name, _k.c.workplace_id, _k.c.roll_forward, _k.c.weekend_days)
        .where(_k.c.id == contract_id)
    ).first()
    if row is None:
        return None
    holidays = session.execute(
        sa.select(_h.c.day, _h.c.name).where(_h.c.contract_id == contract_id).order_by(_h.c.day)
    ).all()
    starts = session.execute(
        sa.select(_s.c.grievance_type, _s.c.start_ordinal)
        .where(_s.c.contract_id == contract_id)
        .order_by(_s.c.start_ordinal, _s.c.grievance_type)
    ).all()
    return ContractDetail(
        id=row.id,
        name=row.name,
        workplace_id=row.workplace_id,
        roll_forward=bool(row.roll_forward),
        weekend_days=row.weekend_days,
        holidays=tuple((day, name) for day, name in holidays),
        type_starts=tuple((str(getattr(t, "value", t)), n) for t, n in starts),
    )


@dataclass(frozen=True)
class ContractChoice:
    id: int
    name: str


@dataclass(frozen=True)
class StepChoice:
    ordinal: int
    # contracts may name the same ordinal differently; one name stands for all of them
    name: str


def contract_choices(session: Session) -> list[ContractChoice]:
    """Every contract, by name (the id keeps equal-looking names in a stable order)."""
    rows = session.execute(sa.select(_k.c.id, _k.c.name).order_by(_k.c.name, _k.c.id))
    return [ContractChoice(id=i, name=n) for i, n in rows]


def step_choices(session: Session) -> list[StepChoice]:
    """Each step ordinal used by any contract, once, in order, with the alphabetically first of
    its names: a filter on the step works across contracts, which number their steps alike."""
    rows = session.execute(
        sa.select(_st.c.ordinal, sa.func.min(_st.c.name))
        .group_by(_st.c.ordinal)
        .order_by(_st.c.ordinal)
    )
    return [StepChoice(ordinal=o, name=n) for o, n in rows]
