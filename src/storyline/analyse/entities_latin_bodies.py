"""A Latin-script name right after a noun for a firm or a union in a Cyrillic text is that body
(issue 12, rec49).

A tagger trained on Cyrillic news reads a foreign body's Latin name it never saw as no name at
all: "профсоюз пилотов <Name>", "туроператора <NAME>", "членов <Name>" (the union's members)
— ru ryanair alone has 40 such mentions of one union missed. The noun before says what it is: a
firm, an agency, an airline (``company_words`` of the language), a union, a tour operator, the
members of a body (``union_words``), right before the name or with one word between ("профсоюз
пилотов <Name>", the pilots' union). Where no mention covers a capitalised Latin run of up to
three words (no web address, no e-mail) after such a noun in a passage of Cyrillic letters, the
run is an organisation's name; the second pass then finds its other mentions in the passage.
"""

from __future__ import annotations

from functools import cache

import regex

from storyline.model import Mention
from storyline.names.parts import data_words
from storyline.names.script import is_latin

# a capitalised run of Latin words (dots, hyphens, ampersands inside), not part of an address
_RUN = regex.compile(r"(?<![\w./@&-])[A-Z][A-Za-z0-9&'.-]*(?: [A-Z0-9][A-Za-z0-9&'.-]*){0,2}(?![\w/@])")
_WORDS_BEFORE = regex.compile(r"(?:([\p{L}\p{M}']+)[ \t]+)?([\p{L}\p{M}']+)[ \t]+[«„“\"]?$")
_CYRILLIC = regex.compile(r"\p{Cyrillic}")
REACH = 50  # characters looked at before a run for its noun


@cache
def _nouns(lang: str) -> frozenset[str]:
    return frozenset(data_words(lang, "company_words") + data_words(lang, "union_words"))


def latin_bodies(
    text: str, mentions: list[Mention], lang: str | None, bounds: tuple[int, int]
) -> list[Mention]:
    """``mentions`` (sorted) with the Latin names that a body's noun stands before added."""
    nouns = _nouns(lang) if lang else frozenset()
    if not nouns or not data_words(lang, "union_words"):
        return mentions
    start, end = bounds
    added: list[Mention] = []
    for run in _RUN.finditer(text, start, end):
        s, e = run.span()
        while e > s and text[e - 1] in ".-'":
            e -= 1
        if e - s < 2 or not is_latin(text[s:e]):
            continue
        if any(m.start < e and s < m.end for m in mentions):
            continue
        before = _WORDS_BEFORE.search(text, max(start, s - REACH), s)
        if before is None or not _CYRILLIC.search(before.group(2)):
            continue
        if not any(w is not None and w.lower() in nouns for w in before.groups()):
            continue
        surface = text[s:e]
        added.append(Mention(s, e, surface, "ORG", surface, lang))
    return sorted(mentions + added, key=lambda m: (m.start, -m.end)) if added else mentions
