"""Parsing the date fields of inputs — headers, metadata, URLs — into ``DateValue``.

Every value is checked before it is believed: a real calendar day (2024-02-30 is rejected, not
guessed), not before 1900 and not after today — a header saying 0001-01-01 or 4050-03-12 is a
broken field, not a date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from email.utils import parsedate_to_datetime

from storyline.model import DateValue

MIN_YEAR = 1900
# "[Tue, ]10 Jun 2025[ 04:00:00 GMT]": a day, an English month's abbreviation, a four-digit year
_RFC2822 = re.compile(r"^\s*(?:[A-Z][a-z]{2},\s*)?\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}\b")
_ISO = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?\s*$")
# dates in URL paths, the way news sites write them: /2024/03/26/, /2024-03-26-, /20240326-, /2024/03/
_URL_DAY = re.compile(r"(?<![\d])((?:19|20)\d{2})([/_\-.]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?![\d])")
_URL_MONTH = re.compile(r"[/_\-]((?:19|20)\d{2})[/_\-](0[1-9]|1[0-2])(?:/|$)")


def plausible(d: date, today: date | None = None) -> bool:
    """Could this be a publication day? Not before 1900, not after today (a day's slack for time
    zones)."""
    return MIN_YEAR <= d.year and d <= (today or date.today()) + timedelta(days=1)


def parse_date_field(value: object, basis: str, confidence: float = 1.0) -> DateValue | None:
    """ISO dates with day, month or year precision (a time part is ignored), or a feed's RFC 2822
    day ("Tue, 10 Jun 2025 04:00:00 GMT", the day as written there: its own time zone's);
    anything else → None. Impossible and implausible dates are rejected rather than guessed."""
    if not isinstance(value, str):
        return None
    m = _ISO.match(value)
    if not m:
        return _rfc2822(value, basis, confidence)
    year, month, day = m.group(1), m.group(2), m.group(3)
    try:
        first = date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None
    if not plausible(first):
        return None
    if day:
        return DateValue(first.isoformat(), "day", basis=basis, confidence=confidence)
    if month:
        return DateValue(f"{year}-{int(month):02d}", "month", basis=basis, confidence=confidence)
    return DateValue(year, "year", basis=basis, confidence=confidence)


def _rfc2822(value: str, basis: str, confidence: float) -> DateValue | None:
    if not (m := _RFC2822.match(value)):
        return None
    try:  # the day only: the time and zone after it are left out, the written day kept
        day = parsedate_to_datetime(m.group(0) + " 00:00").date()
    except (TypeError, ValueError):
        return None
    return DateValue(day.isoformat(), "day", basis=basis, confidence=confidence) if plausible(day) else None


def date_from_url(url: str | None, confidence: float = 0.8) -> DateValue | None:
    """The publication date a news URL carries in its path ("/2024/03/26/…", "…-20240515-0009"),
    at day precision, or month precision for "/2024/03/…". Basis ``metadata``: the URL is data
    about the page, not its text. A year alone ("/2025/video/") says too little."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]*", "", url.split("?", 1)[0].split("#", 1)[0], flags=re.I)
    for m in _URL_DAY.finditer(path):
        if m.group(2) == "" and not re.search(r"[/_\-]$", path[: m.start()]):
            continue  # eight digits glued to other text are an id, not a date
        try:
            d = date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
        except ValueError:
            continue
        if plausible(d):
            return DateValue(d.isoformat(), "day", basis="metadata", confidence=confidence)
    m = _URL_MONTH.search(path)
    if m and plausible(date(int(m.group(1)), int(m.group(2)), 1)):
        return DateValue(f"{m.group(1)}-{m.group(2)}", "month", basis="metadata", confidence=confidence)
    return None
