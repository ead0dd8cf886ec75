"""A "product" a noun for a party, a movement, an organisation or a firm names is that body (issue 12,
rec49).

A tagger types a party's or a movement's foreign name it never saw as a product as often as not
("партии «<Name>»", "движение <Name>"): the letters of a transcribed name say nothing, the noun
before it does (``party_words`` of ``lang/entities/<lang>.toml``: party, movement, organisation,
faction, grouping, in their case forms; a quotation mark between allowed). BSNLP's gold types the
name an organisation there (ru 10 of 12, bg 7 of 7 product-typed names so placed). In a language
with such a list, a firm's or a union's noun (``company_words``, ``union_words``) right before does
the same (bg 11 of 11, sl 18 of 19, uk 6 of 6, ru 4 of 4 with a gold mention), and a union's with
one word between ("профспілкою пілотів <Name>", uk 10 of 11, ru 5 of 5). Not in Polish and Czech,
whose gold keeps a product after "spółka", "společnost" as often. People and
places after the noun stay ("партии <Leader>" is the party's leader written after it, "партии
<Country>" the country's party).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

import regex

from storyline.model import Mention
from storyline.names.parts import data_words

_WORD_BEFORE = regex.compile(r"(?:([\p{L}\p{M}']+)[ \t]+)?([\p{L}\p{M}']+)[ \t]+[«„“\"']?$")
REACH = 30  # characters looked at before a mention for the noun


@cache
def _nouns(lang: str) -> frozenset[str]:
    """The nouns right before a body's name; none where the language lists no party words."""
    if not data_words(lang, "party_words"):
        return frozenset()
    return frozenset(
        w.lower() for key in ("party_words", "company_words", "union_words") for w in data_words(lang, key)
    )


@cache
def _unions(lang: str) -> frozenset[str]:
    return frozenset(w.lower() for w in data_words(lang, "union_words"))


def party_names(text: str, mentions: list[Mention], lang: str | None) -> list[Mention]:
    """``mentions`` with each product-typed name right after a party's noun typed a body."""
    nouns = _nouns(lang) if lang else frozenset()
    if not nouns:
        return mentions
    out = []
    for m in mentions:
        if m.type == "PRO":
            before = _WORD_BEFORE.search(text, max(0, m.start - REACH), m.start)
            if before is not None and (
                before.group(2).lower() in nouns or (before.group(1) or "").lower() in _unions(lang or "")
            ):
                m = replace(m, type="ORG")
        out.append(m)
    return out
