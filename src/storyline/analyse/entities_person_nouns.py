"""A word for a person inside a body's or a place's name is where the name ends.

A tagger that runs a name on over the next words takes a job or a role written in small letters
with it: "<Church> патриарх" before the patriarch's name, "<Agency> эксперт лондонского института
<Institute>" where an agency quotes an expert, "<Union> австрийский канцлер" where a summit's
host speaks. A name of a body holds people's words in the genitive ("кабинет министров", "Палата
представителей", "Союз журналистов"), never a person in the nominative: a small-letter noun
whose dictionary reading is an animate noun in the nominative (pymorphy3: ru, uk) ends the name
before it, and before the adjectives that go with it ("австрийский канцлер"; "Главный переговорщик"
where a sentence began without its full stop). What follows the noun from its first capitalised
word on is a name of its own, of the same type (the quoted expert's institute), a known place a
place; small words alone before the noun are no name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import regex

from storyline.model import Mention
from storyline.names import is_place
from storyline.ner.morphology import for_lang

_WORD = regex.compile(r"[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*")
PERSON = "PER"
PLACE = "LOC"


def without_person_nouns(
    mentions: list[Mention], lang: str | None, rebase: Callable[[str, str], str]
) -> list[Mention]:
    """``mentions`` with a non-person's name cut before a small-letter person noun inside it."""
    morph = for_lang(lang or "")
    if morph is None:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        out += _cut(m, morph, rebase) if m.type != PERSON and not m.kind and " " in m.text else [m]
    return out


def _cut(m: Mention, morph, rebase: Callable[[str, str], str]) -> list[Mention]:  # noqa: ANN001 - Morphology
    words = list(_WORD.finditer(m.text))
    for k in range(1, len(words)):
        word = words[k].group()
        if not word[:1].islower() or not _person_noun(morph, word):
            continue
        first = k
        while first > 1 and _adjective(morph, words[first - 1].group()):
            first -= 1
        parts = []
        head = m.text[: words[first].start()].rstrip(" \t,")
        if any(ch.isupper() for ch in head):
            parts.append(_part(m, 0, len(head), rebase))
        tail = next((w for w in words[k + 1 :] if w.group()[:1].isupper()), None)
        if tail is not None:
            part = _part(m, tail.start(), len(m.text), rebase)
            parts.append(replace(part, type=PLACE) if is_place(part.text) else part)
        return parts
    return [m]


def _part(m: Mention, lo: int, hi: int, rebase: Callable[[str, str], str]) -> Mention:
    surface = m.text[lo:hi]
    return replace(m, start=m.start + lo, end=m.start + hi, text=surface, base=rebase(surface, m.type))


def _person_noun(morph, word: str) -> bool:  # noqa: ANN001 - Morphology
    parses = [p for p in morph.analyzer.parse(word) if p.is_known]
    if not parses:
        return False
    tag = parses[0].tag
    return tag.POS == "NOUN" and tag.animacy == "anim" and tag.case == "nomn"


def _adjective(morph, word: str) -> bool:  # noqa: ANN001 - Morphology
    parses = [p for p in morph.analyzer.parse(word) if p.is_known]
    return bool(parses) and parses[0].tag.POS in ("ADJF", "PRTF")
