"""A broadcaster's frequency in brackets after its name is no part of the name: "радио КП (107,1 FM)".

Radio news names the station with the frequency it is heard on. BSNLP's gold keeps the bracket in
the mention's span but not in its base form (ru "КП (107,1 FM)", base "КП"), and the entity list
showed the station as "KP (107,1 FM)" (audit round 33, N2), apart from the station's other
mentions. The span stays as the gold marks it; the base form, which names the entity, ends before
the bracket.

Only a bracket at the name's end that holds a number and a band or a unit of frequency (FM, AM,
MHz, kHz, in Latin or Cyrillic letters), in either order: a bracket of other digits ("Nord Stream
(2)", a regulation's number) is the name's own in the gold.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from storyline.model import Mention

_NUMBER = r"\d{2,3}(?:[.,]\d{1,2})?"
_BAND = r"(?:FM|AM|UKW|MHz|kHz|МГц|кГц|ФМ)"
_FREQUENCY_TAIL = regex.compile(
    rf"[ \t]*\([ \t]*(?:{_NUMBER}[ \t]*{_BAND}|{_BAND}[ \t]*{_NUMBER})[ \t]*\)[ \t]*$", regex.IGNORECASE
)


def without_frequency(name: str) -> str:
    """``name`` less a final bracket holding a broadcast frequency ("X (107,1 FM)" → "X")."""
    found = _FREQUENCY_TAIL.search(name)
    return name[: found.start()] if found and found.start() > 0 else name


def frequencies_apart(mentions: list[Mention]) -> list[Mention]:
    """The mentions, each base form less a broadcast frequency in brackets at its end."""
    out = []
    for m in mentions:
        base = m.base or m.text
        short = without_frequency(base)
        out.append(replace(m, base=short) if short != base else m)
    return out
