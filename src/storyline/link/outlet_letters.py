"""An outlet's abbreviation written in another script (``EntityIndex``).

Abbreviations whose letters transliterate alike are mostly one thing across scripts (ТАСС and
TASS, НДР and NDR), and the index joins them by those letters. A news outlet is not: it is one
country's, written in that country's script, and another script's outlet of the same letters is
as often another country's (a Russian channel and a Turkish one of the same three letters). That
two such are one outlet is what the shipped source list (its names in every script) or the
learned name table knows; letters alike are no evidence of it. So an abbreviation that a text
calls a news outlet, or one found by its letters alone among an outlet's other-script names,
joins it only through those."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from storyline.link.acronym_fit import is_abbreviation
from storyline.names.script import script
from storyline.names.translit import to_latin


def other_script_only(base: str, lang: str | None, names: Mapping[str, Counter[str]]) -> bool:
    """Whether an entity writes the letters of the abbreviation ``base`` (it does) only in another
    script: what joins the two is a transliteration of letters."""
    written, letters = script(base), _letters(base, lang)
    alike = [
        name
        for other, counted in names.items()
        for name in counted
        if is_abbreviation(name) and _letters(name, other) == letters
    ]
    return bool(alike) and all(script(name) != written for name in alike)


def _letters(name: str, lang: str | None) -> str:
    return to_latin(name.strip(), lang).lower()


def outlet_apart(
    base: str, lang: str | None, told: bool, theirs_told: int, names: Mapping[str, Counter[str]]
) -> bool:
    """Whether an abbreviation (``told``: its text calls it a news outlet) and an entity
    (``theirs_told``: its abbreviations its texts called one) found by transliterated letters
    alone are two things: either is an outlet, and the entity writes its letters in another script
    only. (A body a concept key found, "МИД" a foreign ministry, is not looked at here: its text's
    "X reported" is a ministry's statement, and its letters are not what joined it.)"""
    return (told or theirs_told > 0) and other_script_only(base, lang, names)
