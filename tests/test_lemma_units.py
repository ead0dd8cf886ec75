"""Base forms of multiword names as one unit: the head noun and the words that agree with it,
a given name and the surname after it (invented names; no learned table, so the dictionary and
the language's data decide)."""

from __future__ import annotations

import pytest

from storyline.ner.lemma import Lemmatizer


@pytest.fixture(scope="module")
def lem() -> Lemmatizer:
    return Lemmatizer({})


@pytest.mark.parametrize(
    ("surface", "etype", "base"),
    [
        ("Орловской области", "LOC", "Орловская область"),  # the noun too, not the adjective alone
        ("Малой Садовой улице", "LOC", "Малая Садовая улица"),
        ("Объединённых Арабских Эмиратов", "LOC", "Объединённые Арабские Эмираты"),  # plural stays plural
        ("Первом Волжском политехническом институте", "ORG", "Первый Волжский политехнический институт"),
        ("Министерства сельского хозяйства", "ORG", "Министерство сельского хозяйства"),  # complement kept
        ("Северного морского пути", "LOC", "Северный морской путь"),
        ("Зеленого острова", "LOC", "Зеленый остров"),  # no "ё" the text did not write
    ],
)
def test_ru_adjectives_and_their_noun_go_to_the_nominative_together(
    lem: Lemmatizer, surface: str, etype: str, base: str
) -> None:
    assert lem.base(surface, "ru", etype) == base


@pytest.mark.parametrize(
    ("surface", "base"),
    [
        ("Марина Колесникова", "Марина Колесникова"),  # a woman's surname is no man's
        ("Марины Колесниковой", "Марина Колесникова"),
        ("Виктора Брума", "Виктор Брум"),  # a foreign surname loses the ending its given name lost
        ("Станиславом Грецем", "Станислав Грец"),  # "-ом" and "-ем": one case
        ("Игоря Олеговича Савельева", "Игорь Олегович Савельев"),
    ],
)
def test_ru_given_name_and_surname_share_case_and_gender(lem: Lemmatizer, surface: str, base: str) -> None:
    assert lem.base(surface, "ru", "PER") == base


@pytest.mark.parametrize(
    ("surface", "base"),
    [
        # foreign given names the first-name lists hold in Latin letters only, which the
        # dictionary reads as a man's name alone: the name and the surname lose one ending
        ("Грэма Брандела", "Грэм Брандел"),
        ("Дугласа Венкова", "Дуглас Венков"),
        ("Джейсоном Тарвеллом", "Джейсон Тарвелл"),
    ],
)
def test_ru_an_unlisted_foreign_given_name_and_its_surname_go_to_the_nominative(
    lem: Lemmatizer, surface: str, base: str
) -> None:
    assert lem.base(surface, "ru", "PER") == base


def test_ru_an_unlisted_given_name_before_a_common_noun_in_its_case_is_left_to_the_endings() -> None:
    from storyline.ner import morphology

    # "стола" is a common noun's genitive: the dictionary does not say that the words are a name
    assert morphology.person_nominative(morphology.for_lang("ru"), ["Грэма", "Стола"]) == {}
    assert morphology.person_nominative(morphology.for_lang("ru"), ["Грэма", "Брандела"]) == {
        0: "Грэм",
        1: "Брандел",
    }


def test_ru_an_indeclinable_given_name_leaves_the_case_to_the_learned_endings(lem: Lemmatizer) -> None:
    # "Кенни"-like names show no case: the unit rule does not decide, the surname is not cut
    # to the given name's ending
    assert lem.base("Жозе Таварес", "ru", "PER").startswith("Жозе")


@pytest.mark.parametrize(
    ("surface", "etype", "base"),
    [
        ("Львівської області", "LOC", "Львівська область"),
        ("Старого міста", "LOC", "Старе місто"),
        ("Олександра Ткачука", "PER", "Олександр Ткачук"),  # a man's genitive: the surname says so
        ("Олександра Коваль", "PER", "Олександра Коваль"),  # a woman's name in the nominative
    ],
)
def test_uk_names_as_units(lem: Lemmatizer, surface: str, etype: str, base: str) -> None:
    assert lem.base(surface, "uk", etype) == base


@pytest.mark.parametrize(
    ("surface", "lang", "etype", "base"),
    [
        # the adjectives before the head take its gender: a neuter noun, a feminine one
        ("Bílého jezera", "cs", "LOC", "Bílé jezero"),
        ("Zelenou knihovnou", "cs", "ORG", "Zelená knihovna"),
        ("Národní knihovna", "cs", "ORG", "Národní knihovna"),  # a soft "-í" is every gender's
        ("Spojené kraje", "cs", "LOC", "Spojené kraje"),  # plural: left as written
        # Polish puts some after the noun: they agree with it too, a complement keeps its case
        ("Morzu Czarnym", "pl", "LOC", "Morze Czarne"),
        ("Partii Zielonej", "pl", "ORG", "Partia Zielona"),
        ("Instytut Historii", "pl", "ORG", "Instytut Historii"),
        ("Novega mesta", "sl", "LOC", "Novo mesto"),
    ],
)
def test_adjectives_agree_with_the_head_noun_from_language_data(
    lem: Lemmatizer, surface: str, lang: str, etype: str, base: str
) -> None:
    assert lem.base(surface, lang, etype) == base


def test_agreement_needs_the_language_s_data() -> None:
    from storyline.ner import agreement

    assert agreement.rules("xx") is None
    assert agreement.agree(["Alta", "Vista"], ["Alto", "Visto"], "xx") == ["Alto", "Visto"]


def test_a_preposition_is_no_head_noun(lem: Lemmatizer) -> None:
    # a place named by an adjective, then "v" + a locative: nothing to agree with
    assert lem.base("Dlouhé v Polesí", "cs", "LOC") == "Dlouhé v Polesí"


@pytest.mark.parametrize(
    ("surface", "lang", "base"),
    [
        ("Hany Brzobohaté", "cs", "Hana Brzobohatá"),  # an adjectival woman's surname
        ("Pavly Hrubcové", "cs", "Pavla Hrubcová"),  # not the man's "Pavel Hrubec"
        ("Heleny Zawadzkiej", "pl", "Helena Zawadzka"),
        ("Zuzany Kollárovej", "sk", "Zuzana Kollárová"),
        ("Hana Hrubcová", "cs", "Hana Hrubcová"),  # already the nominative
        ("Mariny Dimitriewej", "pl", "Marina Dimitriewa"),  # a foreign woman's surname in "-ewa"
        ("Marina Dimitriewa", "pl", "Marina Dimitriewa"),  # not cut to a man's "Dimitriew"
    ],
)
def test_a_woman_s_surname_and_given_name_stay_a_woman_s(
    lem: Lemmatizer, surface: str, lang: str, base: str
) -> None:
    assert lem.base(surface, lang, "PER") == base


def test_a_surname_ending_like_a_woman_s_nominative_proves_nothing() -> None:
    from storyline.ner.womens_names import agree

    # Polish "-ska" is a woman's nominative and a man's genitive ("Marka Bruska" of "Brusk")
    assert agree(["Marka", "Bruska"], ["Marek", "Brusk"], "pl") == ["Marek", "Brusk"]


def test_a_word_that_ends_alike_in_every_gender_is_the_noun_before_an_adjective() -> None:
    from storyline.ner.agreement import agree

    # Czech "-í": a noun before another adjective ("sdružení" + a genitive complement) ...
    words = ["Starého", "sdružení", "volných", "horníků"]
    assert agree(words, list(words), "cs") == ["Staré", "sdružení", "volných", "horníků"]
    # ... an adjective before a noun: the feminine head is not read as a neuter "-í" noun
    words = ["Krajské", "zdravotní", "pojišťovna"]
    assert agree(words, list(words), "cs") == ["Krajská", "zdravotní", "pojišťovna"]


def test_a_noun_after_the_head_keeps_its_case() -> None:
    from storyline.ner.agreement import agree

    # the learned endings put both nouns in the nominative; the second is the head's complement
    assert agree(["Banku", "Islandii"], ["Bank", "Islandia"], "pl") == ["Bank", "Islandii"]
    assert agree(["Radě", "bezpečnosti"], ["Rada", "bezpečnost"], "cs") == ["Rada", "bezpečnosti"]
    # an adjective before its noun is no head with a complement
    assert agree(["Zielonej", "Dolinie"], ["Zielona", "Dolina"], "pl") == ["Zielona", "Dolina"]


@pytest.mark.parametrize(
    ("surface", "base"),
    [
        ("Dolského moře", "Dolské moře"),  # "moře" is neuter, though most Czech "-e" nouns are not
        ("Dolské moře", "Dolské moře"),  # "-sk-" makes the unlisted word an adjective
        ("Dolským mořem", "Dolské moře"),
    ],
)
def test_cs_adjectives_the_list_does_not_hold_agree_with_a_neuter_sea(
    lem: Lemmatizer, surface: str, base: str
) -> None:
    assert lem.base(surface, "cs", "LOC") == base


def test_an_unknown_noun_after_an_oblique_adjective_takes_the_learned_nominative() -> None:
    from storyline.ner.agreement import agree

    # "-ega" is an oblique ending only; the learned endings' form that changes the noun wins
    words = ["novega", "trelavirusa"]
    assert agree(words, list(words), "sl", lambda i: "trelavirus") == ["novi", "trelavirus"]
    assert agree(words, list(words), "sl") == words  # without the learned form: no telling
    # a nominative ending tells nothing: the noun may be in the nominative too
    words = ["nova", "trelavirusa"]
    assert agree(words, list(words), "sl", lambda i: "trelavirus") == words


def test_uk_a_word_that_is_its_own_dictionary_form_stays_singular(lem: Lemmatizer) -> None:
    # pymorphy3 gives "Порадник" a reading without a case; its nominative is not the plural
    assert lem.base("Порадник Z", "uk", "PRO") == "Порадник Z"
    assert lem.base("Допомога Сусідам", "uk", "ORG") == "Допомога Сусідам"


@pytest.mark.parametrize(
    ("surface", "lang", "base"),
    [
        ("Тель-Авива", "ru", "Тель-Авив"),  # the compound the dictionary knows declines whole
        ("Буэнос-Айресе", "ru", "Буэнос-Айрес"),
        ("Юго-Восточной Азии", "ru", "Юго-Восточная Азия"),
        ("Ростові-на-Дону", "uk", "Ростов-на-Дону"),  # a lower-case middle stays lower case
    ],
)
def test_a_hyphenated_compound_the_dictionary_knows_declines_as_one_word(
    lem: Lemmatizer, surface: str, lang: str, base: str
) -> None:
    assert lem.base(surface, lang, "LOC") == base


def test_a_name_declined_as_an_adjective_after_a_common_noun_is_whom_it_is_named_after() -> None:
    from storyline.ner.agreement import agree

    # "Kopernika" is a case of a name the word list holds capitalised: a genitive complement
    assert agree(["Muzeum", "Kopernika"], ["Muzeum", "Kopernik"], "pl") == ["Muzeum", "Kopernika"]
    assert agree(["Instytutu", "Kopernika"], ["Instytut", "Kopernik"], "pl") == ["Instytut", "Kopernika"]
    # a common adjective after the noun agrees with it, in its nominative
    assert agree(["Instytutu", "Morskiego"], ["Instytut", "Morski"], "pl") == ["Instytut", "Morski"]
    # a first word that ends as an adjective does is no noun to take a complement
    assert agree(["Veliko", "Srbijo"], ["Velika", "Srbija"], "sl")[1] == "Srbija"


def test_a_bulgarian_adjective_before_a_feminine_noun_keeps_its_ending() -> None:
    # training cut a first word's "-а" (a masculine noun's short article)
    lem = Lemmatizer({"s|bg|LOC|f|C|а": [("а", "", 1.0)]})
    assert lem.base("Бяла Рилица", "bg", "LOC") == "Бяла Рилица"  # agrees with a feminine noun
    assert lem.base("Бяла Рилец", "bg", "LOC") == "Бял Рилец"  # before a masculine one: cut
    assert Lemmatizer({"s|xx|LOC|f|C|а": [("а", "", 1.0)]}).base("Бяла Рилица", "xx", "LOC") == "Бял Рилица"


@pytest.mark.parametrize(
    ("surface", "man"), [("Богдана Варкера", "Богдан Варкер"), ("Олександра Тревіна", "Олександр Тревін")]
)
def test_uk_a_given_name_either_a_woman_s_or_a_man_s_is_the_man_s_where_the_document_writes_his_surname(
    lem: Lemmatizer, surface: str, man: str
) -> None:
    # the dictionary reads "Богдана" as her nominative and as his genitive: the document's own
    # "Варкер" (the surname without the ending) says it is his; without it, hers as written
    surname = man.split()[1]
    assert lem.base(surface, "uk", "PER", {surname, *surface.split()}) == man
    assert lem.base(surface, "uk", "PER", set(surface.split())) == surface
