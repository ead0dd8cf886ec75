"""Letters a word list writes otherwise than the text: Romanian "ş"/"ţ" (cedilla), which older
keyboards and feeds still write, are "ș"/"ț" (comma below) in the word list, so a word written
with the cedilla is looked up with the comma and a form found is given back in the text's letters.
Pairs in ``lemma_lookup_letters`` of ``lang/entities/<lang>.toml`` ("written:listed").
"""

from __future__ import annotations

from functools import cache


@cache
def _pairs(lang: str) -> tuple[tuple[str, str], ...]:
    from storyline.names.parts import data_words  # names imports ner: read when first asked

    pairs = (p.split(":") for p in data_words(lang, "lemma_lookup_letters"))
    return tuple((a, b) for a, b in pairs)


def for_lookup(word: str, lang: str) -> str:
    """``word`` in the word list's letters."""
    for written, listed in _pairs(lang):
        word = word.replace(written, listed)
    return word


def as_written(form: str, word: str, lang: str) -> str:
    """``form`` (found in the list for ``word``) in the letters ``word`` is written with."""
    for written, listed in _pairs(lang):
        if written in word:
            form = form.replace(listed, written)
    return form
