"""Names of the kinds the precision audit's round 21 found wrong, most from the multilingual pages
(invented names and sentences throughout): a treaty, a building, an outlet named after a place,
a route of two places, a body's matter after "ds."."""

from __future__ import annotations

from entity_support import found as _found
from storyline.analyse.entities_buildings import buildings_as_places
from storyline.model import Mention


def test_a_treaty_is_a_product() -> None:
    text = "Der Vertrag ersetzt das Warschauer Abkommen, sagte Lena Marwitz am Abend."
    found = _found(text, "de")
    assert ("Warschauer Abkommen", "PRO") in found
    assert ("Lena Marwitz", "PER") in found
    assert ("Treaty of Velden", "PRO") in _found("Both sides signed the Treaty of Velden in 1921.", "en")


def test_a_route_of_two_places_is_two_places() -> None:
    found = _found("Flight XY88 was operating Lisbon-London Heathrow, a busy route.", "en")
    assert ("Lisbon", "LOC") in found
    assert ("London Heathrow", "LOC") in found
    # a double first name or a double surname stays one person's name
    found = _found("Jean-Paul Sartre wrote it. Mary Smith-Jones agreed.", "en")
    assert ("Jean-Paul Sartre", "PER") in found
    assert ("Mary Smith-Jones", "PER") in found


def test_a_building_is_a_place() -> None:
    text = "Mehr als 100 Menschen starben bei dem Angriff auf die Nordwind Arena in Kasan."
    assert ("Nordwind Arena", "LOC") in _found(text, "de")
    hall = Mention(0, 17, "Olwen Music Hall", "ORG", "Olwen Music Hall", "bg")
    assert buildings_as_places([hall])[0].type == "LOC"
    # a lower-case "hall" is no name's head
    body = Mention(0, 14, "Komitet hall", "ORG", "Komitet hall", "pl")
    assert buildings_as_places([body])[0].type == "ORG"


def test_an_outlet_named_after_a_place_is_no_place() -> None:
    text = "به گزارش شبکه تلویزیونی دمشق، شمار کشته‌ها در دمشق افزایش یافت."
    found = _found(text, "fa")
    assert found[0] == ("دمشق", "ORG")
    assert ("دمشق", "LOC") in found[1:]


def test_a_bodys_matter_after_ds_is_its_name() -> None:
    text = "W raporcie przygotowanym przez Komisję Wspólną ds. Brexitu posłowie piszą o handlu."
    found = _found(text, "pl")
    assert any(t.startswith("Komisję Wspólną ds. Brexitu") and ty == "ORG" for t, ty in found), found


def test_a_bodys_short_name_in_brackets_is_the_body() -> None:
    text = "Técnicos do Serviço Regional de Vistoria de Estradas (Servira II) chegaram a Osório."
    assert ("Servira II", "ORG") in _found(text, "pt")
    # a person in brackets after a person stays one
    text = "A líder Ana Beltrão (Marta Beltrão) chegou a Osório."
    assert ("Marta Beltrão", "PER") in _found(text, "pt")


def test_a_platform_before_a_channel_is_two_names() -> None:
    text = "Imaginile au fost publicate de canalele ruse de Telegram Vostok și de alții."
    found = _found(text, "ro")
    assert ("Telegram", "PRO") in found
    assert not any(t == "Telegram Vostok" for t, _ in found)


def test_a_portal_that_publishes_is_an_outlet() -> None:
    from storyline.names.media import outlet_context

    text = "Část výpovědi zveřejnil portál Ranní Hlas, píše se v článku."
    i = text.index("Ranní Hlas")
    assert outlet_context(text, Mention(i, i + 10, "Ranní Hlas", "PRO", "Ranní Hlas", "cs"))
