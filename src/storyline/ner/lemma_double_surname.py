"""A woman's double-barrelled surname whose last part is a feminine possessive-type surname.

Slovene women may bear a surname formed as a possessive adjective ("-eva", "-ova": the wife's or
daughter's form of a man's surname), and a double-barrelled one of hers joins it by a hyphen to
another surname that does not decline ("X-Yeva", genitive "X-Yeve", dative "X-Yevi", accusative
"X-Yevo"). Such a part declines like an adjective, so its feminine nominative is the base form of
the whole: the first part as written, the last one's oblique ending swapped back. Per-language
data: ``lemma_womans_double_surname_endings`` in ``lang/entities/<lang>.toml``, rows
"nominative | oblique endings"; a language without it keeps such names as the rest made them.
"""

from __future__ import annotations

import re
from functools import cache

from storyline.ner.lemma_lexicon import recase

MIN_STEM = 2  # letters the last part keeps before its ending
_DOUBLE = re.compile(r"([^\W\d_]+)-([^\W\d_]+)", re.UNICODE)


@cache
def _endings(lang: str) -> tuple[tuple[str, str], ...]:
    """(oblique ending, nominative ending), longest first."""
    from storyline.names.parts import entity_data

    pairs: list[tuple[str, str]] = []
    for row in entity_data(lang).get("lemma_womans_double_surname_endings", []):
        nominative, _, oblique = row.partition("|")
        pairs += [(e, nominative.strip()) for e in oblique.split()]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def womans_nominative(tokens: list[str], out: list[str], lang: str) -> list[str]:
    """``out`` (a person's name's base forms, word by word) with a double-barrelled surname whose
    first part is as written and whose last part ends in a feminine oblique ending
    (``lemma_womans_double_surname_endings``) in its feminine nominative."""
    endings = _endings(lang)
    if not endings or len(out) != len(tokens):
        return out
    result = list(out)
    for i, token in enumerate(tokens):
        m = _DOUBLE.fullmatch(token)
        if m is None:
            continue
        first, last = m.groups()
        if not (first[:1].isupper() and last[:1].isupper() and last[1:].islower()):
            continue
        if out[i].partition("-")[0] != first:
            continue  # the first part declined: no undeclined surname before hers
        low = last.lower()
        for ending, nominative in endings:
            if low.endswith(ending) and len(last) - len(ending) >= MIN_STEM:
                result[i] = f"{first}-{recase(last, last[: len(last) - len(ending)] + nominative)}"
                break
    return result
