"""A country's name of several words in an oblique case takes the language's own name for it (ICU):
the word list reads a plural name's words one by one, as singulars of their own."""

from __future__ import annotations

from storyline.ner.lemma import _country_in_a_case


def test_a_plural_country_name_in_a_case_is_its_name() -> None:
    assert _country_in_a_case("Spojených arabských emirátů", "cs") == "Spojené arabské emiráty"
    assert _country_in_a_case("Marshallovými ostrovy", "cs") == "Marshallovy ostrovy"
    assert _country_in_a_case("Salomonovih otokih", "sl") == "Salomonovi otoki"
    assert _country_in_a_case("Republiki Środkowoafrykańskiej", "pl") == "Republika Środkowoafrykańska"


def test_the_first_words_of_a_country_name_keep_their_count_and_the_texts_capitals() -> None:
    # "Združenih državah" (the United States, "Amerike" left out) is the name's first two words
    assert _country_in_a_case("Združenih državah", "sl") == "Združene države"
    # a word the text writes as the name writes it keeps the text's capital
    assert _country_in_a_case("Združeni arabski Emirati", "sl") == "Združeni arabski Emirati"


def test_no_country_no_answer() -> None:
    assert _country_in_a_case("Nowej Huty", "pl") is None  # a district, no country
    assert _country_in_a_case("Francji", "pl") is None  # one word: the word list's business
