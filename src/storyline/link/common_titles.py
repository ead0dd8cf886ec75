"""Titles that are one everyday word of their language ("Facts", "Truth", "News" in each
language's own word): many outlets and programmes in many countries go by such a word, so two
languages' titles spelt alike are two works unless the learned name table joins them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from storyline.analyse.entity_confidence import everyday_words


def common_title(name: str, lang: str | None) -> bool:
    """A one-word name that is an everyday word of its language (wordfreq), in any case."""
    word = name.strip()
    return bool(lang) and " " not in word and word.isalpha() and word.lower() in everyday_words(str(lang))


def other_common_title(name: str, lang: str | None, names: Mapping[str, Counter[str]]) -> bool:
    """A work titled by an everyday word (``common_title``) and an entity known only in other
    languages, each of its names an everyday word there too: Polish "Fakty" and a Ukrainian
    paper's "ФАКТЫ" are one word translated, not one outlet."""
    if not lang or not common_title(name, lang) or names.get(lang):
        return False
    theirs = [(n, other) for other, counted in names.items() for n in counted]
    return bool(theirs) and all(common_title(n, other) for n, other in theirs)
