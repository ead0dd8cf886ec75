"""A capitalised adjective before the noun it goes with is no name by itself.

A sentence or a headline that opens with an adjective writes it with a capital ("Британский
премьер заявил …", "Пакистанская христианка …", "Американский посол …"), and a name whose first
word alone is capitalised ("<Adjective> национальной партии", "<Adjective> директиву") shows the
tagger the same shape: it takes the capitalised word for a name of its own, a person or a place.
In Russian and Ukrainian the adjective agrees with the noun right after it in case and number
(and gender in the singular), so a one-word mention that the dictionary (pymorphy3) reads only as
an adjective, followed by a small-letter noun or adjective that agrees with it, is a word of the
phrase, not a name; it is dropped. A surname that looks like an adjective ("<Surname>ская
рассказала") is followed by a verb, a list of two ("<Adjective>ой и <Adjective>ой <Region>")
by a conjunction, and both stay.
"""

from __future__ import annotations

import regex

from storyline.model import Mention
from storyline.ner.morphology import for_lang

_NEXT = regex.compile(r"[ \t]+(\p{Ll}[\p{L}\p{M}]*)")  # the next word, with no mark between
_NAME_TAGS = frozenset({"Surn", "Name", "Patr"})  # a reading as a person's name keeps the mention
_PHRASE_POS = frozenset({"NOUN", "ADJF", "PRTF"})  # what an adjective may stand before


def without_lone_adjectives(text: str, mentions: list[Mention], lang: str | None) -> list[Mention]:
    """``mentions`` less a one-word capitalised adjective that agrees with the small-letter word
    after it."""
    morph = for_lang(lang or "")
    if morph is None:
        return mentions
    return [m for m in mentions if not _lone_adjective(text, m, morph)]


def _lone_adjective(text: str, m: Mention, morph) -> bool:  # noqa: ANN001 - Morphology
    word = m.text
    if m.kind or not word.isalpha() or not word[:1].isupper() or word.isupper():
        return False
    after = _NEXT.match(text, m.end)
    if after is None:
        return False
    analyzer = morph.analyzer
    if not analyzer.word_is_known(word.lower()):
        return False
    readings = analyzer.parse(word)
    if any(p.tag.POS != "ADJF" or _NAME_TAGS & p.tag.grammemes for p in readings):
        return False  # a noun or a name as well: the dictionary cannot tell
    nxt = analyzer.parse(after.group(1))
    if not nxt or nxt[0].tag.POS not in _PHRASE_POS:
        return False  # a verb, a conjunction, a preposition: the adjective stands alone
    heads = [p.tag for p in nxt if p.tag.POS in _PHRASE_POS]
    return any(_agree(p.tag, h) for p in readings for h in heads)


def _agree(adj, head) -> bool:  # noqa: ANN001 - pymorphy tags
    if adj.case != head.case or adj.number != head.number:
        return False
    return adj.number == "plur" or adj.gender is None or head.gender is None or adj.gender == head.gender
