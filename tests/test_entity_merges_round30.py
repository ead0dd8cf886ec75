"""Audit round 30 (and 29) N5: merged names that name other things, display names of other
things. Invented bodies, towns and titles in the shapes the audit found."""

from __future__ import annotations

from entity_support import linked
from storyline.link.entity_index import bracketed_pairs
from storyline.link.name_tails import ends_longer_name
from storyline.model import Mention


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
