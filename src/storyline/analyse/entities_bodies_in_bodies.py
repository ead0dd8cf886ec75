"""A body "in" another body is two names: "<Party> w <Parliament>" (audit round 36 N2).

A party's caucus is written "the club of the Greens in the Bundestag": the tagger runs the party
and the parliament into one span over the locative preposition (``place_prepositions`` of
``lang/entities/<lang>.toml``). BSNLP's gold keeps a body named after its seat whole ("Uniwersytet
w <City>", "Районния съд в <City>"), but a seat is a place: where what follows the preposition is
a body the learned name table knows (as a body, not as a place) and the table does not know the
whole, the span is the first body and the second apart, each typed as a body.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import regex

from storyline.model import Mention
from storyline.names import is_place
from storyline.names.parts import data_words

Rebase = Callable[[str, str], str]  # (surface, type) → base form
Known = Callable[[str, str], bool]  # (type, base) → a learned table knows it

_WORDS = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:[-'’.][\p{L}\p{M}\p{N}]+)*")
BODY = "ORG"


def split_bodies_in_bodies(
    text: str, mentions: list[Mention], lang: str | None, rebase: Rebase, known: Known
) -> list[Mention]:
    """``mentions`` with every body's name run into "<in> <another body>" made two mentions."""
    preps = frozenset(data_words(lang, "place_prepositions"))
    if not preps:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        out.extend(_split(text, m, preps, rebase, known) if m.type == BODY else [m])
    return out


def _split(text: str, m: Mention, preps: frozenset[str], rebase: Rebase, known: Known) -> list[Mention]:
    words = list(_WORDS.finditer(text, m.start, m.end))
    at = next((i for i in range(1, len(words) - 1) if words[i].group() in preps), None)
    if at is None or not words[at + 1].group()[:1].isupper() or known(BODY, m.base or m.text):
        return [m]
    tail = text[words[at + 1].start() : m.end]
    tail_base = rebase(tail, BODY)
    if is_place(tail) or is_place(tail_base) or not (known(BODY, tail_base) or known(BODY, tail)):
        return [m]
    head = text[m.start : words[at - 1].end()]
    return [
        replace(m, end=m.start + len(head), text=head, base=rebase(head, BODY)),
        replace(m, start=words[at + 1].start(), text=tail, base=tail_base),
    ]
