"""A woman's second surname in its possessive form, after a first surname that does not decline.

Slovene news names a woman by her surname as a possessive adjective ("Vidmarjeva", "-eva"/"-ova":
Ms Vidmar), and a double surname without a hyphen likewise ("Kolar Vidmarjeva", Ms Kolar Vidmar):
the first part as written, the second declining like an adjective. The name's word by word base
forms read the second part as an adjective and give its masculine ("Kolar Vidmarjev"), a form of
no one's name; the part alone reads as the surname it is made from ("Vidmarjeva" → "Vidmar", as
BSNLP's gold writes such names). So the last word takes the base form it has alone where the word
before it is a surname kept as written (no given name: "<Given> <Surname-ova>" is a given name
and a surname in one case). The endings, nominative | oblique: the rows of
``lemma_womans_double_surname_endings`` in ``lang/entities/<lang>.toml`` (the hyphenated double
surname's, ``lemma_double_surname``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from storyline.names.given import given_name


@cache
def _endings(lang: str) -> tuple[str, ...]:
    from storyline.names.parts import entity_data

    endings: list[str] = []
    for row in entity_data(lang).get("lemma_womans_double_surname_endings", []):
        endings += row.replace("|", " ").split()
    return tuple(endings)


def womans_second_surname(
    tokens: list[str], out: list[str], lang: str, alone: Callable[[str], str]
) -> list[str]:
    """``out`` with a last word of a possessive woman's ending after an undeclined surname in the
    base form the word has alone (``alone``: a one-word name's base form)."""
    endings = _endings(lang)
    if not endings or len(tokens) < 2 or len(out) != len(tokens):
        return out
    last, before = tokens[-1], tokens[-2]
    if not (last[:1].isupper() and last[1:].islower() and last.lower().endswith(endings)):
        return out
    if out[-2] != before or not before[:1].isupper() or given_name(before):
        return out
    own = alone(last)
    return out if own == last else [*out[:-1], own]
