"""Mixed-script look-alikes: a Cyrillic "А" inside the Latin word "АZAL" becomes a Latin "A".

Only words that mix Latin and Cyrillic letters are touched, the minority script is mapped to the
majority one, one code point for one code point (offsets never shift), and a tie is left alone.
"""

from __future__ import annotations

import re
from functools import cache

from storyline.ingest.vocab import load_vocab

# only words holding both a Latin and a Cyrillic letter (the lookaheads run in C, fast on clean text)
_MIXED_WORD = re.compile(r"\b(?=\w*?[A-Za-z\u00c0-\u024f])(?=\w*?[\u0400-\u052f])\w+")


@cache
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    to_latin = load_vocab().cyrillic_to_latin
    to_cyrillic: dict[str, str] = {}
    for cyr, lat in to_latin.items():
        to_cyrillic.setdefault(lat, cyr)
    return to_latin, to_cyrillic


def _is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u052f"


def _is_latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha() or "\u00c0" <= ch <= "\u024f"


def fix_homoglyphs(text: str) -> str:
    to_latin, to_cyrillic = _tables()

    def repair(match: re.Match[str]) -> str:
        word = match.group(0)
        latin = sum(1 for ch in word if _is_latin(ch))
        cyrillic = sum(1 for ch in word if _is_cyrillic(ch))
        if not latin or not cyrillic or latin == cyrillic:
            return word
        table = to_latin if latin > cyrillic else to_cyrillic
        return "".join(table.get(ch, ch) for ch in word)

    return _MIXED_WORD.sub(repair, text)
