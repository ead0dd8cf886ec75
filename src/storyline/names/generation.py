"""A person's generational word after the full name ("mladší", "младши", "Jr."), from the data.

The words are each language's ``generation_words`` (the son's: "mladší", "Jr.") and
``generation_elder_words`` (the father's: "starší", "Sr.") in ``lang/entities/<lang>.toml``, and
``common.toml`` for the abbreviations every language borrows: each entry is the nominative, then
after "|" the word's other case forms. The analyser runs a name on over the word
(``analyse.entities_generation``); linking reads it off again (``names.people``): the son
("<Given> <Surname> mladší") is not the father ("<Given> <Surname>", "<Given> <Surname> starší").
A Roman numeral after a full name ("<Given> <Surname> III") tells a generation too.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from storyline.names.parts import entity_data, entity_languages

MIN_NAME_WORDS = 2  # a generational word follows a full name only (after a lone surname it compares)
YOUNGER, ELDER = "younger", "elder"
_KEYS = {"generation_words": YOUNGER, "generation_elder_words": ELDER}

# an upper-case Roman numeral of a ruler, a pope or a generation (II to XXXIX), a dot after it in
# the languages that write ordinals so; Cyrillic І and Х, which Ukrainian and Belarusian texts put
# for the Latin ones
ROMAN = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})\.?")
CYRILLIC_NUMERALS = str.maketrans("ІХ", "IX")


class GenerationWord(NamedTuple):
    nominative: str
    declines: bool  # has other forms than the nominative and an abbreviation's
    sense: str  # YOUNGER (the son's word) or ELDER (the father's)


@cache
def generation_forms(lang: str | None) -> dict[str, GenerationWord]:
    """Every written form of the language's generational words → the word it is a form of."""
    forms: dict[str, GenerationWord] = {}
    for source in (lang, "common"):
        data = entity_data(source)
        for key, sense in _KEYS.items():
            for entry in data.get(key, []):
                nominative, _, others = str(entry).partition("|")
                words = nominative.split()
                if len(words) != 1:
                    continue
                declines = bool(others.split()) and not words[0].endswith(".")
                for form in [words[0], *others.split()]:
                    forms.setdefault(form, GenerationWord(words[0], declines, sense))
    return forms


@cache
def any_generation_word() -> dict[str, str]:
    """Every language's generational words, case-folded and without an abbreviation's full stop,
    → their sense: a name keeps its word in every language it is linked across ("mladší",
    "младши", "Jr" are one son's)."""
    return {
        form.rstrip(".").casefold(): word.sense
        for lang in entity_languages()
        for form, word in generation_forms(lang).items()
    }


_DASHES = "-–"


def without_generation(words: list[str]) -> tuple[list[str], str]:
    """A person's name words without the generational word after the full name, and which
    generation it told ("" where none): "<Given> <Surname>, Jr", "<Given> <Surname> - junior" and
    "<Given> <Surname>-младши" (as Bulgarian writes it) are "<Given> <Surname>" and YOUNGER;
    "<Given> <Surname> III" is "<Given> <Surname>" and "III" (a ruler's "<Given> III." keeps it)."""
    *rest, last = words or [""]
    head, dash, word = last.rpartition("-")
    if dash and head and _generational(word):  # written against the surname with a hyphen
        rest, last = [*rest, head], word
    elif rest and rest[-1] in _DASHES:  # or apart, after a dash
        rest = rest[:-1]
    if len(rest) < MIN_NAME_WORDS:
        return words, ""
    sense = any_generation_word().get(last.rstrip(".").casefold(), "") or roman_numeral(last)
    if not sense:
        return words, ""
    return [*rest[:-1], rest[-1].rstrip(",")], sense


def roman_numeral(word: str) -> str:
    """The Roman numeral a word is ("III.", "IV"), upper case and without its dot, or ""."""
    numeral = word.translate(CYRILLIC_NUMERALS)
    if len(numeral.rstrip(".")) >= 2 and ROMAN.fullmatch(numeral):  # one letter may be an initial
        return numeral.rstrip(".")
    return ""


def _generational(word: str) -> bool:
    return word.rstrip(".").casefold() in any_generation_word()
