"""A name that ends a longer name: "<Unit> of research and development" and "<the Ministry of X>"
recognised as two names side by side, the second in a case (the genitive of its owner). An
abbreviation in brackets after the pair is the longer body's ("<Unit> … <Ministry of X> (ABBR)":
the unit's), not the owner's that happens to stand last."""

from __future__ import annotations

from storyline.model import Mention

BODY_TYPES = ("ORG", "PRO")


def ends_longer_name(name: Mention, mentions: list[Mention], text: str) -> bool:
    """Whether ``name``, written in a case (its base form differs), follows another body's name
    with nothing but spaces between: the pair is one longer name whose last words are the owner."""
    if name.base is None or name.text == name.base:  # in its dictionary form: a name of its own
        return False
    return any(
        m is not name
        and m.type in BODY_TYPES
        and m.end <= name.start
        and text[m.end : name.start].strip(" \t") == ""
        for m in mentions
    )
