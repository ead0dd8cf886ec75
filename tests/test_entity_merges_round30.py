"""Audit round 30 (and 29) N5: merged names that name other things, display names of other
things. Invented bodies, towns and titles in the shapes the audit found."""

from __future__ import annotations

from collections import Counter

from entity_support import linked
from helpers import index_linked
from storyline.link.cognate_words import cognate_words
from storyline.link.entity_index import bracketed_pairs
from storyline.link.name_tails import ends_longer_name
from storyline.model import Mention
from storyline.ner.lemma_lexicon import lone_adjective


def _at(text: str, surface: str, etype: str, base: str, lang: str) -> Mention:
    i = text.index(surface)
    return Mention(i, i + len(surface), surface, etype, base, lang)


def test_an_abbreviation_after_the_owner_ending_a_longer_name_is_not_the_owners() -> None:
    # a unit's name ("Відділом …") and its owner's genitive read as two names side by side: the
    # bracket after them is the unit's
    text = "Роботу ведуть разом з Відділом нових технічних розробок Міністерства транспорту Лівонії (ZORKA)."
    unit = _at(text, "Відділом нових технічних розробок", "ORG", "Відділ нових технічних розробок", "uk")
    owner = _at(text, "Міністерства транспорту Лівонії", "ORG", "Міністерство транспорту Лівонії", "uk")
    abbr = _at(text, "ZORKA", "ORG", "ZORKA", "uk")
    assert ends_longer_name(owner, [unit, owner, abbr], text)
    assert bracketed_pairs([unit, owner, abbr], text) == []
    got = linked({"d1": (text, [unit, owner, abbr])})
    assert got[("d1", 1)] != got[("d1", 2)]


def test_the_owner_alone_or_apart_keeps_its_bracket() -> None:
    text = "Як заявив речник Міністерства транспорту Лівонії (ZORKA), рейси відновлять."
    owner = _at(text, "Міністерства транспорту Лівонії", "ORG", "Міністерство транспорту Лівонії", "uk")
    abbr = _at(text, "ZORKA", "ORG", "ZORKA", "uk")
    assert bracketed_pairs([owner, abbr], text) == [(0, 1)]
    # a comma between the two names: two names, the bracket is the last one's
    text = "Відділ розробок, Міністерства транспорту Лівонії (ZORKA) немає."
    unit = _at(text, "Відділ розробок", "ORG", "Відділ розробок", "uk")
    owner = _at(text, "Міністерства транспорту Лівонії", "ORG", "Міністерство транспорту Лівонії", "uk")
    abbr = _at(text, "ZORKA", "ORG", "ZORKA", "uk")
    assert bracketed_pairs([unit, owner, abbr], text) == [(1, 2)]
    # the second name in its dictionary form is a name of its own, its letters spelt or not
    text = "Spolupracuje Nadace Horník Agentura Lesů (AL)."
    first = _at(text, "Nadace Horník", "ORG", "Nadace Horník", "cs")
    second = _at(text, "Agentura Lesů", "ORG", "Agentura Lesů", "cs")
    abbr = _at(text, "AL", "ORG", "AL", "cs")
    assert bracketed_pairs([first, second, abbr], text) == [(1, 2)]


def _word(text: str, etype: str, lang: str, base: str | None = None) -> Mention:
    return Mention(0, len(text), text, etype, base or text, lang)


def test_a_word_of_its_language_is_not_another_languages_cognate_word() -> None:
    # Bulgarian "Симфония" (say, a radio) and Polish "Symfonia" (a programme): each its language's
    # word, alike only by a loose reading of their letters (a fuzzy key)
    docs = {"d1": [_word("Симфония", "PRO", "bg")], "d2": [_word("Symfonia", "PRO", "pl")]}
    got = index_linked(docs)
    assert got[("d1", 0)] != got[("d2", 0)]
    got = index_linked({"d2": docs["d2"], "d1": docs["d1"]})  # whichever comes first
    assert got[("d1", 0)] != got[("d2", 0)]
    # Czech "Hladina" and Slovene "Gladina": one key only because the key folds h into g
    got = index_linked(
        {"d1": [_word("Hladinou", "LOC", "cs", "Hladina")], "d2": [_word("Gladina", "LOC", "sl")]}
    )
    assert got[("d1", 0)] != got[("d2", 0)]


def test_a_word_transliterated_or_written_alike_is_still_one_name() -> None:
    # the same letters in two languages of one script, and one script's word transliterated
    got = index_linked(
        {
            "d1": [_word("Полюс", "LOC", "ru")],
            "d2": [_word("Полюс", "LOC", "bg")],
            "d3": [_word("Комета", "PRO", "bg")],
            "d4": [_word("Kometa", "PRO", "pl")],
        }
    )
    assert got[("d1", 0)] == got[("d2", 0)]
    assert got[("d3", 0)] == got[("d4", 0)]
    # a name that is no word of its language ("Kurjer") still meets its other script's spelling
    assert not cognate_words("Kurjer", "pl", {"ru": Counter({"Курьер": 1})})
    assert cognate_words("Symfonia", "pl", {"bg": Counter({"Симфония": 2})})
    # the name table's translation (its own key for each) joins them still
    assert not cognate_words("Symfonia", "pl", {"bg": Counter({"Симфония": 2})}, "PRO", learned=True)


def test_an_adjective_left_alone_is_not_the_concepts_noun() -> None:
    # "(Severna) Norveška": the adjective in brackets, its noun cut off, is not "Sever" (the North)
    # that the concept lexicon reads from both; the noun's own cases still meet
    docs = {
        "d1": [_word("Severom", "LOC", "sl", "Sever"), _word("Norveško", "LOC", "sl", "Norveška")],
        "d2": [_word("Severna", "LOC", "sl"), _word("Norveške", "LOC", "sl", "Norveška")],
        "d3": [_word("Severu", "LOC", "sl", "Sever"), _word("Norveški", "LOC", "sl", "Norveška")],
    }
    got = index_linked(docs)
    assert got[("d1", 0)] != got[("d2", 0)]
    assert got[("d1", 0)] == got[("d3", 0)]
    assert lone_adjective("Severna", "sl") and not lone_adjective("Sever", "sl")


def test_a_word_in_small_letters_is_the_common_word_and_a_citys_own_script_its_own() -> None:
    # a drug's name in small letters is the word itself: other languages' words for it are it too
    assert not cognate_words("Симфония", "bg", {"pl": Counter({"symfonia": 2})})
    assert not cognate_words("symfonia", "pl", {"bg": Counter({"Симфония": 2})})
