"""A university or an institute typed as a place is shown as an organisation, the body its name
names (audit round 29 N3: a professor's university typed LOC); a hospital named with the
university's adjective keeps the place."""

from __future__ import annotations

from storyline.link.entities import build_entities
from storyline.model import Mention
from storyline.names.institutions import institution_named, is_institution


def test_the_noun_university_or_institute_in_any_case_names_an_institution() -> None:
    assert institution_named("Северного технического университета имени Орлова", "ru")
    assert institution_named("Uniwersytet Nadbałtycki", "pl")
    assert institution_named("Univerzitou Horskou", "cs")
    assert institution_named("Institut Hovorka", "cs")
    assert institution_named("Lakeside University", "en")


def test_an_adjective_of_university_names_no_institution() -> None:
    assert not institution_named("Univerzitní nemocnice Kopec", "cs")  # a university hospital
    assert not institution_named("Univerzitetni klinični center Vrhnika", "sl")
    assert not institution_named("Университетская клиника Орлова", "ru")
    assert not is_institution([("Lakeside University", "en"), ("Lakeside", "en")])
    assert not is_institution([])


def test_an_entity_of_a_university_typed_place_is_shown_as_an_organisation() -> None:
    text = "Профессор Северного технического университета имени Орлова Иван Петров сказал это."
    name = "Северного технического университета имени Орлова"
    start = text.index(name)
    m = Mention(start, start + len(name), name, "LOC", "Северный технический университет имени Орлова", "ru")
    [entity] = build_entities({("a", 0): "e1"}, {("a", 0): m}, {}, lambda k: text)
    assert entity.type == "ORG"
    hospital = Mention(0, 37, "Univerzitetni klinični center Vrhnika", "LOC", None, "sl")
    [entity] = build_entities({("b", 0): "e2"}, {("b", 0): hospital}, {})
    assert entity.type == "LOC"
