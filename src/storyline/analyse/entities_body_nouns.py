"""A body's name written as a capitalised adjective and a small-letter noun inside a sentence is
one organisation.

Ukrainian writes the name of a court, a union, a commission or a university with a capital on its
first word only ("Вищий суд", "Холмбівський арбітраж", "Нордвіцький університет"); inside a
sentence no other adjective takes a capital (a country's or a town's adjective is written small:
"швейцарський суд" is a Swiss court, no name). A tagger that learned names from their capitals
misses most such names, or keeps the adjective alone. Annotated news marks the two words, an
organisation.

A capitalised word that ends as the language's adjectives do (``feature_adjective_endings``),
after a small letter, a digit or a comma (so no sentence's first word), with one of the
language's nouns for a body after it (``body_feature_nouns``, their case forms, in
``lang/entities/<lang>.toml``) and no capitalised word after the noun (the name would go on:
"<Supreme> court of <Country>"): a one-word mention of the adjective runs on over the noun and
is an organisation; a mention that is exactly the two words is one; the two words no mention
touches are added as one. The places' nouns (a sea, a strait) are ``entities_features``' own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import cache

import regex

from storyline.analyse.entities_features import ADJECTIVE_NOUN_IN_SENTENCE, NEXT_SMALL_WORD, is_adjective
from storyline.model import Mention
from storyline.names.parts import data_words

BODY = "ORG"
# the noun after the adjective, no capitalised word after it, and the pair in running text: the
# patterns of the feature nouns ("<Adjective> sea"), which read the same shape for places
_NEXT_WORD = NEXT_SMALL_WORD
_IN_SENTENCE_BEFORE = regex.compile(r"[\p{Ll}\p{N},][ \t]+$")
_IN_SENTENCE = ADJECTIVE_NOUN_IN_SENTENCE


@cache
def _nouns(lang: str) -> frozenset[str]:
    return frozenset(data_words(lang, "body_feature_nouns"))


@cache
def _not_endings(lang: str) -> tuple[str, ...]:
    return tuple(data_words(lang, "body_adjective_not_endings"))


def _body_adjective(word: str, lang: str) -> bool:
    """An adjective that may open a body's name: not a possessive of a person's name ("<Name>ova
    stranka" is the party its leader heads, ``body_adjective_not_endings``)."""
    return is_adjective(word, lang) and not (_not_endings(lang) and word.endswith(_not_endings(lang)))


def with_body_nouns(
    text: str,
    mentions: list[Mention],
    lang: str | None,
    rebase: Callable[[str, str], str],
    bounds: tuple[int, int],
) -> list[Mention]:
    """``mentions`` with each body's name of a capitalised adjective and a small-letter noun made
    whole and typed an organisation, and such names no mention touches in ``text[bounds]`` added."""
    if not lang or not _nouns(lang):
        return mentions
    start, end = bounds
    starts = {m.start for m in mentions}
    out = []
    for m in mentions:
        if m.kind != "adjective" and _IN_SENTENCE_BEFORE.search(text, max(start, m.start - 3), m.start):
            noun = _NEXT_WORD.match(text, m.end)
            words = m.text.split()
            if (
                len(words) == 1
                and _body_adjective(m.text, lang)
                and noun is not None
                and noun.group(1) in _nouns(lang)
                and noun.start(1) not in starts
            ):
                surface = text[m.start : noun.end(1)]
                m = replace(m, end=noun.end(1), text=surface, type=BODY, base=rebase(surface, BODY))
            elif (
                m.type != BODY
                and len(words) == 2
                and _body_adjective(words[0], lang)
                and words[1] in _nouns(lang)
                and _NEXT_WORD.match(text, m.start + len(words[0])) is not None
            ):
                m = replace(m, type=BODY, base=rebase(m.text, BODY))
        out.append(m)
    added = [
        Mention(hit.start(), hit.end(), hit.group(), BODY, rebase(hit.group(), BODY), lang)
        for hit in _IN_SENTENCE.finditer(text, start, end)
        if _body_adjective(hit.group(1), lang)
        and hit.group(2) in _nouns(lang)
        and not any(m.start < hit.end() and hit.start() < m.end for m in out)
    ]
    return sorted(out + added, key=lambda m: (m.start, -m.end)) if added else out
