"""A word of another language that the text translates right after it is a term, no name:
'политики «Containment» (…), то есть сдерживания' (the policy of "Containment", that is of
restraint; audit round 32, a policy term typed a product).

News in a Cyrillic script quotes a foreign policy or economic term in its own letters and glosses
it; the tagger, seeing a capitalised Latin word, calls it a product, and BSNLP's gold marks some
so. The audit rules call it a common noun (N1). As with a sentence's opening phrase
(``sentence_phrases``), the mention stays (recognition is scored against that gold) and is marked
``GLOSSED_TERM``, so the entity list folds an entity of such mentions alone.

A mention is one here when it is one word in the Latin script in a passage of a language written
in another script, an everyday English word (wordfreq; a brand or a coined name is rarer), and a
gloss marker of the language (``gloss_markers`` of ``lang/entities/<lang>.toml``: "то есть",
"тобто") stands within ``GLOSS_CHARS`` after it with a word in small letters right after the
marker: the translation.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from storyline.analyse.entity_confidence import GLOSSED_TERM
from storyline.model import Mention
from storyline.names.parts import entity_data
from storyline.names.script import script

GLOSS_CHARS = 80  # of text after the term: its closing quote and a bracketed aside may come first
TERM_ZIPF = 3.0  # an English word at least this frequent (wordfreq) is a word, not a coined name
_LATIN_WORD = re.compile(r"[A-Za-z][a-z]+")


@cache
def _markers(lang: str) -> re.Pattern[str] | None:
    listed = [m for m in entity_data(lang).get("gloss_markers", []) if m.strip()]
    if not listed:
        return None
    alternatives = "|".join(re.escape(m) for m in sorted(listed, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})\s+[^\W\d_]", re.IGNORECASE)


def _english_word(word: str) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "en") >= TERM_ZIPF


def glossed_term(m: Mention, text: str) -> bool:
    """Whether ``m`` is a foreign term the text translates (the module's doc)."""
    if not m.lang or not _LATIN_WORD.fullmatch(m.text) or script(m.text) == _passage_script(m.lang):
        return False
    found = _markers(m.lang)
    if found is None:
        return False
    after = found.search(text, m.end, min(len(text), m.end + GLOSS_CHARS))
    if after is None or "\n" in text[m.end : after.start()]:
        return False
    return after.group()[-1].islower() and _english_word(m.text)


@cache
def _passage_script(lang: str) -> str:
    """The script the language's gloss markers are written in (its own)."""
    listed = entity_data(lang).get("gloss_markers", [])
    return script(" ".join(listed)) if listed else ""


def terms_marked(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, a glossed foreign term marked ``GLOSSED_TERM``."""
    return [
        replace(m, kind=GLOSSED_TERM) if m.kind is None and glossed_term(m, text) else m for m in mentions
    ]
