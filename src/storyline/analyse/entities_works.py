"""Reports and stock indexes are works, products: never the body that makes them.

Rule N3 of the audits types a work or a product by what the name denotes; BSNLP's gold types
"<Name> Index", "<Name> Review" (a published report) and the indexes "Dow Jones", "S&P" PRO. A
tagger reads a run of English capitalised words as a body's name (audit round 36 N3: a wealth
migration report and a family of stock indexes typed ORG). Two readings, each a type only:

- a name of two words or more whose last word (before a year, "<Name> Index 2018") is an English
  head of a work (``work_heads`` of ``lang/entities/common.toml``: Index, Review, Survey …) is a
  product, unless it is an outlet's name (``names.media.outlet_named``: a magazine is a body);
- a name right after the language's word for a stock index in small letters (``index_nouns`` of
  ``lang/entities/<lang>.toml``, stems: Czech "index-ů <Name>", Russian "индекс-а <Name>") is the
  index, a product, where it was typed a body (the exchange's name: "index <Exchange>"); a place
  stays ("the <State> index" is named after the place, and BSNLP's gold marks the place).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

import regex

from storyline.model import Mention
from storyline.names import fold, is_place
from storyline.names.media import outlet_named
from storyline.names.parts import entity_data

PRODUCT = "PRO"
BODY = "ORG"
RETYPED = frozenset({"ORG", "PER", "LOC"})
_WORDS = regex.compile(r"[\p{L}\p{M}&]+|\d+")
_YEAR = regex.compile(r"(?:19|20)\d\d")
_WORD_BEFORE = regex.compile(r"([\p{Ll}\p{M}]+)[ \u00a0]+$")
LOOK_BACK = 30  # characters: a long inflected noun and its space


@cache
def _work_heads() -> frozenset[str]:
    return frozenset(str(entity_data("common").get("work_heads", "")).split())


@cache
def _index_nouns(lang: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in str(entity_data(lang).get("index_nouns", "")).split())


def works_as_products(text: str, mentions: list[Mention], lang: str | None) -> list[Mention]:
    """``mentions``, the reports and indexes among them typed as products."""
    return [replace(m, type=PRODUCT) if m.type in RETYPED and _work(text, m, lang) else m for m in mentions]


def _work(text: str, m: Mention, lang: str | None) -> bool:
    words = _WORDS.findall(m.text)
    while words and _YEAR.fullmatch(words[-1]):
        words.pop()
    if len(words) >= 2 and words[-1] in _work_heads() and not outlet_named(m.text, lang):
        return True
    if m.type != BODY or is_place(m.text) or is_place(m.base or m.text):
        return False  # "indeks <State>": an index named after a place; BSNLP's gold marks the place
    nouns = _index_nouns(lang) if lang else ()
    before = _WORD_BEFORE.search(text[max(0, m.start - LOOK_BACK) : m.start]) if nouns else None
    return before is not None and fold(before.group(1)).startswith(nouns)
