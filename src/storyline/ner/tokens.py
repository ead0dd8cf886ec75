"""Tokens for the sequence tagger: words, numbers and single punctuation marks, with offsets.

Hyphens and dots are tokens of their own so that a name glued to its neighbour ("анти-Брекзит",
"БТА.Франция" in scraped text) can still be tagged on its own; apostrophes stay inside words
("O'Neill", "п'ять"). A word keeps its combining marks and joiners (``regex``'s Unicode word
characters), so no letter of any script is split off or lost.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

_TOKEN = regex.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*|\d+|[^\w\s]|_")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    stop = len(text) if end is None else end
    return [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, stop)]
