"""The steward's entries on the Committee page: what they log in a committee copy for their report.

Owns ``EntryLogging``, the part of ``CommitteePage`` that asks for one entry (a one-on-one with
the assessment given, a new contact, a correction of contact details or of a grievance's text, a
grievance step, a structure-test outcome, attendance) through the injectable ``ask_entry``
dialog, with people picked from the copy shown, and records it with ``committee.entries`` in the
vault's own tables (the copy itself is never written); and removing an entry not yet sent.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from forum_kit.committee import entries
from forum_kit.committee.changes import FIELD_LABELS
from forum_kit.committee.ops import CONTACT_FIELDS, GRIEVANCE_FIELDS
from forum_kit.i18n import _ as gettext_
from ui.dialogs import committee_dialogs as dialogs
from ui.editors.common import area_labels, load_levels
from ui.editors.pick_contact import contact_name

AEIOU = (
    ("agitate", "Agitate:"),
    ("educate", "Educate:"),
    ("inoculate", "Inoculate:"),
    ("ask", "Ask:"),
    ("answer", "Answer:"),
    ("unite", "Unite:"),
    ("plan", "Plan:"),
)


def _now() -> datetime:
    return datetime.now(UTC)


class EntryLogging:
    """Mixed into ``CommitteePage`` (which gives ``ctx``, ``tr``, ``_run``, ``_selected``, the
    entries list and the injected ``ask_entry`` and ``pick_contact``)."""

    ctx: Any
    ask_entry: Callable[..., Any]
    pick_contact: Callable[..., Any]
    entries: Any
    entries_model: Any
    tr: Callable[[str], str]
    _run: Callable[..., Any]
    _selected: Callable[..., Any]

    def _log(self, fn: Callable[..., Any], **kw: Any) -> bool:
        chart = self.ctx.copy
        if chart is None:
            return False

        def log() -> Any:
            with self.ctx.own_unit_of_work() as s, chart.unit_of_work() as c:
                return fn(s, c, copy_row_id=chart.copy_row_id, now=_now(), **kw)

        return self._run(log, self.tr("Logged for your next report.")) is not None

    def _pick(self, parent: Any) -> tuple[int, str] | None:
        chosen = self.pick_contact(parent)
        return None if not chosen else (chosen, contact_name(self.ctx, chosen))

    def _levels(self) -> tuple[tuple[Any, str], ...]:
        with self.ctx.unit_of_work() as c:
            levels = load_levels(c)
        return (
            (None, self.tr("(no assessment)")),
            *((lvl, f"{lvl}: {style.label}") for lvl, style in sorted(levels.items())),
        )

    def _ask(self, title: str, fields: list[dialogs.Field], note: str = "") -> Any:
        return self.ask_entry(self, self.tr(title), fields, pick=self._pick, note=note)

    def log_one_on_one(self) -> bool:
        values = self._ask(
            "Log a one-on-one",
            [
                dialogs.Field("person", "&With:", "person"),
                dialogs.Field("held_on", "&Held on:", "date", value=self.ctx.today()),
                *(dialogs.Field(key, label, "text") for key, label in AEIOU),
                dialogs.Field("tags", "&Issues (commas):"),
                dialogs.Field("follow_up_on", "&Follow up on:", "optional_date"),
                dialogs.Field("level", "A&ssessment:", "choice", self._levels()),
                dialogs.Field("sensitive", "Sensiti&ve note:", "check"),
            ],
        )
        if not values or not values.get("person"):
            return False
        return self._log(
            entries.log_one_on_one,
            contact_id=values["person"],
            held_on=values["held_on"],
            texts={k: values[k] for k, _ in AEIOU},
            tags=[t.strip() for t in values["tags"].split(",") if t.strip()],
            follow_up_on=values["follow_up_on"],
            sensitive=values["sensitive"],
            level=values["level"],
        )

    def _area_choices(self) -> tuple[tuple[Any, str], ...]:
        return tuple(sorted(area_labels(self.ctx).items(), key=lambda kv: kv[1]))

    def log_new_contact(self) -> bool:
        values = self._ask(
            "A new contact",
            [
                dialogs.Field("area", "&Area:", "choice", self._area_choices()),
                dialogs.Field("first_name", "&First name:"),
                dialogs.Field("last_name", "&Last name:"),
                dialogs.Field("job_title", "&Job title:"),
                dialogs.Field("shift", "S&hift:"),
                dialogs.Field("phone", "&Phone:"),
                dialogs.Field("email", "&Email:"),
                dialogs.Field("language", "Lan&guage:"),
                dialogs.Field("notes", "&Notes:", "text"),
            ],
        )
        if not values:
            return False
        area = values.pop("area")
        return self._log(
            entries.new_contact, area_id=area, fields={k: v for k, v in values.items() if v}
        )

    def log_correction(self) -> bool:
        person = self._pick(self)
        if person is None:
            return False
        from forum_kit.models import Contact

        with self.ctx.unit_of_work() as c:
            contact = c.get(Contact, person[0])
            current = {k: getattr(contact, k) or "" for k in CONTACT_FIELDS if k != "area"}
            current["area"] = contact.area_id
        fields = [
            dialogs.Field("area", "&Area:", "choice", self._area_choices(), value=current["area"])
        ]
        fields += [
            dialogs.Field(
                k,
                f"{gettext_(FIELD_LABELS[k])}:",
                "text" if k == "notes" else "line",
                value=str(current[k] or ""),
            )
            for k in CONTACT_FIELDS
            if k not in ("area", "employment")
        ]
        values = self._ask(
            "Correct details",
            fields,
            note=self.tr(
                "Correct what is wrong about {name}; each change goes "
                "to the keeper as its own entry."
            ).format(name=person[1]),
        )
        if not values:
            return False
        changes = {k: v for k, v in values.items() if str(v or "") != str(current.get(k) or "")}
        if not changes:
            self._say(self.tr("Nothing differs from the copy; nothing was logged."))
            return False
        return self._log(entries.correct_contact, contact_id=person[0], changes=changes)

    def _cases(self) -> tuple[tuple[Any, str], ...]:
        from forum_kit.models import Grievance

        with self.ctx.unit_of_work() as c:
            return tuple(
                (g.id, f"{g.number} {g.title} (step {g.current_step})")
                for g in c.execute(sa.select(Grievance).order_by(Grievance.number)).scalars()
            )

    def log_step(self) -> bool:
        values = self._ask(
            "A grievance step",
            [
                dialogs.Field("case", "&Grievance:", "choice", self._cases()),
                dialogs.Field(
                    "action",
                    "&What happened:",
                    "choice",
                    (
                        ("filed", self.tr("Filed at its current step")),
                        ("answered", self.tr("Management answered at its current step")),
                        ("appeal", self.tr("Appealed to the next step")),
                    ),
                ),
                dialogs.Field("on", "&On:", "date", value=self.ctx.today()),
                dialogs.Field("notes", "&Notes:", "text"),
            ],
        )
        if not values or values.get("case") is None:
            return False
        return self._log(
            entries.grievance_event,
            grievance_id=values["case"],
            action=values["action"],
            on=values["on"],
            notes=values["notes"],
        )

    def log_grievance_text(self) -> bool:
        values = self._ask(
            "Change a grievance's text",
            [
                dialogs.Field("case", "&Grievance:", "choice", self._cases()),
                dialogs.Field(
                    "field",
                    "&Field:",
                    "choice",
                    tuple((k, k.replace("_", " ").capitalize()) for k in GRIEVANCE_FIELDS),
                ),
                dialogs.Field("value", "&New text:", "text"),
            ],
        )
        if not values or values.get("case") is None:
            return False
        return self._log(
            entries.correct_grievance,
            grievance_id=values["case"],
            changes={values["field"]: values["value"]},
        )

    def log_outcome(self) -> bool:
        from forum_kit.models import StructureTest

        with self.ctx.unit_of_work() as c:
            tests = tuple(
                (t.id, t.title)
                for t in c.execute(
                    sa.select(StructureTest).order_by(StructureTest.starts_on.desc())
                ).scalars()
            )
        values = self._ask(
            "A structure-test outcome",
            [
                dialogs.Field("test", "&Test:", "choice", tests),
                dialogs.Field("person", "&Person:", "person"),
                dialogs.Field(
                    "outcome",
                    "&Outcome:",
                    "choice",
                    (
                        ("participated", self.tr("Participated")),
                        ("asked", self.tr("Asked")),
                        ("refused", self.tr("Refused")),
                    ),
                ),
                dialogs.Field("on", "&Recorded on:", "date", value=self.ctx.today()),
            ],
        )
        if not values or values.get("test") is None or not values.get("person"):
            return False
        return self._log(
            entries.test_outcome,
            test_id=values["test"],
            contact_id=values["person"],
            outcome=values["outcome"],
            recorded_on=values["on"],
        )

    def log_attendance(self) -> bool:
        from forum_kit.models import Body, Meeting

        with self.ctx.unit_of_work() as c:
            meetings = tuple(
                (m.id, f"{m.held_at:%Y-%m-%d} {name}")
                for m, name in c.execute(
                    sa.select(Meeting, Body.name)
                    .join(Body, Body.id == Meeting.body_id)
                    .order_by(Meeting.held_at.desc())
                ).all()
            )
        values = self._ask(
            "Attendance",
            [
                dialogs.Field("meeting", "&Meeting:", "choice", meetings),
                dialogs.Field("person", "&Who came:", "person"),
            ],
        )
        if not values or values.get("meeting") is None or not values.get("person"):
            return False
        return self._log(
            entries.attendance, meeting_id=values["meeting"], contact_id=values["person"]
        )

    def remove_entry(self) -> bool:
        row = self._selected(self.entries, self.entries_model)
        if row is None:
            return False

        def remove() -> bool:
            with self.ctx.own_unit_of_work() as s:
                entries.remove_entry(s, entry_id=row.id)
            return True

        return bool(self._run(remove, self.tr("The entry was removed.")))
