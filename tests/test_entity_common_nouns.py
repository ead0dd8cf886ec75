"""Common nouns a tagger trained on BSNLP reads as names (audit 26 N1): a country's or a
continent's people in a plural the language also makes of families (Polish "-owie"), a continent's
people, and a noun written in lower case with the Bulgarian definite article. The mentions stay
(BSNLP marks some); the entity list folds an entity of these alone."""

from __future__ import annotations

from helpers import mentions_linked
from storyline.analyse.entity_confidence import ARTICLED_NOUN, is_listed
from storyline.names.concepts import PEOPLE_MEMBER, articled_noun, demonym_plural


def test_a_polish_people_in_owie_is_a_people() -> None:
    assert demonym_plural("Norwegowie", "pl")  # Norwegia
    assert demonym_plural("Belgowie", "pl")  # Belgia
    assert demonym_plural("Islandowie", "pl")  # Is-landia: a short stem before a long tail


def test_a_polish_family_in_owie_is_no_people() -> None:
    assert not demonym_plural("Nowakowie", "pl")  # the Nowaks
    assert not demonym_plural("Kowalczykowie", "pl")
    assert not demonym_plural("Obamowie", "pl")


def test_a_continent_s_people_is_a_people() -> None:
    assert demonym_plural("Европейцы", "ru")
    assert not demonym_plural("Андреевы", "ru")  # a family


def test_a_lower_case_noun_with_the_definite_article_is_articled() -> None:
    assert articled_noun("пандемията", "bg")
    assert articled_noun("австрийците", "bg")
    assert articled_noun("кризата", "bg")
    assert not articled_noun("Пандемията", "bg")  # capitalised: may open a name
    assert not articled_noun("брекзит", "bg")  # no article
    assert not articled_noun("пандемията", "ru")  # no such article in the language


def test_an_entity_of_articled_nouns_alone_is_folded() -> None:
    text = "Най-тежкият етап на кризата отминава, каза Иван Петров."
    ctx = mentions_linked("bg", text, [("кризата", "EVT"), ("Иван Петров", "PER")])
    crisis = next(e for e in ctx.entities if any(m.text == "кризата" for m in e.mentions))
    assert all(m.kind == ARTICLED_NOUN for m in crisis.mentions)
    assert not is_listed(crisis)
    person = next(e for e in ctx.entities if any(m.text == "Иван Петров" for m in e.mentions))
    assert person.mentions[0].kind is None


def test_a_person_entity_of_a_polish_people_is_folded() -> None:
    text = "Norwegowie zgodzili się na budowę. Jan Nowak to potwierdził."
    ctx = mentions_linked("pl", text, [("Norwegowie", "PER"), ("Jan Nowak", "PER")])
    people = next(e for e in ctx.entities if any(m.text == "Norwegowie" for m in e.mentions))
    assert all(m.kind == PEOPLE_MEMBER for m in people.mentions)
    assert not is_listed(people)


def test_the_bare_noun_of_an_articled_entity_and_its_capitalised_people_are_folded_too() -> None:
    text = "Една криза расте. Докато кризата не отмине, Австрийците гласуваха."
    ctx = mentions_linked("bg", text, [("кризата", "EVT"), ("криза", "EVT"), ("Австрийците", "PER")])
    crisis = next(e for e in ctx.entities if any(m.text == "кризата" for m in e.mentions))
    assert not is_listed(crisis)
    people = next(e for e in ctx.entities if any(m.text == "Австрийците" for m in e.mentions))
    assert all(m.kind == PEOPLE_MEMBER for m in people.mentions)
