"""Drop-cap repair: "Р уският президент" → "Руският президент".

Web pages style an article's first letter as a separate element; text extraction then leaves it
one space away from the rest of its word. At the start of the text or of a paragraph, a lone
capital followed by a space and a lower-case word of the same script is joined to it when
- the capital is not a one-letter word of any language of that script ("В", "С", "A", "I" …), or
- it is such a word, the line is the first of the text, and the joined token is a known word
  while the rest alone is not (simplemma's word lists of the languages that have this one-letter
  word), e.g. "А нализът" → "Анализът" but "В ответ" stays. Word lists take seconds to load,
  so they are consulted only for a text's first word.
"""

from __future__ import annotations

import re
from functools import cache

from storyline.ingest.vocab import load_vocab

_DROP_CAP = re.compile(r"(?m)^([^\W\d_])[ \u00a0]([^\W\d_]+)")
_CYRILLIC_LANGS = ("ru", "bg", "uk")
_LATIN_LANGS = ("en", "cs", "pl", "sl")


@cache
def _one_letter_langs(letter: str, cyrillic: bool) -> tuple[str, ...]:
    """The languages of this script in which ``letter`` alone is a word."""
    vocab = load_vocab()
    langs = _CYRILLIC_LANGS if cyrillic else _LATIN_LANGS
    return tuple(
        code for code in langs if code in vocab.langs and letter in vocab.langs[code].one_letter_words
    )


def _known(word: str, langs: tuple[str, ...]) -> bool:
    try:
        import simplemma
    except ImportError:  # optional: without word lists only non-words are joined
        return False
    return any(simplemma.is_known(word, lang=lang) for lang in langs)


def _same_script(a: str, b: str) -> bool:
    return _cyr(a) == _cyr(b[0])


def _cyr(ch: str) -> bool:
    return "\u0400" <= ch <= "\u052f"


def repair_drop_caps(text: str) -> str:
    def join(match: re.Match[str]) -> str:
        letter, rest = match.group(1), match.group(2)
        if not letter.isupper() or not rest[0].islower() or not _same_script(letter, rest):
            return match.group(0)
        langs = _one_letter_langs(letter.lower(), _cyr(letter))
        if not langs:
            return letter + rest
        if match.start() == 0 and _known(letter + rest, langs) and not _known(rest, langs):
            return letter + rest
        return match.group(0)

    return _DROP_CAP.sub(join, text)
