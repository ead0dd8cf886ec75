"""Page furniture that reads like a name: "Leia Também" (read also), "Lesen Sie auch", "Read More".

A web page's links to other stories open with a capitalised phrase ("Read also: …") that the
recognisers take for a name, a person's when its first word is also a first name ("Leia"). Such
phrases are listed per language in ``boilerplate_phrases`` (``lang/entities/<lang>.toml``) and
matched on the whole span: ``not_names`` holds single words (the lexicon splits its lists at
spaces), so a phrase of everyday words that is only furniture as a whole cannot go there. English
phrases hold on every page (English links and embeds turn up in any language's pages).

A tagger may keep the phrase's last word alone ("NEWS" of "BREAKING NEWS:", page furniture in
capitals): a mention that makes one of the phrases with the words right before it goes too.
"""

from __future__ import annotations

from functools import cache

import regex

from storyline.model import Mention
from storyline.names import fold
from storyline.names.parts import entity_data

_WORDS_BEFORE = regex.compile(r"(?:[\p{L}\p{M}'’]+[ \t]+){1,2}$")
_EDGES = " :;,.!?…»«\"“”„'’-–—|>"


def _key(text: str) -> str:
    return " ".join(fold(text).strip(_EDGES).split())


@cache
def boilerplate_phrases(lang: str | None) -> frozenset[str]:
    """The folded phrases of the page's language and of English."""
    phrases: set[str] = set()
    for code in {lang or "en", "en"}:
        phrases.update(_key(p) for p in entity_data(code).get("boilerplate_phrases", []))
    return frozenset(p for p in phrases if p)


def is_boilerplate(surface: str, lang: str | None) -> bool:
    return _key(surface) in boilerplate_phrases(lang)


def _ends_phrase(text: str, m: Mention, lang: str | None) -> bool:
    """The mention and one or two words right before it, on its line, are a phrase."""
    before = _WORDS_BEFORE.search(text, max(0, m.start - 60), m.start)
    if before is None:
        return False
    words = before.group().split()
    return any(is_boilerplate(" ".join([*words[k:], m.text]), lang) for k in range(len(words)))


def without_boilerplate(mentions: list[Mention], lang: str | None, text: str = "") -> list[Mention]:
    return [
        m for m in mentions if not is_boilerplate(m.text, lang) and not (text and _ends_phrase(text, m, lang))
    ]
