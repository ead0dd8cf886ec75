"""A country's or a state's abbreviation is a place, not a body (issue 16, web pages round 1).

Taggers read a short word in capitals as an organisation's abbreviation; some are a country's:
"nos EUA" (in the USA), "die US-Stadt X" (the US city X). The language's own abbreviations are
``country_abbreviations`` in ``lang/entities/<lang>.toml`` (as written: case counts), with the
abbreviations some locale writes as a country's name (``abbreviated_countries``: USA, ОАЭ).

A body's abbreviation whose letters hold a region's ("ЮВО", the Southern Military District:
``body_abbreviations`` of ``lang/entities/<lang>.toml``, as written) is the body, an organisation,
though a tagger reads the region in it as a place (audit round 27).

A state's or a province's two capitals in brackets right after a city ("Vitória (ES)",
"Springfield (IL)") are the state, a place. Not after a place written in capitals, nor before a
dash or a colon: that is a dateline, and the brackets hold the agency ("WASHINGTON (AP) —"); nor
letters that spell the words before ("Youth Centre Celje (YC)"), a body's abbreviation.

A US state's postal code right after a city and a comma ("SPRINGFIELD, IL –", "in Austin, TX")
is the state too, in a dateline as in the text (issue 16, web pages round 3). Only the codes of
``state_codes`` (``lang/entities/common.toml``): other capitals after a city and a comma are a
body's abbreviation often enough ("in Geneva, WHO said").
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

import regex

from storyline.model import Mention
from storyline.names import fold, is_place
from storyline.names.gazetteers import abbreviated_countries
from storyline.names.parts import data_words, entity_data

RETYPED = ("ORG", "PER")
_STATE = regex.compile(r"\p{Lu}{2}")
_ABBREVIATION = regex.compile(r"\p{Lu}{2,6}")
_DATELINE_AFTER = regex.compile(r"\)[ \t]*[-–—:]")


@cache
def _state_codes() -> frozenset[str]:
    return frozenset(data_words("common", "state_codes"))


@cache
def _abbreviations(lang: str | None) -> frozenset[str]:
    return frozenset(data_words(lang, "country_abbreviations")) if lang else frozenset()


def is_country_abbreviation(word: str, lang: str | None) -> bool:
    """``word`` is written as one of the language's country abbreviations ("US", not "us"): a
    name, though the stop word it spells in small letters is none."""
    return word in _abbreviations(lang)


@cache
def _bodies(lang: str | None) -> frozenset[str]:
    return frozenset(data_words(lang, "body_abbreviations")) if lang else frozenset()


def _unknown_abbreviation(m: Mention, lang: str | None) -> bool:
    """A "place" in capitals that is no place a gazetteer knows and no country's abbreviation,
    where the language says its places' abbreviations are all known (``abbreviated_places_known``):
    a body's ("FDA", "WADA"), which a tagger reads as a place from the country it serves."""
    surface = m.text.strip()
    return (
        m.type == "LOC"
        and bool(_ABBREVIATION.fullmatch(surface))
        and bool(lang and entity_data(lang).get("abbreviated_places_known"))
        and not _country(m, lang)
        and not is_place(surface)
    )


def country_codes_as_places(text: str, mentions: list[Mention], lang: str | None) -> list[Mention]:
    """``mentions`` of one passage with the countries' and the states' abbreviations typed LOC,
    and the bodies' abbreviations a tagger reads as places typed ORG."""
    out: list[Mention] = []
    for k, m in enumerate(mentions):
        if (m.type in ("LOC", "PER") and m.text.strip() in _bodies(lang)) or _unknown_abbreviation(m, lang):
            m = replace(m, type="ORG")
        elif m.type in RETYPED and (_country(m, lang) or _state_after_city(text, m, mentions[:k])):
            m = replace(m, type="LOC")
        out.append(m)
    return out


def _country(m: Mention, lang: str | None) -> bool:
    surface = m.text.strip()
    if surface in _abbreviations(lang):
        return True
    return surface.isupper() and fold(surface) in abbreviated_countries()


def _state_after_city(text: str, m: Mention, before: list[Mention]) -> bool:
    if m.text in _state_codes() and text[m.start - 2 : m.start] == ", ":
        return any(p.type == "LOC" and p.end == m.start - 2 for p in before[-2:])
    if not _STATE.fullmatch(m.text) or text[m.start - 1 : m.start] != "(" or text[m.end : m.end + 1] != ")":
        return False
    if _DATELINE_AFTER.match(text, m.end) or _spelled_before(text, m):
        return False
    at = m.start - 1  # the bracket; one space or none before it
    if at > 0 and text[at - 1] == " ":
        at -= 1
    return any(p.type == "LOC" and p.end == at and not p.text.isupper() for p in before[-2:])


SPELLED_REACH = 4  # words before the bracket whose initials an abbreviation may spell


def _spelled_before(text: str, m: Mention) -> bool:
    """The letters are the initials of words before the bracket, in order ("Mladinski center
    Celje (MC)"): the abbreviation of a body named there, no state."""
    initials = [
        w[0].upper() for w in text[max(0, m.start - 80) : m.start].split()[-SPELLED_REACH:] if w[:1].isalpha()
    ]
    k = 0
    for ch in initials:
        if k < len(m.text) and ch == m.text[k]:
            k += 1
    return k == len(m.text)
