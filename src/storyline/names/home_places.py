"""The own names of the small places of a language's home countries, as those countries write
them: geonames' towns of a thousand people or more, and the ISO 3166-2 subdivisions pycountry
ships (Slovenia's 212 municipalities, Czech districts and regions, Croatian counties).

A one-word place the press of its own country writes as one of these names is that place in the
nominative, though its ending reads like a case of another word ("Bloke", a Slovene municipality,
is no genitive of "Bloka"): the city table (``gazetteers.cities``) holds only towns of 15,000 people
and more, and no municipality that is no town.
"""

from __future__ import annotations

from functools import cache

from storyline.names.gazetteers import geonames_cities, home_countries
from storyline.table_cache import stored_table

MIN_TOWN = 1_000  # geonames' smallest table with its own file that still reads in a second


@stored_table
def _home_names(lang: str) -> frozenset[str]:
    """The names of the towns and subdivisions of ``lang``'s home countries, marks and case kept."""
    homes = home_countries(lang)
    names = {c["name"] for c in geonames_cities(MIN_TOWN) if c["countrycode"] in homes}
    return frozenset(names | set(_subdivisions(lang)))


def home_place(name: str, lang: str) -> bool:
    """Whether ``name`` is, letter for letter, a town's or a subdivision's own name in a country
    whose first language is ``lang``."""
    return bool(lang) and name in _home_names(lang)


@cache
def _subdivisions(lang: str) -> tuple[str, ...]:
    """The ISO 3166-2 subdivision names of ``lang``'s home countries."""
    import pycountry

    return tuple(
        s.name
        for code in sorted(home_countries(lang))
        for s in pycountry.subdivisions.get(country_code=code) or ()
    )


def region_of_adjective(base: str, lang: str | None) -> str | None:
    """The one subdivision of ``lang``'s home countries named by ``base`` and a noun in small letters
    after it ("Plzeňský" → "Plzeňský kraj", Croatian "Istarska" → "Istarska županija"), else None: a
    region's adjective said alone in a list that shares the noun ("v Plzeňském a Olomouckém kraji")
    is shown as the region's name."""
    if not lang or " " in base or not base[:1].isupper():
        return None
    hits = [
        name
        for name in _subdivisions(lang)
        if name.startswith(base + " ") and (rest := name[len(base) + 1 :]).isalpha() and rest.islower()
    ]
    return hits[0] if len(hits) == 1 else None
