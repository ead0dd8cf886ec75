"""Two names joined by an ampersand are one firm's name.

"<Surname> & <Surname>", "<Word> & <Word>": law firms, drug makers, campaign groups name
themselves so, and annotated news keeps the whole as one organisation in every language (25 of
26 such names in BSNLP; the one apart is two places, "<Country> & <Union>"). A tagger that never
reads "&" as a word of a name gives the two sides apart, often typed a person. Two mentions with
only an ampersand between them (spaced or not, or the HTML entity a scraped page keeps) are one
organisation — unless both are places.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import regex

from storyline.model import Mention

BODY = "ORG"
_AMPERSAND = regex.compile(r"[ \t]?&(?:amp;)?[ \t]?")


def ampersand_names(text: str, mentions: list[Mention], rebase: Callable[[str, str], str]) -> list[Mention]:
    """``mentions`` (sorted) with each "<Name> & <Name>" pair made one organisation."""
    if "&" not in text:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and not prev.kind
            and not m.kind
            and prev.end <= m.start
            and _AMPERSAND.fullmatch(text, prev.end, m.start)
            and not (prev.type == "LOC" and m.type == "LOC")
        ):
            surface = text[prev.start : m.end]
            out[-1] = replace(prev, end=m.end, text=surface, type=BODY, base=rebase(surface, BODY))
            continue
        out.append(m)
    return out
