"""Merges that need evidence (invented names; issue 16, audit round 10): a body named after a
country by the country's abbreviation ("Senat USA") names that country, so a bare name that a
learned alias gives to it does not also pull in another country's body; a city whose own marks
are all that tell it from a country's name is not that country; a title said with a person's
name is not the person's display name."""

from __future__ import annotations

from collections import Counter

from helpers import index_linked
from storyline.link.entities import display_name
from storyline.model import Mention
from storyline.names.concepts import concept_key
from storyline.names.gazetteers import place_key
from storyline.ner.aliases import Aliases, key


def _m(text: str, etype: str, lang: str, start: int = 0) -> Mention:
    return Mention(start, start + len(text), text, etype, text, lang)


def _key(name: str, lang: str) -> str | None:
    ck = concept_key(name, lang)
    return ck.key(None) if ck else None


def test_a_countrys_abbreviation_names_the_country() -> None:
    assert _key("Kongres USA", "pl") == "@US congress"
    assert _key("Конгресс США", "ru") == "@US congress"
    assert _key("Конгресът на САЩ", "bg") == "@US congress"
    assert _key("kongres ZDA", "sl") == "@US congress"
    # a word in capitals that only folds to some locale's name of a country stays a word
    ck = concept_key("IRA Council", "en")
    assert ck is not None and "@IR" not in ck.tokens


def test_a_bare_name_whose_learned_alias_is_one_countrys_body_does_not_join_anothers() -> None:
    # the name table learned a bare Cyrillic "Сенат" as one country's senate
    table = Aliases(
        {key("ORG", "Сенат", "bg"): "ORG-US-Senate", key("ORG", "Senat USA", "pl"): "ORG-US-Senate"}
    )
    kenya = [_m("Kenia", "LOC", "pl"), _m("kenijski Senat", "ORG", "pl", 10), _m("Senat", "ORG", "pl", 30)]
    got = index_linked(
        {"a": kenya, "b": [_m("Senat USA", "ORG", "pl")], "c": [_m("Сенат", "ORG", "bg")]}, aliases=table
    )
    assert got[("c", 0)] == got[("b", 0)]  # the alias still names its body
    assert got[("a", 1)] != got[("b", 0)]


def test_a_city_marked_otherwise_than_a_countrys_name_does_not_join_the_country() -> None:
    assert place_key("Saint-Barthélemy") == "country:BL"
    assert (place_key("Saint-Barthélémy") or "").startswith("city:")
    got = index_linked(
        {
            "a": [_m("Saint-Barthélemy", "LOC", "fr")],
            "b": [_m("Saint-Barthélémy", "LOC", "fr")],
            "c": [_m("Saint-Barthélémy", "LOC", "fr")],
        }
    )
    assert got[("a", 0)] != got[("b", 0)]
    assert got[("b", 0)] == got[("c", 0)]


def test_a_title_said_with_a_name_is_not_the_persons_display_name() -> None:
    # "the bishop of all the northern lands Oleg": a lower-case word of its own makes it a title
    names = Counter({("Олег", "ru"): 9, ("Северный и всех земель Олег", "ru"): 1})
    assert display_name(names, "PER") == "Oleg"
    # a particle is part of a name: the full name still names the person
    assert display_name(Counter({("Berk", "en"): 5, ("Anna van Berk", "en"): 2}), "PER") == "Anna van Berk"
