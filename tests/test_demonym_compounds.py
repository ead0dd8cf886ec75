"""The plural people of a two-word country ("Južna Koreja" → "Južnokorejci"), in any case (the
Slovene accusative "Južnokorejce"), is a people, no one's name (audit round 30 N1: a plural
demonym in the accusative shown as a person entity)."""

from __future__ import annotations

from storyline.analyse.entity_confidence import is_listed
from storyline.link.entities import build_entities
from storyline.model import Mention
from storyline.names.concepts import PEOPLE_MEMBER, compound_countries, demonym_plural


def test_a_two_word_country_runs_into_one_word_with_a_linking_vowel() -> None:
    table = compound_countries()
    assert table["juznokoreja"] == "KR"
    assert table["южнокорея"] == "KR"


def test_the_plural_people_of_a_two_word_country_in_the_nominative_and_the_accusative() -> None:
    assert demonym_plural("Južnokorejci", "sl")
    assert demonym_plural("Južnokorejce", "sl")
    assert demonym_plural("Južnoafričane", "sl")
    assert demonym_plural("Avstralce", "sl")  # the accusative of a one-word country's people


def test_a_surname_s_plural_in_the_accusative_is_no_people() -> None:
    assert not demonym_plural("Kovače", "sl")
    assert not demonym_plural("Zelance", "sl")  # no country's stem before the ending
    assert not demonym_plural("Novake", "sl")


def test_a_person_entity_of_the_accusative_plural_alone_is_folded() -> None:
    text = "S tem smo izdali Južnokorejce in njihov riž, je dejal Marko Lesjak."
    start = text.index("Južnokorejce")
    m = Mention(start, start + len("Južnokorejce"), "Južnokorejce", "PER", "Južnokorejce", "sl")
    [entity] = build_entities({("a", 0): "e1"}, {("a", 0): m}, {}, lambda k: text)
    assert [x.kind for x in entity.mentions] == [PEOPLE_MEMBER]
    assert not is_listed(entity)
