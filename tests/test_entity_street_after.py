"""A square's, an embankment's or a street's name written as an adjective-formed name and a
lower-case noun after it (Czech "náměstí", Slovene "trg") is one place with the noun (issue 16;
invented names and sentences)."""

from __future__ import annotations

from storyline.analyse.entities_heads import read_heads
from storyline.model import Mention


def _at(text: str, surface: str, lang: str, base: str | None = None) -> Mention:
    i = text.index(surface)
    return Mention(i, i + len(surface), surface, "LOC", base or surface, lang)


def _nominative(surface: str, etype: str) -> str:
    # stands for the lemmatizer: a made-up table of the whole names these tests write
    return {"Borkově náměstí": "Borkovo náměstí", "Velmerjevem trgu": "Velmerjev trg"}.get(surface, surface)


def test_the_noun_after_a_squares_name_is_part_of_it() -> None:
    text = "Protest se konal na Borkově náměstí v poledne."
    (m,) = read_heads(text, [_at(text, "Borkově", "cs", "Borkov")], "cs", _nominative)
    assert (m.text, m.base) == ("Borkově náměstí", "Borkovo náměstí")
    assert text[m.start : m.end] == m.text
    text = "Zbrali so se na Velmerjevem trgu pred občino."
    (m,) = read_heads(text, [_at(text, "Velmerjevem", "sl")], "sl", _nominative)
    assert (m.text, m.base) == ("Velmerjevem trgu", "Velmerjev trg")


def test_every_form_of_the_noun_and_the_slovak_one() -> None:
    text = "Kolona jela po Tarnické třídě až k mostu."
    (m,) = read_heads(text, [_at(text, "Tarnické", "cs")], "cs", _nominative)
    assert m.text == "Tarnické třídě"
    text = "Ľudia stáli na Dolnovskom námestí celý deň."
    (m,) = read_heads(text, [_at(text, "Dolnovskom", "sk")], "sk", _nominative)
    assert m.text == "Dolnovskom námestí"


def test_not_another_word_nor_another_language_nor_a_known_place() -> None:
    text = "Na Borkově stojí náměstí i kostel."
    assert [m.text for m in read_heads(text, [_at(text, "Borkově", "cs")], "cs", _nominative)] == ["Borkově"]
    text = "They met in Velmer trg yesterday."
    assert [m.text for m in read_heads(text, [_at(text, "Velmer", "en")], "en", _nominative)] == ["Velmer"]
    # a city before the noun is the city's, not a square's name ("Brno's streets")
    text = "V Brně ulice zůstaly prázdné."
    assert [m.text for m in read_heads(text, [_at(text, "Brně", "cs", "Brno")], "cs", _nominative)] == [
        "Brně"
    ]
    # a person is not a place's name
    text = "Starosta Borek náměstí nezmínil."
    found = [Mention(9, 14, "Borek", "PER", "Borek", "cs")]
    assert [m.text for m in read_heads(text, found, "cs", _nominative)] == ["Borek"]
