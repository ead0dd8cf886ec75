"""A place's three-letter code in brackets right after it is the place's (ents74 dev sample).

"во Флоренции (FLR)", "w Krakowie (KRK)": an airport's or a region's code after the place it
names. The letters are no initials of the place's words (``entities_brackets`` reads those), so the
tagger reads the code on its own, most often as an organisation; BSNLP's gold types such codes
after a place as places (14 of 16 in the five topics; the two others follow an organisation or a
country's abbreviation, "США (FDA)", which this leaves alone). Only three capitals, right after a
place written with small letters, and a code the tagger typed as a body.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from storyline.model import Mention

_CODE = regex.compile(r"[ \t]*\((\p{Lu}{3})\)")


def codes_as_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` (sorted) with a code in brackets after a place typed as that place's kind."""
    codes: dict[tuple[int, int], Mention] = {}
    for m in mentions:
        found = _CODE.match(text, m.end)
        if found and m.type == "LOC" and m.kind is None and not m.text.isupper():
            codes[found.span(1)] = m
    if not codes:
        return mentions
    return [
        replace(m, type="LOC") if (m.start, m.end) in codes and m.type == "ORG" and m.kind is None else m
        for m in mentions
    ]
