"""A capitalised common noun after "our" is the writer's own body, not a name: "z naszym
Uniwersytetem" (with our University).

A university's, a ministry's or a company's own announcement calls it "our University", "our
Ministry", the noun capitalised out of respect. BSNLP's gold marks some such nouns with the body's
id (pl "naszym Uniwersytetem" ORG), so recognition, scored against that gold, keeps the mention;
but the entity list would show a body called "University" (audit round 33, N1). As with a
sentence's opening phrase (``sentence_phrases``), the mention is marked ``POSSESSED_NOUN`` and the
entity list folds an entity of such mentions alone: a body also named in full takes the mention in
and stays listed.

A mention is one here when it is one word, a body's or a work's (ORG, PRO), capitalised, right after
a possessive pronoun of the language written in small letters (``possessive_pronouns`` in
``lang/entities/<lang>.toml``: "Nasza Europa", capitalised, is a title), and the word in small
letters is an everyday word of the language (wordfreq zipf ≥ ``COMMON_ZIPF``: "Twitterze", "Izba"
of a name's own, rarer, stay) that no place table knows.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from storyline.analyse.entity_confidence import POSSESSED_NOUN
from storyline.model import Mention
from storyline.names.gazetteers import continents, fold, is_place
from storyline.names.given import given_name
from storyline.names.parts import data_words

POSSESSED_TYPES = frozenset({"ORG", "PRO"})
COMMON_ZIPF = 3.0  # a word this frequent in its language (wordfreq) is an everyday word
_WORD = re.compile(r"[^\W\d_]+")
_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")
_REACH = 30  # characters before the mention the pronoun may take


@cache
def _pronouns(lang: str) -> frozenset[str]:
    return frozenset(data_words(lang, "possessive_pronouns"))


def _everyday(word: str, lang: str) -> bool:
    from wordfreq import available_languages, zipf_frequency

    if lang not in available_languages("small"):  # wordfreq would answer for a "nearest" language
        return False
    return zipf_frequency(word.lower(), lang) >= COMMON_ZIPF


def possessed_noun(m: Mention, text: str) -> bool:
    """Whether the mention is a common noun capitalised after "our", "your", "their own"."""
    if m.type not in POSSESSED_TYPES or not m.lang or not _pronouns(m.lang):
        return False
    if not _WORD.fullmatch(m.text) or not m.text[:1].isupper() or m.text.isupper():
        return False
    before = _BEFORE.search(text, max(0, m.start - _REACH), m.start)
    if before is None or before.group(1) not in _pronouns(m.lang):
        return False
    name = m.base or m.text
    if is_place(name) or fold(name) in continents() or given_name(m.text):
        return False
    return _everyday(m.text, m.lang)


def possessed_marked(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, a common noun after a possessive pronoun marked ``POSSESSED_NOUN``."""
    return [
        replace(m, kind=POSSESSED_NOUN) if m.kind is None and possessed_noun(m, text) else m for m in mentions
    ]
