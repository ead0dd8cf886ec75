"""A title for a document that came without one: its first sentence that is not boilerplate, with
a leading dateline and agency credit taken off ("CITY, 5 May /AGENCY/ – "), cut at a word.

A file name is never a title: it says where the text was kept, not what it tells.
"""

from __future__ import annotations

import re

from storyline.ingest.boilerplate import is_boilerplate_line
from storyline.ingest.header import date_header_end
from storyline.ingest.outlet import find_dateline

MAX_TITLE = 110  # characters; a longer sentence is cut at the last word that fits
MIN_TITLE = 12  # a shorter first line ("Home", "12.03.2024") is no title
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"»”’)]*\s+(?=[\"«„“(]?[^\W\d_])")
_CREDIT = re.compile(r"\s*(?:/[^/\n]{1,40}/|\([^()\n]{1,40}\))?\s*[-–—:]\s+")
_ONLY_DATE = re.compile(r"^[\W\d_]*$")


def fallback_title(text: str) -> str | None:
    start = _dateline_end(text)
    for line in text[start:].split("\n"):
        line = line.strip()
        if len(line) < MIN_TITLE or _ONLY_DATE.match(line) or is_boilerplate_line(line):
            continue
        return cut(first_sentence(line))
    return None


def first_sentence(line: str) -> str:
    m = _SENTENCE_END.search(line)
    return (line[: m.start()] if m else line).strip()


def cut(sentence: str, limit: int = MAX_TITLE) -> str:
    """At most ``limit`` characters, cut after a whole word (an ellipsis says it was cut)."""
    if len(sentence) <= limit:
        return sentence
    head = sentence[: limit - 1]
    space = head.rfind(" ")
    if space > limit // 2:
        head = head[:space]
    return head.rstrip(" ,;:–—-") + "…"


def _dateline_end(text: str) -> int:
    """Where the text starts after an inline date header, a dateline and its credit, else 0."""
    header_end = date_header_end(text)
    dateline = find_dateline(text[header_end:])
    if dateline is None:
        return header_end
    m = _CREDIT.match(text, header_end + dateline.end)
    return m.end() if m else header_end
