"""Names chained by hyphens with no space: a route, a trio, a partnership are the names apart.

"<Town>-<Town>-<Town>" (a flight's route), "<Surname>-<Surname>-<Surname>" (three leaders "in the
triangle"), "<Firm>-<Firm>" (two makers of one product) are written as one word; a tagger reads
them as one name, or as one name after the first. The Slovene gold marks the names apart (14
chains of 21: the whole ones are double surnames, "<Surname>-<Surname>", and one-word names of
products and bodies, "<Word>-<Word>-App", "<CODE>-<Word>").

So where the language says so (``hyphen_chains`` in ``lang/entities/<lang>.toml``), a mention made
of capitalised parts joined by hyphens is split into them when each part is a place a gazetteer
knows (as written or in its base form) and the whole is none — each part a place — or when each
part is a mention of its own elsewhere in the passage — each part with the type most of those
mentions have. A double surname, a product or a body whose parts the text never names alone is
left whole; a person's chain is split only by the second test (a gazetteer knows many surnames as
towns).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import regex

from storyline.model import Mention
from storyline.names import fold, is_place
from storyline.names.parts import entity_data

PLACE = "LOC"
_CHAIN = regex.compile(r"\p{Lu}[\p{L}\p{M}]*(?:-\p{Lu}[\p{L}\p{M}]*)+")
_PART = regex.compile(r"\p{Lu}[\p{L}\p{M}]*")


def split_chains(
    mentions: list[Mention], lang: str | None, rebase: Callable[[str, str], str]
) -> list[Mention]:
    """``mentions`` of one passage with each hyphen chain of names (the module's doc) as its names."""
    if not lang or not entity_data(lang).get("hyphen_chains"):
        return mentions
    alone: dict[str, Counter[str]] = {}
    for m in mentions:
        if "-" not in m.text:
            alone.setdefault(fold(m.text), Counter())[m.type] += 1
    out: list[Mention] = []
    for m in mentions:
        out += _parts(m, alone, rebase) or [m]
    return sorted(out, key=lambda m: (m.start, -m.end))


def _parts(m: Mention, alone: dict[str, Counter[str]], rebase: Callable[[str, str], str]) -> list[Mention]:
    if not _CHAIN.fullmatch(m.text) or m.kind:
        return []
    parts = list(_PART.finditer(m.text))
    if all(fold(p.group()) in alone for p in parts):
        types = [alone[fold(p.group())].most_common(1)[0][0] for p in parts]
    elif m.type != "PER" and not _place(m.text, rebase) and all(_place(p.group(), rebase) for p in parts):
        types = [PLACE] * len(parts)
    else:
        return []
    return [
        Mention(
            m.start + p.start(),
            m.start + p.end(),
            p.group(),
            etype,
            rebase(p.group(), etype),
            m.lang,
        )
        for p, etype in zip(parts, types, strict=True)
    ]


def _place(surface: str, rebase: Callable[[str, str], str]) -> bool:
    return is_place(surface) or is_place(rebase(surface, PLACE))
