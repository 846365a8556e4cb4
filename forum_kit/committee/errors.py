"""The ways a committee copy or field report is refused, each with its own code (40-48) and CLI
exit status, and the sentence that says what to do; also the refusal to change a held copy.

Codes 40-47 mirror the council bundles' 30-37 (SECURITY.md table E, and table C for copies and
reports); 48 is a report that touches a record outside the steward's scope (refused whole); 49 a
change attempted in a copy, which is read-only except the steward's own report entries.
"""

from __future__ import annotations

from forum_kit.errors import ForumKitError


class ExchangeError(ForumKitError):
    """Base of the refusals of a committee copy or field report."""

    code = 40
    default_message = (
        "This file is not a Forum Kit committee copy or field report; nothing was written."
    )


class NotACommitteeFile(ExchangeError):
    code = 40


class ExchangeTooNew(ExchangeError):
    code = 41
    default_message = (
        "This file was made by a newer Forum Kit (a newer format). Update Forum Kit to open it; "
        "nothing was written."
    )


class ExchangeDamaged(ExchangeError):
    code = 42
    default_message = (
        "The file is damaged or altered (truncated, changed, or its signature does not match "
        "the sender's key). Ask for it again; nothing was written."
    )


class WrongAddressee(ExchangeError):
    code = 43
    default_message = (
        "This file is for another vault (it was encrypted to a different steward's or keeper's "
        "key); nothing was written."
    )


class UnknownCommitteeSender(ExchangeError):
    code = 44
    default_message = (
        "Unknown sender: this vault has not trusted that keeper, or that steward is not on the "
        "committee. Compare fingerprints in person and add them first ('forum-kit committee "
        "add'); nothing was written."
    )


class AlreadyTakenIn(ExchangeError):
    code = 45
    default_message = "This copy or report was already taken in here; nothing was written again."


class ExchangeOlder(ExchangeError):
    code = 46
    default_message = (
        "This file is older than the last one opened from the same sender (a newer copy or "
        "report replaces it); nothing was written."
    )


class ExchangeInvalid(ExchangeError):
    code = 47
    default_message = (
        "The file is signed by a known sender but its content does not follow the format; "
        "nothing was written. Ask which Forum Kit version made it."
    )


class ReportOutOfScope(ExchangeError):
    code = 48
    default_message = (
        "The report touches people or cases outside the steward's scope; it was refused whole "
        "and nothing was written. Check the steward's scope on the committee."
    )


class CopyReadOnly(ForumKitError):
    code = 49
    default_message = (
        "This is a copy of another steward's chart: it is read-only. Log what you did as an "
        "entry of your report (Committee page, or 'forum-kit committee log')."
    )


class Refusals:
    """The refusals in the shape ``forum_kit.exchange.envelope`` asks for."""

    not_a_file = NotACommitteeFile
    too_new = ExchangeTooNew
    damaged = ExchangeDamaged
    wrong_recipient = WrongAddressee
    unknown_sender = UnknownCommitteeSender
    already_seen = AlreadyTakenIn
    older = ExchangeOlder
    invalid = ExchangeInvalid


REFUSALS = Refusals()
ALL = (
    NotACommitteeFile,
    ExchangeTooNew,
    ExchangeDamaged,
    WrongAddressee,
    UnknownCommitteeSender,
    AlreadyTakenIn,
    ExchangeOlder,
    ExchangeInvalid,
    ReportOutOfScope,
)
