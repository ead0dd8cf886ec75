"""A name whose adjectives before its noun are in a plural's oblique case ("Českých drah", of a
railway company called "the Czech Railways"): the name is a plural, and its base form is the
plural nominative of every word ("České dráhy"), as the annotators write such names ("britských
akciových indexů" → "britské akciové indexy").

The learned endings read each word alone and keep such a phrase as written (an oblique plural
ending tells no gender, and the word list gives the noun's singular, "dráha"). The adjectives
take the plural nominative of things (``lemma_plural_phrase_gender``: the singular nominative of
the gender whose ending it shares, Czech "-é" of "České"); the noun takes the first plural
nominative ending of ``lemma_noun_plural_nominatives`` ("a>y": put "y" for a final "a"; ">y":
add "y") that makes a form the word list files under the noun's own dictionary form, so a form
no dictionary holds is never made.

Data in ``lang/entities/<lang>.toml``: ``lemma_plural_phrase_gender`` and
``lemma_noun_plural_nominatives``; a language without them is left as it was.
"""

from __future__ import annotations

from functools import cache

from storyline.ner import lemma_lexicon

GENDERS = ("masculine", "feminine", "neuter")


@cache
def _gender(lang: str) -> int | None:
    from storyline.names.parts import entity_data

    gender = entity_data(lang).get("lemma_plural_phrase_gender")
    return GENDERS.index(str(gender)) if gender else None


@cache
def _noun_endings(lang: str) -> tuple[tuple[str, str], ...]:
    from storyline.names.parts import data_words

    return tuple(
        (cut, add)
        for row in data_words(lang, "lemma_noun_plural_nominatives")
        for cut, _, add in [row.partition(">")]
    )


def noun_plural(word: str, lemma: str, lang: str) -> str | None:
    """The plural nominative of the noun ``word`` whose dictionary form is ``lemma``: a form made
    by the language's endings that the word list files under that lemma, else None."""
    low = lemma.lower()
    for cut, add in _noun_endings(lang):
        if not low.endswith(cut):
            continue
        form = low[: len(low) - len(cut)] + add
        if form != word.lower() and (found := lemma_lexicon.lemma(form, lang)) and found.lower() == low:
            return lemma_lexicon.recase(word, form)
    return None


def plural_nominative(
    tokens: list[str], stems: list[str], nominatives: list[tuple[str, str, str]], lemma: str, lang: str
) -> list[str] | None:
    """The base form of adjectives (``tokens[:-1]``: their stems and their declensions'
    nominatives) before a noun (``tokens[-1]``, dictionary form ``lemma``), all in a plural's
    oblique case; None where the language has no such data or no plural of the noun is known."""
    gender = _gender(lang)
    if gender is None or len(tokens) < 2:
        return None
    noun = noun_plural(tokens[-1], lemma, lang)
    if noun is None:
        return None
    adjectives = [
        lemma_lexicon.recase(t, stem + ending[gender])
        for t, stem, ending in zip(tokens[:-1], stems, nominatives, strict=True)
    ]
    return [*adjectives, noun]
