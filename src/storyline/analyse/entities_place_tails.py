"""A place's one noun does not run on into the small-letter words after it (issue 12, rec50).

The tagger ends a place's name a word or two late where small-letter words follow it: "у
<Country>-gen транзит", "подготовку <City>-gen к Олимпиаде", "имплементация <Country>-ins
европейского …". A place whose name is one noun and some lower-case words is rare (the ru and uk
gold have three, each with a noun the dictionary does not know: "<Name> стрит"), while names of
bodies keep small words often ("<Chamber> общин", "<Ministry> здравоохранения") and are left. So a
place mention whose first word is a capitalised noun the dictionary (pymorphy3: ru, uk) knows and
whose other words are all in small letters is cut to its first word.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from storyline.model import Mention
from storyline.ner.morphology import for_lang

PLACE = "LOC"


def without_place_tails(
    mentions: list[Mention], lang: str | None, rebase: Callable[[str, str], str]
) -> list[Mention]:
    """``mentions`` with a one-noun place's small-letter tail cut off."""
    morph = for_lang(lang or "")
    if morph is None:
        return mentions
    return [_cut(m, morph, rebase) for m in mentions]


def _cut(m: Mention, morph, rebase: Callable[[str, str], str]) -> Mention:  # noqa: ANN001 - Morphology
    words = m.text.split()
    if m.type != PLACE or m.kind or len(words) < 2:
        return m
    first = words[0]
    if not first.isalpha() or not first[:1].isupper() or not all(w[:1].islower() for w in words[1:]):
        return m
    analyzer = morph.analyzer
    if not analyzer.word_is_known(first.lower()) or analyzer.parse(first)[0].tag.POS != "NOUN":
        return m  # an adjective's place ("<Adjective> море"), an unknown name ("<Name> стрит")
    return replace(m, end=m.start + len(first), text=first, base=rebase(first, PLACE))
