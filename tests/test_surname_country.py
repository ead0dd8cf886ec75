"""A person whose surname is spelt as a country ("Martin Kuba", Czech for Cuba) stays the person
where the text names him in full; the country stays the country (invented people and texts)."""

from __future__ import annotations

from entity_support import linked, mention_at
from storyline.model import Mention


def _person(text: str, surface: str, base: str) -> Mention:
    m = mention_at(text, surface, "PER", "cs")
    return Mention(m.start, m.end, m.text, "PER", base, "cs")


def test_a_lone_surname_spelt_as_a_country_is_the_person_the_text_names() -> None:
    text = "Hejtman Ondřej Kuba řekl, že kraj je připraven. Podle Kuby se situace zlepšila."
    full = _person(text, "Ondřej Kuba", "Ondřej Kuba")
    lone = _person(text, "Kuby", "Kuba")
    other = "Vláda Kuby oznámila nová opatření. Kuba otevřela hranice."
    country = mention_at(other, "Kuba", "LOC", "cs")
    links = linked({"d1": (text, [full, lone]), "d2": (other, [country])})
    assert links[("d1", 0)] == links[("d1", 1)]  # the governor, twice
    assert links[("d2", 0)] != links[("d1", 1)]  # not the country


def test_a_country_typed_person_without_a_namesake_is_still_the_country() -> None:
    text = "Podle Kuby se situace zlepšila. Vláda Kuby oznámila nová opatření."
    lone = _person(text, "Kuby", "Kuba")
    other = "Kuba otevřela hranice."
    country = mention_at(other, "Kuba", "LOC", "cs")
    links = linked({"d1": (text, [lone]), "d2": (other, [country])})
    assert links[("d1", 0)] == links[("d2", 0)]
