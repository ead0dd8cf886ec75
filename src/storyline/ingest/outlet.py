"""The publisher named inside a text, and the day written in its dateline.

Looked for, most explicit first:
1. a source line  "Източник: БГНЕС", "*Източник: X", "Source: X", "Джерело: X";
2. a byline       "Редакция сайта ТАСС";
3. a dateline     "АСТАНА, 24 ноября. /ТАСС/." or "LONDON (Reuters) -" / "(Reuters) -".
The name is returned as written; linking it to an entity is the caller's job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from storyline.ingest.vocab import load_vocab
from storyline.model import DateValue

MAX_NAME_CHARS = 60
HEAD_CHARS = 1500  # datelines and bylines sit near the top
_UP = "A-ZА-ЯЁІЇЄҐЂЈЉЊЋЏŠČŽĆĐŁŚŹŻΑ-ΩΆΈΉΊΌΎΏİÇŞÖÜĞ"
_NAME = rf"[{_UP}][\w.&'’\- ]{{0,{MAX_NAME_CHARS}}}?"
# "/ТАСС/" or "/РИА Новости/": an agency tight between slashes (no digits: "/ COVID-19 /" is a
# breadcrumb), followed by the start of a sentence, a dash ("/БТА/ – Text") or the end of the line
_SLASHED = re.compile(
    rf"(?:^|(?<=[\s.]))/([{_UP}][^\W\d_]*(?:[ \-][^\W\d_]+)?)/(?=\.?\s+[{_UP}\"«„]|(?P<dash>\.?\s*[-–—]\s)|\.?$)",
    re.M,
)
_DATE_BEFORE = re.compile(r"\d{1,2}\s+[^\W\d_]+\.?,?\s*$")
MAX_DATELINE_PREFIX = 60  # "Исламабад, Пакистан " / "АСТАНА, 24 ноября. " before the agency
# "LONDON (Reuters) -": an agency in brackets before a dash, at a line start or after a capitals-only
# place name, so that "the ministry (MoD) - ..." in running text is not taken for a dateline
_BRACKETED = re.compile(rf"^(?:[{_UP}][{_UP}\-.,/ ]{{1,40}})?\s*\(({_NAME})\)\s*[-–—]\s", re.MULTILINE)
# "BERLIN (dpa) -": agencies that write their name in lower case, only after a capitals-only place
_BRACKETED_LOWER = re.compile(
    rf"^[{_UP}][{_UP}\-.,/ ]{{1,40}}\s*\(([a-z][\w.&'’\-]{{1,20}}(?: [\w.&'’\-]+){{0,2}})\)\s*[-–—]\s",
    re.MULTILINE,
)
# "АСТАНА, 24 ноября." / "Лондон, 8 януари /БТА/" / "Корреспондент.net, 26 січня 2021, 14:40": a
# place (or site) name at a line start, a comma, a day and a month word (checked against the
# month lists), an optional year
_DATELINE = re.compile(
    rf"^[ \t]*([{_UP}][\w.\- ]{{1,40}}?),[ \t]*(\d{{1,2}})[ \t]+([^\W\d_]+)\.?(?:[ \t]+(\d{{4}}))?(?=[\s,.(/]|$)",
    re.MULTILINE,
)


@dataclass
class OutletFound:
    name: str
    basis: str  # source_line, byline, dateline
    start: int
    end: int


@cache
def _line_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    vocab = load_vocab()
    markers = "|".join(re.escape(m.lstrip("*").rstrip(":-— ")) for m in vocab.merged("source_markers"))
    source = re.compile(rf"^\s*\*?\s*(?:{markers})\s*[:\-—]\s*({_NAME})\s*\.?\s*$", re.MULTILINE)
    bylines = "|".join(re.escape(b) for b in vocab.merged("byline_prefixes")) or r"(?!)"
    byline = re.compile(rf"^\s*(?:{bylines})\s+({_NAME})\s*$", re.MULTILINE)
    return source, byline


def find_outlet(text: str) -> OutletFound | None:
    source, byline = _line_patterns()
    # the last source line wins: it is the credit at the end of the article. One that names a
    # post on a platform ("Джерело: <speaker> в Twitter") credits the words quoted, not the
    # article, and is read as if it were not there
    found = [m for m in source.finditer(text) if not _on_platform(m.group(1).strip(" ."))]
    if found:
        return _result(found[-1], "source_line")
    head = text[:HEAD_CHARS]
    m = byline.search(head)
    if m:
        return _result(m, "byline")
    for m in _SLASHED.finditer(head):
        # "/ЕС/" after a word in running text is how Bulgarian writes an abbreviation: only a
        # slashed name at the start of a line, or right after the date of a dateline, is an agency
        before = head[head.rfind("\n", 0, m.start()) + 1 : m.start()]
        dated = bool(_DATE_BEFORE.search(before))
        if m.group("dash") and not (dated or before.strip() == before.strip().upper()):
            continue  # "/X/ –" inside a sentence is an abbreviation and an aside
        if len(before) <= MAX_DATELINE_PREFIX or dated:
            return _result(m, "dateline")
    m = _BRACKETED.search(head) or _BRACKETED_LOWER.search(head)
    return _result(m, "dateline") if m else None


def _result(m: re.Match[str], basis: str) -> OutletFound:
    name = m.group(1).strip(" .")
    start = m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip()))
    return OutletFound(name=name, basis=basis, start=start, end=start + len(name))


def _on_platform(name: str) -> bool:
    """ "<name> on Twitter", "<name> в Telegram": a lower-case word — the preposition — and a
    platform after the credited name."""
    from storyline.ingest.source_names import is_platform

    words = name.split()
    return len(words) >= 3 and is_platform(words[-1]) and words[-2].islower()


@dataclass
class Dateline:
    day: int
    month: int
    year: int | None
    start: int
    end: int


@cache
def _month_numbers() -> dict[str, int]:
    return load_vocab().month_numbers()


def find_dateline(text: str) -> Dateline | None:
    """ "АСТАНА, 24 ноября." / "LONDON, 5 March 2024" at a line start near the top."""
    months = _month_numbers()
    for m in _DATELINE.finditer(text[:HEAD_CHARS]):
        month = months.get(m.group(3).lower())
        if month is None or not _dateline_shaped(m, text):
            continue
        year = int(m.group(4)) if m.group(4) else None
        try:
            date(year or 2000, month, int(m.group(2)))
        except ValueError:
            continue
        return Dateline(int(m.group(2)), month, year, m.start(1), m.end())
    return None


_AFTER_DATELINE = re.compile(r"[ \t]*(?:/|[-–—][ \t]|\.?[ \t]*$)", re.MULTILINE)


def _dateline_shaped(m: re.Match[str], text: str) -> bool:
    """A capitals-only place is a dateline. A mixed-case name ("Лондон", "Корреспондент.net") is
    one only when short, not led by a preposition ("Во вторник, 26 июня, …" is a sentence), and
    followed by a year, an agency ("/БТА/"), a dash, or the end of the line."""
    name = m.group(1)
    if name.upper() == name:
        return True
    words = name.split()
    if len(words) > 3 or len(words[0].strip(".")) < 3:
        return False
    return bool(m.group(4)) or bool(_AFTER_DATELINE.match(text, m.end()))


def dateline_date(dl: Dateline) -> DateValue | None:
    """A full date only when the dateline writes the year; a day and month alone could belong to
    any year, and guessing it is left to the date inference that sees the other documents."""
    if dl.year is None:
        return None
    return DateValue(f"{dl.year:04d}-{dl.month:02d}-{dl.day:02d}", "day", basis="text", confidence=0.9)
