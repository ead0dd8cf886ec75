"""Names that a common noun beside them completes or replaces, and a region's hyphenated name
(audit round 18).

- A body named after its place with a preposition between ("университета в <City>", the
  university in <City>: ``institution_nouns_in``, followed by one of ``place_prepositions``) is
  the institution, the noun and the preposition in its name: that is how Bulgarian names a
  foreign university, and BSNLP's gold marks the whole as the organisation (7 of its 9 such
  phrases). Only the noun with the definite article: "университет в <Region>" is a university
  somewhere there, and "<City's> университет в <City>" one of a city's universities in another
  (the gold: the place alone). The base form opens with the noun's base (what its forms share).
- A programme named after a person with a lower-case noun before the surname ("planu <Surname's>",
  the <Surname> plan: ``programme_nouns``, every case form, the base first) is the programme: the
  surname alone would read as the person or, for a surname that is also a town's, as a place. One
  surname only: "plan <Given> <Surname's>" is that person's plan, as the gold marks it. Polish
  only, where BSNLP's gold marks all three such phrases so; Russian news's "план <Surname's>" is
  the person (the gold's "план Мэй").
- A "body" named by the word for a government before a country ("Pemerintah <Country>":
  ``government_nouns``) is the country alone: the rules read a capitalised common noun before a
  name as part of it.
- A "person" written as one hyphenated word whose second half opens with an article, and a
  capitalised word after it ("<Name>-La <Name>"; ``hyphen_articles``), is a region: a double
  surname joins two surnames, never an article.
"""

from __future__ import annotations

import os
from dataclasses import replace
from functools import cache

import regex

from storyline.model import Mention
from storyline.names import cities, countries, fold
from storyline.names.parts import data_words

_WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])([\p{L}\p{M}]+)[ \t]+$")
_TWO_WORDS_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])([\p{L}\p{M}]+)[ \t]+([\p{L}\p{M}]+)[ \t]+$")
_HYPHENATED = regex.compile(r"\p{Lu}[\p{L}\p{M}]+-(\p{Lu}[\p{L}\p{M}]*)[ \t]+\p{Lu}[\p{L}\p{M}]+")
LOOK_BACK = 40


def read_completed(text: str, mentions: list[Mention], lang: str | None) -> list[Mention]:
    """``mentions`` of one passage with the nouns that complete or replace them read (see the
    module's doc)."""
    if not lang:
        return mentions
    out = []
    for m in mentions:
        m = _with_institution_noun(text, m, lang)
        m = _with_programme_noun(text, m, lang)
        m = _country_of_government(m, lang)
        out.append(_hyphenated_region(m))
    return out


@cache  # asked for every mention of every passage
def _words(lang: str, key: str) -> tuple[str, ...]:
    return data_words(lang, key)


def _stem(forms: tuple[str, ...]) -> str:
    """The base of a noun listed by its case forms: what they share ("planu", "planem" → "plan";
    the Bulgarian definite "университета", "университетът" → "университет")."""
    return os.path.commonprefix(list(forms))


def _known_place(name: str) -> bool:
    return fold(name) in countries() or fold(name) in cities()


def _with_institution_noun(text: str, m: Mention, lang: str) -> Mention:
    nouns = _words(lang, "institution_nouns_in")
    if not nouns or m.type not in ("LOC", "ORG") or not m.text[:1].isupper():
        return m
    before = _TWO_WORDS_BEFORE.search(text, max(0, m.start - LOOK_BACK), m.start)
    if before is None or before.group(1).lower() not in nouns:
        return m
    if before.group(2) not in _words(lang, "place_prepositions"):
        return m
    lead = text[before.start(1) : m.start]
    base = _stem(nouns).capitalize() + lead[len(before.group(1)) :] + (m.base or m.text)
    return replace(m, start=before.start(1), text=lead + m.text, type="ORG", base=base)


def _with_programme_noun(text: str, m: Mention, lang: str) -> Mention:
    nouns = _words(lang, "programme_nouns")
    if not nouns or m.type not in ("PER", "LOC") or " " in m.text.strip() or _known_place(m.text):
        return m
    before = _WORD_BEFORE.search(text, max(0, m.start - LOOK_BACK), m.start)
    if before is None or before.group(1) not in nouns:  # lower case: "Plan" opening a title is no cue
        return m
    lead = text[before.start(1) : m.start]
    base = _stem(nouns).capitalize() + lead[len(before.group(1)) :] + m.text
    return replace(m, start=before.start(1), text=lead + m.text, type="PRO", base=base)


def _country_of_government(m: Mention, lang: str) -> Mention:
    nouns = {fold(w) for w in _words(lang, "government_nouns")}
    words = m.text.split()
    if not nouns or m.type == "PER" or len(words) < 2 or fold(words[0]) not in nouns:
        return m
    rest = " ".join(words[1:])
    if fold(rest) not in countries():
        return m
    at = m.start + m.text.index(words[1], len(words[0]))
    return replace(m, start=at, text=rest, type="LOC", base=rest)


def _hyphenated_region(m: Mention) -> Mention:
    if m.type != "PER":
        return m
    hit = _HYPHENATED.fullmatch(m.text.strip())
    if hit is None or hit.group(1) not in _words("common", "hyphen_articles"):
        return m
    return replace(m, type="LOC")
