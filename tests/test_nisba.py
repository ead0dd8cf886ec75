"""A country's people in Arabic (nisba: the country's stem and "-ي") is no place, though a town
somewhere is spelt so (web pages round 7 N1: "وكندي", and a Canadian, shown as a town)."""

from __future__ import annotations

from storyline.analyse import analyse
from storyline.names import fold
from storyline.names.nisba import country_nisba


def test_a_country_s_stem_with_a_nisba_ending_is_its_people() -> None:
    assert country_nisba(fold("كندي"), "ar")  # Canada → a Canadian
    assert country_nisba(fold("سوري"), "ar")  # Syria, its last "يا" dropped
    assert country_nisba(fold("مصريون"), "ar")  # Egypt, nothing dropped, the plural
    assert not country_nisba(fold("كندا"), "ar")  # the country itself
    assert not country_nisba(fold("بغداد"), "ar")
    assert not country_nisba(fold("كندي"), "en")  # a language without the data reads none


def test_a_people_in_a_list_of_passengers_is_no_town_a_town_stays() -> None:
    text = "وكانت الطائرة تقل 120 هنديا و 40 بريطانيا وكندي. ووصل الوفد إلى بغداد أمس."
    found = {(m.text, m.type) for m in analyse(text, lang="ar").mentions}
    assert not any("كندي" in t for t, _ in found)
    assert ("بغداد", "LOC") in found
