"""A body's abbreviation and the place it serves, "<ABBR> <Country>", is one organisation.

A broadcaster, an operator, a club is named by its abbreviation and the country or town it
serves, in the nominative: "<ABBR> <Country>" (the national broadcaster), "<A1> <Country>" (an
operator's branch), "<KK> <Town>" (a basketball club). A tagger reads the abbreviation as one
name (or misses it) and the place as another. The Slovene gold marks the two words one
organisation (11 times of 11 where the place is in the nominative; a place in another case after
an abbreviation is a name of its own: "<EU> <Country-accusative>", the Union and a country).

So where the language says so (``abbreviated_branches`` in ``lang/entities/<lang>.toml``), an
abbreviation in capitals (a digit too, as in "A1"), no known place, with one space before a
one-word place in the nominative (its base form is the word as written) that a gazetteer knows,
is one organisation with it; the mentions of the two words are dropped.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from storyline.model import Mention
from storyline.names import is_place
from storyline.names.parts import entity_data

BODY = "ORG"
_ABBREVIATION = regex.compile(r"(?<![\p{L}\p{N}.-])(\p{Lu}[\p{Lu}\p{N}]{1,4}) $")
_LETTERS = regex.compile(r"\p{Lu}")


def abbreviated_branches(
    text: str, mentions: list[Mention], lang: str | None, rebase: Callable[[str, str], str]
) -> list[Mention]:
    """``mentions`` with each "<ABBR> <Place>" (the module's doc) as one organisation."""
    if not lang or not entity_data(lang).get("abbreviated_branches"):
        return mentions
    out = list(mentions)
    for place in mentions:
        if place.type != "LOC" or place.kind or " " in place.text or "-" in place.text:
            continue
        if not is_place(place.text) or rebase(place.text, "LOC") != place.text:
            continue  # another case than the nominative: "<EU> <Country-accusative>" are two names
        found = _ABBREVIATION.search(text, max(0, place.start - 8), place.start)
        if found is None or is_place(found.group(1)) or len(_LETTERS.findall(found.group(1))) < 1:
            continue
        start = found.start(1)
        touching = [m for m in out if m.start < place.end and start < m.end]
        if any(m.start < start or m.end > place.end for m in touching):
            continue  # part of a longer name
        surface = text[start : place.end]
        whole = Mention(start, place.end, surface, BODY, rebase(surface, BODY), lang)
        out = [m for m in out if m not in touching] + [whole]
    return sorted(out, key=lambda m: (m.start, -m.end))
