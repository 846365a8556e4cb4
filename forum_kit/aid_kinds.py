"""The kinds of mutual aid and their words, for screens, documents and exports alike.

Kept apart from ``forum_kit.models.mutual_aid`` (which re-exports both) so that a document or a
command's ``--help`` can name the kinds without loading SQLAlchemy and the models.
"""

from __future__ import annotations

from enum import StrEnum

from forum_kit.i18n import N_

__all__ = ["KIND_WORDS", "AidKind"]


class AidKind(StrEnum):
    FOOD = "food"
    CHILDCARE = "childcare"
    TRANSPORT = "transport"
    REPAIRS = "repairs"
    TRANSLATION = "translation"
    MONEY = "money"  # from the solidarity fund
    PLACE_TO_STAY = "place_to_stay"
    OTHER = "other"


KIND_WORDS: dict[str, str] = {
    "food": N_("Food"),
    "childcare": N_("Childcare"),
    "transport": N_("Transport / lifts"),
    "repairs": N_("Repairs"),
    "translation": N_("Translation"),
    "money": N_("Money (solidarity fund)"),
    "place_to_stay": N_("A place to stay"),
    "other": N_("Other"),
}
