"""Abbreviations of common nouns, known by the text's own definition.

A text that writes "toxic waste materials (TOWAM)" says what the capitals stand for: lower-case
words, a kind of thing and no name. A tagger takes any word in capitals for a body's name; such an
abbreviation is none, anywhere in the document. The abbreviation must spell the words before the
bracket: each of its pieces begins one of them, in order, up to the last word before the bracket
("hazardous materials" → HAZ + MAT; "polymerase chain reaction" → P + C + R), and short function
words may be passed over ("freedom of movement" → FOM). A name spelt out in capitals ("the World
Nordic Forum (WNF)") is left alone, and so is an abbreviation in another script than its words
(a Latin one after Cyrillic words names the thing in English, which the words do not show).
"""

from __future__ import annotations

from functools import lru_cache

import regex

from storyline import ner
from storyline.model import Mention
from storyline.names import fold

_DEFINED = regex.compile(r"((?:[\p{L}\p{M}]+[ \t]+){0,7}[\p{L}\p{M}]+)[ \t]*\((\p{Lu}{2,8})\)")
MAX_SKIPPED = 3  # letters of a function word the abbreviation may pass over ("of", "and")


def common_abbreviations(text: str, mentions: list[Mention], lang: str | None) -> list[Mention]:
    """``mentions`` less the abbreviations the text defines by lower-case words, where the rules
    recognise names. Not where the trained tagger does: the news it learned from marks a plan's
    or a policy's abbreviation after lower-case words as a name ("national spatial plan (NSP)"
    is a product there: BSNLP's gold has 18 such mentions)."""
    if "(" not in text or ner.tagger_lang(lang):
        return mentions
    defined = _defined(text)
    if not defined:
        return mentions
    return [m for m in mentions if m.text not in defined]


@lru_cache(maxsize=8)  # asked once per passage of the same document
def _defined(text: str) -> frozenset[str]:
    out = set()
    for found in _DEFINED.finditer(text):
        acronym = found.group(2)
        words = found.group(1).split()
        if _spells(fold(acronym), [fold(w) for w in words if w[:1].islower()], words):
            out.add(acronym)
    return frozenset(out)


def _spells(acronym: str, lower: list[str], words: list[str]) -> bool:
    """``acronym`` is spelt by the last lower-case words before the bracket (``lower`` are the
    lower-case ones among ``words``, which must end with them)."""
    if not lower or not words[-1][:1].islower():
        return False
    run: list[str] = []
    for w in reversed(words):  # the lower-case words right before the bracket
        if not w[:1].islower():
            break
        run.insert(0, fold(w))
    # a capitalised word right before the words is the head of a name they finish ("Partia
    # wolności i demokracji (PWD)"): the abbreviation is the name's
    first = 1 if len(run) < len(words) else 0
    return any(_from(acronym, tuple(run[k:])) for k in range(first, len(run)))


@lru_cache(maxsize=4096)
def _from(acronym: str, words: tuple[str, ...]) -> bool:
    """The acronym is pieces, each the start of a word, in order, through the last word; the first
    word gives the first piece, a short word may give none."""
    if not acronym:
        return not words
    if not words:
        return False
    first, rest = words[0], words[1:]
    for n in range(min(len(first), len(acronym)), 0, -1):
        if first[:n] == acronym[:n] and _from(acronym[n:], rest):
            return True
    return bool(rest) and len(first) <= MAX_SKIPPED and acronym[0] != first[0] and _from(acronym, rest)
