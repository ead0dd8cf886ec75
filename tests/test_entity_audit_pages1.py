"""The web pages round's entity classes (issue 16), with other names than the audit's (invented
throughout): a credit line's word, a lone noun for a kind of place, a country's or a state's
abbreviation, an outlet after a media word, a region's word, the English article before a body,
a Greek body's head noun, a venue's name cut before "<X> City Hall", air-defence abbreviations."""

from __future__ import annotations

from entity_support import as_written
from entity_support import mention_at as at
from storyline.analyse import entities_hygiene as hygiene
from storyline.analyse.entities_article import without_english_article
from storyline.analyse.entities_buildings import buildings_as_places
from storyline.analyse.entities_country_codes import country_codes_as_places
from storyline.analyse.entities_heads import read_heads
from storyline.analyse.entity_rules import lexicon
from storyline.model import Mention
from storyline.names import fold


def _clean(text: str, *mentions: Mention, lang: str) -> list[str]:
    return [m.text for m in hygiene.clean(text, list(mentions), lang, as_written)]


def _headed(text: str, m: Mention) -> Mention:
    return read_heads(text, [m], m.lang, as_written)[0]


def test_the_word_before_a_credit_line_s_colon_is_no_name() -> None:
    for lang, text, word in (
        ("id", "Korban terus dicari. Sumber : Kabar Nordvala", "Sumber"),
        ("pt", "A busca continua. Fonte: Rede Kirania", "Fonte"),
        ("de", "Die Suche geht weiter. Quelle: Nordvaler Bote", "Quelle"),
    ):
        outlet = text.split(": ")[-1]
        got = _clean(text, at(text, word, "LOC", lang), at(text, outlet, "ORG", lang), lang=lang)
        assert got == [outlet], lang


def test_a_credit_word_without_a_colon_stays() -> None:
    text = "Sumber Kirana berkata bahwa tim sudah tiba."
    assert _clean(text, at(text, "Sumber Kirana", "PER", "id"), lang="id") == ["Sumber Kirana"]


def test_a_lone_noun_for_a_kind_of_place_written_in_lower_case_too_is_no_name() -> None:
    text = "date 2024-05 Ponte cai após enchente em Nordvale. Uma ponte caiu na madrugada."
    assert _clean(text, at(text, "Ponte", "LOC", "pt"), at(text, "Nordvale", "LOC", "pt"), lang="pt") == [
        "Nordvale"
    ]


def test_a_place_noun_the_text_never_writes_in_lower_case_stays() -> None:
    text = "date 2024-05 Ponte recebe turistas de Nordvale."
    assert _clean(text, at(text, "Ponte", "LOC", "pt"), lang="pt") == ["Ponte"]


def test_a_country_s_abbreviation_is_a_place() -> None:
    for lang, text, code in (
        ("pt", "Barco bate em ponte nos EUA e fecha porto", "EUA"),
        ("de", "Einsturz in der US- Stadt Nordhaven", "US"),
        ("ro", "Avionul a decolat din SUA spre Kirania", "SUA"),
        ("ru", "Делегация США прибыла в Нордвал", "США"),
    ):
        got = country_codes_as_places(text, [at(text, code, "ORG", lang)], lang)
        assert got[0].type == "LOC", lang


def test_another_abbreviation_stays_a_body() -> None:
    text = "A NRDV anunciou que os EUA vão ajudar."
    got = country_codes_as_places(text, [at(text, "NRDV", "ORG", "pt")], "pt")
    assert got[0].type == "ORG"


def test_a_state_s_code_in_brackets_after_a_city_is_a_place() -> None:
    text = "O governador interrompeu uma agenda em Nordópolis (KR) para ir a Valdara."
    city, state = at(text, "Nordópolis", "LOC", "pt"), at(text, "KR", "ORG", "pt")
    assert country_codes_as_places(text, [city, state], "pt")[1].type == "LOC"


def test_an_agency_in_brackets_after_a_dateline_stays_a_body() -> None:
    text = "NORDHAVEN (NP) — The council met on Friday."
    city, agency = at(text, "NORDHAVEN", "LOC", "en"), at(text, "NP", "ORG", "en")
    assert country_codes_as_places(text, [city, agency], "en")[1].type == "ORG"
    text = "Nordhaven (NP) - The council met on Friday."
    city, agency = at(text, "Nordhaven", "LOC", "en"), at(text, "NP", "ORG", "en")
    assert country_codes_as_places(text, [city, agency], "en")[1].type == "ORG"
    text = "v Mladinskem centru Nordje (MC) in drugje"
    city, body = at(text, "Nordje", "LOC", "sl"), at(text, "MC", "ORG", "sl")
    assert country_codes_as_places(text, [city, body], "sl")[1].type == "ORG"
    text = "O senador Kirano (PT) falou em Nordópolis."
    person, party = at(text, "Kirano", "PER", "pt"), at(text, "PT", "ORG", "pt")
    assert country_codes_as_places(text, [person, party], "pt")[1].type == "ORG"


def test_a_name_right_after_a_media_word_is_the_outlet() -> None:
    text = "a rapporté vendredi le quotidien d’Etat Nordval Sokka."
    assert _headed(text, at(text, "Nordval Sokka", "LOC", "fr")).type == "ORG"
    text = "a rapporté le quotidien d'Etat Polska Sokka."  # opening with a country's name
    assert _headed(text, at(text, "Polska Sokka", "LOC", "fr")).type == "ORG"
    text = "ha scritto il quotidiano Voce Nordica."
    assert _headed(text, at(text, "Voce Nordica", "LOC", "it")).type == "ORG"


def test_a_known_place_or_a_person_after_a_title_stays() -> None:
    text = "le quotidien de Berlin a publié la liste."
    assert _headed(text, at(text, "Berlin", "LOC", "fr")).type == "LOC"
    text = "l'agence de Haute Norvège a publié la liste."
    assert _headed(text, at(text, "Haute Norvège", "LOC", "fr")).type == "LOC"  # ends in a country
    text = "сообщает сайт госуслуг Нордвальской области."
    assert _headed(text, at(text, "Нордвальской", "LOC", "ru")).type == "LOC"
    text = "mówi gazecie Anna Kirowa, szefowa instytutu."
    assert _headed(text, at(text, "Anna Kirowa", "PER", "pl")).type == "PER"
    text = "the agency's director Anna Kirovna said."
    assert _headed(text, at(text, "Anna Kirovna", "PER", "en")).type == "PER"
    text = "In a Facebook post, Anna Kirovna said."
    assert _headed(text, at(text, "Anna Kirovna", "PER", "en")).type == "PER"
    text = "the paper by Anna Kirovna was cited."
    assert _headed(text, at(text, "Anna Kirovna", "PER", "en")).type == "PER"


def test_a_region_s_word_opening_a_name_makes_it_a_place() -> None:
    for lang, text, name in (
        ("it", "il tribunale della Comunità Nordvalese ha detto", "Comunità Nordvalese"),
        ("es", "según el gobierno de la Comunidad Kiranesa", "Comunidad Kiranesa"),
        ("it", "un comunicato della Comunitat Nordvalenca", "Comunitat Nordvalenca"),
    ):
        assert _headed(text, at(text, name, "PER", lang)).type == "LOC", name


def test_the_english_article_is_no_part_of_a_body_s_name() -> None:
    text = "The Nordvalian Civil Aviation Agency has opened an investigation."
    got = without_english_article(text, [at(text, "The Nordvalian Civil Aviation Agency", "ORG", "ro")])[0]
    assert (got.text, got.base, text[got.start : got.end]) == ("Nordvalian Civil Aviation Agency",) * 3


def test_an_outlet_keeps_its_article() -> None:
    for name in ("The Nordhaven Times", "The Kirania Post", "The Associated Press"):
        text = f"{name} reported the crash."
        assert without_english_article(text, [at(text, name, "ORG", "pl")])[0].text == name


def test_a_capital_article_inside_a_sentence_is_the_writer_s_part_of_the_name() -> None:
    text = "wynika z raportu The Nordvalian Advisory Committee, że firmy"
    name = "The Nordvalian Advisory Committee"
    assert without_english_article(text, [at(text, name, "ORG", "pl")])[0].text == name


def test_a_greek_body_s_lower_case_head_noun_starts_its_name() -> None:
    text = "ανακοίνωσε στο Telegram το νορδικό υπουργείο Θαλάσσιων Υποθέσεων."
    got = _headed(text, at(text, "Θαλάσσιων Υποθέσεων", "PER", "el"))
    assert (got.text, got.type) == ("υπουργείο Θαλάσσιων Υποθέσεων", "ORG")


def test_a_venue_cut_before_its_english_building_name_is_one_place() -> None:
    text = "w ataku w Nordhall City Hall w Kiranowie"
    lead, tail = at(text, "Nordhall", "ORG", "pl"), at(text, "City Hall", "LOC", "pl")
    got = buildings_as_places([lead, tail], text)
    assert [(m.text, m.type) for m in got] == [("Nordhall City Hall", "LOC")]


def test_an_inflected_place_before_a_building_stays_apart() -> None:
    text = "koncert w Kiranowie Arena Hall"
    lead, tail = at(text, "Kiranowie", "LOC", "pl"), at(text, "Arena Hall", "ORG", "pl")
    lead.base = "Kiranów"  # in the locative: the town the hall stands in
    got = buildings_as_places([lead, tail], text)
    assert [m.text for m in got] == ["Kiranowie", "Arena Hall"]


def test_air_defence_abbreviations_are_no_names() -> None:
    for word in ("ППО", "ПВО"):
        assert fold(word) in lexicon("uk").not_names
        assert fold(word) in lexicon("ru").not_names
