"""Universities and institutes among the names typed as places.

BSNLP's gold types a university or an institute a place now and then (where the text meets
there, and a tagger learns it for any), and the tagger then types one so where the text has it
as a body: a professor's employer, a research institute's finding. The dossier's readers and
the audit rules count a university or an institute as an organisation, the body the name names
(audit round 29 N3). An entity typed LOC is one when each of its names holds the noun of the
concept lexicons' ``university`` or ``institute`` (``lang/concepts/<lang>.toml``): the stem and at
most a case ending, not an adjective made of it ("the university hospital", Slovene
"Univerzitetni klinični center": a hospital, which may well be a place). Mentions keep the
tagger's type (what the BSNLP evaluation scores); the entity is shown as an organisation.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import regex

from storyline.names.concepts import lexicon
from storyline.names.gazetteers import fold

INSTITUTIONS = frozenset({"university", "institute"})
MAX_CASE_ENDING = 2  # letters after the stem of a noun's case form ("университет-а", "univerz-a")
_WORD = regex.compile(r"[\p{L}\p{M}]+")
_VOWELS = frozenset("aeiouyаеиоуыэюяіїє")  # folded: a case ending opens with one, an adjective's
# suffix with a consonant ("univerzit-ní", "университет-ский")


@cache
def _stems(lang: str) -> tuple[str, ...]:
    return tuple(
        stem for stem, concepts in lexicon(lang).items() if set(concepts) <= INSTITUTIONS and concepts
    )


def institution_named(name: str, lang: str | None) -> bool:
    """A word of ``name`` is the noun "university" or "institute" of ``lang`` in some case."""
    stems = _stems(lang) if lang else ()
    for word in _WORD.findall(name):
        w = fold(word)
        for s in stems:
            rest = w[len(s) :] if w.startswith(s) else None
            if rest is not None and len(rest) <= MAX_CASE_ENDING and (not rest or rest[0] in _VOWELS):
                return True
    return False


def is_institution(names: Iterable[tuple[str, str | None]]) -> bool:
    """``names``: (base form, language) of an entity's mentions, each naming a university or an
    institute."""
    found = False
    for name, lang in names:
        if not institution_named(name, lang):
            return False
        found = True
    return found
