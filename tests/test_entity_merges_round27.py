"""Wrong merges and display names of audit round 27 and web pages round 4 (other names than the
audit's; issue 16, rule N5): a capital shown as its country; a display name no source writes; a
town joined to a body a letter apart; one everyday word's titles in two languages; a people's
irregular name read as a surname; a river under the name of the city on it."""

from __future__ import annotations

from collections import Counter

from entity_support import linked
from storyline.link.common_titles import common_title, other_common_title
from storyline.link.entities import display_name
from storyline.model import Mention
from storyline.names.concepts import demonym_country, misplaced_article
from storyline.names.gazetteers import country_named, river_key, river_name


def test_a_capital_written_as_its_language_writes_the_city_is_the_city() -> None:
    # French "Tunis" is the city: French writes the country "Tunisie"; Croatian "Tunis" is the
    # country (its locale's name); the country names themselves stay countries
    assert display_name(Counter({("Tunis", "fr"): 3}), "LOC") == "Tunis"
    assert display_name(Counter({("Tunis", "de"): 1}), "LOC") == "Tunis"
    assert display_name(Counter({("Tunis", "hr"): 2}), "LOC") == "Tunisia"
    assert display_name(Counter({("Tunisie", "fr"): 2}), "LOC") == "Tunisia"
    assert country_named("Tunis", "fr") is None
    assert country_named("Tunis", "hr") == ("TN", "Tunisia")


def test_only_the_capital_and_only_where_the_language_writes_the_country_otherwise() -> None:
    # "Belize" is among Belize City's names, but Belize City is no capital: a Spanish text writing
    # the country's English name means the country
    assert country_named("Belize", "es") == ("BZ", "Belize")
    assert display_name(Counter({("Meksyk", "pl"): 1}), "LOC") == "Mexico"  # a name both share
    assert display_name(Counter({("Djibouti", "fr"): 1}), "LOC") == "Djibouti"
    assert country_named("Djibouti", "fr") == ("DJ", "Djibouti")


def test_a_name_with_its_article_on_the_wrong_word_is_shown_only_where_nothing_else_is() -> None:
    # Bulgarian puts the article on the first word of a noun phrase: "Народното събрание"
    assert misplaced_article("Народно събранието", "bg")
    assert not misplaced_article("Народното събрание", "bg")
    assert not misplaced_article("Министерство на отбраната", "bg")  # after a preposition: right
    assert not misplaced_article("Народно събранието", "ru")  # no article endings in Russian
    names = Counter({("Национално събранието", "bg"): 1, ("Национальное собрание", "ru"): 1})
    assert display_name(names, "ORG") == "Natsionalnoye sobraniye"
    assert display_name(Counter({("Национално събранието", "bg"): 1}), "ORG").startswith("Natsionalno")


def _m(text: str, etype: str, base: str, lang: str, start: int = 0) -> Mention:
    return Mention(start, start + len(text), text, etype, base, lang)


def test_a_town_the_gazetteer_knows_joins_no_body_a_letter_apart() -> None:
    # a Slovene party "Trnavo" (invented) and the Slovak town Trnava: one letter, two things
    docs = {
        "d1": (None, [_m("Trnavo", "ORG", "Trnavo", "sl")]),
        "d2": (None, [_m("Trnavo", "ORG", "Trnavo", "sl")]),
        "d3": (None, [_m("Trnava", "LOC", "Trnava", "fr")]),
        "d4": (None, [_m("Trnava", "LOC", "Trnava", "en")]),
    }
    got = linked(docs)
    assert got[("d1", 0)] == got[("d2", 0)]
    assert got[("d3", 0)] == got[("d4", 0)]
    assert got[("d1", 0)] != got[("d3", 0)]


def test_a_title_that_is_an_everyday_word_is_another_work_in_another_language() -> None:
    assert common_title("Новини", "uk") and common_title("Новини", "bg")
    assert not common_title("Novinky Today", "cs")  # a name of words is left to the other keys
    docs = {
        "d1": (None, [_m("Новини", "PRO", "Новини", "uk")]),
        "d2": (None, [_m("Новини", "PRO", "Новини", "bg")]),
        "d3": (None, [_m("Новини", "PRO", "Новини", "uk")]),
        "d4": (None, [_m("Pravda", "PRO", "Pravda", "cs")]),
        "d5": (None, [_m("Правда", "PRO", "Правда", "ru")]),
    }
    got = linked(docs)
    assert got[("d1", 0)] == got[("d3", 0)]  # one language's title is one work
    assert got[("d1", 0)] != got[("d2", 0)]
    assert got[("d4", 0)] != got[("d5", 0)]
    # a made-up title is no everyday word: its spellings in other scripts still meet
    assert not other_common_title("Kurjer", "pl", {"ru": Counter({"Курьер": 1})})


def test_an_irregular_demonym_is_the_country_not_a_surname() -> None:
    # Polish "Hindusi" (Indians) share no stem with "Indie"
    assert demonym_country("Hindusów", "pl") == "IN"
    assert demonym_country("Hindusi", "pl") == "IN"
    assert demonym_country("Hindsa", "pl") is None


def test_a_river_is_its_own_name_where_the_city_on_it_is_called_otherwise() -> None:
    assert river_key("Dneper", "sk") == "river:dnieper"
    assert river_key("Dnjepar", "hr") == "river:dnieper"
    assert river_key("Днепр", "ru") is None  # the river and the city: the text alone cannot tell
    assert river_name("Dneper", "sl") == "Dnieper"
