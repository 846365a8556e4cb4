"""The care tabs of the Mutual aid page: check-ins and the retaliation log.

Owns ``CheckInsTab`` (open check-ins first, overdue ones marked by word and icon; plan one, record
how it went, open the member on the People page) and ``RetaliationTab`` (the log, oldest first;
log an incident with its witnesses; print it for a lawyer as an AES-256 protected PDF: the page
asks for a password and will not write it without one; export it to a spreadsheet, sensitive
incidents only when ticked, after saying what the file carries).
"""

from __future__ import annotations

import io
from typing import Any

from PySide6.QtWidgets import QCheckBox

from forum_kit.queries import care as care_q
from forum_kit.services import care as care_s
from ui.i18n import translate
from ui.models.community_models import CheckInsModel, IncidentsModel
from ui.pages.mutual_aid_lists import ListTab, save_pdf_in_background
from ui.widgets.place_words import plural


def ask_for_care(host: Any, ask: Any, member: tuple[int, str] | None) -> dict | None:
    """Show a check-in or incident form for the place (its grievances offered to link)."""
    from forum_kit.queries.care import grievance_choices

    place = host.place_id
    return ask(
        host,
        today=host.ctx.today(),
        member=member,
        grievances=host.read(lambda s: grievance_choices(s, place), []),
        choose=host.choose_person,
    )


class CheckInsTab(ListTab):
    def __init__(self, host: Any) -> None:
        super().__init__(
            host,
            CheckInsModel(),
            translate("MutualAidPage", "Check-ins"),
            (85, 80, 150, 80, 85, 150, 85),
            (
                (translate("MutualAidPage", "&Plan a check-in…"), self.new_check_in),
                (translate("MutualAidPage", "Record &outcome…"), self.record_outcome),
                (translate("MutualAidPage", "Open &person"), self.open_person),
            ),
        )
        self.show_done = QCheckBox(translate("MutualAidPage", "Show &done ones too"))
        self.show_done.toggled.connect(lambda _on: self.load())
        self.layout().addWidget(self.show_done)

    def load(self) -> None:
        host = self.host
        place = host.place_id
        if place is None or host.ctx is None:
            self.model.clear()
            return
        today = host.ctx.today()
        self.model.set_rows(
            host.read(
                lambda s: care_q.check_ins(
                    s, today=today, open_only=not self.show_done.isChecked(), workplace_id=place
                ),
                [],
            )
        )
        late = sum(1 for r in self.model.rows() if r.overdue)
        self.set_note(
            "⚠ "
            + plural(
                late,
                translate("MutualAidPage", "check-in overdue"),
                translate("MutualAidPage", "check-ins overdue"),
            )
            + translate("MutualAidPage", ": nobody has called yet.")
            if late
            else ""
        )

    def new_check_in(self, member: tuple[int, str] | None = None) -> int | None:
        host = self.host
        if host.ctx is None:
            return None
        values = ask_for_care(host, host.ask_check_in, member)
        if not values:
            return None
        if values.get("contact_id") is None:
            host.show_error(host, translate("MutualAidPage", "Choose the member to check on."))
            return None
        return host.change(lambda s: care_s.add_check_in(s, today=host.ctx.today(), **values).id)

    def record_outcome(self) -> bool:
        host = self.host
        check_in = self.selected()
        if check_in is None or host.ctx is None:
            return False
        values = host.ask_outcome(host, host.ctx.today())
        if not values:
            return False
        return bool(
            host.change(
                lambda s: (
                    care_s.record_check_in(
                        s, check_in_id=check_in.id, today=host.ctx.today(), **values
                    )
                    and True
                )
            )
        )

    def open_person(self) -> bool:
        row = self.selected()
        if row is None:
            return False
        self.host.show_person(row.contact_id)
        return True


class RetaliationTab(ListTab):
    def __init__(self, host: Any) -> None:
        super().__init__(
            host,
            IncidentsModel(),
            translate("MutualAidPage", "Retaliation log"),
            (85, 150, 170, 70, 90, 70),
            (
                (translate("MutualAidPage", "&Log an incident…"), self.log_incident),
                (translate("MutualAidPage", "&Print for a lawyer…"), self.print_log),
                (translate("MutualAidPage", "E&xport…"), self.export),
            ),
        )
        self.include_sensitive = QCheckBox(
            translate(
                "MutualAidPage",
                "Export &sensitive incidents too (each one is sensitive unless said otherwise)",
            )
        )
        self.layout().addWidget(self.include_sensitive)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._show())

    def load(self) -> None:
        place = self.host.place_id
        self.model.set_rows(
            []
            if place is None
            else self.host.read(lambda s: care_q.incidents(s, workplace_id=place), [])
        )
        self._show()

    def _show(self) -> None:
        row = self.selected()
        if row is None:
            self.set_note(
                translate(
                    "MutualAidPage",
                    "Incidents are evidence for a lawyer or a tribunal: date, what happened, who "
                    "from management, and the coworkers who saw it.",
                )
            )
            return
        witnesses = ", ".join(row.witnesses) or "—"
        self.set_note(
            f"{row.what}\n" + translate("MutualAidPage", "Witnesses: {w}").format(w=witnesses)
        )

    def log_incident(self, member: tuple[int, str] | None = None) -> int | None:
        host = self.host
        place = host.place_id
        if place is None or host.ctx is None:
            host.show_error(host, translate("MutualAidPage", "Choose a place first."))
            return None
        values = ask_for_care(host, host.ask_incident, member)
        if not values:
            return None
        return host.change(
            lambda s: (
                care_s.log_retaliation(s, workplace_id=place, today=host.ctx.today(), **values).id
            )
        )

    def print_log(self) -> bool:
        """The log as a PDF protected with AES-256; never written without a password."""
        host = self.host
        place = host.place_id
        if place is None or host.ctx is None:
            return False
        password = host.ask_password(
            host,
            translate(
                "MutualAidPage",
                "The retaliation log names members and witnesses: it is saved only with a "
                "password (AES-256). Give the password to the lawyer separately.",
            ),
        )
        if not password:
            return False
        path = host.choose_file(host, "retaliation-log.pdf")
        if not path:
            return False
        today = host.ctx.today()

        def build(session: Any) -> bytes:
            from forum_kit.reports.community import build_retaliation_log

            data = care_q.retaliation_log(session, workplace_id=place, prepared_on=today)
            out = io.BytesIO()
            build_retaliation_log(data, out)
            return out.getvalue()

        return save_pdf_in_background(
            host,
            build,
            path,
            password,
            translate("MutualAidPage", "the names of members targeted and of witnesses"),
        )

    def export(self) -> bool:
        host = self.host
        place = host.place_id
        if place is None or host.ctx is None:
            return False
        from forum_kit.exchange.community_export import (
            describe_retaliation_export,
            export_retaliation,
        )

        sensitive = self.include_sensitive.isChecked()
        if not host.ask_yes(
            host,
            translate("MutualAidPage", "Export the retaliation log"),
            describe_retaliation_export(include_sensitive=sensitive),
        ):
            return False
        path = host.choose_file(host, "retaliation-log.xlsx")
        if not path:
            return False
        fmt = "xlsx" if str(path).lower().endswith(".xlsx") else "csv"
        count = host.run(
            lambda s: export_retaliation(
                s, path, workplace_id=place, format=fmt, include_sensitive=sensitive
            )
        )
        if count is None:
            return False
        host.saved(
            translate("MutualAidPage", "Wrote {rows} to {path}.").format(
                rows=plural(
                    count, translate("MutualAidPage", "row"), translate("MutualAidPage", "rows")
                ),
                path=path,
            )
        )
        return True
