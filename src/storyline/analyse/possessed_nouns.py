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
letters is an everyday word of the language (wordfreq zipf ≥ ``COMMON_ZIPF``) in the pronoun's script
that no place table knows and no social platform's ("в своем Twitter", "на наш Telegram": one's
account, a name).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from storyline.analyse.entity_confidence import POSSESSED_NOUN
from storyline.ingest.source_names import is_platform
from storyline.model import Mention
from storyline.names.gazetteers import continents, fold, is_place
from storyline.names.given import given_name
from storyline.names.parts import data_words
from storyline.names.script import script

POSSESSED_TYPES = frozenset({"ORG", "PRO"})
CASE_TAIL = 3  # letters a case ending may add to a platform's name
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
    if script(m.text) != script(before.group(1)):
        return False  # "в своем Twitter": a word of another script is no common noun of the language
    name = m.base or m.text
    if is_place(name) or fold(name) in continents() or given_name(m.text) or _platform(m):
        return False
    return _everyday(m.text, m.lang)


def _platform(m: Mention) -> bool:
    """A social platform's name, as written or with a case ending ("в своём Твиттере"): one's own
    account on it, a name."""
    names = {m.text, m.base or m.text}
    return any(is_platform(n[: len(n) - k]) for n in names for k in range(CASE_TAIL + 1) if len(n) - k >= 3)


def possessed_marked(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, a common noun after a possessive pronoun marked ``POSSESSED_NOUN``."""
    return [
        replace(m, kind=POSSESSED_NOUN) if m.kind is None and possessed_noun(m, text) else m for m in mentions
    ]
