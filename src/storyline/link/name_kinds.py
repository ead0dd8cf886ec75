"""What kind of name a concept key says a mention is, where that keeps two entities apart.

- a land or water feature (``roles.features``): "the British Isles" or "the Irish island" is a
  place of its own, never the state its adjective names, however a bare "the Island" of one
  country's press (its name for the country) bridges the two, and the two are keyed apart;
- a name of supranational scope (``roles.scope``): "the European Central Bank" is no country's
  body, so "the British central bank" is never it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from storyline.names.concepts import concept_key, roles


def feature(name: str, lang: str | None) -> bool:
    """A name whose concept is a land or water feature (an island, a sea)."""
    ck = concept_key(name, lang)
    return ck is not None and bool(set(ck.tokens) & roles().features)


def country_feature(name: str, lang: str | None) -> bool:
    """A feature named by a country's adjective or name ("the British Isles"): a place of its
    own, not the country."""
    ck = concept_key(name, lang)
    return (
        ck is not None
        and not ck.generic
        and bool(set(ck.tokens) & roles().features)
        and any(t.startswith("@") for t in ck.tokens)
    )


def scoped(name: str, lang: str | None) -> bool:
    """A body's name of supranational scope ("Europejski Bank Centralny"); a sea's scope word
    ("Baltic") makes no body of it."""
    ck = concept_key(name, lang)
    tokens = set(ck.tokens) if ck is not None else set()
    return bool(tokens & roles().scope) and bool(tokens & roles().bodies)


def feature_names(names: Mapping[str, Counter[str]]) -> bool:
    """Whether an entity's names (lang → base form → count) name a country's feature."""
    return any(country_feature(name, lang) for lang, counted in names.items() for name in counted)


def scoped_names(names: Mapping[str, Counter[str]]) -> bool:
    """Whether any of an entity's names is of supranational scope."""
    return any(scoped(name, lang) for lang, counted in names.items() for name in counted)
