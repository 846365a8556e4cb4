"""The contract and step choices the grievance list offers, read by ``forum_kit.queries``."""

from __future__ import annotations

import dataclasses

import pytest

from forum_kit.queries import contracts as kq
from forum_kit.services import contracts as ks
from forum_kit.services.contracts import StepSpec


def test_contract_choices_by_name(session):
    assert kq.contract_choices(session) == []
    steps = ks.default_contract_steps()
    zulu = ks.create_contract(session, name="Zulu site", steps=steps)
    alpha = ks.create_contract(session, name="Alpha depot", steps=steps)
    got = kq.contract_choices(session)
    assert got == [kq.ContractChoice(alpha.id, "Alpha depot"), kq.ContractChoice(zulu.id,
                                                                                  "Zulu site")]
    with pytest.raises(dataclasses.FrozenInstanceError):
        got[0].name = "changed"  # type: ignore[misc]


def test_step_choices_one_per_ordinal_across_contracts(session):
    assert kq.step_choices(session) == []
    ks.create_contract(session, name="Main", steps=ks.default_contract_steps(),
                       type_starts=ks.default_type_starts())
    renamed = [dataclasses.replace(s, name="A first word") if s.ordinal == 1 else s
               for s in ks.default_contract_steps()[:3]]
    assert all(isinstance(s, StepSpec) for s in renamed)
    ks.create_contract(session, name="Other", steps=renamed)
    got = kq.step_choices(session)
    assert [(s.ordinal, s.name) for s in got] == [
        (0, "Informal"), (1, "A first word"), (2, "Step 2"), (3, "Step 3"), (4, "Arbitration"),
    ]
    with pytest.raises(dataclasses.FrozenInstanceError):
        got[0].ordinal = 9  # type: ignore[misc]
