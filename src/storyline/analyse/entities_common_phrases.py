"""Common words that a tagger reads into or out of a name (audit round 27, web pages round 4).

- A common noun of several words that the language capitalises in running text or that holds a
  title's word (``common_phrases``: Indonesian "Ibu Kota", the capital, whose "Ibu" is also
  "Mrs"): no part of a name. A mention that holds the phrase's last words, its first ones right
  before it, begins after the phrase ("Ibu Kota <Country>" names the country); one that is
  nothing but the phrase is none.
- A field of study after a word for a faculty or a department and its preposition
  (``study_words``: Italian "facoltà di Medicina", the faculty of medicine): a subject, no name,
  whatever its capital says; a tagger may take it for a person's surname, and linking then joins
  it to a person. Only a one-word mention right after the words, the faculty's word in small
  letters: "Facoltà di Medicina" capitalised whole is the faculty's name, which a tagger finds
  whole.
- A transliterated English name with "of" inside ("Тајмс Оф Индија", The Times of India;
  ``name_inner_words``): a mention the tagger began at "Оф" takes in the capitalised word before
  it, which it had left out, and a mention of that word alone goes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import cache

import regex

from storyline.model import Mention
from storyline.names.parts import data_words, entity_data

Rebase = Callable[[str, str], str]  # (surface, type) → base form

_WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{M}\p{N}])(\p{Lu}[\p{L}\p{M}]*)[ \t]+$")
_TWO_WORDS_BEFORE = regex.compile(r"(?<![\p{L}\p{M}\p{N}])([\p{L}\p{M}]+)[ \t]+([\p{L}\p{M}]+)[ \t]+$")
_FIRST_WORD = regex.compile(r"[\p{L}\p{M}]+")
LOOK_BACK = 60


@cache
def _phrases(lang: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(p.lower().split()) for p in entity_data(lang).get("common_phrases", []))


def fixed(text: str, mentions: list[Mention], lang: str | None, rebase: Rebase) -> list[Mention]:
    """``mentions`` of one passage with the module's common words read (see its doc)."""
    if not lang:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        kept = _without_common_phrase(text, m, lang, rebase)
        if kept is None or _field_of_study(text, kept, lang):
            continue
        out.append(kept)
    return _with_word_before_inner(text, out, lang, rebase)


def _without_common_phrase(text: str, m: Mention, lang: str, rebase: Rebase) -> Mention | None:
    if not _phrases(lang):
        return m  # most languages list none: no mention's words are read
    words = list(_FIRST_WORD.finditer(text, m.start, m.end))
    for phrase in _phrases(lang):
        for inside in range(len(phrase), 0, -1):  # the phrase's last ``inside`` words open the mention
            if len(words) < inside or [w.group().lower() for w in words[:inside]] != list(phrase[-inside:]):
                continue
            before = phrase[: len(phrase) - inside]
            if before and not _preceded_by(text, m.start, before):
                continue
            if len(words) == inside:
                return None  # the common noun alone
            start = words[inside].start()
            if not text[start].isupper():
                return None
            surface = text[start : m.end]
            return replace(m, start=start, text=surface, base=rebase(surface, m.type))
    return m


def _preceded_by(text: str, start: int, words: tuple[str, ...]) -> bool:
    """The words right before ``start`` are ``words`` (in any case), in order."""
    pattern = r"(?:[\p{L}\p{M}]+[ \t]+){" + str(len(words)) + "}$"
    found = regex.search(pattern, text[max(0, start - LOOK_BACK) : start])
    return found is not None and [w.lower() for w in found.group().split()] == list(words)


def _field_of_study(text: str, m: Mention, lang: str) -> bool:
    if " " in m.text.strip():
        return False
    found = _TWO_WORDS_BEFORE.search(text[max(0, m.start - LOOK_BACK) : m.start])
    if found is None or not found.group(1)[:1].islower():
        return False
    study = {w.lower() for w in data_words(lang, "study_words")}
    after = {w.lower() for w in data_words(lang, "connectors") + data_words(lang, "study_connectors")}
    return found.group(1).lower() in study and found.group(2).lower() in after


def _with_word_before_inner(text: str, mentions: list[Mention], lang: str, rebase: Rebase) -> list[Mention]:
    inner = {w.lower() for w in data_words(lang, "name_inner_words")}
    if not inner:
        return mentions
    out = list(mentions)
    grown: list[Mention] = []
    for i, m in enumerate(out):
        first = _FIRST_WORD.match(text, m.start)
        if first is None or first.group().lower() not in inner or not first.group()[:1].isupper():
            continue
        before = _WORD_BEFORE.search(text[max(0, m.start - LOOK_BACK) : m.start])
        if before is None:
            continue
        start = m.start - len(before.group())
        surface = text[start : m.end]
        out[i] = replace(m, start=start, text=surface, base=rebase(surface, m.type))
        grown.append(out[i])
    # the word before, found alone, is now inside the grown name
    return [m for m in out if not any(g is not m and g.start <= m.start and m.end <= g.end for g in grown)]
