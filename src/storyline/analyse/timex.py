"""Time expressions: find them, fix what the text fixes, keep the rest symbolic.

Rules built from per-language data (``lang/timex/<lang>.toml``: month and weekday names in the
case forms dates use, cue words, relative phrases) find the expressions; dateparser is only a
fallback for languages without a data file, because it misses partial and relative dates in our
languages and returns nonsense for some ("2024 года" → year 1).

A date the text fixes on its own gets ``value`` (basis ``text``). One that needs an anchor keeps
``rel``, a small JSON-ready dict, and also gets ``value`` when the publication date is known;
``resolve(rel, anchor)`` is the one place that turns a ``rel`` into a date. The vocabulary:

- ``{"kind": "same_day"}`` — today, earlier today, this morning;
- ``{"kind": "offset", "days": n}`` — yesterday (-1), tomorrow (+1), two days / weeks ago;
- ``{"kind": "weekday", "weekday": 0-6 (Monday=0), "direction": "past"|"future", "strict": bool}``
  — the latest such weekday not after the anchor (past; strictly before with "last"), or the
  first not before it (future; strictly after with "next");
- ``{"kind": "month", "month": m, "direction": ..., "strict": bool}`` — a month without a year,
  the nearest one on the side of ``direction``; with ``"years": k`` instead, the month of the
  anchor's year + k ("в октябре прошлого года"). Precision month: no day is invented;
- ``{"kind": "month_day", "month": m, "day": d, "direction": ...}`` — "9 октября";
- ``{"kind": "year_offset", "years": k}``, ``{"kind": "month_offset", "months": k}`` — last year,
  this month (precision year / month);
- ``{"kind": "week_offset", "weeks": k}`` — last week: a Monday–Sunday window (earliest/latest),
  value only at the precision the window allows;
- ``{"kind": "next_day_of", "days": n, "ref": i}`` — "на следующий день", "the day before": n days
  from the date of time expression ``i`` (the previous one in the text; None if there is none).
  Its anchor is that expression's date, never the publication date.

Direction comes from the words ("last", "следующий") or else from the sentence: news narrates
the past, so a weekday or month looks back unless the sentence has a future marker ("will",
"ще", "будет"). Durations ("в течение 30 минут", "for two weeks") match no rule on purpose.

Quoted material with its own date — an embedded tweet ending "— Name (@handle) December 25,
2024" — anchors the relative expressions inside it: they get ``anchor`` and are resolved
against it.
"""

from __future__ import annotations

import calendar
import re
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from importlib import resources
from typing import Any

from storyline.model import Analysis, DateValue, TimeExpr

MIN_YEAR, MAX_YEAR = 1000, 2100
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")
CYRILLIC_LANGS = {"ru", "bg", "uk", "be", "sr", "mk", "kk"}
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)\u2014\u2013]|$)")
_HANDLE_BEFORE = re.compile(r"\(@\w{1,30}\)\s*$")
UNIT_DAYS = {"day": 1, "week": 7}


# ---------------------------------------------------------------- resolution


def resolve(rel: dict[str, Any], anchor: date) -> DateValue:
    """The date a symbolic expression means, seen from ``anchor`` (for ``next_day_of`` the
    referenced expression's date). Unknown kinds give an empty value rather than a guess."""
    kind = rel.get("kind")
    if kind == "same_day":
        return _day(anchor, 0.9)
    if kind == "offset":
        return _day(
            anchor + timedelta(days=int(rel.get("days", 0))), 0.9 if abs(rel.get("days", 0)) < 7 else 0.7
        )
    if kind == "next_day_of":
        return _day(anchor + timedelta(days=int(rel.get("days", 1))), 0.8)
    if kind == "weekday":
        return _day(
            _weekday(anchor, int(rel["weekday"]), rel.get("direction", "past"), bool(rel.get("strict"))), 0.8
        )
    if kind == "month":
        year = _month_year(anchor, int(rel["month"]), rel)
        return DateValue(f"{year:04d}-{int(rel['month']):02d}", "month", confidence=0.8)
    if kind == "month_day":
        return _month_day(anchor, int(rel["month"]), int(rel["day"]), rel.get("direction", "past"))
    if kind == "year_offset":
        return DateValue(f"{anchor.year + int(rel.get('years', 0)):04d}", "year", confidence=0.9)
    if kind == "month_offset":
        total = anchor.year * 12 + anchor.month - 1 + int(rel.get("months", 0))
        return DateValue(f"{total // 12:04d}-{total % 12 + 1:02d}", "month", confidence=0.85)
    if kind == "week_offset":
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=int(rel.get("weeks", 0)))
        return window(monday, monday + timedelta(days=6), confidence=0.7)
    return DateValue(None, None, basis="none", confidence=0.0)


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
        return (
            anchor.year
            if (month > anchor.month or (month == anchor.month and not strict))
            else anchor.year + 1
        )
    return (
        anchor.year if (month < anchor.month or (month == anchor.month and not strict)) else anchor.year - 1
    )


def _month_day(anchor: date, month: int, day: int, direction: str) -> DateValue:
    step = 1 if direction == "future" else -1
    year = anchor.year
    for _ in range(9):  # 29 February can need a few years
        if day <= calendar.monthrange(year, month)[1]:
            d = date(year, month, day)
            if (d >= anchor) if step > 0 else (d <= anchor):
                return _day(d, 0.85)
        year += step
    return DateValue(None, None, basis="none", confidence=0.0)


# ---------------------------------------------------------------- language data


@dataclass(frozen=True)
class Rules:
    """Compiled matchers for one language: (regex, handler) pairs, tried all over the text."""

    lang: str
    matchers: tuple[tuple[re.Pattern[str], Callable[[re.Match[str], Context], Found | None]], ...]
    future: frozenset[str]


@dataclass
class Found:
    start: int
    end: int
    value: DateValue | None = None
    rel: dict[str, Any] | None = None


@dataclass
class Context:
    """What a handler may look at besides its match: the text and the language data."""

    text: str
    lex: dict[str, Any]
    month_of: dict[str, int]
    weekday_of: dict[str, int]
    number_of: dict[str, int]
    unit_of: dict[str, str]
    mod_of: dict[str, str]
    year_after: dict[str, int]
    rules: Rules | None = None


@cache
def lexicon(lang: str | None) -> dict[str, Any] | None:
    if not lang:
        return None
    path = resources.files("storyline") / "lang" / "timex" / f"{lang}.toml"
    return tomllib.loads(path.read_text("utf-8")) if path.is_file() else None


def _alt(words: list[str]) -> str:
    """Regex alternation, longest first so that "the day before yesterday" beats "the day before"."""
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True) if w
    )


def _table(groups: list[str], first: int) -> dict[str, int]:
    return {w.lower(): i for i, group in enumerate(groups, first) for w in group.split()}


@cache
def context_data(lang: str) -> Context | None:
    lex = lexicon(lang)
    if lex is None:
        return None
    mods = {w: kind for kind in ("last", "this", "next") for w in lex.get(kind, "").split()}
    units = {w: unit for unit, words in lex.get("units", {}).items() for w in words.split()}
    return Context(
        text="",
        lex=lex,
        month_of=_table(lex["months"], 1),
        weekday_of=_table(lex["weekdays"], 0),
        number_of={k.lower(): int(v) for k, v in lex.get("numbers", {}).items()},
        unit_of=units,
        mod_of=mods,
        year_after={k.lower(): int(v) for k, v in lex.get("year_after", {}).items()},
    )


@cache
def rules(lang: str) -> Rules | None:
    ctx = context_data(lang)
    if ctx is None:
        return None
    lex = ctx.lex
    month = rf"(?P<m>{_alt(list(ctx.month_of))})\b\.?"
    weekday = rf"(?P<w>{_alt(list(ctx.weekday_of))})\b"
    yw_words = lex.get("year_words", "").split()
    yw = rf"(?:\s*(?P<yw>{_alt(yw_words)})\b\.?)?" if yw_words else r"(?P<yw>)"
    suffix = rf"(?:-?(?:{_alt(lex.get('day_suffixes', '').split())}))?" if lex.get("day_suffixes") else ""
    cue = rf"(?:(?P<cue>{_alt(lex.get('cues', '').split())})\s+)?"
    mod = rf"(?:(?P<mod>{_alt(list(ctx.mod_of))})\s+)?" if ctx.mod_of else r"(?P<mod>)"
    year_after = rf"(?:,?\s+(?P<ya>{_alt(list(ctx.year_after))})\b)?" if ctx.year_after else r"(?P<ya>)"
    number = (
        rf"(?:(?P<n>\d{{1,3}}|{_alt(list(ctx.number_of))})\s+)?"
        if ctx.number_of
        else r"(?:(?P<n>\d{1,3})\s+)?"
    )
    unit = rf"(?P<u>{_alt(list(ctx.unit_of))})\b"
    b = r"(?<![\w\-])"  # a word start that is not inside "J2-8243" or "Ил-76"
    matchers: list[tuple[str, Callable[[re.Match[str], Context], Found | None]]] = [
        (r"(?<![\d.\-/])(?P<y>\d{4})-(?P<mo>\d{1,2})-(?P<d>\d{1,2})(?![\d\-])", _numeric),
        (r"(?<![\d.\-/])(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})(?![\d.]\d)", _numeric),
        (
            rf"{b}(?P<d>\d{{1,2}}){suffix}\.?\s+(?:of\s+)?{month}(?:,?\s+(?P<y>\d{{4}})(?!\d){yw})?",
            _day_month,
        ),
        (rf"{b}{month}\s+(?P<y>\d{{4}})(?![\d\-]){yw}", _month_and_year),
        (rf"{b}{cue}{mod}{month}{year_after}", _bare_month),
        (rf"{b}{cue}(?P<y>1\d{{3}}|20\d{{2}})\s*(?:[—–-]|по)\s*(?P<y2>1\d{{3}}|20\d{{2}})(?!\d){yw}", _years),
        (rf"{b}{cue}(?P<y>1\d{{3}}|20\d{{2}})(?![\d\-%.,]\d)(?!\s*%){yw}", _year),
        (rf"{b}{mod}{weekday}", _weekday_expr),
        (rf"{b}(?P<p>{_alt(list(lex.get('phrases', {})))})\b", _phrase),
    ]
    if lex.get("month_day_order"):
        matchers.insert(
            2, (rf"{b}{month}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{{4}})(?!\d))?", _day_month)
        )
    if lex.get("ago_after"):
        matchers.append((rf"{b}{number}{unit}\s+(?:{_alt(lex['ago_after'].split())})\b", _ago))
    if lex.get("ago_before"):
        matchers.append((rf"{b}(?:{_alt(lex['ago_before'].split())})\s+{number}{unit}", _ago))
    if lex.get("later_after"):
        matchers.append((rf"{b}{number}{unit}\s+(?:{_alt(lex['later_after'].split())})(?!\w)", _later))
    if lex.get("later_before"):
        matchers.append((rf"{b}(?:{_alt(lex['later_before'].split())})\s+{number}{unit}", _later))
    compiled = tuple((re.compile(p, re.IGNORECASE), h) for p, h in matchers)
    return Rules(lang, compiled, frozenset(lex.get("future", "").split()))


# ---------------------------------------------------------------- handlers (match → Found)


def _valid_ymd(y: int, m: int, d: int) -> bool:
    return MIN_YEAR <= y <= MAX_YEAR and 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def _numeric(mt: re.Match[str], c: Context) -> Found | None:
    g = mt.groupdict()
    if g.get("mo"):
        y, m, d = int(g["y"]), int(g["mo"]), int(g["d"])
    elif g.get("sep") == "/" and c.lex.get("month_day_order"):
        y, m, d = int(g["y"]), int(g["a"]), int(g["b"])
    else:
        y, m, d = int(g["y"]), int(g["b"]), int(g["a"])
    if not _valid_ymd(y, m, d):
        return None
    return Found(mt.start(), mt.end(), value=DateValue(f"{y:04d}-{m:02d}-{d:02d}", "day"))


def _english_month_ok(mt: re.Match[str], c: Context) -> bool:
    # "may", "march" are verbs and "mar"/"dec" abbreviations are words: English months are capitalised
    return not c.lex.get("month_day_order") or mt.group("m")[0].isupper()


def _day_month(mt: re.Match[str], c: Context) -> Found | None:
    if not _english_month_ok(mt, c):
        return None
    m = c.month_of[mt.group("m").lower().rstrip(".")]
    d = int(mt.group("d"))
    y = mt.group("y")
    if y:
        if not _valid_ymd(int(y), m, d):
            return None
        return Found(mt.start(), mt.end(), value=DateValue(f"{int(y):04d}-{m:02d}-{d:02d}", "day"))
    if not 1 <= d <= calendar.monthrange(2024, m)[1]:  # a leap year accepts 29 February
        return None
    return Found(
        mt.start(), mt.end(), rel={"kind": "month_day", "month": m, "day": d, "direction": _tense(mt, c)}
    )


def _month_and_year(mt: re.Match[str], c: Context) -> Found | None:
    y = int(mt.group("y"))
    if not _english_month_ok(mt, c) or not MIN_YEAR <= y <= MAX_YEAR:
        return None
    m = c.month_of[mt.group("m").lower().rstrip(".")]
    return Found(mt.start("m"), mt.end(), value=DateValue(f"{y:04d}-{m:02d}", "month"))


def _bare_month(mt: re.Match[str], c: Context) -> Found | None:
    cue, mod, ya = mt.group("cue"), mt.group("mod"), mt.group("ya")
    if not (cue or mod or ya) or not _english_month_ok(mt, c):
        return None
    rel: dict[str, Any] = {"kind": "month", "month": c.month_of[mt.group("m").lower().rstrip(".")]}
    if ya:
        rel["years"] = c.year_after[" ".join(ya.lower().split())]
    else:
        kind = c.mod_of.get(mod.lower()) if mod else None
        rel["direction"] = "future" if kind == "next" else "past" if kind == "last" else _tense(mt, c)
        if kind in ("last", "next"):
            rel["strict"] = True
    return Found(mt.start("mod") if mod else mt.start("m"), mt.end(), rel=rel)


def _is_year(mt: re.Match[str], c: Context) -> bool:
    """A bare number is a year with a year word after it ("2024 года"), or after a preposition
    where no noun follows ("in 2024", "в 2014." — not "в 1990 метрах")."""
    if mt.group("yw"):
        return True
    return bool(mt.group("cue")) and (
        not c.lex.get("year_words") or _CLAUSE_END.match(c.text, mt.end()) is not None
    )


def _year(mt: re.Match[str], c: Context) -> Found | None:
    if not _is_year(mt, c):
        return None
    return Found(mt.start("y"), mt.end(), value=DateValue(mt.group("y"), "year"))


def _years(mt: re.Match[str], c: Context) -> Found | None:
    """A span of years ("в 1998—2010 годах", "с 1994 по 2000 годы"): a window, not one value."""
    y1, y2 = int(mt.group("y")), int(mt.group("y2"))
    if not (_is_year(mt, c) and y1 < y2):
        return None
    return Found(mt.start("y"), mt.end(), value=window(date(y1, 1, 1), date(y2, 12, 31), confidence=0.9))


def _weekday_expr(mt: re.Match[str], c: Context) -> Found | None:
    if c.lex.get("month_day_order") and not mt.group("w")[0].isupper():
        return None
    mod = mt.group("mod")
    kind = c.mod_of.get(mod.lower()) if mod else None
    rel: dict[str, Any] = {"kind": "weekday", "weekday": c.weekday_of[mt.group("w").lower()]}
    rel["direction"] = "future" if kind == "next" else "past" if kind == "last" else _tense(mt, c)
    rel["strict"] = kind in ("last", "next")
    return Found(mt.start("mod") if mod else mt.start("w"), mt.end(), rel=rel)


def _phrase(mt: re.Match[str], c: Context) -> Found | None:
    key = " ".join(mt.group("p").lower().split())
    return Found(mt.start(), mt.end(), rel=dict(c.lex["phrases"][key]))


def _amount(mt: re.Match[str], c: Context) -> tuple[int, str] | None:
    n = mt.group("n")
    count = 1 if n is None else int(n) if n.isdigit() else c.number_of.get(n.lower())
    if not count or count > 100:
        return None
    return count, c.unit_of[mt.group("u").lower()]


def _ago(mt: re.Match[str], c: Context) -> Found | None:
    amount = _amount(mt, c)
    if amount is None:
        return None
    count, unit = amount
    if unit in UNIT_DAYS:
        rel: dict[str, Any] = {"kind": "offset", "days": -count * UNIT_DAYS[unit]}
    elif unit == "month":
        rel = {"kind": "month_offset", "months": -count}
    else:
        rel = {"kind": "year_offset", "years": -count}
    return Found(mt.start(), mt.end(), rel=rel)


def _later(mt: re.Match[str], c: Context) -> Found | None:
    amount = _amount(mt, c)
    if amount is None or amount[1] not in UNIT_DAYS:
        return None
    days = amount[0] * UNIT_DAYS[amount[1]]
    # "через два дня" in a sentence about the future counts from today, in narration from the last date
    if _tense(mt, c) == "future":
        return Found(mt.start(), mt.end(), rel={"kind": "offset", "days": days})
    return Found(mt.start(), mt.end(), rel={"kind": "next_day_of", "days": days})


def _tense(mt: re.Match[str], c: Context) -> str:
    """past or future, from the words of the sentence around the match (news narrates the past)."""
    text = c.text
    start = max(text.rfind(".", 0, mt.start()), text.rfind("\n", 0, mt.start())) + 1
    ends = [i for i in (text.find(".", mt.end()), text.find("\n", mt.end())) if i >= 0]
    sentence = text[start : min(ends) if ends else len(text)].lower()
    future = c.rules.future if c.rules else frozenset()
    return "future" if any(w in future for w in re.findall(r"\w+", sentence)) else "past"


# ---------------------------------------------------------------- finding


def find_timexes(text: str, analysis: Analysis, published: date | None) -> list[TimeExpr]:
    found: list[Found] = []
    for lang, start, end in _stretches(text, analysis):
        found.extend(_find_in(text, lang, start, end))
    found = _non_overlapping(found)
    for f in found:
        f.end = _trim_end(text, f.start, f.end)
    timexes = [TimeExpr(f.start, f.end, text[f.start : f.end], f.value, f.rel) for f in found]
    _link_next_day_refs(timexes)
    _anchor_embedded(text, analysis, timexes)
    resolve_all(timexes, published)
    return timexes


def resolve_all(timexes: list[TimeExpr], published: date | None) -> list[DateValue | None]:
    """Give every relative expression a value from its own anchor or ``published``, in text order
    so that "the next day" can use the date just resolved before it. Returns the values."""
    values: list[DateValue | None] = []
    for t in timexes:
        if t.rel is None:
            values.append(t.value)
            continue
        anchor = date.fromisoformat(t.anchor) if t.anchor else published
        if t.rel.get("kind") == "next_day_of":
            ref = t.rel.get("ref")
            before = values[ref] if ref is not None and ref < len(values) else None
            anchor = (
                date.fromisoformat(before.value)
                if before and before.precision == "day" and before.value
                else None
            )
        t.value = resolve(t.rel, anchor) if anchor else None
        values.append(t.value)
    return values


def _stretches(text: str, analysis: Analysis) -> Iterator[tuple[str, int, int]]:
    """(language, start, end) stretches to search. English rules also run over Cyrillic text:
    the scripts do not overlap, and quoted English (a tweet) is common in our news."""
    langs = [(p.lang, p.start, p.end) for p in analysis.passages if p.lang] or [(analysis.lang, 0, len(text))]
    seen: set[tuple[str, int, int]] = set()
    for lang, start, end in langs:
        for each in (lang, "en") if lang != "en" and _CYRILLIC.search(text, start, end) else (lang,):
            if each and (each, start, end) not in seen:
                seen.add((each, start, end))
                yield each, start, end


def _find_in(text: str, lang: str, start: int, end: int) -> list[Found]:
    r = rules(lang)
    if r is None:
        return _dateparser_fallback(text, lang, start, end)
    base = context_data(lang)
    assert base is not None
    ctx = Context(
        text,
        base.lex,
        base.month_of,
        base.weekday_of,
        base.number_of,
        base.unit_of,
        base.mod_of,
        base.year_after,
        r,
    )
    out: list[Found] = []
    for pattern, handler in r.matchers:
        for mt in pattern.finditer(text, start, end):
            f = handler(mt, ctx)
            if f is not None:
                out.append(f)
    return out


def _trim_end(text: str, start: int, end: int) -> int:
    """Drop a sentence-final dot; keep the dot of a short abbreviation ("г.", "р.")."""
    word = re.search(r"(\w*)\.$", text[start:end])
    if word and len(word.group(1)) > 2:
        return end - 1
    return end


def _non_overlapping(found: list[Found]) -> list[Found]:
    """Longest first, then leftmost: "25 декабря 2024 года" wins over "2024 года" inside it."""
    chosen: list[Found] = []
    for f in sorted(found, key=lambda f: (-(f.end - f.start), f.start)):
        if all(f.end <= g.start or f.start >= g.end for g in chosen):
            chosen.append(f)
    return sorted(chosen, key=lambda f: f.start)


def _link_next_day_refs(timexes: list[TimeExpr]) -> None:
    for i, t in enumerate(timexes):
        if t.rel and t.rel.get("kind") == "next_day_of":
            t.rel["ref"] = i - 1 if i > 0 else None


def _anchor_embedded(text: str, analysis: Analysis, timexes: list[TimeExpr]) -> None:
    """An embedded post signed "— Name (@handle) <date>" anchors the relative dates inside it."""
    for sig in timexes:
        if not (
            sig.value
            and sig.value.precision == "day"
            and _HANDLE_BEFORE.search(text, max(0, sig.start - 60), sig.start)
        ):
            continue
        start = _embedded_start(text, analysis, sig.start)
        for t in timexes:
            if t.rel and start <= t.start < sig.start and t.rel.get("kind") != "next_day_of":
                t.anchor = sig.value.value


def _embedded_start(text: str, analysis: Analysis, offset: int) -> int:
    """Where the embedded block ending at ``offset`` begins: its own-language passage if language
    detection found one, else the paragraphs before it written in the same script."""
    for p in analysis.passages:
        if p.start <= offset < p.end and p.lang and p.lang != analysis.lang:
            return p.start
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text)]
    idx = next((i for i, (s, e) in enumerate(paragraphs) if s <= offset <= e), None)
    if idx is None:
        return 0
    own_start = paragraphs[idx][0]
    script = _script(text[own_start:offset])
    start = own_start
    doc_script = ("cyrl" if analysis.lang in CYRILLIC_LANGS else "latn") if analysis.lang else _script(text)
    if script == doc_script:
        # same script as the article: only the post's own paragraph, and the one before it
        # when the signature stands alone ("— Name (@handle) date" on its own line)
        alone = len(text[own_start:offset].strip()) < 40 and idx > 0
        return paragraphs[idx - 1][0] if alone else start
    for s, e in reversed(paragraphs[:idx]):
        if _script(text[s:e]) != script:
            break
        start = s
    return start


def _script(s: str) -> str:
    return "cyrl" if len(_CYRILLIC.findall(s)) >= len(_LATIN.findall(s)) else "latn"


# ---------------------------------------------------------------- dateparser fallback


@cache
def _date_parser(lang: str) -> Any:
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=[lang], settings={"PREFER_DAY_OF_MONTH": "first", "STRICT_PARSING": False}
    )


def _dateparser_fallback(text: str, lang: str, start: int, end: int) -> list[Found]:
    """Absolute dates only, in languages we have no data for; every value is range-checked."""
    try:
        from dateparser.search import search_dates

        hits = (
            search_dates(text[start:end], languages=[lang], settings={"PREFER_DAY_OF_MONTH": "first"}) or []
        )
    except (ValueError, KeyError, LookupError):  # an unknown language code
        return []
    out: list[Found] = []
    pos = start
    for sub, found_dt in hits:
        at = text.find(sub, pos, end)
        if at < 0 or not re.search(r"\b(?:19|20)\d{2}\b", sub):
            continue
        pos = at + len(sub)
        data = _date_parser(lang).get_date_data(sub)
        dt = data.date_obj or found_dt
        period = (
            data.period if data.date_obj else ("day" if re.search(r"(?<!\d)\d{1,2}(?!\d)", sub) else "year")
        )
        if not MIN_YEAR <= dt.year <= MAX_YEAR:
            continue
        if period == "year":
            value = DateValue(f"{dt.year:04d}", "year", confidence=0.7)
        elif period == "month":
            value = DateValue(f"{dt.year:04d}-{dt.month:02d}", "month", confidence=0.7)
        else:
            value = DateValue(dt.date().isoformat(), "day", confidence=0.7)
        out.append(Found(at, at + len(sub), value=value))
    return out
