"""A sentence in quotation marks standing as a headline on its own line is a quotation, no work's
title: 'Commission for the gas directive's revision. „Russophobia and an attempt to block <Pipe>”'.

News sites print a quoted line of a speaker as a headline or a subheading. The tagger, seeing words
in quotation marks with a name inside, calls the whole a product (a title), and BSNLP's gold marks
one so (pl, PRO). The audit rules call it no name (N1): nobody's work is called that. Recognition,
scored against that gold, keeps the mention; as with a sentence's opening phrase
(``sentence_phrases``) it is marked ``QUOTED_HEADLINE`` and the entity list folds an entity of such
mentions alone.

A mention is one here when it is a product or an event that fills a pair of typographic quotation
marks exactly, the opening mark begins a line or follows a sentence's end (". „"), the closing
mark ends the line, and the quoted words are a sentence's, not a title's: at least ``MIN_WORDS``
words, one of them a content word in small letters. A title quoted inside a sentence ("the book
„…”", "the march „Stop X”") does not open a sentence, and a pipeline's name quoted at a headline's
end ("… over „Northern Line 2”") follows the headline's words.
"""

from __future__ import annotations

import re
from dataclasses import replace

from storyline.analyse.entity_confidence import QUOTED_HEADLINE
from storyline.model import Mention

HEADLINE_TYPES = frozenset({"PRO", "EVT"})
MIN_WORDS = 4
MIN_CONTENT = 4  # letters: a shorter small-letter word is a particle ("i", "and", "за")
_OPENING = "„«“"
_CLOSING = '”“»"'
_OPENS_SENTENCE = re.compile(r"(?:^|\n|[.!?][ \t]+)[ \t]*$")
_ENDS_LINE = re.compile(r"[ \t]*(?:\n|$)")
_WORD = re.compile(r"[^\W\d_]+")


def quoted_headline(m: Mention, text: str) -> bool:
    """Whether the mention is a quoted sentence standing on its own line."""
    if m.type not in HEADLINE_TYPES or m.start == 0 or m.end >= len(text):
        return False
    if text[m.start - 1] not in _OPENING or text[m.end] not in _CLOSING:
        return False
    if not _OPENS_SENTENCE.search(text, max(0, m.start - 4), m.start - 1) and m.start - 1 > 0:
        return False
    if not _ENDS_LINE.match(text, m.end + 1):
        return False
    words = _WORD.findall(m.text)
    return len(m.text.split()) >= MIN_WORDS and any(w.islower() and len(w) >= MIN_CONTENT for w in words)


def headlines_marked(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, a quoted sentence on a line of its own marked ``QUOTED_HEADLINE``."""
    return [
        replace(m, kind=QUOTED_HEADLINE) if m.kind is None and quoted_headline(m, text) else m
        for m in mentions
    ]
