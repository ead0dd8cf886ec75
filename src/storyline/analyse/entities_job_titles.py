"""A job title and "of" before a body's name are no part of it: "Editor-in-Chief of X" is X.

A tagger reads a capitalised job title ("Editor-in-Chief of Nordvale Weekly", "Founder of X")
as the opening of a body's name (issue 16, web pages round 3). The title is the language's
``titles`` (``lang/entities/<lang>.toml``; a hyphenated title counts by its first part), the word
after it one of the language's ``title_connectors`` ("of"). The cut is made only where the
passage writes the rest as a name of its own too ("joined X"): an office named by a title and a
body ("Secretary of State", "Director of Public Prosecutions") is a name as a whole.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import cache

import regex

from storyline.model import Mention
from storyline.names import fold
from storyline.names.parts import data_words, titles

_OPENING = regex.compile(r"(\p{L}[\p{L}\p{M}-]*)[ \t]+(\p{Ll}+)[ \t]+(?=\p{Lu}|\d)")


@cache
def _connectors(lang: str) -> frozenset[str]:
    return frozenset(data_words(lang, "title_connectors"))


def without_job_titles(
    text: str, mentions: list[Mention], lang: str | None, rebase: Callable[[str, str], str]
) -> list[Mention]:
    """``mentions`` with a job title and its connector cut from before a body's name."""
    if not lang or not _connectors(lang):
        return mentions
    out = []
    for m in mentions:
        opening = _OPENING.match(m.text)
        if (
            m.type != "PER"
            and opening is not None
            and opening.group(2) in _connectors(lang)
            and opening.group(1).split("-")[0] in titles(lang)
        ):
            rest = m.text[opening.end() :]
            if _written_alone(text, rest, m):
                start = m.start + opening.end()
                m = replace(m, start=start, text=rest, base=rebase(rest, m.type))
        out.append(m)
    return out


def _written_alone(text: str, name: str, m: Mention) -> bool:
    """The passage writes ``name`` outside the mention too."""
    key = fold(name)
    for found in regex.finditer(regex.escape(name), text):
        if not (m.start <= found.start() < m.end) and fold(found.group()) == key:
            return True
    return False
