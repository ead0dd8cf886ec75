"""Time expressions: find them, fix what the text fixes, keep the rest symbolic.

Rules built from per-language data (``lang/timex/<lang>.toml``: month, weekday and season names
in the case forms dates use, cue words, relative phrases) find the expressions; dateparser is
only a fallback for languages without a data file, because it misses partial and relative dates
in our languages and returns nonsense for some ("2024 года" → year 1).

A date the text fixes on its own gets ``value`` (basis ``text``). One that needs an anchor keeps
``rel`` (see ``timex_resolve`` for the vocabulary) and also gets ``value`` when the publication
date is known. Spans include the prepositions and cue words that belong to the expression ("в
начале марта", "on Saturday"), as NEREL annotates them.

Direction comes from the words ("last", "следующий") or else from the sentence: news narrates
the past, so a weekday or month looks back unless the sentence has a future marker ("will",
"ще", "будет"). Durations ("в течение 30 минут", "for two weeks"), ages and frequencies match no
rule on purpose; numbers that only look like years ("рейс 2024", "2015 рублей") need a year word
or a preposition before them; names that contain a time word ("The Sunday Times", «Сегодня»)
are dropped.

Quoted material with its own date — an embedded tweet ending "— Name (@handle) December 25,
2024" — anchors the relative expressions inside it: they get ``anchor`` and are resolved
against it.
"""

from __future__ import annotations

import bisect
import calendar
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

from storyline.analyse.calendars import to_gregorian
from storyline.analyse.dateline import find_dateline
from storyline.analyse.posts import Post, find_posts, mark_passages
from storyline.analyse.regex_first import guarded
from storyline.analyse.timex_data import lexicon
from storyline.analyse.timex_resolve import resolve, resolve_from, window
from storyline.model import Analysis, DateValue, TimeExpr

__all__ = ["find_timexes", "resolve", "resolve_all", "window", "lexicon", "is_future_sentence"]

MIN_YEAR, MAX_YEAR = 1000, 2100
YEAR = r"(?:1[0-9]\d{2}|20\d{2})"
_NON_LATIN = re.compile(
    r"[\u0370-\u03ff\u0400-\u052f\u0590-\u08ff\u0900-\u0dff\u0e00-\u0fff\u3040-\u9fff\uac00-\ud7af]"
)
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)\u2014\u2013]|$)")
_OPEN_QUOTES, _CLOSE_QUOTES = "«\"“„'", "»\"”“'"
UNIT_DAYS = {"day": 1, "week": 7}
VAGUE = 0  # "несколько", "a few": between two and seven of the unit
APPROX_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}
SEASON_MONTHS = {0: (12, 2), 1: (3, 5), 2: (6, 8), 3: (9, 11)}  # winter, spring, summer, autumn

Handler = Callable[[re.Match[str], "Context"], "Found | list[Found] | None"]


# ---------------------------------------------------------------- language data


@dataclass(frozen=True)
class Rules:
    """Compiled matchers for one language: (regex, handler, needle) triples, tried all over the
    text. The needle is a part every match of the regex contains (its month names, its units …):
    where the needle is nowhere in the text, the regex cannot match and is not run — most rules
    of a language find nothing in most texts (English rules over Cyrillic text, a month name in
    a text that names none), and trying a rule at every word start is what costs."""

    lang: str
    matchers: tuple[tuple[re.Pattern[str], Handler, re.Pattern[str] | None], ...]
    future: frozenset[str]
    future_endings: tuple[str, ...] = ()


@dataclass
class Found:
    start: int
    end: int
    value: DateValue | None = None
    rel: dict[str, Any] | None = None
    bare: bool = False  # a weekday with no "last"/"this"/"next" of its own


@dataclass
class Context:
    """What a handler may look at besides its match: the text and the language data."""

    text: str
    lex: dict[str, Any]
    month_of: dict[str, int]
    weekday_of: dict[str, int]
    season_of: dict[str, int]
    number_of: dict[str, int]
    unit_of: dict[str, str]
    unit_single: frozenset[str]
    mod_of: dict[str, str]
    year_after: dict[str, int]
    phrases: dict[str, dict[str, Any]]
    need_cue: frozenset[str]
    count_nouns: frozenset[str] = frozenset()
    count_stems: tuple[str, ...] = ()
    range_words: frozenset[str] = frozenset()
    genitive_endings: tuple[str, ...] = ()
    rules: Rules | None = None
    calendar_month_of: dict[str, tuple[str, int]] = field(default_factory=dict)
    night: re.Pattern[str] | None = None


def _alt(words: list[str] | set[str]) -> str:
    """Regex alternation, longest first so that "the day before yesterday" beats "the day before"."""
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True) if w
    )


def _table(groups: list[str], first: int) -> dict[str, int]:
    """Forms → number; a group lists forms apart by spaces, "_" joins the words of one form
    ("bazar_ertəsi", "كانون_الثاني")."""
    return {_key(w.replace("_", " ")): i for i, group in enumerate(groups, first) for w in group.split()}


def _key(s: str) -> str:
    return " ".join(s.lower().replace("’", "'").split())


NUMBERS_ONLY: dict[str, Any] = {"months": [], "weekdays": []}


@cache
def context_data(lang: str) -> Context:
    """The compiled vocabulary of ``lang``; a language we know nothing about gets numbers only."""
    lex = lexicon(lang) or NUMBERS_ONLY
    mods = {
        _key(w.replace("_", " ")): kind
        for kind in ("last", "this", "next")
        for w in lex.get(kind, "").split()
    }
    mods |= {
        _key(w.replace("_", " ")): kind
        for kind in ("last", "next")
        for w in lex.get(f"{kind}_after", "").split()
    }
    units = {w: unit for unit, words in lex.get("units", {}).items() for w in words.split()}
    calendars = {
        _key(name.replace("_", " ")): (cal, month)
        for cal, groups in lex.get("calendars", {}).items()
        for month, group in enumerate(groups, 1)
        for name in group.split()
    }
    night = lex.get("night_cues", "").split("|")
    return Context(
        text="",
        lex=lex,
        month_of=_table(lex.get("months", []), 1),
        weekday_of=_table(lex.get("weekdays", []), 0),
        season_of=_table(lex.get("seasons", []), 0),
        number_of={k.lower(): int(v) for k, v in lex.get("numbers", {}).items()}
        | {w: VAGUE for w in lex.get("vague_numbers", "").split()},
        unit_of=units,
        unit_single=frozenset(
            lex["single_units"].split()
            if "single_units" in lex
            else (w.split()[0] for w in lex.get("units", {}).values() if w.split())
        ),
        mod_of=mods,
        year_after={_key(k): int(v) for k, v in lex.get("year_after", {}).items()},
        phrases={_key(k): v for k, v in lex.get("phrases", {}).items()},
        need_cue=frozenset(lex.get("weekdays_need_cue", "").split()),
        count_nouns=frozenset(w for w in lex.get("count_nouns", "").split() if not w.endswith("*")),
        count_stems=tuple(w[:-1] for w in lex.get("count_nouns", "").split() if w.endswith("*")),
        range_words=frozenset(lex.get("range_to", "").split()),
        genitive_endings=tuple(lex.get("genitive_endings", "").split()),
        calendar_month_of=calendars,
        night=re.compile(rf"(?:^|[^\w])(?:{_alt([n.strip() for n in night])})(?:\s+\w+){{0,2}}\s*$", re.I)
        if any(n.strip() for n in night)
        else None,
    )


# how far from the page's date a day the text calls "today" may lie (a report written the
# evening before, published after midnight or the next morning)
STATED_TODAY_DAYS = 2
NEVER = r"(?!x)x"  # a pattern that matches nothing, for rules a language has no words for


@cache
def rules(lang: str) -> Rules:
    ctx = context_data(lang)
    lex = ctx.lex
    # words of a key apart by spaces; "_" joins the words of one ("yang_lalu", "bazar_ertəsi")
    words = lambda key: [w.replace("_", " ") for w in lex.get(key, "").split()]  # noqa: E731
    opt = lambda key, fmt: fmt.format(_alt(words(key))) if words(key) else ""  # noqa: E731
    # proclitics written together with the word (Arabic و, ب, ل), and suffixes after an apostrophe
    # (Turkish "22 Mart'ta", "2023'te")
    clitic = opt("clitics", "(?:{})?")
    apos = r"(?:['’][^\W\d_]{1,5})?" if lex.get("apostrophe_suffixes") else ""
    month = rf"{clitic}(?P<m>{_alt(list(ctx.month_of))}){apos}\b\.?"
    weekday_names = _alt(list(ctx.weekday_of))
    wsuffix = opt("weekday_suffixes", "(?:{})?")
    weekday = rf"{clitic}(?P<w>{weekday_names}){wsuffix}(?!\w)"
    any_weekday = rf"(?:{clitic}(?:{weekday_names}){wsuffix}[,\s]+)?" if ctx.weekday_of else ""
    mod_after = (
        rf"(?:\s+(?P<moda>{_alt(words('last_after') + words('next_after'))})\b)?"
        if words("last_after") + words("next_after")
        else r"(?P<moda>)"
    )
    yw = rf"(?:\s*(?P<yw>{_alt(words('year_words'))})\b\.?)?" if words("year_words") else r"(?P<yw>)"
    ysuf = rf"(?:-?(?P<ys>{_alt(words('year_suffixes'))})\b)?" if words("year_suffixes") else r"(?P<ys>)"
    suffix = rf"(?:-?(?:{_alt(words('day_suffixes'))}))?" if words("day_suffixes") else ""
    # "of" in "4th of July", "de" in "28 de marzo de 2025"
    dm_join = opt("day_month_joiners", r"(?:(?:{})\s+)?")
    my_join = opt("month_year_joiners", r"(?:(?:{})\s+)?")
    # up to three cue words before an expression ("в начале", "в началото на", "earlier in")
    cue = (
        rf"(?P<cue>(?:(?:{_alt(words('cues'))})(?:\s+|-(?=\w)))" + "{1,3})?" if words("cues") else "(?P<cue>)"
    )
    mod = (
        rf"(?:(?P<mod>{_alt(words('last') + words('this') + words('next'))})\s+)?"
        if ctx.mod_of
        else r"(?P<mod>)"
    )
    year_after = rf"(?:,?\s+(?P<ya>{_alt(list(ctx.year_after))})\b)?" if ctx.year_after else r"(?P<ya>)"
    number = (
        rf"(?:(?P<n>\d{{1,3}}|{_alt(list(ctx.number_of))})\s+)?"
        if ctx.number_of
        else r"(?:(?P<n>\d{1,3})\s+)?"
    )
    unit = rf"(?P<u>{_alt(list(ctx.unit_of))})\b"
    joiners = _alt([",", *words("list_joiners")])
    b = r"(?<![\w\-])"  # a word start that is not inside "J2-8243" or "Ил-76"
    range_to = (
        rf"(?:\s*[-–—]\s*|\s+(?:{_alt(words('range_to'))})\s+)" if words("range_to") else r"\s*[-–—]\s*"
    )
    year_tail = rf"(?:,?\s+{my_join}(?P<y>\d{{4}})(?!\d){apos}{yw})?"
    matchers: list[tuple[str, Handler]] = [
        (r"(?<![\d.\-/])(?P<y>\d{4})-(?P<mo>\d{1,2})-(?P<d>\d{1,2})(?![\d\-])", _numeric),
        (
            r"(?<![\d.\-/])(?P<a>\d{1,2})(?P<sep>[./])[ \t]?(?P<b>\d{1,2})(?P=sep)[ \t]?(?P<y>\d{4})(?![\d.]\d)",
            _numeric,
        ),
    ]
    if ctx.month_of:
        matchers += [
            (rf"{b}(?P<d>\d{{1,2}}){suffix}\.?\s+{dm_join}{month}{year_tail}", _day_month),
            (
                rf"{b}{any_weekday}(?P<d>\d{{1,2}}){suffix}\.?{range_to}{any_weekday}(?P<d2>\d{{1,2}}){suffix}\.?"
                rf"\s+{dm_join}{month}{year_tail}",
                _day_range,
            ),
            # "юни 2016-а година", "июня 2016-го года": the year's ordinal ending before its year word
            (rf"{b}{cue}{month}\s+{my_join}(?P<y>\d{{4}}){ysuf}(?![\d\-]){apos}{yw}", _month_and_year),
            (rf"{b}{cue}{mod}{month}{year_after}", _bare_month),
        ]
        if lex.get("month_day_order"):
            # "March 3, 2018"; "2023. június 6-án" where the year comes first
            y0 = r"(?:(?P<y0>\d{4})\.?\s+)?" if lex.get("year_first") else r"(?P<y0>)"
            after_day = suffix or r"(?:st|nd|rd|th)?"
            matchers.insert(
                2,
                (
                    rf"{b}{y0}{month}\s+(?P<d>\d{{1,2}}){after_day}\.?(?![\d\w])(?:,?\s+(?P<y>\d{{4}})(?!\d))?",
                    _day_month,
                ),
            )
    matchers += [
        (
            rf"{b}{cue}(?P<y>{YEAR})\s*(?:[—–-]|/|\s(?:{_alt(words('range_to') or ['-'])})\s)\s*"
            rf"(?P<y2>{YEAR}|\d{{2}})(?!\d){yw}",
            _years,
        ),
        (rf"{b}{cue}(?P<y>{YEAR}){apos}{ysuf}(?![\d\-%.,]\d)(?!\s*%){yw}", _year),
        (
            rf"{b}{cue}(?P<list>{YEAR}(?:\s*(?:{joiners})\s*{YEAR})+)\s*(?P<yw>{_alt(words('year_words'))})\b",
            _year_list,
        )
        if words("year_words")
        else (NEVER, _year_list),
        (rf"(?<=[(,])\s*(?P<y>{YEAR})(?:\s*[—–-]\s*(?P<y2>{YEAR}|\d{{2}}))?(?=\s*[),—–])", _bracketed_year),
        (r"(?<=[^\W\d_]-)(?P<y>(?:19|20)\d{2})(?![\d\-])", _named_year),
        (rf"{b}{cue}(?P<dec>(?:1\d|20)\d0)(?:-?(?P<ds>{_alt(words('decade_suffixes'))}))\b{yw}", _decade)
        if words("decade_suffixes")
        else (NEVER, _decade),
    ]
    if ctx.weekday_of:
        matchers += [
            (rf"{b}{cue}{mod}{weekday}{mod_after}", _weekday_expr),
            # "terça-feira (26/3)": a weekday with a day/month, the weekday says which year
            (
                rf"{b}{cue}{weekday}[,\s]*\(?\s*(?P<d>\d{{1,2}})/(?P<mo>\d{{1,2}})\s*\)?(?![\d/])",
                _weekday_day,
            ),
        ]
    if ctx.phrases:
        matchers.append((rf"{b}{cue}(?P<p>{_alt(list(ctx.phrases))})(?!\w)", _phrase))
    if ctx.calendar_month_of:
        matchers.append(
            (
                rf"{b}(?P<d>\d{{1,2}})\s+{clitic}(?P<cm>{_alt(list(ctx.calendar_month_of))})\s+(?P<y>\d{{4}})(?!\d){yw}",
                _other_calendar,
            )
        )
    if ctx.season_of:
        matchers.append(
            (
                rf"{b}{cue}(?P<s>{_alt(list(ctx.season_of))})\b(?:\s+(?P<y>{YEAR})(?!\d){yw}|{year_after})",
                _season,
            )
        )
    if ctx.unit_of:
        if words("ago_after"):
            matchers.append((rf"{b}{number}{unit}\s+(?:{_alt(words('ago_after'))})(?!\w)", _ago))
        if words("ago_before"):
            matchers.append((rf"{b}(?:{_alt(words('ago_before'))})\s+{number}{unit}", _ago))
        if words("later_after"):
            matchers.append((rf"{b}{number}{unit}\s+(?:{_alt(words('later_after'))})(?!\w)", _later))
        if words("later_before"):
            matchers.append((rf"{b}(?:{_alt(words('later_before'))})\s+{number}{unit}", _later))
        if words("earlier_after"):
            matchers.append((rf"{b}{number}{unit}\s+(?:{_alt(words('earlier_after'))})(?!\w)", _earlier))
    # the words each handler's regexes cannot match without (see ``Rules``), as written in them above
    needles: dict[Handler, tuple[str, ...]] = {
        **dict.fromkeys((_day_month, _day_range, _month_and_year, _bare_month), tuple(ctx.month_of)),
        **dict.fromkeys((_weekday_expr, _weekday_day), tuple(ctx.weekday_of)),
        _phrase: tuple(ctx.phrases),
        _season: tuple(ctx.season_of),
        _other_calendar: tuple(ctx.calendar_month_of),
        **dict.fromkeys((_ago, _later, _earlier), tuple(ctx.unit_of)),
        **dict.fromkeys((_numeric, _years, _year, _year_list, _bracketed_year, _named_year, _decade), ("0",)),
    }
    # guarded: each regex with its possible first characters in front (``regex_first``), so the
    # engine skips the positions where none of its words or digits begins
    compiled = tuple(
        (guarded(p, re.IGNORECASE), h, _needle(needles.get(h, ()))) for p, h in matchers if p != NEVER
    )
    return Rules(lang, compiled, frozenset(_key(w) for w in words("future")), tuple(words("future_endings")))


@cache
def _needle(needed: tuple[str, ...]) -> re.Pattern[str] | None:
    """The first letters of the words a rule needs, as the rule's own regex compares letters
    (ignoring case, each letter a literal of its own): a text without any of them cannot hold
    one of the words. Letters, not the words: looking for one of many words is as slow as the
    rule itself; a set of letters is one fast scan. Digits stand for any digit."""
    firsts = {r"\d" if w[0].isdigit() else r"\s" if w[0].isspace() else re.escape(w[0]) for w in needed if w}
    return re.compile("|".join(sorted(firsts)), re.IGNORECASE) if firsts else None


# ---------------------------------------------------------------- handlers (match → Found)


def _valid_ymd(y: int, m: int, d: int) -> bool:
    return MIN_YEAR <= y <= MAX_YEAR and 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def _start(mt: re.Match[str], *groups: str) -> int:
    """Where the expression starts: at its cue words if it has any, else at the first group set."""
    for g in ("cue", *groups):
        if g in mt.re.groupindex and mt.group(g):
            return mt.start(g)
    return mt.start()


def _numeric(mt: re.Match[str], c: Context) -> Found | None:
    g = mt.groupdict()
    if g.get("mo"):
        y, m, d = int(g["y"]), int(g["mo"]), int(g["d"])
    elif g.get("sep") == "/" and c.lex.get("month_day_order") and int(g["a"]) <= 12:
        y, m, d = int(g["y"]), int(g["a"]), int(g["b"])  # 12/25/2024; 25/12/2024 is read day first
    else:
        y, m, d = int(g["y"]), int(g["b"]), int(g["a"])
    if not _valid_ymd(y, m, d):
        return None
    return Found(mt.start(), mt.end(), value=DateValue(f"{y:04d}-{m:02d}-{d:02d}", "day"))


def _english_month_ok(mt: re.Match[str], c: Context) -> bool:
    # "may", "march" are verbs and "mar"/"dec" abbreviations are words: English months are capitalised
    return not c.lex.get("months_capitalised") or mt.group("m")[0].isupper()


def _month(mt: re.Match[str], c: Context) -> int:
    return c.month_of[_key(mt.group("m")).rstrip(".")]


def _year_of(mt: re.Match[str]) -> str | None:
    return mt.group("y") or ("y0" in mt.re.groupindex and mt.group("y0")) or None


def _day_month(mt: re.Match[str], c: Context) -> Found | None:
    if not _english_month_ok(mt, c):
        return None
    m, d, y = _month(mt, c), int(mt.group("d")), _year_of(mt)
    if y:
        if not _valid_ymd(int(y), m, d):
            return None
        return Found(mt.start(), mt.end(), value=DateValue(f"{int(y):04d}-{m:02d}-{d:02d}", "day"))
    if not 1 <= d <= calendar.monthrange(2024, m)[1]:  # a leap year accepts 29 February
        return None
    return Found(
        mt.start(), mt.end(), rel={"kind": "month_day", "month": m, "day": d, "direction": _tense(mt, c)}
    )


def _weekday_day(mt: re.Match[str], c: Context) -> Found | None:
    """ "terça-feira (26/3)": day and month by numbers, no year; the weekday tells which year."""
    m, d = int(mt.group("mo")), int(mt.group("d"))
    if not 1 <= m <= 12 or not 1 <= d <= calendar.monthrange(2024, m)[1]:
        return None
    if mt.group("w").lower() in c.need_cue and not mt.group("cue"):
        return None
    rel = {"kind": "month_day", "month": m, "day": d, "direction": _tense(mt, c),
           "weekday": c.weekday_of[_key(mt.group("w"))]}  # fmt: skip
    return Found(_start(mt, "w"), mt.end(), rel=rel)


def _other_calendar(mt: re.Match[str], c: Context) -> Found | None:
    """ "۳۰ اردیبهشت ۱۴۰۳": a day of another calendar, converted to the Gregorian one."""
    cal, month = c.calendar_month_of[_key(mt.group("cm"))]
    day = to_gregorian(cal, int(mt.group("y")), month, int(mt.group("d")))
    if day is None or not MIN_YEAR <= day.year <= MAX_YEAR:
        return None
    return Found(mt.start(), mt.end(), value=DateValue(day.isoformat(), "day", confidence=0.9))


def _day_range(mt: re.Match[str], c: Context) -> Found | None:
    """ "11-12 мая 2016 года", "с 11 по 14 апреля": a window inside one month. The night from one
    day to the next ("la nuit du 29 au 30", "в ночь с 5 на 6") is dated by the evening it began."""
    if not _english_month_ok(mt, c):
        return None
    m, d1, d2, y = _month(mt, c), int(mt.group("d")), int(mt.group("d2")), mt.group("y")
    night = (
        d2 == d1 + 1 and c.night is not None and c.night.search(c.text, max(0, mt.start() - 40), mt.start())
    )
    if night:
        if y:
            if not _valid_ymd(int(y), m, d1):
                return None
            return Found(
                mt.start(), mt.end(), value=DateValue(f"{int(y):04d}-{m:02d}-{d1:02d}", "day", confidence=0.8)
            )
        rel = {"kind": "month_day", "month": m, "day": d1, "direction": _tense(mt, c)}
        return Found(mt.start(), mt.end(), rel=rel)
    if not y:  # "11-12 мая": a window in the year nearest the anchor
        if not d1 < d2 <= 31:
            return None
        # kind "month": to whatever reads kinds (events, links) it is still no single day
        rel = {"kind": "month", "month": m, "direction": _tense(mt, c), "day": d1, "day2": d2}
        return Found(mt.start(), mt.end(), rel=rel)
    yi = int(y)
    if not (d1 < d2 and _valid_ymd(yi, m, d1) and _valid_ymd(yi, m, d2)):
        return None
    return Found(mt.start(), mt.end(), value=window(date(yi, m, d1), date(yi, m, d2), confidence=0.9))


def _month_and_year(mt: re.Match[str], c: Context) -> Found | None:
    y = int(mt.group("y"))
    if not _english_month_ok(mt, c) or not MIN_YEAR <= y <= MAX_YEAR:
        return None
    return Found(_start(mt, "m"), mt.end(), value=DateValue(f"{y:04d}-{_month(mt, c):02d}", "month"))


def _bare_month(mt: re.Match[str], c: Context) -> Found | None:
    cue, mod, ya = mt.group("cue"), mt.group("mod"), mt.group("ya")
    if not (cue or mod or ya) or not _english_month_ok(mt, c):
        return None
    if _key(mt.group("m")) in c.lex.get("months_need_day", "").split():
        return None  # "mai mult": a month name that is also a common word needs a day or year
    rel: dict[str, Any] = {"kind": "month", "month": _month(mt, c)}
    if ya:
        rel["years"] = c.year_after[_key(ya)]
    else:
        kind = c.mod_of.get(_key(mod)) if mod else None
        rel["direction"] = "future" if kind == "next" else "past" if kind == "last" else _tense(mt, c)
        if kind in ("last", "next"):
            rel["strict"] = True
    return Found(_start(mt, "mod", "m"), mt.end(), rel=rel)


def _is_year(mt: re.Match[str], c: Context) -> bool:
    """A bare number is a year with a year word or suffix after it ("2024 года", "1997-м"), or after
    a preposition where no counted noun follows ("in 2024", "в 2014.", "В 2001 принят" — not "в 1990
    метрах", "до 2000 человек", "от 2000 до 3000")."""
    if mt.group("yw") or ("ys" in mt.re.groupindex and mt.group("ys")):
        return True
    if not mt.group("cue"):
        return False
    checked = c.lex.get("year_words") or c.count_nouns or c.count_stems
    if not checked or _CLAUSE_END.match(c.text, mt.end()) is not None:
        return True
    after = re.match(r"\s+(\w+)(?:\s+(\S+))?", c.text[mt.end() : mt.end() + 40])
    # a capitalised word after the number starts a name or a sentence; scripts without case pass
    first = after.group(1)[:1] if after else ""
    if after is None or not 1900 <= int(mt.group("y")) <= 2039 or first.isupper() or not first.isalpha():
        return False
    counted = after.group(1).lower() in c.count_nouns or any(
        after.group(1).startswith(n) for n in c.count_stems
    )
    numeric_range = after.group(1) in c.range_words and re.match(r"\d", after.group(2) or "")
    return not (counted or numeric_range)


def _year(mt: re.Match[str], c: Context) -> Found | None:
    if not _is_year(mt, c):
        return None
    return Found(_start(mt, "y"), mt.end(), value=DateValue(mt.group("y"), "year"))


def _second_year(first: int, raw: str) -> int:
    """ "2016/17", "1996—98": a two-digit end year belongs to the first year's century."""
    return int(raw) if len(raw) == 4 else first // 100 * 100 + int(raw)


def _years(mt: re.Match[str], c: Context) -> Found | None:
    """A span of years ("в 1998—2010 годах", "с 1994 по 2000 годы", "сезон 2016/17"): a window."""
    y1 = int(mt.group("y"))
    y2 = _second_year(y1, mt.group("y2"))
    slash = "/" in mt.group()
    if not ((_is_year(mt, c) or (slash and y2 == y1 + 1)) and y1 < y2 <= MAX_YEAR):
        return None
    return Found(_start(mt, "y"), mt.end(), value=window(date(y1, 1, 1), date(y2, 12, 31), confidence=0.9))


def _year_list(mt: re.Match[str], c: Context) -> list[Found]:
    """ "в 1993 и 2003 годах", "2009, 2011 и 2014 годы": every year of the list is a year."""
    out = []
    for y in re.finditer(YEAR, mt.group("list")):
        at = mt.start("list") + y.start()
        out.append(Found(at, at + 4, value=DateValue(y.group(), "year")))
    return out


def _bracketed_year(mt: re.Match[str], c: Context) -> Found | None:
    """A year in parentheses — "(2003)", "(Reuters, 1999)", "(1996—98)" — in filmographies,
    award lists and biographies; only inside a real pair of parentheses."""
    text = c.text
    opened = text.rfind("(", 0, mt.start())
    if opened < 0 or text.rfind(")", 0, mt.start()) > opened or text.find(")", mt.end(), mt.end() + 80) < 0:
        return None
    y1 = int(mt.group("y"))
    if mt.group("y2"):
        y2 = _second_year(y1, mt.group("y2"))
        if not y1 < y2 <= MAX_YEAR:
            return None
        return Found(mt.start("y"), mt.end(), value=window(date(y1, 1, 1), date(y2, 12, 31), confidence=0.8))
    return Found(mt.start("y"), mt.end(), value=DateValue(mt.group("y"), "year", confidence=0.8))


def _named_year(mt: re.Match[str], c: Context) -> Found | None:
    """The year of a named edition: "Олимпиаде-2016", "Евро-2024"."""
    return Found(mt.start(), mt.end(), value=DateValue(mt.group("y"), "year", confidence=0.8))


def _decade(mt: re.Match[str], c: Context) -> Found | None:
    """ "в 1990-е годы", "the 1990s": a ten-year window, no single value."""
    first = int(mt.group("dec"))
    return Found(_start(mt, "dec"), mt.end(), value=window(date(first, 1, 1), date(first + 9, 12, 31), 0.8))


def _season(mt: re.Match[str], c: Context) -> Found | None:
    """ "летом 2014 года", "осенью прошлого года": the year, with the season's months as window."""
    season = c.season_of[mt.group("s").lower()]
    if mt.group("y"):
        y = int(mt.group("y"))
        first_m, last_m = SEASON_MONTHS[season]
        if season == 0:  # winter of a year: its first months
            first_m, last_m = 1, 2
        last = date(y, last_m, calendar.monthrange(y, last_m)[1])
        value = DateValue(str(y), "year", confidence=0.9, earliest=date(y, first_m, 1).isoformat(),
                          latest=last.isoformat())  # fmt: skip
        return Found(_start(mt, "s"), mt.end(), value=value)
    if mt.group("ya"):
        return Found(
            _start(mt, "s"),
            mt.end(),
            rel={"kind": "year_offset", "years": c.year_after[_key(mt.group("ya"))]},
        )
    return None


def _weekday_expr(mt: re.Match[str], c: Context) -> Found | None:
    form, mod, cue = mt.group("w"), mt.group("mod"), mt.group("cue")
    if form.lower() in c.need_cue and not (cue or mod):
        return None  # "окружающая среда", not Wednesday
    if c.lex.get("months_capitalised") and not _english_weekday_ok(mt, c):
        return None
    moda = mt.group("moda")
    kind = c.mod_of.get(_key(mod)) if mod else c.mod_of.get(_key(moda)) if moda else None
    rel: dict[str, Any] = {"kind": "weekday", "weekday": c.weekday_of[_key(form)]}
    rel["direction"] = (
        "future"
        if kind == "next" or (kind is None and _for_day(mt, c))
        else "past"
        if kind == "last"
        else _tense(mt, c)
    )
    # today counts either way: "will meet on Monday" in a Monday's paper is, in news, that day
    rel["strict"] = kind in ("last", "next")
    return Found(_start(mt, "mod", "w"), mt.end(), rel=rel, bare=kind is None)


def _for_day(mt: re.Match[str], c: Context) -> bool:
    """A weekday after a preposition of what a day is set for ("for Monday", "na pondělí", "на
    понедельник": the pack's ``ahead_cues``) is the coming one — unless it closes a night or a range
    from another day ("the night to Monday", "z neděle na pondělí"), which has passed as often."""
    ahead = c.lex.get("ahead_cues", "").split()
    if not ahead:
        return False
    at = mt.start("w")
    before = c.text[max(0, at - 40) : at]
    words = re.findall(r"\w+", before.lower())
    if not words or words[-1] not in ahead:
        return False
    earlier = words[-4:-1]
    if any(_key(w) in c.weekday_of for w in earlier):
        return False
    return not (c.night and c.night.search(before))


def _english_weekday_ok(mt: re.Match[str], c: Context) -> bool:
    """English weekdays are capitalised; one that starts a name ("The Sunday Times", "Friday Night
    Lights") has no cue before it and a capitalised word after it."""
    if not mt.group("w")[0].isupper():
        return False
    if mt.group("cue") or mt.group("mod"):
        return True
    after = re.match(r"\s+(\w+)", c.text[mt.end() : mt.end() + 30])
    return not (after and after.group(1)[0].isupper() and after.group(1).lower() not in c.month_of)


def _phrase(mt: re.Match[str], c: Context) -> Found | None:
    rel = dict(c.phrases[_key(mt.group("p"))])
    if rel.pop("eve", False) and c.genitive_endings:
        # "накануне голосования" is the eve of an event, not a day before a date
        after = re.match(r"\s+(\w+)", c.text[mt.end() : mt.end() + 40])
        word = after.group(1) if after else ""
        if len(word) > 3 and word.islower() and word.endswith(c.genitive_endings):
            return None
    if rel.get("kind") in ("weekday", "weekend", "month") and "direction" not in rel:
        rel["direction"] = _tense(mt, c)
    return Found(_start(mt, "p"), mt.end(), rel=rel)


def _amount(mt: re.Match[str], c: Context) -> tuple[int, str] | None:
    n = mt.group("n")
    if n is None and mt.group("u").lower() not in c.unit_single:
        return None  # "след месеци", "спустя годы": a vague stretch of time, not one unit
    count = 1 if n is None else int(n) if n.isdigit() else c.number_of.get(n.lower())
    if count is None or count > 100:
        return None
    return count, c.unit_of[mt.group("u").lower()]


def _ago(mt: re.Match[str], c: Context) -> Found | None:
    amount = _amount(mt, c)
    if amount is None:
        return None
    count, unit = amount
    if count == VAGUE:  # "несколько дней назад": a window, never a made-up day
        per = APPROX_DAYS[unit]
        rel: dict[str, Any] = {"kind": "offset_window", "from": -7 * per, "to": -2 * per}
    elif unit in UNIT_DAYS:
        rel = {"kind": "offset", "days": -count * UNIT_DAYS[unit]}
    elif unit == "month":
        rel = {"kind": "month_offset", "months": -count}
    else:
        rel = {"kind": "year_offset", "years": -count}
    return Found(mt.start(), mt.end(), rel=rel)


def _later(mt: re.Match[str], c: Context) -> Found | None:
    amount = _amount(mt, c)
    if amount is None or amount[0] == VAGUE:
        return None
    count, unit = amount
    # "через два дня" in a sentence about the future counts from today, in narration from the last date
    if _tense(mt, c) == "future":
        if unit in UNIT_DAYS:
            return Found(mt.start(), mt.end(), rel={"kind": "offset", "days": count * UNIT_DAYS[unit]})
        key = "months" if unit == "month" else "years"
        return Found(mt.start(), mt.end(), rel={"kind": f"{key[:-1]}_offset", key: count})
    if unit in UNIT_DAYS:
        return Found(mt.start(), mt.end(), rel={"kind": "next_day_of", "days": count * UNIT_DAYS[unit]})
    return Found(mt.start(), mt.end(), rel={"kind": "next_day_of", f"{unit}s": count})


def _earlier(mt: re.Match[str], c: Context) -> Found | None:
    """ "two days earlier", "двумя днями ранее": before the date told just before."""
    amount = _amount(mt, c)
    if amount is None or amount[0] == VAGUE:
        return None
    count, unit = amount
    key = {"day": "days", "week": "days", "month": "months", "year": "years"}[unit]
    return Found(mt.start(), mt.end(), rel={"kind": "next_day_of", key: -count * UNIT_DAYS.get(unit, 1)})


def _tense(mt: re.Match[str], c: Context) -> str:
    """past or future, from the words of the sentence around the match (news narrates the past)."""
    if c.rules is None:
        return "past"
    return (
        "future" if is_future_sentence(c.text, mt.start(), c.rules.future, c.rules.future_endings) else "past"
    )


def is_future_sentence(text: str, at: int, future: frozenset[str], endings: tuple[str, ...] = ()) -> bool:
    """Whether the sentence around ``at`` has a word (or two) of ``future``, or a word ending in one
    of ``endings`` (the Ukrainian synthetic future "працюватимуть")."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [i for i in (text.find(". ", at), text.find("\n", at)) if i >= 0]
    sentence = text[start : min(ends) if ends else len(text)].lower().replace("’", "'")
    tokens = re.findall(r"\w+(?:'\w+)?", sentence)
    if any(t in future for t in tokens):
        return True
    if endings and any(len(t) > 7 and t.endswith(endings) for t in tokens):
        return True
    pairs = {" ".join(p) for p in zip(tokens, tokens[1:], strict=False)}
    return bool(pairs & future)


# ---------------------------------------------------------------- finding


def find_timexes(text: str, analysis: Analysis, published: date | None) -> list[TimeExpr]:
    """The time expressions of a text. The one that prints the page's own publication date (see
    ``dateline``) is not among them — it dates the page, not a happening — and goes to
    ``analysis.dateline``; relative expressions are resolved against ``published``, else
    against that dateline."""
    digits = ascii_digits(text)  # "۲۳ مارس" is "23 مارس" to the rules, at the same offsets
    posts = find_posts(text, analysis)
    mark_passages(analysis, posts, len(text))
    found: list[Found] = []
    for lang, start, end in _stretches(text, analysis):
        found.extend(_find_in(digits, lang, start, end))
    found = [f for f in found if not _in_name(text, f)]
    found = _non_overlapping(found)
    for f in found:
        f.end = _trim_end(text, f.start, f.end)
    found = _merge_weekday_dates(text, found)
    _weeks_of_weekdays(text, found)
    _same_weekday_ahead(text, found)
    _weekday_after_weekday(text, found)
    _weekday_lists(text, found)
    timexes = [TimeExpr(f.start, f.end, text[f.start : f.end], f.value, f.rel) for f in found]
    weekdays = frozenset(context_data(analysis.lang or "").weekday_of) | frozenset(
        context_data("en").weekday_of
    )
    analysis.dateline, consumed = find_dateline(digits, timexes, weekdays)
    timexes = [t for k, t in enumerate(timexes) if k not in consumed]
    _link_refs(text, timexes)
    _anchor_embedded(posts, timexes)
    own = analysis.dateline
    anchor = published or (
        date.fromisoformat(own.value) if own and own.precision == "day" and own.value else None
    )
    resolve_all(timexes, anchor)
    if anchor and (stated := _stated_today(text, timexes, anchor)):
        for t in timexes:
            if t.rel and not t.anchor and t.rel.get("kind") != "next_day_of":
                t.anchor = stated
        resolve_all(timexes, anchor)
    return timexes


def _stated_today(text: str, timexes: list[TimeExpr], anchor: date) -> str | None:
    """ "Об этом он сегодня, 9 июля, заявил": the text names its own today, a day before the
    page's date (written the evening before, published the next morning): its "today",
    "yesterday" and weekdays count from that day, not from the publication's. Only a day close to
    the page's date, and only when every such statement of the text agrees."""
    stated = set()
    for t, u in itertools.pairwise(timexes):
        if (
            t.rel
            and t.rel.get("kind") == "same_day"
            and u.value
            and u.value.precision == "day"
            and re.fullmatch(r"\s*[,(–—-]?\s*", text[t.end : u.start])
        ):
            stated.add(u.value.value)
    if len(stated) != 1:
        return None
    day = stated.pop()
    return day if day and 0 < abs((date.fromisoformat(day) - anchor).days) <= STATED_TODAY_DAYS else None


def resolve_all(timexes: list[TimeExpr], published: date | None) -> list[DateValue | None]:
    """Give every relative expression a value from its own anchor or ``published``, in text order
    so that "the next day" can use the date just resolved before it. Returns the values."""
    values: list[DateValue | None] = []
    for t in timexes:
        if t.rel is None:
            values.append(t.value)
            continue
        if t.rel.get("kind") == "next_day_of":
            ref = t.rel.get("ref")
            base = values[ref] if ref is not None and ref < len(values) else None
            t.value = resolve_from(t.rel, base) if base else None
            t.value = t.value if t.value and t.value.value else None
        else:
            anchor = date.fromisoformat(t.anchor) if t.anchor else published
            t.value = resolve(t.rel, anchor) if anchor else None
        values.append(t.value)
    return values


@cache
def _digit_table() -> dict[int, str]:
    """Every decimal digit of Unicode (Arabic-Indic, Persian, Devanagari …) to its ASCII digit."""
    return {
        cp: str(unicodedata.decimal(chr(cp)))
        for cp in range(0x80, 0x20000)
        if unicodedata.category(chr(cp)) == "Nd"
    }


def ascii_digits(text: str) -> str:
    """``text`` with its digits in ASCII, one character for one: offsets stay valid."""
    return text.translate(_digit_table()) if not text.isascii() else text


def _stretches(text: str, analysis: Analysis) -> Iterator[tuple[str, int, int]]:
    """(language, start, end) stretches to search. English rules also run over text in another
    script (Cyrillic, Greek, Arabic …): the scripts do not overlap, and quoted English (a tweet)
    is common in news. A passage of unknown language is searched with the document's rules."""
    langs = [(p.lang or analysis.lang, p.start, p.end) for p in analysis.passages] or [
        (analysis.lang, 0, len(text))
    ]
    seen: set[tuple[str, int, int]] = set()
    for lang, start, end in langs:
        each_lang = (
            (lang or "", "en") if lang != "en" and _NON_LATIN.search(text, start, end) else (lang or "",)
        )
        for each in each_lang:
            if (each, start, end) not in seen:
                seen.add((each, start, end))
                yield each, start, end


def _find_in(text: str, lang: str, start: int, end: int) -> list[Found]:
    r = rules(lang)
    base = context_data(lang)
    ctx = Context(
        text,
        base.lex,
        base.month_of,
        base.weekday_of,
        base.season_of,
        base.number_of,
        base.unit_of,
        base.unit_single,
        base.mod_of,
        base.year_after,
        base.phrases,
        base.need_cue,
        base.count_nouns,
        base.count_stems,
        base.range_words,
        base.genitive_endings,
        r,
        base.calendar_month_of,
        base.night,
    )
    out: list[Found] = []
    present: dict[re.Pattern[str], bool] = {}
    for pattern, handler, needle in r.matchers:
        if needle is not None:
            if needle not in present:
                present[needle] = needle.search(text, start, end) is not None
            if not present[needle]:
                continue
        for mt in pattern.finditer(text, start, end):
            f = handler(mt, ctx)
            if isinstance(f, list):
                out.extend(f)
            elif f is not None:
                out.append(f)
    return out


def _in_name(text: str, f: Found) -> bool:
    """A time word inside a short quoted title («Сегодня», "This Week") or a capitalised time word
    in mid-sentence ("Russia Today", "USA Today") is part of a name, not a date."""
    if f.value is not None and f.value.precision:
        return False
    before = text[max(0, f.start - 40) : f.start]
    opened = max(before.rfind(q) for q in _OPEN_QUOTES)
    if opened >= 0 and not any(q in before[opened + 1 :] for q in _CLOSE_QUOTES if q not in "\"'"):
        after = text[f.end : f.end + 40]
        closing = min((i for q in _CLOSE_QUOTES if (i := after.find(q)) >= 0), default=-1)
        inside = before[opened + 1 :] + text[f.start : f.end] + (after[:closing] if closing >= 0 else "")
        if closing >= 0 and len(inside.split()) <= 3 and "\n" not in inside:
            return True
    word = text[f.start : f.end]
    if f.rel and f.rel.get("kind") == "same_day" and word[:1].isupper():
        gap = re.search(r"\s*$", text[max(0, f.start - 20) : f.start])
        prev = text[: f.start].rstrip()
        if not prev or (gap and "\n" in gap.group()):
            return False
        return prev[-1] not in '.!?:;"«»“”—–-(' and prev.split()[-1][:1].isupper()
    return False


def _trim_end(text: str, start: int, end: int) -> int:
    """Drop a sentence-final dot; keep the dot of a short abbreviation ("г.", "р.")."""
    word = re.search(r"(\w*)\.$", text[start:end])
    if word and len(word.group(1)) > 2:
        return end - 1
    return end


def _non_overlapping(found: list[Found]) -> list[Found]:
    """Longest first, then leftmost: "25 декабря 2024 года" wins over "2024 года" inside it. The
    chosen spans are kept sorted, so each candidate is checked against its two neighbours only."""
    starts: list[int] = []
    chosen: list[Found] = []
    for f in sorted(found, key=lambda f: (-(f.end - f.start), f.start)):
        i = bisect.bisect_right(starts, f.start)
        if (i > 0 and chosen[i - 1].end > f.start) or (i < len(chosen) and chosen[i].start < f.end):
            continue
        starts.insert(i, f.start)
        chosen.insert(i, f)
    return chosen


def _merge_weekday_dates(text: str, found: list[Found]) -> list[Found]:
    """ "в воскресенье, 16 октября 2016 года", "quinta-feira (12 de junho)" are one expression: the
    date fixes it, and where the date has no year the weekday tells which year it is."""
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.rel
            and prev.rel.get("kind") == "weekday"
            and re.fullmatch(r",?\s*\(?\s*", text[prev.end : f.start])
        ):
            if f.value is not None and f.value.precision == "day" and not f.value.earliest:
                out[-1] = Found(prev.start, f.end, value=f.value)
                continue
            if f.rel and f.rel.get("kind") == "month_day" and "weekday" not in f.rel:
                out[-1] = Found(prev.start, f.end, rel={**f.rel, "weekday": prev.rel["weekday"]})
                continue
        out.append(f)
    return out


# between the days of a list: a comma or a short word ("and", "и", "i", "та"); between a weekday
# and its week, nothing but a space (after "on Friday and next week" the week is another time)
_LIST_GAP = re.compile(r",?\s+(?:[^\W\d]{1,4}\s+)?")
_WEEK_GAP = re.compile(r",?\s+")
_SPACE = re.compile(r"\s+")


def _weeks_of_weekdays(text: str, found: list[Found]) -> None:
    """ "on Wednesday and Thursday next week", "на следующей неделе в пятницу": weekdays next to a
    week ("next week", "last week", "this week") are days of that week, whatever the tense says.
    Next to means apart by a space (a comma before a weekday), the days of a list by a short word."""
    for k, f in enumerate(found):
        if not f.rel or f.rel.get("kind") != "week_offset":
            continue
        weeks = int(f.rel.get("weeks", 0))
        j = k - 1  # the weekdays before it, a list of them
        while (
            j >= 0
            and _is_weekday(found[j])
            and (_LIST_GAP if j < k - 1 else _SPACE).fullmatch(text, found[j].end, found[j + 1].start)
        ):
            _in_week(found[j], weeks)
            j -= 1
        j = k + 1  # and after it
        while (
            j < len(found)
            and _is_weekday(found[j])
            and (_LIST_GAP if j > k + 1 else _WEEK_GAP).fullmatch(text, found[j - 1].end, found[j].start)
        ):
            _in_week(found[j], weeks)
            j += 1


def _is_weekday(f: Found) -> bool:
    return bool(f.rel and f.rel.get("kind") == "weekday" and f.bare)


def _in_week(f: Found, weeks: int) -> None:
    assert f.rel is not None
    f.rel = {"kind": "weekday", "weekday": f.rel["weekday"], "weeks": weeks}


# how far after a weekday told of the future the same weekday is taken for the same day
SAME_WEEKDAY_REACH = 400


def _same_weekday_ahead(text: str, found: list[Found]) -> None:
    """A bare weekday said of the future ("pilots plan to strike on Friday") is the same day where
    the next sentences of its paragraph name that weekday again in a clause with no future word
    of their own ("flights to Brussels were cancelled on Friday"). Only close after it: further on,
    a report goes back to what happened last week as easily."""
    ahead: dict[int, Found] = {}
    for f in found:
        if not (_is_weekday(f) and f.rel) or "weeks" in f.rel:
            continue
        wd = f.rel["weekday"]
        if f.rel.get("direction") == "future":
            ahead[wd] = f
            continue
        lead = ahead.get(wd)
        if (
            lead
            and lead.rel
            and f.start - lead.end <= SAME_WEEKDAY_REACH
            and "\n" not in text[lead.end : f.start]
        ):
            f.rel = dict(lead.rel)


def _weekday_after_weekday(text: str, found: list[Found]) -> None:
    """ "Ryanair said on Tuesday it would cancel flights on Wednesday": a bare weekday told of the
    past that is the day after a weekday named before it in the same sentence is the day after
    that one. Read as the past it would be six days before the first: a report names such a day
    "last Wednesday". It changes a date only where the first weekday is the article's own day."""
    for k in range(1, len(found)):
        first, f = found[k - 1], found[k]
        if not (_is_weekday(first) and _is_weekday(f) and first.rel and f.rel):
            continue
        if "weeks" in first.rel or "weeks" in f.rel or f.rel.get("direction") != "past":
            continue
        if first.rel.get("direction") != "past" or f.rel["weekday"] != (first.rel["weekday"] + 1) % 7:
            continue
        if re.search(r"[.!?\n]", text[first.end : f.start]):
            continue
        lead = first.rel.get("after_weekday", first.rel["weekday"])
        f.rel = {**{k: v for k, v in first.rel.items() if k != "weekday"}, "weekday": f.rel["weekday"]}
        f.rel["after_weekday"] = lead


def _weekday_lists(text: str, found: list[Found]) -> None:
    """ "on Wednesday and Thursday", "в понеделник и вторник": the days of a list follow the first
    one (a strike on Wednesday and Thursday said on the Wednesday ends tomorrow, not last week),
    whatever tense each is found in."""
    for k in range(1, len(found)):
        first, f = found[k - 1], found[k]
        if not (_is_weekday(first) and _is_weekday(f) and first.rel and f.rel):
            continue
        if "weeks" in first.rel or "weeks" in f.rel or first.rel["weekday"] == f.rel["weekday"]:
            continue
        if not _LIST_GAP.fullmatch(text, first.end, f.start):
            continue
        lead = first.rel.get("after_weekday", first.rel["weekday"])
        f.rel = {**{k: v for k, v in first.rel.items() if k != "weekday"}, "weekday": f.rel["weekday"]}
        f.rel["after_weekday"] = lead


def _link_refs(text: str, timexes: list[TimeExpr]) -> None:
    """ "На следующий день" counts from the date before it; "накануне" with no date before it in
    its paragraph means the day before publication."""
    for i, t in enumerate(timexes):
        if not t.rel or t.rel.get("kind") != "next_day_of":
            continue
        ref = next((j for j in range(i - 1, -1, -1) if timexes[j].value or timexes[j].rel), None)
        para_start = text.rfind("\n", 0, t.start) + 1
        if t.rel.pop("fallback", None) == "anchor" and (ref is None or timexes[ref].start < para_start):
            t.rel = {"kind": "offset", "days": int(t.rel.get("days", -1))}
            continue
        t.rel["ref"] = ref


def _anchor_embedded(posts: list[Post], timexes: list[TimeExpr]) -> None:
    """An embedded post anchors the relative dates inside it on its own date (its signature's)."""
    starts = [t.start for t in timexes]
    for post in posts:
        k = signature_timex(post, timexes, starts)
        if k is None:
            continue
        sig = timexes[k]
        assert sig.value is not None
        for t in timexes[bisect.bisect_left(starts, post.start) : k]:
            if t.rel and t.rel.get("kind") != "next_day_of":
                t.anchor = sig.value.value


def signature_timex(post: Post, timexes: list[TimeExpr], starts: list[int] | None = None) -> int | None:
    """The index of the time expression that dates a post (a full day on its signature line)."""
    starts = starts if starts is not None else [t.start for t in timexes]
    for k in range(bisect.bisect_left(starts, post.signature), len(timexes)):
        t = timexes[k]
        if t.start >= post.end:
            break
        if t.value and t.value.precision == "day" and not t.rel:
            return k
    return None
