"""A region's adjective and the region noun after it are one name: "Chersonské oblasti".

Slavic languages name a region by an adjective and a common noun in small letters (Czech
"Chersonská oblast", Russian "Тверская область", Croatian "Splitsko-dalmatinska županija"). A
tagger that stops at the capital letter keeps the adjective alone, a place of its own that is no
name ("Chersonské"). A one-word place whose word ends as the language's adjectives of regions do
(``region_adjective_endings``) and that one of the language's region nouns follows after a space
(``region_nouns``: singular forms only — "Каховского и Алешкинского районов" is two districts
named by their adjectives alone) runs on over the noun (``lang/entities/<lang>.toml``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import cache

import regex

from storyline.model import Mention
from storyline.names.parts import data_words

_NEXT_WORD = regex.compile(r"[ \t]+(\p{Ll}+)(?![\p{L}\p{M}\p{N}-])")


@cache
def _nouns(lang: str) -> frozenset[str]:
    return frozenset(data_words(lang, "region_nouns"))


@cache
def _endings(lang: str) -> tuple[str, ...]:
    return data_words(lang, "region_adjective_endings")


def with_region_nouns(
    text: str, mentions: list[Mention], lang: str | None, rebase: Callable[[str, str], str]
) -> list[Mention]:
    """``mentions`` with each region adjective cut from its noun made whole again."""
    if not lang or not _nouns(lang):
        return mentions
    starts = {m.start for m in mentions}
    out = []
    for m in mentions:
        noun = _NEXT_WORD.match(text, m.end)
        if (
            m.type == "LOC"
            and " " not in m.text
            and m.text[:1].isupper()
            and m.text.lower().endswith(_endings(lang))
            and noun is not None
            and noun.group(1) in _nouns(lang)
            and noun.start(1) not in starts
        ):
            surface = text[m.start : noun.end(1)]
            m = replace(m, end=noun.end(1), text=surface, base=rebase(surface, "LOC"))
        out.append(m)
    return out
