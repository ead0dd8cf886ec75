"""Parsing date fields of the inputs into ``DateValue``."""

from __future__ import annotations

import re
from datetime import date

from storyline.model import DateValue

_ISO = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?\s*$")


def parse_date_field(value: object, basis: str, confidence: float = 1.0) -> DateValue | None:
    """ISO dates with day, month or year precision (a time part is ignored); anything else → None.
    Impossible dates (2024-02-30) are rejected rather than guessed."""
    if not isinstance(value, str):
        return None
    m = _ISO.match(value)
    if not m:
        return None
    year, month, day = m.group(1), m.group(2), m.group(3)
    try:
        if day:
            d = date(int(year), int(month), int(day))
            return DateValue(d.isoformat(), "day", basis=basis, confidence=confidence)
        if month:
            date(int(year), int(month), 1)
            return DateValue(f"{year}-{int(month):02d}", "month", basis=basis, confidence=confidence)
    except ValueError:
        return None
    return DateValue(year, "year", basis=basis, confidence=confidence)
