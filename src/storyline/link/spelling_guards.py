"""What a spelling match alone may not join (``EntityIndex``: found by letters, sound or
consonants, not by a name, an alias or a gazetteer key).

A likeness of letters says that two names may be one name spelled two ways; it says nothing
against what else is known of them:
- the gazetteer: a mention it knows as one place is not an entity whose names it knows only as
  other places (a city is not the country whose name its letters resemble, nor another city);
- the gazetteer again, for a one-word place it does not know: an entity whose names it knows
  only as towns of other countries than the mention's language's is a foreign town, which a
  language writes by a name the gazetteer holds (its own exonym or the town's), not by a word
  whose letters are near one (Czech "Karlov", a square's adjective cut from its noun, is not
  Slovene "Karlovec", the Croatian town). A town of the language's own country keeps its
  spelling matches: a case form the lemmatizer missed is most often a home town's;
- two entities at once: a mention found alike to two entities bridges them, so one mention
  would merge two whole things. Where some of them were typed as the mention is and others
  never were, the mention is of the kind it shares (an adjective typed as an organisation,
  alike both to a party's members and to a place of a similar stem, is the party's).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from functools import cache

import icu

from storyline.link.places import city_country
from storyline.names import place_key


def known_places(names: Mapping[str, Counter[str]]) -> set[str]:
    """The gazetteer keys of an entity's names (language → base form → count)."""
    return {key for lang, counted in names.items() for name in counted if (key := place_key(name, lang))}


def elsewhere(place: str, names: Mapping[str, Counter[str]]) -> bool:
    """An entity whose names the gazetteer knows as places, none of them ``place``."""
    places = known_places(names)
    return bool(places) and place not in places


def foreign_town(base: str, lang: str | None, names: Mapping[str, Counter[str]]) -> bool:
    """A one-word mention the gazetteer does not know, ``names`` those of an entity the gazetteer
    knows only as towns, none of them in the country of the mention's language."""
    home = _home_country(lang)
    if home is None or len(base.split()) != 1 or place_key(base, lang) is not None:
        return False
    places = known_places(names)
    if not places or not all(p.startswith("city:") for p in places):
        return False
    return all(city_country(int(p[5:])) not in (home, None) for p in places)


@cache
def _home_country(lang: str | None) -> str | None:
    """The country a language is most likely written in (ICU's likely subtags: cs → CZ)."""
    if not lang:
        return None
    return icu.Locale.addLikelySubtags(icu.Locale(lang)).getCountry() or None


def typed_as(etype: str, found: Iterable[str], types: Mapping[str, Counter[str]]) -> list[str]:
    """Of several entities found by spelling (``types``: entity id → its counted types), those
    typed ``etype``, when some are and some are not; else all of them."""
    found = list(found)
    if len(set(found)) < 2:
        return found
    alike = [e for e in found if types[e][etype]]
    return alike or found
