"""The closed vocabularies of the domain, as string enums stored by value.

ORGANISING.md is the source of every value here; labels people see are made by the interface.
"""

from __future__ import annotations

from enum import StrEnum

import sqlalchemy as sa

# defined beside its words, so documents can use them without loading the models
from forum_kit.places import PlaceKind as PlaceKind


class Employment(StrEnum):
    FULL_TIME = "FT"
    PART_TIME = "PT"


class Zone(StrEnum):
    FREE = "free"
    DANGER = "danger"


class CommitteeRole(StrEnum):
    MEMBER = "C"
    HELPER = "CH"


class StructureTestKind(StrEnum):
    PETITION = "petition"
    PHOTO_BOARD = "photo_board"
    BUTTON_DAY = "button_day"
    MARCH_ON_THE_BOSS = "march_on_the_boss"
    STRIKE_VOTE = "strike_vote"
    OTHER = "other"


class Outcome(StrEnum):
    ASKED = "asked"
    PARTICIPATED = "participated"
    REFUSED = "refused"


class GrievanceType(StrEnum):
    INDIVIDUAL = "individual"
    GROUP = "group"
    POLICY = "policy"
    DISCIPLINE = "discipline"
    HEALTH_AND_SAFETY = "health_and_safety"


class GrievanceStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class GrievanceOutcome(StrEnum):
    WON = "won"
    SETTLED = "settled"
    WITHDRAWN = "withdrawn"
    LOST = "lost"
    LAPSED = "lapsed"


class LimitUnit(StrEnum):
    WORKING = "working"
    CALENDAR = "calendar"


class StepEventKind(StrEnum):
    FILED = "filed"
    ANSWERED = "answered"


class DeadlineKind(StrEnum):
    FILE = "file"
    ANSWER = "answer"


class BodyKind(StrEnum):
    FORUM = "forum"
    COUNCIL = "council"


class MotionResult(StrEnum):
    CARRIED = "carried"
    LOST = "lost"
    CONSENSUS = "consensus"
    WITHDRAWN = "withdrawn"
    PENDING = "pending"


class MotionKind(StrEnum):
    ORDINARY = "ordinary"
    MANDATE = "mandate"
    ELECTION = "election"
    RECALL = "recall"


class DelegateRole(StrEnum):
    DELEGATE = "delegate"
    ALTERNATE = "alternate"


class Instruction(StrEnum):
    FOR = "for"
    AGAINST = "against"
    ABSTAIN = "abstain"
    FREE = "free"


class CarriedOut(StrEnum):
    YES = "yes"
    PARTLY = "partly"
    NO = "no"


def enum_column(enum: type[StrEnum], name: str) -> sa.Enum:
    """A portable enum column stored as its value, with a CHECK constraint of the given name."""
    return sa.Enum(
        enum,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=max(len(m.value) for m in enum),
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )
