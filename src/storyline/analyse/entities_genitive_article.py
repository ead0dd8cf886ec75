"""A body's name runs on over a genitive article and the region it serves (audit rule N2).

Romanian joins a name's genitive to its head with an article of its own ("Administrația Militară
a regiunii <Region>", the Military Administration of the <Region> region; "a", "al", "ai", "ale":
``genitive_articles`` in ``lang/entities/<lang>.toml``). The rules stop a run of capitalised words
at the article and at the lower-case noun after it, and keep the head alone — another body, or
none. After a body's name, the article, one lower-case noun in the genitive with its article
glued on (``genitive_noun_endings``: "regiunii", "orașului") and a capitalised name are the
name's own.

The capitalised name is one word: the rules may have run it on into the person's name after it
("<Region> <Given> <Surname>", the region's governor named next), and then what follows the
region's word is made a person of its own when it opens with a given name; a longer run the
rules found there that does not is left as it was, and the body too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import cache

import regex

from storyline.model import Mention
from storyline.names import given_name
from storyline.names.parts import data_words

Rebase = Callable[[str, str], str]  # (surface, type) → base form

_TAIL = regex.compile(
    r"[ \t]+([\p{Ll}]+)[ \t]+([\p{Ll}\p{M}]+)[ \t]+(\p{Lu}[\p{L}\p{M}]*(?:-\p{Lu}[\p{L}\p{M}]*)?)"
)
_NAME_WORD = regex.compile(r"[\p{L}\p{M}]+")


@cache
def _words(lang: str | None, key: str) -> frozenset[str]:
    return frozenset(data_words(lang, key))


def with_genitive_articles(
    text: str, mentions: list[Mention], lang: str | None, rebase: Rebase
) -> list[Mention]:
    """``mentions`` (in text order) with every body's name run on over "<article> <noun> <Name>"."""
    articles = _words(lang, "genitive_articles")
    endings = tuple(_words(lang, "genitive_noun_endings"))
    if not articles or not endings:
        return mentions
    out: list[Mention] = []
    k = 0
    while k < len(mentions):
        m = mentions[k]
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        hit = _TAIL.match(text, m.end) if m.type == "ORG" else None
        if hit is None or hit.group(1) not in articles or not hit.group(2).endswith(endings):
            out.append(m)
            k += 1
            continue
        rest = _rest(text, nxt, hit.start(3), hit.end(3), rebase)
        if rest is False:
            out.append(m)
            k += 1
            continue
        surface = text[m.start : hit.end(3)]
        out.append(replace(m, end=hit.end(3), text=surface, base=rebase(surface, m.type)))
        if isinstance(rest, Mention):
            out.append(rest)
        k += 2 if nxt is not None and nxt.start == hit.start(3) else 1
    return out


def _rest(text: str, nxt: Mention | None, start: int, end: int, rebase: Rebase) -> Mention | bool | None:
    """What becomes of the mention found at the region's word: None when there is none or it is
    the word alone (the body takes it), a person after the word, or False: leave both as found."""
    if nxt is None or nxt.start >= end:
        return None
    if nxt.start != start:
        return False
    if nxt.end == end:
        return None
    after = _NAME_WORD.search(text, end, nxt.end)
    if after is None or not given_name(after.group()):
        return False
    surface = text[after.start() : nxt.end]
    return replace(nxt, start=after.start(), text=surface, type="PER", base=rebase(surface, "PER"))
