"""Letters, words and scripts for any writing system.

Python's ``re`` counts a combining mark (Unicode categories Mn/Mc: Arabic vowel signs, Devanagari
matras, a decomposed accent) and the zero-width joiners Persian writes inside words as
non-word characters, so ``\\w+`` cuts such words in pieces. The ``regex`` module follows Unicode's
definition of a word character (letters, marks, digits, connector punctuation, join controls),
which keeps every letter of every script.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

# a word: letters, marks and digits, with inner hyphens and apostrophes ("Yılmaz'ın", "п'ять")
WORD = regex.compile(r"\w+(?:[-'’ʼ]\w+)*")
# letters and marks only (no digits, no underscore), apostrophes inside
LETTERS = regex.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")
APOSTROPHES = "'’ʼ"

# scripts whose letters have no upper and lower case: a capital is no sign of a name there
_CASED = frozenset({"LATIN", "CYRILLIC", "GREEK", "ARMENIAN", "COPTIC", "GLAGOLITIC", "DESERET"})


@lru_cache(maxsize=4096)
def char_script(ch: str) -> str:
    """The script of a letter as the first word of its Unicode name ("LATIN", "ARABIC", ...);
    "" for what is not a letter or mark."""
    if not (ch.isalpha() or unicodedata.category(ch).startswith("M")):
        return ""
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0] if name else ""


def script(text: str) -> str:
    """The script most letters of ``text`` are written in ("" when it has no letters)."""
    counts: dict[str, int] = {}
    for ch in text:
        s = char_script(ch)
        if s:
            counts[s] = counts.get(s, 0) + 1
    return max(counts, key=lambda s: counts[s]) if counts else ""


def is_cased(script_name: str) -> bool:
    return script_name in _CASED


def is_latin(text: str) -> bool:
    """Every letter is a Latin letter (accents and ə, ı, ş, ł included)."""
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(char_script(ch) == "LATIN" for ch in letters)


# Arabic-script spelling variants that carry no difference between two writings of one name:
# hamza seats of alef, alef maqsura / Persian ye / ye, ta marbuta / he, Persian and Arabic kaf.
_ARABIC_FOLD = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ئ": "ي", "ة": "ه", "ۀ": "ه",
    "ک": "ك", "ؤ": "و", "\u0640": None, "\u200c": None, "\u200d": None,
})  # fmt: skip


def fold_arabic(word: str) -> str:
    """An Arabic or Persian word without vowel signs, tatweel, joiners and seat variants, so that
    the Arabic إبراهيم and the Persian ابراهیم compare equal."""
    text = "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", text).translate(_ARABIC_FOLD)
