"""An aircraft model named without its maker, once the passage has named it with the maker, is
the model: a product (issue 12, rec51).

``entities_aircraft_models`` makes "<Maker> 737", "<Maker>a 737 MAX-8" one product. News about an
airline names the model so once and by its number after that: "the 737", "the 737-800", "the 737
max", "the MAX", "MAX-a" (a case ending after a hyphen), "the A320". A tagger finds none of these
or reads the model's name in capitals as a company ("MAX" ORG). BSNLP's gold marks each one a
product (Slovene 64 of them missed by main, Czech and Polish a dozen each), and leaves the number
unmarked where it is no aircraft's ("727 lives").

So where the language says so (``aircraft_families`` in ``lang/entities/<lang>.toml``), the
passage is read for a maker (``aircraft_makers`` in ``lang/entities/common.toml``, as written or
in small letters, with up to three letters of a case ending) right before a model number; each
such number is a family the passage names ("737", "A320"), and a model name right after it
("MAX", "Max", "max") too. Then, wherever the passage writes a family's number alone — with a
variant after a hyphen or a dash ("737-800", "737 – 8200"), its model name and a variant ("737
MAX 200", "737 max") — or the model name in capitals alone ("MAX", "MAX 200", "MAX-7", "MAX-a"),
that is one product; mentions inside it go, and one that runs past it stays (a longer name). Not
a number inside a figure ("1.737", "737,5"), not one a maker opens (``entities_aircraft_models``
reads those), not the model name in small letters alone ("the word max").
"""

from __future__ import annotations

from functools import cache

import regex

from storyline.model import Mention
from storyline.names.parts import alternation, data_words, entity_data

PRODUCT = "PRO"
_NUMBER = r"(?:[A-Z]\d{3}|\d{3})"  # a family's number: "737", "A320"
_VARIANT = r"(?:[ \t]?[-–][ \t]?\d{1,4}(?![\d.,]\d))?"  # "-800", " – 8200"
_NAMES = r"(?:MAX|Max|max)"
_NAME_TAIL = r"(?:[- ]\d{1,3}(?![\d.,]\d)|-\p{Ll}{1,3}|(?<=max)\p{Ll}{1,2})?"  # " 200", "-8", "-a"; "maxe"


@cache
def _maker_pattern() -> regex.Pattern[str]:
    makers = data_words("common", "aircraft_makers") + data_words("common", "aircraft_makers_cyrillic")
    alternatives = alternation(makers)
    return regex.compile(
        rf"(?<![\w-])(?i:(?:{alternatives}))\p{{Ll}}{{0,3}}[- ]({_NUMBER})(?![\w])(?:[-–]\d{{1,4}})?"
        rf"(?:[ -]({_NAMES})(?![\w]))?"
    )


def _families(text: str, start: int, end: int) -> tuple[set[str], set[str], list[tuple[int, int]]]:
    """The model numbers and model names the passage writes after a maker, and the spans of
    those makers' models (left to ``entities_aircraft_models``)."""
    numbers: set[str] = set()
    names: set[str] = set()
    with_maker: list[tuple[int, int]] = []
    for found in _maker_pattern().finditer(text, start, end):
        numbers.add(found.group(1))
        with_maker.append(found.span())
        if found.group(2):
            names.add(found.group(2).casefold())
    return numbers, names, with_maker


def aircraft_families(
    text: str, mentions: list[Mention], lang: str | None, bounds: tuple[int, int]
) -> list[Mention]:
    """``mentions`` (sorted) with every model of ``text[bounds]`` named without its maker one
    product, where the passage names the model with its maker too (the module's doc)."""
    if not lang or not entity_data(lang).get("aircraft_families"):
        return mentions
    start, end = bounds
    numbers, names, with_maker = _families(text, start, end)
    if not numbers:
        return mentions
    number_alt = alternation(numbers)
    parts = [rf"(?:{number_alt}){_VARIANT}(?:[ \t]{_NAMES}{_NAME_TAIL})?"]
    if names:
        parts.append(rf"MAX{_NAME_TAIL}")  # the model's name alone, in capitals only
    finder = regex.compile(rf"(?<![\w.,-])(?:{'|'.join(parts)})(?![\w]|[.,]\d)")
    out = list(mentions)
    for found in finder.finditer(text, start, end):
        if any(s < found.end() and found.start() < e for s, e in with_maker):
            continue  # "<Maker> 737 MAX": the maker's model, whole
        inside = [m for m in out if m.start < found.end() and found.start() < m.end]
        if any(m.start < found.start() or m.end > found.end() for m in inside):
            continue  # a longer name holds the words
        surface = found.group()
        out = [m for m in out if all(m is not x for x in inside)]
        out.append(Mention(found.start(), found.end(), surface, PRODUCT, surface, lang))
    return sorted(out, key=lambda m: (m.start, -m.end))
