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
place. The first part takes the type the document gives it elsewhere, the second keeps the
mention's.
"""

from __future__ import annotations

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


def split_dashed(text: str, mentions: list[Mention], rebase: Callable[[str, str], str]) -> list[Mention]:
    """``mentions`` with each "<Name> - <Name>" (the module's doc) as two mentions."""
    out: list[Mention] = []
    for m in mentions:
        out.extend(_split(text, m, mentions, rebase))
    return out


def _split(
    text: str, m: Mention, mentions: list[Mention], rebase: Callable[[str, str], str]
) -> list[Mention]:
    found = _DASHED.match(m.text)
    if found is None or len(_DASH.findall(m.text)) != 1 or m.kind == "adjective":
        return [m]
    first, second = found.group(1), found.group(2)
    if len(first) < MIN_LETTERS or not first[:1].isupper():
        return [m]
    if not (len(second.split()) >= 2 or _ABBREVIATION.fullmatch(second)) or is_place(second):
        return [m]
    apart = _named_apart(first, m, mentions, rebase)
    if apart is None:
        return [m]
    start2 = m.start + found.start(2)
    return [
        replace(m, end=m.start + len(first), text=first, type=apart.type, base=rebase(first, apart.type)),
        replace(m, start=start2, text=text[start2 : m.end], base=rebase(text[start2 : m.end], m.type)),
    ]


def _named_apart(
    word: str, m: Mention, mentions: list[Mention], rebase: Callable[[str, str], str]
) -> Mention | None:
    """Another mention of the document that is ``word`` alone: the same word or base form, or the
    word with a case ending after a hyphen ("Brexit-ю")."""
    keys = {fold(word), fold(rebase(word, m.type))}
    for other in mentions:
        if other is m or (other.start < m.end and m.start < other.end):
            continue
        names = {fold(other.text), fold(other.base or other.text)}
        if keys & names or any(_case_tail(n, keys) for n in names):
            return other
    return None


def _case_tail(name: str, keys: set[str]) -> bool:
    """ "<word>-ю": one of ``keys`` with a case ending after a hyphen, no second name
    ("<Town>-<Town>")."""
    head, _, tail = name.partition("-")
    return bool(tail) and head in keys and len(tail) <= MAX_ENDING
