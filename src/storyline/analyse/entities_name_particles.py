"""A surname's small-letter particle is part of the person's name (issue 12, rec49).

Foreign surnames carry particles in small letters ("фон дер", "ван", "де", "уль-", "von", "al"):
a tagger trained on capitalised names starts the name after them ("фон дер" | "<Surname>") and,
where a given name stands before, ends that one before them ("<Given>" | "фон дер" | "<Surname>").
BSNLP's gold keeps the particles inside the person's name in every language (ru 23, bg 16, sl 22
such names; main had 12, 13 and 7 of them cut). So a person's mention right after one or two
particles (``name_particles`` of ``lang/entities/common.toml``: written small, a space or a
hyphen after each) opens at the first of them, and a person's mention ending right before them
is joined in: one name (a given name the tagger ran into a body's name before it, "<Commission>
<Given>", is taken out of it). Particles that are common words of a language of the news ("da", "la",
"le", Slovene and Russian "да") are not in the list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import cache

import regex

from storyline.model import Mention
from storyline.names import given_name
from storyline.names.parts import alternation, data_words

Rebase = Callable[[str, str], str]  # (surface, type) → base form
PERSON = "PER"


@cache
def _particles() -> regex.Pattern[str]:
    words = data_words("common", "name_particles")
    alternatives = alternation(words)
    # one or two particles right before a name (capitalised: checked), each followed by a space or a
    # hyphen; the first may open a sentence ("Фон дер <Surname> said"), none may follow a dot
    # ("Ver.di <Given> <Surname>": a union's name, then a person)
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}.-])(?i:(?:{alternatives})(?:[ \t]|-)){{1,2}}$")


def with_name_particles(text: str, mentions: list[Mention], rebase: Rebase) -> list[Mention]:
    """``mentions`` (sorted) with each person's name opened at its surname's particles."""
    out: list[Mention] = []
    for m in mentions:
        if m.type != PERSON or not m.text[:1].isupper():
            out.append(m)
            continue
        found = _particles().search(text, max(0, m.start - 12), m.start)
        if found is None:
            out.append(m)
            continue
        start = found.start()
        prev = out[-1] if out else None
        adjacent = prev is not None and prev.end < start and text[prev.end : start] == " "
        if adjacent and prev is not None and prev.type == PERSON:
            out.pop()
            start = prev.start  # "<Given>" | "фон дер" | "<Surname>": one name
        elif adjacent and prev is not None and " " in prev.text and given_name(prev.text.rsplit(" ", 1)[1]):
            # "<Commission> <Given>" | "фон дер" | "<Surname>": the given name run into the body's name
            out.pop()
            head = prev.text.rsplit(" ", 1)[0]
            out.append(replace(prev, end=prev.start + len(head), text=head, base=rebase(head, prev.type)))
            start = prev.start + len(head) + 1
        elif prev is not None and prev.end > start:
            out.append(m)  # the particle is inside another name
            continue
        surface = text[start : m.end]
        out.append(replace(m, start=start, text=surface, base=rebase(surface, PERSON)))
    return out
