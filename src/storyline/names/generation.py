"""A person's generational word after the full name ("mladší", "младши", "Jr."), from the data.

The words are each language's ``generation_words`` (``lang/entities/<lang>.toml``, and
``common.toml`` for the abbreviations every language borrows): each entry is the nominative,
then after "|" the word's other case forms. The analyser runs a name on over the word
(``analyse.entities_generation``); linking reads it off again (``names.people``): the son
("<Given> <Surname> mladší") is not the father ("<Given> <Surname>").
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from storyline.names.parts import entity_data

MIN_NAME_WORDS = 2  # a generational word follows a full name only (after a lone surname it compares)


@cache
def generation_forms(lang: str | None) -> dict[str, tuple[str, bool]]:
    """Every written form of the language's generational words → its nominative, and whether
    the word declines (has other forms than the nominative and an abbreviation's)."""
    forms: dict[str, tuple[str, bool]] = {}
    for source in (lang, "common"):
        for entry in entity_data(source).get("generation_words", []):
            nominative, _, others = str(entry).partition("|")
            words = nominative.split()
            if len(words) != 1:
                continue
            declines = bool(others.split()) and not words[0].endswith(".")
            for form in [words[0], *others.split()]:
                forms.setdefault(form, (words[0], declines))
    return forms


@cache
def any_generation_word() -> frozenset[str]:
    """Every language's generational words, case-folded and without an abbreviation's full stop:
    a name keeps its word in every language it is linked across ("mladší", "младши", "Jr")."""
    folder = resources.files("storyline") / "lang" / "entities"
    langs = [p.name.removesuffix(".toml") for p in folder.iterdir() if p.name.endswith(".toml")]
    return frozenset(form.rstrip(".").casefold() for lang in langs for form in generation_forms(lang))


def without_generation(words: list[str]) -> tuple[list[str], bool]:
    """A person's name words without the generational word after the full name, and whether it
    had one ("<Given> <Surname>, Jr" → "<Given> <Surname>", True)."""
    if len(words) <= MIN_NAME_WORDS or words[-1].rstrip(".").casefold() not in any_generation_word():
        return words, False
    rest = [*words[:-2], words[-2].rstrip(",")]
    return rest, True
