"""An operator's name run on over an aircraft's model code ("<Airline> B787 <registration>", as an
authority's statement writes the aircraft): two names, the operator (an organisation) and the
model (a product); a registration after the code ("VT-ABC", "N123AB") is a code, no name (web
pages round 6: airline, model and registration shown as one organisation).

A model code is one word of one or two capital letters and three or four digits, with letters or
a hyphened part after ("A320", "B787", "A350-900", "A321neo"): a maker's letter and its number.
Only an organisation's name in Latin letters, with words without digits before the code, and
not a maker's name (``aircraft_makers`` of ``lang/entities/common.toml``): "<Maker> A330 <Name>"
is one product, mistyped.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

import regex

from storyline.model import Mention
from storyline.names.parts import data_words

_MODEL = regex.compile(r"[A-Z]{1,2}\d{3,4}(?:[a-z]{1,3}|-\d{1,4})?")
# a registration or a serial: capitals and digits around a hyphen, or capitals with digits
_REGISTRATION = regex.compile(r"[A-Z0-9]{1,3}-[A-Za-z0-9]{2,6}|(?=\S*\d)[A-Z0-9]{4,7}")
_WORD = regex.compile(r"\S+")


@cache
def _makers() -> frozenset[str]:
    return frozenset(data_words("common", "aircraft_makers"))


def without_model_codes(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with an organisation's name split at a model code in it (the module's doc)."""
    out: list[Mention] = []
    for m in mentions:
        out.extend(_split(m))
    return out


def _split(m: Mention) -> list[Mention]:
    if m.type != "ORG" or not m.text.isascii():
        return [m]
    words = list(_WORD.finditer(m.text))
    at = next((k for k, w in enumerate(words) if k and _MODEL.fullmatch(w.group())), None)
    if at is None or any(ch.isdigit() for w in words[:at] for ch in w.group()):
        return [m]
    if any(w.group() in _makers() for w in words[:at]):
        return [m]  # "<Maker> A330 <Name>": the maker's product
    end = at + 1
    while end < len(words) and not _REGISTRATION.fullmatch(words[end].group()):
        end += 1  # the model's own words ("B787 Dreamliner") up to a registration
    operator = m.text[: words[at - 1].end()]
    model = m.text[words[at].start() : words[end - 1].end()]
    return [
        replace(m, end=m.start + len(operator), text=operator, base=operator),
        replace(
            m,
            start=m.start + words[at].start(),
            end=m.start + words[end - 1].end(),
            text=model,
            base=model,
            type="PRO",
        ),
    ]
