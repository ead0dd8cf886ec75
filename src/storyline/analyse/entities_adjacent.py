"""A person's name that a tagger read as two: two one-word persons with one space between.

A tagger that has not seen a rare given name tags each word a person of its own ("<Given>" and
"<Surname>", the second opening a new name), and the passage holds a given name alone and a
surname alone. Two one-word "persons" one space apart are not always one person, though: a
declining language puts a genitive's owner before a subject ("rządu <Surname's> <Surname>
powiedział"), a dative after a subject ("<Surname> <Surname-dative>"). They are one full name
when the words read as a given name and a surname: the second ends in a surname's ending of one
gender (``surname_gender`` of the quote data: -ova, -ev, -ski …), and the first looks a given
name of that gender (a feminine one ends in a vowel -a/-я without the surname's own ending: two
surnames in one case, "<Surname-ova> <Surname-ova>", are two people; a masculine one ends in a
consonant and in no man's surname ending: "<Surname-ev> <Surname-in>" are two). A man's given
name that ends as surnames do ("-in") is left apart: only a name list could tell it. Both words of
letters only, capitalised, not in capitals (an abbreviation).

Not any known given name before any capitalised word: BSNLP's gold marks the one such pair it
holds ("<Given> <Surname>" in a Bulgarian text, a surname of no listed ending) as two mentions
of one person, which one span would miss twice.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import regex

from storyline.analyse.phrases import data
from storyline.model import Mention

Rebase = Callable[[str, str], str]  # (surface, type) → base form
_WORD = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]+")
_GAP = (" ", "\u00a0")
_FEMININE_FINALS = ("a", "а", "я")
_VOWELS = frozenset("aeiouyáéíóúýěåäöüąęаеёиоуыэюяіїєъь")


@cache
def _surname_endings() -> tuple[tuple[str, str], ...]:
    """(ending, gender) pairs of the quote data's surname endings, longest first."""
    raw = data("quotes").get("surname_gender", {})
    pairs = [(e, g) for g in ("f", "m") for e in raw.get(g, ())]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


@cache
def _mans_endings() -> tuple[str, ...]:
    return tuple(e for e, g in _surname_endings() if g == "m")


def join_adjacent_persons(text: str, mentions: list[Mention], rebase: Rebase) -> list[Mention]:
    """``mentions`` with each pair of one-word persons one space apart that reads as a given name
    and a surname made one person."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        prev = out[-1] if out else None
        if prev is not None and _one_name(text, prev, m):
            surface = text[prev.start : m.end]
            out[-1] = Mention(prev.start, m.end, surface, "PER", rebase(surface, "PER"), prev.lang)
            continue
        out.append(m)
    return out


def _one_name(text: str, a: Mention, b: Mention) -> bool:
    if not (a.type == b.type == "PER" and not (a.kind or b.kind) and text[a.end : b.start] in _GAP):
        return False
    given, surname = text[a.start : a.end], text[b.start : b.end]
    if not (_WORD.fullmatch(given) and _WORD.fullmatch(surname)):
        return False
    return _given_and_surname(given.lower(), surname.lower())


def _given_and_surname(given: str, surname: str) -> bool:
    for ending, gender in _surname_endings():
        if surname.endswith(ending) and len(surname) > len(ending) + 1:
            if given.endswith(ending):
                return False
            if gender == "f":
                return given.endswith(_FEMININE_FINALS)
            # a man's given name ends in a consonant but in no surname's ending: two surnames side
            # by side ("<Surname-ev> <Surname-in>": one subject, one object) are two people
            return given[-1] not in _VOWELS and not given.endswith(_mans_endings())
    return False
