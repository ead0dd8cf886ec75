"""Two names joined by an ampersand are one firm (issue 12, rec47; invented names)."""

from __future__ import annotations

from storyline.analyse.entities_ampersand import ampersand_names
from storyline.model import Mention


def _joined(text: str, found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    mentions, at = [], 0
    for name, etype in found:
        i = text.index(name, at)
        at = i + len(name)
        mentions.append(Mention(i, i + len(name), name, etype, name, "ru"))
    return [(m.text, m.type) for m in ampersand_names(text, mentions, lambda s, _t: s)]


def test_two_names_and_an_ampersand_are_one_organisation() -> None:
    text = "вакцины от Holmson &amp; Holmson и юристы Nord&Vik заявили"
    found = [("Holmson", "PER"), ("Holmson", "PER"), ("Nord", "ORG"), ("Vik", "LOC")]
    assert _joined(text, found) == [("Holmson &amp; Holmson", "ORG"), ("Nord&Vik", "ORG")]


def test_two_places_or_names_with_words_between_stay_apart() -> None:
    text = "торговля Holmland & Nordunion и Holmson, & Vik"
    found = [("Holmland", "LOC"), ("Nordunion", "LOC"), ("Holmson", "ORG"), ("Vik", "ORG")]
    assert _joined(text, found) == found
