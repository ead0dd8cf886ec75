"""Headers at the top of plain-text inputs.

- ``date YYYY-MM-DD`` (possibly indented, possibly sharing its line with the first words of the
  text) sets the publication date; ``date YYYY-MM`` sets it at month precision (no day is made up);
- a block of ``key: value`` lines with known keys (title, url, source/outlet, date, lang) followed
  by a blank line sets those fields. Every line of the block must be a known key, so a text that
  merely begins with "Note: ..." is left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from storyline.ingest.dates import parse_date_field
from storyline.model import DateValue

_DATE_HEADER = re.compile(r"\A\s*date[ \t]+(\d{4}-\d{2}(?:-\d{2})?)(?![\d\-])[ \t]*\n?")
_KEY_LINE = re.compile(r"^([A-Za-z_]+)[ \t]*:[ \t]*(.+?)[ \t]*$")
KEYS = {
    "title": "title",
    "url": "url",
    "source": "outlet",
    "outlet": "outlet",
    "date": "date",
    "lang": "lang",
}


@dataclass
class Header:
    fields: dict[str, str] = field(default_factory=dict)
    published: DateValue | None = None


def date_header_end(text: str) -> int:
    """Where the text starts after an inline ``date YYYY-MM[-DD]`` header, else 0. Web indexes put
    that header at the start of a page's text; JSON records keep it (their offsets point into the
    text as given), so whatever reads the opening words must step over it."""
    match = _DATE_HEADER.match(text)
    return match.end() if match else 0


def split_header(text: str) -> tuple[Header, str]:
    """Return the header found at the top of ``text`` and the text without it."""
    header = Header()
    match = _DATE_HEADER.match(text)
    if match:
        header.published = parse_date_field(match.group(1), basis="header")
        if header.published is not None:
            text = text[match.end() :]
    block, rest = _key_value_block(text)
    if block:
        header.fields = block
        text = rest
        if header.published is None and "date" in block:
            header.published = parse_date_field(block["date"], basis="header")
    return header, text


def _key_value_block(text: str) -> tuple[dict[str, str], str]:
    head, sep, rest = text.lstrip("\n").partition("\n\n")
    if not sep:
        return {}, text
    found: dict[str, str] = {}
    for line in head.split("\n"):
        m = _KEY_LINE.match(line.strip())
        if not m or m.group(1).lower() not in KEYS:
            return {}, text
        found[KEYS[m.group(1).lower()]] = m.group(2)
    return found, rest
