"""Public holidays of a country (and region) for a contract's holiday calendar, from the maintained
``holidays`` package (pinned in pyproject): a steward chooses country, subdivision and year in the
contract editor and gets the dated list to keep, edit or trim, so that a deadline no longer falls
on 25 December without anyone noticing. Nothing here is stored: the contract keeps the dates it
was given (``services.contracts``), as the deadline engine reads them.

The package is imported on first use (about 0.3 s), never when the program starts.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Any

from forum_kit.errors import InvalidInput
from forum_kit.i18n import _

NAME_LIMIT = 120  # a contract holiday's name (services.contracts)
FIRST_YEAR, LAST_YEAR = 1950, 2100


def _lib() -> Any:
    import holidays

    return holidays


@lru_cache(maxsize=1)
def countries() -> tuple[tuple[str, str], ...]:
    """(ISO 3166 alpha-2 code, English name) of every country the package knows, by name."""
    registry = _lib().registry.COUNTRIES
    out = {}
    for module, entry in registry.items():
        code = entry[1]
        if len(code) == 2 and code.isalpha():
            out[code] = module.replace("_", " ").title()
    return tuple(sorted(out.items(), key=lambda item: item[1]))


@lru_cache(maxsize=64)
def subdivisions(country: str) -> tuple[tuple[str, str], ...]:
    """(code, label) of the country's subdivisions (states, regions), or () when it has none."""
    calendar = _calendar(country, None)
    names = {code: name for name, code in getattr(calendar, "subdivisions_aliases", {}).items()}
    return tuple(
        (code, f"{names[code]} ({code})" if code in names else code)
        for code in calendar.subdivisions
    )


def _calendar(country: str, subdivision: str | None, years: int | None = None) -> Any:
    if not isinstance(country, str) or country not in dict(countries()):
        raise InvalidInput(_("Choose a country from the list."))
    lib = _lib()
    try:
        return lib.country_holidays(
            country, subdiv=subdivision or None, years=years if years is not None else []
        )
    except NotImplementedError:
        raise InvalidInput(
            _("That region is not one of the country's; choose one from the list.")
        ) from None


def public_holidays(country: str, subdivision: str | None, year: int) -> list[tuple[date, str]]:
    """The public holidays of ``country`` (and ``subdivision``) in ``year``, by date."""
    if isinstance(year, bool) or not isinstance(year, int) or not FIRST_YEAR <= year <= LAST_YEAR:
        raise InvalidInput(_("The year must be between {FIRST_YEAR} and "
                             "{LAST_YEAR}.").format(FIRST_YEAR=FIRST_YEAR, LAST_YEAR=LAST_YEAR))
    if subdivision and subdivision not in dict(subdivisions(country)):
        raise InvalidInput(_("That region is not one of the country's; choose one from the list."))
    calendar = _calendar(country, subdivision, year)
    return sorted((day, name[:NAME_LIMIT]) for day, name in calendar.items() if day.year == year)
