"""A common phrase capitalised only because it opens a sentence: no name, though BSNLP marks it.

Slavic languages write a name of words with its first word capitalised alone ("Evropska unija",
"Всемирная организация здравоохранения"), so a phrase of everyday words that opens a sentence
("Mednarodna skupnost je pozivala …", the international community) reads like one, and the
annotators of BSNLP marked some so (never the same phrase written in lower case mid-sentence).
The audit rules call it no name (N1). Dropping the mention would cost recognition against that
gold; instead the mention stays, its kind ``SENTENCE_PHRASE`` (stored with it, so the entity list
read back from a store sees it too), and the entity list folds an entity of such mentions alone
(``entity_confidence.is_listed``): a name also written mid-sentence keeps its place.

A mention is one here when it opens a sentence, has two
words or more, every word after the first in lower case, every word an everyday word of the
language (wordfreq), one of them a noun for a whole public (``collective_nouns``: community,
public, opinion), and no word that makes it a body's or a place's name: a head of the concept
lexicon ("union", "organisation", "party"), a country or its adjective, a known place, a given
name. Everyday words alone would take a name written so ("Rdeči križ", the Red Cross; "Kościół
katolicki") for a phrase.
"""

from __future__ import annotations

import re
from dataclasses import replace

from storyline.analyse.entities_hygiene import _starts_sentence as starts_sentence
from storyline.analyse.entity_confidence import SENTENCE_PHRASE, everyday_words
from storyline.model import Mention
from storyline.names.concepts import _lookup, demonym_country, lexicon, roles, shared_lexicon, word_country
from storyline.names.concepts import fold as concept_fold
from storyline.names.gazetteers import is_place
from storyline.names.given import given_name
from storyline.names.parts import data_words

PHRASE_TYPES = frozenset({"ORG", "EVT", "PRO"})  # a body's, an event's or a work's name; no person, no place
_WORD = re.compile(r"[^\W\d_]+")
MAX_ENDING = 4  # letters a case ending may add to a collective noun's stem


def _collective(word: str, lang: str) -> bool:
    low = word.lower()
    return any(
        low.startswith(stem) and len(low) - len(stem) <= MAX_ENDING
        for stem in data_words(lang, "collective_nouns")
    )


def _names_a_body_or_place(word: str, lang: str) -> bool:
    concepts = _lookup(concept_fold(word), lexicon(lang) or shared_lexicon()) or ()
    heads = roles().heads | roles().parties
    return (
        any(c in heads or c.startswith("@") for c in concepts)
        or word_country(word, lang) is not None
        or demonym_country(word, lang) is not None
        or is_place(word)
        or bool(given_name(word))
    )


def sentence_phrase(m: Mention, text: str) -> bool:
    """Whether the mention is a common phrase capitalised only as a sentence's first words."""
    if m.type not in PHRASE_TYPES or m.kind is not None or not m.lang:
        return False
    words = _WORD.findall(m.text)
    if len(words) < 2 or len(words) != len(m.text.split()) or not words[0][:1].isupper():
        return False
    if any(not w.islower() for w in words[1:]) or not starts_sentence(text, m.start, m.lang):
        return False
    known = everyday_words(m.lang)
    if not known or any(w.lower() not in known for w in words):
        return False
    if not any(_collective(w, m.lang) for w in words):
        return False
    return not any(_names_a_body_or_place(w, m.lang) for w in words)


def phrases_marked(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, a common phrase opening a sentence marked ``SENTENCE_PHRASE``."""
    return [
        replace(m, kind=SENTENCE_PHRASE) if m.kind is None and sentence_phrase(m, text) else m
        for m in mentions
    ]
