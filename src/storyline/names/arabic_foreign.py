"""A foreign person's name written in Arabic script, read with the vowels Arabic writes for it.

Arabic writes a foreign name's vowels as long ones ("ميلاغروس" for a Spanish "Milagros": ي for i
or e, و for o or u, ا for a) and its g as غ. A letter-by-letter romanisation keeps the letters
("Mylaghrws Twlwn", web pages round 11: unrecognisable). Where a word the press-spelling data
does not know reads, with those letters as vowels, as a given name known in Latin script, the
person is foreign: that given name is shown, and the words after it (the surname, in no table)
are read the same way, o and i first ("Twlwn" → "Tolon").
"""

from __future__ import annotations

import re
from itertools import product

from storyline.names.given import given_name

MAX_LETTERS = 4  # y/w/gh letters of a word tried both ways: 3**4 readings at most
_LETTERS = re.compile(r"gh|y|w", re.IGNORECASE)
# what each letter of the romanisation may stand for, the foreign name's most usual reading first
_READINGS = {"y": ("i", "e", "y"), "w": ("o", "u", "w", "v"), "gh": ("g", "gh")}


def _readings(romanised: str) -> list[str]:
    parts = _LETTERS.split(romanised)
    found = _LETTERS.findall(romanised)
    if not found or len(found) > MAX_LETTERS:
        return []
    out = []
    for choice in product(*(_READINGS[f.lower()] for f in found)):
        word = parts[0] + "".join(c + p for c, p in zip(choice, parts[1:], strict=True))
        out.append(word[:1].upper() + word[1:])
    return out


def foreign_given_name(romanised: str) -> str | None:
    """The Latin given name this letter-by-letter romanisation spells with its vowels read, if any."""
    if len(romanised) < 4 or not romanised.isalpha():
        return None
    return next((r for r in _readings(romanised) if r != romanised and given_name(r)), None)


def foreign_reading(romanised: str) -> str:
    """A word of a foreign person's name with its Arabic long vowels read (o, i) and غ as g."""
    if not romanised.isalpha():
        return romanised
    first = _readings(romanised)
    return first[0] if first else romanised
