"""Whether a person's name that opens its sentence is a woman as its subject, by the gender of
the sentence's past-tense verb — for the base form of a name whose words alone cannot tell:
"Beata Kolda" is a woman's nominative and, letter for letter, the genitive of a man's "Beat
Kold"; "Beata Kolda … je izpostavila" is hers. In the languages whose past tense shows gender
(cs, pl, sl ...) a name before the verb at the start of a sentence is its subject.

Data in ``lang/entities/<lang>.toml``: ``lemma_past_endings``, how the singular past-tense form
ends by gender ({ feminine = "la", masculine = "l" }); a word counts as a verb's form where the
language's word list gives it a lemma that ends as the infinitive does (``lemma_infinitive_endings``).
"""

from __future__ import annotations

import re
from functools import cache

from storyline.ner import lemma_lexicon

REACH = 300  # characters after the name in which its verb is looked for
LOOK_BACK = 40  # characters before it in which the sentence's start is looked for
_WORD_OR_END = re.compile(r"[^\W\d_]+|[.!?]", re.UNICODE)
_OPENERS = "\"'«»„“”‚‘’([-–—*•"  # marks that may stand between a sentence's start and its first word
_SENTENCE_ENDS = ".!?:\n"
MIN_STEM = 2  # letters of a verb form before its ending


@cache
def _past_endings(lang: str) -> tuple[tuple[str, str], ...]:
    """(ending, "f" or "m"), longest first: Polish "-ła" before "-ł"."""
    from storyline.names.parts import entity_data

    raw = entity_data(lang).get("lemma_past_endings", {})
    pairs = [(e, g[0]) for g, es in raw.items() for e in str(es).split()]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


@cache
def _verb_endings(lang: str) -> tuple[str, ...]:
    from storyline.names.parts import data_words

    return data_words(lang, "lemma_infinitive_endings")


def _opens_a_sentence(text: str, start: int) -> bool:
    # a window, not the whole text before it: asked for every person's name of a document
    before = text[max(0, start - LOOK_BACK) : start].rstrip().rstrip(_OPENERS).rstrip()
    return before[-1] in _SENTENCE_ENDS if before else start <= LOOK_BACK


def _past_gender(word: str, lang: str) -> str | None:
    low = word.lower()
    for ending, gender in _past_endings(lang):
        if low.endswith(ending) and len(low) - len(ending) >= MIN_STEM:
            found = lemma_lexicon.lemma(low, lang)
            if found is not None and found.endswith(_verb_endings(lang)):
                return gender
    return None


def woman_as_subject(text: str, start: int, end: int, lang: str) -> bool:
    """Whether ``text[start:end]`` opens its sentence and the first past-tense form after it in
    the sentence is feminine."""
    if not _past_endings(lang) or not _verb_endings(lang) or not _opens_a_sentence(text, start):
        return False
    for m in _WORD_OR_END.finditer(text, end, min(len(text), end + REACH)):
        if m.group() in ".!?":
            return False
        if (gender := _past_gender(m.group(), lang)) is not None:
            return gender == "f"
    return False
