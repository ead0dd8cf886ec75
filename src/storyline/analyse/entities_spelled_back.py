"""A name the text spells out before its abbreviation in brackets, of which a tagger kept only
the last words.

"na podporu Rozhlasu a televize <Country> (RT<X>)": the tagger reads the country's genitive at the
end as the country and leaves the broadcaster's first words out (web pages round 12 N2: the
country shown where the text names a broadcaster). The bracket says how far back the name goes:
its letters are the initials of the name's words, in order (``entities_brackets``: a word may
give more than its initial, a short lower-case word none). A mention right before such a
bracket whose own words do not spell it, but which with the words before it on the same line
does, from a capitalised first word on, is that longer name: one organisation (``entities_brackets``
then makes the bracket and its other occurrences the same body). A name the words before do not
spell out is left as it is ("<Town> (EU)"), and so is a place after capitalised words alone
(``_a_body``).
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from storyline.analyse.entities_brackets import _BRACKET, _LETTERS, MAX_SKIPPED, MIN_LETTERS, _initials_fit
from storyline.model import Mention
from storyline.names import is_place

_WORD_BEFORE = regex.compile(r"([\p{L}\p{M}]+)[ \t]+$")
EXTRA_WORDS = 2  # words of the name past one per letter: the short lower-case ones that give none
LOOK_BACK = 40  # characters before a word where the word before it may start


def names_spelled_back(
    text: str, mentions: list[Mention], rebase: Callable[[str, str], str], start: int
) -> list[Mention]:
    """``mentions`` of ``text`` (from ``start`` on) with each name cut short before its spelled-out
    abbreviation made whole (the module's doc)."""
    out = list(mentions)
    for m in mentions:
        if m.kind is not None or m not in out:
            continue
        letters = _letters_after(text, m)
        if letters is None:
            continue
        words = regex.findall(r"[\p{L}\p{M}]+", m.text)
        if _initials_fit(letters, words):
            continue  # spelled out by its own words: ``entities_brackets``, or a word's own letters
        begin = _spelled_from(text, m.start, words, letters, start)
        if begin is None or (m.type == "LOC" and not _a_body(text, begin, m)):
            continue
        surface = text[begin : m.end]
        etype = "LOC" if is_place(surface) else "ORG"
        whole = Mention(begin, m.end, surface, etype, rebase(surface, etype), m.lang)
        out = [x for x in out if not (begin <= x.start and x.end <= m.end)] + [whole]
    return sorted(out, key=lambda x: (x.start, -x.end))


def _a_body(text: str, begin: int, place: Mention) -> bool:
    """A place's name at the end is taken into a longer name only where a common noun in small
    letters stands among the words before (the Slavic languages write a body's words after the
    first so: "Rozhlasu a televize <Country>", "Международные авиалинии <Country>"). A phrase of
    capitalised words and a country ("Warga Negara <Country> (WN…)", its citizens) is no body
    by its letters alone, though a tagger may read the bracket as one."""
    return any(w.islower() and len(w) > MAX_SKIPPED for w in text[begin : place.start].split())


def _letters_after(text: str, m: Mention) -> str | None:
    """The letters of the abbreviation in brackets right after ``m``, in lower case, when most
    are capitals."""
    bracket = _BRACKET.match(text, m.end)
    if not bracket:
        return None
    letters = "".join(_LETTERS.findall(bracket.group(1))).lower()
    capitals = sum(ch.isupper() for ch in bracket.group(1))
    if len(letters) < MIN_LETTERS or capitals * 2 < len(letters):
        return None
    return letters


def _spelled_from(text: str, at: int, words: list[str], letters: str, start: int) -> int | None:
    """Where the shortest run of words before ``at`` (on the same line, spaces only between)
    begins that, with ``words``, spells ``letters`` from a capitalised first word."""
    before: list[str] = []
    pos = at
    while len(before) + len(words) < len(letters) + EXTRA_WORDS:
        found = _WORD_BEFORE.search(text, max(start, pos - LOOK_BACK), pos)
        if found is None:
            return None
        before.insert(0, found.group(1))
        pos = found.start(1)
        if before[0][:1].isupper() and _initials_fit(letters, before + words):
            return pos
    return None
