"""A body's name that goes on after its head noun with "for" and small-letter words: "Urad za
jedrsko varnost" (the Office for Nuclear Safety).

Slovene capitalises only the first word of a body's name, and most state bodies name their field
with a preposition ("za", for) and a noun phrase in small letters: "Ministrstvo za okolje in
prostor", "Nacionalnega inštituta za javno zdravje", "Centru za nadzor nad nalezljivimi
boleznimi". A tagger stops at the small letters — before the preposition ("Državnega urada") or
inside the phrase ("Ministrstvo za okolje") — and the body's name is cut. An organisation whose
last word is one of the language's head nouns of bodies followed by the preposition
(``purpose_head_stems``, ``purpose_prepositions``), or which holds the preposition already, runs
on over the noun phrase after it.

Where the phrase ends is read from the words themselves (the language's word list, simplemma's
dictionary): adjectives (a lemma that ends as the language's adjectives do,
``lemma_adjective_endings`` and ``purpose_adjective_endings``) then a noun, maybe one more noun
in the genitive ("za zdravje srca"), maybe a list of such phrases joined by commas and closed by
"in"/"ter" ("za delo, družino, socialne zadeve in enake možnosti"); a linking preposition
("nad", "z") goes on to another phrase. The phrase stops at a verb (a lemma that ends as the
language's infinitives do, ``lemma_verb_endings``), a function word (``stopwords``), a word of
``purpose_stop_words`` (adverbs the word list reads as nouns or does not hold), an abbreviation
with its full stop ("prof.") and at punctuation; a phrase left open (an adjective with no noun,
a comma with no closing "in") is taken back to its last whole noun.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import cache

import regex

from storyline.model import Mention
from storyline.names.parts import data_words
from storyline.ner.lemma_lexicon import lemma

_NEXT = regex.compile(r"(,?)[ \t]+(\p{Ll}[\p{L}\p{M}]*)(?![\p{L}\p{M}\p{N}-])(\.?)")
_WORD = regex.compile(r"[\p{L}\p{M}]+")
# a capitalised word inside a sentence (a small letter, a digit or a comma before it) and the next word
# a capitalised word right after a phrase: the body's name goes on ("… Slovenije", "… <Institute>")
_NAME_GOES_ON = regex.compile(r"[ \t]+\p{Lu}")
_HEAD_IN_SENTENCE = regex.compile(r"(?<=[\p{Ll}\p{N},][ \t]+)(\p{Lu}\p{Ll}+)[ \t]+(\p{Ll}+)(?=[ \t])")
MAX_WORDS = 10  # words after the preposition: "za delo, družino, socialne zadeve in enake možnosti"
MAX_NOUNS = 2  # a noun and its genitive complement ("zdravje srca")
MAX_ABBREVIATION = 4  # a short word with its full stop is an abbreviation ("prof.", "dr.")


@cache
def _words(lang: str, key: str) -> frozenset[str]:
    return frozenset(data_words(lang, key))


@cache
def _endings(lang: str, key: str) -> tuple[str, ...]:
    return tuple(data_words(lang, key))


def _kind(word: str, lang: str) -> str | None:
    """ "adj", "noun", or None where the phrase stops at the word."""
    if word in _words(lang, "stopwords") or word in _words(lang, "purpose_stop_words"):
        return None
    base = lemma(word, lang)
    if base is None:
        return "noun"  # a term the word list lacks ("gastroenterologijo") names the field
    if base.endswith(_endings(lang, "lemma_verb_endings")):
        return None
    if word.endswith(_endings(lang, "purpose_participle_endings")) and base == word + "o":
        return None  # "posvaril" (warned), which the list reads as the plural genitive of "posvarilo"
    adjective = _endings(lang, "lemma_adjective_endings") + _endings(lang, "purpose_adjective_endings")
    if base.endswith(adjective) and not base.endswith(_endings(lang, "purpose_noun_endings")):
        return "adj"
    return "noun"


def _phrase_end(text: str, at: int, lang: str) -> int:
    """Where the noun phrase that starts after ``at`` ends (``at`` itself where there is none)."""
    end, pos, words, nouns, adjectives = at, at, 0, 0, 0
    listed, joined = False, False  # inside a list of commas not yet closed; after "in"
    links, joins = _words(lang, "purpose_links"), _words(lang, "conjunctions")
    heads = _endings(lang, "purpose_head_stems")
    while words < MAX_WORDS:
        hit = _NEXT.match(text, pos)
        whole = nouns > 0 and adjectives == 0  # the phrase so far ends on a noun
        if hit is None or (hit.group(1) and not whole):
            break
        word, dot = hit.group(2), hit.group(3)
        if hit.group(1):  # a comma: another phrase of a list, taken only once "in" closes it
            listed, nouns = True, 0
        if word in joins or word in links:
            if dot or not (whole or (word in joins and adjectives and not nouns)):
                break  # "zunanje in evropske zadeve": two adjectives of one noun, joined
            listed = listed and word not in joins
            joined = joined or word in joins
            nouns, pos = 0, hit.end(2)
            continue
        if joined and nouns == 0 and not adjectives and word.startswith(heads):
            break  # "… in ministrstva": another body joined to this one, no part of its field
        kind = None if dot and len(word) <= MAX_ABBREVIATION else _kind(word, lang)  # "prof."
        most = 1 if joined else MAX_NOUNS  # "… in zdravila intenzivno dela": no complement after "in"
        if kind is None or nouns >= most:
            break  # one noun too many: the sentence goes on ("za hrano vlada pravi")
        words, pos = words + 1, hit.end(2)
        if kind == "adj":
            adjectives += 1
            continue
        adjectives, nouns = 0, nouns + 1
        if not listed:
            end = pos
        if dot:
            break
    return end


def _last_preposition(m: Mention, prepositions: frozenset[str], heads: tuple[str, ...]) -> int | None:
    """Where the mention's last preposition ends, if a head noun of bodies is the word before it
    ("Ministrstvo za okolje"; not "sporazuma iz Minska za končanje …"); None if none."""
    words = list(_WORD.finditer(m.text))
    for before, word in reversed(list(zip(words, words[1:], strict=False))):
        if word.group() in prepositions:
            return m.start + word.end() if before.group().lower().startswith(heads) else None
    return None


def with_purpose_phrases(
    text: str,
    mentions: list[Mention],
    lang: str | None,
    rebase: Callable[[str, str], str],
    bounds: tuple[int, int] | None = None,
) -> list[Mention]:
    """``mentions`` with a body's name cut before or inside its "for …" phrase made whole, and
    such names no mention touches in ``text[bounds]`` added."""
    heads = _endings(lang, "purpose_head_stems") if lang else ()
    if not heads or lang is None:
        return mentions
    prepositions = _words(lang, "purpose_prepositions")
    starts = sorted(m.start for m in mentions)
    out = []
    for m in mentions:
        words = m.text.split()
        if not words or (m.type != "ORG" and not _head_alone(m, heads)):
            out.append(m)
            continue
        end = m.end
        after = _NEXT.match(text, m.end)
        if (
            after is not None
            and not after.group(1)
            and after.group(2) in prepositions
            and words[-1].lower().startswith(heads)
        ):
            end = _phrase_end(text, after.end(2), lang)
        elif words[-1][:1].islower() and (inside := _last_preposition(m, prepositions, heads)) is not None:
            end = _phrase_end(text, inside, lang)  # read again from the preposition on
        if m.type != "ORG" and _NAME_GOES_ON.match(text, end):
            end = m.end  # "Društvu za <field> <Country>": a longer name, whose end is not read here
        if end > m.end and not any(m.end <= s < end for s in starts):
            surface = text[m.start : end]
            m = replace(m, end=end, text=surface, type="ORG", base=rebase(surface, "ORG"))
        out.append(m)
    added = _heads_found(text, out, lang, heads, prepositions, rebase, bounds) if bounds else []
    return sorted(out + added, key=lambda m: (m.start, -m.end)) if added else out


def _head_alone(m: Mention, heads: tuple[str, ...]) -> bool:
    """A one-word "place", "person" or "product" that is a capitalised head noun of bodies
    ("Zavoda", "Centru"): with a "za" phrase after it, it is the body's name cut at its noun."""
    return m.kind is None and " " not in m.text and m.text[:1].isupper() and m.text.lower().startswith(heads)


def _heads_found(
    text: str,
    mentions: list[Mention],
    lang: str,
    heads: tuple[str, ...],
    prepositions: frozenset[str],
    rebase: Callable[[str, str], str],
    bounds: tuple[int, int],
) -> list[Mention]:
    """Bodies no mention touches: a capitalised head noun inside a sentence (after a small letter,
    a digit or a comma) and its "za" phrase ("pri Zavodu za <field>")."""
    found = []
    for hit in _HEAD_IN_SENTENCE.finditer(text, *bounds):
        if hit.group(2) not in prepositions or not hit.group(1).lower().startswith(heads):
            continue
        end = _phrase_end(text, hit.end(2), lang)
        if (
            end == hit.end(2)
            or _NAME_GOES_ON.match(text, end)
            or any(m.start < end and hit.start() < m.end for m in mentions)
        ):
            continue
        surface = text[hit.start() : end]
        found.append(Mention(hit.start(), end, surface, "ORG", rebase(surface, "ORG"), lang))
    return found
