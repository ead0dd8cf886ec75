"""Sentences and word tokens, with offsets into the canonical text."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

import regex
from razdel import sentenize

from storyline.model import Analysis, Passage

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
    """The sentence span containing an offset (or the nearest one before it). ``sentences`` are
    in order and do not overlap, as ``split_sentences`` makes them: a bisection finds it."""
    k = bisect_right(sentences, (offset, float("inf"))) - 1
    return sentences[k] if k >= 0 else (0, 0)


def lang_at(analysis: Analysis, offset: int) -> str | None:
    """The language at a character offset (a passage in another language wins)."""
    passage = passage_at(analysis, offset)
    return passage.lang if passage is not None else analysis.lang


def passage_at(analysis: Analysis, offset: int) -> Passage | None:
    """The passage that holds a character offset. Passages tile the text in order
    (``language.detect``), so a bisection finds it: a long text has thousands of passages, and
    every word, quote and figure asks."""
    passages = analysis.passages
    k = bisect_right(passages, offset, key=lambda p: p.start) - 1
    if k >= 0 and passages[k].start <= offset < passages[k].end:
        return passages[k]
    return None
