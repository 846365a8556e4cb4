"""``forum-kit committee log``: a steward logs what they did in a copy, as an entry of their next
field report (the copy itself stays as the keeper sent it).

Owns finding, in the copy, the person (by name, accents and case folded), the case (by number),
the structure test (by title), the meeting (by date) and the area (by name or path) the command
line names, and turning ``--note FIELD=TEXT`` options into the entry's fields. Each kind of entry
is the ``forum_kit.committee.entries`` helper the app's dialogs call.
"""

from __future__ import annotations

import argparse
import unicodedata
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from forum_kit.cli.common import opened_vault, parse_date
from forum_kit.errors import InvalidInput, NotFound
from forum_kit.i18n import _


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def _notes(items: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise InvalidInput(_("--note takes FIELD=TEXT, e.g. --note agitate='Heat on nights'."))
        out[name.strip()] = value
    return out


def _one(found: list[Any], what: str) -> Any:
    if not found:
        raise NotFound(_("No {what} of that name in the copy; check the spelling.").format(
                         what=what))
    if len(found) > 1:
        raise InvalidInput(_("{n} {what}s match; give the whole name.").format(
                             n=len(found),
                             what=what))
    return found[0]


def _person(copy: Any, name: str | None) -> int:
    from forum_kit.models import Contact

    if not name:
        raise InvalidInput(_("Say who with --person NAME."))
    wanted = _fold(name)
    rows = copy.execute(sa.select(Contact.id, Contact.first_name, Contact.last_name)).all()
    return _one([r.id for r in rows if _fold(f"{r.first_name} {r.last_name}") == wanted], "person")


def _area(copy: Any, name: str) -> int:
    from forum_kit.models import Area

    rows = {
        r.id: (r.parent_id, r.name)
        for r in copy.execute(sa.select(Area.id, Area.parent_id, Area.name))
    }

    def path(area: int) -> str:
        parent, own = rows[area]
        return own if parent is None or parent not in rows else f"{path(parent)} / {own}"

    wanted = _fold(name)
    return _one([a for a in rows if wanted in (_fold(rows[a][1]), _fold(path(a)))], "area")


def log(args: argparse.Namespace) -> int:
    """Record one entry in the steward's copy."""
    from forum_kit.cli.committee_cmd import _held_copy
    from forum_kit.committee import copies, entries
    from forum_kit.models import Grievance, Meeting, StructureTest

    now = datetime.now(UTC)
    on = parse_date(args.on, "--on")
    notes = _notes(args.note)
    with opened_vault(args) as vault, vault.unit_of_work() as session:
        copy_row = _held_copy(session, args.copy)
        chart = copies.open_held(session, vault_folder=vault.path, copy_row_id=copy_row)
        try:
            chart.finish()  # what an app closed mid-way left (a no-op once finished)
            with chart.unit_of_work() as copy:
                common = {"copy_row_id": copy_row, "now": now}
                what = args.what
                if what == "one-on-one":
                    entries.log_one_on_one(
                        session,
                        copy,
                        contact_id=_person(copy, args.person),
                        held_on=on,
                        texts=notes,
                        tags=args.tag,
                        level=args.level,
                        **common,
                    )
                elif what == "assessment":
                    if args.level is None:
                        raise InvalidInput(_("Give the level with --level N."))
                    entries.assess(
                        session,
                        copy,
                        contact_id=_person(copy, args.person),
                        level=args.level,
                        assessed_on=on,
                        evidence=notes.get("evidence", ""),
                        **common,
                    )
                elif what == "contact":
                    area = notes.pop("area", "")
                    if not area:
                        raise InvalidInput(_("Say where they work with --note area=AREA."))
                    entries.new_contact(
                        session, copy, area_id=_area(copy, area), fields=notes, **common
                    )
                elif what == "correct":
                    changes: dict[str, Any] = dict(notes)
                    if "area" in changes:
                        changes["area"] = _area(copy, changes["area"])
                    made = entries.correct_contact(
                        session,
                        copy,
                        contact_id=_person(copy, args.person),
                        changes=changes,
                        **common,
                    )
                    if not made:
                        print(_("Nothing differs from the copy; nothing was logged."))
                        return 0
                elif what == "step":
                    case = _one(
                        list(
                            copy.execute(
                                sa.select(Grievance.id).where(
                                    Grievance.number == (args.grievance or "").strip()
                                )
                            ).scalars()
                        ),
                        "grievance",
                    )
                    if args.action is None:
                        raise InvalidInput(_("Say what happened with --action."))
                    entries.grievance_event(
                        session,
                        copy,
                        grievance_id=case,
                        action=args.action,
                        on=on,
                        notes=notes.get("notes", ""),
                        **common,
                    )
                elif what == "outcome":
                    test = _one(
                        [
                            t.id
                            for t in copy.execute(sa.select(StructureTest)).scalars()
                            if _fold(t.title) == _fold(args.test or "")
                        ],
                        "structure test",
                    )
                    if args.outcome is None:
                        raise InvalidInput(_("Give the outcome with --outcome."))
                    entries.test_outcome(
                        session,
                        copy,
                        test_id=test,
                        contact_id=_person(copy, args.person),
                        outcome=args.outcome,
                        recorded_on=on,
                        **common,
                    )
                elif what == "attendance":
                    day = parse_date(args.meeting, "--meeting")
                    meeting = _one(
                        [
                            m.id
                            for m in copy.execute(sa.select(Meeting)).scalars()
                            if m.held_at.date() == day
                        ],
                        "meeting",
                    )
                    entries.attendance(
                        session,
                        copy,
                        meeting_id=meeting,
                        contact_id=_person(copy, args.person),
                        **common,
                    )
        finally:
            chart.close()
    print(_("Logged for your next report ('forum-kit committee report')."))
    return 0
