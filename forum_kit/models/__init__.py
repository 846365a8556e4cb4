"""SQLAlchemy models of the vault, one module per aggregate; importing this package registers all
tables on ``Base.metadata`` (Alembic's env imports it for that reason)."""

# registers the SQL function the search triggers of revision 0011 call, on every connection
import forum_kit.text_fold  # noqa: F401
from forum_kit.models.assembly import (
    AgendaItem,
    Body,
    Delegate,
    Mandate,
    MandateReport,
    Meeting,
    Motion,
    meeting_attendance,
)
from forum_kit.models.base import Base
from forum_kit.models.care import CareEvent, CheckIn, RetaliationIncident, retaliation_witnesses
from forum_kit.models.chart import (
    ChartCopy,
    ChartCopySent,
    ChartEntry,
    ChartKeeper,
    ChartMember,
    ChartMemberArea,
    ChartProvenance,
    ChartReport,
    ChartReportSent,
)
from forum_kit.models.committee import Committee, CommitteeMembership
from forum_kit.models.community_rollup import RollupCommunity, RollupRetaliation
from forum_kit.models.contact import Assessment, AssessmentLevel, Contact, SocialTie
from forum_kit.models.conversation import Conversation, IssueTag, conversation_tags
from forum_kit.models.federation import (
    CouncilDecision,
    MemberVote,
    ReceivedBundle,
    RollupCount,
    RollupDelegate,
    RollupFigure,
    RollupMandate,
    SentBundle,
    TrustedPeer,
    VaultKey,
)
from forum_kit.models.grievance import (
    Attachment,
    Contract,
    ContractHoliday,
    ContractStep,
    ContractTypeStart,
    Grievance,
    GrievanceEvent,
    GrievanceExtension,
    grievance_grievants,
)
from forum_kit.models.growth_cache import GrowthDay, GrowthDirty
from forum_kit.models.ledgers import Fund, FundEntry, TimeAccount, TimeBank, TimeExchange
from forum_kit.models.letter import GrievanceLetter, LetterTemplate
from forum_kit.models.meta import VaultMeta
from forum_kit.models.mutual_aid import AidMatch, AidNeed, AidOffer
from forum_kit.models.social_map import AreaHazard, ChartView, FloorPlanTile, Placement
from forum_kit.models.structure_test import StructureTest, StructureTestOutcome
from forum_kit.models.workplace import Area, AreaHeadcount, Workplace

__all__ = [
    "AgendaItem",
    "AidMatch",
    "AidNeed",
    "AidOffer",
    "Area",
    "AreaHazard",
    "AreaHeadcount",
    "Assessment",
    "AssessmentLevel",
    "Attachment",
    "Base",
    "ChartCopy",
    "ChartCopySent",
    "ChartEntry",
    "ChartKeeper",
    "ChartMember",
    "ChartMemberArea",
    "ChartProvenance",
    "ChartReport",
    "ChartReportSent",
    "Body",
    "CareEvent",
    "CheckIn",
    "ChartView",
    "Committee",
    "CommitteeMembership",
    "Contact",
    "Contract",
    "ContractHoliday",
    "ContractStep",
    "ContractTypeStart",
    "Conversation",
    "Delegate",
    "Fund",
    "FundEntry",
    "FloorPlanTile",
    "Grievance",
    "GrievanceEvent",
    "GrievanceExtension",
    "GrievanceLetter",
    "GrowthDay",
    "GrowthDirty",
    "IssueTag",
    "LetterTemplate",
    "Mandate",
    "MandateReport",
    "Meeting",
    "Motion",
    "CouncilDecision",
    "MemberVote",
    "Placement",
    "ReceivedBundle",
    "RetaliationIncident",
    "RollupCommunity",
    "RollupCount",
    "RollupDelegate",
    "RollupFigure",
    "RollupMandate",
    "RollupRetaliation",
    "SentBundle",
    "SocialTie",
    "StructureTest",
    "StructureTestOutcome",
    "TimeAccount",
    "TimeBank",
    "TimeExchange",
    "TrustedPeer",
    "VaultKey",
    "VaultMeta",
    "Workplace",
    "conversation_tags",
    "grievance_grievants",
    "meeting_attendance",
    "retaliation_witnesses",
]
