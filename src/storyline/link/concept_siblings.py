"""Two names of one head that another compass point sets apart: "North America" and "South
America" (their concept keys, ``names.concepts``, share a word, and each has a word of
``exclusive`` in ``lang/concepts/roles.toml`` that the other lacks, and no other word apart).

The learned name table (``ner.aliases``) files a name under the id most of its annotated uses
have, and an annotator's slip repeated a few times becomes a key of another thing's id ("South
America" under North America's). Following it would join the two whole entities on one mention;
the words of the name say they are two, so the words win (as ``alias_guards.other_party`` does for
a party family's word). A name that only leaves a word out ("America" beside "North America")
sets nothing apart and is left to the table.
"""

from __future__ import annotations

import tomllib
from collections import Counter
from collections.abc import Mapping
from functools import cache
from importlib import resources

from storyline.names.concepts import concept_key


@cache
def _exclusive() -> frozenset[str]:
    path = resources.files("storyline") / "lang" / "concepts" / "roles.toml"
    return frozenset(str(tomllib.loads(path.read_text("utf-8")).get("exclusive", "")).split())


def another_of_its_kind(base: str, lang: str | None, names: Mapping[str, Counter[str]]) -> bool:
    """Whether an entity (its names, lang → base form → uses) goes by a name of the same words as
    ``base`` but for another compass point, and by none of ``base``'s words."""
    ck = concept_key(base, lang)
    if ck is None:
        return False
    mine = set(ck.tokens)
    theirs = [set(k.tokens) for lg, counted in names.items() for n in counted if (k := concept_key(n, lg))]
    if any(t == mine for t in theirs):
        return False
    exclusive = _exclusive()
    return any(
        t & mine and t - mine and mine - t and (t - mine) <= exclusive and (mine - t) <= exclusive
        for t in theirs
    )
