"""A short word in capitals right after "<Body> (<Abbreviation>)" is the tail of the body's name.

Indonesian writes a ministry with its country's letters after it ("Kementerian Luar Negeri RI",
the foreign ministry of the Republic of Indonesia) and often puts the ministry's own abbreviation
between ("Kementerian Luar Negeri (Kemlu) RI"). The bracket cuts the name in two, and the tail
became an organisation of its own, "RI" (audit, web pages round 10). It is a piece of the name
before it, nested in it, and no mention apart: BSNLP's guidelines mark no name inside another.

Only a tail of one to three capital letters (a country's or a state's letters), right after the
bracket with nothing but a space between, and only after an organisation whose name ends right
before the bracket, and a bracket of one word (the body's abbreviation, not a remark).
"""

from __future__ import annotations

import regex

from storyline.model import Mention

_TAIL = regex.compile(r"\p{Lu}{1,3}")
# "<name> (<one word>) " ending right where the tail begins
_BRACKET_BEFORE = regex.compile(r"[ \t]*\([\p{L}\d.\-]{2,20}\)[ \t]+$")
_REACH = 40  # characters before the tail the bracket may take


def without_bracket_tails(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` less the tails of a body's name cut off by the body's bracketed abbreviation."""
    body_ends = {m.end for m in mentions if m.type == "ORG"}
    out = []
    for m in mentions:
        if _TAIL.fullmatch(m.text) and _after_body_bracket(text, m.start, body_ends):
            continue
        out.append(m)
    return out


def _after_body_bracket(text: str, start: int, body_ends: set[int]) -> bool:
    lo = max(0, start - _REACH)
    found = _BRACKET_BEFORE.search(text, lo, start)
    return found is not None and found.start() in body_ends
