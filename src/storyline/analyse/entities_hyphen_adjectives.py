"""A name with an adjective's suffix set off by a hyphen is an adjective of that name: Hungarian
writes "<Name>-i" ("of <Name>", the suffix after a hyphen where the name ends in a vowel or has
several words: "a <Town Name>-i gát", the dam of <Town Name>) (issue 16, web pages round 5: such
a town typed as a person, its base form keeping the suffix).

The mention is shown as its bearer's: the base form is the name without the suffix and the
mention is an adjective (``kind="adjective"``, as a possessive adjective is); a "person" so
written is a place, for the language forms such adjectives from places (a person's takes another
ending). The suffixes are ``hyphen_adjective_suffixes`` of ``lang/entities/<lang>.toml``.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from storyline.model import Mention
from storyline.names.parts import data_words


@cache
def _suffixes(lang: str) -> tuple[str, ...]:
    return tuple("-" + s for s in data_words(lang, "hyphen_adjective_suffixes"))


def hyphen_adjectives(mentions: list[Mention], lang: str | None) -> list[Mention]:
    """``mentions`` with each "<Name>-i" read as the adjective of <Name> (see the module's doc)."""
    if not lang or not _suffixes(lang):
        return mentions
    return [_bearer(m, lang) for m in mentions]


def _bearer(m: Mention, lang: str) -> Mention:
    base = m.base or m.text
    suffix = next((s for s in _suffixes(lang) if base.endswith(s) and len(base) > len(s) + 1), None)
    if suffix is None or m.kind is not None or m.type not in ("PER", "LOC", "ORG"):
        return m
    return replace(m, base=base[: -len(suffix)], type="LOC" if m.type == "PER" else m.type, kind="adjective")
