"""Slovene recognition (issue 12, rec46): bodies named by a capitalised adjective and a small-letter
noun, by their "za" phrase after a head noun the tagger mistyped, by their seat, abbreviations
typed as places, a company's first word, an airport's noun. Invented names throughout."""

from __future__ import annotations

from storyline.analyse.entities_airports import with_place_heads
from storyline.analyse.entities_body_nouns import with_body_nouns
from storyline.analyse.entities_country_codes import country_codes_as_places
from storyline.analyse.entities_purpose import with_purpose_phrases
from storyline.analyse.entities_seated import with_seats
from storyline.analyse.entities_short_bodies import short_bodies
from storyline.model import Mention


def _same(surface: str, _etype: str) -> str:
    return surface


def _at(text: str, word: str, etype: str) -> Mention:
    i = text.index(word)
    return Mention(i, i + len(word), word, etype, word, "sl")


def _pairs(mentions: list[Mention]) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in mentions]


def test_an_adjective_and_a_body_noun_inside_a_sentence_are_an_organisation() -> None:
    text = "Vzorce so poslali na Holmbijski inštitut, poročilo pa bo pregledal Nordvaški svet."
    got = with_body_nouns(text, [], "sl", _same, (0, len(text)))
    assert _pairs(got) == [("Holmbijski inštitut", "ORG"), ("Nordvaški svet", "ORG")]


def test_a_leaders_possessive_before_a_body_noun_is_left() -> None:
    text = "Podporo je napovedala Holmbergova stranka."
    assert with_body_nouns(text, [], "sl", _same, (0, len(text))) == []


def test_the_adjective_then_its_za_phrase_make_one_body() -> None:
    text = "Podatke je objavil Nordvaški inštitut za javno zdravje, ki jih zbira."
    found = with_body_nouns(text, [_at(text, "Nordvaški", "LOC")], "sl", _same, (0, len(text)))
    got = with_purpose_phrases(text, found, "sl", _same, (0, len(text)))
    assert _pairs(got) == [("Nordvaški inštitut za javno zdravje", "ORG")]


def test_a_head_noun_typed_a_place_takes_its_za_phrase_and_is_a_body() -> None:
    text = "Strokovnjaki z Zavoda za varstvo voda so opozorili na sušo."
    got = with_purpose_phrases(text, [_at(text, "Zavoda", "LOC")], "sl", _same, (0, len(text)))
    assert _pairs(got) == [("Zavoda za varstvo voda", "ORG")]


def test_a_head_noun_no_mention_touches_is_added_with_its_phrase() -> None:
    text = "Analizo so opravili v Centru za nadzor kakovosti, kot so sporočili."
    got = with_purpose_phrases(text, [], "sl", _same, (0, len(text)))
    assert _pairs(got) == [("Centru za nadzor kakovosti", "ORG")]


def test_a_phrase_a_capitalised_word_goes_on_after_is_left() -> None:
    text = "Izjavo je podal predsednik Društva za varstvo ptic Holmbije."
    assert with_purpose_phrases(text, [], "sl", _same, (0, len(text))) == []


def test_a_university_and_its_seat_are_one_body() -> None:
    text = "Raziskovalci Univerze v Holmbergu so predstavili rezultate."
    found = [_at(text, "Univerze", "ORG"), _at(text, "Holmbergu", "LOC")]
    got = with_seats(text, found, "sl", _same, (0, len(text)))
    assert _pairs(got) == [("Univerze v Holmbergu", "ORG")]


def test_a_seat_of_two_words_or_another_body_is_left() -> None:
    text = "Predaval je na Univerzi v Novem Holmbergu, zastopniki EU v Nordvagu pa so molčali."
    found = [_at(text, "Univerzi", "ORG"), _at(text, "EU", "ORG"), _at(text, "Nordvagu", "LOC")]
    assert with_seats(text, found, "sl", _same, (0, len(text))) == found


def test_an_abbreviation_typed_a_place_that_no_gazetteer_knows_is_a_body() -> None:
    text = "Odobritev HVKA pričakujejo v ZDA in VB."
    found = [_at(text, "HVKA", "LOC"), _at(text, "ZDA", "LOC"), _at(text, "VB", "LOC")]
    got = country_codes_as_places(text, found, "sl")
    assert _pairs(got) == [("HVKA", "ORG"), ("ZDA", "LOC"), ("VB", "LOC")]
    assert _pairs(country_codes_as_places(text, found, "hr"))[0] == ("HVKA", "LOC")


def test_a_company_named_by_its_first_word_is_the_company() -> None:
    text = "Nordvena Airways je ukinila lete. Nordvena bo potnikom vrnila denar, Nordvene pa ne bodo prodali."
    found = [
        _at(text, "Nordvena Airways", "ORG"),
        _at(text, "Nordvena bo", "PER"),
        _at(text, "Nordvene", "LOC"),
    ]
    found[1] = Mention(found[1].start, found[1].start + 8, "Nordvena", "PER", "Nordvena", "sl")
    got = short_bodies(found, "sl")
    assert [m.type for m in got] == ["ORG", "ORG", "ORG"]


def test_a_given_name_or_a_known_place_is_not_retyped() -> None:
    text = "Dunaj Holmby Group je vlagal. Dunaj je mesto."
    found = [_at(text, "Dunaj Holmby Group", "ORG"), Mention(30, 35, "Dunaj", "LOC", "Dunaj", "sl")]
    assert [m.type for m in short_bodies(found, "sl")] == ["ORG", "LOC"]


def test_an_airports_noun_is_part_of_its_name() -> None:
    text = "Letalo je pristalo na letališču Holmbyfield, potniki pa so ostali v Nordvagu."
    found = [_at(text, "Holmbyfield", "PER"), _at(text, "Nordvagu", "LOC")]
    got = with_place_heads(text, found, "sl", _same)
    assert _pairs(got) == [("letališču Holmbyfield", "LOC"), ("Nordvagu", "LOC")]
