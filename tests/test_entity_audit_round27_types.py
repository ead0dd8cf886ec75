"""Entity types of audit round 27 and web pages round 4 (issue 16): airlines, dams, ships,
military districts — each read from general words, with other names than the audit's."""

from __future__ import annotations

from entity_support import mention_at as at
from storyline.analyse.entities_kinds import read_kinds
from storyline.model import Mention


def _kinds(text: str, m: Mention) -> Mention:
    return read_kinds(text, [m], m.lang)[0]


def test_an_airlines_words_make_an_organisation_in_every_language() -> None:
    cases = [
        ("Um avião da Azulmar Linhas Aéreas caiu ontem.", "Azulmar Linhas Aéreas", "PER", "pt"),
        ("El vuelo de Líneas Aéreas Condorinas llegó tarde.", "Líneas Aéreas Condorinas", "PER", "es"),
        (
            "Samolot Polskich Linii Lotniczych Orzeł wylądował.",
            "Polskich Linii Lotniczych Orzeł",
            "LOC",
            "pl",
        ),
        ("Самолёт Северные Авиалинии совершил посадку.", "Северные Авиалинии", "PER", "ru"),
        ("Uçak Kartal Hava Yolları tarafından işletiliyordu.", "Kartal Hava Yolları", "PER", "tr"),
        # English airline words in another language's Latin-script text
        ("Letadlo společnosti Nordvik Airways přistálo.", "Nordvik Airways", "PER", "cs"),
    ]
    for text, name, etype, lang in cases:
        assert _kinds(text, at(text, name, etype, lang)).type == "ORG", name


def test_a_person_without_airline_words_stays() -> None:
    text = "Maria Linhares disse que o voo atrasou."
    assert _kinds(text, at(text, "Maria Linhares", "PER", "pt")).type == "PER"
    text = "Po varnosti jih je razvrstila stran AirlineScores.com letos."  # a site, a product
    assert _kinds(text, at(text, "AirlineScores.com", "PRO", "sl")).type == "PRO"


def _clean(text: str, m: Mention) -> list[Mention]:
    from entity_support import as_written
    from storyline.analyse.entities_hygiene import clean

    return clean(text, [m], m.lang, as_written)


def test_a_facility_word_opening_a_name_makes_a_place_not_a_person() -> None:
    cases = [
        ("după distrugerea Barajului Nordvale, apa a inundat satele.", "Barajului Nordvale", "ro"),
        ("Woda przelała się przez Zapora Kresna wczoraj.", "Zapora Kresna", "pl"),
        ("A água rompeu a Barragem Nordina durante a noite.", "Barragem Nordina", "pt"),
    ]
    for text, name, lang in cases:
        assert [x.type for x in _clean(text, at(text, name, "PER", lang))] == ["LOC"], name


def test_a_given_name_that_is_a_place_noun_stays_a_person() -> None:
    text = "Ada Kervan konuştu."
    assert [x.type for x in _clean(text, at(text, "Ada Kervan", "PER", "tr"))] == ["PER"]


def test_a_dam_in_a_rules_language_is_a_place() -> None:
    from entity_support import found

    text = "Peste 2.700 de persoane au fost evacuate după distrugerea Barajului Nordvale, a anunțat Guvernul."
    assert ("Barajului Nordvale", "LOC") in found(text, "ro")


def test_a_military_districts_abbreviation_is_a_body() -> None:
    from storyline.analyse.entities_country_codes import country_codes_as_places

    text = "рассказал офицер ЦВО Пётр Сидоров."
    got = country_codes_as_places(text, [at(text, "ЦВО", "LOC", "ru")], "ru")
    assert [m.type for m in got] == ["ORG"]
    text = "в регионе СВО продолжается."  # the operation is no district
    got = country_codes_as_places(text, [at(text, "СВО", "LOC", "ru")], "ru")
    assert [m.type for m in got] == ["LOC"]


def test_a_posts_signing_name_is_its_author_not_a_town() -> None:
    text = "Nova Kahovka Dam was destroyed. pic.twitter.com/xyz — ✿ Florence ✿ (@flo_writes) June 6, 2023"
    assert [x.type for x in _clean(text, at(text, "Florence", "LOC", "ro"))] == ["PER"]
    text = "Wir stehen an eurer Seite. — Ukraine (@Ukraine) June 6, 2023"
    assert [x.type for x in _clean(text, at(text, "Ukraine", "LOC", "de"))] == ["LOC"]
    text = "The floods reached Florence on Monday."  # no handle after it: the town
    assert [x.type for x in _clean(text, at(text, "Florence", "LOC", "en"))] == ["LOC"]
