"""A time rule is skipped where its needle (the month names, units … it cannot match without) is
absent: skipping must never lose a match. Checked in every language pack on invented text made of
the pack's own words, against running every rule everywhere."""

from __future__ import annotations

from importlib import resources

import pytest

from storyline.analyse import timex
from storyline.analyse.timex import _find_in, ascii_digits, context_data, rules

PACKS = sorted(
    p.name[:-5]
    for p in (resources.files("storyline") / "lang" / "timex").iterdir()
    if p.name.endswith(".toml")
)


def invented(lang: str) -> str:
    """A paragraph in the pack's words: dates, weekdays, phrases, seasons, durations."""
    ctx = context_data(lang)
    months = list(ctx.month_of)[:4] or ["x"]
    weekdays = list(ctx.weekday_of)[:2] or ["y"]
    phrases = list(ctx.phrases)[:3]
    units = list(ctx.unit_of)[:2]
    seasons = list(ctx.season_of)[:1]
    parts = [
        f"12 {months[0]} 2019 and {months[1 % len(months)]} 2020, then {months[-1]}.",
        f"{weekdays[0]} (3/4), {weekdays[-1]} 2016-05-07 and 1998-2001, 3.4.2005 (2011).",
        *(f"{p}." for p in phrases),
        *(f"{s} 2018." for s in seasons),
        *(f"3 {u} 2 {u}." for u in units),
    ]
    return "\n".join(parts)


def every_rule(text: str, lang: str) -> list[tuple[int, int, object]]:
    """What the rules find when each one is run over the whole text (no needles)."""
    r = rules(lang)
    saved = r.matchers
    try:
        object.__setattr__(r, "matchers", tuple((p, h, None) for p, h, _n in saved))
        return [(f.start, f.end, f.value) for f in _find_in(text, lang, 0, len(text))]
    finally:
        object.__setattr__(r, "matchers", saved)


@pytest.mark.parametrize("lang", PACKS)
def test_skipping_rules_by_their_needle_finds_the_same(lang: str) -> None:
    for text in (invented(lang), "No date at all here, nor any number.", invented("en")):
        text = ascii_digits(text)
        found = [(f.start, f.end, f.value) for f in _find_in(text, lang, 0, len(text))]
        assert found == every_rule(text, lang)
    assert every_rule(ascii_digits(invented(lang)), lang), "the invented text should hold dates"


@pytest.mark.parametrize("lang", PACKS)
def test_every_match_holds_its_rule_s_needle(lang: str) -> None:
    text = ascii_digits(invented(lang))
    for pattern, _handler, needle in rules(lang).matchers:
        for m in pattern.finditer(text):
            assert needle is None or needle.search(m.group()), (pattern.pattern[:80], m.group())


def test_a_text_without_a_rule_s_needle_skips_the_rule() -> None:
    r = rules("en")
    month_rules = [p for p, h, n in r.matchers if h is timex._bare_month]
    assert month_rules and all(n is not None for _p, h, n in r.matchers if h is timex._bare_month)
    needle = next(n for _p, h, n in r.matchers if h is timex._bare_month)
    # English month names need one of their first letters: text in another script has none
    assert needle.search("It happened in May.") and not needle.search("Это случилось вчера, 5-го.")
    digits = next(n for _p, h, n in r.matchers if h is timex._year)
    assert digits.search("in 2019") and not digits.search("in no year")
