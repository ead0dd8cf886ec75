"""Given names before a surname of the language's own: the language's given names.

Given names are read by their learned endings, which take a case form to the nominative they saw
most: Polish "Marka" was more often the English Mark than Marek in training, so "Marka T."
and "Marka Zielińskiego" became "Mark …". A surname that shows the language's own
declension of a man's name (``lemma_mans_surname_cases``: "-skiego") or that the press gives as
an initial only ("T.", as it names the accused and private persons) marks a person of the
language's own name stock: there a given name takes the word list's nominative where that is a
first name of the same gender as the learned one and differs from it.
"""

from __future__ import annotations

from storyline.names.given import given_name
from storyline.names.parts import data_words
from storyline.ner import lemma_lexicon


def _initial(token: str) -> bool:
    """ "T" or "T.": a surname given as its initial only."""
    letters = token.removesuffix(".")
    return len(letters) == 1 and letters.isalpha() and letters.isupper()


def _own_surname(token: str, lang: str) -> bool:
    cases = [pair.partition(":")[0] for pair in data_words(lang, "lemma_mans_surname_cases")]
    return _initial(token) or any(token.endswith(case) and len(token) > len(case) for case in cases if case)


def own_given_names(tokens: list[str], out: list[str], lang: str) -> list[str]:
    """``out`` (the base forms of ``tokens``, a person's name) with each given name before a
    surname of the language's own in the word list's nominative, where that and the learned
    form are first names of one gender and differ."""
    if len(tokens) < 2 or len(out) != len(tokens) or not _own_surname(tokens[-1], lang):
        return out
    fixed = list(out)
    for j, (word, form) in enumerate(zip(tokens[:-1], out[:-1], strict=True)):
        listed = lemma_lexicon.lemma(word, lang) if word.isalpha() and word[:1].isupper() else None
        if listed is None or listed.lower() in (word.lower(), form.lower()):
            continue
        gender = given_name(listed)
        if gender and gender == given_name(form):
            fixed[j] = lemma_lexicon.recase(word, listed)
    return fixed
