"""Keywords: simplemma's base forms in every language it ships, the word itself elsewhere."""

from __future__ import annotations

from storyline.analyse import analyse
from storyline.analyse.keywords import lemma, simplemma_languages


def test_croatian_serbian_and_bosnian_use_the_shared_dictionary() -> None:
    assert "hr" not in simplemma_languages() and "hbs" in simplemma_languages()
    assert lemma("gradovima", "hr") == lemma("gradovima", "bs") == "grad"


def test_a_language_simplemma_lacks_keeps_its_words() -> None:
    assert lemma("qwertyuiop", "zz") == "qwertyuiop"


def test_a_croatian_document_is_analysed() -> None:
    text = "Poplave su pogodile nekoliko gradova na jugu zemlje. Spasioci su evakuirali stanovnike sela."
    analysis = analyse(text, lang="hr")
    assert analysis.keywords and all(k for k in analysis.keywords)
