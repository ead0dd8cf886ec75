"""A place named by an adjective alone, in small letters ("iz belokranjske": from the Bela krajina region):
the region noun is left out, and the name's base form is the adjective in the form that agrees
with that noun in the nominative.

Slovene news lists its statistical regions so ("40 iz belokranjske, 12 iz gorsko-ravenske"), each
the genitive of an adjective whose noun, "regija", is feminine; the learned endings and the word
list give the adjective's dictionary form, the masculine ("belokranjski"), and a compound
adjective ("gorsko-ravenske") keeps its case. Per-language data:
``lemma_region_adjective`` in ``lang/entities/<lang>.toml`` — rows "case endings | nominative
ending"; an adjective's stem ends as ``lemma_adjective_stems`` says, and the parts before the last
of a compound end in ``lemma_compound_adjective_links``. A language without the rows keeps its
own reading (Polish voivodeships are neuter adjectives, and come out right already).
"""

from __future__ import annotations

from functools import cache


@cache
def _rows(lang: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    from storyline.names.parts import entity_data  # names imports ner: read when first asked

    out = []
    for row in entity_data(lang).get("lemma_region_adjective", []):
        endings, nominative = row.split("|")
        out.append((tuple(sorted(endings.split(), key=len, reverse=True)), nominative.strip()))
    return tuple(out)


@cache
def _stems(lang: str) -> tuple[str, ...]:
    from storyline.names.parts import data_words

    return data_words(lang, "lemma_adjective_stems")


@cache
def _links(lang: str) -> tuple[str, ...]:
    from storyline.names.parts import data_words

    return data_words(lang, "lemma_compound_adjective_links")


def nominative(word: str, lang: str) -> str | None:
    """The region's adjective in its nominative, for one word in small letters that is an
    adjective's case form (its last part, after parts that end in a compound's link vowel); None
    for any other word."""
    if not word.islower() or not word.replace("-", "").isalpha():
        return None
    *firsts, last = word.split("-")
    if not last or any(not p or not p.endswith(_links(lang) or ("\0",)) for p in firsts):
        return None
    for endings, nominative_ending in _rows(lang):
        ending = next((e for e in endings if last.endswith(e)), None)
        if ending is None:
            continue
        stem = last[: len(last) - len(ending)]
        if stem.endswith(_stems(lang) or ("\0",)) and len(stem) > max(map(len, _stems(lang))):
            return "-".join([*firsts, stem + nominative_ending])
    return None
