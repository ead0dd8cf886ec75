"""A short form and the full name its document names are one entity (``link.short_forms``);
a word or a number of its own, a second full name to go to, or a generic name beside another
country's body keeps them apart. Names are invented or general vocabulary."""

from __future__ import annotations

from helpers import index_linked
from storyline.model import Mention
from storyline.ner.aliases import Aliases


def _m(text: str, etype: str, lang: str, base: str | None = None, start: int = 0) -> Mention:
    return Mention(start, start + len(text), text, etype, base or text, lang)


def _linked(docs: dict[str, list[Mention]]) -> dict[tuple[str, int], str]:
    return index_linked(docs, Aliases({}))


def test_a_body_s_head_word_alone_is_the_body_its_document_names_in_full() -> None:
    for lang, full, short in (
        ("bg", "Европейска комисия", "Комисия"),
        ("pl", "Komisja Europejska", "Komisja"),
        ("ru", "Верховный суд Индонезии", "Индонезийский суд"),
    ):
        got = _linked({"a": [_m(full, "ORG", lang), _m(short, "ORG", lang, start=40)]})
        assert got[("a", 0)] == got[("a", 1)], (lang, short)


def test_the_short_form_elsewhere_follows_its_entity() -> None:
    got = _linked({
        "a": [_m("Morze Bałtyckie", "LOC", "pl"), _m("Bałtyk", "LOC", "pl", start=30)],
        "b": [_m("Bałtyk", "LOC", "pl")],
        "c": [_m("Балтийское море", "LOC", "ru")],
    })  # fmt: skip
    assert got[("a", 0)] == got[("a", 1)] == got[("b", 0)]


def test_a_name_without_its_country_is_the_name_with_it() -> None:
    for lang, full, short in (("ru", "Зелмораг Молдовы", "Зелмораг"), ("en", "Kavrelo of Latvia", "Kavrelo")):
        got = _linked({"a": [_m(full, "ORG", lang), _m(short, "ORG", lang, start=40)]})
        assert got[("a", 0)] == got[("a", 1)], lang


def test_a_country_s_name_set_after_a_name_is_its_branch_there() -> None:
    # "Interfax-Ukraine", "Adecco Polska": the country named as such, not "of" it
    got = _linked({
        "a": [_m("Kavrelo-Latvia", "ORG", "en"), _m("Kavrelo", "ORG", "en", start=30)],
        "b": [_m("Zelmorag Polska", "ORG", "pl"), _m("Zelmorag", "ORG", "pl", start=30)],
    })  # fmt: skip
    assert got[("a", 0)] != got[("a", 1)]
    assert got[("b", 0)] != got[("b", 1)]


def test_a_word_or_a_number_of_its_own_is_another_thing() -> None:
    got = _linked({
        "a": [_m("Kavrelo Export", "ORG", "en"), _m("Kavrelo", "ORG", "en", start=30)],
        "b": [_m("Velmar Line 2", "PRO", "en"), _m("Velmar Line", "PRO", "en", start=30)],
        "c": [_m("CM WUX", "ORG", "pl"), _m("WUX", "ORG", "pl", start=30)],
    })  # fmt: skip
    for doc in "abc":
        assert got[(doc, 0)] != got[(doc, 1)], doc


def test_a_short_form_with_two_full_names_to_go_to_joins_neither() -> None:
    got = _linked(
        {
            "a": [
                _m("Kavrelo of Latvia", "ORG", "en"),
                _m("Kavrelo of Estonia", "ORG", "en", start=30),
                _m("Kavrelo", "ORG", "en", start=60),
            ]
        }
    )
    assert got[("a", 0)] != got[("a", 1)]
    assert got[("a", 2)] not in (got[("a", 0)], got[("a", 1)])


def test_a_generic_body_is_not_another_country_s_body_of_that_kind() -> None:
    got = _linked(
        {
            "a": [
                _m("Ministry of Health of Latvia", "ORG", "en"),
                _m("Ministry of Health", "ORG", "en", start=40),
            ]
        }
    )
    assert got[("a", 0)] != got[("a", 1)]


def test_a_place_is_not_a_body_named_after_it() -> None:
    got = _linked({"a": [_m("European Commission", "ORG", "en"), _m("Europe", "LOC", "en", start=40)]})
    assert got[("a", 0)] != got[("a", 1)]


def test_a_party_s_members_are_the_party_its_document_names() -> None:
    # a Czech text that names no country: "the conservatives" cannot be keyed by one
    got = _linked({
        "a": [_m("Konzervativní strana", "ORG", "cs"), _m("konzervativců", "PER", "cs", "konzervativec", 40)],
        "b": [_m("Tories", "PER", "en", "Tories"), _m("Conservative Party", "ORG", "en", start=30)],
    })  # fmt: skip
    assert got[("a", 0)] == got[("a", 1)]
    assert got[("b", 0)] == got[("b", 1)]  # a Tory is a conservative


def test_an_island_is_no_short_form_of_a_country_s_island() -> None:
    # "the island" beside "the Irish island": a generic kind of place, not that country's
    got = _linked({"a": [_m("hrvaški otok", "LOC", "sl"), _m("Otok", "LOC", "sl", start=40)]})
    assert got[("a", 0)] != got[("a", 1)]


def test_a_bare_name_beside_its_one_lettered_variant_is_that_variant_there() -> None:
    # "Velmar K" is a variant of Velmar, not the next of a series: the document's bare "Velmar"
    # (any case form, in quotes or not) is it; another document's bare name is left alone
    for lang, full, bare, base in (
        ("ru", "«Велмар K»", "«Велмаром»", "Велмар"),
        ("pl", "Velmar-K", "Velmara", "Velmar"),
        ("cs", "Velmar K", "Velmar", "Velmar"),
    ):
        got = _linked({
            "a": [_m(full, "PRO", lang, full.strip("«»")), _m(bare, "PRO", lang, base, start=40)],
            "b": [_m(bare, "PRO", lang, base)],
        })  # fmt: skip
        assert got[("a", 0)] == got[("a", 1)], (lang, bare)
        assert got[("b", 0)] != got[("a", 0)], (lang, bare)


def test_a_bare_name_stays_apart_beside_a_number_a_word_or_two_variants() -> None:
    got = _linked({
        "a": [_m("Velmar 2", "PRO", "en"), _m("Velmar", "PRO", "en", start=30)],
        "b": [_m("Velmar K", "PRO", "en"), _m("Velmar Lite", "PRO", "en", start=20),
              _m("Velmar", "PRO", "en", start=40)],
        "c": [_m("Velmar K", "PRO", "en"), _m("Velmar T", "PRO", "en", start=20),
              _m("Velmar", "PRO", "en", start=40)],
        "d": [_m("Univerza v Trzelju", "ORG", "sl"), _m("Univerza Trzelju", "ORG", "sl", start=40)],
    })  # fmt: skip
    assert got[("a", 0)] != got[("a", 1)]
    assert got[("b", 2)] not in (got[("b", 0)], got[("b", 1)])
    assert got[("c", 2)] not in (got[("c", 0)], got[("c", 1)])
    assert got[("d", 0)] != got[("d", 1)]
