""" "<noun> de <City>" read as a person "de <City>" is the city (audit round 36 S1).

A tagger takes a name particle and a capitalised word for a surname ("de <Surname>"), so "the fire
chief of <City>" ("o chefe dos bombeiros de <City>") gives a person "de <City>", and the figures
credit that "person" as their source. A person's mention whose first word is in small letters
and whose other words are a large city (``names.concepts.PEOPLE_CITY`` people or more) or a
country, right after a word in small letters (a title or a common noun: no given name there), is
the place: the particle is a preposition. Surnames made of a town's name ("de <Town>") are of
small towns or come after a given name, and are left.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import regex

from storyline.model import Mention
from storyline.names.concepts import PEOPLE_CITY
from storyline.names.gazetteers import city_population, place_key

PERSON = "PER"
PLACE = "LOC"
_FIRST = regex.compile(r"(\p{Ll}+)[ \u00a0]+(?=\p{Lu})")
_SMALL_WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])\p{Ll}[\p{Ll}\p{M}]*[ \u00a0]+$")
LOOK_BACK = 40  # characters: a word before the particle


def particle_places(text: str, mentions: list[Mention], rebase: Callable[[str, str], str]) -> list[Mention]:
    """``mentions`` with each "de <large city>" typed as a person made the city."""
    out = []
    for m in mentions:
        first = _FIRST.match(m.text) if m.type == PERSON else None
        if first is not None:
            rest = m.text[first.end() :]
            before = text[max(0, m.start - LOOK_BACK) : m.start]
            if _large_place(rest) and _SMALL_WORD_BEFORE.search(before):
                m = replace(m, start=m.start + first.end(), text=rest, type=PLACE, base=rebase(rest, PLACE))
        out.append(m)
    return out


def _large_place(name: str) -> bool:
    key = place_key(name)
    if key is None:
        return False
    if key.startswith("country:"):
        return True
    kind, _, geoid = key.partition(":")
    return kind == "city" and geoid.isdigit() and city_population().get(int(geoid), 0) >= PEOPLE_CITY
