"""A regex's possible first characters, as a guard in front of it.

A pattern that opens with a look-behind and optional parts (the time-expression rules: an
optional cue word, then a month name) gives Python's regex engine nothing to skip ahead by: at
every position it tries each alternative of each optional part, one by one (case-insensitive
literals get no fast path). Every match must still begin with one of a known set of characters
— the first letters of the alternatives, a digit — so ``guarded`` puts that set in front as a
look-ahead: at a position where no match can begin the engine stops after one class test. The
matches are the same (the look-ahead only excludes positions where the pattern could not match),
so are the groups (the look-ahead captures nothing). Where the set cannot be worked out (a
negated class, any character, a back-reference, a pattern that can match nothing) the pattern is
compiled as it is.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}
_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}


class _Unknown(Exception):
    """The first characters cannot be listed: no guard."""


def _char(code: int) -> str:
    return f"\\U{code:08x}"


def _first(items: Any) -> tuple[set[str], bool]:
    """(class pieces any match of the sequence ``items`` can begin with, can it match empty)."""
    pieces: set[str] = set()
    for op, av in items:
        got, nullable = _first_of(op, av)
        pieces |= got
        if not nullable:
            return pieces, False
    return pieces, True


def _first_of(op: Any, av: Any) -> tuple[set[str], bool]:
    if op is sre.LITERAL:
        return {_char(av)}, False
    if op is sre.IN:
        out = set()
        for kind, value in av:
            if kind is sre.LITERAL:
                out.add(_char(value))
            elif kind is sre.RANGE:
                out.add(_char(value[0]) + "-" + _char(value[1]))
            elif kind is sre.CATEGORY and value in _CATEGORIES:
                out.add(_CATEGORIES[value])
            else:  # a negated class, a range of another kind
                raise _Unknown
        return out, False
    if op is sre.BRANCH:
        out, nullable = set(), False
        for branch in av[1]:
            got, empty = _first(branch)
            out |= got
            nullable = nullable or empty
        return out, nullable
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:  # a scoped flag (case) would change what the class matches
            raise _Unknown
        return _first(sub)
    if op in _REPEATS:
        low, _high, sub = av
        got, empty = _first(sub)
        return got, empty or low == 0
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _first(av)
    if op in _ZERO_WIDTH:  # a position, not a character: the next item says what comes first
        return set(), True
    raise _Unknown  # any character, a negated literal, a back-reference, a conditional


def first_class(pattern: str, flags: int = 0) -> str | None:
    """A character class that every match of ``pattern`` begins with, or None."""
    try:
        pieces, nullable = _first(_parser.parse(pattern, flags))
    except _Unknown:
        return None
    if nullable or not pieces:
        return None
    return "[" + "".join(sorted(pieces)) + "]"


def guarded(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, with a look-ahead of its first characters in front where
    they can be listed: the same matches, found faster."""
    first = first_class(pattern, flags)
    if first is None:
        return re.compile(pattern, flags)
    try:
        return re.compile(f"(?={first})(?:{pattern})", flags)
    except re.error:  # global inline flags, which must open the pattern
        return re.compile(pattern, flags)
