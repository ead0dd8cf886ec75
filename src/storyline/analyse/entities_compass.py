"""A part of a place named by a small-letter compass adjective before it: "vzhodne Evrope".

Slovene names a part of a continent, a country or a region by an adjective of the compass in
small letters right before the place's name ("vzhodna Evropa", eastern Europe; "zahodni Balkan";
"južne Rusije"), and annotated news marks the two words as one place (BSNLP's Slovene gold: 44
such places whole, 7 with the place alone). A tagger stops at the capital letter and keeps the
place alone. A place mention with such an adjective right before it (a space between, the
adjective no mention's) starts at the adjective and stays a place; its base form is the
lemmatizer's of the whole.

The adjectives are the language's ``compass_adjective_stems`` (``lang/entities/<lang>.toml``)
with one of its ``compass_adjective_endings``: a stem alone is no adjective ("vzhodu", the noun
"east", names no place with the name after it: "na vzhodu Ukrajine" is Ukraine). Only where the
language's gold writes the adjective inside the name: Czech news writes it both ways, Polish and
Russian outside.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import regex

from storyline.analyse.word_before import take_words_before
from storyline.model import Mention
from storyline.names.parts import data_words

_WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{M}\p{N}-])(\p{Ll}[\p{L}\p{M}]*)[ \t]+$")
LOOK_BACK = 40


@cache
def _adjectives(lang: str) -> frozenset[str]:
    stems = data_words(lang, "compass_adjective_stems")
    endings = data_words(lang, "compass_adjective_endings")
    return frozenset(stem + ending for stem in stems for ending in endings)


def with_compass_adjectives(
    text: str, mentions: list[Mention], lang: str | None, rebase: Callable[[str, str], str]
) -> list[Mention]:
    """``mentions`` with a place after a compass adjective started at the adjective."""
    adjectives = _adjectives(lang) if lang else frozenset()
    if not adjectives:
        return mentions
    return take_words_before(
        text,
        mentions,
        _WORD_BEFORE,
        LOOK_BACK,
        lambda m, word: "LOC" if m.type == "LOC" and m.text[:1].isupper() and word in adjectives else None,
        rebase,
    )
