"""The most-mentioned entities of a topic, split no more (issue 12): a name written run together,
the vowel of a particle that links a name's words, a number written against a word, and a
company's legal form said alone. Names are invented; legal forms are general vocabulary."""

from __future__ import annotations

from helpers import index_linked
from storyline.link.entity_index import EntityIndex, legal_form_mentions, run_together, similar_words
from storyline.model import Mention
from storyline.names.concepts import company_forms, name_tokens
from storyline.ner.aliases import Aliases


def _m(text: str, etype: str, lang: str, base: str | None = None, start: int = 0) -> Mention:
    return Mention(start, start + len(text), text, etype, base or text, lang)


def _linked(docs: dict[str, list[Mention]]) -> dict[tuple[str, int], str]:
    return index_linked(docs, Aliases({}))


def test_a_name_of_words_written_run_together_is_the_name() -> None:
    got = _linked({
        "a": [_m("Velmor Kasta", "PRO", "cs")],
        "b": [_m("Velmorkasta", "PRO", "pl")],
        "c": [_m("Velmor Kasta 2", "PRO", "cs")],
        "d": [_m("Velmorkasta 2", "PRO", "pl")],
    })  # fmt: skip
    assert got[("a", 0)] == got[("b", 0)]
    assert got[("c", 0)] == got[("d", 0)] != got[("a", 0)]  # the second of the series stays apart
    # either order
    got = _linked({"a": [_m("Trandolvia", "ORG", "pl")], "b": [_m("Trand Olvia", "ORG", "cs")]})
    assert got[("a", 0)] == got[("b", 0)]


def test_initials_and_particles_are_not_run_together() -> None:
    assert run_together("k l m") is None
    assert run_together("dar e salam") is None
    assert run_together("velmor kasta") == "velmorkasta"
    assert run_together("velmor kasta 2") == "velmorkasta2"


def test_the_vowel_of_a_linking_particle_is_heard_differently() -> None:
    assert similar_words("tegrik i labaik", "tegrik e labaik")
    assert not similar_words("tegrik i labaik", "tegrik k labaik")  # a consonant is another word
    got = _linked({
        "a": [_m("Зарвик-э-Мидаур", "ORG", "ru")],
        "b": [_m("Зарвик-и-Мидаур", "ORG", "bg")],
        "c": [_m("Zarwik-i-Midaur", "ORG", "pl")],
    })  # fmt: skip
    assert got[("a", 0)] == got[("b", 0)] == got[("c", 0)]


def test_a_number_written_against_a_word_is_a_number() -> None:
    assert [t for t, _ in name_tokens("Velmor Stream2", "pl")] == [
        t for t, _ in name_tokens("Velmor Stream 2", "pl")
    ]
    got = _linked({
        "a": [_m("Velmor Stream", "PRO", "cs")],
        "b": [_m("Velmor Stream 2", "PRO", "cs")],
        "c": [_m("Velmor Stream2", "PRO", "pl")],
    })  # fmt: skip
    assert got[("c", 0)] == got[("b", 0)] != got[("a", 0)]


def test_a_legal_form_is_read_as_such() -> None:
    assert company_forms("НАК «Дорвинтранс»", "uk") == (frozenset({"нак"}), True)
    assert company_forms("НАК", "uk") == (frozenset({"нак"}), False)
    assert company_forms("Накопитель", "ru") == (frozenset(), True)  # only the whole word


def test_a_legal_form_alone_is_the_company_its_document_names_with_it() -> None:
    text = "НАК «Дорвинтранс України» заявила ... Дорвинтранс ... НАК відповіла"
    a = _m("НАК «Дорвинтранс України»", "ORG", "uk", start=0)
    b = _m("Дорвинтранс", "ORG", "uk", start=text.index("Дорвинтранс ..."))
    c = _m("НАК", "ORG", "uk", start=text.rindex("НАК"))
    index = EntityIndex(aliases=Aliases({}))
    got = index.add_document("a", [a, b, c], text)
    assert index.resolve(got[0]) == index.resolve(got[1]) == index.resolve(got[2])
    # a bare "НАК" of another document without the company stays out of it
    other = index.add_document("b", [_m("НАК", "ORG", "uk")], "НАК")
    assert index.resolve(other[0]) != index.resolve(got[0])
    # a second document names another company with the form: its bare form goes there, and the
    # two companies stay two
    text2 = "НАК «Лисоверт» ... НАК"
    d = _m("НАК «Лисоверт»", "ORG", "uk")
    e = _m("НАК", "ORG", "uk", start=text2.rindex("НАК"))
    got2 = index.add_document("c", [d, e], text2)
    assert index.resolve(got2[1]) == index.resolve(got2[0]) != index.resolve(got[0])


def test_a_legal_form_right_before_a_name_is_that_company() -> None:
    text = "голова правління НАК «Дорвинтранс» сказав"
    form = _m("НАК", "ORG", "uk", start=text.index("НАК"))
    name = _m("Дорвинтранс", "ORG", "uk", start=text.index("Дорвинтранс"))
    later = _m("Мелвиз", "ORG", "uk", start=text.index("сказав"))
    assigned = {0: "e-form", 1: "e-name", 2: "e-other"}
    assert legal_form_mentions([form, name, later], text, assigned, lambda e: e) == {0: "e-name"}
    # two companies with the form in one document: the bare form is neither's
    both = [
        _m("АТ «Дорвинтранс»", "ORG", "uk"),
        _m("АТ «Мелвиз»", "ORG", "uk", start=30),
        _m("АТ", "ORG", "uk", start=60),
    ]
    assert legal_form_mentions(both, None, {0: "e1", 1: "e2", 2: "e3"}, lambda e: e) == {}


def test_a_vowel_put_in_or_two_letters_swapped_near_the_start_is_a_spelling_variant() -> None:
    got = _linked({
        "a": [_m("Dravnolit Kesto", "ORG", "pl")],
        "b": [_m("Darvnolit Kesto", "ORG", "cs")],  # two letters swapped before the fourth
        "c": [_m("Skralvid Tor", "PRO", "cs")],
        "d": [_m("Sukralvid Tor", "PRO", "sl")],  # a vowel put in
        "e": [_m("Dravnolit Partos", "ORG", "cs")],  # a word of its own
    })  # fmt: skip
    assert got[("a", 0)] == got[("b", 0)] != got[("e", 0)]
    assert got[("c", 0)] == got[("d", 0)]


def test_a_country_s_own_name_in_another_script_is_the_country() -> None:
    from storyline.link.entity_index import _transliterated_endonym

    # ICU writes Ireland "Éire" in Irish; a Cyrillic press transliterates that name
    got = _linked({"a": [_m("Ирландия", "LOC", "bg")], "b": [_m("Ейре", "LOC", "bg")]})
    assert got[("a", 0)] == got[("b", 0)]
    assert _transliterated_endonym("Ейре", "bg") == "IE"
    # a Latin-script word is not read as a country's own name (a surname may be written so)
    assert _transliterated_endonym("Eire", "pl") is None
