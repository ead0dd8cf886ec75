"""A disease's or a virus's name is an event: annotated news types it so.

BSNLP's gold types every disease and virus it marks as an event (HIV, AIDS, SARS, MERS, Ebola,
dengue, influenza, COVID-19 and SARS-CoV-2: several hundred mentions, each one EVT), as the
audit rules read a named epidemic. A tagger that never saw one in its training news types the
abbreviation as an organisation or a product ("HIV" a body, "SARS" a company). The names are
general vocabulary (less COVID-19, which the models learn: see the list's comment), listed once for every language (``disease_names`` in
``lang/entities/common.toml``, folded), and matched as the whole mention, written as is or as
its base form (Polish "AIDS-u": "AIDS"); a longer name that holds one ("the Centre for AIDS
Prevention", an anti-SARS test kit) keeps its own type.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from storyline.model import Mention
from storyline.names import fold
from storyline.names.parts import entity_data

EVENT = "EVT"


@cache
def disease_names() -> frozenset[str]:
    return frozenset(fold(w) for w in str(entity_data("common").get("disease_names", "")).split())


def is_disease(m: Mention) -> bool:
    names = disease_names()
    return m.kind != "adjective" and (fold(m.text) in names or fold(m.base or "") in names)


def diseases_as_events(mentions: list[Mention]) -> list[Mention]:
    """The mentions, a disease's or a virus's name typed as an event."""
    return [replace(m, type=EVENT) if m.type != EVENT and is_disease(m) else m for m in mentions]
