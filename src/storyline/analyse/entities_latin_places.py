"""A "place" written in Latin letters inside a Cyrillic text is a body, unless it is a known place.

Ukrainian, Russian and Bulgarian news write places in their own letters ("Ліон", not "Lyon") and
keep the Latin spelling for what a brand or a body spells so itself: a drug maker, an airline, a
project company, an outlet. A tagger that never saw such a firm reads a one-word Latin name ending
as Slavic and Italian towns do ("Nordvena", "Holmbia") as a town. Annotated news in these languages
types a Latin-script name a place a handful of times in thousands (and those are the gazetteer's
countries: "Germany" in a quoted English sentence), so where the language says so
(``latin_places_known_only`` in ``lang/entities/<lang>.toml``) a Latin-script "place" no gazetteer
knows (``names.is_place``) in a passage written mostly in Cyrillic becomes an organisation (not
a place's code in brackets after "во <City>", which ``entities_place_codes`` typed a place). So
does a one-word Latin-script "person" where the language says so (``latin_people_as_bodies``):
the tagger reads a firm after a country's adjective ("итальянская <Firm>") as a woman; annotated
Russian news has 9 such people of 1,900 one-word Latin names outside brackets (forum nicknames),
Ukrainian and Bulgarian none. A name ending in a building's English head noun ("<X> Villa",
"<X> Arena") is the building's, a place (``entities_buildings``; web pages round 11: a residential
complex shown ORG).
"""

from __future__ import annotations

from dataclasses import replace

from storyline.analyse.entities_buildings import building_named
from storyline.analyse.entities_place_codes import after_place_preposition
from storyline.model import Mention
from storyline.names import is_place
from storyline.names.parts import entity_data
from storyline.names.script import is_latin, script

SAMPLE = 400  # letters of the passage that decide its script


def latin_places_as_bodies(
    text: str, mentions: list[Mention], lang: str | None, bounds: tuple[int, int]
) -> list[Mention]:
    """``mentions`` with each unknown Latin-script place of a Cyrillic passage typed ORG, and where
    the language says so each one-word Latin-script "person" too."""
    data = entity_data(lang) if lang else {}
    places, people = bool(data.get("latin_places_known_only")), bool(data.get("latin_people_as_bodies"))
    if not places and not people:
        return mentions
    if not any(m.type in ("LOC", "PER") and is_latin(m.text) for m in mentions):
        return mentions
    start, end = bounds
    letters = "".join(ch for ch in text[start:end] if ch.isalpha())[:SAMPLE]
    if script(letters) != "CYRILLIC":
        return mentions
    codes = _place_codes(text, mentions, lang)
    return [
        replace(m, type="ORG")
        if (places and _unknown_place(text, m) and (m.start, m.end) not in codes)
        or (people and _lone_person(text, m))
        else m
        for m in mentions
    ]


def _unknown_place(text: str, m: Mention) -> bool:
    return (
        m.type == "LOC"
        and m.kind != "adjective"
        and is_latin(m.text)
        and not is_place(m.text)
        and not is_place(m.base or "")
        and not building_named(m.text)
    )


def _lone_person(text: str, m: Mention) -> bool:
    """One Latin-script word typed a person, not the original spelling in brackets after a name
    ("<Surname> (<Latin surname>)"): Cyrillic news writes people in its own letters."""
    return (
        m.type == "PER"
        and not m.kind
        and " " not in m.text.strip()
        and is_latin(m.text)
        and text[m.start - 1 : m.start] != "("
    )


def _place_codes(text: str, mentions: list[Mention], lang: str | None) -> set[tuple[int, int]]:
    """Codes in capitals in brackets right after a place that a preposition of place opens ("во
    <City> (ABC)"): the place's own code, which ``entities_place_codes`` typed a place. Not after a
    country's name alone ("<Country> (ABC)" names a body of it)."""
    places = {m.end: m for m in mentions if m.type == "LOC"}
    out = set()
    for m in mentions:
        if not (m.text.isupper() and text[m.start - 1 : m.start] == "(" and text[m.end : m.end + 1] == ")"):
            continue
        before = m.start - 1
        while before > 0 and text[before - 1] in " \t":
            before -= 1
        place = places.get(before)
        if place is not None and after_place_preposition(text, place, lang):
            out.add((m.start, m.end))
    return out
