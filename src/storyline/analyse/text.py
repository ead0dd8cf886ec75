"""Sentences and word tokens, with offsets into the canonical text."""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex
from razdel import sentenize

from storyline.model import Analysis

# Words of every script: ``regex``'s \w keeps combining marks (Arabic vowel signs, Devanagari
# matras, decomposed accents) and the joiners Persian writes inside words, which ``re``'s \w
# cuts words at. Same shape as before: letters and digits, inner hyphens and apostrophes.
WORD_RE = regex.compile(r"\w+(?:[-'’]\w+)*")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans. razdel handles Cyrillic and Latin news prose well (abbreviations,
    initials, quotes); a line break always ends a sentence: news paragraphs are lines, and web pages
    put headlines and captions on lines of their own."""
    spans: list[tuple[int, int]] = []
    for block in re.finditer(r"[^\n]+", text):
        base = block.start()
        for s in sentenize(block.group()):
            spans.append((base + s.start, base + s.stop))
    return spans


def words(text: str, start: int = 0, end: int | None = None) -> Iterator[regex.Match[str]]:
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


def lang_at(analysis: Analysis, offset: int) -> str | None:
    """The language at a character offset (a passage in another language wins)."""
    for p in analysis.passages:
        if p.start <= offset < p.end:
            return p.lang
    return analysis.lang
