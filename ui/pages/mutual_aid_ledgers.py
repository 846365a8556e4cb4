"""The Fund and Time bank tabs of the Mutual aid page: the two append-only ledgers.

Owns ``FundTab`` (the funds, the chosen fund's entries with the running balance, posting money in
or out, reversing an entry, opening a fund) and ``TimeBankTab`` (the accounts with hours given,
received and the balance, the exchanges, recording one, confirming or withdrawing one that waits,
reversing a posted one, closing the account of a member who left, a member's statement as PDF,
opening a time bank). Nothing here edits an entry: the database would refuse it.
"""

from __future__ import annotations

import io
from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout

from forum_kit.amounts import cents_text, hours_text, parse_cents, parse_minutes
from forum_kit.errors import ForumKitError
from forum_kit.queries import ledgers as ledgers_q
from forum_kit.services import ledgers as ledgers_s
from ui.editors.common import error_text
from ui.i18n import translate
from ui.models.community_models import (
    AccountsModel,
    ExchangesModel,
    FundEntriesModel,
    exchange_views,
)
from ui.pages.mutual_aid_lists import ListTab, save_pdf_in_background
from ui.widgets.tables import fit_columns, table_view


def _picker(host: Any, name: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    return combo


def _fill(combo: QComboBox, items: list[tuple[int, str]]) -> None:
    keep = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for ident, label in items:
        combo.addItem(label, ident)
    i = combo.findData(keep)
    combo.setCurrentIndex(i if i >= 0 else (0 if items else -1))
    combo.blockSignals(False)


class FundTab(ListTab):
    def __init__(self, host: Any) -> None:
        super().__init__(
            host,
            FundEntriesModel(),
            translate("MutualAidPage", "Fund entries"),
            (85, 90, 90, 90, 160, 70),
            (
                (translate("MutualAidPage", "&Post…"), self.post_entry),
                (translate("MutualAidPage", "Re&verse"), self.reverse_selected),
                (translate("MutualAidPage", "New &fund…"), self.new_fund),
            ),
        )
        self.fund = _picker(host, translate("MutualAidPage", "Fund"))
        self.balance = QLabel()
        self.balance.setObjectName("fundBalance")
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("MutualAidPage", "Fund:")))
        row.addWidget(self.fund, 1)
        row.addWidget(self.balance, 2)
        self.layout().insertLayout(0, row)
        self.fund.currentIndexChanged.connect(lambda _i: self._entries())
        self._funds: dict[int, Any] = {}

    def load(self) -> None:
        funds = self.host.read(ledgers_q.funds, [])
        self._funds = {f.id: f for f in funds}
        _fill(self.fund, [(f.id, f.name) for f in funds])
        self._entries()

    def _entries(self) -> None:
        fund = self._funds.get(self.fund.currentData())
        if fund is None:
            self.model.clear()
            self.balance.setText(translate("MutualAidPage", "No fund yet: open one with New fund."))
            return
        self.model.set_rows(self.host.read(lambda s: ledgers_q.fund_entries(s, fund.id), []))
        self.balance.setText(
            translate("MutualAidPage", "Balance {b} · in {i} · out {o}").format(
                b=cents_text(fund.balance_cents, fund.currency),
                i=cents_text(fund.money_in_cents, fund.currency),
                o=cents_text(fund.money_out_cents, fund.currency),
            )
        )

    def clear(self) -> None:
        super().clear()
        self.fund.clear()
        self.balance.clear()
        self._funds = {}

    def new_fund(self) -> int | None:
        host = self.host
        name = host.prompt_text(
            host,
            translate("MutualAidPage", "New fund"),
            translate("MutualAidPage", "Name of the fund:"),
        )
        if not name or host.ctx is None:
            return None
        fund = host.run(
            lambda s: (
                ledgers_s.add_fund(
                    s, name=name, workplace_id=host.place_id, today=host.ctx.today()
                ).id
            )
        )
        if fund is not None:
            self.load()
            self.fund.setCurrentIndex(self.fund.findData(fund))
        return fund

    def post_entry(self) -> int | None:
        host = self.host
        fund = self.fund.currentData()
        if fund is None or host.ctx is None:
            host.show_error(host, translate("MutualAidPage", "Open a fund first (New fund)."))
            return None
        from forum_kit.queries.mutual_aid import needs

        place = host.place_id
        money = host.read(lambda s: needs(s, workplace_id=place), []) if place else []
        choices = [
            (n.id, f"{n.raised_on} {n.member or '—'}: {n.what[:40]}")
            for n in money
            if n.kind == "money"
        ]
        values = host.ask_fund_entry(
            host, today=host.ctx.today(), needs=choices, choose=host.choose_person
        )
        if not values:
            return None
        try:
            cents = parse_cents(values.pop("amount"))
        except ForumKitError as exc:
            host.show_error(host, error_text(exc))
            return None
        return host.change(
            lambda s: (
                ledgers_s.post_fund_entry(
                    s, fund_id=fund, amount_cents=cents, today=host.ctx.today(), **values
                ).id
            ),
            "fund",
        )

    def reverse_selected(self) -> int | None:
        host = self.host
        entry = self.selected()
        if entry is None or host.ctx is None:
            return None
        memo = host.prompt_text(
            host,
            translate("MutualAidPage", "Reverse an entry"),
            translate("MutualAidPage", "Why is it corrected?"),
        )
        if memo is None:
            return None
        today = host.ctx.today()
        return host.change(
            lambda s: (
                ledgers_s.reverse_fund_entry(
                    s, entry_id=entry.id, posted_on=today, memo=memo, today=today
                ).id
            ),
            "fund",
        )


class TimeBankTab(ListTab):
    def __init__(self, host: Any) -> None:
        super().__init__(
            host,
            AccountsModel(),
            translate("MutualAidPage", "Time-bank accounts"),
            (150, 62, 68, 72, 56),
            (
                (translate("MutualAidPage", "&Record exchange…"), self.record_exchange),
                (translate("MutualAidPage", "&Confirm"), self.confirm_selected),
                (translate("MutualAidPage", "&Withdraw"), self.withdraw_selected),
                (translate("MutualAidPage", "Re&verse"), self.reverse_selected),
                (translate("MutualAidPage", "Close &account"), self.close_account),
                (translate("MutualAidPage", "&Statement…"), self.save_statement),
                (translate("MutualAidPage", "New time &bank…"), self.new_bank),
            ),
        )
        self.bank = _picker(host, translate("MutualAidPage", "Time bank"))
        self.rules = QLabel()
        self.rules.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("MutualAidPage", "Time bank:")))
        row.addWidget(self.bank, 1)
        row.addWidget(self.rules, 2)
        self.exchanges = ExchangesModel()
        self.exchange_table = table_view(
            self.exchanges, translate("MutualAidPage", "Exchanges"), (82, 125, 125, 55, 120)
        )
        fit_columns(self.exchange_table, (82, 125, 125, 55, 120, 160))
        layout: QVBoxLayout = self.layout()  # type: ignore[assignment]
        layout.removeWidget(self.table)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(self.exchange_table)
        split.setSizes([470, 560])
        layout.insertLayout(0, row)
        layout.insertWidget(1, split, 1)
        self.bank.currentIndexChanged.connect(lambda _i: self._accounts())
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._exchanges())
        self._banks: dict[int, Any] = {}

    def load(self) -> None:
        banks = self.host.read(ledgers_q.time_banks, [])
        self._banks = {b.id: b for b in banks}
        _fill(self.bank, [(b.id, b.name) for b in banks])
        self._accounts()

    def _accounts(self) -> None:
        bank = self._banks.get(self.bank.currentData())
        if bank is None:
            self.model.clear()
            self.exchanges.clear()
            self.rules.setText(
                translate("MutualAidPage", "No time bank yet: open one with New time bank.")
            )
            return
        self.rules.setText(
            bank.rules
            or translate(
                "MutualAidPage", "An hour is an hour; accounts may go {floor} below zero."
            ).format(floor=hours_text(bank.floor_minutes))
        )
        self.model.set_rows(self.host.read(lambda s: ledgers_q.accounts(s, bank.id), []))
        self._exchanges()

    def _exchanges(self) -> None:
        bank = self.bank.currentData()
        account = self.selected()
        if bank is None:
            self.exchanges.clear()
            return
        rows = self.host.read(
            lambda s: ledgers_q.exchanges(
                s, bank, account_id=account.id if account else None, limit=500
            ),
            [],
        )
        self.exchanges.set_rows(exchange_views(rows))

    def clear(self) -> None:
        super().clear()
        self.exchanges.clear()
        self.bank.clear()
        self.rules.clear()
        self._banks = {}

    def selected_exchange(self) -> Any:
        index = self.exchange_table.currentIndex()
        return self.exchanges.row_at(index.row()) if index.isValid() else None

    def new_bank(self) -> int | None:
        host = self.host
        name = host.prompt_text(
            host,
            translate("MutualAidPage", "New time bank"),
            translate("MutualAidPage", "Name of the time bank:"),
        )
        if not name or host.ctx is None:
            return None
        bank = host.run(
            lambda s: (
                ledgers_s.add_time_bank(
                    s, name=name, workplace_id=host.place_id, today=host.ctx.today()
                ).id
            )
        )
        if bank is not None:
            self.load()
            self.bank.setCurrentIndex(self.bank.findData(bank))
        return bank

    def record_exchange(self) -> int | None:
        host = self.host
        bank = self.bank.currentData()
        if bank is None or host.ctx is None:
            host.show_error(
                host, translate("MutualAidPage", "Open a time bank first (New time bank).")
            )
            return None
        values = host.ask_exchange(host, today=host.ctx.today(), choose=host.choose_person)
        if not values:
            return None
        try:
            minutes = parse_minutes(values.pop("hours"))
        except ForumKitError as exc:
            host.show_error(host, error_text(exc))
            return None
        if values["giver_contact_id"] is None or values["receiver_contact_id"] is None:
            host.show_error(
                host, translate("MutualAidPage", "Choose who gave the hours and who received them.")
            )
            return None
        return host.change(
            lambda s: (
                ledgers_s.record_exchange(
                    s, bank_id=bank, minutes=minutes, today=host.ctx.today(), **values
                ).id
            ),
            "time bank",
        )

    def _on_exchange(self, action: Any, what: str) -> bool:
        exchange = self.selected_exchange()
        if exchange is None or self.host.ctx is None:
            self.host.show_error(
                self.host, translate("MutualAidPage", "Choose an exchange in the list.")
            )
            return False
        return bool(self.host.change(lambda s: action(s, exchange) or True, what))

    def confirm_selected(self, side: str = "committee") -> bool:
        today = self.host.ctx.today() if self.host.ctx else None
        return self._on_exchange(
            lambda s, e: ledgers_s.confirm_exchange(s, exchange_id=e.id, side=side, today=today),
            "time bank",
        )

    def withdraw_selected(self) -> bool:
        return self._on_exchange(
            lambda s, e: ledgers_s.withdraw_exchange(s, exchange_id=e.id), "time bank"
        )

    def reverse_selected(self) -> bool:
        today = self.host.ctx.today() if self.host.ctx else None
        return self._on_exchange(
            lambda s, e: ledgers_s.reverse_exchange(
                s, exchange_id=e.id, today=today, what="Correction entered by the committee"
            ),
            "time bank",
        )

    def close_account(self) -> bool:
        host = self.host
        account = self.selected()
        if account is None or host.ctx is None:
            return False
        if not host.ask_yes(
            host,
            translate("MutualAidPage", "Close the account"),
            translate(
                "MutualAidPage",
                "The member left? Their account takes no new exchanges; its history is kept.",
            ),
        ):
            return False
        today = host.ctx.today()
        return bool(
            host.change(
                lambda s: (
                    ledgers_s.close_account(s, account_id=account.id, closed_on=today) and True
                ),
                "time bank",
            )
        )

    def save_statement(self) -> bool:
        host = self.host
        bank = self.bank.currentData()
        account = self.selected()
        if bank is None or account is None or host.ctx is None:
            host.show_error(host, translate("MutualAidPage", "Choose a member's account first."))
            return False
        path = host.choose_file(host, "time-bank-statement.pdf")
        if not path:
            return False
        today = host.ctx.today()

        def build(session: Any) -> bytes:
            from forum_kit.reports.community import build_time_statement

            data = ledgers_q.statement(
                session, bank_id=bank, contact_id=account.contact_id, through=today
            )
            out = io.BytesIO()
            build_time_statement(data, out)
            return out.getvalue()

        return save_pdf_in_background(
            host,
            build,
            path,
            None,
            translate(
                "MutualAidPage",
                "the member's name and the names of those they exchanged hours with",
            ),
        )
