"""Russian and Ukrainian base forms of the ents74 dev sample's classes (invented names)."""

from __future__ import annotations

from helpers import packaged_lemmatizer as _learned
from storyline.ner import lemma_prefixed, morphology, morphology_agreeing


def test_a_capitalised_adjective_after_its_head_noun_goes_to_the_nominative_with_it() -> None:
    lem = _learned()
    # a town named by a noun and an adjective after it, in the locative after "в"
    assert lem.base("Камне Великом", "ru", "LOC", before="в ") == "Камень Великий"
    assert lem.base("Камені Великому", "uk", "LOC", before="у ") == "Камінь Великий"
    assert lem.base("Камня Великого", "ru", "LOC") == "Камень Великий"
    # a nominative stays as written
    assert lem.base("Камень Великий", "ru", "LOC") == "Камень Великий"


def test_an_adjective_before_a_noun_it_agrees_with_is_no_postposed_adjective() -> None:
    ru = morphology.for_lang("ru")
    assert ru is not None
    # "сельского" agrees with "Министерства" too, but a noun follows: a complement, kept
    assert (
        morphology_agreeing.head_then_adjectives(ru.analyzer, ["Министерства", "Сельского", "Хозяйства"])
        is None
    )
    assert (
        _learned().base("Министерства сельского хозяйства", "ru", "ORG") == "Министерство сельского хозяйства"
    )
    # a small-letter adjective after a noun is no name's own word
    assert morphology_agreeing.head_then_adjectives(ru.analyzer, ["Камне", "великом"]) is None


def test_an_epithet_or_a_known_a_declension_surname_after_a_mans_given_name_in_a_case() -> None:
    lem = _learned()
    assert lem.base("Олега Смелого", "ru", "PER") == "Олег Смелый"
    assert lem.base("Олега Сміливого", "uk", "PER") == "Олег Сміливий"
    # "Свечи": the genitive of a noun in "-а", a man's surname of that declension
    assert lem.base("Ивана Свечи", "ru", "PER") == "Иван Свеча"
    # an indeclinable foreign surname in "-и" the dictionary does not know stays as written
    assert lem.base("Ивана Маркелли", "ru", "PER") == "Иван Маркелли"


def test_a_mans_nominative_given_name_keeps_a_surname_in_a() -> None:
    lem = _learned()
    assert lem.base("Себастьян Кордера", "ru", "PER") == "Себастьян Кордера"
    assert lem.base("Дмитрий Варгела", "ru", "PER") == "Дмитрий Варгела"
    # the document writes the surname without the vowel too: that vowel is a case ending
    assert lem.base("Себастьян Кордера", "ru", "PER", attested={"Кордер"}) == "Себастьян Кордер"
    # a given name that declines in no case says nothing of the surname's case
    assert not morphology_agreeing.mans_nominative_only([], "Джереми")


def test_initials_of_two_letters_glued_to_a_surname() -> None:
    lem = _learned()
    assert lem.base("Дж.Вардона", "ru", "PER") == "Дж.Вардон"
    assert lem.base("Х.Вардона", "ru", "PER") == "Х.Вардон"
    assert lem.base("Дж.Вардон", "ru", "PER") == "Дж.Вардон"


def test_a_clipped_prefix_and_a_noun_run_together_take_the_nouns_nominative() -> None:
    lem = _learned()
    uk = morphology.for_lang("uk")
    ru = morphology.for_lang("ru")
    assert uk is not None and ru is not None
    # words the dictionary lacks whole
    assert lemma_prefixed.nominative("Медради", "uk", uk.analyzer) == "Медрада"
    assert lemma_prefixed.nominative("Медсовета", "ru", ru.analyzer) == "Медсовет"
    assert lem.base("Медради", "uk", "ORG") == "Медрада"
    assert lem.base("Проффонду", "uk", "ORG") == "Проффонд"
    # already a nominative, a word the dictionary knows whole, or no listed prefix: None
    assert lemma_prefixed.nominative("Медрада", "uk", uk.analyzer) is None
    assert lemma_prefixed.nominative("Облсовета", "ru", ru.analyzer) is None
    assert lemma_prefixed.nominative("Вардона", "ru", ru.analyzer) is None
    # a person's name is not read so ("Гор" + "дона")
    assert lem.base("Гордана", "ru", "PER") != "Гордон"
