"""The Mutual aid page and the care items on the other pages, with injected dialogs: needs,
offers and matches, the fund and the time bank (corrections by reversal), statements and the
protected retaliation log built in the background, check-ins beside the one-on-one follow-ups
and the overdue deadlines, the care line on the Map and the care panel on People; every model
passes the model tester, and a lock empties everything."""

from __future__ import annotations

import datetime as dt

import pikepdf
import pytest
from pikepdf.models.encryption import EncryptionMethod

from forum_kit.services import care as care_s
from forum_kit.services import contacts as contacts_s
from forum_kit.services import ledgers as ledgers_s
from forum_kit.services import mutual_aid as aid_s
from forum_kit.services import workplaces as workplaces_s
from ui.models.community_models import (
    AccountsModel,
    AidFiguresModel,
    CareFollowUpsModel,
    CheckInsModel,
    ExchangesModel,
    FitsModel,
    FundEntriesModel,
    IncidentsModel,
    MatchesModel,
    NeedsModel,
    OffersModel,
)

TODAY = dt.date(2025, 3, 14)
NAMES = (
    ("Zoë", "Ŋgema"),
    ("Şêrko", "Aydın"),
    ("Agustín", "Muñoz"),
    ("Łucja", "Żółkiewska"),
    ("Ioana", "Popescu"),
    ("Amaka", "Obi"),
)


@pytest.fixture
def estate(vault):
    """A neighbourhood with two streets, six neighbours and a time bank and a fund."""
    with vault.unit_of_work() as s:
        wp = workplaces_s.add_workplace(
            s, name="Canal estate", kind="neighbourhood", today=dt.date(2024, 1, 1)
        )
        streets = [
            workplaces_s.add_area(s, workplace_id=wp.id, name=n, kind="street").id
            for n in ("Canal Street", "Mill Lane")
        ]
        people = [
            contacts_s.add_contact(
                s,
                workplace_id=wp.id,
                area_id=streets[i % 2],
                first_name=f,
                last_name=last,
                today=dt.date(2024, 1, 2),
            ).id
            for i, (f, last) in enumerate(NAMES)
        ]
        fund = ledgers_s.add_fund(
            s, name="Canal fund", currency="GBP", workplace_id=wp.id, today=dt.date(2024, 1, 1)
        ).id
        bank = ledgers_s.add_time_bank(
            s, name="Canal time bank", workplace_id=wp.id, today=dt.date(2024, 1, 1)
        ).id
    return {"wp": wp.id, "streets": streets, "people": people, "fund": fund, "bank": bank}


@pytest.fixture
def page(qtbot, ctx, estate):
    from ui.pages.mutual_aid import MutualAidPage

    page = MutualAidPage()
    qtbot.addWidget(page)
    page.errors = []
    page.show_error = lambda _p, message: page.errors.append(message)
    page.attach(ctx)
    return page


def _select(tab, row: int = 0) -> None:
    tab.table.selectRow(row)


def test_the_page_opens_on_the_neighbourhood_and_lists_needs(page, estate):
    assert page.place_id == estate["wp"]
    assert "neighbourhood" in page.place.currentText()
    answers = iter(
        [
            {
                "kind": "childcare",
                "what": "School run on Tuesdays",
                "contact_id": estate["people"][0],
                "anonymous": False,
                "area_id": None,
                "visibility": "assembly",
                "needed_from": None,
                "needed_by": TODAY + dt.timedelta(days=5),
                "urgency": "urgent",
                "raised_on": TODAY,
            },
        ]
    )
    page.ask_need_or_offer = lambda *a, **k: next(answers)
    need = page.needs.new_need()
    assert need is not None and page.errors == []
    (row,) = page.needs.model.rows()
    assert (row.member, row.urgency, row.area) == ("Zoë Ŋgema", "urgent", "Canal Street")
    assert "1 open need · 0 standing offers" in page.summary.text()


def test_match_with_a_fitting_offer_close_and_follow_up(page, estate, ctx):
    p = estate["people"]
    with ctx.unit_of_work() as s:
        need = aid_s.add_need(
            s, workplace_id=estate["wp"], kind="transport", raised_on=TODAY, contact_id=p[0]
        ).id
        offer = aid_s.add_offer(
            s, workplace_id=estate["wp"], kind="transport", offered_on=TODAY, contact_id=p[2]
        ).id
    page.refresh()
    page.tabs.setCurrentIndex(0)
    _select(page.needs)
    seen = {}

    def ask_match(_parent, summary, fits, **_kw):
        seen["fits"] = [(f.id, f.fit) for f in fits]
        return {
            "offer_id": fits[0].id,
            "helper_id": None,
            "help_on": None,
            "follow_up_on": TODAY + dt.timedelta(days=2),
            "notes": "",
            "matched_on": TODAY,
        }

    page.ask_match = ask_match
    assert page.needs.match_selected() is not None
    assert seen["fits"] == [(offer, "same area")]
    page.tabs.setCurrentWidget(page.matches)
    (match,) = page.matches.model.rows()
    assert (match.member, match.helper) == ("Zoë Ŋgema", "Agustín Muñoz")
    page.tabs.setCurrentWidget(page.needs)
    _select(page.needs)
    page.ask_close_need = lambda *_a: {"status": "met", "reason": "", "closed_on": TODAY}
    assert page.needs.close_selected()
    assert page.needs.model.rows()[0].status == "met"
    page.tabs.setCurrentWidget(page.matches)
    _select(page.matches)
    assert page.matches.follow_up_done()
    assert page.matches.model.rows()[0].follow_up_done
    del need


def test_the_fund_posts_and_reverses(page, estate):
    page.tabs.setCurrentWidget(page.fund)
    page.ask_fund_entry = lambda *_a, **_k: {
        "kind": "collection",
        "amount": "80.00",
        "contact_id": None,
        "need_id": None,
        "memo": "",
        "posted_on": TODAY,
    }
    assert page.fund.post_entry() is not None
    page.ask_fund_entry = lambda *_a, **_k: {
        "kind": "grant",
        "amount": "100",
        "contact_id": None,
        "need_id": None,
        "memo": "",
        "posted_on": TODAY,
    }
    assert page.fund.post_entry() is None
    assert "below zero" in page.errors[-1]
    page.ask_fund_entry = lambda *_a, **_k: {
        "kind": "grant",
        "amount": "12,5",
        "contact_id": None,
        "need_id": None,
        "memo": "",
        "posted_on": TODAY,
    }
    assert page.fund.post_entry() is not None
    assert "GBP 67.50" in page.fund.balance.text()
    page.fund.table.selectRow(1)
    page.prompt_text = lambda *_a, **_k: "typed wrong"
    assert page.fund.reverse_selected() is not None
    assert "GBP 80.00" in page.fund.balance.text()
    assert [r.kind for r in page.fund.model.rows()] == ["collection", "grant", "reversal"]


def test_the_time_bank_records_confirms_reverses_and_prints_a_statement(
    page, estate, qtbot, tmp_path
):
    p = estate["people"]
    page.tabs.setCurrentWidget(page.time_bank)
    tab = page.time_bank
    page.ask_exchange = lambda *_a, **_k: {
        "giver_contact_id": p[0],
        "receiver_contact_id": p[1],
        "hours": "1:30",
        "what": "Fixed a bike",
        "done_on": TODAY,
        "confirmed_by_giver": True,
        "confirmed_by_receiver": False,
        "entered_by_committee": False,
    }
    assert tab.record_exchange() is not None
    tab.exchange_table.selectRow(0)
    assert tab.exchanges.rows()[0].status == "awaiting receiver"
    assert tab.confirm_selected()
    assert tab.exchanges.rows()[0].status == "posted"
    balances = {r.member: r.balance_minutes for r in tab.model.rows()}
    assert balances == {"Zoë Ŋgema": 90, "Şêrko Aydın": -90}
    tab.exchange_table.selectRow(0)
    assert tab.reverse_selected()
    assert {r.balance_minutes for r in tab.model.rows()} == {0}
    assert [e.status for e in tab.exchanges.rows()] == ["correction", "posted, corrected"]
    tab.table.selectRow(0)
    target = tmp_path / "statement.pdf"
    page.choose_file = lambda *_a: str(target)
    assert tab.save_statement()
    qtbot.waitUntil(lambda: page.last_saved == str(target), timeout=20000)
    assert target.read_bytes().startswith(b"%PDF") and "Saved" in page.status.text()


def test_the_retaliation_log_is_printed_only_with_a_password(page, estate, ctx, qtbot, tmp_path):
    p = estate["people"]
    page.tabs.setCurrentWidget(page.retaliation)
    page.ask_incident = lambda *_a, **_k: {
        "occurred_on": TODAY,
        "contact_id": p[0],
        "what": "Locks changed after the petition",
        "management": "Letting agent",
        "witness_ids": [p[2]],
        "grievance_id": None,
        "sensitive": True,
    }
    assert page.retaliation.log_incident() is not None
    assert page.retaliation.model.rows()[0].witness_count == 1
    target = tmp_path / "log.pdf"
    page.choose_file = lambda *_a: str(target)
    page.ask_password = lambda *_a: None
    assert not page.retaliation.print_log() and not target.exists()
    page.ask_password = lambda *_a: "lawyer's password"
    assert page.retaliation.print_log()
    qtbot.waitUntil(lambda: page.last_saved == str(target), timeout=20000)
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(target)
    with pikepdf.open(target, password="lawyer's password") as pdf:
        assert pdf.encryption.stream_method == EncryptionMethod.aesv3
    csv = tmp_path / "log.csv"
    page.choose_file = lambda *_a: str(csv)
    statements = []
    page.ask_yes = lambda _p, _t, text: statements.append(text) or True
    assert page.retaliation.export()
    assert "left out" in statements[-1]
    assert "Locks changed" not in csv.read_text(encoding="utf-8-sig")


def test_check_ins_overdue_on_the_page_and_beside_the_deadlines(page, estate, ctx, qtbot):
    p = estate["people"]
    page.tabs.setCurrentWidget(page.check_ins)
    page.ask_check_in = lambda *_a, **_k: {
        "contact_id": p[0],
        "event": "eviction",
        "event_on": TODAY - dt.timedelta(days=9),
        "due_on": TODAY - dt.timedelta(days=2),
        "checker_id": p[1],
        "about": "",
        "grievance_id": None,
    }
    assert page.check_ins.new_check_in() is not None
    assert "overdue" in page.check_ins.note.text()
    assert "1 check-in overdue" in page.summary.text()
    from ui.pages.grievances import GrievancesPage

    grievances = GrievancesPage()
    qtbot.addWidget(grievances)
    grievances.attach(ctx)
    grievances.update_badge()
    assert grievances.check_ins_label.text() == "⚠ 1 check-in on members overdue"
    assert grievances.check_ins_label.isVisibleTo(grievances)
    page.check_ins.table.selectRow(0)
    page.ask_outcome = lambda *_a: {"outcome": "Found a room with a neighbour", "done_on": TODAY}
    assert page.check_ins.record_outcome()
    grievances.update_badge()
    assert grievances.check_ins_label.text() == ""
    assert not grievances.check_ins_label.isVisibleTo(grievances)  # no gap in the bar


def test_care_on_the_map_people_and_conversations(qtbot, ctx, estate):
    p = estate["people"]
    with ctx.unit_of_work() as s:
        care_s.add_check_in(
            s,
            contact_id=p[0],
            event="firing",
            event_on=TODAY,
            due_on=TODAY - dt.timedelta(days=0) + dt.timedelta(days=1),
        )
        care_s.add_check_in(
            s,
            contact_id=p[2],
            event="injury",
            event_on=TODAY - dt.timedelta(days=5),
            due_on=TODAY - dt.timedelta(days=1),
        )
        need = aid_s.add_need(
            s, workplace_id=estate["wp"], kind="food", raised_on=TODAY, contact_id=p[0]
        )
        aid_s.match_need(
            s,
            need_id=need.id,
            helper_id=p[4],
            matched_on=TODAY,
            follow_up_on=TODAY + dt.timedelta(days=3),
        )
    from ui.pages.conversations import ConversationsPage
    from ui.pages.map import MapPage
    from ui.pages.people import PeoplePage

    map_page = MapPage()
    qtbot.addWidget(map_page)
    map_page.attach(ctx)
    map_page.set_workplace(estate["wp"])
    map_page.select_area(estate["streets"][0])
    assert "1 check-in on members overdue" in map_page.care.text()
    assert "1 open need" in map_page.care.text()

    people = PeoplePage()
    qtbot.addWidget(people)
    people.attach(ctx)
    people.set_workplace(estate["wp"])
    people.select_contact(p[0])
    assert "check-in due" in people.care.summary.text()
    assert "1 open need" in people.care.summary.text()
    people.care.ask_incident = lambda *_a, **_k: {
        "occurred_on": TODAY,
        "contact_id": p[0],
        "what": "Threatened with eviction",
        "management": "Agent",
        "witness_ids": [],
        "grievance_id": None,
        "sensitive": True,
    }
    assert people.care.log_incident() is not None
    assert "1 retaliation incident" in people.care.summary.text()

    conversations = ConversationsPage()
    qtbot.addWidget(conversations)
    conversations.attach(ctx)
    # the care list follows the page's window: at first what is due today or overdue
    items = conversations.care_followups.model.rows()
    assert [i.what for i in items] == ["Check-in after injury"]
    conversations.within.setCurrentIndex(conversations.within.findData(7))
    items = conversations.care_followups.model.rows()
    assert [i.what for i in items] == [
        "Check-in after injury",
        "Check-in after firing",
        "Mutual aid: Food",
    ]
    assert items[0].overdue and not items[1].overdue
    conversations.care_followups.table.selectRow(2)
    assert conversations.care_followups.mark_done()
    assert len(conversations.care_followups.model.rows()) == 2

    for widget in (map_page, people, conversations):
        widget.clear()
    assert map_page.care.text() == "" and conversations.care_followups.model.rowCount() == 0
    assert "Choose a person" in people.care.summary.text()


def test_a_lock_empties_every_tab(page, estate, ctx):
    with ctx.unit_of_work() as s:
        aid_s.add_need(
            s,
            workplace_id=estate["wp"],
            kind="food",
            raised_on=TODAY,
            contact_id=estate["people"][0],
        )
    page.refresh()
    for i in range(page.tabs.count()):
        page.tabs.setCurrentIndex(i)
    assert page.needs.model.rowCount() == 1
    page.clear()
    for tab in page._tabs():
        assert tab.model.rowCount() == 0
    assert page.place.count() == 0 and page.summary.text() == ""
    assert page.time_bank.exchanges.rowCount() == 0


MODELS = (
    NeedsModel,
    OffersModel,
    MatchesModel,
    FitsModel,
    FundEntriesModel,
    AccountsModel,
    ExchangesModel,
    AidFiguresModel,
    CheckInsModel,
    IncidentsModel,
    CareFollowUpsModel,
)


@pytest.mark.parametrize("model_class", MODELS, ids=lambda c: c.__name__)
def test_models_pass_the_model_tester(qtmodeltester, model_class):
    from types import SimpleNamespace

    def row(n: int) -> SimpleNamespace:
        values = {}
        for column in model_class.columns:
            name = column.attr
            if name.endswith("_on") or name in ("until", "due_on"):
                values[name] = TODAY + dt.timedelta(days=n)
            elif name.endswith(("_minutes", "_cents")) or name in (
                "minutes",
                "matches",
                "pending",
                "witness_count",
                "needs_raised",
                "helpers",
                "met_within_week",
            ):
                values[name] = 30 * (n + 1)
            elif name in ("follow_up_done", "overdue", "sensitive", "reversed_by"):
                values[name] = n % 2 == 0
            else:
                values[name] = f"{name} Zoë {n}"
        values[getattr(model_class, "id_attr", "id")] = (
            ("k", n) if model_class is CareFollowUpsModel else n + 1
        )
        return SimpleNamespace(**values)

    model = model_class()
    qtmodeltester.check(model)
    model.set_rows([row(n) for n in range(4)])
    qtmodeltester.check(model)
    model.clear()
    qtmodeltester.check(model)


def test_the_map_adds_a_neighbourhood_in_its_own_words(qtbot, ctx):
    from ui.pages.map import MapPage
    from ui.pages.people import PeoplePage

    map_page = MapPage()
    qtbot.addWidget(map_page)
    map_page.attach(ctx)
    map_page.prompt_text = lambda *_a, **_k: "Riverside depot"
    depot = map_page.add_workplace()
    shift = map_page.chart_model.column_keys().index("shift")
    assert not map_page.chart.isColumnHidden(shift)
    assert map_page.figure_names["headcount"].text() == "Headcount:"
    map_page.prompt_text = lambda *_a, **_k: "Canal estate"
    estate = map_page.add_workplace(kind="neighbourhood")
    assert map_page.workplace.currentText() == "Canal estate (neighbourhood)"
    assert map_page.chart.isColumnHidden(shift)
    assert map_page.figure_names["headcount"].text() == "Residents:"
    assert map_page.workplace_label.text() == "Ne&ighbourhood:"
    assert map_page.delete_workplace_button.text() == "Delete neighbo&urhood…"
    asked = []
    map_page.ctx.confirm = lambda _parent, what, _lost: asked.append(what) or False
    assert not map_page.delete_workplace()
    assert asked == ["this neighbourhood"]
    map_page.set_workplace(depot)
    assert not map_page.chart.isColumnHidden(shift)
    assert map_page.workplace_label.text() == "&Workplace:"
    assert map_page.delete_workplace_button.text() == "Delete workpla&ce…"

    people = PeoplePage()
    qtbot.addWidget(people)
    people.attach(ctx)
    people.set_workplace(estate)
    column = people.model.column_keys().index("shift")
    assert people.table.isColumnHidden(column)
    assert not people.editor.form.isRowVisible(people.editor.shift)
    people.set_workplace(depot)
    assert not people.table.isColumnHidden(column)
    assert people.editor.form.isRowVisible(people.editor.shift)
