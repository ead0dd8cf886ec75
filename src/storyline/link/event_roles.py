"""An event's place and participants, chosen from its merged mentions.

The event is shown through one mention (the one that dates it, first in its evidence); what the
event says must hold for that mention's happening. The other mentions may be retellings of it —
or of another happening of the same type that coreference joined (an earlier strike, another
round of talks, another earthquake the article compares). So a place or a party another mention
gives is kept only when the shown mention's document names it too, or a place it names lies in
it or holds it: the audit rounds found places and parties voted from other mentions that the
shown text never mentions (talks in Berlin placed in Brussels, a Myanmar earthquake in Türkiye).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Protocol

from storyline.link.places import Area, within

MIN_PARTY_MENTIONS = 2  # mentions naming a participant, unless it is named by the shown mention
MAX_PARTIES = 4


class Mention(Protocol):
    doc: str
    place: str | None
    participants: set[str]


def event_place(
    items: Iterable[Mention], shown: Mention, named: set[str], place_areas: dict[str, Area]
) -> str | None:
    """The place of the shown mention, else the place most other mentions give among those the
    shown mention's document names (``named``: entity ids), or that lie in or hold one it names."""
    if shown.place:
        return shown.place
    votes = Counter(i.place for i in items if i.place)
    for place, _n in votes.most_common():  # ties: the earliest report's first
        if _supported(place, named, place_areas):
            return place
    return None


def _supported(place: str, named: set[str], place_areas: dict[str, Area]) -> bool:
    if place in named:
        return True
    area = place_areas.get(place)
    return area is not None and any(within(area, place_areas.get(n)) for n in named)


def event_participants(items: Iterable[Mention], shown: Mention, named: set[str]) -> list[str]:
    """Names at least ``MIN_PARTY_MENTIONS`` mentions give, or the shown mention gives; of the
    others' names only those its document names too."""
    counts = Counter(p for i in items for p in sorted(i.participants))
    return [
        p
        for p, n in sorted(counts.items(), key=lambda pc: (-pc[1], pc[0]))
        if p in shown.participants or (n >= MIN_PARTY_MENTIONS and p in named)
    ][:MAX_PARTIES]
