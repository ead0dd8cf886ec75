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
