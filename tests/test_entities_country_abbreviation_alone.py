"""A country's abbreviation written as the language lists it (``country_abbreviations``) is a
place where it stands alone, though the stop word it spells in small letters ("us") is no name
(invented people, places and bodies)."""

from __future__ import annotations

import pytest

from entity_support import as_written
from entity_support import mention_at as at
from storyline.analyse import entities_hygiene as hygiene
from storyline.analyse.entities import find_in
from storyline.analyse.entity_rules import find_by_rules, lexicon


def _found(text: str, lang: str = "en") -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in find_in(text, 0, len(text), lang)]


@pytest.mark.parametrize(
    "text",
    [
        "The US said on Monday that it would send aid to Norvalia.",  # after an article
        "US officials met Karel Vintner in Lomsk.",  # opening a sentence
        "The convoy stayed in the US for a week.",  # at a sentence's end of a phrase
    ],
)
def test_us_alone_is_a_place(text: str) -> None:
    assert ("US", "LOC") in _found(text)


def test_the_pronoun_us_is_no_name() -> None:
    text = "Let us go to Lomsk. Us and them, Karel Vintner said."
    assert all(name != "Us" and name.lower() != "us" for name, _ in _found(text))


def test_a_body_s_name_keeps_the_country_s_abbreviation() -> None:
    text = "The US Coast Guard searched the Varna River for divers."
    assert ("US Coast Guard", "ORG") in _found(text)


def test_the_stop_word_step_spares_the_abbreviation_as_written_only() -> None:
    lex = lexicon("en")
    assert not lex.is_stopword("US") and lex.is_stopword("us") and lex.is_stopword("Us")
    text = "The US said so."
    assert [m.text for m in find_by_rules(text, 0, len(text), "en")] == ["US"]
    kept = hygiene.clean(text, [at(text, "US", "LOC", "en")], "en", as_written)
    assert [m.text for m in kept] == ["US"]
    text = "Us too."
    assert hygiene.clean(text, [at(text, "Us", "LOC", "en")], "en", as_written) == []
