"""A single capitalised word in quotation marks inside a sentence is a body's name, in a language
whose news writes companies, agencies and pollsters so ("quoted_word_type" in
``lang/entities/<lang>.toml``: Ukrainian «Нордгаз», "Холмбінформ").

The Ukrainian tagger misses such a word alone in its marks more often than not — it learned names
from their capitals and their neighbours, and a quoted word has neither — while the annotated news
marks it, an organisation, in every topic (companies, news agencies, a pollster, a clinic). A word
the passage also writes in small letters or a word of the language's word list is a quoted
common word, a slogan or a heading ("Прийняти", "Коронавірус"), not a name; a word at a sentence's start
(no small letter, digit or comma before the mark) is left alone for the same reason. Added before
the second pass, so that the name's other, unquoted occurrences are found with it.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from storyline.model import Mention
from storyline.names.parts import entity_data
from storyline.ner import lemma_lexicon

_QUOTED = regex.compile(r"(?<=[\p{Ll}\p{N},:;][^\S\n]+[«„“\"])(\p{Lu}\p{Ll}[\p{Ll}’'-]*\p{Ll})(?=[»“”\"])")
_LOWER_WORD = regex.compile(r"\b\p{Ll}[\p{Ll}’'-]*\b")


def quoted_words(
    text: str,
    mentions: list[Mention],
    lang: str | None,
    rebase: Callable[[str, str], str],
    bounds: tuple[int, int],
) -> list[Mention]:
    """``mentions`` with the quoted one-word names no mention touches in ``text[bounds]`` added, in
    a language that so writes a body's name."""
    etype = entity_data(lang).get("quoted_word_type") if lang else None
    if not etype:
        return mentions
    start, end = bounds
    lower: set[str] | None = None
    added = []
    for hit in _QUOTED.finditer(text, start, end):
        word = hit.group(1)
        if any(m.start < hit.end() and hit.start() < m.end for m in mentions):
            continue
        if lower is None:
            lower = set(_LOWER_WORD.findall(text, start, end))
        if word.lower() in lower or lemma_lexicon.lemma(word.lower(), lang) is not None:
            continue
        added.append(Mention(hit.start(), hit.end(), word, etype, rebase(word, etype), lang))
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda m: (m.start, -m.end))
