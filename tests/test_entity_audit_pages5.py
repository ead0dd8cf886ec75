"""The web pages round 5's and audit round 28's entity classes (issue 16), with other names than
the audit's (invented where they can be): an aircraft maker's model, a vaccine in apposition, a
flagged ship in apposition, an agency's desk codes, a German common noun after an adjective, an
acronym with its place glued on, a bridge named after a person with its city glued on, a
"<Name> State" region read as a person."""

from __future__ import annotations

from entity_support import as_written
from entity_support import mention_at as at
from storyline.analyse.entities_heads import read_heads
from storyline.analyse.entities_loose import without_loose_words
from storyline.analyse.entities_makers import read_products
from storyline.model import Mention


def test_a_maker_and_a_model_name_is_a_product() -> None:
    text = "В МЧС сообщили, что Cessna Citation совершал рейс."
    assert read_products(text, [at(text, "Cessna Citation", "ORG", "ru")], "ru")[0].type == "PRO"


def test_a_maker_before_a_model_number_takes_it_in() -> None:
    text = "The Airbus A330-2 Skyhopper involved in the crash was new. Airbus said it would help."
    got = read_products(text, [at(text, "Airbus", "ORG", "en"), at(text, "Skyhopper", "PER", "en")], "en")
    assert [(m.text, m.type) for m in got][:1] == [("Airbus A330-2 Skyhopper", "PRO")]
    assert len(got) == 1  # the model's own word is no second name
    later = text.index("Airbus said")
    got = read_products(text, [Mention(later, later + 6, "Airbus", "ORG", "Airbus", "en")], "en")
    assert (got[0].text, got[0].type) == ("Airbus", "ORG")  # the company


def test_a_maker_before_a_year_or_as_a_company_stays() -> None:
    text = "Boeing 2019 results and Boeing Commercial Airplanes were discussed."
    got = read_products(
        text, [at(text, "Boeing", "ORG", "en"), at(text, "Boeing Commercial Airplanes", "ORG", "en")], "en"
    )
    assert [(m.text, m.type) for m in got] == [("Boeing", "ORG"), ("Boeing Commercial Airplanes", "ORG")]
    for name in ("Airbus SE", "Embraer S.A.", "Boeing Co."):
        text = f"Akcje {name} spadły."
        assert read_products(text, [at(text, name, "ORG", "pl")], "pl")[0].type == "ORG", name


def test_a_name_in_apposition_to_a_vaccine_is_a_product() -> None:
    for lang, text, name in (
        ("pl", "Szczepienia z użyciem Vaxorin, szczepionki mRNA firmy Nordgen, ruszyły.", "Vaxorin"),
        ("en", "Doses of Immunara, a vaccine developed in Kirran, arrived.", "Immunara"),
    ):
        assert read_products(text, [at(text, name, "ORG", lang)], lang)[0].type == "PRO", lang


def test_a_body_a_person_or_a_place_before_a_clause_on_vaccines_stays() -> None:
    # a vaccine noun after the comma opens the next clause here: the name keeps its type
    for lang, text, name, kind in (
        ("ru", "По данным ВОЗН, вакцина должна быть эффективной.", "ВОЗН", "ORG"),
        ("ru", "Как сообщает Минздрав Корвии, вакцина поступит в мае.", "Минздрав Корвии", "ORG"),
        ("uk", "Як нагадує Федір Марчук, вакцини відпускають за рецептом.", "Федір Марчук", "PER"),
        ("ru", "Для сравнения: в Португалии, где вакцинация начнётся позже.", "Португалии", "LOC"),
    ):
        assert read_products(text, [at(text, name, kind, lang)], lang)[0].type == kind, name


def test_a_company_before_a_vaccine_noun_stays() -> None:
    text = "Szczepionka firmy Nordgen trafiła do Polski."
    assert read_products(text, [at(text, "Nordgen", "ORG", "pl")], "pl")[0].type == "ORG"


def test_a_flagged_ship_in_apposition_is_a_product() -> None:
    for lang, text, name in (
        ("es", "El portacontenedores con bandera de Malta, Aurora, chocó contra el muelle.", "Aurora"),
        ("en", "The tanker flying the flag of Liberia, Kestrel, ran aground.", "Kestrel"),
    ):
        assert read_products(text, [at(text, name, "LOC", lang)], lang)[0].type == "PRO", lang


def test_a_place_after_a_ship_and_a_comma_without_a_flag_stays() -> None:
    text = "El buque llegó a Valencia, Castellón y Alicante."
    got = read_products(text, [at(text, "Castellón", "LOC", "es")], "es")
    assert got[0].type == "LOC"


def test_desk_codes_closing_a_report_are_no_names() -> None:
    text = "Der Pegel sank auf 2,1 Meter./abc/KL/xyz\nDie Stadt Kirran meldet mehr."
    got = without_loose_words(text, [at(text, "KL", "ORG", "de"), at(text, "Kirran", "LOC", "de")], "de")
    assert [m.text for m in got] == ["Kirran"]


def test_a_slash_in_running_text_leaves_a_name() -> None:
    text = "Die Partei KL/DV hat gewonnen."
    assert [m.text for m in without_loose_words(text, [at(text, "KL", "ORG", "de")], "de")] == ["KL"]


def test_a_german_noun_after_an_article_and_adjective_is_no_place() -> None:
    text = "Der alte Wasserturm in der Stadt Kirran war zerstört worden."
    assert without_loose_words(text, [at(text, "Wasserturm", "LOC", "de")], "de") == []


def test_a_known_place_after_an_article_and_adjective_stays() -> None:
    text = "Die schöne Schweiz lockt viele Gäste."
    assert len(without_loose_words(text, [at(text, "Schweiz", "LOC", "de")], "de")) == 1


def test_an_acronym_with_a_place_glued_on_is_the_acronym() -> None:
    text = "Badacze z laboratorium KLMN w Radomiu pod Warszawą pomogli."
    got = without_loose_words(text, [at(text, "KLMN w Radomiu pod Warszawą", "ORG", "pl")], "pl")
    assert [(m.text, m.base) for m in got] == [("KLMN", "KLMN")]


def test_a_name_with_a_place_that_is_not_after_an_acronym_stays() -> None:
    text = "Sąd Okręgowy w Radomiu orzekł."
    got = without_loose_words(text, [at(text, "Sąd Okręgowy w Radomiu", "ORG", "pl")], "pl")
    assert got[0].text == "Sąd Okręgowy w Radomiu"


def test_a_bridge_named_after_a_person_ends_before_its_city() -> None:
    text = "Dopo il crollo del ponte John Henry Maple di Torino, il traffico è sospeso."
    got = without_loose_words(text, [at(text, "John Henry Maple di Torino", "LOC", "it")], "it")
    assert got[0].text == "John Henry Maple"


def test_a_region_state_is_a_place() -> None:
    text = "Di Kirran, Nordvale State, 20 orang hilang."
    got = read_heads(text, [at(text, "Nordvale State", "PER", "id")], "id", as_written)
    assert got[0].type == "LOC"


def test_a_greek_structure_noun_before_a_person_makes_a_place() -> None:
    from storyline.analyse import entities_hygiene as hygiene

    text = "Η έκρηξη στο φράγμα Νέα Κορώνη προκάλεσε πλημμύρες."
    got = hygiene.clean(
        text, [at(text, "Νέα Κορώνη", "PER", "el")], "el", lambda s, _t: s, lambda _t, _b: False
    )
    assert [(m.text, m.type) for m in got] == [("Νέα Κορώνη", "LOC")]


def test_a_name_split_at_a_conjunction_is_joined_as_another_name_writes_it() -> None:
    text = (
        "O Instituto de Pesquisa e Defesa de Rios Costeiros (Ipedrc) e o Núcleo Regional de Pesquisa "
        "e Defesa de Rios Costeiros chegaram."
    )
    whole = "Instituto de Pesquisa e Defesa de Rios Costeiros"
    first, second = "Núcleo Regional de Pesquisa", "Defesa de Rios Costeiros chegaram"[:24]
    i = text.index(first)
    j = text.index(second, i)
    got = without_loose_words(
        text,
        [
            at(text, whole, "ORG", "pt"),
            Mention(i, i + len(first), first, "ORG", first, "pt"),
            Mention(j, j + len(second), second, "ORG", second, "pt"),
        ],
        "pt",
    )
    assert [m.text for m in got] == [whole, "Núcleo Regional de Pesquisa e Defesa de Rios Costeiros"]


def test_two_bodies_a_conjunction_apart_stay_two() -> None:
    text = "O Banco Central de Nordia e o Tesouro Real de Nordia assinaram."
    got = without_loose_words(
        text,
        [at(text, "Banco Central de Nordia", "ORG", "pt"), at(text, "Tesouro Real de Nordia", "ORG", "pt")],
        "pt",
    )
    assert len(got) == 2


def test_a_maker_s_model_number_leaves_an_airline_after_it() -> None:
    text = "Samolot Boeing 737 Nordair wylądował."
    got = read_products(text, [at(text, "Boeing", "ORG", "pl"), at(text, "Nordair", "ORG", "pl")], "pl")
    assert [(m.text, m.type) for m in got] == [("Boeing 737", "PRO"), ("Nordair", "ORG")]


def test_an_office_title_and_an_acronym_is_the_body() -> None:
    text = "Rzecznik Komendanta Wojewódzkiego KLW mówił w radiu."
    got = without_loose_words(text, [at(text, "Komendanta Wojewódzkiego KLW", "PRO", "pl")], "pl")
    assert [(m.text, m.type) for m in got] == [("KLW", "ORG")]
    text = "Zbigniew Nowak KLW mówił w radiu."  # no title: left alone
    got = without_loose_words(text, [at(text, "Zbigniew Nowak KLW", "ORG", "pl")], "pl")
    assert got[0].text == "Zbigniew Nowak KLW"


def test_a_heading_s_person_after_a_maker_and_number_is_the_model() -> None:
    text = "Rescue goes on.\n\nHistoric Airbus 350 Skyhopper Incident\nThis crash is the first."
    got = read_products(text, [at(text, "Skyhopper Incident", "PER", "en")], "en")
    assert [(m.text, m.type) for m in got] == [("Airbus 350 Skyhopper", "PRO")]
