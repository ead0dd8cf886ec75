"""A place's name and English words right after it, in a text of another language: one name.

"(<Town> Royal Infirmary)" in a Slovene text: an English body's or building's name that opens with
its town. The tagger, trained on the text's language, reads the town as a place and the English
words after it as a name of their own, a "person" (audit round 35 N2: the town cut off a
hospital's name, the rest typed PER). Words the English word list knows well and the text's
language does not, the last an English head noun of a body (``english_body_heads`` of
``lang/entities/common.toml``: "Infirmary", "Hospital", "College"), are no Slavic surname; right
after a place written as its base form (no case ending of the text's language between) they go
on the place's name. The whole is an
organisation, as BSNLP's gold types such a hospital; a place inflected by the text ("v
<Town>u") or an English word of the text's own language too ("Royal" in English text) is left.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import cache, lru_cache

from wordfreq import zipf_frequency

from storyline.model import Mention
from storyline.names.parts import data_words
from storyline.names.script import is_latin

ENGLISH_ZIPF = 2.5  # an English word at least this frequent in English ("Infirmary" ~3)
OWN_MARGIN = 1.0  # … and this much more frequent there than in the text's language
GAP = (" ",)
TAIL_TYPES = ("PER", "ORG", "PRO")  # a place or an event after a place is a name of its own


def with_english_tails(
    text: str, mentions: list[Mention], lang: str | None, rebase: Callable[[str, str], str]
) -> list[Mention]:
    """``mentions`` with each place followed by English words joined to them (the module's doc)."""
    if not lang or lang == "en":
        return mentions
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda x: (x.start, -x.end)):
        prev = out[-1] if out else None
        if prev is not None and _joins(text, prev, m, lang):
            surface = text[prev.start : m.end]
            out[-1] = replace(prev, end=m.end, text=surface, type="ORG", base=rebase(surface, "ORG"))
            continue
        out.append(m)
    return out


def _joins(text: str, place: Mention, tail: Mention, lang: str) -> bool:
    if place.type != "LOC" or place.kind is not None or tail.kind is not None or tail.type not in TAIL_TYPES:
        return False
    if text[place.end : tail.start] not in GAP or (place.base or place.text) != place.text:
        return False
    if not is_latin(place.text) or not is_latin(tail.text):
        return False
    words = tail.text.split()
    if words[-1] not in _heads():
        return False
    return all(w[:1].isupper() and w[1:].islower() and _english(w, lang) for w in words)


@cache
def _heads() -> frozenset[str]:
    return frozenset(data_words("common", "english_body_heads"))


@lru_cache(maxsize=10_000)
def _english(word: str, lang: str) -> bool:
    """An English word of some frequency, rarer in ``lang``."""
    low = word.lower()
    en = zipf_frequency(low, "en")
    return en >= ENGLISH_ZIPF and en - zipf_frequency(low, lang) >= OWN_MARGIN
