"""Small builders shared by the tests of issue 19 (neighbourhoods, mutual aid, ledgers, care):
a place with a tree of areas and a few members, made through the services."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from forum_kit.services import contacts as contacts_s
from forum_kit.services import workplaces as workplaces_s

TODAY = dt.date(2026, 3, 31)
# Names from several scripts: whatever a steward types must survive every screen and paper.
NAMES = (
    ("Zoë", "Ŋgema"),
    ("Şêrko", "Aydın"),
    ("Agustín", "Muñoz"),
    ("Łucja", "Żółkiewska"),
    ("Đặng", "Thị Hương"),
    ("Oyèkúnlé", "Adébáyọ̀"),
    ("Hélène", "Brûlé"),
    ("Jürgen", "Übel"),
    ("Ioana", "Popescu"),
    ("Νίκος", "Παπαδόπουλος"),
    ("Олена", "Коваленко"),
    ("Amaka", "Obi"),
)


@dataclass
class Place:
    id: int
    streets: list[int]
    buildings: list[int]
    people: list[int]


def make_place(
    session,
    *,
    name: str = "Canal Street estate",
    kind: str = "neighbourhood",
    people: int = 8,
    today: dt.date = TODAY,
) -> Place:
    """A place with two top areas (streets), a building under each, and ``people`` members
    spread over the buildings."""
    wp = workplaces_s.add_workplace(
        session, name=name, today=today - dt.timedelta(days=400), kind=kind
    )
    streets, buildings = [], []
    for i, street in enumerate(("Canal Street", "Mill Lane")):
        s = workplaces_s.add_area(
            session,
            workplace_id=wp.id,
            name=street,
            kind="street" if kind == "neighbourhood" else "department",
        )
        b = workplaces_s.add_area(
            session,
            workplace_id=wp.id,
            name=f"Block {i + 1}",
            kind="building" if kind == "neighbourhood" else "shift",
            parent_id=s.id,
        )
        streets.append(s.id)
        buildings.append(b.id)
    ids = []
    for i in range(people):
        first, last = NAMES[i % len(NAMES)]
        c = contacts_s.add_contact(
            session,
            workplace_id=wp.id,
            area_id=buildings[i % 2],
            first_name=first,
            last_name=f"{last} {i}" if i >= len(NAMES) else last,
            today=today - dt.timedelta(days=399),
        )
        ids.append(c.id)
    return Place(wp.id, streets, buildings, ids)
