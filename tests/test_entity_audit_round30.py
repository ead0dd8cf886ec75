"""Audit round 30 and web pages rounds 6-7, N3: a newspaper's name transcribed letter by letter
("Express" with a Cyrillic х) typed a person is shown as an organisation; a "person" right after
the noun for a town's area ("у подручје X") is the area, a place."""

from __future__ import annotations

from storyline.analyse import analyse
from storyline.link.entities import build_entities
from storyline.model import Mention
from storyline.names.media import outlet_named


def test_express_transcribed_with_a_cyrillic_x_is_an_outlet_s_word() -> None:
    assert outlet_named("Брдски Ехпресс", "sr")
    assert not outlet_named("Ехпресс", "sr")  # one word alone: too little to go on
    text = "Јавиле су локалне новине Брдски Ехпресс, позивајући се на полицију."
    name = "Брдски Ехпресс"
    start = text.index(name)
    m = Mention(start, start + len(name), name, "PER", name, "sr")
    [entity] = build_entities({("a", 0): "e1"}, {("a", 0): m}, {}, lambda k: text)
    assert entity.type == "ORG"


def test_a_person_right_after_the_noun_for_an_area_is_the_area() -> None:
    text = "Авион се срушио у подручје Маријани у граду, што је изазвало хитну интервенцију."
    found = {(m.text, m.type) for m in analyse(text, lang="sr").mentions}
    assert ("Маријани", "LOC") in found
    person = "Ово је рекао Марко Јовановић у подручју града."
    assert ("Марко Јовановић", "PER") in {(m.text, m.type) for m in analyse(person, lang="sr").mentions}
