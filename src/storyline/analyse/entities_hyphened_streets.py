"""A street's name joined to the word for a street by a hyphen is one place (issue 12, rec49).

Russian and Ukrainian transcribe English street names with the noun after a hyphen, in small
letters ("<Name>-стрит"): the tagger ends the name at the hyphen and types what is left by its
letters, a place or a person. The gold marks the whole a place (ru 7 of 7, uk 2 of 3). A one-word
mention followed by a hyphen and one of the language's ``street_words_hyphened`` takes the word
in, as a place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import cache

import regex

from storyline.model import Mention
from storyline.names.parts import data_words

Rebase = Callable[[str, str], str]  # (surface, type) → base form
_AFTER = regex.compile(r"-(\p{Ll}+)(?![\p{L}\p{M}-])")


@cache
def _streets(lang: str) -> frozenset[str]:
    return frozenset(data_words(lang, "street_words_hyphened"))


def hyphened_streets(text: str, mentions: list[Mention], lang: str | None, rebase: Rebase) -> list[Mention]:
    """``mentions`` with each "<Name>-<street word>" one place."""
    streets = _streets(lang) if lang else frozenset()
    if not streets:
        return mentions
    out = []
    for m in mentions:
        after = _AFTER.match(text, m.end)
        if after is not None and " " not in m.text and after.group(1) in streets:
            whole = text[m.start : after.end()]
            m = replace(m, end=after.end(), text=whole, type="LOC", base=rebase(whole, "LOC"))
        out.append(m)
    return out
