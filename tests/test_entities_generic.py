"""Generic nouns and adjectives are no names: "the Embassy", "the Tribunal", "von Experten", a
title with no name, an adjective in lower case (invented sentences throughout)."""

from __future__ import annotations

from storyline.analyse import entities_hygiene as hygiene
from storyline.analyse.entities_generic import generic_nouns, is_bare_generic
from storyline.model import Mention


def _at(text: str, surface: str, etype: str, lang: str) -> Mention:
    i = text.index(surface)
    return Mention(i, i + len(surface), surface, etype, surface, lang)


def _kept(text: str, lang: str, *found: tuple[str, str]) -> list[str]:
    mentions = [_at(text, s, t, lang) for s, t in found]
    return [m.text for m in hygiene.clean(text, mentions, lang, lambda s, _t: s)]


def test_a_stem_takes_case_endings_but_not_a_longer_word() -> None:
    polish = generic_nouns("pl")
    assert "Ambasadzie" in polish and "Trybunału" in polish and "Konstytucją" in polish
    assert "Trybunałowiec" not in polish  # more letters than a case ending adds
    assert "Unia" not in polish  # a capitalised "Union" stands for one body: annotated as a name
    assert "Острова" in generic_nouns("bg")  # Bulgarian refers back with the article: "the Isles"
    assert "Embassy" not in generic_nouns(None)  # no language, no list


def test_an_institution_noun_alone_is_no_name_with_a_name_part_it_is() -> None:
    text = "Ambasada wydała komunikat. Trybunał Odrzański orzekł wczoraj, a Sąd oddalił skargę."
    got = _kept(text, "pl", ("Ambasada", "ORG"), ("Trybunał Odrzański", "ORG"), ("Sąd", "PER"))
    assert got == ["Trybunał Odrzański"]


def test_an_official_name_with_one_capital_stays() -> None:
    # Slavic names of bodies capitalise their first word only
    text = "Ministrstvo za morje je sporočilo, da nemškega Inštituta za gozdove ne bo."
    got = _kept(text, "sl", ("Ministrstvo za morje", "ORG"), ("nemškega Inštituta za gozdove", "ORG"))
    assert got == ["Ministrstvo za morje", "Inštituta za gozdove"]  # the adjective before it goes


def test_a_title_without_a_name_and_a_noun_after_a_particle_are_none() -> None:
    text = "Místopředseda moravského parlamentu odstoupil."
    assert _kept(text, "cs", ("Místopředseda moravského parlamentu", "ORG")) == []
    assert is_bare_generic(["von", "Experten"], "de")
    assert not is_bare_generic(["Forum", "Nordland"], "en")


def test_an_adjective_in_lower_case_is_no_person_a_peoples_name_is() -> None:
    text = "У эстонцев нет споров, а шведских экспертов не звали."
    mentions = [_at(text, "эстонцев", "PER", "ru"), _at(text, "шведских", "PER", "ru")]
    # both known to a learned name table: the people's name stays, the adjective does not (a
    # country's adjective comes back as the country from adjectives.py)
    got = hygiene.clean(text, mentions, "ru", lambda s, _t: s, known=lambda _t, _b: True)
    assert [m.text for m in got] == ["эстонцев"]


def test_lower_case_words_before_a_name_describe_it() -> None:
    text = "Plinovod Nordvik so zgradili, pravi agencija Holmby Press in nemški Inštitut Brdo."
    got = _kept(
        text,
        "sl",
        ("agencija Holmby Press", "ORG"),
        ("nemški Inštitut Brdo", "ORG"),
        ("Plinovod Nordvik", "PRO"),
    )
    assert got == [
        "Holmby Press",
        "Inštitut Brdo",
        "Plinovod Nordvik",
    ]  # a capital that opens a sentence stays


def test_abbreviations_of_common_nouns_are_no_names_in_any_language() -> None:
    from storyline.analyse.entities import find_in
    from storyline.analyse.entity_rules import lexicon

    assert {"rna", "vat", "msp", "днк"} <= lexicon("pl").not_names  # folded: "MŚP" is "msp"
    assert "rna" in lexicon("xx").not_names  # a language without a pack too
    text = "The VAT rise worried Holmby Trading, said Anna Nordvik in Brdovec."
    assert "VAT" not in [m.text for m in find_in(text, 0, len(text), "en")]
