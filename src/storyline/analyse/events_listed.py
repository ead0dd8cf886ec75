"""A trigger dated by one of a list of three or more times ("in court on Sunday, Monday and Tuesday").

The happening the list dates is spread over its days (several hearings, detentions over three
days): any one of them is more precise than the text allows, so the trigger takes none. A list is
time expressions of the same shape (weekdays, days of a month) with only a comma or the
language's list joiner between each two ("et", "и", "and"); a weekday next to a day of the month
("Sunday, 24 March") is one day told twice, not a list.
"""

from __future__ import annotations

import re

from storyline.analyse.timex_data import lexicon
from storyline.model import TimeExpr

# two days ("cancelled on Wednesday and Thursday") are a happening that began on the first: the
# audit rounds took the first day for its date (rounds 10, 11, 13, 19); three or more ("appeared in
# court on Sunday, Monday and Tuesday") are as many occasions, none of them the happening's day
MIN_LISTED = 3

# the joiners of a language without a timex pack: a comma alone
_BARE = re.compile(r"\s*,\s*")


def _joiner(lang: str | None) -> re.Pattern[str]:
    words = (lexicon(lang) or {}).get("list_joiners", "").split()
    if not words:
        return _BARE
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
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
