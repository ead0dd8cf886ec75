"""A trigger dated by one of a list of times ("appeared in court on Sunday, Monday and Tuesday").

The happening the list dates is spread over its days (several hearings, detentions over three
days): any one of them is more precise than the text allows, so the trigger takes none. A list is
two time expressions of the same shape (two weekdays, two days of a month) with only a comma or
the language's list joiner between them ("et", "и", "and"); a weekday next to a day of the month
("Sunday, 24 March") is one day told twice, not a list.
"""

from __future__ import annotations

import re

from storyline.analyse.timex_data import lexicon
from storyline.model import TimeExpr

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


def in_time_list(text: str, lang: str | None, timexes: list[TimeExpr], k: int) -> bool:
    """Is the k-th time expression one of a list of times of the same shape?"""
    joiner = _joiner(lang)
    shape = _shape(timexes[k])
    if shape is None:
        return False
    for a, b in ((k - 1, k), (k, k + 1)):
        if a < 0 or b >= len(timexes):
            continue
        left, right = timexes[a], timexes[b]
        gap = text[left.end : right.start]
        if (
            left.end <= right.start
            and gap.strip()
            and joiner.fullmatch(gap)
            and _shape(left) == _shape(right) == shape
            and (
                left.rel != right.rel
                or (left.value and right.value and left.value.value != right.value.value)
            )
        ):
            return True
    return False
