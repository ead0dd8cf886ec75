"""A regex guarded by its possible first characters finds exactly what the regex finds."""

from __future__ import annotations

import random
import re

import pytest

from storyline.analyse import timex
from storyline.analyse.regex_first import first_class, guarded

# letters whose case folding is special (Kelvin sign, long s, dotted and dotless i, final sigma)
ALPHABET = "aAbBkKsSıİiIſςσΣдДвВ -–.,:0123456789\n«»()ёЁ"


def test_the_first_characters_of_a_pattern() -> None:
    assert first_class(r"(?<!\w)(?:on\s+)?(?:may|june)\b") is not None
    got = re.compile(first_class(r"(?<!\w)(?:on\s+)?(?:may|june)\b") or "")
    assert {c for c in "omjx" if got.match(c)} == {"o", "m", "j"}
    assert re.compile(first_class(r"(?:\d{4}|[a-c]x)") or "").match("7")
    # nothing to promise: a pattern that can match nothing, any character, a negated class
    assert first_class(r"(?:ab)?") is None
    assert first_class(r".b") is None
    assert first_class(r"[^a]b") is None


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?<![\w\-])(?P<cue>(?:(?:in|on|by)(?:\s+|-(?=\w))){1,3})?(?P<m>may|sept?|kelvin)\b\.?\s*(?P<y>\d{4})?",
        r"(?<!\d)(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})",
        r"\b(?:σας|ίσως|дв[аое])\b",
        r"(?:(?P<x>ſ+)|[kı]+)\w*",
        r"(?i:мая)|june",
    ],
)
def test_a_guarded_pattern_finds_the_same_as_the_pattern(pattern: str) -> None:
    rng = random.Random(3)
    for flags in (0, re.IGNORECASE):
        plain, fast = re.compile(pattern, flags), guarded(pattern, flags)
        assert fast.groupindex == plain.groupindex and fast.groups == plain.groups
        for _ in range(300):
            text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 40)))
            text += rng.choice(["", " on may 2020", " IN Sept 1999", " 12.03.2021", " σας", " ſſk"])
            lo = rng.randint(0, 5)
            want = [(m.span(), m.groups()) for m in plain.finditer(text, lo)]
            assert [(m.span(), m.groups()) for m in fast.finditer(text, lo)] == want


GUARD = re.compile(r"\(\?=\[[^\]]*\]\)\(\?:(.*)\)", re.DOTALL)  # (?=[first])(?:pattern)


def test_every_time_rule_finds_with_its_guard_what_it_finds_without() -> None:
    rng = random.Random(9)
    samples = [
        "On 3 May 2021, later in June; 2019-2020, the 1990s. Вчера, 5 мая 2020 г., в начале 2019 года.",
        "Във вторник, 12.03.2024, през есента на 2023 г. Dne 5. května 2022. W piątek 7 marca.",
        "Il 4 maggio 2021, el 3 de mayo de 2020, le 2 juin 2019. Στις 5 Μαΐου 2021.",
    ]
    for lang in ("en", "ru", "bg", "cs", "pl", "it", "es", "fr", "el", "uk", "de", "xx"):
        for rule, _handler, _needle in timex.rules(lang).matchers:
            inner = GUARD.fullmatch(rule.pattern)
            assert inner, rule.pattern  # every time rule has a guard
            plain = re.compile(inner.group(1), rule.flags)
            for text in samples + ["".join(rng.sample(s, len(s))) for s in samples]:
                want = [(m.span(), m.groups()) for m in plain.finditer(text)]
                assert [(m.span(), m.groups()) for m in rule.finditer(text)] == want
