"""A headline's bare surname is the one full name of that surname its document gives later.

A headline names a person by surname alone ("Novak: we will win") and the body gives the full
name ("Petra Novak said ..."): the headline's surname is that person, not another document's
bearer of the surname. The join is made only where it cannot pick the wrong bearer (members of
one family share a surname: a father and a son, a woman with the female form):

- the surname stands in the document's first line, and that line is a headline (short, with
  more text after it), not an opening paragraph, where a bare surname is the one readers know;
- the name table does not know the bare word as one person (a public figure named by surname);
- the document names exactly one person by a full name ending in the very form written (a man's
  form is no woman's), after the headline;
- it names no other bearer: no other full name whose surname is this one in any form (a
  relative, a woman of the female form), and no other name holding the surname after another
  word (a body or a place named after a namesake).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.model import Mention
from storyline.names.gazetteers import fold
from storyline.names.people import same_person, same_surname

if TYPE_CHECKING:
    from storyline.link.entity_index import PersonRef

HEADLINE_WORDS = 20  # a first line of more words is an opening paragraph, not a headline
MIN_SHARED = 4  # letters two forms of one surname share at least (Novak / Novaková)


def headline_bearer(
    i: int, mentions: list[Mention], persons: dict[int, PersonRef], text: str | None
) -> int | None:
    """The mention of the one full name the headline's bare surname ``i`` stands for, else None
    (the module's doc). ``persons``: each person mention's name (``Keyed.person``)."""
    if not _in_headline(mentions[i], text):
        return None
    bare = persons[i]
    surname = fold(bare.base.strip())
    full = [j for j, p in persons.items() if p.first]
    bearers = [j for j in full if _bears(persons[j], bare, surname)]
    later = [
        j
        for j in bearers
        if mentions[j].start > mentions[i].end
        and same_surname(persons[j].name, bare.name)
        and fold(persons[j].base.split()[-1]) == surname
    ]
    if not later or not all(same_person(persons[later[0]].name, persons[j].name) for j in bearers):
        return None  # no full name of the very form written, or two bearers of the surname
    if any(_named_after(m, surname) for j, m in enumerate(mentions) if j not in persons):
        return None
    return later[0]


def _in_headline(m: Mention, text: str | None) -> bool:
    if not text or "\n" not in text:
        return False
    line = text.split("\n", 1)[0]
    rest = text[len(line) :].strip()
    return m.end <= len(line) and bool(rest) and len(line.split()) <= HEADLINE_WORDS


def _bears(full: PersonRef, bare: PersonRef, surname: str) -> bool:
    """Whether a full name's surname is the bare one in any form (a man's, a woman's, a case)."""
    if same_surname(full.name, bare.name):
        return True
    return _alike(fold(full.base.split()[-1]), surname)


def _named_after(m: Mention, surname: str) -> bool:
    """A name that holds the surname in any form after another word ("<Given> <Surname>
    Foundation", a Slavic "Fundacja <Given> <Surname's genitive>")."""
    return any(_alike(fold(w), surname) for w in (m.base or m.text).split()[1:])


def _alike(word: str, surname: str) -> bool:
    """Two forms of one surname: all but their last two letters shared (Novak, Novaková, Novakom)."""
    shared = 0
    for a, b in zip(word, surname, strict=False):
        if a != b:
            break
        shared += 1
    return shared >= max(MIN_SHARED, min(len(word), len(surname)) - 2)
