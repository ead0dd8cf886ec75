"""Base forms of audit round 25 and web pages round 2 (other names than the audit's; issue 16):
an initial glued to the surname; a noun with a number; a foreign place the gazetteers know that
declines none; a square's or a street's name of a possessive adjective and a common noun."""

from __future__ import annotations

from storyline.ner.lemma import Lemmatizer

# training cut "-i" of Czech one-word places to "-e" ("Francii" → "Francie")
I_CUTS = {"s|cs|LOC|o|C|i": [("i", "e", 0.9), ("", "", 0.1)]}


def test_ru_an_initial_glued_to_the_surname_by_its_full_stop() -> None:
    # the surname declines as after "В. ", the initial goes back on as written, with no space
    assert Lemmatizer({}).base("О.Шольца", "uk", "PER") == "О.Шольц"
    assert Lemmatizer({}).base("Е.Макрону", "ru", "PER") == "Е.Макрон"
    assert Lemmatizer({}).base("Е. Макрону", "ru", "PER") == "Е. Макрон"


def test_a_noun_with_a_number_stands_alone_for_the_word_list() -> None:
    # the number declines none of its letters: the list's dictionary form of the noun, with its
    # mobile vowel back ("odstavce" → "odstavec"), not a cut ending
    assert Lemmatizer({}).base("odstavce 3", "cs", "MISC") == "odstavec 3"
    assert Lemmatizer({}).base("článkem 12", "cs", "MISC") == "článek 12"


def test_cs_a_foreign_place_known_as_written_whose_cut_form_is_nothing() -> None:
    # Romanian towns written without their diacritics: their "-i" is no Czech case ending, and
    # "-e" makes no place and no word of any language
    assert Lemmatizer(I_CUTS).base("Ploiesti", "cs", "LOC") == "Ploiesti"
    assert Lemmatizer(I_CUTS).base("Pitesti", "cs", "LOC") == "Pitesti"
    # a case whose nominative is a known place still changes
    assert Lemmatizer(I_CUTS).base("Anglii", "cs", "LOC") == "Anglie"


def test_cs_sk_a_possessive_adjective_before_a_square_or_a_street_agrees_with_the_noun() -> None:
    assert Lemmatizer({}).base("Jiráskově náměstí", "cs", "LOC") == "Jiráskovo náměstí"
    assert Lemmatizer({}).base("Smetanově nábřeží", "cs", "LOC") == "Smetanovo nábřeží"
    assert Lemmatizer({}).base("Husově ulici", "cs", "LOC") == "Husova ulice"
    assert Lemmatizer({}).base("Janovým mostem", "cs", "LOC") == "Janův most"
    assert Lemmatizer({}).base("Štefánikovom námestí", "sk", "LOC") == "Štefánikovo námestie"
    assert Lemmatizer({}).base("Štefánikovej ulici", "sk", "LOC") == "Štefánikova ulica"
    # in the nominative, or a genitive complement of a noun in capitals, as it is
    assert Lemmatizer({}).base("Jiráskovo náměstí", "cs", "LOC") == "Jiráskovo náměstí"
    assert Lemmatizer({}).base("Husova ulice", "cs", "LOC") == "Husova ulice"
    # a place's noun in "-ově" before a preposition is no possessive adjective
    assert Lemmatizer({}).base("Ostrově nad Ohří", "cs", "LOC") != "Ostrův nad Ohří"


def test_a_foreign_country_adjective_read_as_a_place_is_the_country() -> None:
    from storyline.analyse.adjectives import foreign_adjectives_as_countries, foreign_country_adjective
    from storyline.model import Mention

    # an English adjective quoted in a Polish, Czech or Slovene text: the country, by the
    # document's own name for it
    assert foreign_country_adjective("Brazilian", "pl") == "Brazylia"
    assert foreign_country_adjective("Chinese", "cs") == "Čína"
    assert foreign_country_adjective("Ukrainian", "sl") == "Ukrajina"
    # a case form of the language's own name for a country is none ("Itálii" of "Itálie"), nor a
    # place's own name, nor an English text's adjective (the English rules read those)
    assert foreign_country_adjective("Itálii", "cs") is None
    assert foreign_country_adjective("Indiana", "pl") is None
    assert foreign_country_adjective("Brazilian", "en") is None
    found = foreign_adjectives_as_countries(
        [
            Mention(0, 9, "Brazilian", "LOC", "Brazilian", "pl"),
            Mention(20, 26, "Warsaw", "LOC", "Warsaw", "pl"),
        ],
        "pl",
    )
    assert [(m.base, m.kind) for m in found] == [("Brazylia", "adjective"), ("Warsaw", None)]
