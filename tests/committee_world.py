"""A committee for the tests: a chart keeper's vault (a generated workplace with sentinel people)
and stewards' vaults, each trusting the other's key card, with helpers to pass copies and reports
between them and to read a chart's records the way a copy carries them.

Vaults are byte copies of the session's template vault (creating one runs every migration).
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from forum_kit import demo
from forum_kit.committee import copies, copydb, entries, members, review
from forum_kit.committee.kinds import Scope
from forum_kit.committee.scope import scope_of, select_records
from forum_kit.exchange import identity
from forum_kit.models import Area, ChartMember, Contact
from forum_kit.services.contacts import add_contact
from forum_kit.services.conversations import log_conversation
from forum_kit.vault import Vault

PASS = "correct horse battery staple"
START = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
# out of the scoped steward's area (and in no other's notes), and a sensitive person
OUTSIDER = ("Xylophonia", "Quexwartz")
HIDDEN = ("Ŋaŋsentinel", "Zzyzxwode")


def vault_from(template: Path, target: Path) -> Vault:
    shutil.copytree(template, target)
    return Vault.open(target, PASS)


class World:
    """The keeper ("Keeper Kim") and stewards by name, each with their member id and held copy."""

    def __init__(self, template: Path, root: Path, *, contacts: int = 80) -> None:
        self.root = root
        self.keeper = vault_from(template, root / "keeper.forumkit")
        demo.generate(self.keeper, seed=11, today=START.date(), contacts=contacts,
                      workplaces=1, areas=6, notes_per_contact=2)
        self.stewards: dict[str, Vault] = {}
        self.member_ids: dict[str, int] = {}
        self.copy_rows: dict[str, int] = {}
        with self.keeper.unit_of_work() as s:
            self.keeper_card = identity.own_card(s, default_name="Keeper Kim", now=START)
            self.workplace_id = s.execute(sa.text("SELECT id FROM workplaces")).scalar_one()
            tops = s.execute(
                sa.select(Area.id, sa.func.count(Contact.id))
                .join(Contact, Contact.area_id == Area.id, isouter=True)
                .where(Area.parent_id.is_(None)).group_by(Area.id).order_by(Area.id)
            ).all()
            self.scoped_area = tops[0][0]
            self.other_area = tops[1][0]
            outsider = add_contact(
                s, workplace_id=self.workplace_id, area_id=self.other_area,
                first_name=OUTSIDER[0], last_name=OUTSIDER[1], today=START.date(),
                notes=f"{OUTSIDER[1]} works nights",
            )
            log_conversation(s, contact_id=outsider.id, held_on=START.date(),
                             agitate=f"{OUTSIDER[0]} talked about the rota", tags=["rota"])
            hidden = add_contact(
                s, workplace_id=self.workplace_id, area_id=self.scoped_area,
                first_name=HIDDEN[0], last_name=HIDDEN[1], sensitive=True, today=START.date(),
            )
            log_conversation(s, contact_id=hidden.id, held_on=START.date(),
                             agitate=f"{HIDDEN[1]} fears the manager", tags=["fear"])
            self.outsider_id, self.hidden_id = outsider.id, hidden.id

    def add_steward(self, template: Path, name: str, *, areas: list[int] | None,
                    sensitive: bool) -> Vault:
        path = self.root / f"{name.split()[0].lower()}.forumkit"
        vault = vault_from(template, path)
        with vault.unit_of_work() as s:
            card = identity.own_card(s, default_name=name, now=START)
            members.trust_keeper(s, card=identity.card_text(self.keeper_card),
                                 fingerprint=self.keeper_card.fingerprint_text,
                                 added_on=START.date())
        with self.keeper.unit_of_work() as s:
            member = members.add_member(
                s, workplace_id=self.workplace_id, card=identity.card_text(card),
                fingerprint=card.fingerprint_text,
                scope=members.ScopeSpec(None if areas is None else tuple(areas), sensitive),
                added_on=START.date(),
            )
            self.member_ids[name] = member.id
        self.stewards[name] = vault
        return vault

    # ------------------------------------------------------------------ passing files

    def write_copy(self, name: str, now: dt.datetime) -> bytes:
        with self.keeper.unit_of_work() as s:
            return copies.write_copy(s, member_id=self.member_ids[name], now=now,
                                     default_name="Keeper Kim").data

    def open_copy(self, name: str, data: bytes, now: dt.datetime) -> copies.OpenedCopy:
        vault = self.stewards[name]
        with vault.unit_of_work() as s:
            opened = copies.open_copy(s, data, vault_folder=vault.path, now=now,
                                      default_name=name)
        copydb.remove_copy_files(vault.path, opened.stale_files)
        self.copy_rows[name] = opened.copy_row_id
        return opened

    def send_copy(self, name: str, now: dt.datetime) -> copies.OpenedCopy:
        return self.open_copy(name, self.write_copy(name, now), now)

    def chart(self, name: str) -> copydb.CopyChart:
        vault = self.stewards[name]
        with vault.unit_of_work() as s:
            return copies.open_held(s, vault_folder=vault.path, copy_row_id=self.copy_rows[name])

    def log(self, name: str, fn: Any, **kw: Any) -> Any:
        """Call an ``entries`` helper for steward ``name`` on their copy."""
        chart = self.chart(name)
        try:
            with self.stewards[name].unit_of_work() as s, chart.unit_of_work() as c:
                return fn(s, c, copy_row_id=self.copy_rows[name], **kw)
        finally:
            chart.close()

    def write_report(self, name: str, now: dt.datetime) -> bytes:
        with self.stewards[name].unit_of_work() as s:
            return entries.write_report(s, copy_row_id=self.copy_rows[name], now=now,
                                        default_name=name).data

    def receive(self, data: bytes, now: dt.datetime) -> review.Received:
        with self.keeper.unit_of_work() as s:
            return review.receive_report(s, data, now=now, default_name="Keeper Kim")

    # ------------------------------------------------------------------ reading charts

    def keeper_records(self, name: str) -> dict[str, dict[Any, list[Any]]]:
        with self.keeper.unit_of_work() as s:
            member = s.get(ChartMember, self.member_ids[name])
            return records(s, scope_of(s, member))

    def copy_records(self, name: str) -> dict[str, dict[Any, list[Any]]]:
        chart = self.chart(name)
        try:
            with chart.unit_of_work() as s:
                wp = s.execute(sa.text("SELECT id FROM workplaces")).scalar_one()
                return records(s, Scope(wp, None, True))
        finally:
            chart.close()

    def lock(self) -> None:
        for vault in (self.keeper, *self.stewards.values()):
            vault.lock()


def records(session: Any, scope: Scope) -> dict[str, dict[Any, list[Any]]]:
    """Every kind's records in ``scope`` by key, as a copy carries them."""
    return {part.kind.name: {row[0]: row for row in part.rows}
            for part in select_records(session, scope)}
