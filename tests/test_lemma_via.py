"""Serbian base forms made by the Croatian/Slovene endings through Serbian's Latin letters: the
Bulgarian tagger that finds Serbian names knows no cases (audit pages 3 N4)."""

from __future__ import annotations

import pytest

from storyline import ner
from storyline.ner.lemma_via import _to_cyrillic, _to_latin, base_via, via_lang


def test_serbian_letters_map_both_ways() -> None:
    for word in ("Љубљана", "Њујорк", "Џакарта", "Ћуприја", "Ђаковица", "Шабац"):
        assert _to_cyrillic(_to_latin(word)) == word
    assert _to_latin("Љубљана") == "Ljubljana"


def test_only_a_language_with_lemma_via_has_one() -> None:
    assert via_lang("sr") == "sl"
    assert via_lang("bg") is None
    assert via_lang(None) is None


def _lemmatizer():  # noqa: ANN202
    recogniser = ner.recogniser()
    if recogniser is None:
        pytest.skip("no packaged models")
    return recogniser.lemmatizer


def test_a_serbian_place_in_the_genitive_gets_its_nominative_in_its_own_script() -> None:
    lem = _lemmatizer()
    assert base_via(lem, "Кине", "sr", "LOC", "увоз из Кине расте") == "Кина"
    assert base_via(lem, "Kine", "sr", "LOC", "uvoz iz Kine raste") == "Kina"


def test_a_person_or_another_language_is_left_to_the_tagger_s_language() -> None:
    lem = _lemmatizer()
    assert base_via(lem, "Петра Петровића", "sr", "PER", "рекао је Петра Петровића") is None
    assert base_via(lem, "Кине", "bg", "LOC", "от Кине") is None
