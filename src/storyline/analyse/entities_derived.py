"""Words made from a name that are not the name: a town's people.

"Нордвикчанин" (a man from Nordvik) is a place's name with one of the language's endings for its
people (``place_demonym_endings`` in ``lang/entities/<lang>.toml``): a common noun, not a person
and not the town (a country's people stay, as the country: ``entities_hygiene``).

A surname's possessive adjective (Slovene "Kowalčevih", Kowalč's) is no name by the audit's rules
either, but annotated news marks it as the person (BSNLP: about forty in Slovene alone) and the
tagger learned to: dropping it cost recognition, so it stays (see eval/README.md).
"""

from __future__ import annotations

from storyline.model import Mention
from storyline.names import is_place
from storyline.names.parts import data_words

MIN_STEM = 3


def is_derived(m: Mention, lang: str | None) -> bool:
    """True for a one-word mention that is a word made from a place's name for its people."""
    word = m.text
    if not word[:1].isupper() or not word.isalpha():
        return False
    for ending in data_words(lang, "place_demonym_endings"):
        stem = word[: -len(ending)]
        if word.lower().endswith(ending) and len(stem) >= MIN_STEM and is_place(stem):
            return True
    return False
