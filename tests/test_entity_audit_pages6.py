"""Entity classes of the web pages read again after round 5 (issue 16), with invented names: a
plural made by saying a word twice, a road named after a person, a model number between a maker
and a vehicle noun."""

from __future__ import annotations

from dataclasses import replace

from entity_support import mention_at as at
from storyline.analyse import entities_hygiene as hygiene
from storyline.analyse.entities_kinds import read_kinds


def _clean(text: str, *mentions, lang: str):  # noqa: ANN002, ANN202 - test helper
    return hygiene.clean(text, list(mentions), lang, lambda s, _t: s)


def test_a_word_said_twice_in_lower_case_the_second_time_is_a_plural_not_a_name() -> None:
    text = "Gempa melanda Kirania. Negara-negara seperti Nordvale mengirim tim. Warga Kota-kota kecil."
    got = _clean(text, at(text, "Negara-negara", "LOC", "id"), at(text, "Nordvale", "LOC", "id"), lang="id")
    assert [m.text for m in got] == ["Nordvale"]


def test_a_name_that_doubles_a_word_with_capitals_stays() -> None:
    text = "Banjir melanda Tolo-Tolo dan Perserikatan Bangsa-Bangsa mengirim bantuan."
    got = _clean(
        text,
        at(text, "Tolo-Tolo", "LOC", "id"),
        at(text, "Perserikatan Bangsa-Bangsa", "ORG", "id"),
        lang="id",
    )
    assert [m.text for m in got] == ["Tolo-Tolo", "Perserikatan Bangsa-Bangsa"]


def test_a_person_named_after_a_road_word_is_the_road() -> None:
    for text, name, lang in (
        ("O ônibus caiu perto da rodovia Joaquim Serrano Dutra, no interior.", "Joaquim Serrano Dutra", "pt"),
        ("El choque ocurrió en la autopista Ramón Etxeberri al amanecer.", "Ramón Etxeberri", "es"),
        ("The truck overturned on the highway Harold Penwick near the town.", "Harold Penwick", "en"),
    ):
        got = _clean(text, at(text, name, "PER", lang), lang=lang)
        assert [(m.text, m.type) for m in got] == [(name, "LOC")], text


def test_a_person_after_a_capitalised_road_word_stays_a_person() -> None:
    text = "Road safety: Harold Penwick said the highway was closed."
    got = _clean(text, at(text, "Harold Penwick", "PER", "en"), lang="en")
    assert got[0].type == "PER"


def test_a_maker_with_a_model_number_and_a_vehicle_noun_after_is_one_product() -> None:
    text = "Four died in the crash of Korvath 412 helicopter in the hills."
    got = read_kinds(text, [at(text, "Korvath", "LOC", "en")], "en")
    assert [(m.text, m.type) for m in got] == [("Korvath 412", "PRO")]


def test_a_country_before_a_number_and_a_vehicle_noun_is_no_maker() -> None:
    text = "Norway 12 planes were grounded on Monday."
    got = read_kinds(text, [at(text, "Norway", "LOC", "en")], "en")
    assert [(m.text, m.type) for m in got] == [("Norway", "LOC")]


def test_a_product_name_ends_at_its_model_number_before_a_vehicle_noun() -> None:
    text = "Die Behörde ordnete die Inspektion aller Korvath 560 Flugzeuge an."
    got = read_kinds(text, [at(text, "Korvath 560 Flugzeuge", "PRO", "de")], "de")
    assert [(m.text, m.base, m.type) for m in got] == [("Korvath 560", "Korvath 560", "PRO")]


def test_a_romanian_name_opening_with_a_noun_and_its_oblique_article_has_a_nominative_base() -> None:
    from storyline.analyse.entities import find_in

    text = "Apa a inundat satele după distrugerea Barajului Nordvale, a anunțat Guvernul."
    got = [(m.text, m.base) for m in find_in(text, 0, len(text), "ro") if "Nordvale" in m.text]
    assert got == [("Barajului Nordvale", "Barajul Nordvale")]


def test_a_romanian_place_alone_in_a_case_keeps_its_form() -> None:
    from storyline.ner.lemma_definite import name_in_the_nominative

    assert name_in_the_nominative("Clujului", "LOC", "ro") == "Clujului"
    assert name_in_the_nominative("Barajului Nordvale", "PER", "ro") == "Barajului Nordvale"
    assert name_in_the_nominative("Barajului Nordvale", "LOC", "pt") == "Barajului Nordvale"


def test_a_region_named_after_a_renamed_citys_old_name_is_not_the_city() -> None:
    from storyline.analyse.entities_former_city_regions import former_city_regions
    from storyline.link.entity_index import EntityIndex

    city = "Flights to Yekaterinburg were cancelled on Monday."
    region = "Floods hit villages across the Sverdlovsk region, officials said."
    romanian = "Apa a inundat satele din regiunea Leningrad, a anunțat guvernul."
    got = former_city_regions(region, [at(region, "Sverdlovsk", "LOC", "en")], "en")
    assert got[0].kind == "region"
    assert former_city_regions(romanian, [at(romanian, "Leningrad", "LOC", "ro")], "ro")[0].kind == "region"
    index = EntityIndex()
    a = index.add_document("a", [at(city, "Yekaterinburg", "LOC", "en")], city)[0]
    b = index.add_document("b", got, region)[0]
    assert index.resolve(a) != index.resolve(b)


def test_a_region_under_its_citys_present_name_or_an_exonym_stays_the_city() -> None:
    from storyline.analyse.entities_former_city_regions import former_city_regions

    for text, name, lang in (
        ("Floods hit villages across the Kharkiv region, officials said.", "Kharkiv", "en"),
        ("Apa a inundat satele din regiunea Moscova, a anunțat guvernul.", "Moscova", "ro"),
        ("Des crues dans la région de Valence ont fait des victimes.", "Valence", "fr"),
        ("The plant in Sverdlovsk closed in 1985.", "Sverdlovsk", "en"),
    ):
        assert former_city_regions(text, [at(text, name, "LOC", lang)], lang)[0].kind is None, text


def test_a_hungarian_name_with_a_hyphened_adjective_suffix_is_its_bearers_adjective() -> None:
    from storyline.analyse.entities_hyphen_adjectives import hyphen_adjectives

    text = "A robbanás erejétől a Dolna Vereska-i gát gyakorlatilag megsemmisült."
    got = hyphen_adjectives([at(text, "Dolna Vereska-i", "PER", "hu")], "hu")
    assert [(m.text, m.base, m.type, m.kind) for m in got] == [
        ("Dolna Vereska-i", "Dolna Vereska", "LOC", "adjective")
    ]
    other = "Die Brücke in Dolna-i wurde gesperrt."  # no such suffix in German
    assert hyphen_adjectives([at(other, "Dolna-i", "LOC", "de")], "de")[0].base == "Dolna-i"


def test_a_place_no_gazetteer_knows_that_writes_the_news_is_an_outlet() -> None:
    from storyline.link.entities import build_entities

    for text, name, lang in (
        (
            "La stima dei morti non è ufficiale, scrive Gazzettino Vallivo, perché i corpi mancano.",
            "Gazzettino Vallivo",
            "it",
        ),
        ("Mais de cem casas caíram, informou Folha Serrana na terça-feira.", "Folha Serrana", "pt"),
    ):
        mentions = {("a", 0): at(text, name, "LOC", lang)}
        [entity] = build_entities({k: "e1" for k in mentions}, mentions, {}, lambda _k, t=text: t)
        assert entity.type == "ORG", text


def test_a_known_place_that_reports_stays_a_place() -> None:
    from storyline.link.entities import build_entities

    text = "Two more bodies were found, Ankara reported on Monday."
    mentions = {("a", 0): at(text, "Ankara", "LOC", "en")}
    [entity] = build_entities({k: "e1" for k in mentions}, mentions, {}, lambda _k: text)
    assert entity.type == "LOC"


def test_a_body_named_right_after_a_building_word_is_the_building() -> None:
    from storyline.analyse.entities_buildings import buildings_as_places

    text = "В концертном зале Lumen Arena нашли тела. Депутаты собрались в зале Госсовета."
    hall = at(text, "Lumen Arena", "ORG", "ru")
    owner = replace(at(text, "Госсовета", "ORG", "ru"), base="Госсовет")
    got = buildings_as_places([hall, owner], text, "ru")
    assert [(m.text, m.type) for m in got] == [("Lumen Arena", "LOC"), ("Госсовета", "ORG")]


def test_a_road_named_after_a_person_whose_surname_spells_a_small_town_keeps_it() -> None:
    from storyline.analyse.entities_loose import without_loose_words

    text = "O acidente foi próximo à rodovia Joaquim Prado de Castro, no interior."
    got = without_loose_words(text, [at(text, "Joaquim Prado de Castro", "LOC", "pt")], "pt")
    assert got[0].text == "Joaquim Prado de Castro"


def test_a_citys_old_name_is_shown_as_written_and_an_exonym_as_the_city() -> None:
    from collections import Counter

    from storyline.link.entities import display_name

    assert display_name(Counter({("Sverdlovsk", "ro"): 1}), "LOC") == "Sverdlovsk"
    assert display_name(Counter({("Moscova", "ro"): 1}), "LOC") == "Moscow"


def test_a_greek_body_in_the_feminine_genitive_has_a_nominative_base() -> None:
    from storyline.analyse.entities import find_in

    # another country's society (the rules find a Red Crescent by its words, aid_societies)
    text = "Η κατάσταση είναι δύσκολη, δήλωσε ο επικεφαλής της τουρκικής Ερυθράς Ημισελήνου χθες."
    got = [(m.text, m.base, m.type) for m in find_in(text, 0, len(text), "el")]
    assert got == [("Ερυθράς Ημισελήνου", "Ερυθρά Ημισέληνος", "ORG")]


def test_an_abbreviations_plural_is_a_common_noun() -> None:
    # "МОЛ-овете" (the malls, a kind's plural) whole or cut before its ending (audit round 31 N1);
    # a singular article on an abbreviation ("НКЖ-то", the railway) leaves the name
    text = "Центрове тип ТРЦ ще работят. На територията на ТРЦ-овете остава забраната, каза НКЖ-то."
    got = _clean(
        text,
        at(text, "ТРЦ", "LOC", "bg"),
        at(text, "ТРЦ-овете", "LOC", "bg"),
        at(text, "НКЖ-то", "ORG", "bg"),
        lang="bg",
    )
    assert [m.text for m in got] == ["ТРЦ", "НКЖ-то"]
    cut = "На територията на ТРЦ-овете остава забраната."
    s = cut.index("ТРЦ")
    mention = replace(at(cut, "ТРЦ-овете", "LOC", "bg"), end=s + 3, text="ТРЦ", base="ТРЦ")
    assert _clean(cut, mention, lang="bg") == []


def test_the_second_pass_does_not_find_an_abbreviation_again_in_its_plural() -> None:
    # "тип ТРЦ" (of the mall type) is kept as the tagger typed it; "ТРЦ-овете" (the malls) is no
    # second mention of it, though the second pass looks for the name everywhere
    from entity_support import found

    text = (
        "Здравният министър разреши на търговските центрове тип ТРЦ да работят от понеделник. "
        "Остава забраната на територията на ТРЦ-овете да работят игралните зали."
    )
    assert [surface for surface, _ in found(text, "bg")] == ["ТРЦ"]
