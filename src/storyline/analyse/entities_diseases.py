"""A disease's or a virus's name is an event: annotated news types it so.

BSNLP's gold types every disease and virus it marks as an event (HIV, AIDS, SARS, MERS, Ebola,
dengue, influenza, COVID-19 and SARS-CoV-2: several hundred mentions, each one EVT), as the
audit rules read a named epidemic. A tagger that never saw one in its training news types the
abbreviation as an organisation or a product ("HIV" a body, "SARS" a company). The names are
general vocabulary (less COVID-19, which the models learn: see the list's comment), listed once for every language (``disease_names`` in
``lang/entities/common.toml``, folded), and matched as the whole mention, written as is or as
its base form (Polish "AIDS-u": "AIDS"); a longer name that holds one ("the Centre for AIDS
Prevention", an anti-SARS test kit) keeps its own type.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache, lru_cache

import regex

from storyline.model import Mention
from storyline.names import fold
from storyline.names.parts import entity_data

EVENT = "EVT"


@cache
def disease_names() -> frozenset[str]:
    return frozenset(fold(w) for w in str(entity_data("common").get("disease_names", "")).split())


def is_disease(m: Mention) -> bool:
    names = disease_names()
    return m.kind != "adjective" and (fold(m.text) in names or fold(m.base or "") in names)


def diseases_as_events(mentions: list[Mention]) -> list[Mention]:
    """The mentions, a disease's or a virus's name typed as an event."""
    return [replace(m, type=EVENT) if m.type != EVENT and is_disease(m) else m for m in mentions]


# An abbreviation of a disease's common name ("chronic obstructive pulmonary disease", COPD): the
# text spells it in lower-case words, one of them the language's word for a disease
# (``disease_words`` of ``lang/entities/<lang>.toml``, folded stems). A kind of illness, no one
# disease's name nor a body's, whatever a tagger typed it; a body named after one writes its name
# in capitals ("the Institute of Lung Diseases", IoLD) and keeps it.
_CAPS = regex.compile(r"\p{Lu}{2,8}")
_WORDS = regex.compile(r"[\p{L}\p{M}]+")


@cache
def disease_words(lang: str | None) -> tuple[str, ...]:
    return tuple(fold(w) for w in str(entity_data(lang).get("disease_words", "")).split())


def disease_abbreviations(text: str, mentions: list[Mention], lang: str | None) -> list[Mention]:
    """``mentions`` less the abbreviations of a disease's common name the text spells out."""
    stems = disease_words(lang)
    if not stems:
        return mentions
    spelled = _spelled_diseases(text, stems)
    return [m for m in mentions if m.text not in spelled or m.type == EVENT or is_disease(m)]


MAX_SPELLED = 8  # letters of such an abbreviation
MIN_WORD = 4  # letters of each word it spells: a preposition ("with the disease of") spells none


@lru_cache(maxsize=8)  # asked once per passage of the same document
def _spelled_diseases(text: str, stems: tuple[str, ...]) -> frozenset[str]:
    caps = {m.group() for m in _CAPS.finditer(text) if len(m.group()) <= MAX_SPELLED}
    if not caps:
        return frozenset()
    words = [w.group() for w in _WORDS.finditer(text)]
    out = set()
    for acronym in caps:
        n = len(acronym)
        initials = fold(acronym)
        for i in range(len(words) - n + 1):
            run = words[i : i + n]
            if "".join(fold(w[0]) for w in run) != initials:
                continue
            # the words after the first in small letters (the first may open a sentence or a title)
            if (
                all(w[:1].islower() for w in run[1:])
                and all(len(w) >= MIN_WORD for w in run)
                and any(fold(w).startswith(stems) for w in run)
            ):
                out.add(acronym)
                break
    return frozenset(out)
