"""Audit round 30 and web pages round 7's span and base-form classes, with invented names: a
generational word after a full name, a body's abbreviation fused with the city it sits in, a
Romanian body's name cut at its genitive article, a firm's name after its kind noun, a woman's
possessive second surname."""

from __future__ import annotations

import pytest

from entity_support import as_written
from entity_support import mention_at as at
from storyline import ner
from storyline.analyse.entities_generation import with_generation
from storyline.analyse.entities_genitive_article import with_genitive_articles
from storyline.analyse.entities_seat import split_seats
from storyline.model import Mention
from storyline.ner.lemma_definite import name_in_the_nominative

needs_models = pytest.mark.skipif(ner.recogniser() is None, reason="no tagger installed")


def _person(text: str, surface: str, lang: str, base: str | None = None) -> Mention:
    m = at(text, surface, "PER", lang)
    return Mention(m.start, m.end, m.text, "PER", base or surface, lang)


def _spans(mentions: list[Mention]) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.type, m.base) for m in mentions]


@pytest.mark.parametrize(
    ("lang", "text", "name", "whole", "base"),
    [
        ("cs", "Nesouhlasil ani Radomír Kovářík mladší, řekl.", "Radomír Kovářík", "Radomír Kovářík mladší", None),
        ("bg", "Изказа се и Ивайло Драганов младши вчера.", "Ивайло Драганов", "Ивайло Драганов младши", None),
        ("ru", "Об этом заявил Пётр Сидорчук младший в четверг.", "Пётр Сидорчук", "Пётр Сидорчук младший", None),
        ("cs", "Řekl to Radomír Kovářík ml. na schůzi.", "Radomír Kovářík", "Radomír Kovářík ml", None),
        ("pl", "Przemawiał Bogdan Wierzbik junior z Opola.", "Bogdan Wierzbik", "Bogdan Wierzbik junior", None),
        # the word declines with the name, the base form has it in the nominative
        ("cs", "Setkal se s Radomírem Kovaříkem mladším v Brně.", "Radomírem Kovaříkem", "Radomírem Kovaříkem mladším",
         "Radomír Kovařík mladší"),
        ("cs", "Projev Tobiase K. Hollanda, Jr. byl dlouhý.", "Tobiase K. Hollanda", "Tobiase K. Hollanda, Jr", None),
    ],
)  # fmt: skip
def test_a_generational_word_after_a_full_name_is_part_of_it(
    lang: str, text: str, name: str, whole: str, base: str | None
) -> None:
    stem = base.rsplit(" ", 1)[0] if base else name
    got = with_generation(text, [_person(text, name, lang, stem)], lang)
    assert [m.text for m in got] == [whole]
    assert got[0].end == got[0].start + len(whole)
    if base:
        assert got[0].base == base


@pytest.mark.parametrize(
    ("lang", "text", "name", "base"),
    [
        # "the elder son of <Given> <Surname>": the adjective goes with the noun after it
        ("cs", "Přišel Radomíra Kovaříka starší syn.", "Radomíra Kovaříka", "Radomír Kovařík"),
        # Polish "młodszy" opens a rank after a name ("junior manager"): not listed there
        ("pl", "Mówił Bogdan Wierzbik młodszy menedżer zespołu.", "Bogdan Wierzbik", "Bogdan Wierzbik"),
        # a lone surname: "older than" as often as a name
        ("cs", "Je Kovářík starší než ona?", "Kovářík", "Kovářík"),
        # the comma and a word in small letters: an apposition, no part of the name
        ("cs", "Radomír Kovářík, starší z bratrů, mlčel.", "Radomír Kovářík", "Radomír Kovářík"),
    ],
)
def test_no_generational_word_where_it_goes_with_something_else(
    lang: str, text: str, name: str, base: str
) -> None:
    got = with_generation(text, [_person(text, name, lang, base)], lang)
    assert [m.text for m in got] == [name]


def _place(etype: str, base: str) -> bool:
    """The learned table knows the invented towns as places, and nothing else."""
    return etype == "LOC" and base in {"Валдора", "Valdora"}


def test_bg_an_abbreviation_and_the_city_it_sits_in_are_two_names() -> None:
    text = "Говори на брифинг в централата на УЗК в Валдора вчера."
    got = split_seats(text, [at(text, "УЗК в Валдора", "LOC", "bg")], "bg", as_written, _place)
    assert _spans(got) == [("УЗК", "ORG", "УЗК"), ("Валдора", "LOC", "Валдора")]
    assert got[1].start == text.index("Валдора")


def test_bg_a_name_that_holds_its_seat_stays_whole() -> None:
    text = "Делегатите на Световния форум в Валдора се събраха."
    whole = [at(text, "Световния форум в Валдора", "ORG", "bg")]
    assert split_seats(text, whole, "bg", as_written, _place) == whole  # a descriptive name
    text = "Говори в централата на УЗК в Валдора вчера."
    known = [at(text, "УЗК в Валдора", "ORG", "bg")]
    assert (
        split_seats(text, known, "bg", as_written, lambda t, b: _place(t, b) or b == "УЗК в Валдора") == known
    )
    unknown = [at(text, "УЗК в Валдора", "ORG", "bg")]
    assert split_seats(text, unknown, "bg", as_written, lambda t, b: False) == unknown  # no place after


def test_cs_an_abbreviation_in_a_town_is_two_names() -> None:
    text = "Jednání se konalo v sídle OSN ve Valdoře."
    in_nominative = {"Valdoře": "Valdora"}

    def rebase(surface: str, etype: str) -> str:
        return in_nominative.get(surface, surface)

    got = split_seats(text, [at(text, "OSN ve Valdoře", "ORG", "cs")], "cs", rebase, _place)
    assert _spans(got) == [("OSN", "ORG", "OSN"), ("Valdoře", "LOC", "Valdora")]


def test_ro_a_body_runs_on_over_its_genitive_article_and_region() -> None:
    text = "A anunțat comandantul Administraţiei Militare a regiunii Valdora Bogdan Lupescu."
    mentions = [
        at(text, "Administraţiei Militare", "ORG", "ro"),
        at(text, "Valdora Bogdan Lupescu", "LOC", "ro"),  # the rules ran the region into the person
    ]
    got = with_genitive_articles(text, mentions, "ro", as_written)
    assert _spans(got) == [
        ("Administraţiei Militare a regiunii Valdora", "ORG", "Administraţiei Militare a regiunii Valdora"),
        ("Bogdan Lupescu", "PER", "Bogdan Lupescu"),
    ]


def test_ro_the_genitive_article_needs_a_noun_in_the_genitive() -> None:
    text = "Administraţia Militară a anunțat Valdora ieri."  # "a anunțat": has announced
    mentions = [at(text, "Administraţia Militară", "ORG", "ro"), at(text, "Valdora", "LOC", "ro")]
    assert with_genitive_articles(text, mentions, "ro", as_written) == mentions


@pytest.mark.parametrize(
    ("surface", "base"),
    [
        ("Administraţiei Militare a regiunii Valdora", "Administraţia Militară a regiunii Valdora"),
        ("Comisiei Europene", "Comisia Europeană"),
        ("Agenţiei Naţionale pentru Valdora", "Agenţia Naţională pentru Valdora"),  # cedilla letters kept
        ("Comisiei Mare", "Comisia Mare"),  # an adjective the same in both cases
        ("Barajului Valdora", "Barajul Valdora"),
    ],
)
def test_ro_a_feminine_head_and_its_adjectives_in_the_nominative(surface: str, base: str) -> None:
    assert name_in_the_nominative(surface, "ORG", "ro") == base


@needs_models
@pytest.mark.parametrize(
    ("lang", "before"),
    [
        ("sl", "je razvilo biotehnološko podjetje "),
        ("sl", "s sedežem družbe "),
        ("cs", "vyvinula společnost "),
    ],
)
def test_a_firm_s_name_after_its_kind_noun_is_as_written(lang: str, before: str) -> None:
    assert ner.recogniser().lemmatizer.base("NovaThera", lang, "ORG", set(), False, before) == "NovaThera"


@needs_models
def test_a_name_the_document_also_writes_bare_declines_after_its_kind_noun() -> None:
    # "a subsidiary of the company <Name>": a genitive the text writes beside the name itself
    words = {"Tarnogaz", "Tarnogazu"}
    got = ner.recogniser().lemmatizer.base("Tarnogazu", "cs", "ORG", words, False, "dceřiná společnost ")
    assert got == "Tarnogaz"


@needs_models
@pytest.mark.parametrize(
    "surface",
    ["Kolar Vidmarjeva", "Kolar Vidmarjeve", "Kolar Vidmarjevo", "Marjeta Kolar Vidmarjeva"],
)
def test_sl_a_woman_s_possessive_second_surname_is_her_surname(surface: str) -> None:
    got = ner.recogniser().lemmatizer.base(surface, "sl", "PER", set())
    assert got.endswith("Kolar Vidmar")
    assert not got.endswith("Vidmarjev")
