"""Two names a tagger read as one because a conjunction joins them.

"Nordvik AG and Holmby AG signed …": a tagger that has seen long official names with "and" in
them ("the Ministry of Trade and Industry") runs on over the conjunction and reads one name. The
document decides: when the words on each side of a conjunction inside a span are each named on
their own elsewhere in the passage (the same written form, or the same base form), the span is
the two names. The part after the conjunction may start with words in lower case that describe
it ("… and the Anglo-Dutch Holmby"): the name is its capitalised rest. A name with a conjunction
inside that the passage never splits ("the Ministry of Trade and Industry", "Nordvik & Holmby"
written only so) stays whole.

The conjunctions are each language's ``conjunctions`` (``lang/entities/<lang>.toml``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import regex

from storyline.model import Mention
from storyline.names import fold
from storyline.names.parts import entity_data

Rebase = Callable[[str, str], str]  # (surface, type) → base form
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.-]*")


@cache
def _conjunctions(lang: str | None) -> frozenset[str]:
    return frozenset(str(entity_data(lang).get("conjunctions", "")).split()) if lang else frozenset()


def split_joined(text: str, mentions: list[Mention], lang: str | None, rebase: Rebase) -> list[Mention]:
    """``mentions`` (of one passage) with each span that joins two of the passage's names by a
    conjunction replaced by the two names."""
    joiners = _conjunctions(lang)
    if not joiners or not any(" " in m.text for m in mentions):
        return mentions
    types: dict[str, set[str]] = {}  # a form or base form the passage names on its own → its types
    for m in mentions:
        for form in {m.text, m.base or m.text}:
            types.setdefault(fold(form), set()).add(m.type)
    # one type where the passage gives the name one; else the span's own
    named = {form: next(iter(ts)) if len(ts) == 1 else "" for form, ts in types.items()}
    out: list[Mention] = []
    for m in mentions:
        out += _split(text, m, joiners, named, rebase) or [m]
    return out


def _split(
    text: str, m: Mention, joiners: frozenset[str], named: dict[str, str], rebase: Rebase
) -> list[Mention] | None:
    words = list(_WORD.finditer(text, m.start, m.end))
    for k, w in enumerate(words[1:-1], start=1):
        if w.group() not in joiners:
            continue
        left = words[:k]
        right = words[k + 1 :]
        while right and not right[0].group()[:1].isupper():
            right = right[1:]
        if not right or not left[0].group()[:1].isupper():
            continue
        a = text[left[0].start() : left[-1].end()]
        b = text[right[0].start() : m.end]
        kinds = [_named_as(part, m.type, named, rebase) for part in (a, b)]
        if None in kinds:
            continue
        return [
            Mention(s, s + len(part), part, kind or m.type, rebase(part, kind or m.type), m.lang)
            for (s, part), kind in zip(((left[0].start(), a), (right[0].start(), b)), kinds, strict=True)
        ]
    return None


def _named_as(part: str, etype: str, named: dict[str, str], rebase: Rebase) -> str | None:
    """The type the passage names ``part`` by on its own elsewhere (as written or by its base
    form; "" when by more than one), or None when it does not."""
    found = named.get(fold(part))
    return found if found is not None else named.get(fold(rebase(part, etype)))
