"""Dates of other calendars (Solar Hijri, Islamic …) as Gregorian days, through ICU.

A pack names its calendar's months (``[calendars] persian = [...]``); the calendar names are ICU's
(``persian``, ``islamic-umalqura``, ``hebrew`` …). Conversion happens at noon UTC so that no time
zone can move the day.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Any

# ICU falls back to the Gregorian calendar for a name it does not know: only these are converted
KNOWN = frozenset({"persian", "islamic", "islamic-civil", "islamic-umalqura", "islamic-tbla", "hebrew",
                   "buddhist", "indian", "coptic", "ethiopic"})  # fmt: skip


@cache
def _calendar(name: str) -> Any:
    import icu

    return icu.Calendar.createInstance(icu.TimeZone.getGMT(), icu.Locale(f"en@calendar={name}"))


def to_gregorian(calendar: str, year: int, month: int, day: int) -> date | None:
    """The Gregorian day of ``year-month-day`` in ``calendar``; None when ICU does not know the
    calendar or the day does not exist (the 31st of a 30-day month)."""
    import icu

    if calendar not in KNOWN:
        return None
    try:
        cal = _calendar(calendar)
        cal.clear()
        cal.setLenient(False)
        cal.set(year, month - 1, day, 12, 0)
        millis = cal.getTime()
        greg = icu.GregorianCalendar(icu.TimeZone.getGMT())
        greg.setTime(millis)
        f = icu.UCalendarDateFields
        return date(greg.get(f.YEAR), greg.get(f.MONTH) + 1, greg.get(f.DATE))
    except (icu.ICUError, ValueError):
        return None
