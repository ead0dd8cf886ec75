"""Two places that share one noun: "v <Adjective>ém a <Adjective>ém kraji" (in the <A> and the
<B> regions).

Czech names a region by an adjective and the noun for a region ("<Adjective>ý kraj"); two regions
named together write the noun once, after the second ("<A>ém a <B>ém kraji"). A tagger reads the
whole as one name, and as a body. It is two places, each the region it names, and BSNLP's gold
marks them so: the first adjective alone and the second with the noun (every one of its 7 such
phrases). The nouns (``shared_place_nouns``, every case form) and the adjectives' endings
(``place_adjective_endings``) are each language's; the noun may stand just after the span when
the tagger stopped before it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import regex

from storyline.model import Mention
from storyline.names.parts import conjunctions, data_words

Rebase = Callable[[str, str], str]  # (surface, type) → base form
_WORD = regex.compile(r"[\p{L}\p{M}]+")
_NOUN_AFTER = regex.compile(r"[ \t]+([\p{Ll}][\p{L}\p{M}]*)(?![\p{L}\p{M}])")


@cache
def _words(lang: str, key: str) -> tuple[str, ...]:
    return data_words(lang, key)


def split_shared_noun(text: str, mentions: list[Mention], lang: str | None, rebase: Rebase) -> list[Mention]:
    """``mentions`` of one passage with each span of two places sharing a noun made two places."""
    if not lang or not _words(lang, "shared_place_nouns"):
        return mentions
    out: list[Mention] = []
    for m in mentions:
        out += _split(text, m, lang, rebase) or [m]
    return out


def _adjective(word: str, lang: str) -> bool:
    return word[:1].isupper() and word.endswith(_words(lang, "place_adjective_endings"))


def _split(text: str, m: Mention, lang: str, rebase: Rebase) -> list[Mention] | None:
    words = list(_WORD.finditer(text, m.start, m.end))
    nouns = _words(lang, "shared_place_nouns")
    end = m.end
    if len(words) == 3:
        after = _NOUN_AFTER.match(text, m.end)
        if after is None or after.group(1) not in nouns:
            return None
        end = after.end(1)
    elif len(words) != 4 or words[3].group() not in nouns:
        return None
    first, joiner, second = words[:3]
    if joiner.group() not in conjunctions(lang) or not (
        _adjective(first.group(), lang) and _adjective(second.group(), lang)
    ):
        return None
    return [
        Mention(s, e, (t := text[s:e]), "LOC", rebase(t, "LOC"), m.lang)
        for s, e in ((first.start(), first.end()), (second.start(), end))
    ]
