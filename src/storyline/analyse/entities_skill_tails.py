"""A product's name and an English word for a field of work after it are a skill, not a name.

Lists of skills or courses write "<Maker> <Product> Architecture", "<Product> Development": the
tagger runs the product's name on over the English noun of the discipline (audit round 36 N2,
"<Maker> <Cloud> Architecture" in a list of a year's wanted skills). A product's mention of three
words or more whose last word is such a noun (``skill_words`` of ``lang/entities/common.toml``, as
written) ends before it: the product is the name, the discipline a common noun.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import cache

import regex

from storyline.model import Mention
from storyline.names.parts import entity_data

PRODUCT = "PRO"
MIN_WORDS = 3  # the product keeps two words or more: "<Product> Architecture" alone may be a title
_LAST = regex.compile(r"[ \u00a0]+(\p{Lu}\p{Ll}+)$")


@cache
def _skill_words() -> frozenset[str]:
    return frozenset(str(entity_data("common").get("skill_words", "")).split())


def without_skill_tails(mentions: list[Mention], rebase: Callable[[str, str], str]) -> list[Mention]:
    """``mentions`` with each product's trailing discipline noun cut off."""
    out = []
    for m in mentions:
        last = _LAST.search(m.text) if m.type == PRODUCT and len(m.text.split()) >= MIN_WORDS else None
        if last is not None and last.group(1) in _skill_words():
            head = m.text[: last.start()]
            m = replace(m, end=m.start + len(head), text=head, base=rebase(head, PRODUCT))
        out.append(m)
    return out
