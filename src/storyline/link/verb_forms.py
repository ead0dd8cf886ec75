"""A verb made of a name, written in small letters ("tvitnil", tweeted, of a Slovene text) that a
tagger trained on BSNLP took for the name (its annotators mark some such words as mentions of the
platform): linked to the name's entity as they link it, but no name of it, so the entity's other
names do not show it (audit rule N5: a reader would take it for a spelling of the name).

A word is a verb's form where its language's word list files it under a verb's dictionary form
(``lemma_verb_endings`` of ``lang/entities/<lang>.toml``: Slovene "-ti", "-či"), or where its base
form is the word less a past participle's ending (``verb_participle_endings``: "tvit" of "tvitnil"):
the list does not hold a verb coined from a name, and a name's case ending is no such ending.
"""

from __future__ import annotations

from functools import cache, lru_cache

from storyline.names.parts import data_words
from storyline.ner.lemma_lexicon import lemma


@cache
def _verb_endings(lang: str) -> tuple[str, ...]:
    return data_words(lang, "lemma_verb_endings")


@cache
def _participle_endings(lang: str) -> tuple[str, ...]:
    return data_words(lang, "verb_participle_endings")


@lru_cache(maxsize=20_000)
def verb_form(text: str, base: str | None, lang: str | None) -> bool:
    """Whether a mention's words are one word in small letters that the word list reads as a
    form of a verb (not the verb's dictionary form alone: no name is one), or whose base form
    is the word less a past participle's ending."""
    word = text.strip()
    if not lang or not word.isalpha() or not word.islower():
        return False
    stem = (base or "").strip().lower()
    if stem and stem != word and word.startswith(stem) and word[len(stem) :] in _participle_endings(lang):
        return True
    if not _verb_endings(lang):
        return False
    found = lemma(word, lang)
    return found is not None and found.lower() != word and found.lower().endswith(_verb_endings(lang))
