"""A place's adjective, a small-letter adjective and a place's noun are one name (audit round 36 N2).

"<X>ский магистральный канал" (the <X> main canal), "<X>ské vodní nádrže": a Slavic name of a
waterway or a reservoir may put a common adjective between the capitalised adjective and the
noun. ``entities_features`` joins the capitalised adjective to a noun right after it; a tagger that
stopped at the capital letter left the adjective alone, a place that is no name ("<X>ского" cut
from its canal). A one-word mention that ends as the language's adjectives do
(``feature_adjective_endings``), followed by one or two small-letter adjectives in the same case
(the same last letters) and a noun of places (``feature_nouns``, or ``feature_run_nouns``: nouns
that name places only after such an adjective run — a canal; "Первый канал" alone is a channel),
runs on over them and is a place. Not when a capitalised word follows the noun: the name goes on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import cache

import regex

from storyline.analyse.entities_features import is_adjective
from storyline.model import Mention
from storyline.names.parts import data_words

PLACE = "LOC"
AGREEING = 2  # last letters that adjectives in one case and gender share ("-ого", "-ého")
MAX_BETWEEN = 2  # small-letter adjectives between the capitalised one and the noun
_SMALL_WORD = regex.compile(r"[ \t]+(\p{Ll}+)(?![\p{L}\p{M}\p{N}-])")
_CAPITAL_NEXT = regex.compile(r"[ \t]+\p{Lu}")


@cache
def _nouns(lang: str) -> frozenset[str]:
    return frozenset(data_words(lang, "feature_nouns")) | frozenset(data_words(lang, "feature_run_nouns"))


@cache
def _endings(lang: str) -> tuple[str, ...]:
    return data_words(lang, "feature_adjective_endings")


def with_feature_runs(
    text: str, mentions: list[Mention], lang: str | None, rebase: Callable[[str, str], str]
) -> list[Mention]:
    """``mentions`` with each capitalised adjective cut from "<small adjective> <place noun>"
    after it made the whole place's name."""
    if not lang or not _nouns(lang):
        return mentions
    starts = {m.start for m in mentions}
    out = []
    for m in mentions:
        end = _run_end(text, m, lang, starts) if m.kind != "adjective" and " " not in m.text else None
        if end is not None:
            surface = text[m.start : end]
            m = replace(m, end=end, text=surface, type=PLACE, base=rebase(surface, PLACE))
        out.append(m)
    return out


def _run_end(text: str, m: Mention, lang: str, starts: set[int]) -> int | None:
    if not is_adjective(m.text, lang):
        return None
    at, between = m.end, 0
    while (word := _SMALL_WORD.match(text, at)) is not None and word.start(1) not in starts:
        small = word.group(1)
        if between and small in _nouns(lang):
            return None if _CAPITAL_NEXT.match(text, word.end(1)) else word.end(1)
        agrees = small[-AGREEING:] == m.text[-AGREEING:] and small.endswith(_endings(lang))
        if not agrees or between == MAX_BETWEEN:
            return None
        between += 1
        at = word.end(1)
    return None
