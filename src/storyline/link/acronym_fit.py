"""How plainly an abbreviation's letters come from a name's words.

``entity_index.abbreviates`` lets a long abbreviation take any letters of a word, in order, after
its initial (AZAL = AZerbaijan AirLines). Letters picked from anywhere inside one word fit too
many names: "ILOS" is in "Instytut LOrenSkiego", "TRVA" in "Teatr RoVAlski". Abbreviations
are made of each word's initial and either the letters right after it (NOVA, SFOR: a syllable)
or one more letter (AirLines); a short function word may give its initial or nothing (UOKiK:
Urząd Ochrony Konkurencji i Konsumentów). A fit that needs more than that is no evidence alone:
the abbreviation joins such a name only where one document writes both.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

from storyline.model import Mention
from storyline.names import to_latin
from storyline.names.concepts import fold

MIN_WORD = 3  # a shorter word of letters is a function word: its initial is optional


def _parts(name: str) -> list[tuple[str, bool]]:
    """The name's words, folded, each with whether it must give its initial."""
    return [(w, len(w) >= MIN_WORD or w.isdigit()) for w in re.findall(r"[a-z0-9]+", fold(name))]


def _gives(word: str) -> set[str]:
    """What one word may give: its initial and the letters in a row after it, or its initial
    and one later letter."""
    out = {word[:k] for k in range(1, len(word) + 1)}
    out.update(word[0] + c for c in word[2:])
    return out


@lru_cache(maxsize=50_000)
def plain_fit(abbreviation: str, name: str) -> bool:
    """Whether the abbreviation is made of the name's words as abbreviations plainly are."""
    target = fold(abbreviation)
    parts = _parts(name)

    @cache
    def fits(pos: int, w: int) -> bool:
        if w == len(parts):
            return pos == len(target)
        word, needed = parts[w]
        if not needed and fits(pos, w + 1):
            return True
        options = _gives(word) if needed else {word[0]}
        return any(target.startswith(piece, pos) and fits(pos + len(piece), w + 1) for piece in options)

    return fits(0, 0)


def written_here(mentions: Iterable[Mention]) -> frozenset[str]:
    """A document's names as the abbreviation blocks hold them: each surface as written and each
    base form in Latin letters."""
    out: set[str] = set()
    for m in mentions:
        out.add(m.text.strip())
        out.add(to_latin(m.base or m.text, m.lang))
    return frozenset(out)


def sole_fit(fits: Iterable[tuple[str, bool]]) -> list[str]:
    """The one entity whose names an abbreviation fits, as a list, when there is one and a fit
    with it is plain or paired in the document (``fits``: entity id, whether that fit is);
    else none. Every fit counts against ambiguity, plain or not."""
    plain: dict[str, bool] = {}
    for eid, ok in fits:
        plain[eid] = plain.get(eid, False) or ok
    return list(plain) if len(plain) == 1 and all(plain.values()) else []
