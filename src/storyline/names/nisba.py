"""A country's people written as one adjective-noun (Arabic nisba: "كندي", a Canadian).

Arabic names a country's man, woman or people with the country's stem and an ending
("كندا" → "كندي", "سوريا" → "سوري", "مصر" → "مصري"): the language's ``nisba_endings`` after the
country's name less one of its ``nisba_drops`` ("ا", "يا", "ة", or nothing). Such a word may
spell a town's name as well (a city in the gazetteer with the same letters), and a list of
passengers by nationality is no list of towns: the word is a people, no place.
"""

from __future__ import annotations

from functools import cache

from storyline.names.gazetteers import countries, fold
from storyline.names.parts import data_words

MIN_STEM = 2  # letters of a country's stem ("مصر" is three)


@cache
def _nisbas(lang: str) -> frozenset[str]:
    endings = [fold(e) for e in data_words(lang, "nisba_endings")]
    if not endings:
        return frozenset()
    drops = ["", *(fold(d) for d in data_words(lang, "nisba_drops"))]
    out: set[str] = set()
    for name in countries():
        if " " in name:
            continue
        for drop in drops:
            if name.endswith(drop) and len(name) - len(drop) >= MIN_STEM:
                stem = name[: len(name) - len(drop)] if drop else name
                out |= {stem + e for e in endings}
    return frozenset(out - set(countries()))


def country_nisba(word: str, lang: str | None) -> bool:
    """Whether a folded word is a country's people in the language's nisba form."""
    return bool(lang) and word in _nisbas(lang or "")
