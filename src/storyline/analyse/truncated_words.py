"""A word cut short by an ellipsis is no name: "… between the USA and Cana..." (a headline cut).

Feeds and front pages cut a long headline at a fixed length and mark the cut with "..." or "…";
the cut may fall inside a name, and the tagger reads the piece left ("Кана" of "Канада") as a name
of its own. BSNLP's gold marks such pieces with the whole name's id (bg "Кана...", "Обединено..."),
so recognition, scored against that gold, keeps the mention; the entity list does not show a name
no one wrote (audit round 33: a "place" Kana). As with a sentence's opening phrase
(``sentence_phrases``), the mention is marked ``TRUNCATED_WORD`` and the entity list folds an entity
of such mentions alone (``entity_confidence.is_listed``); an entity the cut word joins keeps it.

A mention is one here when an ellipsis follows it right after its last letter, and its last word is
the proper beginning of a country's name in some language (the place tables' names: "Кана" of
"Канада", "Обединено" of "Обединеното кралство") while the mention is no place itself ("Korea..."
is whole). Not an abbreviation in capitals ("САЩ...", "ЕС..."): letters that short begin many
names; not a word in small letters ("българи…", Bulgarians, begins "България" whole). A whole name before an ellipsis ("… flights from Poland...") is no country's beginning.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import cache

from storyline.analyse.entity_confidence import TRUNCATED_WORD
from storyline.model import Mention
from storyline.names.gazetteers import continents, countries, fold, is_place

_ELLIPSIS = re.compile(r"\.\.\.|…")
_LAST_WORD = re.compile(r"[^\W\d_]+$")
MIN_LETTERS = 3  # a cut this short ("Бр...") begins too many names to tell which


@cache
def _country_names() -> list[str]:
    return sorted(countries())


def _begins_a_country(word: str) -> bool:
    key = fold(word)
    names = _country_names()
    i = bisect.bisect_right(names, key)  # the first name after the key itself
    return i < len(names) and names[i].startswith(key) and len(names[i]) > len(key)


def truncated_word(m: Mention, text: str) -> bool:
    """Whether the mention ends in a word an ellipsis cut short."""
    if not _ELLIPSIS.match(text, m.end):
        return False
    last = _LAST_WORD.search(m.text)
    if last is None or len(last.group()) < MIN_LETTERS or last.group().isupper() or last.group().islower():
        return False  # capitals are an abbreviation; small letters a common word ("българи…")
    name = m.base or m.text
    if is_place(name) or is_place(m.text) or fold(name) in continents():
        return False
    return _begins_a_country(last.group())


def truncated_marked(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, one cut short by an ellipsis marked ``TRUNCATED_WORD``."""
    return [
        replace(m, kind=TRUNCATED_WORD) if m.kind is None and truncated_word(m, text) else m for m in mentions
    ]
