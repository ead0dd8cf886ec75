"""A body named after a person, cut at the patron's initials, is made whole again (issue 12, rec49).

A tagger splits the tokens of "имени Н. Ф. Петрова" at the full stops and ends the body's name at
the last initial: "<Institute> имени Н. Ф" | ". Петрова <Ministry>", the surname read as a person's
name run on over the words after it. The name then goes on over the full stop, any further
initials and the surname (one capitalised word right after), as a body's name named after a
person does (``entities_named_after``); the mention that began inside those words keeps what comes
after the surname, a name of its own ("<Institute> имени Н. Ф. Петрова" | "<Ministry> России") —
a body, unless it opens with a given name (a person the text names next). Only after a marker of
the language (``named_after_markers``: "им.", "имени") and one to three initials: a name that ends
in a capital letter elsewhere ("Группа А") is left to the other rules.
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

# the rest of the patron's name after the cut: the full stop, further initials, the surname
_REST = regex.compile(r"\.[ \t]*(?:\p{Lu}\.[ \t]*){0,2}(\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)")
_NEXT_WORD = regex.compile(r"[ \t]+(?=\S)")


@cache
def _cut(lang: str) -> regex.Pattern[str] | None:
    """A body's name that ends at a marker and one to three initials, the last without its stop."""
    markers = data_words(lang, "named_after_markers")
    if not markers:
        return None
    alternatives = alternation(markers)
    return regex.compile(
        rf"(?<![\p{{L}}\p{{M}}])(?:{alternatives})[ \t]*(?:\p{{Lu}}\.[ \t]*){{0,2}}\p{{Lu}}$"
    )


def with_patron_initials(
    text: str, mentions: list[Mention], lang: str | None, rebase: Rebase
) -> list[Mention]:
    """``mentions`` (sorted) with each body's name cut at its patron's initials made whole."""
    cut = _cut(lang) if lang else None
    if cut is None:
        return mentions
    out: list[Mention] = []
    end = -1  # where the last name made whole ends: a mention starting before it is cut
    for m in mentions:
        if m.start < end:
            rest = _after(text, m, end, rebase)
            if rest is not None:
                out.append(rest)
            continue
        if m.type not in ("ORG", "LOC") or cut.search(m.text) is None:
            out.append(m)
            continue
        surname = _REST.match(text, m.end)
        if surname is None:
            out.append(m)
            continue
        end = surname.end(1)
        surface = text[m.start : end]
        out.append(replace(m, end=end, text=surface, base=rebase(surface, m.type)))
    return out


def _after(text: str, m: Mention, end: int, rebase: Rebase) -> Mention | None:
    """What is left of a mention that began inside the patron's name: the words after the surname."""
    if m.end <= end:
        return None
    space = _NEXT_WORD.match(text, end)
    if space is None:
        return None  # a comma or a stop right after the surname: the mention was the surname alone
    start = space.end()
    surface = text[start : m.end]
    if not surface[:1].isupper():
        return None
    etype = m.type
    if etype == "PER" and not given_name(surface.split()[0]):
        etype = "ORG"  # the person was the patron; the words after name the body above it
    return replace(m, start=start, text=surface, type=etype, base=rebase(surface, etype))
