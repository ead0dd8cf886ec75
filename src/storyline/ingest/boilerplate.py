"""Web boilerplate lines: skip links, picture credits, share / read-also lines, rubric words,
lone counters, and related-article headlines inserted mid-article.

Every rule looks at one whole line and is conservative: a line that reads like a sentence
(ends with sentence punctuation, or is long) is never removed by the short-line rules. The
vocabulary is data (``lang/ingest/*.toml``); here are only the shapes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from storyline.ingest.vocab import load_vocab

MAX_CREDIT_CHARS = 160  # a credit or caption line; longer lines are prose
MAX_CREDIT_WORDS = 6  # "Фото: Имя Фамилия" plus an agency
MAX_HEADLINE_CHARS = 140
MAX_HEADLINE_WORDS = 16
_SENTENCE_END = re.compile(r"[.!?…:;»\"”“)]$")
_COUNTER = re.compile(r"^\d{1,7}$")
_ONE_WORD_COMMA = re.compile(r"^[^\W\d_][\w'’\-]*,$")
_COPYRIGHT = re.compile(r"©|\(c\)\s", re.IGNORECASE)


@dataclass(frozen=True)
class _Rules:
    skip_links: frozenset[str]
    photo_prefixes: tuple[str, ...]
    share_lines: frozenset[str]
    share_prefixes: tuple[str, ...]
    sections: frozenset[str]


@cache
def _rules() -> _Rules:
    vocab = load_vocab()
    share = tuple(s.casefold() for s in vocab.merged("share_lines"))
    return _Rules(
        skip_links=frozenset(s.casefold() for s in vocab.merged("skip_links")),
        photo_prefixes=tuple(s.casefold() for s in vocab.merged("photo_prefixes")),
        share_lines=frozenset(share),
        share_prefixes=tuple(s + ":" for s in share),
        sections=frozenset(s.casefold() for s in vocab.merged("sections")),
    )


def _key(line: str) -> str:
    return line.strip().casefold()


def is_section_line(line: str) -> bool:
    """A rubric word alone on its line, or any single word followed by a comma (a list of rubrics
    split over lines; a sentence is never one word and a comma)."""
    key = _key(line).rstrip(",").strip()
    return key in _rules().sections or bool(_ONE_WORD_COMMA.match(line.strip()))


def is_boilerplate_line(line: str) -> bool:
    rules = _rules()
    key = _key(line)
    if not key:
        return False
    bare = key.rstrip(" .:!›»>→")
    if bare in rules.skip_links or bare in rules.share_lines:
        return True
    if len(key) <= MAX_CREDIT_CHARS:
        if key.startswith(rules.share_prefixes):
            return True
        if key.startswith(rules.photo_prefixes) and _is_credit(line.strip()):
            return True
        # a credit such as "Здание МИД © Name/ Agency": short, with ©, no sentence ending
        if _COPYRIGHT.search(key) and not _SENTENCE_END.search(key):
            return True
    return bool(_COUNTER.match(key)) or is_section_line(line)


def _is_credit(line: str) -> bool:
    """What follows "Фото:" is a name and an agency ("Name / AGENCY", "Name, Agency"), not a
    headline that some sites prefix with "Фото:" too."""
    rest = line.split(":", 1)[-1] if ":" in line else line.split(maxsplit=1)[-1]
    words = rest.split()
    if len(words) <= MAX_CREDIT_WORDS:
        return True
    # a longer credit needs the marks of one ("Name / AGENCY") and reads as names, not prose:
    # a credit run together with the next sentence must keep that sentence
    lower = sum(1 for w in words if w[:1].islower())
    return len(words) <= 2 * MAX_CREDIT_WORDS and any(m in rest for m in "/©|") and lower <= 2


def is_headline_shaped(line: str) -> bool:
    text = line.strip()
    return (
        0 < len(text) <= MAX_HEADLINE_CHARS
        and len(text.split()) <= MAX_HEADLINE_WORDS
        and not _SENTENCE_END.search(text)
        and text[0].isupper()
    )


def remove_boilerplate(text: str) -> str:
    lines = text.split("\n")
    drop = [is_boilerplate_line(line) for line in lines]
    # A related-article teaser inside the body: a short line without final punctuation, right
    # after a blank line, directly followed by a rubric line. The title of the article itself
    # is the first line and is not followed by a rubric, so it stays.
    for i in range(1, len(lines) - 1):
        if (
            not lines[i - 1].strip()
            and is_headline_shaped(lines[i])
            and is_section_line(lines[i + 1])
            and not is_section_line(lines[i])
        ):
            drop[i] = True
    kept = [line for line, gone in zip(lines, drop, strict=True) if not gone]
    return "\n".join(kept)
