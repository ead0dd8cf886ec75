"""A city name large cities in two countries share is read in the country its documents name."""

from __future__ import annotations

from storyline.link.places import areas
from storyline.model import Entity


def _loc(key: str, name: str) -> Entity:
    return Entity(key, "LOC", name, {}, [])


def _country(city: str, *named: str) -> str | None:
    entities = [_loc("city", city), *(_loc(f"c{k}", n) for k, n in enumerate(named))]
    area = areas(entities, [{e.id for e in entities}])["city"]
    return next((a.split(":")[1] for a in area if a.startswith("country:")), None)


def test_a_shared_city_name_is_read_in_the_country_named_beside_it() -> None:
    assert _country("Córdoba", "Spain") == "ES"
    assert _country("Córdoba", "Argentina") == "AR"


def test_without_a_country_beside_it_the_city_named_in_most_languages() -> None:
    # Valencia, Venezuela, is the larger; Valencia, Spain, has names in twice as many languages
    # (Walencja, Βαλένθια, Valence): news means it, and its exonyms must meet the bare name
    assert _country("Valencia") == "ES"
    assert _country("Walencja") == "ES"
    assert _country("Valencia", "Venezuela") == "VE"
    # a country that has no city of the name changes nothing
    assert _country("Valencia", "Norway") == "ES"


def test_a_small_namesake_is_no_reading() -> None:
    assert _country("Paris", "United States") == "FR"


def test_a_country_named_only_in_another_document_does_not_count() -> None:
    entities = [_loc("city", "Valencia"), _loc("ve", "Venezuela")]
    area = areas(entities, [{"city"}, {"ve"}])["city"]
    assert "country:ES" in area
