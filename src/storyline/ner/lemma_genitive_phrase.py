"""A name written whole in the genitive singular feminine (Greek "της Ευρωπαϊκής Ένωσης": "of the
European Union"), for a language the learned endings know nothing of.

A feminine adjective's genitive singular is its nominative with a final "-ς" ("Ευρωπαϊκής" of
"Ευρωπαϊκή", "Νέας" of "Νέα"), and the word list (simplemma's, lookup only) holds it as a form of a
masculine dictionary adjective; the noun after such adjectives is in the same case, and its
dictionary form is its nominative ("Ένωση"). A masculine or neuter genitive ("-ού") tells
neither gender apart from the other, so only the feminine is put back. Endings in
``lemma_feminine_genitive`` of ``lang/entities/<lang>.toml``: "adjective genitive endings |
endings of the masculine dictionary adjectives they belong to".
"""

from __future__ import annotations

from functools import cache

from storyline.ner import lemma_lexicon

MIN_SHARED = 3  # letters a noun's genitive shares with its dictionary form at least


@cache
def _endings(lang: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    from storyline.names.parts import entity_data

    rows = entity_data(lang).get("lemma_feminine_genitive", [])
    if not rows:
        return None
    genitive, dictionary = (p.strip() for p in rows[0].split("|"))
    return tuple(genitive.split()), tuple(dictionary.split())


def _feminine_genitive_adjective(
    word: str, lang: str, endings: tuple[tuple[str, ...], tuple[str, ...]]
) -> bool:
    low = word.lower()
    found = lemma_lexicon.lemma(low, lang)
    return (
        word[:1].isupper()
        and low.endswith(endings[0])
        and found is not None
        and found.lower() != low
        and (found.lower().endswith(endings[1]) or found.lower() == low[:-1])
    )  # the list gives the masculine, or for some the feminine nominative itself ("ερυθρά")


def _shared(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def in_the_nominative(tokens: list[str], out: list[str], lang: str) -> list[str]:
    """``out`` (the base forms of ``tokens``) with a name's opening feminine adjectives in the
    genitive and the noun after them put in the nominative; what follows the noun keeps its form
    (a complement in its own case). As is where the name does not open so."""
    endings = _endings(lang)
    if endings is None or len(tokens) < 2 or out[: len(tokens)] != tokens:
        return out
    k = 0
    while k < len(tokens) - 1 and _feminine_genitive_adjective(tokens[k], lang, endings):
        k += 1
    # a feminine noun reads as such an adjective too ("Τράπεζας" of "τράπεζα"): the longest run of
    # adjectives that a noun follows
    while k > 0 and (found := _noun_nominative(tokens[k], lang)) is None:
        k -= 1
    if k == 0 or found is None:
        return out
    adjectives = [t[:-1] for t in tokens[:k]]  # the final "-ς" off: the feminine nominative
    return [*adjectives, found, *out[k + 1 :]]


def _noun_nominative(noun: str, lang: str) -> str | None:
    """The dictionary form of a capitalised noun in a case (None: no such noun)."""
    found = lemma_lexicon.lemma(noun.lower(), lang)
    if (
        not noun[:1].isupper()
        or found is None
        or found.lower() == noun.lower()
        or _shared(found.lower(), noun.lower()) < MIN_SHARED
        or lemma_lexicon.is_a_dictionary_form(noun.lower(), lang)
    ):
        return None
    return lemma_lexicon.recase(noun, found)
