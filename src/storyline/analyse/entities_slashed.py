"""Two names written with a slash between them are two mentions: "Nordvik/Kalvert".

News joins two partners of a deal, two cities of a dateline or two agencies of a photo credit
by a slash, and a tagger reads the run of capitalised words as one name. BSNLP's gold marks
the two apart in every language (of such pairs it marks, 121 apart and 17 whole). Each side is
capitalised and has two letters or more; the parts keep the mention's type, and each gets its
own base form. A hyphen stays: it joins one name's parts as often ("Baden-Württemberg").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import regex

from storyline.model import Mention

# a side: capitalised words (a digit, a dot, an ampersand or an apostrophe inside one)
_SIDE = r"\p{Lu}[\p{L}\p{M}\p{N}.&'’]*(?: \p{Lu}[\p{L}\p{M}\p{N}.&'’]*)*"
_PAIR = regex.compile(rf"({_SIDE}) ?/ ?({_SIDE})")
MIN_LETTERS = 2


def split_slashed(text: str, mentions: list[Mention], rebase: Callable[[str, str], str]) -> list[Mention]:
    """``mentions`` with each "A/B" as two mentions of its type."""
    out = []
    for m in mentions:
        pair = _PAIR.fullmatch(m.text)
        if pair is None or m.kind == "adjective" or any(len(side) < MIN_LETTERS for side in pair.groups()):
            out.append(m)
            continue
        for i in (1, 2):
            start, end = m.start + pair.start(i), m.start + pair.end(i)
            surface = text[start:end]
            out.append(replace(m, start=start, end=end, text=surface, base=rebase(surface, m.type)))
    return out
