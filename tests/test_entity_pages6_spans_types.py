"""Spans and types of entities on web pages, web-pages round 6 (issue 16), with invented names: a
bridge or a road named after a person with its head noun first, a power plant, a place whose name
opens with "high", a name that opens a quotation, a national aid society, an airline run on over
an aircraft's model code, a newspaper named with a transcribed "Times"."""

from __future__ import annotations

from entity_support import mention_at as at
from storyline.analyse.entities_facilities import facilities_as_places
from storyline.analyse.entities_head_first import with_head_first
from storyline.analyse.entities_model_codes import without_model_codes
from storyline.analyse.entities_national_societies import national_societies
from storyline.analyse.entities_qualified_places import qualified_places
from storyline.analyse.entities_spans import with_closing_quotes


def test_a_bridge_or_a_road_named_after_a_person_takes_its_head_noun_first() -> None:
    for text, name, etype, lang, whole in (
        ("Dopo il crollo del ponte Martin Oldfield di Norvale, il traffico è sospeso.", "Martin Oldfield", "LOC", "it", "ponte Martin Oldfield"),
        ("O acidente foi próximo à rodovia Joaquim Serrano Dutra, no interior.", "Joaquim Serrano Dutra", "PER", "pt", "rodovia Joaquim Serrano Dutra"),
        ("El barco chocó contra el puente Walter Brennick al amanecer.", "Walter Brennick", "LOC", "es", "puente Walter Brennick"),
        ("Le camion a quitté l'autoroute Pierre Vandermot hier.", "Pierre Vandermot", "PER", "fr", "autoroute Pierre Vandermot"),
    ):  # fmt: skip
        [m] = with_head_first(text, [at(text, name, etype, lang)], lang)
        assert (m.text, m.base, m.type) == (whole, whole, "LOC"), text


def test_the_recogniser_reads_a_road_after_a_person_and_a_range_opening_with_high() -> None:
    from entity_support import found

    road = "A ocorrência foi registrada próximo à rodovia Joaquim Serrano Dutra, no interior."
    assert ("rodovia Joaquim Serrano Dutra", "LOC") in found(road, "pt")
    society = "Sebelumnya Kepala Palang Merah Malaysia Budi Hartono mengatakan tim dikerahkan."
    assert ("Palang Merah Malaysia", "ORG") in found(society, "id")


def test_a_place_after_a_head_noun_or_a_capitalised_head_stays_as_it_is() -> None:
    for text, name, etype, lang in (
        ("Il traffico sul ponte Norvale è ripreso.", "Norvale", "LOC", "it"),  # one word, a place's
        ("A ponte Rio Verde foi fechada.", "Rio Verde", "LOC", "pt"),  # no person's name
        ("Il Ponte Martin Oldfield è chiuso.", "Martin Oldfield", "PER", "it"),  # capitalised head
        ("Vive su via Martin Oldfield.", "Martin Oldfield", "PER", "it"),  # "via": by way of too
        ("The bridge Martin Oldfield crossed was closed.", "Martin Oldfield", "PER", "en"),
    ):
        [m] = with_head_first(text, [at(text, name, etype, lang)], lang)
        assert (m.text, m.type) == (name, etype), text


def test_a_power_plant_named_with_its_kind_is_a_place() -> None:
    for text, name, etype, lang in (
        ("Після підриву Норвальської ГЕС вода затопила місто.", "Норвальської ГЕС", "ORG", "uk"),
        ("На Норвальской АЭС отключили энергоблок.", "Норвальской АЭС", "PRO", "ru"),
        ("Через НорвальГЭС сбросили воду.", "НорвальГЭС", "ORG", "ru"),
    ):
        [m] = facilities_as_places([at(text, name, etype, lang)], lang)
        assert m.type == "LOC", text


def test_a_plants_abbreviation_alone_or_a_union_stays() -> None:
    text = "ГЭС остановлена, а ЕС обсуждает санкции."
    got = facilities_as_places([at(text, "ГЭС", "ORG", "ru"), at(text, "ЕС", "ORG", "ru")], "ru")
    assert [m.type for m in got] == ["ORG", "ORG"]
    other = "Норвальская ГЭС"  # a language without the list keeps the type
    assert facilities_as_places([at(other, other, "ORG", "pl")], "pl")[0].type == "ORG"


def test_a_person_whose_name_opens_with_high_or_upper_is_a_place() -> None:
    for text, name, lang in (
        ("Les villages du Haut Norvane ont été détruits.", "Haut Norvane", "fr"),
        ("La vallée de la Haute-Norvane est inondée.", "Haute-Norvane", "fr"),
        ("Floods hit Upper Norvane overnight.", "Upper Norvane", "en"),
    ):
        [m] = qualified_places([at(text, name, "PER", lang)], lang)
        assert m.type == "LOC", text


def test_a_title_and_a_name_opening_with_high_stays_a_person() -> None:
    text = "Le Haut-Commissaire Martin Oldfield est arrivé."
    name = "Haut-Commissaire Martin Oldfield"
    assert qualified_places([at(text, name, "PER", "fr")], "fr")[0].type == "PER"
    plain = "Les propos de Jean Norvane."
    assert qualified_places([at(plain, "Jean Norvane", "PER", "fr")], "fr")[0].type == "PER"


def test_a_name_that_opens_a_quotation_takes_its_closing_mark() -> None:
    text = "Среди них значится глава ЧВК «Норвал» и командир группы."
    [m] = with_closing_quotes(text, [at(text, "ЧВК «Норвал", "ORG", "ru")])
    assert (m.text, m.base) == ("ЧВК «Норвал»", "ЧВК «Норвал»")
    plain = 'Spokesman of the party "Nordic Dawn" said.'
    [n] = with_closing_quotes(plain, [at(plain, 'party "Nordic Dawn', "ORG", "en")])
    assert n.text == 'party "Nordic Dawn"'


def test_a_name_inside_quotation_marks_or_a_paired_one_stays() -> None:
    text = "Компания «Норвал» и ООО «Норвал Плюс» сообщили."
    ms = [at(text, "Норвал", "ORG", "ru"), at(text, "ООО «Норвал Плюс»", "ORG", "ru")]
    assert [m.text for m in with_closing_quotes(text, ms)] == ["Норвал", "ООО «Норвал Плюс»"]


def test_a_national_aid_society_keeps_its_country_after_it() -> None:
    text = "Kepala Palang Merah Malaysia Budi Hartono mengatakan tim dikerahkan."
    ms = [
        at(text, "Palang Merah", "ORG", "id"),
        at(text, "Malaysia", "LOC", "id"),
        at(text, "Budi Hartono", "PER", "id"),
    ]
    got = national_societies(text, ms, "id")
    assert [(m.text, m.type) for m in got] == [("Palang Merah Malaysia", "ORG"), ("Budi Hartono", "PER")]


def test_another_body_before_a_country_or_a_language_without_the_order_stays_apart() -> None:
    text = "Juru bicara Kementerian Kesehatan Malaysia Budi Hartono mengatakan."
    ms = [at(text, "Kementerian Kesehatan", "ORG", "id"), at(text, "Malaysia", "LOC", "id")]
    assert len(national_societies(text, ms, "id")) == 2
    other = "Il presidente della Croce Rossa Malaysia ha parlato."
    ms = [at(other, "Croce Rossa", "ORG", "it"), at(other, "Malaysia", "LOC", "it")]
    assert len(national_societies(other, ms, "it")) == 2


def test_an_airline_run_on_over_a_model_code_is_two_names_without_the_registration() -> None:
    text = "«Самолет Nordavia Air A321neo NV-Kxa потерпел крушение», — заявили в ведомстве."
    got = without_model_codes([at(text, "Nordavia Air A321neo NV-Kxa", "ORG", "ru")])
    assert [(m.text, m.type) for m in got] == [("Nordavia Air", "ORG"), ("A321neo", "PRO")]
    assert text[got[1].start : got[1].end] == "A321neo"
    longer = "The Nordavia B787 Dreamliner landed."
    got = without_model_codes([at(longer, "Nordavia B787 Dreamliner", "ORG", "en")])
    assert [(m.text, m.type) for m in got] == [("Nordavia", "ORG"), ("B787 Dreamliner", "PRO")]


def test_a_name_with_a_number_that_is_no_model_code_stays_whole() -> None:
    for name in (
        "Radio Nordvik 24",
        "Nordvik A1",
        "G20 Summit Office",
        "Nordvik 2024 Committee",
        "Airbus A330 Nordwing",
    ):
        text = f"Statement of {name} today."
        assert [m.text for m in without_model_codes([at(text, name, "ORG", "en")])] == [name]


def test_a_person_named_with_a_transcribed_times_is_an_outlet() -> None:
    from storyline.names.media import outlet_named

    assert outlet_named("Тајмс Оф Норвалија", "sr")
    assert outlet_named("Норвал Таймс", "ru")
    assert not outlet_named("Klaus Welle", "de")  # a surname that is an outlet's word too
    assert not outlet_named("Марко Петровић", "sr")


def test_a_latin_venue_ending_in_a_lower_case_place_noun_in_a_cyrillic_text_is_a_place() -> None:
    from storyline.analyse.entities_foreign_venues import foreign_venues

    text = "Число погибших в Norvalo city выросло, сообщил комитет."
    assert foreign_venues(text, [at(text, "Norvalo city", "ORG", "ru")])[0].type == "LOC"


def test_a_latin_name_with_a_capitalised_noun_or_in_a_latin_text_stays() -> None:
    from storyline.analyse.entities_foreign_venues import foreign_venues

    club = "Футболисты Norvale City проиграли в субботу."
    assert foreign_venues(club, [at(club, "Norvale City", "ORG", "ru")])[0].type == "ORG"
    latin = "Fans of Norvalo city went home."
    assert foreign_venues(latin, [at(latin, "Norvalo city", "ORG", "en")])[0].type == "ORG"


def test_a_bridge_with_its_head_noun_still_joins_the_bridge_other_languages_name_alone() -> None:
    from helpers import index_linked
    from storyline.model import Mention
    from storyline.ner.aliases import Aliases

    def m(text: str, lang: str) -> Mention:
        return Mention(0, len(text), text, "LOC", text, lang)

    got = index_linked(
        {
            "a": [m("puente Walter Brennick", "es")],
            "b": [m("ponte Walter Brennick", "pt")],
            "c": [m("Walter Brennick", "de")],  # the bridge said by its name alone
        },
        Aliases({}),
    )
    assert got[("a", 0)] == got[("b", 0)] == got[("c", 0)]
