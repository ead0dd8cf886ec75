"""Within one document, the son named with his generational word is the same man later without it.

"<Given> <Surname>, Jr" opens a text and goes on as "<Given> <Surname>" or "<Surname>": a reader
takes the later mentions for the son, whom the text introduced. Across documents the word keeps
the son apart from the father (``names.people.other_regnal``); within one document an unmarked
mention after the marked one stands for it where the document names no other bearer of the name:

- no bearer of another generation (the son "… Jr" and the father "… Sr" both named);
- no mention of the name without the word before the marked one (the father may be named first:
  "<Given> <Surname>'s son <Given> <Surname> Jr");
- no mention of the name without the word after a word for a relative ("son of <Given>
  <Surname>", "syn Roberta …": ``kin_words`` in ``lang/entities/<lang>.toml``), whoever it is.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

import regex

from storyline.model import Mention
from storyline.names.parts import data_words
from storyline.names.people import any_generation, same_person, same_surname

if TYPE_CHECKING:
    from storyline.link.entity_index import PersonRef

KIN_WINDOW = 3  # words before a mention where a word for a relative makes it the relative
_WORDS = regex.compile(r"[\p{L}\p{M}]+")


def generation_carried(
    mentions: list[Mention], persons: dict[int, PersonRef], text: str | None
) -> dict[int, int]:
    """Each person mention without a generational word that stands for a marked full name of its
    document (the module's doc): its index → the nearest such full name before it. A bare surname
    stands for it only where it is the nearest full name of the surname before (as any bare
    surname stands for the full name the text spoke of last)."""
    marked = [j for j, p in persons.items() if p.first and p.name.generation]
    if not marked:
        return {}
    out: dict[int, int] = {}
    for i, ref in persons.items():
        if ref.name.generation or not ref.first:
            continue
        bearers = [j for j in marked if _same_name(ref, persons[j])]
        before = [j for j in bearers if mentions[j].start < mentions[i].start]
        if before and not _another_bearer(bearers, mentions, persons, text):
            out[i] = max(before, key=lambda j: mentions[j].start)
    for i, ref in persons.items():
        if ref.first:
            continue
        full = [
            j
            for j, p in persons.items()
            if p.first
            and mentions[j].start < mentions[i].start
            and same_surname(ref.name, any_generation(p.name))
        ]
        last = max(full, key=lambda j: mentions[j].start, default=None)
        if last in out:
            out[i] = out[last]
        elif last in marked and not _another_bearer(
            [j for j in marked if _same_name(ref, persons[j])], mentions, persons, text
        ):
            out[i] = last
    return out


def _same_name(unmarked: PersonRef, marked: PersonRef) -> bool:
    """The unmarked name is the marked one's without its word: the full name or its surname."""
    plain = any_generation(marked.name)
    if unmarked.first:
        return same_person(unmarked.name, plain)
    return same_surname(unmarked.name, plain)


def _another_bearer(
    bearers: list[int], mentions: list[Mention], persons: dict[int, PersonRef], text: str | None
) -> bool:
    """Whether the document names another bearer of the marked name (the module's doc)."""
    if len({persons[j].name.generation for j in bearers}) > 1:
        return True
    first = min(mentions[j].start for j in bearers)
    for k, ref in persons.items():
        if ref.name.generation or not any(_same_name(ref, persons[j]) for j in bearers):
            continue
        if ref.first and mentions[k].start < first:
            return True
        if text is not None and _after_kin_word(text, mentions[k]):
            return True
    return False


def _after_kin_word(text: str, m: Mention) -> bool:
    words = _WORDS.findall(text[max(0, m.start - 60) : m.start])[-KIN_WINDOW:]
    kin = _kin_words(m.lang or "")
    return any(w.casefold() in kin for w in words)


@cache
def _kin_words(lang: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in data_words(lang or None, "kin_words"))
