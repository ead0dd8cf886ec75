"""The web pages round 3's entity classes (issue 16), with other names than the audit's (invented
where they can be): a US state's code after a city and a comma, an "Air <place>" airline, a
region's word before a city, page furniture in capitals, an Indonesian body's head noun."""

from __future__ import annotations

from entity_support import mention_at as at
from storyline.analyse.entities_boilerplate import without_boilerplate
from storyline.analyse.entities_country_codes import country_codes_as_places
from storyline.analyse.entities_kinds import read_kinds


def test_a_state_code_after_a_city_and_a_comma_is_a_place() -> None:
    for text, city, code in (
        ("DENVER, CO – Rescuers searched the river.", "DENVER", "CO"),
        ("The plant in Tulsa, OK was closed.", "Tulsa", "OK"),
    ):
        got = country_codes_as_places(text, [at(text, city, "LOC", "en"), at(text, code, "ORG", "en")], "en")
        assert [m.type for m in got] == ["LOC", "LOC"], text


def test_other_capitals_after_a_city_and_a_comma_stay_a_body() -> None:
    text = "Talks in Geneva, WHO officials said, went well."
    got = country_codes_as_places(text, [at(text, "Geneva", "LOC", "en"), at(text, "WHO", "ORG", "en")], "en")
    assert got[1].type == "ORG"


def test_a_state_code_without_a_city_before_it_stays() -> None:
    text = "Officials said, CO levels were high."
    assert country_codes_as_places(text, [at(text, "CO", "ORG", "en")], "en")[0].type == "ORG"


def test_an_air_place_airline_is_an_organisation() -> None:
    for lang, text, name in (
        ("de", "Air Canada und die Regierung prüfen den Fall.", "Air Canada"),
        ("en", "An Air Serbia plane landed.", "Air Serbia"),
    ):
        assert read_kinds(text, [at(text, name, "LOC", lang)], lang)[0].type == "ORG", lang


def test_a_region_word_before_a_city_is_a_place() -> None:
    for lang, text, name in (
        ("pt", "O voo seguia para a Grande Curitiba ontem.", "Grande Curitiba"),
        ("en", "Homes across Greater Manchester lost power.", "Greater Manchester"),
    ):
        assert read_kinds(text, [at(text, name, "PER", lang)], lang)[0].type == "LOC", lang


def test_a_page_s_capital_furniture_is_no_name_even_cut() -> None:
    text = "BREAKING NEWS: A ferry sank off Nordvale."
    kept = without_boilerplate([at(text, "NEWS", "ORG", "en"), at(text, "Nordvale", "LOC", "en")], "en", text)
    assert [m.text for m in kept] == ["Nordvale"]


def test_an_outlet_named_news_stays() -> None:
    text = "It was reported by Kirania News on Monday."
    assert len(without_boilerplate([at(text, "Kirania News", "ORG", "en")], "en", text)) == 1


def test_an_indonesian_body_headed_perserikatan_is_an_organisation() -> None:
    from entity_support import found

    got = dict(found("Bantuan dikirim oleh Perserikatan Bangsa-Bangsa kemarin.", "id"))
    assert got.get("Perserikatan Bangsa-Bangsa") == "ORG"


def test_a_name_after_a_container_ship_s_noun_names_the_vessel() -> None:
    from storyline.analyse.entity_types import vehicle_named

    for lang, text, name in (
        ("it", "urtata dalla nave portacontainer Maresol ieri", "Maresol"),
        ("de", 'Das Containerschiff "Nordlicht" rammte die Brücke.', '"Nordlicht"'),
        ("en", "The freighter Kestrel lost power.", "Kestrel"),
    ):
        assert vehicle_named(at(text, name, "LOC", lang), text), lang


def test_a_rare_german_compound_noun_before_der_and_a_name_is_cut() -> None:
    from entity_support import found

    text = "Der Frachter hatte einen Stützpfeiler der Nordvale Bridge gerammt."
    names = [s for s, _ in found(text, "de")]
    assert "Nordvale Bridge" in names and not any(s.startswith("Stützpfeiler") for s in names)


def test_a_job_title_and_of_before_a_body_the_passage_names_alone_are_cut() -> None:
    from storyline.analyse.entities_job_titles import without_job_titles

    text = "Ana Reis is Managing Editor of Kirania Weekly. She joined Kirania Weekly in 2001."
    m = at(text, "Managing Editor of Kirania Weekly", "ORG", "en")
    assert without_job_titles(text, [m], "en", lambda s, t: s)[0].text == "Managing Editor of Kirania Weekly"
    m = at(text, "Editor of Kirania Weekly", "ORG", "en")
    assert without_job_titles(text, [m], "en", lambda s, t: s)[0].text == "Kirania Weekly"


def test_an_office_named_by_a_title_and_a_body_stays_whole() -> None:
    from storyline.analyse.entities_job_titles import without_job_titles

    text = "The Secretary of State flew to Nordvale."
    m = at(text, "Secretary of State", "ORG", "en")
    assert without_job_titles(text, [m], "en", lambda s, t: s)[0].text == "Secretary of State"


def test_a_mixed_case_name_with_a_web_word_is_an_outlet() -> None:
    for name in ("KiraNews", "NordWeb", "valeport.com"):
        text = f"He joined {name} in 2001."
        assert read_kinds(text, [at(text, name, "PER", "en")], "en")[0].type == "ORG", name
    text = "He met Webster in 2001."
    assert read_kinds(text, [at(text, "Webster", "PER", "en")], "en")[0].type == "PER"


def test_an_airline_word_the_tagger_left_out_is_taken_in() -> None:
    for lang, text, place, whole in (
        ("ar", 'وقالت شركة "إير كندا" إن الطائرة', "كندا", "إير كندا"),
        ("en", "An Air Serbia plane landed.", "Serbia", "Air Serbia"),
    ):
        got = read_kinds(text, [at(text, place, "LOC", lang)], lang)[0]
        assert (got.text, got.type) == (whole, "ORG"), lang


def test_an_aid_society_cut_in_two_is_one_body() -> None:
    text = "Kepala Bulan Sabit Merah Nordvala mengatakan."
    got = read_kinds(text, [at(text, "Bulan", "LOC", "id"), at(text, "Sabit Merah", "PER", "id")], "id")
    assert [(m.text, m.type) for m in got] == [("Bulan Sabit Merah", "ORG")]


def test_a_country_a_title_and_a_name_fused_are_split() -> None:
    from storyline.analyse.entities_fused import split_fused

    text = "деді Қазақстан басшысы Нордвале провинциясында сөйлеген сөзінде."
    m = at(text, "Қазақстан басшысы Нордвале", "LOC", "kk")
    got = split_fused(text, [m], "kk", lambda s, t: s, lambda t, b: False)
    assert [(x.text, x.type) for x in got] == [("Қазақстан", "LOC"), ("Нордвале", "LOC")]


def test_a_name_with_a_small_word_but_no_country_first_stays() -> None:
    from storyline.analyse.entities_fused import split_fused

    text = "Нордвале басшысы Кирания туралы айтты."
    m = at(text, "Нордвале басшысы Кирания", "LOC", "kk")
    assert len(split_fused(text, [m], "kk", lambda s, t: s, lambda t, b: False)) == 1


def test_a_quoted_title_cut_at_a_full_stop_runs_on_to_the_closing_mark() -> None:
    from storyline.analyse.entities_cut import whole_again

    text = 'Підписуйтесь на наш канал "НВ. Гарячі новини" сьогодні.'
    got = whole_again(text, [at(text, "НВ.", "PRO", "uk")], "uk")
    assert got[0].text == "НВ. Гарячі новини"
    text = '"Kirania. We stand with you," he said.'
    assert whole_again(text, [at(text, "Kirania", "LOC", "en")], "en")[0].text == "Kirania"
