"""Keywords (simplemma in every language it ships) and how well each language is served."""

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


def test_language_support_is_read_off_the_packs() -> None:
    from storyline.analyse.language import support

    assert support("ru") == support("en") == "full"  # a pack for every analyser
    assert support("de") == support("ar") == "partial"  # names, dates, events, figures; quotes by rules
    assert support("ja") == support(None) == "basic"
