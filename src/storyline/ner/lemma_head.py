"""A name that opens with its head noun in an oblique case ("Biurze Zasobów Energii", "Sněmovny
lordů", "Univerzi v Mariboru"), for the languages without an inflecting dictionary.

The learned endings read the first word of a name by its ending alone, and most first words of
the training names are nominatives, so an oblique head is often kept as written. The word list
(simplemma's, lookup only) knows a common noun's forms: a first word it holds as a form of a
common noun, not as its own dictionary form, is in a case, and its dictionary form is the
nominative the name needs. What follows it keeps the form the other rules give it (a
complement keeps its case, an adjective after the head agrees with it).
"""

from __future__ import annotations

from functools import cache

from storyline.names.parts import conjunctions
from storyline.ner import agreement, lemma_lexicon

MIN_SHARED = 2  # letters a case form shares with its dictionary form at least ("Den" is no form of "dno")
STEM_CHANGE = 2  # letters of the dictionary form a case may change at the stem's end (sąd → sądzie)
FOREIGN_MARGIN = 1.0  # zipf units (×10 in frequency) the word as written may outdo its lemma by
MAX_LINK = agreement.MAX_LINK  # a lowercase word this short is a preposition or conjunction


def _shared_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


@cache
def _verbs(lang: str) -> tuple[str, ...]:
    from storyline.names.parts import data_words

    return data_words(lang, "lemma_verb_endings") or ("\0",)


def head_in_the_nominative(tokens: list[str], out: list[str], lang: str) -> list[str]:
    """``out`` (the base forms of ``tokens``) with a first word that the learned endings kept as
    written put in the word list's dictionary form, where the list holds it as a form of a common
    noun that shares its stem and is no dictionary form itself, and where the next word does not
    show that the first is a nominative: a conjunction ("X i Y" share their case), a nominative
    word of the list, an adjective with a nominative or plural ending ("Stany Zjednoczone",
    "Wyspy Brytyjskie" are plurals)."""
    r = agreement.rules(lang)
    if r is None or len(tokens) < 2 or out[0] != tokens[0]:
        return out
    first = tokens[0]
    if not first.isalpha() or (first.isupper() and len(first) > 1):
        return out
    low = first.lower()
    found = lemma_lexicon.lemma(low, lang)
    if (
        found is None
        or found.lower() == low
        or not found.isalpha()
        or not agreement.common_noun(first, lang, r)
    ):
        return out
    if found.lower().startswith(low) or lemma_lexicon.is_a_dictionary_form(low, lang):
        # a bare stem (a genitive plural, "farm" of "farma"; a foreign word read so: "Bank",
        # "West"), or a form that is another word's dictionary form ("vlada", the noun)
        return out
    shared = _shared_prefix(low, found.lower())
    if shared < max(MIN_SHARED, len(found) - STEM_CHANGE) or found.lower().endswith(_verbs(lang)):
        # another word's form ("Der" read as "drát", "Ludzie" as "człowiek"), or a verb's
        return out
    if lemma_lexicon.zipf(low, lang) - lemma_lexicon.zipf(found.lower(), lang) > FOREIGN_MARGIN:
        return out  # far more common as written: a foreign word the list reads as a case ("France")
    nxt = tokens[1]
    if (
        nxt.isalpha()
        and nxt.islower()
        and 1 < len(nxt) <= MAX_LINK
        and lemma_lexicon.lemma(nxt, lang) is None
    ):
        return out  # a link word the language does not have: a foreign name ("Centre for …")
    if nxt.lower() in conjunctions(lang):
        return out  # "X i Y": the case of Y, which the learned endings read as well
    if len(nxt) > MAX_LINK and lemma_lexicon.is_own_lemma(nxt, lang):
        return out  # before a nominative it is one too: an adjective or a name of its own ("Wieka Brytania")
    if nxt.isalpha() and agreement.is_adjective(nxt, lang, r):
        ending = agreement.adjective_ending(nxt, r)
        if ending is None or ending.kind != agreement.OBLIQUE:
            return out
    return [lemma_lexicon.recase(first, found), *out[1:]]
