"""Base forms of a language read through a closer relative's learned endings and script.

Serbian has no tagger of its own: the Bulgarian one finds its names (``ner.NEAREST``), but
Bulgarian nouns have no cases, so a Serbian place in the genitive ("Индије", "Srbije") kept its
case. Serbian declines as Croatian, whose base forms the Slovene endings make (hr → sl); the
language's ``lemma_via`` names that language, and a Cyrillic name goes through its Latin letters
(Serbian's two alphabets map letter for letter) and back. Not a person's name: the relative's
given names are spelled its own way ("Aleksander", "Peter" for Serbian "Aleksandar", "Petar").
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from storyline.names.parts import entity_data

if TYPE_CHECKING:  # the lemmatizer module loads word tables: imported where used, not to type
    from storyline.ner.lemma import Lemmatizer

_CYRILLIC = dict(
    zip(
        "абвгдђежзијклљмнњопрстћуфхцчџшАБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШ",
        "a b v g d đ e ž z i j k l lj m n nj o p r s t ć u f h c č dž š "
        "A B V G D Đ E Ž Z I J K L Lj M N Nj O P R S T Ć U F H C Č Dž Š".split(),
        strict=True,
    )
)
_LATIN = {v: k for k, v in _CYRILLIC.items()}
_LATIN_LETTER = re.compile(r"[Ll][Jj]|[Nn][Jj]|[Dd][Žž]|.", re.S)  # one Cyrillic letter each
_HAS_CYRILLIC = re.compile(r"[\u0400-\u04FF]")


@cache
def via_lang(lang: str | None) -> str | None:
    """The language whose endings make this one's base forms, or None."""
    return (str(entity_data(lang).get("lemma_via", "")) or None) if lang else None


def _to_latin(text: str) -> str:
    return "".join(_CYRILLIC.get(ch, ch) for ch in text)


def _to_cyrillic(text: str) -> str:
    out = []
    for m in _LATIN_LETTER.finditer(text):
        letters = m.group()
        out.append(_LATIN.get(letters) or _LATIN.get(letters[:1] + letters[1:].lower()) or letters)
    return "".join(out)


def base_via(lemmatizer: Lemmatizer, surface: str, lang: str | None, etype: str, chunk: str) -> str | None:
    """The base form of a mention of ``lang`` made by its ``lemma_via`` language, in the mention's
    own script; None where the language has none or the mention is a person's."""
    via = via_lang(lang)
    if via is None or etype == "PER":
        return None
    from storyline.ner.lemma import document_words

    cyrillic = bool(_HAS_CYRILLIC.search(surface))
    latin = _to_latin(surface) if cyrillic else surface
    words = document_words(_to_latin(chunk) if cyrillic else chunk)
    base = lemmatizer.base(latin, via, etype, words)
    return _to_cyrillic(base) if cyrillic else base
