"""A mention that is part of a place a gazetteer knows, written out around it, is the whole place.

Towns are named by their river, their region or a neighbour ("<Name> ob <River>", "<Name> pri
<Town>", "<Name> na <Region>", "<City> am <River>"), by two words a tagger has not seen together
("<Tel> <Aviv>"), or by a saint ("Sveti <Name> ob <River>"). A tagger keeps one part: the first
word, the last, or the second word typed as a person. Where the words around a mention make,
with it, a place a gazetteer knows — as written, or with the mention's own base form for its
words, which puts "<Name>u ob <River>" in the nominative, as the words after it do not decline —
the mention is that place.

Where the language says so (``known_places_around`` in ``lang/entities/<lang>.toml``). At most
``MAX_WORDS`` words on either side, capitalised words and short linking words in small letters
("ob", "pri", "am", "el"), never a linking word at the new span's end; no mention may run across
the new span's edge. Two words a gazetteer knows only as one name are rare enough among
neighbours ("<Town> in <Town>") that the known whole decides.
"""

from __future__ import annotations

import regex

from storyline.model import Mention
from storyline.names import is_place
from storyline.names.parts import entity_data

PLACE = "LOC"
MAX_WORDS = 3  # words a place's name has around the part a tagger kept
MAX_LINK = 3  # letters of a linking word in small letters inside a place's name ("ob", "pri", "am")
_WORD = regex.compile(r"[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*\.?")


def whole_known_places(
    text: str, mentions: list[Mention], lang: str | None, bounds: tuple[int, int]
) -> list[Mention]:
    """``mentions`` with each one that is part of a known place written around it (the module's
    doc) made that place."""
    if not lang or not entity_data(lang).get("known_places_around"):
        return mentions
    out = list(mentions)
    for m in mentions:
        if m not in out or m.kind:
            continue
        found = _widest(text, m, out, bounds)
        if found is None:
            continue
        start, end, base = found
        inside = [x for x in out if start <= x.start and x.end <= end]
        out = [x for x in out if x not in inside] + [Mention(start, end, text[start:end], PLACE, base, lang)]
    return sorted(out, key=lambda x: (x.start, -x.end))


def _widest(
    text: str, m: Mention, mentions: list[Mention], bounds: tuple[int, int]
) -> tuple[int, int, str] | None:
    """The widest span around ``m`` that is a known place: (start, end, base form)."""
    before = _words_before(text, m.start, bounds[0])
    after = _words_after(text, m.end, bounds[1])
    best: tuple[int, int, str] | None = None
    for i in range(len(before) + 1):
        for j in range(len(after) + 1):
            if not i and not j:
                continue
            left = before[len(before) - i :] if i else []
            right = after[:j]
            if left and _linking(left[0].group()) or right and _linking(right[-1].group()):
                continue  # a place's name neither opens nor ends with a small linking word
            start = left[0].start() if left else m.start
            end = right[-1].end() if right else m.end
            if any((x.start < start < x.end) or (x.start < end < x.end) for x in mentions if x is not m):
                continue
            if best is not None and end - start <= best[1] - best[0]:
                continue
            surface = text[start:end]
            based = text[start : m.start] + (m.base or m.text) + text[m.end : end]
            if is_place(based):
                best = (start, end, based)
            elif is_place(surface):
                best = (start, end, surface)
    return best


def _words_before(text: str, start: int, lo: int) -> list[regex.Match]:
    """Up to ``MAX_WORDS`` words right before ``start``, one space apart, nearest last."""
    words: list[regex.Match] = []
    at = start
    while len(words) < MAX_WORDS and at - 1 > lo and text[at - 1] == " ":
        found = None
        for w in _WORD.finditer(text, max(lo, at - 40), at - 1):
            if w.end() == at - 1:
                found = w
        if found is None or not _name_part(found.group()):
            break
        words.insert(0, found)
        at = found.start()
    return words


def _words_after(text: str, end: int, hi: int) -> list[regex.Match]:
    """Up to ``MAX_WORDS`` words right after ``end``, one space apart."""
    words: list[regex.Match] = []
    at = end
    while len(words) < MAX_WORDS and at < hi and text[at : at + 1] == " ":
        found = _WORD.match(text, at + 1, hi)
        if found is None or not _name_part(found.group()):
            break
        words.append(found)
        at = found.end()
    return words


def _name_part(word: str) -> bool:
    return word[:1].isupper() or _linking(word)


def _linking(word: str) -> bool:
    return word.islower() and len(word) <= MAX_LINK and "." not in word
