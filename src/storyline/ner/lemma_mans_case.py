"""A man's name whose surname shows a man's oblique case: the whole name is his, in that case.

A Polish surname of the adjective kind in "-skiego"/"-ckiego"/"-dzkiego" is a man's genitive or
accusative only (a woman's is "-skiej"/"-ską"), so the given names before it are in that case too,
though one may read as a woman's nominative ("Bohdana", "Bogdana"): the learned endings keep a
woman's given name as written, and the surname after it. The language's
``lemma_mans_surname_cases`` ("case:nominative" endings) and ``lemma_mans_given_endings`` (the
endings a man's given name takes in that case) make his nominative: each given name less its
ending where that is a man's given name, the surname with its nominative ending.
"""

from __future__ import annotations

from storyline.names.given import given_name
from storyline.names.parts import data_words

MIN_SURNAME_STEM = 3  # letters before the ending: a shorter word is no such surname


def mans_nominative(tokens: list[str], out: list[str], lang: str) -> list[str]:
    """``out`` (the base form's words), or the man's nominative where the surname as written
    (kept so in ``out``) has one of the language's endings of a man's oblique case."""
    if len(tokens) < 2 or len(out) != len(tokens) or out[-1] != tokens[-1]:
        return out
    last = tokens[-1]
    surname = None
    for pair in data_words(lang, "lemma_mans_surname_cases"):
        case, _, nominative = pair.partition(":")
        if last.endswith(case) and len(last) - len(case) >= MIN_SURNAME_STEM:
            surname = last[: len(last) - len(case)] + nominative
            break
    if surname is None:
        return out
    given = []
    for word, form in zip(tokens[:-1], out[:-1], strict=True):
        if form != word and given_name(form) == "m":
            given.append(form)  # already his nominative
            continue
        man = next(
            (
                word[: len(word) - len(e)]
                for e in data_words(lang, "lemma_mans_given_endings")
                if word.endswith(e) and given_name(word[: len(word) - len(e)]) == "m"
            ),
            None,
        )
        if man is None:
            return out  # a given name that is no man's in that case: not his name
        given.append(man)
    return [*given, surname]
