"""A country's name in apposition after the word for its kind of state ("republika").

Slovene and Croatian name a state by its kind and the country's own name side by side, both in
the same case ("Republika Slovenija", "v Republiki Sloveniji", "Zvezne republike Nemčije"), not
with the country as a genitive complement (Czech "Spolkové republiky Německo" keeps the country
as written, Polish "Republiki Irlandii" a genitive; neither lists such words). Where the kind's
word (``lemma_apposition_heads``) was in a case that its base form undid, the country's name
after it, in the same case, is the country's nominative too. A kind's word kept as written is a
complement's own ("Vlada republike Slovenije"), and so is the country after it.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from functools import cache

from storyline.ner import lemma_lexicon


@cache
def _heads(lang: str) -> frozenset[str]:
    from storyline.names.parts import data_words

    return frozenset(data_words(lang, "lemma_apposition_heads"))


def country_in_the_kind_s_case(
    tokens: list[str],
    out: list[str],
    lang: str,
    countries: Collection[str],
    same_stem: Callable[[str, str], bool],
) -> list[str]:
    """``out`` with its last word the nominative of the country it names in a case, where the word
    before it is a kind of state the base form took out of a case. ``countries``: the language's
    names of countries; ``same_stem``: whether two words are one in different cases."""
    heads = _heads(lang)
    if not heads or len(tokens) < 2 or len(out) != len(tokens):
        return out
    kind, last = len(tokens) - 2, len(tokens) - 1
    if out[kind].casefold() not in heads or out[kind] == tokens[kind] or out[last] != tokens[last]:
        return out
    word = tokens[last]
    found = {c for c in countries if " " not in c and c != word and same_stem(word, c)}
    if len(found) != 1:
        return out
    return [*out[:last], lemma_lexicon.recase(word, found.pop())]
