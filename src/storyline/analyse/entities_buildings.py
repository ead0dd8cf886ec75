"""A name that ends in a building's English head noun ("<X> City Hall", "<X> Arena") names the
building, a place: taggers and the rules type it as an organisation or a person (issue 16).
BSNLP's gold types such names LOC ("Westminster Hall", "Tauron Arena"); an attack at a concert
hall happens at a place. The head nouns are ``building_heads`` of ``lang/entities/common.toml``:
English names turn up as written in every language's text."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from storyline.model import Mention
from storyline.names.parts import data_words

RETYPED = ("ORG", "PER")


@cache
def _heads() -> frozenset[str]:
    return frozenset(data_words("common", "building_heads"))


def buildings_as_places(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with every name of two words or more ending in a building head typed LOC."""
    out = []
    for m in mentions:
        words = m.text.split()
        # capitalised, as a name's head is: "the town hall" is no name's end
        if (
            m.type in RETYPED
            and len(words) >= 2
            and words[-1][:1].isupper()
            and words[-1].lower() in _heads()
        ):
            m = replace(m, type="LOC")
        out.append(m)
    return out
