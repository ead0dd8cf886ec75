"""A region named after a city's former name is the region, not the city (issue 16, web pages
round 5: "regiunea <old name>" shown as the renamed city).

Cities renamed after the regions named after them kept their old names (a Soviet region keeps
the name its capital dropped): the gazetteer lists the old name among the city's alternate names,
so a bare old name reads as the city. Where the text puts a division's word right before the name
(``division_words_before``: "regiunea X", "la région de X") or right after it (``division_words``:
"the X region", English ones in every Latin-script text), and the city goes by another name now
(its gazetteer name is another word, not the same name with another ending: more than
``EXONYM_EDITS`` letters and a third of the longer name apart, so "Moscova", "Valence" are still
the city's present name in the language), the mention is marked ``kind="region"``: linking keys
it by its name, never by the city's key. A region that shares its city's present name ("the
<City> region") is left to the city, as the press uses the two alike.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

import regex
from rapidfuzz.distance import Levenshtein

from storyline.model import Mention
from storyline.names.gazetteers import city
from storyline.names.keys import match_key
from storyline.names.parts import data_words
from storyline.names.script import is_latin

REGION = "region"
_BEFORE = regex.compile(r"(\p{L}+)(?:[ \t]+(?:de|di|du|da|do|of|del|della))?[ \t]+$")
_AFTER = regex.compile(r"[ \t]+(\p{L}+)")
REACH = 40  # characters read before the name for the division's word
EXONYM_EDITS = 3  # letters another language's name of a city may differ by ("Moscova", "Moscow")


@cache
def _before_words(lang: str | None) -> frozenset[str]:
    return frozenset(w.lower() for w in data_words(lang, "division_words_before"))


@cache
def _after_words(lang: str | None) -> frozenset[str]:
    return frozenset(
        w.lower() for w in (*data_words(lang, "division_words"), *data_words("en", "division_words"))
    )


def former_city_regions(text: str, mentions: list[Mention], lang: str | None) -> list[Mention]:
    """``mentions`` with each place that a division's word marks as a region named after a
    renamed city's old name marked ``kind="region"`` (see the module's doc)."""
    return [replace(m, kind=REGION) if _region_of_old_name(text, m, lang) else m for m in mentions]


def _region_of_old_name(text: str, m: Mention, lang: str | None) -> bool:
    if m.type != "LOC" or m.kind is not None:
        return False
    base = m.base or m.text
    hit = city(base, lang)
    if hit is None or not another_word(match_key(hit[1]), match_key(base, lang)):
        return False  # no city, or the city's present name: "the <City> region" is left to it
    before = _BEFORE.search(text, max(0, m.start - REACH), m.start)
    if before is not None and before.group(1).lower() in _before_words(lang):
        return True
    after = _AFTER.match(text, m.end)
    latin = is_latin(m.text)
    return after is not None and after.group(1).lower() in (
        _after_words(lang) if latin else _before_words(lang)
    )


def another_word(now: str, old: str) -> bool:
    """The two keys are two names, not one name's spellings (see the module's doc)."""
    edits = Levenshtein.distance(now, old)
    return edits > EXONYM_EDITS and 3 * edits > max(len(now), len(old))
