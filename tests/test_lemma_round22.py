"""Base forms the precision audit's round 22 found wrong, by their general causes (other names
than the audit's; the rules are tested on hand-made tables of learned endings, not on a model)."""

from __future__ import annotations

import pytest

from entity_support import linked
from storyline.link.surname_case import written_surname
from storyline.model import Mention
from storyline.ner import agreement, lemma_hyphen, lemma_lexicon
from storyline.ner.lemma import Lemmatizer


@pytest.mark.parametrize(
    ("form", "lang", "verb"),
    [
        ("biti", "sl", True),
        ("sanjati", "sl", True),
        ("zjednoczyć", "pl", True),
        # nouns that end as infinitives do: no past form of theirs is listed under them
        ("mati", "sl", False),
        ("Niemiec", "pl", False),
        ("Robert", "cs", False),
    ],
)
def test_a_verb_s_dictionary_form_is_told_by_its_past_form(form: str, lang: str, verb: bool) -> None:
    assert lemma_lexicon.is_verb_lemma(form, lang) is verb


def test_sl_a_person_s_word_the_list_reads_as_a_verb_s_form_keeps_its_letters() -> None:
    # "Bit" is listed under "biti" (to be): no person's name is a verb, and nothing else proposes
    # another form
    assert Lemmatizer({}).base("Maja Bit-Kranjc", "sl", "PER") == "Maja Bit-Kranjc"
    assert Lemmatizer({}).base("Bit", "sl", "PER") == "Bit"


# training cut the genitive "-a" of men's given names and surnames in a consonant
PL_GENITIVE = {
    "s|pl|PER|f|C|a": [("a", "", 0.9), ("", "", 0.1)],
    "s|pl|PER|l|C|a": [("a", "", 0.9), ("", "", 0.1)],
}


def test_pl_a_shorter_word_of_the_document_is_no_stem_to_cut_into() -> None:
    # "Rasifa" is "Rasif" with "-a"; the "Rasi" the document writes (another name's case) cuts
    # into the stem the learned ending leaves
    lem = Lemmatizer(PL_GENITIVE)
    assert lem.base("Rasifa Kalima", "pl", "PER", {"Rasifa", "Kalima", "Rasi"}) == "Rasif Kalim"
    # a stem the ending leaves, written in the document, is still the nominative
    assert lem.base("Rasifa Kalima", "pl", "PER", {"Rasifa", "Kalima", "Rasif"}) == "Rasif Kalim"


def test_pl_a_foreign_given_name_in_i_is_as_written() -> None:
    # training read "-i" of a first word as a case of a name in "-a" ("Marii" → "Maria"); "Ravi"
    # is far more common as written in English than "Rava" or "Ravia" are
    table = {"s|pl|PER|f|C|i": [("i", "a", 0.7), ("i", "ia", 0.3)]}
    assert Lemmatizer(table).base("Ravi Kapoor", "pl", "PER") == "Ravi Kapoor"
    # a case of a name whose nominative English writes more is not ("Angeli" of "Angela")
    assert Lemmatizer(table).base("Angeli Kowal", "pl", "PER") == "Angela Kowal"


def test_sl_a_plural_place_keeps_its_adjectives_as_written() -> None:
    # "-e" is a feminine genitive singular and a plural nominative; before a noun in its own
    # dictionary form (a plural place's), the name is a plural, its adjective as written too
    assert agreement.agree(["Zgornje", "Toplice"], ["Zgornja", "Toplice"], "sl") == ["Zgornje", "Toplice"]
    assert agreement.agree(["Spodnje", "Žale"], ["Spodnja", "Žale"], "sl") == ["Spodnje", "Žale"]
    # a noun in a case the list knows makes the adjective's "-e" that case's ("Velika Britanija")
    assert agreement.agree(["Velike", "Britanije"], ["Velika", "Britanija"], "sl") == ["Velika", "Britanija"]


def test_pl_an_adjective_made_of_a_name_agrees_with_its_noun_though_listed_as_a_name() -> None:
    # the list holds "Krakowskiego" under "Krakowskie" (a region): the stem "-sk" makes it an
    # adjective, which agrees with the masculine "Powiat"
    assert agreement.agree(["Powiatu", "Krakowskiego"], ["Powiat", "Krakowskie"], "pl") == [
        "Powiat",
        "Krakowski",
    ]
    r = agreement.rules("pl")
    assert r is not None
    assert agreement._derived_adjective("Lubelskiego", "pl", r)
    assert not agreement._derived_adjective("Dantego", "pl", r)  # a foreign name declined like one


@pytest.mark.parametrize(
    ("token", "whole"),
    [
        ("Jin-suna", True),  # a Korean given name's syllables
        ("Nur-ul-Hasana", True),  # an Arabic name with its particle
        ("Karla-Heinza", False),  # two capitalised names, each declined
        ("NATO-wi", False),  # a case ending after a hyphen
        ("al-Hasana", False),  # opens with its particle: left as it is
        ("COVID-19", False),
    ],
)
def test_pl_a_hyphenated_name_with_a_part_in_small_letters_declines_whole(token: str, whole: bool) -> None:
    assert lemma_hyphen.declines_whole(token, "pl") is whole


def test_pl_a_hyphenated_given_name_declines_at_its_end() -> None:
    table = {"s|pl|PER|l|C|a": [("a", "", 1.0)]}
    assert Lemmatizer(table).base("Kang Jin-suna", "pl", "PER") == "Kang Jin-sun"
    assert Lemmatizer(table).base("Kang Jin-sun", "pl", "PER") == "Kang Jin-sun"


def test_pl_a_known_place_before_its_complement_declines_as_it_does_alone() -> None:
    # inside the longer name the learned endings keep the middle word (a complement's); alone,
    # the words before the last make a country's name, and the last is their complement
    table = {
        "w|pl|f|stanach": [("ach", "y", 1.0)],
        "w|pl|m|zjednoczonych": [("", "", 1.0)],
        "w|pl|l|zjednoczonych": [("ych", "e", 1.0)],
    }
    lem = Lemmatizer(table)
    assert lem.base("Stanach Zjednoczonych", "pl", "LOC") == "Stany Zjednoczone"
    assert lem.base("Stanach Zjednoczonych Brazylii", "pl", "LOC") == "Stany Zjednoczone Brazylii"


def _m(text: str, base: str) -> Mention:
    return Mention(0, len(text), text, "PER", base, "pl")


def test_a_bare_surname_written_as_the_full_name_is_takes_its_base_form() -> None:
    # "Novica" after "Jana Novica": the same genitive, whose nominative the full name gives
    assert written_surname(_m("Novica", "Novica"), "Jan Novic", "Jana Novica") == "Novic"
    assert written_surname(_m("Novica", "Novic"), "Jan Novic", "Jana Novica") is None  # already
    assert written_surname(_m("Novicem", "Novicem"), "Jan Novic", "Jana Novica") is None  # another form
    assert written_surname(_m("Novica", "Novica"), "Jan Novic") is None  # no text to compare


def test_a_bare_surname_in_the_full_name_s_case_joins_it_with_its_base_form() -> None:
    text = "Raport pułkownika Jana Novica opisał trzy spotkania. Według Novica rozmowy były długie."
    mentions = [
        Mention(text.index("Jana"), text.index("Jana") + 11, "Jana Novica", "PER", "Jan Novic", "pl"),
        Mention(text.rindex("Novica"), text.rindex("Novica") + 6, "Novica", "PER", "Novica", "pl"),
    ]
    got = linked({"a": (text, mentions)})
    assert got[("a", 0)] == got[("a", 1)]
    assert mentions[1].base == "Novic"
