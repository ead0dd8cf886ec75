"""A name written in its text's own letters with its Latin-script original beside it in brackets:
«<Cyrillic name>» («<Latin name>»). The writer says the two are one name, so they are one entity,
which is then shown by the form the source writes in Latin letters (``_display_name``) instead of
a romanisation of the transliteration, a spelling no source writes (issue 16)."""

from __future__ import annotations

import re
from collections.abc import Callable

from storyline.model import Mention
from storyline.names.keys import phonetic, skeleton
from storyline.names.script import is_cased, is_latin, script
from storyline.names.translit import to_latin

# between the two names: a closing quote, an opening bracket, an opening quote; after the Latin
# one, a closing quote and the closing bracket
_BETWEEN = re.compile(r"[»”“\"'’]?\s*\(\s*[«„“\"']?\s*")
_AFTER = re.compile(r"\s*[»”“\"'’]?\s*\)")


def glossed_pairs(mentions: list[Mention], text: str, family: Callable[[str], str]) -> list[tuple[int, int]]:
    """(name, Latin original) index pairs of consecutive mentions "<name> (<Latin name>)" of one
    type family (``family``: a type's), where the name is in another cased script (Cyrillic,
    Greek) and its romanisation opens each word as the Latin one does: a transliteration, not a
    translation or another name said in brackets."""
    order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
    pairs = []
    for a, b in zip(order, order[1:], strict=False):
        ma, mb = mentions[a], mentions[b]
        if family(ma.type) != family(mb.type):
            continue
        if not _BETWEEN.fullmatch(text[ma.end : mb.start]) or not _AFTER.match(text[mb.end : mb.end + 4]):
            continue
        if is_latin(ma.text) or not is_cased(script(ma.text)) or not is_latin(mb.text):
            continue
        if _code(mb.text) and not ma.text.isupper():
            continue  # a city's airport by its code ("Пиза (PSA)"): another place
        if transliterates(ma.text, ma.lang, mb.text):
            pairs.append((a, b))
    return pairs


MAX_CODE = 3  # letters of a code in capitals: an airport's (PSA), a currency's


def _code(name: str) -> bool:
    """A code in capital letters only (PSA), not a name written in capitals (COVID-19)."""
    return name.isalpha() and name.isupper() and len(name) <= MAX_CODE


def transliterates(name: str, lang: str | None, latin: str) -> bool:
    """Whether ``name`` reads as the Latin-script ``latin`` word for word: as many words, each
    opening with the same consonant (or both with a vowel) by sound."""
    ours, theirs = to_latin(name, lang).split(), latin.split()
    if len(ours) != len(theirs):
        return False
    return all(_openings(x) & _openings(y) for x, y in zip(ours, theirs, strict=True))


# a Latin j or g is written дж (read "i" by the sound key): General, Дженерал
_SAME_OPENING = {"g": "gi", "i": "gi"}


def _openings(word: str) -> set[str]:
    """How a word opens by sound: its first letter's sound key (a vowel as "", and the letters
    ``_SAME_OPENING`` writes alike) and its first consonant."""
    key = phonetic(word)
    if not key:
        return set()
    first = "" if key[:1] in "aeo" else key[:1]
    return {*(_SAME_OPENING.get(first, first) or [""]), skeleton(key)[:1] or ""}
