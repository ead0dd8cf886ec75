"""The country a list of bodies shares: a country's adjective before the first of them governs
the whole list ("the Polish Government, Sejm and Senate"), so a generic name further on in it
("Senate") is that country's body, whatever country the rest of the document is about."""

from __future__ import annotations

from collections.abc import Callable

from storyline.model import Mention
from storyline.names.parts import conjunctions

MAX_GAP = 8  # characters between two members of a list: ", ", " and ", " oraz "


def _joins(gap: str, lang: str) -> bool:
    """The text between two names joins them into one list: a comma or an "and"."""
    if len(gap) > MAX_GAP or "\n" in gap:
        return False
    word = gap.strip().strip(",").strip()
    return (word == "" and "," in gap) or word.lower() in conjunctions(lang)


def listed_countries(
    mentions: list[Mention], text: str, countries_of: Callable[[Mention], frozenset[str]]
) -> dict[int, str]:
    """Each organisation that follows, in one list of organisations, a first member naming one
    country by its own words: the index of the mention and that country's code."""
    out: dict[int, str] = {}
    head: str | None = None
    order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
    for n, i in enumerate(order):
        m = mentions[i]
        prev = mentions[order[n - 1]] if n else None
        listed = (
            prev is not None
            and m.type == "ORG"
            and prev.type == "ORG"
            and prev.end <= m.start
            and _joins(text[prev.end : m.start], m.lang or "")
        )
        if not listed:
            own = countries_of(m) if m.type == "ORG" else frozenset()
            head = next(iter(own)).removeprefix("@") if len(own) == 1 else None
            continue
        if head is not None:
            out[i] = head
    return out
