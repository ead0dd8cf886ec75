"""A national body named with its country in the genitive: "<Body> <small words> <Country>-gen".

Slovene names a country's society, union, post or chamber by its noun phrase and the country in
the genitive ("<Red> križ Slovenije", "<Skupnost> socialnih zavodov Slovenije", "<Mladi>
zdravniki Slovenije": the Red Cross, the union of social institutions, the young doctors of
Slovenia), the first word capitalised, the rest in small letters. A tagger finds the country
alone, a place. The Slovene gold marks the whole an organisation; the genitive right after a
capitalised word is inside a body 14 times of 16, but after a small-letter word it is a place of
its own as often as not ("položaj Slovenije", Slovenia's position; "prebivalci Slovenije", its
inhabitants: 30 places, 25 inside a body), so only a phrase a capital opens is read so.

So where the language says so (``body_country_endings``, the endings of a country's genitive, in
``lang/entities/<lang>.toml``), a one-word place whose base form is a country and that ends so,
after at most ``MAX_BETWEEN`` words in small letters (not the language's stopwords or
prepositions, but for ``body_inner_words`` such as "in", "za") and a capitalised word that opens no sentence, is one
organisation from that word on — where no mention lies between but an organisation the tagger
ended right before the country ("<Society> za <field> | <Country>-gen"): another name inside the
run ("<West> proti njej zaradi <Country>-gen", the West because of a country) makes it a
sentence's words. A title ("predsednik") is no
body's first word; a sentence's first word is left (as often "<Inhabitants> of <Country>").
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from storyline.model import Mention
from storyline.names import countries, fold
from storyline.names.parts import data_words, titles

BODY = "ORG"
MAX_BETWEEN = 6  # small words between a body's first word and its country ("za zdravje srca in ožilja")
_WORD = regex.compile(r"[\p{L}\p{M}]+")
_SENTENCE_END = '.!?:;\n«»"“”„'


def bodies_of_countries(
    text: str, mentions: list[Mention], lang: str | None, rebase: Callable[[str, str], str]
) -> list[Mention]:
    """``mentions`` with each "<Body> … <Country-genitive>" (the module's doc) one organisation."""
    endings = tuple(data_words(lang, "body_country_endings"))
    if not lang or not endings:
        return mentions
    out = list(mentions)
    for c in mentions:
        if c.type != "LOC" or c.kind or " " in c.text or not c.text.endswith(endings):
            continue
        if c.base == c.text or fold(c.base or "") not in countries():
            continue
        start = _first_word(text, c.start, lang)
        if start is None:
            continue
        touching = [m for m in out if m.start < c.end and start < m.end and m is not c]
        # the phrase is no name yet, or a body's name the tagger ended right before the country;
        # another name inside it ("<Union> … <Country>-gen", "<West> against … <Country>") is a
        # sentence's words, not one name
        if any(m.start < start or m.type != BODY or text[m.end : c.start] != " " for m in touching):
            continue
        touching.append(c)
        surface = text[start : c.end]
        whole = Mention(start, c.end, surface, BODY, rebase(surface, BODY), lang)
        out = [m for m in out if m not in touching] + [whole]
    return sorted(out, key=lambda m: (m.start, -m.end))


def _first_word(text: str, end: int, lang: str) -> int | None:
    """Where the capitalised word opening the phrase before ``end`` starts, or None."""
    inner = frozenset(data_words(lang, "body_inner_words"))
    stop = frozenset(data_words(lang, "stopwords")) | frozenset(data_words(lang, "prepositions"))
    at = end
    for _ in range(MAX_BETWEEN + 1):
        if at < 2 or text[at - 1] != " ":
            return None
        word = None
        for w in _WORD.finditer(text, max(0, at - 40), at - 1):
            if w.end() == at - 1:
                word = w
        if word is None:
            return None
        token = word.group()
        if token[:1].isupper():
            if token.lower() in stop or token.lower() in titles(lang) or _opens_sentence(text, word.start()):
                return None
            return word.start()
        if token not in inner and (len(token) < 3 or token in stop):
            return None
        at = word.start()
    return None


def _opens_sentence(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END
