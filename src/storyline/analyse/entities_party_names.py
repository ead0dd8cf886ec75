"""A "product" a noun for a party, a movement or an organisation names is that body (issue 12, rec49).

A tagger types a party's or a movement's foreign name it never saw as a product as often as not
("партии «<Name>»", "движение <Name>"): the letters of a transcribed name say nothing, the noun
before it does (``party_words`` of ``lang/entities/<lang>.toml``: party, movement, organisation,
faction, grouping, in their case forms; a quotation mark between allowed). BSNLP's gold types the
name an organisation there (ru 10 of 12, bg 7 of 7 product-typed names so placed). People and
places after the noun stay ("партии <Leader>" is the party's leader written after it, "партии
<Country>" the country's party).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

import regex

from storyline.model import Mention
from storyline.names.parts import data_words

_WORD_BEFORE = regex.compile(r"([\p{L}\p{M}]+)[ \t]+[«„“\"']?$")
REACH = 30  # characters looked at before a mention for the noun


@cache
def _nouns(lang: str) -> frozenset[str]:
    return frozenset(data_words(lang, "party_words"))


def party_names(text: str, mentions: list[Mention], lang: str | None) -> list[Mention]:
    """``mentions`` with each product-typed name right after a party's noun typed a body."""
    nouns = _nouns(lang) if lang else frozenset()
    if not nouns:
        return mentions
    out = []
    for m in mentions:
        if m.type == "PRO":
            before = _WORD_BEFORE.search(text, max(0, m.start - REACH), m.start)
            if before is not None and before.group(1).lower() in nouns:
                m = replace(m, type="ORG")
        out.append(m)
    return out
