"""A one-word name of a firm or a product right after the noun for its kind ("podjetje <Name>",
"společnosti <Name>": the company <Name>) is written as it is named, in whatever case the noun is.

Slovene and Czech news put a foreign firm's name in apposition to its kind word and leave the
name undeclined: the noun carries the case. BSNLP's gold so writes 465 of 469 Czech names after
"společnost" in any case, and every Slovene one after "podjetje"/"družba" but one misspelling. The
learned endings read the name's own last letter as a case ending all the same ("ReiThera" as the
genitive of "ReiTher"). Polish and Russian are left out: their "spółka <Name's>", "компания
<Name's>" is as often the firm's subsidiary, the name a genitive complement; so is a Czech or
Slovene name the document also writes without the ending ("společnosti <Name>u" beside
"<Name>"). The kind nouns, in every case form: ``lemma_kind_nouns`` in ``lang/entities/<lang>.toml``.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import cache

KIND_TYPES = frozenset({"ORG", "PRO"})
MAX_ENDING = 3  # letters of a case ending after a name the document also writes bare


@cache
def _nouns(lang: str) -> frozenset[str]:
    from storyline.names.parts import data_words  # names imports ner: read when first asked

    return frozenset(data_words(lang, "lemma_kind_nouns"))


def as_written_after_kind(
    surface: str, etype: str, before: str, lang: str, attested: Collection[str] = ()
) -> bool:
    """Whether ``surface`` (one word, of a firm or a product) follows one of the language's kind
    nouns with one space between, so that its base form is the name as written. Not where the
    document also writes the word less a short ending (``attested``: its words): "společnosti
    <Name>u" beside "<Name>" is the genitive of a name the text declines ("a subsidiary of <Name>")."""
    if etype not in KIND_TYPES or " " in surface or not before.endswith(" ") or not _nouns(lang):
        return False
    if any(surface[:-k] in attested for k in range(1, MAX_ENDING + 1) if len(surface) > k + 1):
        return False
    words = before[:-1].rsplit(None, 1)
    return bool(words) and not before[:-1].endswith(" ") and words[-1] in _nouns(lang)
