"""Sentences and word tokens, with offsets into the canonical text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from razdel import sentenize

WORD_RE = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans. razdel handles Cyrillic and Latin news prose well (abbreviations,
    initials, quotes); a blank line always ends a sentence, since web pages glue headlines."""
    spans: list[tuple[int, int]] = []
    for block in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text):
        base = block.start()
        for s in sentenize(block.group()):
            spans.append((base + s.start, base + s.stop))
    return spans


def words(text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """Word tokens as regex matches (``m.start()`` is an offset into ``text``)."""
    return WORD_RE.finditer(text, start, len(text) if end is None else end)


def sentence_of(sentences: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    """The sentence span containing an offset (or the nearest one before it)."""
    best = (0, 0)
    for s, e in sentences:
        if s <= offset:
            best = (s, e)
        if offset < e:
            break
    return best
