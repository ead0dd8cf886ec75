"""Possessive adjectives of names: Slovene "Natovim silam" (to NATO's forces), Czech "Zemanův
úřad" (Zeman's office) name their bearer, as a country's adjective names the country.

A tagger finds such a word as a name of its own ("Natovih", "Natovim"), and shown so it is an
entity named by an adjective. BSNLP's gold annotates it as a mention of its bearer (NATO's
cluster, base "Natov"); so a one-word mention that is a name the document gives elsewhere, plus
a possessive suffix (``possessive_suffixes`` of ``lang/entities/<lang>.toml``: "-ov", "-ev",
"-in"; after a vowel only its consonant: Nato-v) and one of the adjective's endings
(``possessive_endings``: "-ih", "-im", "-ega" …), becomes a mention of kind ``adjective`` whose
base form is the bearer's: linking puts it with the bearer, and shows the bearer's own names.
The bearer must be named in the same document: a surname in "-ova" is no one's adjective unless
the text also names a one-word "Ivan".
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

import regex

from storyline.model import Mention
from storyline.names import fold
from storyline.names.parts import data_words

MIN_BEARER = 3  # letters of a bearer's name: a shorter stem is too often a word's


@cache
def _affixes(lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the language's possessive suffixes, its adjective endings and ""), in lower case (not
    folded: a long vowel may tell another word's ending), longest first."""
    suffixes = sorted({s.lower() for s in data_words(lang, "possessive_suffixes")}, key=len, reverse=True)
    endings = sorted(
        {e.lower() for e in data_words(lang, "possessive_endings")} | {""}, key=len, reverse=True
    )
    return tuple(suffixes), tuple(endings)


def bearers(word: str, lang: str) -> list[str]:
    """The folded names ``word`` may be the possessive adjective of ("Natovim" → "nat", "nato")."""
    suffixes, endings = _affixes(lang)
    if not suffixes:
        return []
    w = word.lower()
    out = []
    for ending in endings:
        if not w.endswith(ending):
            continue
        stem = w[: len(w) - len(ending)]
        for suffix in suffixes:
            if stem.endswith(suffix):
                # "putinov" → "putin"; "natov" → "nato" (a name that ends in the suffix's vowel)
                for bearer in map(fold, (stem[: -len(suffix)], stem[: 1 - len(suffix)])):
                    if len(bearer) >= MIN_BEARER and bearer not in out:
                        out.append(bearer)
    return out


def possessives(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` of one document with each possessive adjective of a name it gives elsewhere
    made a mention of that name (the module's doc)."""
    names: dict[str, Mention] = {}
    for m in mentions:
        if m.kind is None:
            names.setdefault(fold(m.base or m.text), m)
    out = []
    for m in mentions:
        bearer = None
        if m.kind is None and m.lang and " " not in m.text.strip():
            # not the mention itself: a tagger's base form of "Unescovih" may be "Unesc"
            bearer = next((names[b] for b in bearers(m.text, m.lang) if names.get(b, m) is not m), None)
        if bearer is not None:
            m = replace(m, base=bearer.base or bearer.text, type=bearer.type, kind="adjective")
        out.append(m)
    return out


_NEXT_WORD = regex.compile(r"[ \t]+(\p{Ll}+)(?![\p{L}\p{M}\p{N}-])")


def group_possessives(text: str, mentions: list[Mention]) -> list[Mention]:
    """A possessive adjective before a word for a group in small letters (Slovak "<X>ovej
    skupiny", the group of X) names the group: not a person named by the adjective, but a body
    whose name is the bearer's (kind ``adjective``, base the bearer's name, type ORG), as a
    possessive of a name the document gives is that name (``possessives``). The language lists
    its words for a group (``group_nouns``) and the possessive's suffix with its endings
    (``group_possessive_endings``, longest first: "-ovej", "-ův"); a woman's surname in "-ová"
    has the same endings, but is not followed by "group"."""
    out = []
    for m in mentions:
        lang = m.lang or ""
        nouns = data_words(lang, "group_nouns")
        nxt = _NEXT_WORD.match(text, m.end) if nouns and m.kind is None and " " not in m.text else None
        if nxt is not None and nxt.group(1) in nouns:
            ending = next((e for e in _group_endings(lang) if m.text.lower().endswith(e)), None)
            stem = m.text[: len(m.text) - len(ending)] if ending else ""
            if len(stem) >= MIN_BEARER and stem[:1].isupper():
                m = replace(m, base=stem, type="ORG", kind="adjective")
        out.append(m)
    return out


@cache
def _group_endings(lang: str) -> tuple[str, ...]:
    return tuple(sorted(data_words(lang, "group_possessive_endings"), key=len, reverse=True))
