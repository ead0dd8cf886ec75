"""A source's whole name, where its sentence shows more of it than the recogniser took.

A figure attributed to "the State Emergency Service" whose mention covers only "Emergency
Service", a French "Service de radio et de télévision du <country>" recognised as "Service", a
speaker written "A. Surname" recognised as "Surname": the source is then shown and counted under
a cut name. Only the mentions that are a source (a figure's source, a quote's or a claim's
speaker) are completed, and only by words that cannot be anything but part of the name:

- an organisation loses the lower-case words that open it ("the Chinese" before "National Health
  Commission", the way Bulgarian writes it in one word) and takes the capitalised words written
  right before it (no punctuation between,
  not the first word of a sentence, not a possessive, not another name): "State" + "Emergency
  Service";
- an organisation takes a tail that opens with a word linking parts of a name ("of", "de", "du" —
  ``[descriptors] name_links`` in ``lang/sources/sources.toml``), holds only lower-case words and
  links, and ends in a place's name: "Service" + "de radio et de télévision du" + "Myanmar";
- a person takes the initials written right before the name: "A." + "Surname".

A known agency or broadcaster (the shipped list) is never widened: "Reuters in London" stays
"Reuters".
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from storyline.ingest.source_names import SourceAliases, shipped
from storyline.model import OUTLET_TYPES, Analysis, Mention

MAX_LEFT_WORDS = 3
MAX_TAIL_WORDS = 8
TAIL_CHARS = 90
_WORD_BEFORE = re.compile(r"([^\W\d_][\w\-]*)([ \t]+)$")
_INITIALS_BEFORE = re.compile(r"(?:(?<![\w.])[^\W\d_]\.[ \t]?){1,2}$")
_TAIL_TEXT = re.compile(r"[\s\w'’\-]*")
_LETTERS = re.compile(r"[^\W\d_]+")
_SENTENCE_END = ".!?…\n\r"


def complete_sources(text: str, analysis: Analysis, published: date | None = None) -> list[Mention]:
    """The document's mentions with every source's name completed (a new list; indices unchanged)."""
    del published  # the chain's signature
    sources = {f.source for f in analysis.figures} | {q.speaker for q in analysis.quotes}
    sources |= {c.speaker for c in analysis.claims}
    mentions = list(analysis.mentions)
    for k in sorted(s for s in sources if s is not None):
        whole = whole_name(text, mentions, k)
        if whole is None:
            continue
        old = mentions[k]
        mentions[k] = whole
        for q in analysis.quotes:
            if q.speaker == k and (q.speaker_start, q.speaker_end) == (old.start, old.end):
                q.speaker_start, q.speaker_end, q.speaker_text = whole.start, whole.end, whole.text
    return mentions


def whole_name(text: str, mentions: list[Mention], k: int) -> Mention | None:
    """Mention ``k`` widened to the whole name its context shows, or None when it is whole."""
    m = mentions[k]
    if m.type == "PER":
        return _with_initials(text, m)
    if m.type not in OUTLET_TYPES or SourceAliases().canonical(m.text) is not None:
        return None
    if cut := _lower_lead(m.text):
        # "китайската Национална здравна комисия": a description before the name is no part of it
        m = replace(
            m,
            start=m.start + cut,
            text=m.text[cut:],
            base=(m.base or m.text)[_lower_lead(m.base or m.text) :],
        )
    start = _left_edge(text, mentions, m)
    end = _right_edge(text, mentions, m)
    if (start, end) == (mentions[k].start, mentions[k].end):
        return None
    before, after = text[start : m.start], text[m.end : end]
    return replace(m, start=start, end=end, text=text[start:end], base=before + (m.base or m.text) + after)


def _lower_lead(name: str) -> int:
    """How many characters a lower-case word opening the name takes before a capitalised one (0:
    none). One word only: "the Moscow staff of the Ministry" is the staff, not the ministry."""
    first = re.match(r"(\S+)\s+(\S)", name)
    if first is None or not first.group(2).isupper() or not first.group(1).islower():
        return 0
    if first.group(1).casefold() in shipped().name_links:
        return 0  # "de Volkskrant", "la Repubblica": an article that is part of the name
    return first.start(2)


def _with_initials(text: str, m: Mention) -> Mention | None:
    found = _INITIALS_BEFORE.search(text, max(0, m.start - 8), m.start)
    if found is None or not all(ch.isupper() for ch in _LETTERS.findall(found.group(0))):
        return None
    initials = found.group(0)
    base = m.base or m.text
    return replace(m, start=found.start(), text=initials + m.text, base=initials + base)


def _left_edge(text: str, mentions: list[Mention], m: Mention) -> int:
    """Where the name starts once the capitalised words right before it are taken."""
    start = m.start
    for _ in range(MAX_LEFT_WORDS):
        found = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if found is None:
            break
        word = found.group(1)
        if not word[0].isupper() or re.search(r"['’]s$", word) or _first_of_sentence(text, found.start(1)):
            break
        if any(o is not m and o.start < start and found.start(1) < o.end for o in mentions):
            break  # another name: "<City> Emergency Service" is two names, not one
        start = found.start(1)
    return start


def _first_of_sentence(text: str, at: int) -> bool:
    before = text[:at].rstrip(" \t\"'«„“(")
    return not before or before[-1] in _SENTENCE_END


def _right_edge(text: str, mentions: list[Mention], m: Mention) -> int:
    """Where the name ends once a linked tail up to a place's name is taken."""
    links = shipped().name_links
    for o in sorted(mentions, key=lambda o: o.start):
        if o.type != "LOC" or o.start < m.end or o.start > m.end + TAIL_CHARS:
            continue
        between = text[m.end : o.start]
        if _TAIL_TEXT.fullmatch(between) is None:
            return m.end  # punctuation or digits before the nearest place: no tail
        words = _LETTERS.findall(between)
        if (
            words
            and len(words) <= MAX_TAIL_WORDS
            and words[0].casefold() in links
            and words[-1].casefold() in links
            and all(w.islower() or w.casefold() in links for w in words)
        ):
            return o.end
        return m.end
    return m.end
