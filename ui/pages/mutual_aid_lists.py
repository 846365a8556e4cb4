"""The Needs, Offers, Matches and Figures tabs of the Mutual aid page.

Owns ``ListTab`` (a list and its buttons, loaded when shown, emptied on a lock) and the four
tabs: raise a need or an offer, match a need with the offers that fit it (nearest first) or a
member asked directly, close or reopen a need, withdraw an offer, mark a match's follow-up done;
the figures per area and month, the printable "asks and offers" sheet (names only when chosen,
and then only of members who agreed) and the needs-and-offers spreadsheet, each saying first
what it carries. Every action goes through the page (``host``): its unit of work, its dialogs.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from forum_kit.queries import mutual_aid as aid_q
from forum_kit.services import mutual_aid as aid_s
from ui.i18n import translate
from ui.models.community_models import (
    AidFiguresModel,
    MatchesModel,
    NeedsModel,
    OffersModel,
    fit_views,
)
from ui.models.roles import ID_ROLE
from ui.models.row_list_model import RowListModel
from ui.widgets.place_words import plural
from ui.widgets.tables import elide_middle, fit_columns, table_view


class ListTab(QWidget):
    """A table over a ``RowListModel`` with a row of buttons; ``load()`` fills it."""

    def __init__(
        self,
        host: Any,
        model: RowListModel,
        name: str,
        widths: Sequence[int],
        buttons: Sequence[tuple[str, Any]],
    ) -> None:
        super().__init__()
        self.host = host
        self.stale = True
        self.model = model
        self.table = table_view(model, name, widths)
        fit_columns(self.table, widths)  # the columns shrink to the page, none below its header
        for column, spec in enumerate(model.columns):
            if spec.attr in ("area", "what", "memo", "outcome"):
                elide_middle(self.table, column)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for label, action in buttons:
            button = QPushButton(label)
            button.clicked.connect(lambda _c=False, a=action: a())
            bar.addWidget(button)
            self.buttons[label] = button
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addLayout(bar)

    def set_note(self, text: str) -> None:
        """The line under the list (hidden when empty, so the list keeps the room)."""
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def selected(self) -> Any:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_id(self, ident: Any) -> None:
        for row in range(self.model.rowCount()):
            if self.model.index(row, 0).data(ID_ROLE) == ident:
                self.table.selectRow(row)
                return

    def load(self) -> None:  # pragma: no cover - every tab overrides it
        raise NotImplementedError

    def clear(self) -> None:
        self.model.clear()
        self.set_note("")
        self.stale = True


class NeedsTab(ListTab):
    def __init__(self, host: Any) -> None:
        super().__init__(
            host,
            NeedsModel(),
            translate("MutualAidPage", "Needs"),
            (85, 120, 65, 150, 150, 85, 80, 110, 60),
            (
                (translate("MutualAidPage", "New &need…"), self.new_need),
                (translate("MutualAidPage", "&Match…"), self.match_selected),
                (translate("MutualAidPage", "&Close…"), self.close_selected),
                (translate("MutualAidPage", "Reopen"), self.reopen_selected),
            ),
        )
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._show())

    def load(self) -> None:
        place = self.host.place_id
        rows = (
            []
            if place is None
            else self.host.read(lambda s: aid_q.needs(s, workplace_id=place), [])
        )
        self.model.set_rows(rows)
        self._show()

    def _show(self) -> None:
        need = self.selected()
        self.set_note("" if need is None else need.what)

    def new_need(self) -> int | None:
        return _new_item(self.host, "need", self)

    def match_selected(self) -> int | None:
        host = self.host
        need = self.selected()
        if need is None or host.ctx is None:
            return None
        today = host.ctx.today()
        fits = host.read(lambda s: aid_q.fitting_offers(s, need_id=need.id, today=today), [])
        summary = translate("MutualAidPage", "{kind} for {who}: {what}").format(
            kind=need.kind.replace("_", " "),
            who=need.member or translate("MutualAidPage", "a member"),
            what=need.what or "—",
        )
        values = host.ask_match(
            host, summary, fit_views(fits), today=today, choose=host.choose_person
        )
        if not values:
            return None
        return host.change(lambda s: aid_s.match_need(s, need_id=need.id, today=today, **values).id)

    def close_selected(self) -> bool:
        host = self.host
        need = self.selected()
        if need is None or host.ctx is None:
            return False
        values = host.ask_close_need(host, host.ctx.today())
        if not values:
            return False
        return bool(
            host.change(
                lambda s: (
                    aid_s.close_need(s, need_id=need.id, today=host.ctx.today(), **values) and True
                )
            )
        )

    def reopen_selected(self) -> bool:
        need = self.selected()
        if need is None:
            return False
        return bool(self.host.change(lambda s: aid_s.reopen_need(s, need_id=need.id) and True))


def _new_item(host: Any, side: str, tab: ListTab) -> int | None:
    """Ask for a need or an offer of the chosen place and save it."""
    if host.place_id is None or host.ctx is None:
        host.show_error(
            host, translate("MutualAidPage", "Choose a place first (add one on the Map page).")
        )
        return None
    today = host.ctx.today()
    values = host.ask_need_or_offer(
        host, side, today=today, areas=host.areas(), choose=host.choose_person
    )
    if not values:
        return None
    place = host.place_id
    add = aid_s.add_need if side == "need" else aid_s.add_offer
    new_id = host.change(lambda s: add(s, workplace_id=place, today=today, **values).id)
    if new_id is not None:
        tab.select_id(new_id)
    return new_id


class OffersTab(ListTab):
    def __init__(self, host: Any) -> None:
        super().__init__(
            host,
            OffersModel(),
            translate("MutualAidPage", "Offers"),
            (85, 120, 150, 150, 85, 85, 110, 60),
            (
                (translate("MutualAidPage", "New &offer…"), self.new_offer),
                (translate("MutualAidPage", "&Withdraw"), self.withdraw_selected),
            ),
        )

    def load(self) -> None:
        place = self.host.place_id
        self.model.set_rows(
            []
            if place is None
            else self.host.read(lambda s: aid_q.offers(s, workplace_id=place), [])
        )

    def new_offer(self) -> int | None:
        return _new_item(self.host, "offer", self)

    def withdraw_selected(self) -> bool:
        offer = self.selected()
        if offer is None or self.host.ctx is None:
            return False
        today = self.host.ctx.today()
        return bool(
            self.host.change(
                lambda s: aid_s.withdraw_offer(s, offer_id=offer.id, on=today) and True
            )
        )


class MatchesTab(ListTab):
    def __init__(self, host: Any) -> None:
        super().__init__(
            host,
            MatchesModel(),
            translate("MutualAidPage", "Matches"),
            (85, 120, 150, 150, 85, 85, 50),
            ((translate("MutualAidPage", "Follow-up &done"), self.follow_up_done),),
        )

    def load(self) -> None:
        place = self.host.place_id
        self.model.set_rows(
            []
            if place is None
            else self.host.read(lambda s: aid_q.matches(s, workplace_id=place), [])
        )

    def follow_up_done(self) -> bool:
        match = self.selected()
        if match is None:
            return False
        return bool(
            self.host.change(
                lambda s: aid_s.complete_match_follow_up(s, match_id=match.id) and True
            )
        )


class FiguresTab(ListTab):
    """Per area and month, then the place's months; the sheet and the spreadsheet."""

    def __init__(self, host: Any) -> None:
        super().__init__(
            host,
            AidFiguresModel(),
            translate("MutualAidPage", "Mutual aid figures"),
            (80, 160, 90, 120, 110, 90, 90),
            (
                (translate("MutualAidPage", "Asks and offers &sheet…"), self.save_sheet),
                (translate("MutualAidPage", "E&xport needs and offers…"), self.export),
            ),
        )
        self.names = QCheckBox(
            translate("MutualAidPage", "Print &names (only of members who agreed)")
        )
        self.layout().addWidget(self.names)

    def load(self) -> None:
        place = self.host.place_id
        if place is None or self.host.ctx is None:
            self.model.clear()
            return
        today = self.host.ctx.today()
        figures = self.host.read(
            lambda s: aid_q.aid_figures(s, workplace_id=place, through=today), None
        )
        if figures is None:
            self.model.clear()
            return
        totals = [
            r
            for r in figures.totals
            if r.needs_raised or r.fund_in_cents or r.fund_out_cents or r.helpers
        ]

        # newest month first; in each month the whole place, then its streets or areas
        def order(r: Any) -> tuple:
            return (-int(r.month.replace("-", "")), r.area != "", r.area)

        self.model.set_rows(sorted(list(figures.rows) + totals, key=order))
        self.set_note(
            translate(
                "MutualAidPage",
                "Needs raised, needs met within a week of being raised, people who helped and the "
                'fund\'s grants, per {area} and month; the rows marked "Whole place" add money in '
                "and out of the fund.",
            ).format(area=translate("MutualAidPage", "street or area"))
        )

    def save_sheet(self) -> bool:
        host = self.host
        place = host.place_id
        if place is None or host.ctx is None:
            return False
        names = self.names.isChecked()
        path = host.choose_file(host, "asks-and-offers.pdf")
        if not path:
            return False
        today = host.ctx.today()

        def build(session: Any) -> bytes:
            from forum_kit.models import Workplace
            from forum_kit.reports.community import build_asks_offers
            from forum_kit.reports.community_data import AsksOffersData

            row = session.get(Workplace, place)
            data = AsksOffersData(
                place=row.name,
                place_kind=str(row.kind),
                as_of=today,
                items=tuple(
                    aid_q.sheet_items(session, workplace_id=place, today=today, names=names)
                ),
                names=names,
            )
            out = io.BytesIO()
            build_asks_offers(data, out)
            return out.getvalue()

        carries = (
            translate("MutualAidPage", "the names of members who agreed to be named")
            if names
            else translate(
                "MutualAidPage", "no names: only what members agreed the assembly may see"
            )
        )
        return save_pdf_in_background(host, build, path, None, carries)

    def export(self) -> bool:
        host = self.host
        place = host.place_id
        if place is None:
            return False
        from forum_kit.exchange.community_export import describe_aid_export, export_aid

        names = self.names.isChecked()
        if not host.ask_yes(
            host,
            translate("MutualAidPage", "Export needs and offers"),
            describe_aid_export(committee_list=False, names=names),
        ):
            return False
        path = host.choose_file(host, "needs-and-offers.xlsx")
        if not path:
            return False
        fmt = "xlsx" if str(path).lower().endswith(".xlsx") else "csv"
        count = host.run(lambda s: export_aid(s, path, workplace_id=place, format=fmt, names=names))
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


def save_pdf_in_background(
    host: Any, build: Any, path: str, password: str | None, carries: str
) -> bool:
    """Build a PDF in its own unit of work on the background helper, then write it where the
    user chose (AES-256 with ``password``); the status line says what it carries."""
    from forum_kit.queries.documents import save_pdf
    from ui.operations import run_in_background

    ctx = host.ctx

    def work() -> str:
        with ctx.unit_of_work() as session:
            data = build(session)
        save_pdf(data, path, password=password)
        return path

    def done(result: str) -> None:
        host.last_saved = result
        how = translate("MutualAidPage", " with a password (AES-256)") if password else ""
        host.saved(
            translate("MutualAidPage", "Saved {path}{how}. It carries {what}.").format(
                path=result, how=how, what=carries
            )
        )

    def failed(error: BaseException) -> None:
        from ui.editors.common import error_text

        host.show_error(host, error_text(error))

    host.last_saved = None
    run_in_background(host, work, on_done=done, on_error=failed)
    return True
