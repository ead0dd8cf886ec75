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
from storyline.names.script import is_latin

RETYPED = ("ORG", "PER")


@cache
def _heads() -> frozenset[str]:
    return frozenset(data_words("common", "building_heads"))


def buildings_as_places(mentions: list[Mention], text: str | None = None) -> list[Mention]:
    """``mentions`` with every name of two words or more ending in a building head typed LOC;
    with ``text``, a name cut in two before such a name is joined first (``joined_venues``)."""
    out = []
    for m in joined_venues(text, mentions) if text is not None else mentions:
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


MAX_LEAD_WORDS = 3  # capitalised words of a venue's own name before "<City Hall>"


def joined_venues(text: str, mentions: list[Mention]) -> list[Mention]:
    """A building's name cut in two ("Crocus" ORG, "City Hall" LOC, for "<X> City Hall"): one
    name, the building's. The part before must be Latin-script capitalised words right before
    the second part (one space between), as the building's English head is: a name in the text's
    own script, inflected or in lower case before it is something else ("w Moskwie City Hall")."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and _venue_tail(m) and _venue_lead(prev) and text[prev.end : m.start] == " ":
            whole = text[prev.start : m.end]
            out[-1] = replace(prev, end=m.end, text=whole, base=whole, type="LOC")
            continue
        out.append(m)
    return out


def _capitalised(words: list[str]) -> bool:
    return all(w[:1].isupper() and is_latin(w) for w in words)


def _venue_tail(m: Mention) -> bool:
    words = m.text.split()
    return (
        len(words) >= 2
        and _capitalised(words)
        and all(w.isascii() for w in words)
        and words[-1].lower() in _heads()
    )


def _venue_lead(m: Mention) -> bool:
    """Capitalised Latin words as written, uninflected: a name in an oblique case ("w Kiranowie")
    is the text's own, a place the building stands in."""
    words = m.text.split()
    return (
        1 <= len(words) <= MAX_LEAD_WORDS
        and _capitalised(words)
        and m.type != "PER"
        and (m.base or m.text) == m.text
    )
