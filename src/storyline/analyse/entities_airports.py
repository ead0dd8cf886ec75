"""An airport named by its noun and a name: "letališče <Name>" is one place, the noun inside.

Slovene names an airport with its noun first, in small letters inside a sentence ("na letališču
<Name>", "z letališča <Name>"), and the annotated news marks the noun and the name one place (17
times of 19 in its gold); a tagger finds the name alone and reads it as a person's ("<Given>
<Surname>" of an airport named after someone) or a firm's. A mention right after one of the
language's ``place_head_nouns`` (``lang/entities/<lang>.toml``, their case forms, in small
letters or opening a sentence) with one space between takes the noun in and is a place.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import regex

from storyline.analyse.word_before import take_words_before
from storyline.model import Mention
from storyline.names.parts import data_words

PLACE = "LOC"
_WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{M}\p{N}-])([\p{L}\p{M}]+)[ ]$")
LOOK_BACK = 20  # characters before a mention where its noun stands


@cache
def _nouns(lang: str) -> frozenset[str]:
    return frozenset(data_words(lang, "place_head_nouns"))


def with_place_heads(
    text: str, mentions: list[Mention], lang: str | None, rebase: Callable[[str, str], str]
) -> list[Mention]:
    """``mentions`` with each name after a place's head noun taking the noun in, typed a place."""
    if not lang or not _nouns(lang):
        return mentions
    nouns = _nouns(lang)
    return take_words_before(
        text,
        mentions,
        _WORD_BEFORE,
        LOOK_BACK,
        lambda m, word: PLACE if word.lower() in nouns and not m.kind else None,
        rebase,
    )
