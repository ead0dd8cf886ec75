"""Products named by their maker or by the noun beside them (issue 16, audit round 28 and web
pages round 5: an aircraft model and a vaccine typed as organisations, a ship as a place).

- An aircraft maker's name (``aircraft_makers`` of ``lang/entities/common.toml``, as written)
  with a model after it is the model, a product: "<Maker> <Model>" found as one name, or the
  maker found alone before a model number ("<Maker> 350-2", "<Maker> A320"), which takes the
  number in and one capitalised word after it (the model's own name: "… 350-2 <Name>"), unless
  that word opens a body's or a place's name of its own ("<Maker> 737 <Airline>"). A
  mention that began inside the model's words (a heading's "<Name> Incident" read as a person)
  goes: its words are the model's. A "person" right after "<Maker> <number> " opens with the
  model's name ("<Maker> 350 <Name> Incident", a heading): the product is the maker, the number
  and that word; the rest is no name. The maker's name alone stays its company ("<Maker> said").
  Not where the words after the maker are a company's (``maker_company_words``: "<Maker>
  Group").
- A name followed, after a comma, by a noun for a vaccine (``vaccine_stems``, folded stems of
  every language: "<Name>, a vaccine by …", Polish "<Name>, szczepionki mRNA") is the vaccine,
  a product: the apposition says what it is (a short article may stand before the noun). A
  noun before the name is no such evidence ("the <Company> vaccine" names its maker).
- An abbreviation in capitals right after a noun for a vaccine or a vaccination
  (``vaccine_stems`` and ``vaccination_stems``: Russian "прививка <ABBR>", "вакцины <ABBR>") is
  the vaccine, a product (rec49): a maker is named by a word, not by the letters of a vaccine's
  Latin name, and a body's abbreviation after the noun ("the vaccine of <Institute>") has its
  marker ("от", "of") between. A known place (a dateline's city in capitals) stays.
- A name in apposition to a vehicle noun that a flag phrase follows ("the container ship flying
  the flag of <Country>, <Name>, …", Spanish "portacontenedores con bandera de <País>, <Name>")
  is the vessel, a product: the flag phrase stands between the noun and the name, so the rule
  of a vehicle noun right before a name (``entity_types``) does not see it. The flag words are
  ``flag_stems`` of ``common.toml`` (folded stems); the vehicle nouns the events packs'.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from storyline.analyse.entity_types import _is_vehicle
from storyline.model import Mention
from storyline.names import fold, given_name, is_place
from storyline.names.parts import data_words

_MODEL_NUMBER = re.compile(r" ((?:[A-Z]{1,3}-?)?\d{2,4}(?:-\d{1,3})?[A-Za-z]{0,3})(?![\w.,]*\w)")
_MODEL_NAME = re.compile(r" ([A-Z][a-z]+|[A-Z]{3,})\b")
_YEAR = re.compile(r"(?:19|20)\d\d")
_WORD = re.compile(r"\w+")
_CLAUSE_END = re.compile(r"[.!?;:()\[\]\n]")
APPOSITION_REACH = 80  # characters looked back from a name for its vehicle noun and flag phrase


@cache
def _makers() -> frozenset[str]:
    return frozenset(data_words("common", "aircraft_makers"))


@cache
def _stems(key: str) -> tuple[str, ...]:
    return tuple(data_words("common", key))


def read_products(text: str, mentions: list[Mention], lang: str | None) -> list[Mention]:
    """``mentions`` with the products their makers or neighbouring nouns say (module doc)."""
    out: list[Mention] = []
    product_end = -1
    bodies = {m.start for m in mentions if m.type in ("ORG", "LOC")}
    for m in mentions:
        if m.start < product_end:
            continue  # began inside a model's words just taken in
        m = _after_maker_number(text, _maker_model(text, m, bodies))
        if (
            m.type != "PRO"
            and m.type != "EVT"
            and (_vaccine_after(text, m) or _vaccine_before(text, m) or _flagged_vessel(text, m, lang))
        ):
            m = replace(m, type="PRO")
        if m.type == "PRO":
            product_end = max(product_end, m.end)
        out.append(m)
    return out


def _maker_model(text: str, m: Mention, bodies: set[int]) -> Mention:
    if m.type not in ("ORG", "PER", "LOC"):
        return m
    first, _, rest = m.text.partition(" ")
    if first not in _makers():
        return m
    if rest:
        company = _stems("maker_company_words")
        if any(fold(w).replace(".", "") in company for w in rest.split()):
            return m
        return replace(m, type="PRO")
    number = _MODEL_NUMBER.match(text, m.end)
    if number is None or _YEAR.fullmatch(number.group(1)):
        return m  # a year: "<Maker> 2019" is no model
    end = number.end(1)
    name = _MODEL_NAME.match(text, end)
    if (
        name is not None
        and name.start(1) not in bodies
        and not is_place(name.group(1))
        and not given_name(name.group(1))
    ):
        end = name.end(1)
    whole = text[m.start : end]
    return replace(m, end=end, text=whole, base=whole, type="PRO")


_MAKER_NUMBER_BEFORE = re.compile(r"(\w+) (?:[A-Z]{1,3}-?)?\d{2,4}(?:-\d{1,3})?[A-Za-z]{0,3} $")


def _after_maker_number(text: str, m: Mention) -> Mention:
    """A "person" right after "<Maker> <number> " the recogniser left out opens with
    the model's own name: the maker, the number and that word are the product, the rest of the
    words (a heading's "Incident") no name."""
    if m.type != "PER" or not m.text[:1].isupper():
        return m  # a body there is the aircraft's operator ("<Maker> 737 <Airline>")
    before = _MAKER_NUMBER_BEFORE.search(text, max(0, m.start - 30), m.start)
    if before is None or before.group(1) not in _makers():
        return m
    end = m.start + len(m.text.split(" ")[0])
    whole = text[before.start(1) : end]
    return replace(m, start=before.start(1), end=end, text=whole, base=whole, type="PRO")


def _vaccine_after(text: str, m: Mention) -> bool:
    # only a one-word name the recogniser took for a body, no acronym and no place: a vaccine noun
    # after a comma just as often opens the next clause ("according to the WHO, a vaccine must
    # …", "as the ministry reports, the vaccine …"; eval.ner: 13 people, places and bodies so
    # retyped, one vaccine), and a person or a place is never the vaccine
    if m.type != "ORG" or " " in m.text or m.text.isupper() or is_place(m.text):
        return False
    after = text[m.end : m.end + 40]
    if not after.startswith(", "):
        return False
    words = _WORD.findall(after[2:])[:2]
    if len(words) == 2 and len(words[0]) <= 3 and words[0].islower():
        words = words[1:]  # an article before the noun ("<Name>, a vaccine …")
    return bool(words) and fold(words[0]).startswith(_stems("vaccine_stems"))


_ABBREVIATION = re.compile(r"[^\W\d_a-zа-яё]{2,6}")  # capitals only, any script
_WORD_BEFORE = re.compile(r"(\w+)[ \t]+[«\"„“]?$")


def _vaccine_before(text: str, m: Mention) -> bool:
    if m.type != "ORG" or not _ABBREVIATION.fullmatch(m.text) or not m.text.isupper() or is_place(m.text):
        return False
    before = _WORD_BEFORE.search(text, max(0, m.start - 30), m.start)
    if before is None:
        return False
    word = fold(before.group(1))
    return word.startswith(_stems("vaccine_stems")) or word.startswith(_stems("vaccination_stems"))


def _flagged_vessel(text: str, m: Mention, lang: str | None) -> bool:
    if len(m.text.split()) > 2:
        return False
    before = text[max(0, m.start - APPOSITION_REACH) : m.start]
    if not before.endswith(", "):
        return False
    clause = _CLAUSE_END.split(before[:-2])[-1]
    words = _WORD.findall(clause)
    vehicle = next((k for k, w in enumerate(words) if _is_vehicle(lang, w.lower())), None)
    if vehicle is None:
        return False
    return any(fold(w).startswith(_stems("flag_stems")) for w in words[vehicle + 1 :])
