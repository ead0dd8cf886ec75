"""A word right before a mention taken into it: the shared walk of the rules that make "<noun or
adjective in small letters> <Name>" one name ("letališče <Name>", "vzhodne <Place>").

Each rule gives the pattern of the word it looks for (ending where the mention starts), how far back
to look, and whether a mention takes the word it finds (and as what type). A word that ends another
mention is never taken: it is that mention's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import regex

from storyline.model import Mention


def take_words_before(
    text: str,
    mentions: list[Mention],
    word_before: regex.Pattern[str],
    look_back: int,
    takes: Callable[[Mention, str], str | None],
    rebase: Callable[[str, str], str],
) -> list[Mention]:
    """``mentions``, each one whose ``word_before`` (group 1) ``takes`` accepts started at that
    word, typed as ``takes`` says, its base form ``rebase``'s of the whole."""
    ends = {m.end for m in mentions}
    out = []
    for m in mentions:
        before = word_before.search(text, max(0, m.start - look_back), m.start)
        etype = takes(m, before.group(1)) if before is not None and before.end(1) not in ends else None
        if before is not None and etype:
            surface = text[before.start(1) : m.end]
            m = replace(m, start=before.start(1), text=surface, type=etype, base=rebase(surface, etype))
        out.append(m)
    return out
