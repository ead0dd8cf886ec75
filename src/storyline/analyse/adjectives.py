"""Relational adjectives of countries: "азербайджанския самолет", "российский МИД", "the Azerbaijani
leader" name the country too. Each becomes a mention of kind ``adjective`` whose base form is the
country's name in the document's language, so linking puts it with the country.

A word counts when it is a country's name in that language (ICU's names of every country), less
its final vowels, plus an adjectival ending the language's data lists (``adjective_endings`` in
``lang/entities/<lang>.toml``), with at most a linking vowel between (росс-ий-ский). Stems shorter
than four letters are not tried: Мали would make "малка" (Bulgarian "small") a country. Two
countries may share a stem (one name is the other less a final "-ия"): the letter after the stem
says which (нигер-ий-ска of Нигерия, нигер-ска of Нигер).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache, lru_cache

import icu
import regex

from storyline.analyse.entity_rules import lexicon_data
from storyline.analyse.offsets import SpanIndex
from storyline.model import Mention
from storyline.names import fold

MIN_STEM = 4
LINKING = ("", "и", "ии", "і", "іи", "i", "ij")  # folded: й is и
_VOWELS = "аяеэиыоуюёіїєaeiouy"
_WORD = regex.compile(r"[^\W\d_]{6,}")  # letters with their combining marks


@cache
def _stems(lang: str) -> tuple[dict[str, tuple[str, ...]], tuple[str, ...]]:
    """(folded stem → the names in ``lang`` of the countries with that stem, the language's
    adjectival endings)."""
    try:
        listed = lexicon_data(lang).get("adjective_endings", "").split()
        endings = tuple(sorted({fold(e) for e in listed}, key=len, reverse=True))
    except FileNotFoundError:
        return {}, ()
    if not endings:
        return {}, ()
    locale = icu.Locale(lang)
    stems: dict[str, tuple[str, ...]] = {}
    for code in icu.Locale.getISOCountries():
        name = icu.Locale("", code).getDisplayCountry(locale)
        if " " in name or "-" in name:
            continue  # "Соединённые Штаты" has no adjective of its own shape
        stem = fold(name).rstrip(_VOWELS)
        if len(stem) >= MIN_STEM:
            stems[stem] = (*stems.get(stem, ()), name)
    return stems, endings


def _by_rest(names: tuple[str, ...], stem: str, rest: str) -> str:
    """Of the countries sharing ``stem``, the one whose name goes on after it as the adjective
    does (``rest``): with the same vowel (Нигер-ия, нигер-ий-ска; Niger-ia, Niger-ian), else the
    one ending on the stem (Нигер, нигер-ска); the first listed where none does."""
    tails = [fold(name)[len(stem) :] for name in names]
    for name, tail in zip(names, tails, strict=True):
        if tail and rest.startswith(tail[:1]):
            return name
    return next((name for name, tail in zip(names, tails, strict=True) if not tail), names[0])


@lru_cache(maxsize=100_000)  # asked for every word of every document: news repeats its words
def country_adjective(word: str, lang: str) -> str | None:
    """The country a word is the relational adjective of, in ``lang``'s name for it, or None.
    The ending may overlap the stem (Polska → pol-skiego) or follow a linking vowel (росс-ий-ский)."""
    stems, endings = _stems(lang)
    if not stems:
        return None
    w = fold(word)
    for cut in range(len(w) - 1, MIN_STEM - 1, -1):
        countries = stems.get(w[:cut])
        if countries is None:
            continue
        stem, rest = w[:cut], w[cut:]
        for link in LINKING:
            if not rest.startswith(link):
                continue
            tail = rest[len(link) :]
            for ending in endings:
                overlap = len(ending) - len(tail)
                if overlap >= 0 and ending.endswith(tail) and stem.endswith(ending[:overlap]):
                    if overlap == 0 or not link:
                        return _by_rest(countries, stem, rest)
    return None


@lru_cache(maxsize=100_000)
def foreign_country_adjective(word: str, lang: str) -> str | None:
    """The country a capitalised word of the language that names the world's places for this
    one (``lemma_name_frequencies``: English) is the relational adjective of, in ``lang``'s name
    for it: "Hungarian" quoted in a Polish text is Hungary's ("Węgry"). Only a common word of
    that language that ``lang``'s word list does not hold (a case form of its own country's
    name may end like the other's adjective: "Itálii")."""
    from storyline.names.gazetteers import place_key
    from storyline.ner import lemma_lexicon

    other = lemma_lexicon.name_frequencies(lang)
    if not other or other == lang or not word[:1].isupper() or not word.isalpha():
        return None
    if lemma_lexicon.lemma(word, lang) is not None or not lemma_lexicon.foreign_word(word, lang):
        return None
    name = country_adjective(word, other)
    key = place_key(name) if name else None
    if not key or not key.startswith("country:"):
        return None
    return icu.Locale("", key.removeprefix("country:")).getDisplayCountry(icu.Locale(lang)) or None


def foreign_adjectives_as_countries(mentions: list[Mention], lang: str | None) -> list[Mention]:
    """``mentions`` with a place of one word that is a foreign country's adjective ("Hungarian"
    in "Hungarian people deserve better", quoted in a Polish text) made a mention of the
    country, by the document's name for it: an adjective is no place's name (after the second
    pass, which repeats a name's other occurrences, so that every one of them is the country)."""
    if not lang:
        return mentions
    out = []
    for m in mentions:
        country = foreign_country_adjective(m.text, lang) if m.type == "LOC" and not m.kind else None
        out.append(replace(m, base=country, kind="adjective") if country else m)
    return out


def find_adjectives(
    text: str, start: int, end: int, lang: str | None, taken: list[Mention] | SpanIndex
) -> list[Mention]:
    """Country adjectives in ``text[start:end]`` outside the mentions already found (``taken``:
    the mentions, or a ``SpanIndex`` of them when many passages ask about the same ones)."""
    if not lang:
        return []
    spans = taken if isinstance(taken, SpanIndex) else SpanIndex((m.start, m.end) for m in taken)
    found = []
    for m in _WORD.finditer(text, start, end):
        if lang == "en" and not m.group()[0].isupper():
            continue  # English writes them capitalised; a lower-case word is something else
        if spans.overlaps(m.start(), m.end()):
            continue
        country = country_adjective(m.group(), lang)
        if country:
            found.append(Mention(m.start(), m.end(), m.group(), "LOC", country, lang, kind="adjective"))
    return found
