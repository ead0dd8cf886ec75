"""A people's adjective with a common noun is a group described, no one's name.

A tagger takes a headline's first words for a person where a country's adjective opens the
sentence with a capital: Czech "Britští lordi" (British lords), Polish "Brytyjscy posłowie"
(British MPs). A person's name has no word in small letters after a people's adjective; a span
typed as a person whose first word is one (``names.concepts.demonym_country``, the plural read
through ``demonym_adjective_plurals``) and whose other words are all in small letters is no name
(audit round 36 N1). A name with a capital after the adjective ("Britští Lordi X") is left.
"""

from __future__ import annotations

import regex

from storyline.model import Mention
from storyline.names.concepts import demonym_country

_WORD = regex.compile(r"[\p{L}\p{M}]+")
PERSON = "PER"


def without_people_phrases(mentions: list[Mention], lang: str | None) -> list[Mention]:
    """``mentions`` less the people's adjectives with common nouns typed as persons."""
    return [m for m in mentions if not _people_phrase(m, lang)]


def _people_phrase(m: Mention, lang: str | None) -> bool:
    if m.type != PERSON or not lang:
        return False
    words = [w.group() for w in _WORD.finditer(m.text)]
    if len(words) < 2 or not all(w[:1].islower() for w in words[1:]):
        return False
    return demonym_country(words[0], lang) is not None
