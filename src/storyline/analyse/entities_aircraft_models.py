"""An aircraft maker's name with a model number is the model, a product, however it is written
(issue 12, rec49).

``entities_makers`` makes "<Maker> <number>" a product where the tagger found the maker's name as
it is listed. The tagger misses the rest: the model joined by hyphens ("<Maker>-737-800", Russian
and Ukrainian news write it so), the maker in a case form ("<Maker>a 777", Polish; "<Maker>ov
737", Slovene) or in Cyrillic letters, in small letters (Slovene writes the aircraft "<maker>
737"); or it finds the maker and the number as two names, or the number alone. BSNLP's gold
marks the maker and the model as one product in every language (ru 19, uk 7, pl 5, sl 12 of
them missed by main). So the passage is read for a maker (``aircraft_makers`` and their Cyrillic
spellings, ``aircraft_makers_cyrillic`` in ``lang/entities/common.toml``) with up to three
letters of a case ending, then a space or a hyphen and a model number (capitals, digits, hyphened
parts: "A380", "737-800", "737-MAX-200"), then a capitalised model name ("MAX", "Dreamliner")
unless that word opens a body's or a place's name ("<Maker> 737 <Airline>") or is a given name.
A year is no model ("<Maker> 2019"). The words so found are one product; mentions inside them
go, and a mention that runs on past them is left as it is (a longer product's name, a company's).
"""

from __future__ import annotations

from functools import cache

import regex

from storyline.model import Mention
from storyline.names import given_name, is_place
from storyline.names.parts import alternation, data_words

_MODEL = r"(?:[A-Z]{1,3}-?)?\d{2,4}[A-Za-z]{0,3}(?:-[A-Z0-9]{1,4}){0,2}"
_MODEL_NAME = regex.compile(r" ([A-Z][a-z]+|[A-Z]{3,}|max)\b")  # "MAX", "Dreamliner"; Slovene "max"
_YEAR = regex.compile(r"(?:19|20)\d\d")


@cache
def _pattern() -> regex.Pattern[str]:
    makers = data_words("common", "aircraft_makers") + data_words("common", "aircraft_makers_cyrillic")
    alternatives = alternation(makers)
    # the maker as listed or in small letters, a case ending of up to three letters, the model
    return regex.compile(rf"(?<![\w-])(?i:(?:{alternatives}))\p{{Ll}}{{0,3}}[- ]({_MODEL})(?![\w.,]*\w)(?!-)")


def aircraft_models(
    text: str, mentions: list[Mention], lang: str | None, bounds: tuple[int, int]
) -> list[Mention]:
    """``mentions`` (sorted) with every maker's model in ``text[bounds]`` one product."""
    start, end = bounds
    out = list(mentions)
    for found in _pattern().finditer(text, start, end):
        if _YEAR.fullmatch(found.group(1)):
            continue
        model_end = found.end()
        bodies = {m.start for m in out if m.type in ("ORG", "LOC", "PER")}
        name = _MODEL_NAME.match(text, model_end)
        if (
            name is not None
            and name.end(1) <= end
            and name.start(1) not in bodies
            and not is_place(name.group(1))
            and not (given_name(name.group(1)) and name.group(1).casefold() != "max")
        ):
            model_end = name.end(1)
        inside = [m for m in out if m.start < model_end and found.start() < m.end]
        if any(m.start < found.start() or m.end > model_end for m in inside):
            continue  # a longer name holds the words: a product's or a company's of its own
        surface = text[found.start() : model_end]
        out = [m for m in out if all(m is not x for x in inside)]
        out.append(Mention(found.start(), model_end, surface, "PRO", surface, lang))
    return sorted(out, key=lambda m: (m.start, -m.end))
