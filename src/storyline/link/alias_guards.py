"""Guards against joining two bodies that only a learned alias or a spelling puts together.

- ``other_party``: the learned name table (``ner.aliases``) may file a party family's word under
  another party (an annotator's slip: "the Liberals" under a Labour party's id). The words' own
  meaning wins where the alias's entity is known by names of another party family only.
- ``articled_plural``: a language that writes its definite article as an ending (Bulgarian "-те")
  makes a capitalised plural noun of a common word ("the Greens", "the Lefts": a party's members);
  found by spelling alone, such a word is no foreign town one or two letters away.

Data in ``lang/entities/<lang>.toml``: ``plural_article_endings``.
"""

from __future__ import annotations

from collections import Counter

from storyline.names.concepts import concept_key
from storyline.names.parts import data_words

MIN_PLURAL_STEM = 3  # letters before the article: a shorter word is a function word


def other_party(base: str, lang: str | None, names: dict[str, Counter[str]]) -> bool:
    """Whether a name of a party family (``concept_key``) is filed under an entity whose names
    name parties, none of them this family."""
    ck = concept_key(base, lang)
    if ck is None or not ck.party:
        return False
    theirs = [
        k.tokens for lg, counted in names.items() for n in counted if (k := concept_key(n, lg)) and k.party
    ]
    return bool(theirs) and not any(set(t) & set(ck.tokens) for t in theirs)


def articled_plural(base: str, lang: str | None) -> bool:
    """One capitalised word that ends in the language's plural definite article, a stem before it."""
    word = base.strip()
    if not lang or " " in word or not word[:1].isupper():
        return False
    w = word.lower()
    return any(
        w.endswith(e) and len(w) - len(e) >= MIN_PLURAL_STEM
        for e in data_words(lang, "plural_article_endings")
    )


def articled_plurals_only(names: dict[str, Counter[str]]) -> bool:
    """Whether every name an entity goes by is such a plural (``articled_plural``)."""
    named = [(n, lg) for lg, counted in names.items() for n in counted]
    return bool(named) and all(articled_plural(n, lg) for n, lg in named)
