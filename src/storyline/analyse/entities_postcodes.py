"""A postal code before a place's name is the address's, not the name's (audit round 27 N2).

"… na pošti 9201 <Town>" (at the post office, 9201 <Town>): an address writes the code before
the town, and a tagger that reads a number before a capitalised word as a name's first word
takes both. A place's name never opens with a group of three to five digits; the span starts at
the name. Products, events and bodies keep their numbers (``entities_numbered``): only places
are cut.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import regex

from storyline.model import Mention

Rebase = Callable[[str, str], str]  # (surface, type) → base form
_CODE = regex.compile(r"\d{3,5}[ \t]+(?=\p{Lu})")


def without_postcodes(mentions: list[Mention], rebase: Rebase) -> list[Mention]:
    """``mentions`` with a place's leading postal code left out of its span."""
    out = []
    for m in mentions:
        code = _CODE.match(m.text) if m.type == "LOC" else None
        if code is None:
            out.append(m)
            continue
        rest = m.text[code.end() :]
        out.append(replace(m, start=m.start + code.end(), text=rest, base=rebase(rest, m.type)))
    return out
