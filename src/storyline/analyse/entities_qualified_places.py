"""A "person" whose first word is one that places' names open with ("Haut <Range>", "Haute-<River>",
"Alto <River>": high, upper, lower, middle) is a place: no one's name opens so, while regions,
ranges and provinces often do (web pages round 6: a mountain range typed PER by the rules, which
call a run of capitalised words they do not know a person).

The words are the language's ``place_qualifiers`` (``lang/entities/<lang>.toml``), as written
(capitalised), the first of a name's two words, or before a hyphen in a one-word name
("Haute-<Name>"). A longer "person" is a title and a name ("Haut-Commissaire <Given> <Surname>",
the High Commissioner) and stays one. Words that are also given names ("Bas" in Dutch) are left
out of the lists.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from storyline.model import Mention
from storyline.names.parts import data_words


@cache
def _qualifiers(lang: str) -> frozenset[str]:
    return frozenset(data_words(lang, "place_qualifiers"))


def qualified_places(mentions: list[Mention], lang: str | None) -> list[Mention]:
    """``mentions`` with a "person" named as a place is typed a place (the module's doc)."""
    qualifiers = _qualifiers(lang) if lang else frozenset()
    if not qualifiers:
        return mentions
    return [
        replace(m, type="LOC") if m.type == "PER" and _qualified(m.text, qualifiers) else m for m in mentions
    ]


def _qualified(name: str, qualifiers: frozenset[str]) -> bool:
    words = name.split()
    if len(words) == 2 and words[0] in qualifiers:
        return True
    first, hyphen, rest = words[0].partition("-") if len(words) == 1 else ("", "", "")
    return bool(hyphen and rest[:1].isupper() and first in qualifiers)
