"""A maker's name with a model number is one product however written (issue 12, rec49; invented
sentences, the makers of the shared list)."""

from __future__ import annotations

from entity_support import placed_in_order
from storyline.analyse.entities_aircraft_models import aircraft_models


def _models(text: str, found: list[tuple[str, str]], lang: str = "ru") -> list[tuple[str, str]]:
    mentions = placed_in_order(text, found, lang)
    return [(m.text, m.type) for m in aircraft_models(text, mentions, lang, (0, len(text)))]


def test_hyphened_models_the_tagger_missed_are_products() -> None:
    text = "Парк Skyvolt насчитывает 120 самолетов Boeing-737-800 и Airbus A321neo."
    found = [("Skyvolt", "ORG")]
    assert _models(text, found) == [("Skyvolt", "ORG"), ("Boeing-737-800", "PRO"), ("Airbus A321neo", "PRO")]


def test_case_forms_cyrillic_and_small_letters() -> None:
    text = "Na pokładzie Airbusa A380 lub Boeinga 777 lecieli."
    found = [("Airbusa", "ORG"), ("Boeinga 777", "ORG")]
    assert _models(text, found, "pl") == [("Airbusa A380", "PRO"), ("Boeinga 777", "PRO")]
    text = "Самолет Боинг 747 сел. Letalo boeing 767 je pristalo."
    assert _models(text, [], "ru") == [("Боинг 747", "PRO"), ("boeing 767", "PRO")]


def test_a_model_name_but_no_airline_no_year_no_longer_name() -> None:
    text = "Boeing 737 MAX сел, Boeing 737 Skyvolt взлетел, Airbus 2019 года, Boeing 737 MAX 8 Jet."
    found = [("Skyvolt", "ORG"), ("Boeing 737 MAX 8 Jet", "PRO")]
    assert _models(text, found) == [
        ("Boeing 737 MAX", "PRO"),
        ("Boeing 737", "PRO"),
        ("Skyvolt", "ORG"),
        ("Boeing 737 MAX 8 Jet", "PRO"),
    ]
