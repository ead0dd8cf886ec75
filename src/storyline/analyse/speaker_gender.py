"""Gender agreement of a speech verb and who speaks, in languages whose past tense marks it.

"Директор театра добавила", "Anna Nowak powiedziała", "řekla mluvčí": a feminine verb never
takes a man as its speaker, nor a masculine one a woman. The verb's gender comes from pymorphy3
where the language has a dictionary (ru, uk), else from the endings of its past-tense forms
(``[verb_gender]`` in ``lang/findings/quotes.<lang>.toml``). A person's gender comes from votes
that must not disagree: the first name (``names.given``), the dictionary's name tags (ru, uk)
and the surname's ending (``[surname_gender]`` in ``quotes.toml``). Where either side is
unknown they agree: a language without the data attributes as before.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from storyline.analyse.phrases import data
from storyline.model import Mention
from storyline.names.given import given_name

# a neuter verb ("издание сообщило") has no person for its subject, but a typo's neuter must not
# drop a named speaker: only feminine and masculine count
_GENDERS = {"femn": "f", "masc": "m"}


@cache
def _verb_endings(lang: str) -> dict[str, tuple[str, ...]]:
    raw = data("quotes", lang).get("verb_gender", {})
    return {g: tuple(raw.get(g, ())) for g in ("f", "m")}


@cache
def _surname_endings() -> dict[str, tuple[str, ...]]:
    raw = data("quotes").get("surname_gender", {})
    return {g: tuple(raw.get(g, ())) for g in ("f", "m")}


@cache
def _morph(lang: str) -> str | None:
    return data("quotes", lang).get("morph")


def verb_gender(lang: str | None, words: list[str]) -> str | None:
    """ "f" or "m" where a word of the cue is a singular past-tense form that shows it
    ("добавила", "сказав", "powiedziała", "řekl"); None for the present, the plural, a
    Bulgarian aorist ("каза") and languages without the data."""
    if not lang:
        return None
    for word in words:
        g = _word_gender(lang, word.lower())
        if g is not None:
            return g
    return None


@lru_cache(maxsize=20_000)
def _word_gender(lang: str, word: str) -> str | None:
    morph = _morph(lang)
    if morph:
        from storyline.analyse.speakers import _analyzer

        genders = {
            _GENDERS.get(p.tag.gender or "")
            for p in _analyzer(morph).parse(word)
            if p.score >= 0.05 and p.tag.POS == "VERB" and "past" in p.tag and "plur" not in p.tag
        }
        return genders.pop() if len(genders) == 1 and None not in genders else None
    endings = _verb_endings(lang)
    # the longest ending decides: Polish "-ła" (feminine) before "-ł" (masculine)
    hits = [
        (len(e), g) for g in ("f", "m") for e in endings[g] if word.endswith(e) and len(word) > len(e) + 1
    ]
    return max(hits)[1] if hits else None


def person_gender(m: Mention, lang: str | None = None) -> str | None:
    """ "f" or "m" where the name shows it and nothing in it says otherwise; None when it
    cannot be told ("Kim", a foreign surname alone) or the signs disagree."""
    if m.type != "PER":
        return None
    return _name_gender(m.base or m.text, _morph(lang) if lang else None)


@lru_cache(maxsize=50_000)
def _name_gender(name: str, morph: str | None) -> str | None:
    words = re.findall(r"\w+", name)
    if not words:
        return None
    votes: set[str] = set()
    if len(words) >= 2 or not _surname(words[0]):
        g = given_name(words[0])
        if g in ("f", "m"):
            votes.add(g)
    last = words[-1].lower()
    if len(words) >= 2 or votes == set():
        hits = [(len(e), g) for g in ("f", "m") for e in _surname_endings()[g] if last.endswith(e)]
        if hits:
            votes.add(max(hits)[1])
    if morph:
        from storyline.analyse.speakers import _analyzer

        for word in (words[0], words[-1]):
            tagged = {
                _GENDERS.get(p.tag.gender or "")
                for p in _analyzer(morph).parse(word.lower())
                if p.score >= 0.05 and ("Name" in p.tag or "Surn" in p.tag) and p.tag.case == "nomn"
            } - {None}
            if len(tagged) == 1:
                votes |= tagged
    return votes.pop() if len(votes) == 1 else None


def _surname(word: str) -> bool:
    low = word.lower()
    return any(low.endswith(e) for g in ("f", "m") for e in _surname_endings()[g])


def agrees(gender: str | None, m: Mention, lang: str | None = None) -> bool:
    """Whether the person (or organisation, place) can be the subject of a verb of this gender."""
    if gender is None or m.type != "PER":
        return True
    return person_gender(m, lang) in (gender, None)
