"""Audit round 24: a statement someone will make is no happening, in a language with no morphology
to read the tense ("złożą oświadczenie", E1); a letter of resignation is no statement (E2); a place
of a list of three or more is no place of the happening (E4)."""

from __future__ import annotations

import pytest

from helpers import realis_why
from test_link_dates import analysis


@pytest.mark.parametrize(
    ("text", "lang", "kind", "trigger"),
    [
        (
            "Każdy wnioskodawca wypełni formularz, w którym poda adres, datę urodzenia oraz złoży "
            "oświadczenie o niekaralności.",
            "pl",
            "statement",
            "oświadczenie",
        ),
        ("Rozmowy w sprawie budżetu odbędą się w Gdańsku w przyszłym miesiącu.", "pl", "meeting", "Rozmowy"),
        ("Ministr podepíše dohodu s Rakouskem v pondělí.", "cs", "agreement", "dohodu"),
        ("Stretnutie ministrov prebehne v Košiciach v piatok.", "sk", "meeting", "Stretnutie"),
    ],
)
def test_a_perfective_future_is_no_happening(text: str, lang: str, kind: str, trigger: str) -> None:
    assert realis_why(text, lang, kind, trigger) == "irrealis"


@pytest.mark.parametrize(
    ("text", "lang", "kind", "trigger"),
    [
        ("Wczoraj kandydaci złożyli oświadczenie o niekaralności.", "pl", "statement", "oświadczenie"),
        ("Rozmowy w sprawie budżetu odbyły się w Gdańsku.", "pl", "meeting", "Rozmowy"),
    ],
)
def test_a_past_one_stays_a_happening(text: str, lang: str, kind: str, trigger: str) -> None:
    assert realis_why(text, lang, kind, trigger) is None


@pytest.mark.parametrize(
    ("text", "lang", "trigger"),
    [
        ("Вечером губернатор подписал заявление министра финансов об отставке.", "ru", "заявление"),
        ("Мэр принял заявление Ивана Петрова об уходе с поста вице-мэра.", "ru", "заявление"),
        ("Прем'єр отримала заяву Олени Бойко про відставку з посади міністра.", "uk", "заяву"),
        ("Кметът прие заявлението на Иван Колев за оставка.", "bg", "заявлението"),
        ("Marszałek przyjął oświadczenie posła Nowaka o rezygnacji z mandatu.", "pl", "oświadczenie"),
        ("Predsednik je prejel odstopno izjavo ministrice za zdravje.", "sl", "izjavo"),
    ],
)
def test_a_letter_of_resignation_is_no_statement(text: str, lang: str, trigger: str) -> None:
    assert realis_why(text, lang, "statement", trigger) == "sense"


@pytest.mark.parametrize(
    ("text", "lang", "trigger"),
    [
        ("Вечером министр финансов сделал заявление о бюджете.", "ru", "заявление"),
        # what the letter says is told: the writer's statement
        ("В своем заявлении об отставке Петров написал, что не согласен с курсом.", "ru", "заявлении"),
        ("W oświadczeniu o rezygnacji Nowak napisał, że nie zgadza się z decyzją.", "pl", "oświadczeniu"),
    ],
)
def test_a_statement_on_another_matter_or_told_stays_one(text: str, lang: str, trigger: str) -> None:
    assert realis_why(text, lang, "statement", trigger) is None


def _place(text: str, lang: str, places: list[str], kind: str) -> str | None:
    a = analysis(text, lang, dict.fromkeys(places, "LOC"))
    (m,) = [m for m in a.events if m.type == kind]
    return a.mentions[m.place].text if m.place is not None else None


@pytest.mark.parametrize(
    ("text", "lang", "places"),
    [
        (
            "Z powodu strajków w Portugalii, Hiszpanii i Grecji przewoźnik odwołał setki lotów.",
            "pl",
            ["Portugalii", "Hiszpanii", "Grecji"],
        ),
        (
            "Because of strikes in Portugal, Spain and Greece the airline cancelled hundreds of flights.",
            "en",
            ["Portugal", "Spain", "Greece"],
        ),
        (
            "Из-за забастовок в Португалии, Испании и Греции авиакомпания отменила сотни рейсов.",
            "ru",
            ["Португалии", "Испании", "Греции"],
        ),
    ],
)
def test_a_place_of_a_list_of_three_places_no_happening(text: str, lang: str, places: list[str]) -> None:
    assert _place(text, lang, places, "disruption") is None


@pytest.mark.parametrize(
    ("text", "lang", "places", "place"),
    [
        ("Przewoźnik odwołał w Portugalii setki lotów.", "pl", ["Portugalii"], "Portugalii"),
        # two places: a happening spanning both, placed by the first (as two days date by the first)
        (
            "Przewoźnik odwołał loty w Portugalii i Hiszpanii.",
            "pl",
            ["Portugalii", "Hiszpanii"],
            "Portugalii",
        ),
    ],
)
def test_a_place_of_its_own_or_of_two_still_places(
    text: str, lang: str, places: list[str], place: str
) -> None:
    assert _place(text, lang, places, "disruption") == place


def test_a_list_of_places_after_the_trigger_places_it_by_the_first() -> None:
    # the cancelled flights are in the places listed: the first is part of where it happened
    text = "Przewoźnik odwołał setki lotów w Portugalii, Hiszpanii i Grecji."
    assert _place(text, "pl", ["Portugalii", "Hiszpanii", "Grecji"], "disruption") == "Portugalii"


@pytest.mark.parametrize(
    ("text", "lang", "trigger"),
    [
        ("Вчора арбітраж розглянув заяву про визнання боржника банкрутом.", "uk", "заяву"),
    ],
)
def test_an_application_for_a_verbal_noun_is_no_statement(text: str, lang: str, trigger: str) -> None:
    # an application for doing something (recognising a ruling, a bankruptcy) is a filed request
    assert realis_why(text, lang, "statement", trigger) == "sense"


def test_a_statement_about_a_matter_stays_one() -> None:
    text = "Міністерство оприлюднило заяву про ситуацію на кордоні."
    assert realis_why(text, "uk", "statement", "заяву") is None
