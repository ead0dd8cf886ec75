"""A body named by its seat: "Univerza v <Town>" (the University of <Town>) is one organisation.

Slovene names a university by the town it stands in, with a preposition ("Univerza v <Town>",
"Univerza na <Region>"); the annotated news marks the three words one organisation (15 times of
15 in its gold: never the university and the town apart). A tagger reads the head noun and the
town as two names ("Univerzi" | "<Town>"), or the town alone. A capitalised head noun of such a
body (``seated_body_stems`` in ``lang/entities/<lang>.toml``), one of the language's seat
prepositions (``seat_prepositions``) and a capitalised word that a mention covers or a gazetteer
knows as a place, with no mention running past the three words and no capitalised word after
them (a town of two words, "<New> <town>", or a name that goes on), become one organisation.
Bodies with a seat apart ("<Union> v <Capital>", an embassy of a country in a town) are left:
the gold marks the body and the town apart there.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import regex

from storyline.model import Mention
from storyline.names import is_place
from storyline.names.parts import data_words

BODY = "ORG"
_SEATED = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}-])(\p{Lu}\p{Ll}+)[ \t]+(\p{Ll}+)[ \t]+(\p{Lu}\p{Ll}+)(?![\p{L}\p{M}\p{N}-])(?![ \t]+\p{Lu})"
)


@cache
def _stems(lang: str) -> tuple[str, ...]:
    return tuple(data_words(lang, "seated_body_stems"))


@cache
def _prepositions(lang: str) -> frozenset[str]:
    return frozenset(data_words(lang, "seat_prepositions"))


def with_seats(
    text: str,
    mentions: list[Mention],
    lang: str | None,
    rebase: Callable[[str, str], str],
    bounds: tuple[int, int],
) -> list[Mention]:
    """``mentions`` with each "<Body> <preposition> <Town>" of ``text[bounds]`` one organisation."""
    if not lang or not _stems(lang):
        return mentions
    out = list(mentions)
    for hit in _SEATED.finditer(text, *bounds):
        head, prep, town = hit.group(1), hit.group(2), hit.group(3)
        if prep not in _prepositions(lang) or not head.lower().startswith(_stems(lang)):
            continue
        touching = [m for m in out if m.start < hit.end() and hit.start() < m.end]
        if any(m.start < hit.start() or m.end > hit.end() for m in touching):
            continue  # a longer name the tagger read ("<Faculty> za … Univerze v <Town>")
        if not (any(m.start == hit.start(3) and m.end == hit.end(3) for m in touching) or is_place(town)):
            continue
        surface = hit.group()
        whole = Mention(hit.start(), hit.end(), surface, BODY, rebase(surface, BODY), lang)
        out = [m for m in out if m not in touching] + [whole]
    return sorted(out, key=lambda m: (m.start, -m.end))
