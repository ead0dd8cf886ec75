"""A person's generational word after the full name ("mladší", "младши", "Jr."), from the data.

The words are each language's ``generation_words`` (``lang/entities/<lang>.toml``, and
``common.toml`` for the abbreviations every language borrows): each entry is the nominative,
then after "|" the word's other case forms. The analyser runs a name on over the word
(``analyse.entities_generation``); linking reads it off again (``names.people``): the son
("<Given> <Surname> mladší") is not the father ("<Given> <Surname>").
"""

from __future__ import annotations

from functools import cache

from storyline.names.parts import entity_data, entity_languages

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
    return frozenset(
        form.rstrip(".").casefold() for lang in entity_languages() for form in generation_forms(lang)
    )


_DASHES = "-–"


def without_generation(words: list[str]) -> tuple[list[str], bool]:
    """A person's name words without the generational word after the full name, and whether it
    had one: "<Given> <Surname>, Jr", "<Given> <Surname> - junior" and "<Given> <Surname>-младши"
    (as Bulgarian writes it) are "<Given> <Surname>" and True."""
    *rest, last = words or [""]
    head, dash, word = last.rpartition("-")
    if dash and head and _generational(word):  # written against the surname with a hyphen
        rest, last = [*rest, head], word
    elif rest and rest[-1] in _DASHES:  # or apart, after a dash
        rest = rest[:-1]
    if len(rest) < MIN_NAME_WORDS or not _generational(last):
        return words, False
    return [*rest[:-1], rest[-1].rstrip(",")], True


def _generational(word: str) -> bool:
    return word.rstrip(".").casefold() in any_generation_word()
