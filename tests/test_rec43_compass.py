"""A place after a small-letter compass adjective is one place with it (Slovene; invented places)."""

from storyline.analyse.entities_compass import with_compass_adjectives
from storyline.model import Mention


def _same(surface: str, etype: str) -> str:
    return surface


def _place(text: str, name: str, etype: str = "LOC") -> Mention:
    start = text.index(name)
    return Mention(start, start + len(name), name, etype, name, "sl")


def test_compass_adjective_starts_the_place() -> None:
    text = "Plin bo od tam potoval v vzhodno Nordavijo in južne Kelmarije."
    found = with_compass_adjectives(text, [_place(text, "Nordavijo"), _place(text, "Kelmarije")], "sl", _same)
    assert [(m.text, m.type) for m in found] == [("vzhodno Nordavijo", "LOC"), ("južne Kelmarije", "LOC")]


def test_compass_noun_and_other_words_stay_outside() -> None:
    text = "Na vzhodu Nordavije in v lepi Kelmariji so boji, vzhodno Velmarjevo podjetje pa stoji."
    mentions = [_place(text, "Nordavije"), _place(text, "Kelmariji"), _place(text, "Velmarjevo", "ORG")]
    found = with_compass_adjectives(text, mentions, "sl", _same)
    assert [m.text for m in found] == ["Nordavije", "Kelmariji", "Velmarjevo"]


def test_other_languages_are_left_alone() -> None:
    text = "Ve východní Nordavii."
    assert with_compass_adjectives(text, [_place(text, "Nordavii")], "cs", _same)[0].text == "Nordavii"
