"""A court's noun and the place it serves, right after it, are one organisation.

Russian news names a court by its kind and the country, the region or the city in the genitive:
"верховный суд <Country>", "окружного суда <City>", "Суд <Country>" opening a headline. The noun
and its adjectives are small-letter words, so a tagger that learned names from their capitals
keeps the place alone (a place, where the name is the court's) or the capitalised adjective and
the noun without the place. Annotated Russian news marks the whole court ORG (106 of 111 such
courts with a place after them, in every topic that names one).

Where the language lists its court nouns (``body_place_nouns`` in ``lang/entities/<lang>.toml``,
their case forms): a place (or a body written in capitals: a union's abbreviation) right after such
a noun becomes one organisation with it and with the adjectives before it (the dictionary's); a
body's mention that ends with the noun right before the place ("Верховный суд" | "<Country>")
takes the place in. Not across a preposition ("суд в <City>": the court may sit there and be
another place's) nor a comma.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import cache

import regex

from storyline.model import Mention
from storyline.names.parts import data_words
from storyline.ner.morphology import for_lang

BODY = "ORG"
MAX_ADJECTIVES = 2  # "верховный апелляционный суд": more is another phrase
_WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{M}-])([\p{L}\p{M}]+)[ \t]+$")


@cache
def _nouns(lang: str) -> frozenset[str]:
    return frozenset(data_words(lang, "body_place_nouns"))


def courts_with_places(
    text: str, mentions: list[Mention], lang: str | None, rebase: Callable[[str, str], str]
) -> list[Mention]:
    """``mentions`` (sorted) with each court's noun and the place after it made one organisation."""
    if not lang or not _nouns(lang):
        return mentions
    nouns = _nouns(lang)
    morph = for_lang(lang)
    out: list[Mention] = []
    for m in mentions:
        if not _place_after(m):
            out.append(m)
            continue
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.type == BODY
            and not prev.kind
            and text[prev.end : m.start].strip(" \t") == ""
            and prev.text.split()[-1].lower() in nouns
        ):
            surface = text[prev.start : m.end]
            out[-1] = replace(prev, end=m.end, text=surface, base=rebase(surface, BODY))
            continue
        noun = _WORD_BEFORE.search(text, max(0, m.start - 40), m.start)
        if (
            noun is None
            or noun.group(1).lower() not in nouns
            or (prev is not None and prev.end > noun.start(1))
        ):
            out.append(m)
            continue
        start = noun.start(1)
        for _ in range(MAX_ADJECTIVES):
            word = _WORD_BEFORE.search(text, max(0, start - 40), start)
            if word is None or not _adjective(morph, word.group(1)):
                break
            if prev is not None and prev.end > word.start(1):
                break
            start = word.start(1)
        surface = text[start : m.end]
        out.append(replace(m, start=start, text=surface, type=BODY, base=rebase(surface, BODY)))
    return out


def _place_after(m: Mention) -> bool:
    """A place, or a body's abbreviation in capitals ("ЕС"): what a court's noun may be of."""
    if m.kind or " " in m.text and m.type != "LOC":
        return False
    return m.type == "LOC" or (m.type == BODY and m.text.isupper() and len(m.text) <= 5)


def _adjective(morph, word: str) -> bool:  # noqa: ANN001 - Morphology
    if morph is None:
        return False
    parses = [p for p in morph.analyzer.parse(word) if p.is_known]
    return bool(parses) and parses[0].tag.POS in ("ADJF", "PRTF")
