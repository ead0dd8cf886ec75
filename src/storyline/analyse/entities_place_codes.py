"""A place's three-letter code in brackets right after it is the place's (ents74 dev sample).

"во Флоренции (FLR)", "w Krakowie (KRK)": an airport's or a region's code after the place it
names. The letters are no initials of the place's words (``entities_brackets`` reads those), so the
tagger reads the code on its own, most often as an organisation; BSNLP's gold types such codes
after a place as places (14 of 16 in the five topics; the two others follow an organisation or a
country's abbreviation, "США (FDA)", which this leaves alone). Only three capitals, right after a
place written with small letters that a preposition of place opens (``place_prepositions`` of
``lang/entities/<lang>.toml``: "в", "w"): a place at the end of a body's name the tagger cut
("stranou Rakouska (FPÖ)", "Hydrografii (BSH)") gives the body's code, not its own. Only a code
the tagger typed as a body.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

import regex

from storyline.model import Mention
from storyline.names.parts import data_words

_CODE = regex.compile(r"[ \t]*\((\p{Lu}{3})\)")
_WORD_BEFORE = regex.compile(r"(\p{L}+)[ \t]+$")


@cache
def _prepositions(lang: str) -> frozenset[str]:
    return frozenset(data_words(lang, "place_prepositions"))


def after_place_preposition(text: str, m: Mention, lang: str | None) -> bool:
    """A preposition of place (``place_prepositions``) right before the mention."""
    found = _WORD_BEFORE.search(text, max(0, m.start - 20), m.start)
    return bool(lang) and found is not None and found.group(1).lower() in _prepositions(lang or "")


def codes_as_places(text: str, mentions: list[Mention], lang: str | None) -> list[Mention]:
    """``mentions`` (sorted) with a code in brackets after a place typed as that place's kind."""
    codes: dict[tuple[int, int], Mention] = {}
    for m in mentions:
        found = _CODE.match(text, m.end)
        if (
            found
            and m.type == "LOC"
            and m.kind is None
            and not m.text.isupper()
            and after_place_preposition(text, m, lang)
        ):
            codes[found.span(1)] = m
    if not codes:
        return mentions
    return [
        replace(m, type="LOC") if (m.start, m.end) in codes and m.type == "ORG" and m.kind is None else m
        for m in mentions
    ]
