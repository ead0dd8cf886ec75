"""Words that name a kind of thing, never one thing by themselves.

"Embassy", "Tribunal", "Forum", "Constitution" are common nouns even when a sentence starts with
them or the writer capitalises them for emphasis: a tagger that sees a capital letter takes them
for names. Each language lists them in ``generic_nouns`` (``lang/entities/<lang>.toml``); a word
ending in ``*`` is a stem that takes the language's case endings (up to ``MAX_ENDING`` letters).
Such a word is no name alone ("Embassy") or last after lower-case words (German "von Experten");
with another capitalised word it is part of a name ("Trybunał Konstytucyjny", "Embassy of Norway")
and stays. A title with only lower-case words after it is no name either ("Deputy speaker of the
Slovak parliament").

Nouns that stand for one body by convention when capitalised ("the Commission", "the Union",
"Parliament", "Congress") are not listed: annotated news counts them as names.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from storyline.names.parts import entity_data

MAX_ENDING = 4


@dataclass(frozen=True)
class GenericNouns:
    words: frozenset[str]
    stems: tuple[str, ...]

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        w = word.lower()
        if w in self.words:
            return True
        return any(w.startswith(s) and len(w) - len(s) <= MAX_ENDING for s in self.stems)


@cache
def generic_nouns(lang: str | None) -> GenericNouns:
    """The language's generic nouns and English ones: English words turn up in every page (an
    embedded post, a caption, "am Airport" in a German report), and alone they name nothing there."""
    listed = []
    for code in {lang, "en"} if lang else ():
        listed += str(entity_data(code).get("generic_nouns", "")).lower().split()
    return GenericNouns(
        frozenset(w for w in listed if not w.endswith("*")),
        tuple(sorted({w[:-1] for w in listed if w.endswith("*")}, key=len, reverse=True)),
    )


def is_bare_generic(words: list[str], lang: str | None, titles: frozenset[str] = frozenset()) -> bool:
    """True when a mention of ``words`` names nothing but a generic noun or a title: its only
    capitalised word is one, and it stands alone ("Embassy") or last after lower-case words ("von
    Experten"), or is a title with lower-case words around it ("Deputy speaker of the parliament").
    A generic noun first with lower-case words after it is a Slavic official name ("Ministrstvo za
    zdravje", "Министерство иностранных дел"): only the first word is capitalised there."""
    if len(words) == 1 and words[0] in generic_nouns(lang):
        return True  # in lower case too ("the memorandum" once a date is cut off it)
    capitalised = [i for i, w in enumerate(words) if w[:1].isupper()]
    if len(capitalised) != 1:
        return False
    word = words[capitalised[0]]
    if word.lower() in titles:
        return True
    # last: lower-case words before it only ("francuskie Ministerstwo Spraw …" is a name)
    return word in generic_nouns(lang) and capitalised[0] == len(words) - 1
