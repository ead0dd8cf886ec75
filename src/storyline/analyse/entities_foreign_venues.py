"""A name in Latin letters written inside a text of another script, whose last word is an English
noun for a kind of place in lower case ("<Brand> city", "<Brand> hall" in a Russian text), is the
place: the writer took the noun for a common one, as no organisation writes its own name so, and
the name stands for the venue or the quarter (web pages rounds 1, 3 and 6: a concert hall so
written typed ORG four times). A capitalised noun ("Manchester City") is a name's own word and is
left to the other rules. The nouns are ``foreign_venue_nouns`` of ``lang/entities/common.toml``.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from storyline.model import Mention
from storyline.names.parts import data_words
from storyline.names.script import is_latin, script

RETYPED = ("ORG", "PER")
AROUND = 80  # characters of text on each side whose script is the text's


@cache
def _nouns() -> frozenset[str]:
    return frozenset(data_words("common", "foreign_venue_nouns"))


def foreign_venues(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a Latin-script venue in a text of another script typed a place."""
    return [replace(m, type="LOC") if _venue(text, m) else m for m in mentions]


def _venue(text: str, m: Mention) -> bool:
    words = m.text.split()
    if m.type not in RETYPED or len(words) < 2 or not words[-1].islower() or words[-1] not in _nouns():
        return False
    if not words[0][:1].isupper() or not is_latin(m.text):
        return False
    around = text[max(0, m.start - AROUND) : m.start] + text[m.end : m.end + AROUND]
    return script(around) not in ("", "LATIN")
