"""A body's abbreviation and the place it sits in, run together, are two names (audit rule N2).

"<ABBR> в <City>" (Bulgarian "the <ABBR> in <City>") is the body and the city: a preposition
between two names is no part of one name. The tagger joins them because BSNLP's gold marks a
body named after its seat as one name ("Районния съд в <City>", "Univerzi v <City>"): a
descriptive name of several words whose head is a common noun. That stays whole here; only a
one-word abbreviation in capitals (or a known place) before the language's locative preposition
(``place_prepositions`` in ``lang/entities/<lang>.toml``) and a place after it are split, unless
the learned name table knows the whole as it is.

The abbreviation is an organisation (a place when the gazetteers know it as one: "<Country's
code> in <City>"), the rest a place.

So is a one-word name that is no word of the language ("<Airport> w <City>", "<Firm> w <City>":
audit round 32, an airport's name run into the city it serves): its words' frequency (wordfreq)
tells a name from the kind noun of a descriptive name ("Uniwersytetu w <City>", "Lotnisko w
<City>", which BSNLP's gold keeps whole). Such a name is typed as the tagger typed the whole; a
language wordfreq does not list keeps the rule to abbreviations and known places.
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
# two or more capitals, maybe a digit: "СЗО", "UNHCR", "G7"; no small letter
_ABBREVIATION = regex.compile(r"\p{Lu}[\p{Lu}\p{N}]+")
SPLIT_TYPES = frozenset({"ORG", "LOC"})
NAME_ZIPF = 3.0  # a word rarer than this in its language (wordfreq) is a name, not a kind noun


def split_seats(
    text: str, mentions: list[Mention], lang: str | None, rebase: Rebase, known: Known
) -> list[Mention]:
    """``mentions`` with every "<abbreviation> <in> <place>" made two mentions."""
    preps = frozenset(data_words(lang, "place_prepositions"))
    if not preps:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        out.extend(_split(text, m, preps, lang, rebase, known) if m.type in SPLIT_TYPES else [m])
    return out


def _rare_name(word: str, lang: str | None) -> bool:
    """A capitalised word its language's texts hardly use: a name of its own, no kind noun."""
    from wordfreq import available_languages, zipf_frequency

    if not lang or lang not in available_languages() or not word[:1].isupper():
        return False
    return zipf_frequency(word.lower(), lang) < NAME_ZIPF


def _split(
    text: str, m: Mention, preps: frozenset[str], lang: str | None, rebase: Rebase, known: Known
) -> list[Mention]:
    words = list(_WORDS.finditer(text, m.start, m.end))
    if len(words) < 3 or words[1].group() not in preps or not words[2].group()[:1].isupper():
        return [m]
    head = words[0].group()
    named = not (_ABBREVIATION.fullmatch(head) or is_place(head))
    if named and not _rare_name(head, lang):
        return [m]
    if known(m.type, m.base or m.text):  # a name that holds its seat, as the table learned it
        return [m]
    tail_start = words[2].start()
    tail = text[tail_start : m.end]
    tail_base = rebase(tail, "LOC")
    if not (is_place(tail_base) or is_place(tail) or known("LOC", tail_base)):
        return [m]
    head_type = m.type if named else "LOC" if is_place(head) else "ORG"
    head_end = words[0].end()
    return [
        replace(m, end=head_end, text=head, type=head_type, base=rebase(head, head_type)),
        replace(m, start=tail_start, text=tail, type="LOC", base=tail_base),
    ]
