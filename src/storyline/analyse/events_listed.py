"""A trigger dated by one of a list of three or more times ("in court on Sunday, Monday and Tuesday"),
or placed by one of a list of three or more places ("strikes in X, Y and Z cancelled flights").

The happening the list dates is spread over its days (several hearings, detentions over three
days): any one of them is more precise than the text allows, so the trigger takes none. A list is
time expressions of the same shape (weekdays, days of a month) with only a comma or the
language's list joiner between each two ("et", "и", "and"); a weekday next to a day of the month
("Sunday, 24 March") is one day told twice, not a list.

A list of places before the trigger is read the same way: the cause the places belong to ("after
the strikes announced in X, Y and Z, the airline cancelled …") is spread over them, and the first,
the one a place cue stands before, is no place of the happening (the caller checks the side). Two
places joined by a comma are often a town and its country ("in Paris, France"), two joined by "and"
a happening that spans both, which the audit rounds took as placed by the first (as with two days):
only three or more make a list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from storyline.analyse.timex_data import lexicon
from storyline.model import Mention, TimeExpr
from storyline.names.parts import alternation

# two days ("cancelled on Wednesday and Thursday") are a happening that began on the first: the
# audit rounds took the first day for its date (rounds 10, 11, 13, 19); three or more ("appeared in
# court on Sunday, Monday and Tuesday") are as many occasions, none of them the happening's day
MIN_LISTED = 3

# the joiners of a language without a timex pack: a comma alone
_BARE = re.compile(r"\s*,\s*")


def _joiner(lang: str | None, extra: Iterable[str] = ()) -> re.Pattern[str]:
    words = sorted({*(lexicon(lang) or {}).get("list_joiners", "").split(), *extra})
    if not words:
        return _BARE
    alt = alternation(words)
    return re.compile(rf"\s*(?:,\s*)?(?:(?:{alt})\s+)?", re.IGNORECASE)


def _shape(t: TimeExpr) -> str | None:
    if t.rel is not None:
        return str(t.rel.get("kind"))
    if t.value is not None and t.value.value and t.value.precision == "day":
        return "day"
    return None


def _joined(text: str, joiner: re.Pattern[str], left: TimeExpr, right: TimeExpr) -> bool:
    gap = text[left.end : right.start]
    return (
        left.end <= right.start
        and bool(gap.strip())
        and bool(joiner.fullmatch(gap))
        and _shape(left) == _shape(right) is not None
        and (
            left.rel != right.rel
            or bool(left.value and right.value and left.value.value != right.value.value)
        )
    )


def in_time_list(text: str, lang: str | None, timexes: list[TimeExpr], k: int) -> bool:
    """Is the k-th time expression one of a list of MIN_LISTED or more times of the same shape?"""
    joiner = _joiner(lang)
    first = last = k
    while first > 0 and _joined(text, joiner, timexes[first - 1], timexes[first]):
        first -= 1
    while last + 1 < len(timexes) and _joined(text, joiner, timexes[last], timexes[last + 1]):
        last += 1
    return last - first + 1 >= MIN_LISTED


def in_place_list(
    text: str, lang: str | None, places: list[Mention], m: Mention, joiners: Iterable[str] = ()
) -> bool:
    """Is the place ``m`` one of a list of MIN_LISTED or more places (``places``: the LOC mentions
    of its sentence) with only a comma or a list joiner between each two ("w X, Y i Z")? The
    events lexicon's ``joiners`` (its coordinators) count too, for a language whose time
    expressions list none."""
    joiner = _joiner(lang, joiners)
    ordered = sorted(places, key=lambda p: p.start)
    if m not in ordered:
        return False
    k = ordered.index(m)

    def joined(left: Mention, right: Mention) -> bool:
        gap = text[left.end : right.start]
        return left.end <= right.start and bool(gap.strip()) and bool(joiner.fullmatch(gap))

    first = last = k
    while first > 0 and joined(ordered[first - 1], ordered[first]):
        first -= 1
    while last + 1 < len(ordered) and joined(ordered[last], ordered[last + 1]):
        last += 1
    return last - first + 1 >= MIN_LISTED
