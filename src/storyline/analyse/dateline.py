"""The publication date a page prints, in the places pages print it — never a date of the body.

Looked for, first that applies:
1. the inline header ``date YYYY-MM-DD`` / ``date YYYY-MM`` at the very start (web indexes put it
   there): basis ``header``, month precision kept as month — no day is made up;
2. a label at the start of a line followed by a full date ("Published: 7 May 2023", "Datum
   publikování: 7. 6. 2023", "Опубликовано 12.03.2024 10:15"; the labels of every pack are pooled);
3. a line that holds nothing but a full date — with a weekday, a time of day, a time zone or
   separators at most ("23/03/2024 - 15:56", "Wednesday, 15 May 2024") — among the first lines of
   the text or its last ones, where pages print datelines. An embedded post's signature ("— Name
   (@handle) May 3, 2024") is a date of the post, not of the page.
Every value is checked: a full date (day, month and year), not before 1900 and not after today.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from storyline.analyse.timex_data import dateline_words, published_labels
from storyline.model import DateValue, TimeExpr

HEADER = re.compile(r"\A\s*date[ \t]+(\d{4})-(\d{2})(?:-(\d{2}))?(?![\d\-])")
HEAD_LINES, HEAD_CHARS = 6, 600  # a dateline sits among the first lines …
TAIL_LINES = 3  # … or the last ones
MIN_YEAR = 1900
_TIME = re.compile(r"\b\d{1,2}[:h.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")


def plausible(d: date, today: date | None = None) -> bool:
    """A publication day: not before 1900, not after today (a day of slack for time zones)."""
    return MIN_YEAR <= d.year and d <= (today or date.today()) + timedelta(days=1)


def header_date(text: str) -> tuple[DateValue, tuple[int, int]] | None:
    """``date YYYY-MM-DD`` or ``date YYYY-MM`` at the start of the text, with its span."""
    m = HEADER.match(text)
    if m is None:
        return None
    y, mo = int(m.group(1)), int(m.group(2))
    try:
        first = date(y, mo, int(m.group(3) or 1))
    except ValueError:
        return None
    if not plausible(first):
        return None
    if m.group(3):
        return DateValue(first.isoformat(), "day", basis="header"), (m.start(1), m.end())
    return DateValue(f"{y:04d}-{mo:02d}", "month", basis="header"), (m.start(1), m.end())


def find_dateline(
    text: str, timexes: list[TimeExpr], weekdays: frozenset[str] = frozenset()
) -> tuple[DateValue | None, set[int]]:
    """The page's publication date and the indexes of the time expressions that print it (they
    date the page, not a happening). ``weekdays``: weekday names a dateline may carry."""
    header = header_date(text)
    if header is not None:
        value, (start, end) = header
        return value, {k for k, t in enumerate(timexes) if t.start < end and start < t.end}
    head_end, tail_start = _zones(text)
    for k, t in enumerate(timexes):
        if not _full_day(t):
            continue
        line_start = text.rfind("\n", 0, t.start) + 1
        line_end = text.find("\n", t.end)
        line_end = len(text) if line_end < 0 else line_end
        before, after = text[line_start : t.start], text[t.end : line_end]
        labelled = _labelled(before)
        alone = (t.start < head_end or t.start >= tail_start) and _only_date(before, after, weekdays)
        if labelled or alone:
            assert t.value is not None and t.value.value is not None
            return DateValue(t.value.value, "day", basis="text", confidence=0.9), {k}
    return None, set()


def _full_day(t: TimeExpr) -> bool:
    if t.rel is not None or t.value is None or t.value.precision != "day" or t.value.earliest:
        return False
    try:
        return plausible(date.fromisoformat(t.value.value or ""))
    except ValueError:
        return False


def _zones(text: str) -> tuple[int, int]:
    """Where the head ends and the tail starts (character offsets)."""
    lines = [m.start() for m in re.finditer(r"^[ \t]*\S", text, re.MULTILINE)]
    head_end = min(HEAD_CHARS, lines[HEAD_LINES] if len(lines) > HEAD_LINES else len(text))
    tail_start = lines[-TAIL_LINES] if len(lines) > TAIL_LINES + HEAD_LINES else len(text)
    return head_end, tail_start


def _labelled(before: str) -> bool:
    """A publication label opens the line, with at most a short word ("on", "le", "am") after it."""
    rest = before.strip(" \t*•|·-–—[]").lower()
    for label in published_labels():
        if rest.startswith(label):
            tail = rest[len(label) :].strip(" \t:：-–—,")
            return not tail or (len(tail) <= 4 and _WORD.fullmatch(tail) is not None)
    return False


def _only_date(before: str, after: str, weekdays: frozenset[str]) -> bool:
    if "@" in before or "@" in after:  # an embedded post's signature
        return False
    rest = _TIME.sub(" ", f"{before} {after}").lower()
    allowed = dateline_words() | weekdays
    return all(w in allowed for w in _WORD.findall(rest)) and not re.search(r"\d", rest)
