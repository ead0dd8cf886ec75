"""Two places a tagger ran together over a small word between them are two places.

"v <Town> v <Region>" (a town and the state it lies in), "iz <City> proti <City>" (a flight),
"<Town> in <Town>" (a list), "z <Capital> za <Capital>": a tagger that learned names such as
"Univerza v <Town>" or "<Town> ob <River>" reads the preposition or the conjunction between two
places as part of one name. The Slovene gold marks the two places apart.

So where the language lists such words (``place_link_words`` in ``lang/entities/<lang>.toml``), a
mention of capitalised words, one such word in small letters and capitalised words is split
around that word when each side is a place a gazetteer knows (as written or in its base form)
and the whole is none: a town named by its river or its region, "<Name> ob <River>", is known
whole, or its sides are no places of their own.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import regex

from storyline.model import Mention
from storyline.names import is_place
from storyline.names.parts import data_words

PLACE = "LOC"
_WORD = regex.compile(r"\S+")


@cache
def _links(lang: str) -> frozenset[str]:
    return frozenset(data_words(lang, "place_link_words"))


def split_linked_places(
    mentions: list[Mention], lang: str | None, rebase: Callable[[str, str], str]
) -> list[Mention]:
    """``mentions`` with each "<Place> <small word> <Place>" (the module's doc) as two places."""
    if not lang or not _links(lang):
        return mentions
    out: list[Mention] = []
    for m in mentions:
        out += _split(m, _links(lang), rebase) or [m]
    return sorted(out, key=lambda m: (m.start, -m.end))


def _split(m: Mention, links: frozenset[str], rebase: Callable[[str, str], str]) -> list[Mention]:
    words = list(_WORD.finditer(m.text))
    inner = [k for k, w in enumerate(words) if w.group() in links]
    if len(inner) != 1 or m.kind:
        return []
    k = inner[0]
    left, right = words[:k], words[k + 1 :]
    if not left or not right or not all(w.group()[:1].isupper() for w in [*left, *right]):
        return []
    if _place(m.text, rebase):
        return []
    first = m.text[: left[-1].end()]
    second = m.text[right[0].start() :]
    if not (_place(first, rebase) and _place(second, rebase)):
        return []
    start2 = m.start + right[0].start()
    return [
        Mention(m.start, m.start + len(first), first, PLACE, rebase(first, PLACE), m.lang),
        Mention(start2, m.end, second, PLACE, rebase(second, PLACE), m.lang),
    ]


def _place(surface: str, rebase: Callable[[str, str], str]) -> bool:
    return is_place(surface) or is_place(rebase(surface, PLACE))
