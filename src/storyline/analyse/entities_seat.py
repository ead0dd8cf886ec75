"""A body's abbreviation and the place it sits in, run together, are two names (audit rule N2).

"<ABBR> в <City>" (Bulgarian "the <ABBR> in <City>") is the body and the city: a preposition
between two names is no part of one name. The tagger joins them because BSNLP's gold marks a
body named after its seat as one name ("Районния съд в <City>", "Univerzi v <City>"): a
descriptive name of several words whose head is a common noun. That stays whole here; only a
one-word abbreviation in capitals (or a known place) before the language's locative preposition
(``place_prepositions`` in ``lang/entities/<lang>.toml``) and a place after it are split, unless
the learned name table knows the whole as it is. So is a name of any length written in another
script than the preposition ("<Latin words> в <City>", audit round 21 N2): a foreign name quoted
as written, which the text's own preposition cannot belong to.

The abbreviation is an organisation (a place when the gazetteers know it as one: "<Country's
code> in <City>"), a foreign name keeps its type, the rest is a place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import regex

from storyline.model import Mention
from storyline.names import is_place
from storyline.names.parts import data_words
from storyline.names.script import script

Rebase = Callable[[str, str], str]  # (surface, type) → base form
Known = Callable[[str, str], bool]  # (type, base) → a learned table knows it

_WORDS = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:[-'’.][\p{L}\p{M}\p{N}]+)*")
# two or more capitals, maybe a digit: "СЗО", "UNHCR", "G7"; no small letter
_ABBREVIATION = regex.compile(r"\p{Lu}[\p{Lu}\p{N}]+")
SPLIT_TYPES = frozenset({"ORG", "LOC"})


def split_seats(
    text: str, mentions: list[Mention], lang: str | None, rebase: Rebase, known: Known
) -> list[Mention]:
    """``mentions`` with every "<abbreviation> <in> <place>" made two mentions."""
    preps = frozenset(data_words(lang, "place_prepositions"))
    if not preps:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        out.extend(_split(text, m, preps, rebase, known) if m.type in SPLIT_TYPES else [m])
    return out


def _split(text: str, m: Mention, preps: frozenset[str], rebase: Rebase, known: Known) -> list[Mention]:
    words = list(_WORDS.finditer(text, m.start, m.end))
    at = next((k for k in range(1, len(words) - 1) if words[k].group() in preps), None)
    if at is None or not words[at + 1].group()[:1].isupper():
        return [m]
    foreign = _foreign_head(words[:at], words[at].group())
    head = text[words[0].start() : words[at - 1].end()]
    if not (foreign or (at == 1 and (_ABBREVIATION.fullmatch(head) or is_place(head)))):
        return [m]
    if known(m.type, m.base or m.text):  # a name that holds its seat, as the table learned it
        return [m]
    tail_start = words[at + 1].start()
    tail = text[tail_start : m.end]
    tail_base = rebase(tail, "LOC")
    if not (is_place(tail_base) or is_place(tail) or known("LOC", tail_base)):
        return [m]
    # a name in another script keeps the tagger's type (a foundation, a hotel); an abbreviation
    # is a body's, a known place a place
    head_type = m.type if foreign else "LOC" if is_place(head) else "ORG"
    head_end = words[at - 1].end()
    return [
        replace(m, end=head_end, text=head, type=head_type, base=rebase(head, head_type)),
        replace(m, start=tail_start, text=tail, type="LOC", base=tail_base),
    ]


def _foreign_head(head: list[regex.Match[str]], preposition: str) -> bool:
    """Every word before the preposition in another script than it ("<Latin words> в <City>"):
    a name the text quotes in its own language, which no word of the text's language continues."""
    own = script(preposition)
    return bool(own) and all(script(w.group()) not in ("", own) for w in head)
