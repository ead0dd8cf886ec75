"""A one-word name of a firm or a product right after the noun for its kind ("podjetje <Name>",
"společnosti <Name>": the company <Name>) is written as it is named, in whatever case the noun is.

Slovene and Czech news put a foreign firm's name in apposition to its kind word and leave the
name undeclined: the noun carries the case. BSNLP's gold so writes 465 of 469 Czech names after
"společnost" in any case, and every Slovene one after "podjetje"/"družba" but one misspelling. The
learned endings read the name's own last letter as a case ending all the same ("ReiThera" as the
genitive of "ReiTher"). Polish and Russian are left out: their "spółka <Name's>", "компания
<Name's>" is as often the firm's subsidiary, the name a genitive complement. The kind nouns, in
every case form: ``lemma_kind_nouns`` in ``lang/entities/<lang>.toml``.
"""

from __future__ import annotations

from functools import cache

KIND_TYPES = frozenset({"ORG", "PRO"})


@cache
def _nouns(lang: str) -> frozenset[str]:
    from storyline.names.parts import data_words  # names imports ner: read when first asked

    return frozenset(data_words(lang, "lemma_kind_nouns"))


def as_written_after_kind(surface: str, etype: str, before: str, lang: str) -> bool:
    """Whether ``surface`` (one word, of a firm or a product) follows one of the language's kind
    nouns with one space between, so that its base form is the name as written."""
    if etype not in KIND_TYPES or " " in surface or not before.endswith(" ") or not _nouns(lang):
        return False
    words = before[:-1].rsplit(None, 1)
    return bool(words) and not before[:-1].endswith(" ") and words[-1] in _nouns(lang)
