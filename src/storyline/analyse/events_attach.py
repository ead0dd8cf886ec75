"""Names near a trigger that belong to something else than the happening.

A place or a participant is filled only from the happening's own attachment; the audit rounds
found names next to a trigger that are neither:

- the complement of a person's title or of a body: "the governor of <province>", "President of
  the <council> <name>", "the government of <country>" — the province is the governor's, not
  where he was shot; the council is in the president's title, not a party to his phone call.
  Titles and body nouns come from the language's entity pack (``titles``, ``org_words``); and in
  any language an organisation or place written right before a person's name (nothing but a
  space between) is taken as that person's title too (a title the list lacks);
- a photo credit: a person's name right after a news agency's ("<AGENCY> <photographer>").

And a trigger that is the complement of a body noun ("commission of inquiry") names the body.
"""

from __future__ import annotations

import re
from functools import cache

from storyline.model import Mention
from storyline.names.parts import entity_data

HEAD_WORDS = 2  # a title and one linking word ("of", "на", "de") before the name
MIN_HEAD_STEM = 4  # a head word this long is matched as a beginning (case endings, articles)
MAX_ENDING = 4  # letters an inflected head may add
CONNECTOR = 3  # a linking word is short ("of", "на", "de", "du")
LINE_GAP = re.compile(r"[^\S\n]{1,3}")  # a space or two on one line, nothing else
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@cache
def _heads(lang: str | None, key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in str(entity_data(lang).get(key, "")).split())


def _is_head(word: str, heads: frozenset[str]) -> bool:
    w = word.lower()
    return w in heads or any(
        len(h) >= MIN_HEAD_STEM and w.startswith(h) and len(w) - len(h) <= MAX_ENDING for h in heads
    )


def governed(
    text: str,
    lang: str | None,
    sent_start: int,
    m: Mention,
    mentions: list[Mention],
    place_words: frozenset[str] = frozenset(),
) -> bool:
    """Is the name (a place or an organisation) the complement of a title or a body noun right
    before it, or part of the title of the person named right after it? ``mentions``: those of
    the sentence; ``place_words``: the language's one-word place cues ("in", "в") — a body before
    one is where the body is ("the police in X arrested"), a title before one still the title's
    ("the governor in X")."""
    titles, bodies = _heads(lang, "titles"), _heads(lang, "org_words")
    before = text[max(sent_start, m.start - 60) : m.start]
    tail = re.search(r"[\w'’ -]*$", before)  # no punctuation between the head and the name
    words = _WORD.findall(tail.group() if tail else "")[-HEAD_WORDS:]
    if words and (_is_head(words[-1], titles) or _is_head(words[-1], bodies)):
        return True
    if len(words) == HEAD_WORDS and len(words[-1]) <= CONNECTOR and words[-1].islower():
        if _is_head(words[0], titles) or (words[-1] not in place_words and _is_head(words[0], bodies)):
            return True
    if words and words[-1].lower() in place_words:
        return False  # "в Киеве Зеленский встретился …": a place said as one, then the subject
    return any(
        x.type == "PER" and x.start >= m.end and LINE_GAP.fullmatch(text[m.end : x.start]) for x in mentions
    )


# a trigger of these types after a body noun and "of" names the body ("commission of inquiry",
# "Comité d'enquête"), not a happening
BODY_NAMED = frozenset({"investigation"})


def names_a_body(text: str, lang: str | None, kind: str, sent_start: int, start: int) -> bool:
    """Is the trigger the complement of a body noun right before it ("the commission of inquiry",
    "le comité d'enquête")? Then it is a word of the body's name."""
    if kind not in BODY_NAMED:
        return False
    elided = re.match(r"\w['’]", text[start : start + 2])  # a trigger taken with its article ("d'enquête")
    end = start + 2 if elided else start
    tail = re.search(
        r"[\w'’ -]*$", text[max(sent_start, start - 60) : end].replace("'", " ").replace("’", " ")
    )
    words = _WORD.findall(tail.group() if tail else "")[-HEAD_WORDS:]
    return (
        len(words) == HEAD_WORDS
        and len(words[-1]) <= CONNECTOR
        and words[-1].islower()
        and _is_head(words[0], _heads(lang, "org_words"))
    )


def credit(text: str, m: Mention, mentions: list[Mention]) -> bool:
    """Is the person's name a photo credit: right after a news agency's name on its line?"""
    return m.type == "PER" and any(
        x.type == "ORG" and x.end <= m.start and LINE_GAP.fullmatch(text[x.end : m.start]) and _agency(x.text)
        for x in mentions
    )


@cache
def _agency(name: str) -> bool:
    from storyline.ingest.source_names import SourceAliases  # ingest's list of outlets

    return SourceAliases().canonical(name) is not None
