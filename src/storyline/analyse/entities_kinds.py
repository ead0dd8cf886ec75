"""What kind of thing a name is, read from the name itself (issue 16, web pages round 2).

- A model's designation, letters and a number joined by a hyphen with three digits or more or
  letters after them ("XK-350", "AB-12C"), is a product's: BSNLP's gold types "Boeing-737",
  "S-400", "mRNA-1273" PRO; the groups "Г-20", "ЕС-27" (two digits, none after) are bodies and
  stay as typed. A year ("<Cup>-2018") is an event's, left alone; a known place glued to a number
  is a sentence's cut, no model.
- A maker's one-word name right after a vehicle noun with a model number after it ("the
  helicopter <Maker> 412") takes the number in, a product: cut before it, the maker's name alone
  was typed a place. So does one with the vehicle noun after the number ("the crash of <Maker>
  412 helicopter", web pages: the maker alone shown as a place), not a country's name. The
  vehicle nouns are the events packs' ``vehicles``.
- A product's name whose last word is a vehicle noun after a model number ("<Maker> 787
  Flugzeuge", in a language that capitalises its nouns) ends at the number: the noun says what
  the model is, as "the <Maker> 787 planes" does in lower case.
- A "person" of two words or more whose first word is a country or a big city (a million people)
  that the language's news names often (wordfreq), and none of whose
  words is a given name, is a place named after it (an airport: "<City> <Name>"); lists write a
  person's surname first, and a surname may be a town's name. Latin script only: the given-name
  table knows few names as Cyrillic writes them, and "Джордж" (George) is a town's name too.
- A Red Cross or Red Crescent society (``aid_societies`` of ``lang/entities/<lang>.toml``: the
  stems of the words, in order) is an organisation in every language, though its everyday words
  read as a person's name (a first-name table knows "Red"). English ones count in every
  Latin-script text (news quotes them in English).
- "Air <country or place>" ("Air Kirania", "Air Nordvale") is an airline, an organisation in
  every language; a tagger reads the place in it (issue 16, web pages round 3). The airline
  words are ``airline_words`` of ``lang/entities/common.toml`` (as written: case counts). Where
  the tagger kept the place alone ("إير" | "انديا"), the airline word before it is taken in.
- A name holding an airline's words ("<X> Airlines", "Linhas Aéreas <X>", "Polskie Linie
  Lotnicze <X>": ``airline_names`` of ``lang/entities/<lang>.toml``, English ones in every
  Latin-script text) is an airline, an organisation, never a person or a place (audit round 27:
  a Brazilian airline typed as a person).
- A Red Cross or Red Crescent society the tagger cut in two ("Bulan" | "Sabit Merah") is one.
- A region's word before a city ("Greater <City>", "Grande <City>": ``region_prefixes`` of
  ``lang/entities/<lang>.toml``) makes a place, the metropolitan area, never a person's name.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from storyline.analyse.entity_rules import _zipf
from storyline.analyse.entity_types import _is_vehicle
from storyline.model import Mention
from storyline.names import cities, countries, fold, given_name, is_place
from storyline.names.gazetteers import city_population
from storyline.names.parts import entity_data
from storyline.names.script import is_latin

_DESIGNATION = re.compile(r"[^\W\d_]+-(?:\d{3,}[^\W\d_]*|\d+[^\W\d_]+)")
_YEAR = re.compile(r"-(?:19|20)\d\d$")
_NUMBER_AFTER = re.compile(r" (\d{2,4}[A-Za-z]{0,2})(?![\w.,]*\w)")
_WORD_BEFORE = re.compile(r"(\w[\w-]*)\s+$")
_WORDS = re.compile(r"\w+")
_WORD_AFTER = re.compile(r"[ \t]+(\w[\w-]*)")
_HAS_DIGIT = re.compile(r"\d")
# a city whose name opens a "person": a big one, whose name the language writes often; geonames
# knows thousands of small towns named as people are ("Borna", "Marka") and short alternate
# names of big ones that are given names elsewhere
BIG_CITY = 1_000_000
KNOWN_ZIPF = 3.5


def read_kinds(text: str, mentions: list[Mention], lang: str | None) -> list[Mention]:
    """``mentions`` with the kinds their names say (see the module's doc)."""
    out: list[Mention] = []
    for m in mentions:
        if out and _society_halves(text, out[-1], m, lang):
            first = out.pop()
            whole = text[first.start : m.end]
            m = replace(first, end=m.end, text=whole, base=whole, type="ORG")
        m = _without_vehicle_noun(_with_airline_word(text, _with_model_number(text, m, lang)), lang)
        if m.type in ("ORG", "LOC", "PER") and _designation(m.text):
            m = replace(m, type="PRO")
        elif m.type == "PER" and _opens_with_place(m.text, lang):
            m = replace(m, type="LOC")
        elif m.type in ("PER", "LOC") and _web_outlet(m.text):
            m = replace(m, type="ORG")
        elif m.type in ("PER", "LOC", "PRO") and _aid_society(m.text, lang):
            m = replace(m, type="ORG")
        elif m.type in ("PER", "LOC", "PRO") and (_airline(m.text) or _airline_named(m.text, lang)):
            m = replace(m, type="ORG")
        elif m.type in ("PER", "ORG") and _region_of_city(m.text, lang):
            m = replace(m, type="LOC")
        out.append(m)
    return out


def _designation(name: str) -> bool:
    # a place glued to a number is a cut sentence ("<City>-175 people"), no model
    return bool(_DESIGNATION.fullmatch(name)) and not _YEAR.search(name) and not is_place(name.split("-")[0])


def _with_model_number(text: str, m: Mention, lang: str | None) -> Mention:
    """ "<vehicle noun> <Maker> 412": the maker's name and the number, one product."""
    if m.type == "EVT" or " " in m.text or not m.text[:1].isupper():
        return m
    after = _NUMBER_AFTER.match(text, m.end)
    if after is None:
        return m
    before = _WORD_BEFORE.search(text, max(0, m.start - 30), m.start)
    noun_after = _WORD_AFTER.match(text, after.end(1))
    if not (
        (before is not None and _is_vehicle(lang, before.group(1).lower()))
        or (
            noun_after is not None
            and _is_vehicle(lang, noun_after.group(1).lower())
            and fold(m.text) not in countries()
        )
    ):
        return m
    if re.fullmatch(r"(?:19|20)\d\d", after.group(1)):
        return m  # a year: "the plane <Maker> 2019" is no model
    whole = text[m.start : after.end(1)]
    return replace(m, end=after.end(1), text=whole, base=whole, type="PRO")


def _without_vehicle_noun(m: Mention, lang: str | None) -> Mention:
    """ "<Maker> 787 Flugzeuge": the product's name ends at its model number (see the module's doc)."""
    words = m.text.split()
    if (
        m.type != "PRO"
        or len(words) < 3
        or not _HAS_DIGIT.search(words[-2])
        or not _is_vehicle(lang, words[-1].lower())
    ):
        return m
    cut = m.text[: m.text.rstrip().rfind(words[-1])].rstrip()
    base_words = (m.base or m.text).split()
    base = " ".join(base_words[:-1]) if len(base_words) == len(words) else cut
    return replace(m, end=m.start + len(cut), text=cut, base=base)


def _opens_with_place(name: str, lang: str | None) -> bool:
    words = name.split()
    if len(words) < 2 or not is_latin(name) or any(given_name(w) for w in words):
        return False  # a given name anywhere makes a person ("<Town-like surname> <Given>" in a list)
    first = fold(words[0])
    if _zipf(words[0].lower(), lang) < KNOWN_ZIPF:
        return False
    if first in countries():
        return True
    found = cities().get(first)
    return found is not None and city_population().get(found[0], 0) >= BIG_CITY


@cache
def _phrases(lang: str | None, key: str) -> tuple[tuple[str, ...], ...]:
    raw = list(entity_data(lang).get(key, []))
    return tuple(tuple(fold(w) for w in phrase.split()) for phrase in raw)


def _aid_society(name: str, lang: str | None) -> bool:
    return _holds(name, lang, "aid_societies")


def _holds(name: str, lang: str | None, key: str) -> bool:
    """The name holds one of the phrases of the language's ``key`` (stems of folded words, in
    order), or of English's in a Latin-script name (news quotes such names in English)."""
    words = [fold(w) for w in _WORDS.findall(name)]
    phrases = _phrases(lang, key) + (_phrases("en", key) if lang != "en" and is_latin(name) else ())
    for stems in phrases:
        for i in range(len(words) - len(stems) + 1):
            if all(words[i + k].startswith(s) for k, s in enumerate(stems)):
                return True
    return False


@cache
def _words_of(lang: str | None, key: str) -> frozenset[str]:
    return frozenset(str(entity_data(lang).get(key, "")).split())


def _airline(name: str) -> bool:
    first, _, rest = name.partition(" ")
    return bool(rest) and first in _words_of("common", "airline_words") and is_place(rest)


def _airline_named(name: str, lang: str | None) -> bool:
    # a web address is a site about airlines ("AirlineRatings.com", a product in BSNLP's gold)
    return "." not in name and _holds(name, lang, "airline_names")


def _region_of_city(name: str, lang: str | None) -> bool:
    first, _, rest = name.partition(" ")
    return bool(rest) and first in _words_of(lang, "region_prefixes") and is_place(rest)


def _web_outlet(name: str) -> bool:
    if " " in name or not is_latin(name):
        return False
    low = name.lower()
    mixed = any(c.isupper() for c in name[1:]) and any(c.islower() for c in name)
    parts = _words_of("common", "outlet_word_parts")
    return any(p.startswith(".") and p in low for p in parts) or (
        mixed and any(not p.startswith(".") and (low.startswith(p) or low.endswith(p)) for p in parts)
    )


_AIRLINE_WORD_BEFORE = re.compile(r"(\w+) $")


def _with_airline_word(text: str, m: Mention) -> Mention:
    """ "Air" | "<Place>" as the tagger cut it: one airline's name."""
    before = _AIRLINE_WORD_BEFORE.search(text, max(0, m.start - 12), m.start)
    if m.type not in ("LOC", "PER", "ORG") or before is None or not is_place(m.text):
        return m
    if before.group(1) not in _words_of("common", "airline_words"):
        return m
    whole = text[before.start(1) : m.end]
    return replace(m, start=before.start(1), text=whole, base=whole, type="ORG")


def _society_halves(text: str, first: Mention, second: Mention, lang: str | None) -> bool:
    """Two mentions a space apart that make an aid society together, neither one alone."""
    if text[first.end : second.start] != " ":
        return False
    both = text[first.start : second.end]
    return (
        _aid_society(both, lang)
        and not _aid_society(first.text, lang)
        and not _aid_society(second.text, lang)
    )
