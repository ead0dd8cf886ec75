"""A name the text names on its own, a spaced dash and another name after it are two mentions:
"<Topic> - <Bill's name> 2018", "<Topic> - <AGENCY>" (audit round 32: a topic word run into a
bill's name).

Headlines, credits and lists set a topic or a source before a name with a spaced dash, and a
tagger reads the run as one name. BSNLP's gold marks the two apart wherever the first is a name
of its own ("<Event> - <Agency>", "<Party> - <Party>"), and whole where the dash is inside one
name: a pipeline's route ("<Field> – <Continent>": the second a place), a series number
("<Pipeline> - 2"), a name of several words before it ("<Agency> <Word> – <Word>", a double
surname). So only a one-word first part that the document names apart as well (the same word,
its base form, or the word with a case ending glued on by a hyphen: "<Topic>-ю") is split off,
and only from a second part that is itself a name (two words or more, or an abbreviation) and no
place. The first part takes the type most of the document's other mentions of it have; the second
the same where the document names it apart, else the type the learned name table knows it by,
else the mention's.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import replace

import regex

from storyline.model import Mention
from storyline.names import fold, is_place

_DASHED = regex.compile(r"^([\p{L}\p{M}\p{N}'’]+)\s+[-–—]\s+(\p{Lu}.*)$")
_DASH = regex.compile(r"\s[-–—]\s")
_ABBREVIATION = regex.compile(r"\p{Lu}[\p{Lu}\p{N}]+")
MIN_LETTERS = 2
MAX_ENDING = 3  # letters of a case ending glued on by a hyphen ("Brexit-ю", "NATO-ja")


Rebase = Callable[[str, str], str]  # (surface, type) → base form
Known = Callable[[str, str], bool]  # (type, base) → a learned table knows it
TYPES = ("ORG", "LOC", "PER", "PRO", "EVT")


def split_dashed(text: str, mentions: list[Mention], rebase: Rebase, known: Known) -> list[Mention]:
    """``mentions`` with each "<Name> - <Name>" (the module's doc) as two mentions."""
    out: list[Mention] = []
    for m in mentions:
        out.extend(_split(text, m, mentions, rebase, known))
    return out


def _split(text: str, m: Mention, mentions: list[Mention], rebase: Rebase, known: Known) -> list[Mention]:
    found = _DASHED.match(m.text)
    if found is None or len(_DASH.findall(m.text)) != 1 or m.kind == "adjective":
        return [m]
    first, second = found.group(1), found.group(2)
    if len(first) < MIN_LETTERS or not first[:1].isupper():
        return [m]
    if not (len(second.split()) >= 2 or _ABBREVIATION.fullmatch(second)) or is_place(second):
        return [m]
    apart = _named_apart(first, m, mentions, rebase)
    if not apart:
        return [m]
    first_type = apart.most_common(1)[0][0]  # the type most of its own mentions have
    start2 = m.start + found.start(2)
    surface2 = text[start2 : m.end]
    second_type = _type_of(surface2, m, mentions, rebase, known)
    return [
        replace(m, end=m.start + len(first), text=first, type=first_type, base=rebase(first, first_type)),
        replace(m, start=start2, text=surface2, type=second_type, base=rebase(surface2, second_type)),
    ]


def _type_of(surface: str, m: Mention, mentions: list[Mention], rebase: Rebase, known: Known) -> str:
    """The second part's type: as the document names it elsewhere, else as the learned table
    knows it ("<Topic> - <AGENCY>": the agency's, not the topic's), else the whole mention's."""
    apart = _named_apart(surface, m, mentions, rebase)
    if apart:
        return apart.most_common(1)[0][0]
    if known(m.type, surface):
        return m.type
    return next((t for t in TYPES if known(t, surface)), m.type)


def _named_apart(word: str, m: Mention, mentions: list[Mention], rebase: Rebase) -> Counter[str]:
    """The types of the document's other mentions that are ``word`` alone: the same word or base
    form, or the word with a case ending after a hyphen ("Brexit-ю")."""
    keys = {fold(word), fold(rebase(word, m.type))}
    types: Counter[str] = Counter()
    for other in mentions:
        if other is m or (other.start < m.end and m.start < other.end):
            continue
        names = {fold(other.text), fold(other.base or other.text)}
        if keys & names or any(_case_tail(n, keys) for n in names):
            types[other.type] += 1
    return types


def _case_tail(name: str, keys: set[str]) -> bool:
    """ "<word>-ю": one of ``keys`` with a case ending after a hyphen, no second name
    ("<Town>-<Town>")."""
    head, _, tail = name.partition("-")
    return bool(tail) and head in keys and len(tail) <= MAX_ENDING
