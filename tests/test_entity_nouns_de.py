"""German common nouns among the capitals (``analyse/entity_nouns``; web-pages audit round 1):
every German noun is capitalised, so an article, a number or an adjective before a frequent word
says it is a noun, and the nouns a run of capitals takes in before or after a name are cut off.
Invented names and sentences throughout."""

from __future__ import annotations

from entity_support import found as _found


def test_a_word_an_article_opens_is_a_noun_in_the_whole_passage() -> None:
    text = (
        "Tote nach Sturm in Portugal. Nach dem schweren Sturm vom Montag suchen Helfer weiter, "
        "sagte Lena Marwitz."
    )
    found = _found(text, "de")
    assert not any(name == "Sturm" for name, _ in found)
    assert ("Portugal", "LOC") in found
    assert ("Lena Marwitz", "PER") in found


def test_a_counted_or_described_noun_is_no_name() -> None:
    text = "Die Helfer brachten 412 Frauen in Sicherheit. Am Boden lagen Trümmer, sagte Jan Korff."
    found = _found(text, "de")
    assert not any(name in ("Frauen", "Boden") for name, _ in found)
    assert ("Jan Korff", "PER") in found


def test_a_noun_paired_with_a_noun_is_no_place() -> None:
    text = "Die Bewohner harrten zwei Tage ohne Essen und Wasser aus, sagte Jan Korff."
    assert not any(name == "Essen" for name, _ in _found(text, "de"))


def test_places_and_names_that_are_words_stay() -> None:
    text = "Jan Korff wohnt in Essen. Er lobte das Essen in der Kantine."
    found = _found(text, "de")
    assert ("Essen", "LOC") in found
    assert found.count(("Essen", "LOC")) == 1  # the food after "das" is no city


def test_a_describing_noun_before_a_name_is_cut_off() -> None:
    text = "Der Bus fuhr in der portugiesischen Stadt Porto in einen Fluss, sagte Jan Korff."
    assert ("Porto", "LOC") in _found(text, "de")
    text = "Ein Flugzeug des Herstellers Bombardier landete in Lissabon."
    found = _found(text, "de")
    assert ("Bombardier", "ORG") in found
    assert not any(name.startswith("Herstellers") for name, _ in found)
    text = "Die Helfer erreichten die Seite der Provinz Lwiw am Morgen."
    assert ("Provinz Lwiw", "LOC") in _found(text, "de")


def test_a_division_word_that_names_the_division_stays() -> None:
    # "Region X" renders a division's own name (an oblast), unlike "Stadt X"
    text = "Das Flugzeug stürzte in der russischen Region Kursk ab, sagte Jan Korff."
    assert ("Region Kursk", "LOC") in _found(text, "de")


def test_a_phrase_of_nouns_joined_by_an_article_is_no_name() -> None:
    text = "Der Pilot sei nach Angaben der Behörde an Bord gewesen, sagte Jan Korff."
    found = _found(text, "de")
    assert not any("Angaben" in name for name, _ in found)


def test_a_name_in_the_genitive_before_nouns_is_the_name_alone() -> None:
    text = "Der Politiker Boris Kowalenko flog ab. Es hieß, dass Kowalenkos Name auf der Liste stand."
    found = _found(text, "de")
    assert not any(name.endswith("Name") for name, _ in found)
    assert ("Kowalenkos", "PER") in found


def test_a_compound_of_a_plural_noun_is_no_place() -> None:
    text = "Nach Behördenangaben starben zwei Menschen, sagte Jan Korff."
    assert not any(name == "Behördenangaben" for name, _ in _found(text, "de"))
    text = "Die Helfer fuhren nach Gazastreifen und nach Oberwiesen."
    found = _found(text, "de")
    assert ("Gazastreifen", "LOC") in found
    assert ("Oberwiesen", "LOC") in found


def test_a_plural_noun_after_a_place_cue_is_no_place() -> None:
    text = "Nach Angaben des Senders starben elf Menschen. Jan Korff flog nach Oslo."
    found = _found(text, "de")
    assert not any(name == "Angaben" for name, _ in found)
    assert ("Oslo", "LOC") in found
