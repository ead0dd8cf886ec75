"""Whether the words before a name put it in an oblique case: a preposition that never takes the
nominative's form (Slovene "iz", "do", "pri" take the genitive, dative or locative, never the
accusative that spells a neuter or inanimate name as its nominative), directly before the name or
before a list of names it joins ("iz Wuhana ali <name>": every name of the list is in its case).

A one-word place written as a city's own name keeps that form (``lemma._city_as_written``), but
after such a preposition that form is a case of another city's name (Slovene "iz Bergama" is
Bergamo's genitive, though Bergama is also a Turkish town). Per-language data:
``lemma_oblique_prepositions`` in ``lang/entities/<lang>.toml``; a language without it never asks.
"""

from __future__ import annotations

import re
from functools import cache

# words, numbers and marks: a number or a mark other than a list's comma ends the list (a table's
# row of figures is no list of names)
_WORDS = re.compile(r"\w+|[^\w\s]", re.UNICODE)
MAX_BACK = 12  # words read back from the name: a list of places is short


@cache
def _prepositions(lang: str) -> frozenset[str]:
    from storyline.names.parts import data_words  # names imports ner: read when first asked

    return frozenset(data_words(lang, "lemma_oblique_prepositions"))


@cache
def _conjunctions(lang: str) -> frozenset[str]:
    from storyline.names.parts import conjunctions

    return conjunctions(lang)


def after_oblique_preposition(before: str, lang: str) -> bool:
    """Whether the text just before a name (``before``, ending where the name starts) ends in a
    preposition of ``lemma_oblique_prepositions``, or in one followed by capitalised names joined
    by commas and the language's conjunctions ("iz Wuhana ali ")."""
    preps = _prepositions(lang)
    if not preps:
        return False
    words = _WORDS.findall(before[-200:])[-MAX_BACK:]
    while words:
        last = words.pop()
        if last.lower() in preps and last.islower():
            return True
        if last != "," and last not in _conjunctions(lang):
            return False
        # a list: the name before the comma or conjunction, in the same case
        if not words or not words[-1][:1].isupper() or not words[-1].isalpha():
            return False
        words.pop()
    return False
