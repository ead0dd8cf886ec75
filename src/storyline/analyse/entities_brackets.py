"""An organisation's abbreviation in brackets after its name is its own, wherever it is written.

"the Faculty of Arts of Nordvik University (FA NU)", "Filozofická fakulta Univerzity Karlovy (FF
UK)": the text spells the abbreviation out itself. A tagger reads the bracket's parts on their own
— a two-letter part that a country's code also is becomes that country ("UK", "NU"), and the
rest is lost — and reads the abbreviation the same way every time the passage writes it again
("the shooting at FF UK" placed in Britain). Here the bracket is checked against the name before
it: when the abbreviation's letters are the initials of the name's words, in order (a word may
give more than its initial, a short lower-case word — of, na, и — may give none), and the name is
an organisation, the bracket and every later occurrence of the same abbreviation in the passage
are that organisation: written whole where the tagger took a part, typed ORG where the tagger read
a place, found where the tagger missed it. Where the tagger gave the whole abbreviation a type of
its own other than a place, that type stays (the BSNLP annotators type a policy's or a product's
abbreviation apart from the body that runs it, and where the name's own type is wrong the
abbreviation's is often right). A bracket whose letters are not the name's initials ("Nordvik
(Norway)", "the ministry (MFA)" after another name) is left as it is.
"""

from __future__ import annotations

import regex

from storyline.model import Mention

# "(FF UK)", "(N.U.)", "(ЕЦБ)": capitals, with spaces, dots or hyphens between, at most 10 letters
_BRACKET = regex.compile(r"[ \t]*\((\p{Lu}[\p{Lu}\p{Ll}.\- ]{0,14}\p{Lu}\.?)\)")
_LETTERS = regex.compile(r"\p{L}")
MIN_LETTERS = 2
MAX_SKIPPED = 3  # a lower-case word this short may give no letter (of, na, и, der)


def _initials_fit(letters: str, words: list[str]) -> bool:
    """Each word in order gives the next letter (its initial) and maybe more of its own letters,
    in order; a short lower-case word may give none; every letter is used."""

    def fits(pos: int, w: int) -> bool:
        if w == len(words):
            return pos == len(letters)
        word = words[w]
        if len(word) <= MAX_SKIPPED and word.islower() and fits(pos, w + 1):
            return True
        if pos >= len(letters) or word[0].lower() != letters[pos]:
            return False
        j = pos + 1
        if fits(j, w + 1):
            return True
        for ch in word[1:]:
            if j < len(letters) and ch.lower() == letters[j]:
                j += 1
                if fits(j, w + 1):
                    return True
        return False

    return fits(0, 0)


def _spelled_out(text: str, m: Mention) -> tuple[int, int] | None:
    """The span of the abbreviation in brackets right after ``m`` when its letters are the
    initials of ``m``'s words."""
    bracket = _BRACKET.match(text, m.end)
    if not bracket:
        return None
    letters = "".join(_LETTERS.findall(bracket.group(1))).lower()
    words = regex.findall(r"[\p{L}\p{M}]+", m.text)
    upper_letters = sum(ch.isupper() for ch in bracket.group(1))
    # most of its letters capitals ("FF UK", "ЕЦБ"), more than one word to spell it out
    if len(letters) < MIN_LETTERS or upper_letters * 2 < len(letters) or len(words) < 2:
        return None
    return bracket.span(1) if _initials_fit(letters, words) else None


def abbreviations_spelled_out(text: str, mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """``mentions`` of ``text[start:end]`` (sorted) with each abbreviation the passage spells
    out made one mention of its name's type, at the bracket and wherever else it is written."""
    found: dict[str, Mention] = {}  # the abbreviation as written → the name it stands for
    for m in mentions:
        span = _spelled_out(text, m)
        if span and m.kind is None and m.type == "ORG":
            found.setdefault(text[span[0] : span[1]], m)
    if not found:
        return mentions
    out = list(mentions)
    for abbr, name in found.items():
        pattern = regex.compile(r"(?<![\p{L}\p{M}\d])" + regex.escape(abbr) + r"(?![\p{L}\p{M}\d])")
        for hit in pattern.finditer(text, start, end):
            a, b = hit.span()
            inside = [m for m in out if a <= m.start and m.end <= b]
            # written inside a longer name the tagger found, it is that name's part
            if any(m.start < b and a < m.end for m in out if m not in inside):
                continue
            if any((m.start, m.end) == (a, b) and m.type != "LOC" for m in inside):
                continue  # the tagger's own reading of the whole abbreviation stays
            out = [m for m in out if m not in inside]
            out.append(Mention(a, b, abbr, "ORG", abbr, name.lang))
    return sorted(out, key=lambda m: (m.start, -m.end))
