"""A weather system the language names by a common word or an acronym is an event, not a place
nor a person: Spanish "la DANA" / "la dana" (depresión aislada en niveles altos, a cut-off low).

The word is capitalised or in capitals in the news ("la Dana dejó 200 muertos"), and it is a
given name and, elsewhere, a town's: the rules read it as either (web pages round 11: the storm
typed a place). The words are ``weather_systems`` of ``lang/entities/<lang>.toml``; a mention
that is one of them, alone, is an event (BSNLP types named storms and disasters EVT). The press of
other languages writes the acronym in capitals ("badai DANA", the DANA storm):
``weather_acronyms`` of ``common.toml`` hold in every language, in capitals only.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from storyline.model import Mention
from storyline.names import fold
from storyline.names.parts import data_words


@cache
def _systems(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in data_words(lang, "weather_systems"))


@cache
def _acronyms() -> frozenset[str]:
    return frozenset(data_words("common", "weather_acronyms"))


def weather_system(surface: str, lang: str | None) -> bool:
    """The language's word for a weather system in any case, or an acronym in capitals."""
    return surface in _acronyms() or (bool(lang) and fold(surface) in _systems(str(lang)))


def weather_as_events(mentions: list[Mention], lang: str | None) -> list[Mention]:
    """``mentions`` with each one naming a weather system typed EVT."""
    return [
        replace(m, type="EVT", base=m.text if m.text.isupper() else m.text[:1].upper() + m.text[1:].lower())
        if m.type != "EVT" and m.kind != "adjective" and weather_system(m.text, lang)
        else m
        for m in mentions
    ]
