"""A street's or a square's name made of a possessive adjective and a common noun, in a case.

Czech and Slovak name squares, streets and bridges after people with a possessive adjective
("Karel" → "Karlův", "Karlova", "Karlovo") and a common noun ("náměstí", "ulice", "most"): "na
Karlově náměstí", "Masarykovu ulici", "na Hviezdoslavovom námestí". The learned endings read the
adjective's "-ově" as a noun's locative ("Krakově" → "Krakov") or keep it before a noun that is
the same in every case ("náměstí"), and the noun stays in its case. The name's base form is the
noun's dictionary form (the word list's) with the adjective in the nominative of that noun's
gender (``lemma_possessive_cases`` in ``lang/entities/<lang>.toml``; the gender from
``lemma_noun_genders``): "Karlovo náměstí", "Masarykova ulice", "Karlův most".
"""

from __future__ import annotations

from functools import cache

from storyline.ner import agreement, lemma_lexicon

MIN_STEM = 3  # letters of the name before the possessive ending ("Jan-ov-")
MAX_PREPOSITION = 3  # a word in small letters this short after the name is a preposition ("nad", "u")


@cache
def _cases(lang: str) -> tuple[tuple[str, tuple[str, str, str]], ...]:
    """(oblique ending, its nominatives by gender), longest ending first."""
    from storyline.names.parts import entity_data

    rows = []
    for row in entity_data(lang).get("lemma_possessive_cases", []):
        oblique, nominatives = (part.split() for part in row.split("|"))
        if len(nominatives) != len(agreement.GENDERS):
            raise ValueError(f"{lang}: lemma_possessive_cases {row!r} needs three nominatives")
        rows += [(ending, tuple(nominatives)) for ending in oblique]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))  # type: ignore[arg-type]


def in_the_nominative(tokens: list[str], out: list[str], lang: str) -> list[str]:
    """``out`` with a name that opens with a possessive adjective in an oblique case before a
    common noun (in small letters, which the word list holds) put in the nominative: the noun's
    dictionary form, the adjective in its gender. Other names as they are."""
    cases = _cases(lang)
    r = agreement.rules(lang) if cases else None
    if r is None or len(tokens) < 2 or not tokens[0][:1].isupper() or not tokens[1].isalpha():
        return out
    if not tokens[1].islower() or len(tokens[1]) <= MAX_PREPOSITION:
        return out  # "Ostrově nad Ohří": a place's noun before a preposition and its complement
    low = tokens[0].lower()
    found = next(((e, n) for e, n in cases if low.endswith(e) and len(low) - len(e) >= MIN_STEM), None)
    noun = lemma_lexicon.lemma(tokens[1], lang)
    if found is None or noun is None or not noun.islower():
        return out
    gender = agreement.noun_gender(noun, r)
    if gender is None:
        return out
    ending, nominatives = found
    return [tokens[0][: -len(ending)] + nominatives[gender], noun, *out[2:]]
