"""Words a recogniser took for names, or glued onto one, that the page's layout or grammar shows
are not (issue 16, web pages round 5).

- An agency's editors' codes closing a report ("…gewesen./abc/XY/def": the initials of the
  writers and desk, slash-separated) are no names: a mention inside such a run of short codes at
  the end of a line goes.
- In a language that capitalises every noun (``nouns_capitalised``), one capitalised word after
  a determiner and a lower-case adjective ("der große Damm", the big dam) is a common noun, not a
  place's name, unless it is a known place ("die schöne <Country>"). Places only: a company's
  one-word name takes adjectives too ("die staatliche <Company>").
- An organisation's acronym with a place after a preposition ("<ACRONYM> w <City>", Polish for
  "in") is the acronym alone: the place is where the body works, no word of its name (the
  prepositions are the language's ``loc_cues``).
- A place or body named after a person ("<Given> <Surname> di <City>": a bridge, an airport)
  ends before "of" and a known place (``place_of_words`` of the language): the city is where it
  stands. A country or a big city only: a surname may spell a small town's name.
- An office's title and a body's acronym ("Komendanta Głównego <ACR>", the Chief Commander of
  <ACR>: the language's ``titles`` or ``office_titles``, then capitalised words, then the acronym) name no one: the
  body's acronym alone is the name, an organisation.
- Two bodies' names a conjunction apart ("<Service> de <A>" | "e" | "<B> de <C>") are one name
  when the passage writes "<A> e <B> de <C>" inside another name too: the conjunction joins two
  words of one name ("… de Investigação e Prevenção de …"), as the other body's name shows,
  where a recogniser split at it (web pages round 5: a regional agency's name cut in the middle).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from storyline.model import Mention
from storyline.names import fold, given_name, is_place
from storyline.names.gazetteers import EXONYM_CITY, city, city_population, countries
from storyline.names.parts import conjunctions, data_words, entity_data, titles

# a run of two or more slash-separated codes of one to four letters closing a line
_DESK_CODES = re.compile(r"(?:/[A-Za-z]{1,4}){2,}/?[ \t]*$", re.MULTILINE)
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,7}")
_DETERMINER_ADJECTIVE = re.compile(r"(\w+) ([a-zäöüß]+(?:e|en|er|es|em)) $")


def without_loose_words(text: str, mentions: list[Mention], lang: str | None) -> list[Mention]:
    """``mentions`` less the non-names and glued words of the module's doc."""
    codes = [(c.start(), c.end()) for c in _DESK_CODES.finditer(text)]
    out: list[Mention] = []
    for m in mentions:
        if any(s <= m.start and m.end <= e for s, e in codes):
            continue
        if _common_noun_place(text, m, lang):
            continue
        out.append(_without_place_after(_acronym_alone(_title_of_acronym(m, lang), lang), lang))
    return _joined_as_elsewhere(text, out, lang)


def _joined_as_elsewhere(text: str, mentions: list[Mention], lang: str | None) -> list[Mention]:
    joining = conjunctions(lang)
    if not joining:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.type == "ORG" and m.type == "ORG" and " " in prev.text:
            between = text[prev.end : m.start]
            if between.strip() in joining and between.startswith(" ") and between.endswith(" "):
                tail = prev.text.rsplit(" ", 1)[1] + between + m.text
                if any(tail in o.text and o.text != m.text for o in mentions if o.type == "ORG"):
                    whole = text[prev.start : m.end]
                    base = f"{prev.base or prev.text}{between}{m.base or m.text}"
                    out[-1] = replace(prev, end=m.end, text=whole, base=base)
                    continue
        out.append(m)
    return out


@cache
def _folded(lang: str | None, key: str) -> frozenset[str]:
    """One word list of the language's entity vocabulary, folded (read once, not per mention)."""
    return frozenset(fold(w) for w in data_words(lang, key))


def _common_noun_place(text: str, m: Mention, lang: str | None) -> bool:
    if m.type != "LOC" or " " in m.text or not entity_data(lang).get("nouns_capitalised"):
        return False
    if not m.text[:1].isupper() or m.text.isupper() or is_place(m.text) or is_place(m.base or m.text):
        return False
    before = _DETERMINER_ADJECTIVE.search(text, max(0, m.start - 40), m.start)
    return before is not None and fold(before.group(1)) in _folded(lang, "determiners")


def _title_of_acronym(m: Mention, lang: str | None) -> Mention:
    words = m.text.split(" ")
    if (
        m.type == "PER"
        or len(words) < 2
        or not _ACRONYM.fullmatch(words[-1])
        or not _office_title(words[0], lang)
    ):
        return m
    if not all(w[:1].isupper() and not w.isupper() for w in words[:-1]):
        return m
    start = m.end - len(words[-1])
    return replace(m, start=start, text=words[-1], base=words[-1], type="ORG")


def _office_title(word: str, lang: str | None) -> bool:
    return word in titles(lang) or fold(word) in _folded(lang, "office_titles")


def _acronym_alone(m: Mention, lang: str | None) -> Mention:
    if m.type != "ORG":
        return m
    words = m.text.split(" ")
    if len(words) < 3 or not _ACRONYM.fullmatch(words[0]) or words[1] not in data_words(lang, "loc_cues"):
        return m
    if not words[2][:1].isupper():
        return m
    return replace(m, end=m.start + len(words[0]), text=words[0], base=words[0])


def _big_place(name: str, lang: str | None) -> bool:
    """A country or a city of ``EXONYM_CITY`` people or more: a surname that spells a place
    ("<Given> <Surname> de <Town>", Portuguese and Spanish surnames take "de") spells a small
    town's name far more often (web pages: a road named after a person cut at its surname)."""
    if fold(name) in countries():
        return True
    hit = city(name, lang)
    return hit is not None and city_population().get(hit[0], 0) >= EXONYM_CITY


def _without_place_after(m: Mention, lang: str | None) -> Mention:
    if m.type not in ("LOC", "ORG"):
        return m
    words = m.text.split(" ")
    of_words = data_words(lang, "place_of_words")
    if len(words) < 4 or not given_name(words[0]) or not of_words:
        return m
    for k in range(2, len(words) - 1):
        if words[k] in of_words and _big_place(" ".join(words[k + 1 :]), lang):
            kept = " ".join(words[:k])
            return replace(m, end=m.start + len(kept), text=kept, base=kept)
    return m
