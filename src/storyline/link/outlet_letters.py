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


def other_script_only(base: str, names: Mapping[str, Counter[str]]) -> bool:
    """Whether an entity's abbreviations (it has some) are all written in another script than the
    abbreviation ``base``: what joins the two is a transliteration of letters."""
    written = script(base)
    abbreviations = [name for counted in names.values() for name in counted if is_abbreviation(name)]
    return bool(abbreviations) and all(script(name) != written for name in abbreviations)


def outlet_apart(base: str, told: bool, theirs_told: int, names: Mapping[str, Counter[str]]) -> bool:
    """Whether an abbreviation (``told``: its text calls it a news outlet) and an entity
    (``theirs_told``: its abbreviations its texts called one) found by transliterated letters
    alone are two things: either is an outlet, and the entity writes its letters in another script."""
    return (told or theirs_told > 0) and other_script_only(base, names)
