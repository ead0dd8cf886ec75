"""The time vocabulary of a language, as one dict, whatever it comes from.

1. A pack of our own, ``lang/timex/<lang>.toml``: month and weekday names in the case forms dates
   use, cue words, relative phrases, the words that mark the future, publication labels … A pack
   may start from another one (``extends = "sr"``: Bosnian and Croatian share most of Serbian's
   words) and add or replace keys; its ``[phrases]`` and ``[year_after]`` tables are merged.
2. Otherwise dateparser's locale data (about 200 languages, from the Unicode CLDR): full month and
   weekday names and the one-word relative days ("yesterday", "today", "last week"). It has no cue
   words, so a bare month never counts as a date there — only a month next to a day or a year.
   Abbreviations are left out: "mar", "per", "sal" are ordinary words in too many languages.
3. Otherwise nothing but numbers: ISO and numeric dates still work in every language.
"""

from __future__ import annotations

import importlib
import re
import tomllib
from functools import cache
from importlib import resources
from typing import Any

MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
              "october", "november", "december")  # fmt: skip
WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MERGED_TABLES = ("phrases", "year_after", "calendars")
# dateparser's relative words → our symbolic kinds (hours and minutes are not dates)
_RELATIVE = {
    "0 day ago": {"kind": "same_day"},
    "1 day ago": {"kind": "offset", "days": -1},
    "2 day ago": {"kind": "offset", "days": -2},
    "in 1 day": {"kind": "offset", "days": 1},
    "in 2 day": {"kind": "offset", "days": 2},
    "0 week ago": {"kind": "week_offset", "weeks": 0},
    "1 week ago": {"kind": "week_offset", "weeks": -1},
    "in 1 week": {"kind": "week_offset", "weeks": 1},
    "0 month ago": {"kind": "month_offset", "months": 0},
    "1 month ago": {"kind": "month_offset", "months": -1},
    "in 1 month": {"kind": "month_offset", "months": 1},
    "0 year ago": {"kind": "year_offset", "years": 0},
    "1 year ago": {"kind": "year_offset", "years": -1},
    "in 1 year": {"kind": "year_offset", "years": 1},
}
MIN_NAME_CHARS = 3


def _folder() -> Any:
    return resources.files("storyline") / "lang" / "timex"


@cache
def pack(lang: str) -> dict[str, Any] | None:
    """Our own pack for ``lang`` with what it extends merged in, or None."""
    path = _folder() / f"{lang}.toml"
    if not re.fullmatch(r"[a-z]{2,3}(?:-[A-Za-z]{2,4})?", lang) or not path.is_file():
        return None
    data = tomllib.loads(path.read_text("utf-8"))
    base_lang = data.pop("extends", None)
    base = pack(base_lang) if base_lang else None
    if base is None:
        return data
    merged = dict(base)
    for key, value in data.items():
        if key in MERGED_TABLES and isinstance(value, dict):
            merged[key] = {**base.get(key, {}), **value}
        else:
            merged[key] = value
    return merged


@cache
def lexicon(lang: str | None) -> dict[str, Any] | None:
    """The vocabulary rules are built from: our pack, else dateparser's, else None (numbers only)."""
    if not lang:
        return None
    return pack(lang) or from_dateparser(lang)


@cache
def from_dateparser(lang: str) -> dict[str, Any] | None:
    if not re.fullmatch(r"[a-z]{2,3}", lang):
        return None
    try:
        info = importlib.import_module(f"dateparser.data.date_translation_data.{lang}").info
    except ImportError:
        return None
    months = [" ".join(_full_names(info.get(k, []))) for k in MONTH_KEYS]
    weekdays = [" ".join(_full_names(info.get(k, []))) for k in WEEKDAY_KEYS]
    if not all(months):
        return None
    phrases = {
        form.lower(): rel
        for key, rel in _RELATIVE.items()
        for form in info.get("relative-type", {}).get(key, [])
        if len(form) >= 3 and "." not in form
    }
    order = info.get("date_order", "DMY")
    return {
        "source": "dateparser",
        "months": months,
        "weekdays": weekdays if all(weekdays) else [],
        "month_day_order": order == "MDY",
        "year_first": order == "YMD",
        "phrases": phrases,
    }


def _full_names(forms: list[str]) -> list[str]:
    """Names, not abbreviations: long enough, no dot, and not the start of a longer form."""
    names = [f.lower() for f in forms if len(f) >= MIN_NAME_CHARS and "." not in f and " " not in f]
    return [n for n in dict.fromkeys(names) if not any(o != n and o.startswith(n) for o in names)]


@cache
def all_packs() -> tuple[str, ...]:
    """The languages that have a pack of their own."""
    return tuple(sorted(p.name[:-5] for p in _folder().iterdir() if p.name.endswith(".toml")))


@cache
def published_labels() -> tuple[str, ...]:
    """Every pack's words for "Published" (a label at a line start names the publication date in
    any language, so they are pooled), longest first."""
    labels = {
        label.lower() for lang in all_packs() for label in (pack(lang) or {}).get("published_labels", [])
    }
    return tuple(sorted(labels, key=len, reverse=True))


@cache
def dateline_words() -> frozenset[str]:
    """Words a date-only line may hold besides the date: time zones, "at", "updated" …"""
    return frozenset(
        w.lower() for lang in all_packs() for w in (pack(lang) or {}).get("dateline_words", "").split()
    )
