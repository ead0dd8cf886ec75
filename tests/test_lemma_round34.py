"""Base forms of audit round 34 (invented names, not the audit's)."""

from __future__ import annotations

from helpers import packaged_lemmatizer as _learned
from storyline.ner import agreement, morphology, morphology_shared
from storyline.ner.lemma import _spelling_fix


def test_a_genitive_complement_after_a_head_noun_keeps_its_feminine_adjective() -> None:
    lem = _learned()
    # "-é" is a neuter's nominative and a feminine's genitive: before a feminine noun in a case,
    # after the head, it is that noun's, and the complement stays as written
    assert lem.base("Svazu moravské keramiky", "cs", "ORG") == "Svaz moravské keramiky"
    assert lem.base("Ústavu vodní dopravy ZČU", "cs", "ORG") == "Ústav vodní dopravy ZČU"
    assert lem.base("Hnutí venkovské nespokojenosti", "cs", "ORG") == "Hnutí venkovské nespokojenosti"
    # an adjective that agrees with the head in its case is still the head's (Polish)
    assert lem.base("Dzienniku Urzędowym Ministra", "pl", "PRO") == "Dziennik Urzędowy Ministra"
    r = agreement.rules("cs")
    assert r is not None
    tokens = ["Svazu", "moravské", "keramiky"]
    assert agreement._complement_phrase(tokens, 0, 2, "cs", r)
    # before a masculine noun, "-é" is no genitive of its gender
    assert not agreement._complement_phrase(["Svazu", "moravské", "hradu"], 0, 2, "cs", r)


def test_a_ukrainian_head_noun_in_the_genitive_goes_to_its_nominative() -> None:
    uk = morphology.for_lang("uk")
    assert uk is not None
    # the Ukrainian dictionary tags no singular: "Служби" (a genitive, or a plural nominative)
    # opens a name whose complement follows, a singular head
    assert morphology._head_first(uk, ["Служби", "морської", "охорони"]) == ({0: "Служба"}, 1)
    assert _learned().base("Служби морської охорони Кравії", "uk", "ORG") == "Служба морської охорони Кравії"
    assert (
        _learned().base("Міністерства водного господарства", "uk", "ORG")
        == "Міністерство водного господарства"
    )


def test_a_name_that_shares_its_plural_noun_with_one_before_it_is_a_singular() -> None:
    ru = morphology.for_lang("ru")
    uk = morphology.for_lang("uk")
    assert ru is not None and uk is not None
    lem = _learned()
    # "Заречинского и Верхнеборского муниципальных округов": the second district's mention
    assert (
        lem.base("Верхнеборского муниципальных округов", "ru", "LOC") == "Верхнеборский муниципальный округ"
    )
    assert lem.base("Заречной областей", "ru", "LOC") == "Заречная область"
    assert lem.base("Верхньоборського районів", "uk", "LOC") == "Верхньоборський район"
    # a plural name stays plural, and a singular adjective before a singular noun agrees as usual
    assert lem.base("Объединённых Арабских Эмиратов", "ru", "LOC") == "Объединённые Арабские Эмираты"
    assert lem.base("Нижегородской области", "ru", "LOC") == "Нижегородская область"
    assert morphology_shared.singular_of_shared(ru.analyzer, ["Нижегородской", "области"]) is None
    assert morphology_shared.singular_of_shared(ru.analyzer, ["Объединённых", "Эмиратов"]) is None


def test_an_ending_learned_from_a_respelt_word_is_no_case_ending() -> None:
    # "-ed" → "-ted" puts a letter back before the ending it keeps: a spelling corrected once
    assert _spelling_fix(2, "ted", "Gransted")
    assert not _spelling_fix(1, "o", "Brna")  # a case ending replaced
    assert not _spelling_fix(0, "e", "Katowic")  # a plural's ending added
    assert not _spelling_fix(2, "el", "Karla")  # a fleeting vowel back
    assert _learned().base("Londynu-Gransted", "pl", "LOC") == "Londyn-Gransted"


def test_a_word_that_declines_as_an_adjective_heads_no_complement() -> None:
    lem = _learned()
    # "první" has the adjective's "prvního": the words after it are one adjective run with its noun
    assert lem.base("první kalverské války", "cs", "EVT") == "první kalverská válka"
    # a Ukrainian head that reads as its own singular nominative stays so
    uk = morphology.for_lang("uk")
    assert uk is not None
    assert morphology._head_first(uk, ["Рада", "ЄС"]) is None
    assert lem.base("Раді громадського нагляду", "uk", "ORG") == "Рада громадського нагляду"
