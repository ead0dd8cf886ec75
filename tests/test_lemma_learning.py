"""What the base-form tables learn from annotated pairs (invented names, trained here)."""

from __future__ import annotations

from storyline.ner.lemma import Lemmatizer, train


def _doc(lang: str, pairs: list[tuple[str, str, str]]) -> dict:
    return {"lang": lang, "mentions": [[0, len(s), s, b, t, "x"] for s, b, t in pairs]}


def test_an_edit_cuts_only_the_letters_it_was_learned_to_cut() -> None:
    # the plural article "-те" is cut from groups of people; a name that ends in "-е" after
    # another letter has nothing to cut
    docs = [
        _doc("bg", [("Гарвените", "Гарвени", "PER"), ("Молдорите", "Молдори", "PER")] * 3),
        _doc("bg", [("Кирие", "Кирие", "PER")]),
    ]
    lem = Lemmatizer(train(docs))
    assert lem.base("Тарние", "bg", "PER") == "Тарние"
    assert lem.base("Велдорите", "bg", "PER") == "Велдори"


def test_a_table_of_the_old_format_still_loads() -> None:
    lem = Lemmatizer({"w|cs|o|tarlenem": [(2, "", 1.0)]})
    assert lem.base("Tarlenem", "cs", "LOC") == "Tarlen"


def test_the_document_s_own_bare_form_is_a_candidate() -> None:
    lem = Lemmatizer({})
    assert lem.base("Korvanu", "pl", "ORG", {"Korvanu", "Korvan"}) == "Korvan"
    assert lem.base("Korvanu", "pl", "ORG", {"Korvanu"}) == "Korvanu"  # not written: not guessed


def test_a_modifier_before_a_noun_in_its_base_form_keeps_its_form() -> None:
    # "-ni" is a masculine nominative before a masculine noun and an oblique feminine elsewhere;
    # before a noun already in its base form, training kept it as written
    docs = [
        _doc(
            "sl",
            [
                ("Zlatni most", "Zlatni most", "LOC"),
                ("Tihi gaj", "Tihi gaj", "LOC"),
                ("Srebrni vrh", "Srebrni vrh", "LOC"),
                ("Zlatni Dolini", "Zlatna Dolina", "LOC"),
                ("Srebrni Reki", "Srebrna Reka", "LOC"),
                ("Tihi Reki", "Tiha Reka", "LOC"),
                ("Zeleni Dolini", "Zelena Dolina", "LOC"),
                ("Modri Reki", "Modra Reka", "LOC"),
            ]
            * 2,
        )
    ]
    lem = Lemmatizer(train(docs))
    assert lem.base("Bakreni grad", "sl", "LOC") == "Bakreni grad"
    assert lem.base("Bakreni Reki", "sl", "LOC") == "Bakrena Reka"


def test_the_word_list_gives_the_nominative_of_a_word_training_never_saw() -> None:
    lem = Lemmatizer({})
    assert lem.base("Norsku", "cs", "LOC") == "Norsko"
    assert lem.base("Szwecji", "pl", "LOC") == "Szwecja"


def test_a_word_the_list_holds_as_a_dictionary_form_keeps_it() -> None:
    # training teaches that "-na" loses its "a" (a genitive of a consonant stem); "Sosna" is a
    # nominative that merely ends so
    docs = [
        _doc(
            "pl",
            [("Korvana", "Korvan", "ORG"), ("Tarlena", "Tarlen", "ORG"), ("Mirdona", "Mirdon", "ORG")] * 3,
        )
    ]
    lem = Lemmatizer(train(docs))
    assert lem.base("Drelona", "pl", "ORG") == "Drelon"
    assert lem.base("Sosna", "pl", "ORG") == "Sosna"


def test_given_names_before_a_surname_kept_as_written_are_not_read_by_the_word_list() -> None:
    lem = Lemmatizer({})
    assert lem.base("Tony Ferris", "pl", "PER") == "Tony Ferris"  # not "Tona", a plural of "ton"


def test_the_word_list_does_not_put_a_modifier_in_the_masculine_on_its_own() -> None:
    # "Bílého" is "bílý" in the list, but before a neuter noun the name's base form is "Bílé"
    assert not Lemmatizer({}).base("Bílého moře", "cs", "LOC").startswith("Bílý")


def test_a_language_without_a_word_list_still_gets_a_base_form() -> None:
    assert Lemmatizer({}).base("Qarvenu Tolm", "xx", "ORG") == "Qarvenu Tolm"


def test_quotation_marks_come_off_in_pairs_never_one_alone() -> None:
    drops = Lemmatizer({})
    assert drops.base('Agencja "Iskra"', "pl", "ORG") == "Agencja Iskra"  # its pair lost one mark
    assert drops.base('"Zorza" 3', "pl", "PRO") == "Zorza 3"
    assert drops.base("Firma „Zorza“ 3", "pl", "ORG") == "Firma „Zorza“ 3"  # a part quoted whole
    assert drops.base("Marion O'Hara", "pl", "PER") == "Marion O'Hara"  # an apostrophe is a letter
    keeps = Lemmatizer({"q|ru": [(1, "", 1.0)]})
    assert keeps.base('ООО "Заря"', "ru", "ORG") == 'ООО "Заря"'  # not 'ОООО "Заря"'
    assert keeps.base("«Заря»", "ru", "ORG") == "«Заря»"


def test_the_word_list_s_masculine_adjective_is_not_given_to_a_neuter_noun() -> None:
    # training shows "-ego" cut to "-e" before a neuter noun and to "-y" before a masculine one;
    # the list's "czarny" (masculine) must not tip the neuter name
    pairs = [
        ("Jeziora Zielonego", "Jezioro Zielone", "LOC"),
        ("Jeziora Białego", "Jezioro Białe", "LOC"),
        ("Stawu Zielonego", "Staw Zielony", "LOC"),
        ("Stawu Białego", "Staw Biały", "LOC"),
    ]
    lem = Lemmatizer(train([_doc("pl", pairs * 3)]))
    assert lem.base("Jeziora Czarnego", "pl", "LOC") == "Jezioro Czarne"
    assert lem.base("Stawu Czarnego", "pl", "LOC") == "Staw Czarny"


def test_a_surname_follows_the_case_its_given_name_was_in() -> None:
    # the given name loses its dative "-u"; the surname, unknown to every list, loses it too
    assert Lemmatizer({}).base("Tomažu Brenčiču", "sl", "PER") == "Tomaž Brenčič"


def test_a_foreign_surname_the_document_writes_bare_is_its_base_form() -> None:
    lem = Lemmatizer({})
    assert lem.base("Веллера", "ru", "PER", {"Отто", "Веллер", "Веллера"}) == "Веллер"
    assert lem.base("Веллера", "ru", "PER", {"Веллера"}) == "Веллера"  # nothing says otherwise


def test_a_given_name_s_nominative_is_a_known_first_name() -> None:
    # training (of a language without a word list) keeps "-a" on women's names more often than
    # it cuts it from men's genitives; "Wolfganga" is no first name of any list, "Wolfgang" is
    pairs = [
        ("Greta Lodi", "Greta Lodi", "PER"),
        ("Hanna Lodi", "Hanna Lodi", "PER"),
        ("Marta Lodi", "Marta Lodi", "PER"),
        ("Ottona Lodi", "Otton Lodi", "PER"),
        ("Karla Lodi", "Karl Lodi", "PER"),
    ]
    lem = Lemmatizer(train([_doc("xx", pairs * 2)]))
    assert lem.base("Wolfganga Lodi", "xx", "PER") == "Wolfgang Lodi"
    assert lem.base("Wanda Lodi", "xx", "PER") == "Wanda Lodi"
