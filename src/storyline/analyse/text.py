"""Sentences and word tokens, with offsets into the canonical text."""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_right
from collections.abc import Iterator
from functools import cache
from importlib import resources

import regex
from razdel import sentenize

from storyline.model import Analysis, Passage

# Words of every script: ``regex``'s \w keeps combining marks (Arabic vowel signs, Devanagari
# matras, decomposed accents) and the joiners Persian writes inside words, which ``re``'s \w
# cuts words at. Same shape as before: letters and digits, inner hyphens and apostrophes.
WORD_RE = regex.compile(r"\w+(?:[-'’]\w+)*")


def razdel_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans as razdel ends them. razdel handles Cyrillic and Latin news prose well
    (abbreviations, initials, quotes); a line break always ends a sentence: news paragraphs are
    lines, and web pages put headlines and captions on lines of their own. The entity tagger reads
    these: it was trained on them (the tagger reading on over "ds.", "prof.", "św." tags the next
    words as it never learned: ``eval.ner`` 7 right spans fewer, 16 false ones more)."""
    spans: list[tuple[int, int]] = []
    for block in re.finditer(r"[^\n]+", text):
        base = block.start()
        for s in sentenize(block.group()):
            spans.append((base + s.start, base + s.stop))
    return spans


def split_sentences(text: str, razdel_spans: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """The document's sentences (``razdel_sentences``, or ``razdel_spans`` where the caller has
    them), where one razdel ends at an abbreviation of ``lang/sentences`` ("Komisja ds. |
    Zatrudnienia", "prof. | Nowak") going on into the next one on its line: what the analysers
    quote and read as one sentence."""
    ends_open = _open_abbreviation()
    spans: list[tuple[int, int]] = []
    for start, end in razdel_spans if razdel_spans is not None else razdel_sentences(text):
        if (
            spans
            and ends_open is not None
            and "\n" not in text[spans[-1][1] : start]
            and ends_open.search(text, max(spans[-1][0], spans[-1][1] - 16), spans[-1][1]) is not None
        ):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


@cache
def _open_abbreviation() -> regex.Pattern[str] | None:
    """A sentence's end on an abbreviation a sentence does not end at, of every language's
    ``lang/sentences/<lang>.toml`` (the sentences are split before each passage's language is
    known); written in lower case, matched with a capital first letter too."""
    folder = resources.files("storyline") / "lang" / "sentences"
    words: set[str] = set()
    for path in folder.iterdir():
        if path.name.endswith(".toml"):
            words.update(tomllib.loads(path.read_text("utf-8")).get("abbreviations", []))
    if not words:
        return None
    forms = {f for w in words for f in (w, w[:1].upper() + w[1:])}
    alternatives = "|".join(
        r"\s+".join(regex.escape(p) for p in f.split()) for f in sorted(forms, key=len, reverse=True)
    )
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}\p{{N}}.])(?:{alternatives})$")


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
