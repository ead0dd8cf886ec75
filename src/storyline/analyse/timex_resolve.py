"""Turning a symbolic time expression (``TimeExpr.rel``) into a date, given its anchor.

The one place that knows what each ``rel`` kind means:

- ``{"kind": "same_day"}`` — today, earlier today, this morning;
- ``{"kind": "offset", "days": n}`` — yesterday (-1), tomorrow (+1), two days / weeks ago;
- ``{"kind": "offset_window", "from": a, "to": b}`` — "a few days ago": between a and b days from
  the anchor, a window with no single value;
- ``{"kind": "weekday", "weekday": 0-6 (Monday=0), "direction": "past"|"future", "strict": bool}``
  — the latest such weekday not after the anchor (past; strictly before with "last"), or the
  first not before it (future; strictly after with "next"; today counts otherwise: "will meet
  on Monday" in a Monday's paper is that day); with ``"weeks": k`` ("on Friday next week") that weekday of the anchor's week + k;
  with ``"after_weekday": w`` (the second of "on Wednesday and Thursday") the first such weekday
  after the day weekday ``w`` resolves to, with the same direction;
- ``{"kind": "weekend", "direction": ..., "strict": bool}`` — the Saturday–Sunday window, found
  like a Saturday;
- ``{"kind": "month", "month": m, "direction": ..., "strict": bool}`` — a month without a year,
  the nearest one on the side of ``direction``; with ``"years": k`` instead, the month of the
  anchor's year + k ("в октябре прошлого года"). Precision month: no day is invented; with
  ``"day": d, "day2": d2`` ("25–26 July", still no single day) the window of those days in the
  year ``month_day`` gives day ``d``;
- ``{"kind": "month_day", "month": m, "day": d, "direction": ..., "weekday": w}`` —
  "9 октября": the year that puts the day nearest the anchor ("30 July" in a mid-July article is
  this July whatever the tense, "12 December" in a January article last December); the tense
  (``direction``) decides the rest: its side wins unless the other is more than ``NEARER`` times
  nearer, that is unless the day is within about seven weeks of the anchor on the other side.
  With the optional weekday ("Tuesday (26/3)"), of that year and the one beyond it the one
  where the day falls on that weekday;
- ``{"kind": "year_offset", "years": k}``, ``{"kind": "month_offset", "months": k}`` — last year,
  this month (precision year / month);
- ``{"kind": "week_offset", "weeks": k}`` — last week: a Monday–Sunday window (earliest/latest),
  value only at the precision the window allows;
- ``{"kind": "next_day_of", "days"|"months"|"years": n, "ref": i}`` — "на следующий день", "the
  day before", "в том же году", "a year later": a shift of the date of time expression ``i`` (the
  one before it in the text). Its anchor is that expression's date, never the publication date,
  and the result is never finer than that date.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import Any

from storyline.model import DateValue

NONE = DateValue(None, None, basis="none", confidence=0.0)


def resolve(rel: dict[str, Any], anchor: date) -> DateValue:
    """The date a symbolic expression means, seen from ``anchor``. Unknown kinds give an empty
    value rather than a guess. ``next_day_of`` needs ``resolve_from`` (its anchor is a date value)."""
    kind = rel.get("kind")
    if kind == "same_day":
        return _day(anchor, 0.9)
    if kind == "offset":
        days = int(rel.get("days", 0))
        return _day(anchor + timedelta(days=days), 0.9 if abs(days) < 7 else 0.7)
    if kind == "offset_window":
        first, last = anchor + timedelta(days=int(rel["from"])), anchor + timedelta(days=int(rel["to"]))
        return window(first, last, confidence=0.6)
    if kind == "next_day_of":
        return resolve_from(rel, DateValue(anchor.isoformat(), "day"))
    if kind == "weekday":
        wd = int(rel["weekday"])
        if "weeks" in rel:
            monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=int(rel["weeks"]))
            return _day(monday + timedelta(days=wd), 0.8)
        lead = int(rel.get("after_weekday", wd))
        first = _weekday(anchor, lead, rel.get("direction", "past"), bool(rel.get("strict")))
        return _day(first + timedelta(days=(wd - lead) % 7), 0.8)
    if kind == "weekend":
        sat = _weekday(anchor, 5, rel.get("direction", "past"), bool(rel.get("strict")))
        return window(sat, sat + timedelta(days=1), confidence=0.7)
    if kind == "month" and "day2" in rel:
        return _day_window(anchor, rel)
    if kind == "month":
        year = _month_year(anchor, int(rel["month"]), rel)
        return DateValue(f"{year:04d}-{int(rel['month']):02d}", "month", confidence=0.8)
    if kind == "month_day":
        weekday = rel.get("weekday")
        return _month_day(
            anchor, int(rel["month"]), int(rel["day"]), rel.get("direction", "past"),
            None if weekday is None else int(weekday),
        )  # fmt: skip
    if kind == "year_offset":
        return DateValue(f"{anchor.year + int(rel.get('years', 0)):04d}", "year", confidence=0.9)
    if kind == "month_offset":
        total = anchor.year * 12 + anchor.month - 1 + int(rel.get("months", 0))
        return DateValue(f"{total // 12:04d}-{total % 12 + 1:02d}", "month", confidence=0.85)
    if kind == "week_offset":
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=int(rel.get("weeks", 0)))
        return window(monday, monday + timedelta(days=6), confidence=0.7)
    return NONE


def resolve_from(rel: dict[str, Any], base: DateValue | None) -> DateValue:
    """A ``next_day_of`` shift of another expression's date, at no finer precision than it has."""
    if base is None or not base.value or not base.precision:
        return NONE
    parts = [int(p) for p in base.value.split("-")]
    if "years" in rel:
        return DateValue(f"{parts[0] + int(rel['years']):04d}", "year", confidence=0.75)
    if "months" in rel:
        if base.precision == "year":
            return NONE
        total = parts[0] * 12 + parts[1] - 1 + int(rel["months"])
        return DateValue(f"{total // 12:04d}-{total % 12 + 1:02d}", "month", confidence=0.75)
    days = int(rel.get("days", 1))
    if base.precision != "day":
        # "в тот же день" after "в мае 2020 года" still means some day in May 2020
        return DateValue(base.value, base.precision, confidence=0.6) if days == 0 else NONE
    return _day(date(*parts) + timedelta(days=days), 0.8)


def window(first: date, last: date, confidence: float, basis: str = "text") -> DateValue:
    """A date known only to lie between two days, at the finest precision both ends share."""
    if first == last:
        return DateValue(first.isoformat(), "day", basis=basis, confidence=confidence)
    bounds = {"earliest": first.isoformat(), "latest": last.isoformat()}
    if (first.year, first.month) == (last.year, last.month):
        return DateValue(
            f"{first.year:04d}-{first.month:02d}", "month", basis=basis, confidence=confidence, **bounds
        )
    if first.year == last.year:
        return DateValue(f"{first.year:04d}", "year", basis=basis, confidence=confidence, **bounds)
    return DateValue(None, None, basis=basis, confidence=confidence, **bounds)


def _day(d: date, confidence: float) -> DateValue:
    return DateValue(d.isoformat(), "day", confidence=confidence)


def _weekday(anchor: date, weekday: int, direction: str, strict: bool) -> date:
    if direction == "future":
        ahead = (weekday - anchor.weekday()) % 7
        return anchor + timedelta(days=ahead or (7 if strict else 0))
    back = (anchor.weekday() - weekday) % 7
    return anchor - timedelta(days=back or (7 if strict else 0))


def _month_year(anchor: date, month: int, rel: dict[str, Any]) -> int:
    if "years" in rel:
        return anchor.year + int(rel["years"])
    strict = bool(rel.get("strict"))
    if rel.get("direction") == "future":
        later = month > anchor.month or (month == anchor.month and not strict)
        return anchor.year if later else anchor.year + 1
    earlier = month < anchor.month or (month == anchor.month and not strict)
    return anchor.year if earlier else anchor.year - 1


def _month_day(anchor: date, month: int, day: int, direction: str, weekday: int | None = None) -> DateValue:
    """The day in the year that puts it nearest ``anchor``, the tense deciding the rest (see the
    module's doc). With a weekday ("Tuesday, 26 March"), that year or the one beyond it where the
    day falls on that weekday; neither does: that year, with less confidence."""
    # 29 February can need a few years either way
    days = [date(y, month, day) for y in range(anchor.year - 8, anchor.year + 9)
            if day <= calendar.monthrange(y, month)[1]]  # fmt: skip
    if not days:
        return NONE
    chosen = _nearest(days, anchor, direction)
    if weekday is not None:
        # the chosen year or the one beyond it on the same side: a weekday fits one year in
        # seven, and a year on the other side would override what nearness and tense said
        beyond = [d for d in days if (d < chosen if chosen <= anchor else d > chosen)]
        near = [chosen, *sorted(beyond, key=lambda d: abs((d - chosen).days))[:1]]
        fits = [d for d in near if d.weekday() == weekday]
        return _day(fits[0], 0.9) if fits else _day(chosen, 0.6)
    return _day(chosen, 0.85)


def _day_window(anchor: date, rel: dict[str, Any]) -> DateValue:
    """ "25–26 July": the days from ``day`` to ``day2`` of the year ``day`` alone would get."""
    first = _month_day(anchor, int(rel["month"]), int(rel["day"]), rel.get("direction", "past"))
    if not first.value:
        return NONE
    start = date.fromisoformat(first.value)
    if int(rel["day2"]) > calendar.monthrange(start.year, start.month)[1]:
        return DateValue(f"{start.year:04d}-{start.month:02d}", "month", confidence=0.8)
    return window(start, start.replace(day=int(rel["day2"])), confidence=0.8)


# How much nearer the day on the other side of the anchor than the tense says must be to win.
# The tense is a weak cue ("no future word" is all "past" means, and "flights were cancelled
# on 30 July" is said of days ahead), nearness a strong one only within a few weeks: six puts
# the line about seven weeks from the anchor (365 / 7 days).
NEARER = 6


def _nearest(days: list[date], anchor: date, direction: str) -> date:
    """The day on the side of ``direction`` (on ``anchor`` or beyond it), unless the one on the
    other side is more than ``NEARER`` times nearer."""
    before = max((d for d in days if d <= anchor), default=None)
    after = min((d for d in days if d >= anchor), default=None)
    if before is None or after is None:
        return before or after  # type: ignore[return-value]
    ahead, back = (after - anchor).days, (anchor - before).days
    if direction == "future":
        return after if ahead <= NEARER * back else before
    return before if back <= NEARER * ahead else after


Range = tuple[date, date]


def value_range(v: DateValue | None) -> Range | None:
    """The first and last day a date value may mean (its window when it has one)."""
    if v is None:
        return None
    if v.earliest and v.latest:
        return date.fromisoformat(v.earliest), date.fromisoformat(v.latest)
    if not v.value:
        return None
    try:
        if v.precision == "day":
            d = date.fromisoformat(v.value)
            return d, d
        if v.precision == "month":
            y, m = map(int, v.value.split("-")[:2])
            return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])
        y = int(v.value[:4])
        return date(y, 1, 1), date(y, 12, 31)
    except ValueError:
        return None
