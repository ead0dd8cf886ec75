"""Entity merges and display names of the ents61 brief, with invented names: a bridge named after
a person written with its head noun after the name ("<Name> Bridge", "<Name>-Brücke") meets the
head-first form ("ponte <Name>") and the bare name, and stays apart from the person; a place is
shown by a form opening with a capital where the sources write one; a headline's bare surname is
the one full name of it its document gives later, where nobody else bears it; a Latin abbreviation
is no phrase of another script whose initials it spells by chance."""

from __future__ import annotations

from helpers import index_linked
from storyline.model import Mention
from storyline.ner.aliases import Aliases


def _m(text: str, etype: str, lang: str, start: int = 0) -> Mention:
    return Mention(start, start + len(text), text, etype, text, lang)


def test_a_bridge_with_its_head_noun_last_meets_the_head_first_form() -> None:
    got = index_linked(
        {
            "a": [_m("ponte Walter Brennick", "LOC", "it")],
            "b": [_m("Walter Brennick Bridge", "LOC", "en")],
            "c": [_m("Walter-Brennick-Brücke", "LOC", "de")],
            "d": [_m("Walter Brennick Bridge", "LOC", "de")],  # the English name in a German text
        },
        Aliases({}),
    )
    assert got[("a", 0)] == got[("b", 0)] == got[("c", 0)] == got[("d", 0)]


def test_a_bridge_stays_apart_from_the_person_it_is_named_after() -> None:
    got = index_linked(
        {
            "a": [_m("Walter Brennick Bridge", "LOC", "en")],
            "b": [_m("Walter Brennick", "PER", "en", 10)],
            "c": [_m("ponte Walter Brennick", "LOC", "it")],
        },
        Aliases({}),
    )
    assert got[("a", 0)] == got[("c", 0)] != got[("b", 0)]


def test_a_bridge_named_after_a_place_or_one_word_keeps_its_own_name() -> None:
    got = index_linked(
        {
            "a": [_m("Norvale Bridge", "LOC", "en")],
            "b": [_m("Norvale", "LOC", "en")],
            "c": [_m("Brennick Bridge", "LOC", "en")],
            "d": [_m("Brennick", "LOC", "en")],
        },
        Aliases({}),
    )
    assert got[("a", 0)] != got[("b", 0)]
    assert got[("c", 0)] != got[("d", 0)]


def test_a_place_is_shown_by_a_form_opening_with_a_capital_where_the_sources_write_one() -> None:
    from collections import Counter

    from storyline.link.entities import display_name

    names = Counter({("ponte Walter Brennick", "it"): 3, ("ponte Walter Brennick", "pt"): 2})
    names[("Walter Brennick Bridge", "de")] = 1
    names[("Walter-Brennick-Brücke", "de")] = 2
    assert display_name(names, "LOC") == "Walter-Brennick-Brücke"  # the most frequent such form
    alone = Counter({("ponte Walter Brennick", "it"): 3})
    assert display_name(alone, "LOC") == "ponte Walter Brennick"  # nothing else is written
    # a capitalised form with fewer words drops what the lower-case word said: the country stays
    senate = Counter({("morvański Senat", "pl"): 3, ("Senat", "pl"): 2})
    assert display_name(senate, "ORG") == "morvański Senat"


def _texts(docs: dict[str, tuple[str, list[tuple[str, str, str]]]]) -> dict[tuple[str, int], str]:
    """Documents as (text, [(name, its base, its type)]), each name found in the text in order."""
    from storyline.link.entity_index import EntityIndex

    index = EntityIndex(aliases=Aliases({}))
    out = {}
    for doc_id, (text, names) in docs.items():
        at, mentions = 0, []
        for name, base, etype in names:
            at = text.index(name, at)
            mentions.append(Mention(at, at + len(name), name, etype, base, "pl"))
            at += len(name)
        for i, eid in index.add_document(doc_id, mentions, text).items():
            out[(doc_id, i)] = eid
    return {k: index.resolve(v) for k, v in out.items()}


_OTHER = ("Spotkanie.\nRozmawiał Tomasz Wierzbicki.", [("Tomasz Wierzbicki", "Tomasz Wierzbicki", "PER")])
_BARE = ("Wierzbicki", "Wierzbicki", "PER")
_PAWEL = ("Paweł Wierzbicki", "Paweł Wierzbicki", "PER")


def test_a_headline_surname_is_the_one_full_name_its_document_gives_later() -> None:
    got = _texts({
        "a": _OTHER,
        "b": ("Wierzbicki: porozmawiajmy!\nPaweł Wierzbicki mówi o szkole. Wierzbicki dodał, że tak.", [_BARE, _PAWEL, _BARE]),
    })  # fmt: skip
    assert got[("b", 0)] == got[("b", 1)] == got[("b", 2)]  # the headline's "Wierzbicki:" is Paweł
    assert got[("b", 0)] != got[("a", 0)]  # not another document's Tomasz


def test_an_opening_paragraph_s_surname_is_no_namesake_named_later() -> None:
    opening = "Wierzbicki " + "mówił długo o szkole i o tym, co będzie dalej w mieście " * 3 + "wczoraj."
    got = _texts({"a": _OTHER, "b": (opening + "\nSzkoła imienia Pawła Wierzbickiego.", [_BARE, ("Pawła Wierzbickiego", "Paweł Wierzbicki", "PER")])})  # fmt: skip
    assert got[("b", 0)] != got[("b", 1)]  # the bare surname in the body is the one readers know


def test_a_headline_surname_before_two_bearers_or_a_woman_of_its_family_stays_apart() -> None:
    two = ("Wierzbicki: tak!\nPaweł Wierzbicki i Marek Wierzbicki mówią.", [_BARE, _PAWEL, ("Marek Wierzbicki", "Marek Wierzbicki", "PER")])  # fmt: skip
    woman = ("Wierzbicki: tak!\nPaweł Wierzbicki i Anna Wierzbicka mówią.", [_BARE, _PAWEL, ("Anna Wierzbicka", "Anna Wierzbicka", "PER")])  # fmt: skip
    hers = ("Wierzbicki: tak!\nAnna Wierzbicka mówi.", [_BARE, ("Anna Wierzbicka", "Anna Wierzbicka", "PER")])
    got = _texts({"a": _OTHER, "b": two, "c": woman, "d": hers})
    assert got[("b", 0)] not in {got[("b", 1)], got[("b", 2)]}  # which of the two, the text does not say
    assert got[("c", 0)] not in {got[("c", 1)], got[("c", 2)]}  # a father's, a son's, a wife's surname
    assert got[("d", 0)] != got[("d", 1)]  # a man's form is no woman's


def test_a_headline_surname_beside_a_body_named_after_a_namesake_stays_apart() -> None:
    text = "Wierzbicki: tak!\nPaweł Wierzbicki mówi w Fundacji Marka Wierzbickiego."
    names = [_BARE, _PAWEL, ("Fundacji Marka Wierzbickiego", "Fundacja Marka Wierzbickiego", "ORG")]
    got = _texts({"a": _OTHER, "b": (text, names)})
    assert got[("b", 0)] != got[("b", 1)]  # the father the foundation is named after may be meant


def test_a_latin_abbreviation_is_no_phrase_of_another_script_whose_initials_it_spells() -> None:
    phrase = "Културни и музикални работилници"
    got = index_linked(
        {
            "a": [_m("KMR", "ORG", "pl")],
            "b": [_m(phrase, "ORG", "bg")],
            "c": [_m(phrase, "ORG", "bg", 5)],
            "d": [_m("KMR", "ORG", "cs")],
        },
        Aliases({}),
    )
    assert got[("a", 0)] != got[("b", 0)]  # the abbreviation first
    assert got[("c", 0)] != got[("d", 0)]  # the phrase first


def test_a_latin_abbreviation_still_joins_a_body_s_name_in_another_script_or_its_own() -> None:
    got = index_linked(
        {
            "a": [_m("NOVAL", "ORG", "en")],
            "b": [_m("Новалская авиалиния", "ORG", "ru")],  # NOVAL: syllables, not initials
            "c": [_m("KMR", "ORG", "cs", 40)],
            "d": [_m("Krajowe Muzea Rzemiosła", "ORG", "pl")],  # its own script
            "e": [_m("NAVR", "ORG", "pl")],
            "f": [_m("Норвалска агенция за водни ресурси", "ORG", "bg")],  # a body: "агенция"
        },
        Aliases({}),
    )
    assert got[("a", 0)] == got[("b", 0)]
    assert got[("c", 0)] == got[("d", 0)]
    assert got[("e", 0)] == got[("f", 0)]
