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

MIN_TOWN = 1_000  # geonames' smallest table with its own file that still reads in a second


@cache
def _home_names(lang: str) -> frozenset[str]:
    """The names of the towns and subdivisions of ``lang``'s home countries, marks and case kept."""
    import pycountry

    homes = home_countries(lang)
    names = {c["name"] for c in geonames_cities(MIN_TOWN) if c["countrycode"] in homes}
    for code in homes:
        names.update(s.name for s in pycountry.subdivisions.get(country_code=code) or ())
    return frozenset(names)


def home_place(name: str, lang: str) -> bool:
    """Whether ``name`` is, letter for letter, a town's or a subdivision's own name in a country
    whose first language is ``lang``."""
    return bool(lang) and name in _home_names(lang)
