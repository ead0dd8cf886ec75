"""Base forms of a body's name made of a clipped prefix and a common noun ("Євроради", "Госдумы").

Russian and Ukrainian coin such names from a clipped word and a noun run together ("Євро-" +
"рада": the European Council). The dictionary lacks many of them, and the learned endings read
the unknown whole as a nominative ("Євроради" kept, audit dev sample ents74). The noun after the
prefix declines as it does alone, so its reading tells the case: the name's base form is the
prefix as written and that noun's nominative, in the singular where it reads as a singular.

Data: ``lemma_compound_prefixes`` in ``lang/entities/<lang>.toml``, the clipped words as written
at a name's start.
"""

from __future__ import annotations

from functools import cache
from typing import Any

_PROPER = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn"})  # a name's reading is no common noun's
MIN_NOUN = 3  # letters of the noun after the prefix ("рада", "дума"); shorter are no word to trust


@cache
def _prefixes(lang: str) -> tuple[str, ...]:
    from storyline.names.parts import data_words

    return tuple(sorted(data_words(lang, "lemma_compound_prefixes"), key=len, reverse=True))


def nominative(word: str, lang: str, analyzer: Any) -> str | None:
    """The base form of ``word`` where it is a listed prefix and a noun the dictionary knows in an
    oblique case; None for any other word, or one the dictionary knows whole."""
    if not word[:1].isupper() or not word.isalpha() or word.isupper() or analyzer.word_is_known(word.lower()):
        return None
    for prefix in _prefixes(lang):
        noun = word[len(prefix) :]
        if not word.startswith(prefix) or len(noun) < MIN_NOUN or not noun.islower():
            continue
        if not analyzer.word_is_known(noun):
            return None
        readings = [
            q for q in analyzer.parse(noun) if q.tag.POS == "NOUN" and not _PROPER & set(q.tag.grammemes)
        ]
        if not readings or any(q.tag.case == "nomn" and q.tag.number != "plur" for q in readings):
            return None  # no noun, or its singular nominative already: as written
        singular = [q for q in readings if q.tag.number != "plur"]
        best = max(singular or readings, key=lambda q: q.score)
        if best.tag.number is None:
            return prefix + best.normal_form  # the Ukrainian dictionary tags no singular: its lemma is one
        form = best.inflect({"nomn", best.tag.number})
        return prefix + form.word if form is not None else None
    return None
