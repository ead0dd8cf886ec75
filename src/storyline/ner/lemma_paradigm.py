"""Other case forms of a candidate base form that the document itself writes.

A name the training never saw ends like a case form of some other word ("Zorprom" like an
instrumental in "-om"), and the learned endings cut it. Its own document usually settles it: a
nominative that is the stem of the other cases ("Zorprom" beside "Zorproma", "Zorpromu") is the
form all of them share, while the stub the edit made ("Zorpr") is the stem of none. The word
less one letter is told so too ("Zorproma" beside "Zorpromom"), by forms other than the word
itself, though less surely: a noun of another declension shares some of those endings ("Veln"
of "Velna", "Velnem" is no nominative of "Velno").

Per-language data: ``lemma_case_endings`` in ``lang/entities/<lang>.toml``, the endings a noun
whose nominative ends in a consonant takes in the other cases, and ``lemma_possessive_endings``,
those of a possessive adjective made of the name as it stands; a language without them gets no
evidence from here.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import cache


@cache
def case_endings(lang: str) -> tuple[str, ...]:
    from storyline.names.parts import data_words

    return data_words(lang, "lemma_case_endings")


@cache
def possessive_endings(lang: str) -> tuple[str, ...]:
    from storyline.names.parts import data_words

    return data_words(lang, "lemma_possessive_endings")


def written_cases(word: str, lang: str, attested: Collection[str], besides: str = "") -> int:
    """How many words of the document (``attested``) other than ``besides`` (the mention's own
    word) are ``word`` with one of the language's case endings, or with an ending of the
    possessive adjective the language makes of a name whole (``lemma_possessive_endings``)."""
    if not word[-1:].isalpha():
        return 0
    upper = word.isupper() and len(word) > 1
    return sum(
        1
        for e in case_endings(lang) + possessive_endings(lang)
        if (w := word + (e.upper() if upper else e)) in attested and w != besides
    )
