"""Web pages round 2's junk names and cut spans, with other names than the audit's (invented
throughout): page furniture ("Read also") is no name, nor an elided article before a common noun,
nor English everyday words or a lone English generic noun on another language's page; a body's
name runs on over "for" after its head word and over "and" between its halves, without the
common noun that opened the sentence; a region's adjective runs on over its region noun; a model
code and the product after it are one name; a possessive before "group" names a body."""

from __future__ import annotations

from storyline.analyse.entities_boilerplate import is_boilerplate, without_boilerplate
from storyline.analyse.entities_coded import products_with_codes
from storyline.analyse.entities_possessive import group_possessives
from storyline.analyse.entities_regions import with_region_nouns
from storyline.analyse.entity_rules import _capitalised, _Tok, find_by_rules, lexicon
from storyline.model import Mention


def _found(text: str, lang: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in find_by_rules(text, 0, len(text), lang)]


def _at(text: str, surface: str, etype: str, lang: str) -> Mention:
    i = text.index(surface)
    return Mention(i, i + len(surface), surface, etype, surface, lang)


def test_page_furniture_is_no_name_in_any_language() -> None:
    assert is_boilerplate("Leia Também", "pt")
    assert is_boilerplate("Lesen Sie auch:", "de")
    assert is_boilerplate("Čítajte aj", "sk")
    assert is_boilerplate("Read More", "ro")  # English furniture on any page
    assert not is_boilerplate("Leia Rocha", "pt")
    text = "Veja também: Porto Velho"
    kept = without_boilerplate(
        [_at(text, "Veja também", "PER", "pt"), _at(text, "Porto Velho", "LOC", "pt")], "pt"
    )
    assert [m.text for m in kept] == ["Porto Velho"]


def test_an_elided_article_before_a_common_noun_is_no_name() -> None:
    assert _found("La route était fermée. L’hélicoptère a décollé de Montbrison hier.", "fr") == [
        ("Montbrison", "LOC")
    ]
    assert ("L’incidente", "LOC") not in _found("Nessun ferito. L’incidente è avvenuto a Varenna.", "it")
    # a name after the apostrophe stays
    lex = lexicon("fr")
    assert _capitalised(_Tok(0, 9, "L’Ardèche", False), lex)
    assert not _capitalised(_Tok(0, 11, "D’aviateurs", False), lex)


def test_english_everyday_words_are_no_name_on_another_languages_page() -> None:
    text = "Postarea spune că a avut loc un Train Collision lângă Brașov ieri."
    assert ("Train Collision", "PER") not in _found(text, "ro")
    # an English place's name stays
    text = "Ei au zburat spre New Orleans ieri."
    assert ("New Orleans", "LOC") in _found(text, "ro")


def test_a_lone_english_generic_noun_is_no_name() -> None:
    from storyline.analyse.entities_generic import is_bare_generic

    assert is_bare_generic(["Airport"], "de")
    assert is_bare_generic(["Airport"], "en")
    assert not is_bare_generic(["Gatwick", "Airport"], "de")


def test_a_bodys_name_runs_on_over_for_after_its_head() -> None:
    text = "Officials said the Institute for Coastal Research and Monitoring had warned them."
    assert ("Institute for Coastal Research and Monitoring", "ORG") in _found(text, "en")
    # "for" between other names joins nothing
    text = "They blamed Moldova for Transnistria's losses."
    assert all("for" not in t for t, _ in _found(text, "en"))


def test_a_sentence_opening_noun_before_a_bodys_name_is_cut() -> None:
    text = "O ministro falou. Técnicos do Centro de Pesquisa e Monitoramento de Florestas chegaram."
    assert ("Centro de Pesquisa e Monitoramento de Florestas", "ORG") in _found(text, "pt")
    # a body's word first is the name's own ("Banco do …")
    text = "O ministro falou. Banco do Nordeste anunciou lucro."
    assert ("Banco do Nordeste", "ORG") in _found(text, "pt")


def test_a_region_adjective_runs_on_over_its_noun() -> None:
    text = "V Olomoucké oblasti pršelo."
    got = with_region_nouns(text, [_at(text, "Olomoucké", "LOC", "cs")], "cs", lambda s, _t: s)
    assert [(m.text, m.type) for m in got] == [("Olomoucké oblasti", "LOC")]
    text = "В Тамбовской области прошёл дождь."
    got = with_region_nouns(text, [_at(text, "Тамбовской", "LOC", "ru")], "ru", lambda s, _t: s)
    assert [m.text for m in got] == ["Тамбовской области"]
    # a plural noun: two regions named by their adjectives, each alone
    text = "В Тамбовского и Липецкого районов."
    got = with_region_nouns(text, [_at(text, "Липецкого", "LOC", "ru")], "ru", lambda s, _t: s)
    assert [m.text for m in got] == ["Липецкого"]


def test_a_model_code_and_the_product_after_it_are_one_name() -> None:
    text = "a trial of XR-4711 Influenza Vaccine in adults"
    got = products_with_codes(
        text, [_at(text, "XR-4711", "PRO", "uk"), _at(text, "Influenza Vaccine", "EVT", "uk")]
    )
    assert [(m.text, m.type) for m in got] == [("XR-4711 Influenza Vaccine", "PRO")]
    # a flight number before a place stays apart
    text = "lot LX2042 Zurych – Gdańsk"
    got = products_with_codes(text, [_at(text, "LX2042", "PRO", "pl"), _at(text, "Zurych", "LOC", "pl")])
    assert [m.text for m in got] == ["LX2042", "Zurych"]


def test_a_possessive_before_group_names_a_body() -> None:
    text = "Veliteľ Dolanovej skupiny prehovoril."
    got = group_possessives(text, [_at(text, "Dolanovej", "PER", "sk")])
    assert [(m.type, m.base, m.kind) for m in got] == [("ORG", "Dolan", "adjective")]
    # a woman's surname before a verb stays a person
    text = "Dolanová prehovorila."
    got = group_possessives(text, [_at(text, "Dolanová", "PER", "sk")])
    assert [(m.type, m.kind) for m in got] == [("PER", None)]
