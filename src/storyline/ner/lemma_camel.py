"""Base forms of coined compounds written with a capital inside ("ЭпиВакКорона", "BreakCorona").

A brand or a vaccine name made of several words run together declines by its last part only,
and that part is often a common word the dictionary knows ("Корона", "Corona"). The learned
endings read the whole word as one unknown name and cut its nominative ("ЭпиВакКорона" as the
genitive of "ЭпиВакКорон"); the dictionary's reading of the last part tells its case instead.
"""

from __future__ import annotations

import re

from storyline.ner import lemma_lexicon, morphology

# a small letter, then the capital that opens the last part, then small letters to the end
_LAST_PART = re.compile(r"(?<=[^\W\d_])(?<![^\W\d_][A-ZА-ЯЁІЇЄҐ])([A-ZА-ЯЁІЇЄҐ][^\W\d_A-ZА-ЯЁІЇЄҐ]+)$")
MIN_PART = 4  # letters of the last part: shorter ones ("Vac", "Info") are too often no word of the language
MIN_BEFORE = 2


def _split(word: str) -> tuple[str, str] | None:
    """(letters before the last part, the last part) of a word written with a small letter
    right before a capital inside it; None for any other word."""
    m = _LAST_PART.search(word)
    if m is None or m.start() < MIN_BEFORE or len(m.group(1)) < MIN_PART:
        return None
    before = word[: m.start()]
    if not before[-1:].islower():
        return None
    return before, m.group(1)


def nominative(word: str, lang: str, morph: morphology.Morphology | None) -> str | None:
    """The compound with its last part in the dictionary form its dictionary gives (the
    compound as written where that part is one already); None where the dictionary does not
    know the part, or the word is no such compound."""
    split = _split(word)
    if split is None:
        return None
    before, part = split
    if morph is not None:
        form = morph.singular_nominative(part)
    else:
        form = lemma_lexicon.lemma(part, lang)
        if form is not None and not form[:1].isupper():
            form = None  # a capitalised part read as a form of a common word of another kind
    return before + form if form else None
