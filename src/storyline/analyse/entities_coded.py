"""A product's name that opens with its model code is one name: "<code> <Product> Vaccine".

A tagger reads a model code ("XR-4711", "BNT162b2") as a name of its own and the capitalised words
after it as another ("… Vaccine", typed an event for the disease named in it): the product's name
is cut in two. A code (letters and digits in one word) and, after one space, an event's or a
product's name in the same script are one product. A place or a person after a code stays apart
(a flight number before its route, "FR1234 Lisbon"), and so does an organisation (the operator
after an aircraft's type).
"""

from __future__ import annotations

from dataclasses import replace

import regex

from storyline.model import Mention
from storyline.names.script import script

_CODE = regex.compile(r"(?=[\p{L}\p{N}-]*\p{N})(?=[\p{L}\p{N}-]*\p{L})[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*")
JOINED_TYPES = ("EVT", "PRO")


def products_with_codes(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` (sorted) with each model code and the product name right after it joined."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.type == "PRO"
            and _CODE.fullmatch(prev.text)
            and text[prev.end : m.start] == " "
            and m.type in JOINED_TYPES
            and m.text[:1].isupper()
            and script(m.text) == script(prev.text)
        ):
            surface = text[prev.start : m.end]
            out[-1] = replace(prev, end=m.end, text=surface, base=f"{prev.base or prev.text} {m.text}")
            continue
        out.append(m)
    return out
