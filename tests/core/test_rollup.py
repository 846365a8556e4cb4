"""The council roll-up queries over rows as an import leaves them: items matched across forums,
totals over top-level areas only, latest figures per forum, points over time."""

from __future__ import annotations

import datetime as dt

from forum_kit.models.enums import BodyKind
from forum_kit.models.federation import (
    ReceivedBundle,
    RollupCount,
    RollupFigure,
    RollupMandate,
    TrustedPeer,
)
from forum_kit.queries import rollup

D1 = dt.date(2026, 3, 1)
D2 = dt.date(2026, 4, 1)
MEETING = dt.date(2026, 3, 10)


def _peer(session, n: int) -> tuple[int, int]:
    peer = TrustedPeer(
        name=f"Peer {n}", kind=BodyKind.FORUM, signing_public=bytes([n]) * 32,
        agreement_public=bytes([n]) * 32, fingerprint=bytes([n]) * 20, added_on=D1,
    )
    session.add(peer)
    session.flush()
    received = ReceivedBundle(
        bundle_id=bytes([n]) * 16, peer_id=peer.id, forum_name=f"Forum {n}",
        created_at=dt.datetime(2026, 3, 2), imported_at=dt.datetime(2026, 3, 2),
        meeting_date=MEETING,
    )
    session.add(received)
    session.flush()
    return peer.id, received.id


def _figure(peer, received, forum, as_of, area, head, sup, top=True, members=1):
    return RollupFigure(
        peer_id=peer, received_id=received, forum_name=forum, as_of=as_of, position=0,
        area_name=area, depth=0 if top else 1, top=top, headcount=head, supporters=sup,
        supporters_pct=100 * sup / head, committee_members=members, target_members=head // 10,
        one_on_ones_90d=0, open_grievances=0, last_test_pct=None,
    )


def _mandate(peer, received, forum, ordinal, title, instruction):
    return RollupMandate(
        peer_id=peer, received_id=received, forum_name=forum, meeting_date=MEETING,
        item_ordinal=ordinal, item_title=title, instruction=instruction,
    )


def test_rollup_queries(session):
    (p1, r1), (p2, r2), (p3, r3) = (_peer(session, n) for n in (1, 2, 3))
    session.add_all(
        [
            _mandate(p1, r1, "Forum 1", 1, "Pay claim", "for"),
            _mandate(p2, r2, "Forum 2", 1, "pay  CLAIM", "for"),
            _mandate(p3, r3, "Forum 3", 1, "Pay claim", "free"),
            _mandate(p1, r1, "Forum 1", 2, "Merger", "against"),
            _mandate(p2, r2, "Forum 2", 2, "Merger", "abstain"),
            _figure(p1, r1, "Forum 1", D1, "Depot", 100, 20),
            _figure(p1, r1, "Forum 1", D1, "Depot nights", 40, 10, top=False),
            _figure(p1, r1, "Forum 1", D2, "Depot", 110, 55, members=5),
            _figure(p1, r1, "Forum 1", D2, "Depot nights", 40, 30, top=False, members=2),
            _figure(p2, r2, "Forum 2", D1, "Ward", 50, 10),
            RollupCount(peer_id=p1, received_id=r1, as_of=D2, kind="issue", label="pay", count=3),
            RollupCount(peer_id=p2, received_id=r2, as_of=D1, kind="issue", label="pay", count=2),
            RollupCount(
                peer_id=p2, received_id=r2, as_of=D1, kind="grievance", label="open/group", count=1
            ),
        ]
    )
    session.flush()

    tally = rollup.mandate_tally(session, meeting_date=MEETING)
    assert [(t.ordinal, t.for_, t.against, t.abstain, t.free) for t in tally] == [
        (1, 2, 0, 0, 1),
        (2, 0, 1, 1, 0),
    ]
    assert tally[0].item_title == "Pay claim"
    assert [f.forum for f in tally[0].forums] == ["Forum 1", "Forum 2", "Forum 3"]
    assert rollup.mandate_tally(session, meeting_date=D2) == []

    by_forum = rollup.figures_by_forum(session)
    rows = [(f.forum, f.as_of, f.headcount, f.supporters, f.committee_members) for f in by_forum]
    # Forum 2's one committee member is fewer than 5: hidden, and Forum 1's 5 with it, or the
    # total (6) less Forum 1's would give it back.
    assert rows == [
        ("Forum 1", D2, 110, 55, None),
        ("Forum 2", D1, 50, 10, None),
    ]
    assert by_forum[0].supporters_pct == 50.0
    total = rollup.figures_total(session)
    assert (total.headcount, total.supporters, total.as_of) == (160, 65, D1)
    assert total.committee_members == 6
    # 3 and 2 one-on-ones about pay: each fewer than 5 and no larger part to hide them with,
    # so the sum is not shown either.
    assert total.issues == (("pay", None),)
    assert total.grievances == (("open/group", None),)

    points = rollup.figures_over_time(session, forum="Forum 1")
    assert [(p.as_of, p.headcount, p.supporters) for p in points] == [(D1, 100, 20), (D2, 110, 55)]
    assert len(rollup.figures_over_time(session)) == 3
    assert [r.forum for r in rollup.received_bundles(session)] == ["Forum 3", "Forum 2", "Forum 1"]


def test_empty_rollup(session):
    assert rollup.mandate_tally(session) == []
    assert rollup.figures_by_forum(session) == []
    total = rollup.figures_total(session)
    assert (total.headcount, total.as_of, total.supporters_pct) == (0, None, 0.0)
    assert rollup.delegates_by_forum(session) == []
