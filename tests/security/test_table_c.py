"""SECURITY.md table C: committee copies and field reports. Each check can fail: real copies and
reports are flipped bit by bit, cut, lengthened, replayed, replaced by older ones, sent by a
stranger or to the wrong vault, or name records outside the steward's scope, and every one must
be refused before anything is written, each kind of refusal with its own exit code."""

from __future__ import annotations

import datetime as dt
import json

import pytest
import sqlalchemy as sa
from committee_world import HIDDEN, OUTSIDER, PASS, START, World, vault_from

import forum_kit.cli as cli
from forum_kit.committee import copies, entries, errors, review
from forum_kit.exchange import envelope, identity
from forum_kit.models import ChartEntry, Contact, Conversation
from forum_kit.models.travel import new_uid

BEA, CHEN, DAN = "Beatriz Quiñones", "Chen Wěi", "Dan Ødegaard"
LATER = START + dt.timedelta(days=7)
KEEPER_TABLES = ("chart_reports", "chart_provenance", "conversations", "contacts")


def make_world(template, root) -> World:
    w = World(template, root, contacts=14)
    w.add_steward(template, BEA, areas=[w.scoped_area], sensitive=True)
    w.add_steward(template, CHEN, areas=None, sensitive=False)
    # Dan trusts the keeper but is not on the committee
    dan = vault_from(template, w.root / "dan.forumkit")
    with dan.unit_of_work() as s:
        identity.own_card(s, default_name=DAN, now=START)
        from forum_kit.committee import members

        members.trust_keeper(s, card=identity.card_text(w.keeper_card),
                             fingerprint=w.keeper_card.fingerprint_text, added_on=START.date())
    w.stewards[DAN] = dan
    w.bea_copy = w.write_copy(BEA, START)
    w.chen_copy = w.write_copy(CHEN, START)
    return w


@pytest.fixture(scope="module")
def world(_template_vault, tmp_path_factory):
    """Shared by the tests that only read or roll back; each opens what it needs itself (the
    tests may run in any order, on different workers)."""
    w = make_world(_template_vault, tmp_path_factory.mktemp("table_c"))
    yield w
    w.lock()


@pytest.fixture
def cli_world(_template_vault, tmp_path):
    w = make_world(_template_vault, tmp_path / "world")
    yield w
    for vault in (w.keeper, *w.stewards.values()):
        if not vault.is_locked:
            vault.lock()


def _opened(world: World, name: str, data: bytes) -> int:
    """The steward's held copy, opened from ``data`` unless it was already."""
    with world.stewards[name].unit_of_work() as s:
        held = s.execute(sa.text("SELECT id FROM chart_copies")).scalar()
    if held is None:
        held = world.open_copy(name, data, START).copy_row_id
    world.copy_rows[name] = held
    return held


def _held(vault) -> tuple[int, list[str]]:
    with vault.unit_of_work() as s:
        rows = s.execute(sa.text("SELECT count(*) FROM chart_copies")).scalar_one()
    folder = vault.path / "copies"
    return rows, sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def _counts(vault) -> dict[str, int]:
    with vault.unit_of_work() as s:
        return {t: s.execute(sa.text(f"SELECT count(*) FROM {t}")).scalar_one()
                for t in KEEPER_TABLES}


def _open_refusals(world: World, name: str, variants: list[bytes]) -> list[type | None]:
    vault = world.stewards[name]
    out: list[type | None] = []
    with vault.unit_of_work() as s:
        for data in variants:
            try:
                copies.open_copy(s, data, vault_folder=vault.path, now=START, default_name=name)
            except errors.ExchangeError as error:
                out.append(type(error))
            else:
                out.append(None)
        s.rollback()
    return out


def _identity(vault, name: str) -> identity.Identity:
    with vault.unit_of_work() as s:
        return identity.ensure_identity(s, default_name=name, now=START)


def _plain(world: World, name: str, data: bytes) -> bytes:
    me = _identity(world.stewards[name], name)
    with world.stewards[name].unit_of_work() as s:
        _, _, plain = envelope.open_envelope(
            copies.COPY, errors.REFUSALS, data, identity=me,
            find_sender=copies._find_keeper(s))
    return plain


# ------------------------------------------------------------------------------------- C-1


def test_c1_out_of_scope_names_are_in_no_byte_of_the_copy(world):
    bea_plain = _plain(world, BEA, world.bea_copy)
    chen_plain = _plain(world, CHEN, world.chen_copy)
    for name in OUTSIDER:
        for data in (world.bea_copy, bea_plain):
            assert name.encode() not in data and name.encode("utf-16-le") not in data
        assert name.encode() in chen_plain  # the test can fail: Chen's scope holds them
    for name in HIDDEN:
        for data in (world.chen_copy, chen_plain):
            assert name.encode() not in data and name.encode("utf-16-le") not in data
        assert name.encode() in bea_plain
    # the copy is a subset: nothing in Bea's points at a record it does not hold
    _opened(world, BEA, world.bea_copy)
    chart = world.chart(BEA)
    try:
        with chart.unit_of_work() as s:
            names = {tuple(r) for r in s.execute(sa.select(Contact.first_name, Contact.last_name))}
            notes = " ".join(s.execute(sa.text(
                "SELECT agitate || notes FROM conversations JOIN contacts "
                "ON contacts.id = conversations.contact_id")).scalars())
    finally:
        chart.close()
    assert OUTSIDER not in names and HIDDEN in names
    assert OUTSIDER[0] not in notes and OUTSIDER[1] not in notes


# ------------------------------------------------------------------------------------- C-2


def test_c2_a_copy_opens_only_for_its_steward_and_a_report_only_for_the_keeper(world):
    assert _open_refusals(world, CHEN, [world.bea_copy]) == [errors.WrongAddressee]
    assert _open_refusals(world, DAN, [world.bea_copy]) == [errors.WrongAddressee]
    # a copy re-addressed to Chen: the signature no longer fits
    forged = bytearray(world.bea_copy)
    chen = _identity(world.stewards[CHEN], CHEN)
    forged[32:52] = chen.card.fingerprint
    assert _open_refusals(world, CHEN, [bytes(forged)]) == [errors.ExchangeDamaged]
    # and no other key decrypts it: the envelope's own check
    with pytest.raises(errors.WrongAddressee):
        envelope.open_envelope(copies.COPY, errors.REFUSALS, world.bea_copy, identity=chen,
                               find_sender=lambda fp: None)


# ------------------------------------------------------------------------------------- C-3


@pytest.fixture(scope="module")
def tiny(_template_vault, tmp_path_factory):
    """A chart of two people: its copy is small enough to flip every bit of."""
    from forum_kit.committee import members
    from forum_kit.services.contacts import add_contact
    from forum_kit.services.workplaces import add_area, add_workplace

    root = tmp_path_factory.mktemp("tiny")
    keeper = vault_from(_template_vault, root / "k.forumkit")
    steward = vault_from(_template_vault, root / "s.forumkit")
    with keeper.unit_of_work() as s:
        card = identity.own_card(s, default_name="Keeper Kim", now=START)
        wp = add_workplace(s, name="Depot", today=START.date())
        area = add_area(s, workplace_id=wp.id, name="Loading")
        for name in ("Zoë", "Şêrko"):
            add_contact(s, workplace_id=wp.id, area_id=area.id, first_name=name,
                        today=START.date())
    with steward.unit_of_work() as s:
        mine = identity.own_card(s, default_name=CHEN, now=START)
        members.trust_keeper(s, card=identity.card_text(card), fingerprint=card.fingerprint_text,
                             added_on=START.date())
    with keeper.unit_of_work() as s:
        member = members.add_member(s, workplace_id=wp.id, card=identity.card_text(mine),
                                    fingerprint=mine.fingerprint_text,
                                    scope=members.ScopeSpec(None, False), added_on=START.date())
        data = copies.write_copy(s, member_id=member.id, now=START,
                                 default_name="Keeper Kim").data
    keeper.lock()
    yield steward, data
    steward.lock()


def test_c3_every_flipped_bit_of_a_copy_is_refused_and_nothing_written(tiny):
    steward, data = tiny
    assert 600 < len(data) < 8000
    variants = []
    for i in range(len(data)):
        flipped = bytearray(data)
        flipped[i] ^= 1 << (i % 8)
        variants.append(bytes(flipped))
    outcomes = []
    with steward.unit_of_work() as s:
        for variant in variants:
            try:
                copies.open_copy(s, variant, vault_folder=steward.path, now=START,
                                 default_name=CHEN)
            except errors.ExchangeError as error:
                outcomes.append(type(error))
            else:
                outcomes.append(None)
        s.rollback()
    assert None not in outcomes, f"opened after a flip at {outcomes.index(None)}"
    assert len(outcomes) == len(data)
    assert outcomes[0] is errors.NotACommitteeFile
    # past the fixed fields only the signature can catch a flip
    assert set(outcomes[140:]) == {errors.ExchangeDamaged}
    assert _held(steward) == (0, [])
    with steward.unit_of_work() as s:  # the real copy still opens: the test can fail
        copies.open_copy(s, data, vault_folder=steward.path, now=START, default_name=CHEN)


def test_c3_truncated_or_lengthened_copies_are_refused(world):
    data = world.chen_copy
    cuts = sorted({len(data) * k // 100 for k in range(100)} | {len(data) - 1})
    before = _held(world.stewards[CHEN])
    outcomes = _open_refusals(world, CHEN, [data[:c] for c in cuts] + [data + b"\0"])
    assert None not in outcomes
    assert set(outcomes) <= {errors.NotACommitteeFile, errors.ExchangeDamaged}
    assert _held(world.stewards[CHEN]) == before


def _report_refusals(world: World, variants: list[bytes]) -> list[type | None]:
    out: list[type | None] = []
    with world.keeper.unit_of_work() as s:
        for data in variants:
            try:
                review.receive_report(s, data, now=LATER, default_name="Keeper Kim")
            except errors.ExchangeError as error:
                out.append(type(error))
            else:
                out.append(None)
        s.rollback()
    return out


def _bea_report(world: World) -> bytes:
    """Bea's report of one one-on-one."""
    _opened(world, BEA, world.bea_copy)
    chart = world.chart(BEA)
    try:
        with world.stewards[BEA].unit_of_work() as s, chart.unit_of_work() as c:
            person = c.execute(sa.select(Contact.id).where(Contact.sensitive.is_(False))
                               .order_by(Contact.id)).scalars().first()
            entries.log_one_on_one(s, c, copy_row_id=world.copy_rows[BEA], contact_id=person,
                                   held_on=START.date(), texts={"agitate": "Nights"}, now=START)
    finally:
        chart.close()
    return world.write_report(BEA, START + dt.timedelta(days=1))


@pytest.fixture(scope="module")
def bea_report(world):
    return _bea_report(world)


def test_c3_every_flipped_bit_of_a_report_is_refused_and_nothing_written(world, bea_report):
    before = _counts(world.keeper)
    variants = []
    for i in range(len(bea_report)):
        flipped = bytearray(bea_report)
        flipped[i] ^= 1 << (i % 8)
        variants.append(bytes(flipped))
    cuts = [bea_report[: len(bea_report) * k // 50] for k in range(50)]
    outcomes = _report_refusals(world, variants + cuts + [bea_report + b"\0"])
    assert None not in outcomes
    assert set(outcomes[140 : len(bea_report)]) == {errors.ExchangeDamaged}
    assert _counts(world.keeper) == before


def _cli_world(world: World, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("FORUM_KIT_PASSPHRASE", PASS)

    def run(*argv: object) -> tuple[int, str]:
        code = cli.main([str(a) for a in argv])
        return code, capsys.readouterr().err

    return run


def test_c3_each_refusal_has_its_own_exit_code_and_writes_nothing(
    cli_world, tmp_path, monkeypatch, capsys
):
    world = cli_world
    bea_report = _bea_report(world)
    for vault in (world.keeper, *world.stewards.values()):
        vault.lock()
    run = _cli_world(world, tmp_path, monkeypatch, capsys)
    keeper_path = world.keeper.path
    paths = {name: vault.path for name, vault in world.stewards.items()}
    try:
        files = {}

        def put(name: str, data: bytes) -> str:
            path = tmp_path / name
            path.write_bytes(data)
            return str(path)

        files["not"] = put("random.fkcopy", b"not a copy at all, just text")
        too_new = bytearray(world.chen_copy)
        too_new[8] = 9
        files["new"] = put("new.fkcopy", bytes(too_new))
        flipped = bytearray(world.chen_copy)
        flipped[-100] ^= 4
        files["damaged"] = put("damaged.fkcopy", bytes(flipped))
        files["wrong"] = put("bea.fkcopy", world.bea_copy)
        codes = {}
        held_before = {}
        for vault_name in (CHEN, DAN):
            from forum_kit.vault import Vault

            v = Vault.open(paths[vault_name], PASS)
            held_before[vault_name] = _held(v)
            v.lock()
        codes["not"], _ = run("committee", "open-copy", paths[CHEN], files["not"])
        codes["new"], _ = run("committee", "open-copy", paths[CHEN], files["new"])
        codes["damaged"], _ = run("committee", "open-copy", paths[CHEN], files["damaged"])
        codes["wrong"], _ = run("committee", "open-copy", paths[CHEN], files["wrong"])
        # Dan trusts the keeper, but a copy from a stranger keeper is refused
        codes["unknown"], err = run("committee", "open-copy", paths[DAN], put(
            "stranger.fkcopy", _stranger_copy(world, paths[DAN])))
        assert "Unknown sender" in err
        # a validly sealed copy whose content breaks the format
        codes["invalid"], _ = run("committee", "open-copy", paths[CHEN], put(
            "invalid.fkcopy", _sealed_copy(world, paths[CHEN], b'{"format": "copy"}\n')))
        for vault_name in (CHEN, DAN):
            v = Vault.open(paths[vault_name], PASS)
            assert _held(v) == held_before[vault_name], vault_name
            v.lock()
        # replay and older: Chen opens today's copy, then it again, then an older one
        today = put("c.fkcopy", world.chen_copy)
        assert run("committee", "open-copy", paths[CHEN], today)[0] == 0
        v = Vault.open(paths[CHEN], PASS)
        after = _held(v)
        v.lock()
        codes["replay"], _ = run("committee", "open-copy", paths[CHEN], today)
        older = _older_copy(world, keeper_path)
        codes["older"], _ = run("committee", "open-copy", paths[CHEN], put("old.fkcopy", older))
        v = Vault.open(paths[CHEN], PASS)
        assert _held(v) == after
        v.lock()
        # reports: out of scope, replay, older, unknown sender, wrong addressee
        k = Vault.open(keeper_path, PASS)
        before = _counts(k)
        k.lock()
        codes["scope"], err = run("committee", "review", keeper_path, put(
            "scope.fkreport", _out_of_scope_report(world, paths[BEA])))
        assert "outside the steward's scope" in err
        assert run("committee", "review", keeper_path, put("r.fkreport", bea_report))[0] == 0
        k = Vault.open(keeper_path, PASS)
        taken = _counts(k)
        k.lock()
        assert taken["chart_reports"] == before["chart_reports"] + 1
        replay, _ = run("committee", "review", keeper_path, str(tmp_path / "r.fkreport"))
        older_report, _ = run("committee", "review", keeper_path, put(
            "old.fkreport", _older_report(world, paths[BEA])))
        dan_report, _ = run("committee", "review", keeper_path, put(
            "dan.fkreport", _report_from(world, paths[DAN], DAN)))
        wrong, _ = run("committee", "review", keeper_path, put(
            "wrong.fkreport", _report_to_stranger(world, paths[BEA])))
        k = Vault.open(keeper_path, PASS)
        assert _counts(k) == taken
        k.lock()
        assert (replay, older_report, dan_report, wrong) == (45, 46, 44, 43)
    finally:
        world.keeper = _reopen(keeper_path)
        for name, path in paths.items():
            world.stewards[name] = _reopen(path)
    assert codes == {"not": 40, "new": 41, "damaged": 42, "wrong": 43, "unknown": 44,
                     "invalid": 47, "replay": 45, "older": 46, "scope": 48}
    assert sorted(c.code for c in errors.ALL) == list(range(40, 49))
    assert len({c().message for c in errors.ALL}) == len(errors.ALL)


def _reopen(path):
    from forum_kit.vault import Vault

    return Vault.open(path, PASS)


def _with(path, fn):
    from forum_kit.vault import Vault

    v = Vault.open(path, PASS)
    try:
        with v.unit_of_work() as s:
            return fn(v, s)
    finally:
        v.lock()


def _throwaway(world: World, name: str) -> identity.Identity:
    """The identity of a vault made only for the test (a stranger)."""
    from forum_kit.vault import FAST_KDF, Vault

    vault = Vault.create(world.root / f"{name}-{new_uid()[:6]}.forumkit", PASS, kdf=FAST_KDF)
    try:
        return _identity(vault, name)
    finally:
        vault.lock()


def _sealed(kind: envelope.EnvelopeKind, plain: bytes, sender: identity.Identity,
            to: identity.Identity, created: dt.datetime) -> bytes:
    return envelope.seal_envelope(kind, plain, sender=sender,
                                  recipient_fingerprint=to.card.fingerprint,
                                  recipient_agreement_public=to.card.agreement_public,
                                  created=created)


def _stranger_copy(world: World, dan_path) -> bytes:
    """A copy sealed to Dan by a keeper Dan never trusted."""
    dan = _with(dan_path, lambda v, s: identity.ensure_identity(s, default_name=DAN, now=START))
    return _sealed(copies.COPY, b'{"format":"copy"}\n', _throwaway(world, "stranger"), dan, START)


def _keeper_identity(world: World) -> identity.Identity:
    return _with(world.keeper.path,
                 lambda v, s: identity.ensure_identity(s, default_name="Keeper Kim", now=START))


def _sealed_copy(world: World, steward_path, plain: bytes) -> bytes:
    me = _with(steward_path, lambda v, s: identity.ensure_identity(s, default_name="x", now=START))
    return _sealed(copies.COPY, plain, _keeper_identity(world), me, LATER)


def _older_copy(world: World, keeper_path) -> bytes:
    return _with(keeper_path, lambda v, s: copies.write_copy(
        s, member_id=world.member_ids[CHEN], now=START - dt.timedelta(days=1),
        default_name="Keeper Kim").data)


def _report_with(steward_path, name: str, now: dt.datetime, extra=None) -> bytes:
    def make(v, s):
        copy_row = s.execute(sa.text("SELECT id FROM chart_copies")).scalar_one()
        if extra is not None:
            extra(s, copy_row)
        return entries.write_report(s, copy_row_id=copy_row, now=now, default_name=name).data

    return _with(steward_path, make)


def _out_of_scope_report(world: World, bea_path) -> bytes:
    """Bea's report with an entry (forged past her app's checks) about a person outside her
    area, next to an ordinary one: refused whole."""
    outsider = _with(world.keeper.path, lambda v, s: s.execute(
        sa.select(Contact.uid).where(Contact.id == world.outsider_id)).scalar_one())

    def forge(s, copy_row):
        s.add(ChartEntry(copy_row_id=copy_row, uid=new_uid(), op="contact.set",
                         target_uid=outsider, created_at=START.replace(tzinfo=None),
                         data=json.dumps({"field": "phone", "base": "", "value": "0161 496 0999"}),
                         status="pending"))
        s.flush()

    return _report_with(bea_path, BEA, LATER, forge)


def _older_report(world: World, bea_path) -> bytes:
    return _report_with(bea_path, BEA, START - dt.timedelta(days=2))


def _report_from(world: World, path, name: str) -> bytes:
    """A report sealed to the keeper by a steward who is not on the committee."""
    me = _with(path, lambda v, s: identity.ensure_identity(s, default_name=name, now=START))
    return _sealed(entries.REPORT, b"{}", me, _keeper_identity(world), LATER)


def _report_to_stranger(world: World, bea_path) -> bytes:
    """Bea's report sealed to another keeper."""
    me = _with(bea_path, lambda v, s: identity.ensure_identity(s, default_name=BEA, now=START))
    return _sealed(entries.REPORT, b"{}", me, _throwaway(world, "other-keeper"), LATER)


# ----------------------------------------------------------------------------------- C-4/C-5


def test_c4_a_report_outside_the_scope_is_refused_whole(world):
    _opened(world, BEA, world.bea_copy)
    _opened(world, CHEN, world.chen_copy)
    outsider = _with_open(world.keeper, lambda s: s.execute(
        sa.select(Contact.uid).where(Contact.id == world.outsider_id)).scalar_one())
    hidden = _with_open(world.keeper, lambda s: s.execute(
        sa.select(Contact.uid).where(Contact.id == world.hidden_id)).scalar_one())
    bea_person = _with_open(world.keeper, lambda s: s.execute(
        sa.select(Contact.uid).where(Contact.uid.in_(world.copy_records(BEA)["contacts"]))
        .order_by(Contact.id)).scalars().first())

    def forged(op: str, target: str, data: dict, *, steward: str = BEA) -> bytes:
        def add(s, copy_row):
            s.execute(sa.update(ChartEntry).values(status="declined"))
            s.add(ChartEntry(copy_row_id=copy_row, uid=new_uid(), op=op, target_uid=target,
                             created_at=START.replace(tzinfo=None), data=json.dumps(data),
                             status="pending"))
            s.flush()

        vault = world.stewards[steward]
        vault.lock()
        try:
            return _report_with(vault.path, steward, LATER + dt.timedelta(hours=len(op)), add)
        finally:
            world.stewards[steward] = _reopen(vault.path)

    existing_talk = _with_open(world.keeper, lambda s: s.execute(
        sa.select(Conversation.uid).where(Conversation.contact_id == world.outsider_id)
    ).scalars().first())
    day = START.date().isoformat()
    talk = {"contact": outsider, "held_on": day, "agitate": "x"}
    cases = [
        # a one-on-one with someone outside Bea's area
        forged("conversation.add", new_uid(), talk),
        # a correction of a person outside it
        forged("contact.set", outsider, {"field": "phone", "base": "", "value": "0161 496 0999"}),
        # a sensitive person, for a steward without sensitive access
        forged("contact.set", hidden, {"field": "phone", "base": "", "value": "0161 496 0998"},
               steward=CHEN),
        # a "new" one-on-one that reuses the uid of one in the chart: an overwrite in disguise
        forged("conversation.add", existing_talk, {**talk, "contact": bea_person}),
    ]
    before = _counts(world.keeper)
    assert _report_refusals(world, cases) == [errors.ReportOutOfScope] * len(cases)
    assert _counts(world.keeper) == before


def _with_open(vault, fn):
    with vault.unit_of_work() as s:
        return fn(s)


def test_c5_nothing_applies_before_review_and_every_change_keeps_its_provenance(world):
    _opened(world, CHEN, world.chen_copy)
    # the forged entry of C-4 is out of the way
    _with_open(world.stewards[CHEN], lambda s: s.execute(sa.delete(ChartEntry)))
    chart = world.chart(CHEN)
    try:
        with world.stewards[CHEN].unit_of_work() as s, chart.unit_of_work() as c:
            people = c.execute(sa.select(Contact.id).order_by(Contact.id).limit(2)).scalars()\
                .all()
            for person in people:
                entries.log_one_on_one(s, c, copy_row_id=world.copy_rows[CHEN],
                                       contact_id=person, held_on=START.date(),
                                       texts={"plan": "Committee meeting"}, level=2, now=LATER)
    finally:
        chart.close()
    data = world.write_report(CHEN, LATER)
    before = _counts(world.keeper)
    received = world.receive(data, LATER)
    after = _counts(world.keeper)
    assert after["chart_reports"] == before["chart_reports"] + 1
    assert {k: v for k, v in after.items() if k != "chart_reports"} == \
        {k: v for k, v in before.items() if k != "chart_reports"}
    with world.keeper.unit_of_work() as s:
        plan = review.plan_review(s, received.report_row_id, today=LATER.date())
        review.apply_review(s, received.report_row_id,
                            {c.entry_uid: "accepted" for c in plan.changes if c.decidable},
                            now=LATER, default_name="Keeper Kim")
    with world.keeper.unit_of_work() as s:
        rows = s.execute(sa.text(
            "SELECT record_kind, reporter_name, report_ref, accepted_by FROM chart_provenance "
            "WHERE report_id = :r"), {"r": received.report_row_id}).all()
    assert sorted(r[0] for r in rows) == ["assessments"] * 2 + ["conversations"] * 2
    assert {(r[1], r[3]) for r in rows} == {(CHEN, "Keeper Kim")}
