"""An epithet after a person's name ("junior", "the younger") in the name's case.

Slavic languages decline the epithet with the name ("George Bushe juniora", "Donalda Trumpa
mlajšega"): its base form is the epithet's nominative, which no learned ending of a small-letter
word at a name's end proposes (those are mostly kept as written) and which the word lists lack or
give as another word (the positive "mlad" of the comparative "mlajši").

Data: ``lemma_person_epithets`` in ``lang/entities/<lang>.toml``, the epithets' nominatives.
"""

from __future__ import annotations

from functools import cache

MAX_ENDING = 3  # letters of a case ending after the epithet's stem ("-ega", "-ího")
_VOWELS = "aeiouyáéíóúýěąęůij"  # an adjective's nominative ending, which its other cases replace


@cache
def _epithets(lang: str) -> tuple[str, ...]:
    from storyline.names.parts import data_words

    return data_words(lang, "lemma_person_epithets")


def nominative(word: str, lang: str) -> str | None:
    """The epithet's nominative where ``word`` (in small letters) is one of the language's
    epithets in some case: the epithet, or its stem without its last vowel, and a short ending."""
    if not word.isalpha() or not word.islower():
        return None
    for epithet in _epithets(lang):
        stem = epithet.rstrip(_VOWELS) if epithet[-1:] in _VOWELS else epithet
        if word.startswith(stem) and len(word) - len(stem) <= MAX_ENDING:
            return epithet
    return None


def in_the_nominative(tokens: list[str], out: list[str], lang: str) -> list[str]:
    """``out`` (the base forms of a person's name) with a last word that is an epithet in a case
    put in its nominative."""
    if len(tokens) < 2 or not _epithets(lang):
        return out
    found = nominative(tokens[-1], lang)
    return [*out[:-1], found] if found else out
