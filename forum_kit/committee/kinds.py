"""The record kinds a committee copy carries, and which records of each a scope holds.

Owns ``Scope`` (a workplace, its areas or all of it, with or without what is marked sensitive),
``Kind`` with its ``Ref``s and ``Link``s, the registry ``KINDS`` in the order a copy is written and
loaded, and ``condition``: the SQL filter that selects a kind's records in a scope. Every field's
type and length limit comes from the model's column, so adding a kind to a copy is one ``Kind``
entry here (its table, fields, references and, for a kind that starts a branch of the scope, its
filter); the copy writer, the reader's validation and the copy database follow from it.

A reference is ``required`` when the record makes no sense without its target (a one-on-one
without its person): a record whose required target is not in the copy is left out, and an
optional reference to a record that is not in the copy is written as null. So no record of a
copy points into what the scope left out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import sqlalchemy as sa

from forum_kit.models import (
    AgendaItem,
    Area,
    AreaHeadcount,
    Assessment,
    AssessmentLevel,
    Body,
    Committee,
    CommitteeMembership,
    Contact,
    Contract,
    ContractHoliday,
    ContractStep,
    ContractTypeStart,
    Conversation,
    Grievance,
    GrievanceEvent,
    GrievanceExtension,
    IssueTag,
    Meeting,
    Motion,
    SocialTie,
    StructureTest,
    StructureTestOutcome,
    Workplace,
    conversation_tags,
    grievance_grievants,
    meeting_attendance,
)
from forum_kit.models.enums import BodyKind

TEXT_LIMIT = 100_000  # Text columns: the services' own limit for notes


@dataclass(frozen=True)
class Scope:
    """What one steward's copy holds: a workplace, some of its areas (each with every area
    under it; None: the whole workplace) and whether sensitive records are in."""

    workplace_id: int
    area_ids: frozenset[int] | None
    sensitive: bool

    @property
    def whole(self) -> bool:
        return self.area_ids is None


@dataclass(frozen=True)
class Column:
    """One field as it travels: its JSON name, the local column and what values it takes."""

    name: str
    type: str  # text, int, bool, date, datetime, enum
    nullable: bool
    limit: int | None = None
    values: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Ref:
    """A reference to another record, written in the file as that record's key."""

    key: str
    column: str
    kind: str
    required: bool = False


@dataclass(frozen=True)
class Link:
    """A many-to-many link written as a list of keys on the owning record."""

    key: str
    table: sa.Table
    own: str
    other: str
    kind: str


Condition = Callable[[Scope, sa.Table], sa.ColumnElement[bool]]


@dataclass(frozen=True)
class Kind:
    name: str
    table: sa.Table
    fields: tuple[str, ...]
    refs: tuple[Ref, ...] = ()
    links: tuple[Link, ...] = ()
    key: str = "uid"
    # the required reference that places the record in the scope (its owner's condition applies)
    owner: str | None = None
    where: Condition | None = None
    # rows of the copy database's own (the default scale) are replaced by the file's
    replace: bool = False
    # an undirected pair stored smaller id first (social ties): swapped after ids are assigned
    ordered_pair: tuple[str, str] | None = None

    @cached_property
    def columns(self) -> tuple[Column, ...]:
        return tuple(_column(self.table.c[name], name) for name in (self.key, *self.fields))

    @cached_property
    def local_defaults(self) -> dict[str, Any]:
        """Columns of the table a file does not carry (derived ones), with the value a new row
        takes; a required column without a plain default would be a mistake in the registry."""
        carried = {"id", self.key, *self.fields, *(r.column for r in self.refs)}
        out: dict[str, Any] = {}
        for col in self.table.c:
            if col.name in carried:
                continue
            default = col.default
            if default is not None and default.is_scalar:
                out[col.name] = default.arg
            elif not col.nullable:
                raise TypeError(f"{self.name}.{col.name}: not carried and no default")
        return out

    @property
    def header(self) -> tuple[str, ...]:
        """The column names of this kind's rows in a file, in order."""
        return (
            self.key,
            *self.fields,
            *(r.key for r in self.refs),
            *(link.key for link in self.links),
        )

    def ref(self, key: str) -> Ref:
        return next(r for r in self.refs if r.key == key)


def _column(col: sa.Column, name: str) -> Column:
    kind = col.type
    if isinstance(kind, sa.Enum):
        return Column(name, "enum", col.nullable, values=frozenset(kind.enums))
    if isinstance(kind, sa.Boolean):
        return Column(name, "bool", col.nullable)
    if isinstance(kind, sa.DateTime):
        return Column(name, "datetime", col.nullable)
    if isinstance(kind, sa.Date):
        return Column(name, "date", col.nullable)
    if isinstance(kind, sa.Integer):
        return Column(name, "int", col.nullable)
    if isinstance(kind, sa.String):  # Text is a String without a length
        return Column(name, "text", col.nullable, limit=kind.length or TEXT_LIMIT)
    raise TypeError(f"{name}: no travelling form for {kind!r}")


# ------------------------------------------------------------------------------- conditions


def _in_areas(scope: Scope, column: sa.ColumnElement[int]) -> sa.ColumnElement[bool]:
    if scope.area_ids is None:
        return column.in_(sa.select(Area.id).where(Area.workplace_id == scope.workplace_id))
    return column.in_(sorted(scope.area_ids))


def _workplace(scope: Scope, t: sa.Table) -> sa.ColumnElement[bool]:
    return t.c.id == scope.workplace_id


def _area_rows(scope: Scope, t: sa.Table) -> sa.ColumnElement[bool]:
    return sa.and_(t.c.workplace_id == scope.workplace_id, _in_areas(scope, t.c.id))


def _people(scope: Scope, t: sa.Table) -> sa.ColumnElement[bool]:
    cond = sa.and_(t.c.workplace_id == scope.workplace_id, _in_areas(scope, t.c.area_id))
    return cond if scope.sensitive else sa.and_(cond, t.c.sensitive == sa.false())


def _not_sensitive(scope: Scope, t: sa.Table) -> sa.ColumnElement[bool]:
    return sa.true() if scope.sensitive else t.c.sensitive == sa.false()


def _cases(scope: Scope, t: sa.Table) -> sa.ColumnElement[bool]:
    place = _in_areas(scope, t.c.area_id)
    if scope.whole:
        place = sa.or_(place, t.c.area_id.is_(None))
    cond = sa.and_(t.c.workplace_id == scope.workplace_id, place)
    if scope.sensitive:
        return cond
    # a case of a grievant who faces special risk names them: it stays with the keeper
    risky = (
        sa.select(grievance_grievants.c.grievance_id)
        .join(Contact, Contact.id == grievance_grievants.c.contact_id)
        .where(Contact.sensitive == sa.true())
    )
    return sa.and_(cond, t.c.sensitive == sa.false(), t.c.id.not_in(risky))


def _contracts(scope: Scope, t: sa.Table) -> sa.ColumnElement[bool]:
    used = sa.select(Grievance.contract_id).where(_cases(scope, Grievance.__table__))
    return sa.or_(t.c.workplace_id == scope.workplace_id, t.c.id.in_(used))


def _tags(scope: Scope, t: sa.Table) -> sa.ColumnElement[bool]:
    talks = sa.select(Conversation.id).where(condition(KINDS["conversations"], scope))
    used = sa.select(conversation_tags.c.tag_id).where(
        conversation_tags.c.conversation_id.in_(talks)
    )
    return t.c.id.in_(used)


def _tests(scope: Scope, t: sa.Table) -> sa.ColumnElement[bool]:
    # a test of the whole workplace reaches every area, so every steward records outcomes
    place = sa.or_(t.c.area_id.is_(None), _in_areas(scope, t.c.area_id))
    return sa.and_(t.c.workplace_id == scope.workplace_id, place)


def _forums(scope: Scope, t: sa.Table) -> sa.ColumnElement[bool]:
    place = sa.or_(t.c.area_id.is_(None), _in_areas(scope, t.c.area_id))
    return sa.and_(t.c.kind == BodyKind.FORUM.value, t.c.workplace_id == scope.workplace_id, place)


def _everything(scope: Scope, t: sa.Table) -> sa.ColumnElement[bool]:
    return sa.true()


def condition(kind: Kind, scope: Scope) -> sa.ColumnElement[bool]:
    """The SQL filter of ``kind``'s records in ``scope``: its own, and its owner's through the
    owner reference. References other than the owner are checked when the copy is written."""
    t = kind.table
    parts: list[sa.ColumnElement[bool]] = []
    if kind.where is not None:
        parts.append(kind.where(scope, t))
    if kind.owner is not None:
        ref = kind.ref(kind.owner)
        owner = KINDS[ref.kind]
        parts.append(
            t.c[ref.column].in_(sa.select(owner.table.c.id).where(condition(owner, scope)))
        )
    return sa.and_(*parts) if parts else sa.true()


# ----------------------------------------------------------------------------------- registry

_AEIOU = ("agitate", "educate", "inoculate", "ask", "answer", "unite", "plan")


def _registry(*kinds: Kind) -> dict[str, Kind]:
    return {k.name: k for k in kinds}


KINDS: dict[str, Kind] = _registry(
    Kind(
        "workplaces",
        Workplace.__table__,
        ("name", "employer", "address", "notes", "created_on"),
        where=_workplace,
    ),
    Kind(
        "areas",
        Area.__table__,
        ("name", "kind", "position", "zone", "hazards", "notes"),
        refs=(
            Ref("workplace", "workplace_id", "workplaces", required=True),
            Ref("parent", "parent_id", "areas"),
        ),
        where=_area_rows,
    ),
    Kind(
        "area_headcounts",
        AreaHeadcount.__table__,
        ("as_of", "headcount"),
        refs=(Ref("area", "area_id", "areas", required=True),),
        owner="area",
    ),
    Kind(
        "assessment_levels",
        AssessmentLevel.__table__,
        # the scale's order and the retired levels' readings (issue 22's scale of 3 to 7)
        ("label", "colour", "definition", "counts_as_support", "counts_as_assessed", "position",
         "retired_into"),
        key="level",
        where=_everything,
        replace=True,
    ),
    Kind(
        "contacts",
        Contact.__table__,
        (
            "first_name",
            "last_name",
            "shift",
            "job_title",
            "employment",
            "employee_number",
            "phone",
            "email",
            "language",
            "sensitive",
            "organic_leader",
            "card_signed_on",
            "notes",
            "added_on",
            "left_on",
        ),
        refs=(
            Ref("workplace", "workplace_id", "workplaces", required=True),
            Ref("area", "area_id", "areas", required=True),
        ),
        where=_people,
    ),
    Kind(
        "social_ties",
        SocialTie.__table__,
        ("kind", "notes"),
        refs=(
            Ref("a", "contact_a_id", "contacts", required=True),
            Ref("b", "contact_b_id", "contacts", required=True),
        ),
        owner="a",
        ordered_pair=("contact_a_id", "contact_b_id"),
    ),
    Kind(
        "committees",
        Committee.__table__,
        ("name",),
        refs=(Ref("workplace", "workplace_id", "workplaces", required=True),),
        owner="workplace",
    ),
    Kind(
        "committee_memberships",
        CommitteeMembership.__table__,
        ("role", "joined_on", "left_on"),
        refs=(
            Ref("committee", "committee_id", "committees", required=True),
            Ref("contact", "contact_id", "contacts", required=True),
        ),
        owner="contact",
    ),
    Kind("issue_tags", IssueTag.__table__, ("name",), where=_tags),
    Kind(
        "conversations",
        Conversation.__table__,
        ("held_on", *_AEIOU, "follow_up_on", "follow_up_done", "sensitive"),
        refs=(
            Ref("contact", "contact_id", "contacts", required=True),
            Ref("by", "by_id", "contacts"),
        ),
        links=(Link("tags", conversation_tags, "conversation_id", "tag_id", "issue_tags"),),
        owner="contact",
        where=_not_sensitive,
    ),
    Kind(
        "assessments",
        Assessment.__table__,
        ("level", "assessed_on", "evidence"),
        refs=(
            Ref("contact", "contact_id", "contacts", required=True),
            Ref("assessed_by", "assessed_by_id", "contacts"),
            Ref("conversation", "conversation_id", "conversations"),
        ),
        owner="contact",
    ),
    Kind(
        "contracts",
        Contract.__table__,
        ("name", "roll_forward", "weekend_days"),
        refs=(Ref("workplace", "workplace_id", "workplaces"),),
        where=_contracts,
    ),
    Kind(
        "contract_steps",
        ContractStep.__table__,
        (
            "ordinal",
            "name",
            "answered_by",
            "file_days",
            "file_unit",
            "file_from",
            "file_whichever",
            "answer_days",
            "answer_unit",
            "start_days",
            "start_unit",
            "start_from",
            "start_whichever",
        ),
        refs=(Ref("contract", "contract_id", "contracts", required=True),),
        owner="contract",
    ),
    Kind(
        "contract_holidays",
        ContractHoliday.__table__,
        ("day", "name"),
        refs=(Ref("contract", "contract_id", "contracts", required=True),),
        owner="contract",
    ),
    Kind(
        "contract_type_starts",
        ContractTypeStart.__table__,
        ("grievance_type", "start_ordinal"),
        refs=(Ref("contract", "contract_id", "contracts", required=True),),
        owner="contract",
    ),
    Kind(
        "grievances",
        Grievance.__table__,
        (
            "number",
            "grievance_type",
            "title",
            "who",
            "what",
            "where",
            "why",
            "contract_article",
            "remedy",
            "incident_on",
            "knew_on",
            "status",
            "current_step",
            "outcome",
            "outcome_on",
            "outcome_notes",
            "sensitive",
            "opened_on",
        ),
        refs=(
            Ref("workplace", "workplace_id", "workplaces", required=True),
            Ref("area", "area_id", "areas"),
            Ref("contract", "contract_id", "contracts", required=True),
            Ref("steward", "steward_id", "contacts"),
        ),
        links=(Link("grievants", grievance_grievants, "grievance_id", "contact_id", "contacts"),),
        where=_cases,
    ),
    Kind(
        "grievance_events",
        GrievanceEvent.__table__,
        ("step", "kind", "on", "notes"),
        refs=(Ref("grievance", "grievance_id", "grievances", required=True),),
        owner="grievance",
    ),
    Kind(
        "grievance_extensions",
        GrievanceExtension.__table__,
        ("step", "kind", "agreed_on", "agreed_with", "new_date"),
        refs=(Ref("grievance", "grievance_id", "grievances", required=True),),
        owner="grievance",
    ),
    Kind(
        "structure_tests",
        StructureTest.__table__,
        ("kind", "title", "threshold_pct", "starts_on", "ends_on"),
        refs=(
            Ref("workplace", "workplace_id", "workplaces", required=True),
            Ref("area", "area_id", "areas"),
        ),
        where=_tests,
    ),
    Kind(
        "structure_test_outcomes",
        StructureTestOutcome.__table__,
        ("outcome", "recorded_on"),
        refs=(
            Ref("test", "test_id", "structure_tests", required=True),
            Ref("contact", "contact_id", "contacts", required=True),
        ),
        owner="test",
    ),
    Kind(
        "bodies",
        Body.__table__,
        ("kind", "name", "level", "recall_rule"),
        refs=(
            Ref("workplace", "workplace_id", "workplaces"),
            Ref("area", "area_id", "areas"),
            Ref("parent", "parent_id", "bodies"),
        ),
        where=_forums,
    ),
    Kind(
        "meetings",
        Meeting.__table__,
        ("held_at", "place", "minutes", "guests"),
        refs=(Ref("body", "body_id", "bodies", required=True),),
        links=(Link("attendance", meeting_attendance, "meeting_id", "contact_id", "contacts"),),
        owner="body",
    ),
    Kind(
        "agenda_items",
        AgendaItem.__table__,
        ("ordinal", "title", "description"),
        refs=(Ref("meeting", "meeting_id", "meetings", required=True),),
        owner="meeting",
    ),
    Kind(
        "motions",
        Motion.__table__,
        ("kind", "text", "result", "votes_for", "votes_against", "abstentions"),
        refs=(
            Ref("meeting", "meeting_id", "meetings", required=True),
            Ref("agenda_item", "agenda_item_id", "agenda_items"),
        ),
        owner="meeting",
    ),
)
