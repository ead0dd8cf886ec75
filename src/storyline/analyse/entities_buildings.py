"""A name that ends in a building's English head noun ("<X> City Hall", "<X> Arena") names the
building, a place: taggers and the rules type it as an organisation or a person (issue 16).
BSNLP's gold types such names LOC ("Westminster Hall", "Tauron Arena"); an attack at a concert
hall happens at a place. The head nouns are ``building_heads`` of ``lang/entities/common.toml``:
English names turn up as written in every language's text.

A body's name right after the language's lower-case word for a building (``building_words`` of
``lang/entities/<lang>.toml``: "в концертном зале X", in the concert hall X; "the hotel X") is the
building's, a place (web pages rounds 1 and 3: a concert hall typed ORG twice). Only a name as
written (its base form the same): one in an oblique case after the noun is its owner ("в зале
Госдумы", in the Duma's hall), a body.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from storyline.model import Mention
from storyline.names.parts import data_words
from storyline.names.script import is_latin

RETYPED = ("ORG", "PER")


@cache
def _heads() -> frozenset[str]:
    return frozenset(data_words("common", "building_heads"))


def buildings_as_places(
    mentions: list[Mention], text: str | None = None, lang: str | None = None
) -> list[Mention]:
    """``mentions`` with every name of two words or more ending in a building head typed LOC;
    with ``text``, a name cut in two before such a name is joined first (``joined_venues``), and
    a body named right after a building's word (with ``lang``) is the building."""
    out = []
    for m in joined_venues(text, mentions) if text is not None else mentions:
        if text is not None and m.type == "ORG" and _after_building_word(text, m, lang):
            m = replace(m, type="LOC")
        if m.type in RETYPED and building_named(m.text):
            m = replace(m, type="LOC")
        out.append(m)
    return out


def building_named(surface: str) -> bool:
    """A name of two words or more whose last is a building's head noun, capitalised as a
    name's head is ("the town hall" is no name's end)."""
    words = surface.split()
    return len(words) >= 2 and words[-1][:1].isupper() and words[-1].lower() in _heads()


_WORD_BEFORE = re.compile(r"(\w+)[ \t]+[«„“\"']?$")


@cache
def _building_words(lang: str) -> frozenset[str]:
    return frozenset(data_words(lang, "building_words"))


def _after_building_word(text: str, m: Mention, lang: str | None) -> bool:
    """ "концертном зале X": a lower-case building word right before a name as written."""
    if not lang or (m.base or m.text) != m.text:
        return False
    found = _WORD_BEFORE.search(text, max(0, m.start - 30), m.start)
    return found is not None and found.group(1).islower() and found.group(1) in _building_words(lang)


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
