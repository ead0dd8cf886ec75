"""A name's number: the digits or the Roman numeral a product, an event or a body is named with.

- Glued to the name or after its hyphen ("Nordvirus-19", "Holmby-2", "NVX1002") the number is
  part of any name: a tokenizer splits there, and a tagger that stopped at the letters cut it.
- After a space or a spaced dash ("Holmby Stream 2", "Nordvik Flow — 2", "Aerolux 321-200",
  "Nordvax V") the number names a product or an event as well (the BSNLP guidelines keep it in
  the span), and a radio or a body ("Radio Holmby 24"). Here a number also often counts or dates
  something that follows the name ("Holmby 29 March", "Nordvik – 4,5 million", "the EU 27 %"),
  so it is not joined where what comes after it says so: a decimal, a time, a percent sign,
  another group of digits, an ordinal's full stop before a lower-case word or a digit
  ("31. oktobra"), a month or year word of the language (``lang/timex``), a unit, a counted noun
  or a multiplier of the figures' vocabulary (``lang/findings``: "55 billion", "48 per cent",
  "40 people"), a case ending after a hyphen ("5-ti"). After a body's or an event's name only a
  number that ends the phrase is joined: a lower-case word after it is what is counted ("the EU
  27 countries", "the virus 40 employees"; the brexit fold lost "ЕС 27 страни" and "brexitu 40
  mld" when the word was allowed).
- A Roman numeral ("Nordvax V", "Holmby II") joins a product, an event or a person (a monarch, a
  pope), unless a capitalised word follows: a capital "V" or "I" before a name is a preposition or
  a conjunction of a heading ("LN V Nordviku").

Places are not extended: lists of places with their counts ("Holmby – 4; Nordvik – 2") are
common in news. But a "place" of two words or more that is no known place (``names.is_place``)
and that such a number follows is a thing the tagger took for one — a pipeline or a line named
like a region ("Nordvik Stream 2", "Severni tok 2"): it takes the number by the rules for a
product and becomes one. So does a one-word "place" that ends as the language's adjectives do
(``feature_adjective_endings``) with one small-letter word and the number after it: the tagger
kept the adjective of "Северный поток-2" alone. The tagger trained without such a name reads
its words as a place's; a real place's name carries no number.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

import regex

from storyline.analyse import timex_data
from storyline.analyse.entities_features import is_adjective
from storyline.analyse.figure_lexicon import lexicon as figure_lexicon
from storyline.analyse.numbers import is_multiplier
from storyline.analyse.phrases import Token
from storyline.model import Mention
from storyline.names import countries, fold, is_place
from storyline.names.parts import data_words

_GLUED = regex.compile(
    r"(?:[-‑–][^\S\n]?)?\p{N}[\p{L}\p{N}]*(?:[-‑]\p{N}[\p{L}\p{N}]*)*(?![\p{L}\p{N}]|[.,]\p{N})"
)
_SPACED = regex.compile(
    r"(?:[^\S\n]*[-‑–—][^\S\n]*|[^\S\n]+)(?:(?P<num>\p{N}+(?:[-‑]\p{N}+)*)|(?P<roman>X{0,3}(?:IX|IV|V?I{0,3})))"
    r"(?![\p{L}\p{N}]|[.,:]\p{N}|[-‑]\p{L})"
)
# spaces are any but a line break (a no-break space: "1962\u00a0г.")
# what says the number counts or dates something: a percent sign, another group of digits, an
# ordinal's full stop before a lower-case word or a digit, a second number joined by a short word
# ("25 and 26 July"), an abbreviated unit ("53 proc.", "40 mld."), a year after a comma ("May 17, 2018")
_COUNTED = regex.compile(
    r"[^\S\n]?%"
    r"|[^\S\n]+\p{N}"
    r"|\.[^\S\n]*(?:\p{Ll}|\p{N})"
    r"|[^\S\n]+\p{Ll}{1,3}[^\S\n]+\p{N}"
    r"|[^\S\n]+\p{Ll}{1,5}\."
    r"|,[^\S\n]*\p{N}{4}(?!\p{N})"
)
_NEXT_WORD = regex.compile(r"[^\S\n]+([\p{L}\p{M}]+)")
NUMBERED_TYPES = frozenset({"PRO", "EVT", "ORG"})
# the type whose number may be followed by a lower-case word (a verb: "Holmby Stream 2 is …")
BEFORE_LOWER = frozenset({"PRO"})
ROMAN_TYPES = frozenset({"PRO", "EVT", "PER"})


def numbered(text: str, m: Mention, end: int, lang: str | None) -> Mention:
    """``m`` extended over the number it is named with, where one follows it."""
    if m.type == PLACE:
        thing = _numbered_place(text, m, end, lang)
        if thing is not None:
            return thing
    if not m.text[-1:].isalpha():
        return m
    glued = _GLUED.match(text, m.end, end)
    if glued is not None:
        return _to(text, m, glued.end())
    start, at = m.start, m.end
    if _quoted(text, m, end):  # «Holmby Stream» 2: the name's quotation marks go with it
        start, at = m.start - 1, m.end + 1
    tail = _SPACED.match(text, at, end)
    if tail is None or not (tail.group("num") or tail.group("roman")):
        return m
    after = _NEXT_WORD.match(text, tail.end(), end)
    word = after.group(1) if after else ""
    if tail.group("roman"):
        if m.type not in ROMAN_TYPES or word[:1].isupper() or m.text.isupper():
            return m
    elif (
        m.type not in NUMBERED_TYPES
        or _COUNTED.match(text, tail.end(), end)
        or (word[:1].islower() and (m.type not in BEFORE_LOWER or _counts(word, lang or m.lang)))
        or word.lower() in date_words(lang or m.lang)
    ):
        return m
    if start != m.start:
        surface = text[start : tail.end()]
        base = (m.base or m.text) + text[m.end + 1 : tail.end()]  # the name without its marks
        return Mention(start, tail.end(), surface, m.type, base, m.lang, kind=m.kind)
    return _to(text, m, tail.end())


PLACE = "LOC"
PRODUCT = "PRO"
# a place-like thing's number is one digit ("… Stream 2", "… поток-1"); more digits after a place
# count something ("<Continent> has 28 terminals", "<Hospital> 30 patients", "Downing Street 10")
_PLACE_NUMBER = regex.compile(r"(?:[^\S\n]*[-‑–—][^\S\n]*|[^\S\n]+)\p{N}(?!\p{N})")
# the one small-letter word after an adjective, then the number (after the name's closing mark:
# '"<Adjective> <noun>" 2')
_NOUN_THEN_NUMBER = regex.compile(
    r"[^\S\n]+(\p{Ll}+)(?=[»“”\"'‘’]?(?:[^\S\n]*[-‑–—][^\S\n]*|[^\S\n]+)\p{N}(?!\p{N}))"
)
_TRAILING_NUMBER = regex.compile(r"(?:[^\S\n]*[-‑–—][^\S\n]*|[^\S\n]+)\p{N}$")


def _numbered_place(text: str, m: Mention, end: int, lang: str | None) -> Mention | None:
    """A "place" with a one-digit number after it, when it is no known place, as the product it
    is; None where the rule does not speak (a place takes a glued number as any name does)."""
    name = _TRAILING_NUMBER.sub("", m.text)
    several = " " in name.strip()
    # a town may be called as the adjective alone ("Северный"): the pair is judged, not the word
    if several and (is_place(name) or (m.base is not None and is_place(_TRAILING_NUMBER.sub("", m.base)))):
        return None
    if name != m.text:  # the tagger took the number in and read the whole as a place
        counts = _COUNTED.match(text, m.end, end)  # a table's row: "<Town> 3 82 67"
        return replace(m, type=PRODUCT) if several and counts is None else None
    thing = m
    if not several:
        noun = _NOUN_THEN_NUMBER.match(text, m.end, end)
        if noun is None or not is_adjective(m.text, lang or m.lang or ""):
            return None
        if not _thing_noun(m.text, noun.group(1), lang or m.lang):
            return None
        thing = _to(text, m, noun.end(1))  # "Северный" and "поток", if the number joins them
        if is_place(thing.text):
            return None
    if _PLACE_NUMBER.match(text, thing.end + _quoted(text, thing, end), end) is None:
        return None
    as_product = numbered(text, replace(thing, type=PRODUCT), end, lang)
    return as_product if as_product.end > thing.end else None


MIN_NOUN = 4  # letters: a shorter word is a preposition or a short verb ("<Town> has 4", "<Country> with 8")


def _thing_noun(adjective: str, noun: str, lang: str | None) -> bool:
    """Whether ``noun`` after the capitalised ``adjective`` may be the second word of a thing's
    name: not after a country's name, not a short word, a function word, a month or a year's
    word ("<Town> of the year 2018")."""
    if fold(adjective) in countries() or len(noun) < MIN_NOUN:
        return False
    return noun not in _function_words(lang) and noun not in date_words(lang)


@cache
def _function_words(lang: str | None) -> frozenset[str]:
    keys = ("stopwords", "prepositions", "conjunctions")
    return frozenset(w for key in keys for w in data_words(lang, key))


_OPENING = "«„“\"'‚"
_CLOSING = "»“”\"'‘’"


def _quoted(text: str, m: Mention, end: int) -> bool:
    """Whether the name is written in quotation marks, its number after them."""
    return 0 < m.start and m.end < end and text[m.start - 1] in _OPENING and text[m.end] in _CLOSING


def _counts(word: str, lang: str | None) -> bool:
    """Whether ``word`` after a number says what it counts: a unit, a counted noun or a
    multiplier of the language's figures."""
    if is_multiplier(word, lang):
        return True
    lex = figure_lexicon(lang)
    if lex is None:
        return False
    tok = [Token(0, len(word), word.lower().replace("ё", "е"))]
    return bool(lex.units.match(tok, 0) or lex.nouns.match(tok, 0))


def _to(text: str, m: Mention, stop: int) -> Mention:
    base = (m.base or m.text) + text[m.end : stop]
    return Mention(m.start, stop, text[m.start : stop], m.type, base, m.lang, kind=m.kind)


@cache
def date_words(lang: str | None) -> frozenset[str]:
    """Month and year words of ``lang`` (``lang/timex``), in lower case."""
    data = timex_data.lexicon(lang) if lang else None
    if not data:
        return frozenset()
    months = " ".join(data.get("months", []))
    return frozenset(f"{months} {data.get('year_words', '')}".lower().split())
