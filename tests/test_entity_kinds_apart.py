"""Names that a key shared by chance joins to another thing (invented names throughout): a
country's islands and the country, a bare "bank", a country's central bank and a supranational
one, a description whose letters an abbreviation fits only by syllables."""

from __future__ import annotations

from storyline.link.acronym_fit import initials_fit, syllables_only
from storyline.link.entity_index import EntityIndex
from storyline.link.name_kinds import country_feature
from storyline.model import Mention
from storyline.ner.aliases import Aliases, key


def _m(text: str, etype: str, lang: str, start: int = 0, base: str | None = None) -> Mention:
    return Mention(start, start + len(text), text, etype, base or text, lang)


def test_a_country_s_islands_are_not_the_country_a_bare_island_word_stands_for() -> None:
    # one country's press calls the country "the Island": the table learned the bare word for it
    table = Aliases({key("LOC", "Otok", "sl"): "GPE-Norway", key("LOC", "Norveška", "sl"): "GPE-Norway"})
    index = EntityIndex(aliases=table)
    country = index.add_document("a", [_m("Norveška", "LOC", "sl")])[0]
    bare = index.add_document("b", [_m("Norveška", "LOC", "sl"), _m("Otok", "LOC", "sl", 20)])[1]
    islands = index.add_document("c", [_m("Norské ostrovy", "LOC", "cs")])[0]
    # a story about the country names the bare word: its concept key meets the islands' too
    again = index.add_document("d", [_m("Norveška", "LOC", "sl"), _m("Otok", "LOC", "sl", 20)])[1]
    assert index.resolve(bare) == index.resolve(country) == index.resolve(again)
    assert index.resolve(islands) != index.resolve(country)
    assert country_feature("Norské ostrovy", "cs") and not country_feature("Otok", "sl")


def test_a_country_s_central_bank_is_not_a_supranational_one() -> None:
    index = EntityIndex(aliases=Aliases({}))
    text = "Europejski Bank Centralny podniósł stopy. Bank centralny tak zdecydował."
    union = index.add_document(
        "a", [_m("Europejski Bank Centralny", "ORG", "pl"), _m("Bank centralny", "ORG", "pl", 42)], text
    )
    # a generic "central bank" of a story about one country takes the supranational bank's entity
    # and the country's key with it
    index.add_document("b", [_m("Norwegia", "LOC", "pl"), _m("Bank centralny", "ORG", "pl", 20)])
    own = index.add_document("c", [_m("norweski bank centralny", "ORG", "pl")])[0]
    assert index.resolve(own) != index.resolve(union[0])


def test_an_abbreviation_of_a_long_name_s_initials_takes_no_syllable_fit_of_another() -> None:
    text = "Koalice alpská pro vodu a ovzduší (KAVO) varovala."
    long_first = EntityIndex(aliases=Aliases({}))
    coalition = long_first.add_document(
        "a", [_m("Koalice alpská pro vodu a ovzduší", "ORG", "cs"), _m("KAVO", "ORG", "cs", 35)], text
    )
    other = long_first.add_document("b", [_m("Касагентство по водоснабжению", "ORG", "ru")])[0]
    assert long_first.resolve(other) != long_first.resolve(coalition[0])
    # an abbreviation seen alone may still be found by a syllable fit of its long name
    alone = EntityIndex(aliases=Aliases({}))
    bare = alone.add_document("a", [_m("KAVO", "ORG", "cs")])[0]
    found = alone.add_document("b", [_m("Касагентство по водоснабжению", "ORG", "ru")])[0]
    assert alone.resolve(found) == alone.resolve(bare)
    assert initials_fit("KAVO", "Koalice alpska pro vodu a ovzdusi")
    assert not syllables_only(
        "KAVO", "Koalice alpska pro vodu a ovzdusi", ["Kasagentstvo po vodosnabzheniyu"]
    )
