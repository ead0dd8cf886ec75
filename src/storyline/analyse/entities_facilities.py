"""A power plant's name ("<Town>ська ГЕС", "<Town>ская АЭС"), ending in the abbreviation of its
kind, names the plant, a structure, a place: the tagger types it as an organisation or, its last
word in capitals, a product (web pages round 6: a hydro plant that was blown up typed ORG; the
audit rules count a building as a place).

The abbreviations are the language's ``facility_heads`` (``lang/entities/<lang>.toml``), as
written: the last word of a name of two words or more, or the capitalised end of one word that
runs a place's stem into it ("<Town>ГЭС"), never the abbreviation alone.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from storyline.model import Mention
from storyline.names.parts import data_words

RETYPED = ("ORG", "PRO", "PER")


@cache
def _heads(lang: str) -> tuple[str, ...]:
    return data_words(lang, "facility_heads")


def facilities_as_places(mentions: list[Mention], lang: str | None) -> list[Mention]:
    """``mentions`` with a power plant's name typed as a place (the module's doc)."""
    heads = _heads(lang) if lang else ()
    if not heads:
        return mentions
    return [replace(m, type="LOC") if m.type in RETYPED and _plant(m.text, heads) else m for m in mentions]


def _plant(name: str, heads: tuple[str, ...]) -> bool:
    words = name.split()
    if not words:
        return False
    last = words[-1]
    if len(words) >= 2 and last in heads:
        return True
    # one word: "<Stem>ГЭС", a lower-case letter right before the abbreviation
    return any(last.endswith(h) and len(last) > len(h) and last[-len(h) - 1].islower() for h in heads)
