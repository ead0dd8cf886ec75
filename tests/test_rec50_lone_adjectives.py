"""A capitalised adjective before the noun it agrees with is no name by itself (issue 12, branch rec50)."""

from __future__ import annotations

from storyline.analyse.entities_lone_adjectives import without_lone_adjectives
from storyline.model import Mention


def _kept(text: str, surface: str, etype: str = "PER", lang: str = "ru") -> list[str]:
    i = text.index(surface)
    found = [Mention(i, i + len(surface), surface, etype, surface, lang)]
    return [m.text for m in without_lone_adjectives(text, found, lang)]


def test_a_sentences_first_adjective_before_its_noun_is_dropped() -> None:
    assert _kept("Старинная крепость Холмбург открылась.", "Старинная") == []
    assert _kept("Вчера. Морской министр Холмов заявил.", "Морской", "LOC") == []
    assert _kept("Старинные крепостные стены Холмбурга.", "Старинные") == []


def test_an_adjective_the_next_word_does_not_agree_with_stays() -> None:
    assert _kept("Морская сказала, что Холмов прав.", "Морская") == ["Морская"]  # a verb after it
    assert _kept("Живут в Северной и Южной Холмбии.", "Северной", "LOC") == ["Северной"]
    assert _kept("Морской министерства Холмбии нет.", "Морской", "LOC") == ["Морской"]  # not one case
    assert _kept("Старинная, крепость.", "Старинная") == ["Старинная"]  # a mark between


def test_names_and_languages_without_a_dictionary_are_left_alone() -> None:
    assert _kept("Достоевский писатель Холмбии.", "Достоевский") == ["Достоевский"]  # a surname's reading
    assert _kept("Холмбургская крепость стоит.", "Холмбургская", "LOC") == ["Холмбургская"]  # unknown word
    assert _kept("Starý hrad Holmburg.", "Starý", "PER", "cs") == ["Starý"]


def test_ukrainian_adjectives_too() -> None:
    assert _kept("Старовинна фортеця Холмбург відкрилася.", "Старовинна", "PER", "uk") == []
