"""Parts of a count and where counts were: which figures get a ``subgroup`` and which stay whole.

Every sentence here is invented (other places, people and numbers than any test corpus)."""

from __future__ import annotations

import pytest

from helpers import figures
from storyline.analyse.figure_places import Place, split_by_place
from storyline.model import FigureMention


def facts(found: list[FigureMention]) -> set[tuple[str, float, str | None]]:
    return {(f.attribute, f.value, f.subgroup) for f in found if not f.derived}


# ---------------------------------------------------------------- "of them", markers, who


def test_of_them_with_an_attribute_of_its_own_is_that_whole_count() -> None:
    found = figures("Rescuers saved 23 people from the rubble, four of them were taken to hospital.", "en")
    assert facts(found) == {("rescued", 23, None), ("hospitalised", 4, None)}
    found = figures("Отравились 31 человек, семеро из них скончались.", "ru")
    assert ("dead", 7, None) in facts(found)


def test_of_them_with_the_same_attribute_is_a_part() -> None:
    found = figures("Fourteen people died, including six children.", "en")
    assert facts(found) == {("dead", 14, None), ("dead", 6, "children")}
    found = figures("Among the dead were three children.", "en")
    assert facts(found) == {("dead", 3, "children")}


def test_who_they_are_alone_is_the_whole_count() -> None:
    assert facts(figures("Forty-one children were evacuated from the school.", "en")) == {
        ("evacuated", 41, None)
    }


def test_a_state_of_some_of_them_is_a_part() -> None:
    found = figures("Dos personas resultaron heridas, una de ellas se encuentra en estado grave.", "es")
    assert facts(found) == {("injured", 2, None), ("critical", 1, "critical condition")}


def test_a_total_word_keeps_a_count_whole() -> None:
    found = figures("In total 45 people died, 30 in Lyon and 15 in Nice.", "en", places=("Lyon", "Nice"))
    assert facts(found) == {("dead", 45, None), ("dead", 30, "in Lyon"), ("dead", 15, "in Nice")}


# ---------------------------------------------------------------- lists of parts


def test_a_list_whose_sum_fits_within_the_count_before_is_its_parts() -> None:
    text = "Im Bus saßen 212 Passagiere: 120 Österreicher, 80 Ungarn und zwölf Slowenen."
    assert facts(figures(text, "de")) == {
        ("passengers", 212, None),
        ("passengers", 120, "österreicher"),
        ("passengers", 80, "ungarn"),
        ("passengers", 12, "slowenen"),
    }


def test_a_list_larger_than_the_count_before_is_no_part_of_it() -> None:
    text = "Im Bus saßen 50 Passagiere: 120 Österreicher und 80 Ungarn."
    assert facts(figures(text, "de")) == {("passengers", 50, None)}


def test_a_marker_may_name_the_group_before_it() -> None:
    text = "The 85 passengers included 64 Chilean nationals, 20 Peruvians and one Bolivian."
    assert facts(figures(text, "en")) == {
        ("passengers", 85, None),
        ("passengers", 64, "chilean nationals"),
        ("passengers", 20, "peruvians"),
        ("passengers", 1, "bolivian"),
    }


def test_where_they_were_on_the_ground_is_a_part() -> None:
    found = figures("O acidente deixou 57 mortos a bordo e pelo menos 9 pessoas mortas em terra.", "pt")
    assert ("dead", 9, "on the ground") in facts(found)


# ---------------------------------------------------------------- places


def test_a_place_alone_makes_no_part() -> None:
    assert facts(figures("Floods killed 12 people in Moldova.", "en")) == {("dead", 12, None)}


def test_counts_of_one_attribute_at_two_places_split_the_total() -> None:
    # countries are known without a recogniser, in the document's language
    text = "In Moldova, 12 people died in the floods. In Romania, 7 died."
    assert facts(figures(text, "en")) == {("dead", 12, "in Moldova"), ("dead", 7, "in Romania")}
    text = "Nella Moldavia sono morte 12 persone. In Romania sono morte 7 persone."
    assert {f.subgroup for f in figures(text, "it")} == {"in Moldavia", "in Romania"}


def test_a_country_over_smaller_places_is_their_total() -> None:
    text = "The toll in Portugal rose to 31. In Braga, 20 died, and in Faro, 11 died."
    found = figures(text, "en", places=("Braga", "Faro"))
    assert facts(found) == {("dead", 31, None), ("dead", 20, "in Braga"), ("dead", 11, "in Faro")}


def test_a_count_of_places_named_together_is_theirs_together() -> None:
    text = "The storm that struck Moldova and Romania has killed 19 people. In Romania, 7 died."
    found = figures(text, "en")
    assert ("dead", 19, None) in facts(found)


def test_bracketed_counts_after_places() -> None:
    text = "La plupart des morts ont été recensés à Alvor (312) et à Setúbal (97)."
    assert facts(figures(text, "fr")) == {("dead", 312, "in Alvor"), ("dead", 97, "in Setúbal")}


@pytest.mark.parametrize(
    ("text", "lang", "places"),
    [
        (
            "La plupart des morts ont été recensés à Vernelle (318) et à Brasque (64), plus au nord, "
            "trois hameaux isolés au coeur du Mont Orvale, selon la préfecture.",
            "fr",
            ("Vernelle", "Brasque", "Mont Orvale"),
        ),
        (
            "Zahynulo 73 lidí v Dolní Lhotě, 14 v Kamenici, dvě osady v Horním Údolí.",
            "cs",
            ("Dolní Lhotě", "Kamenici", "Horním Údolí"),
        ),
        (
            "Zginęły 73 osoby w Zielonce, 14 w Borówku, dwa osiedla w Dolinie Srebrnej.",
            "pl",
            ("Zielonce", "Borówku", "Dolinie Srebrnej"),
        ),
        (
            "73 people died in Marrow Bay, 14 in Elston, two remote hamlets in Upper Fenn.",
            "en",
            ("Marrow Bay", "Elston", "Upper Fenn"),
        ),
    ],
)
def test_a_count_of_its_own_things_in_a_list_of_the_dead_is_no_part(
    text: str, lang: str, places: tuple[str, ...]
) -> None:
    # the last number counts hamlets or settlements (its own noun, no people), not dead there; the
    # counts before it stay the parts they are
    found = facts(figures(text, lang, places=places))
    assert {(attribute, subgroup) for attribute, _value, subgroup in found} == {
        ("dead", "in " + places[0]),
        ("dead", "in " + places[1]),
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Two regions near Lake Orrin were evacuated on Sunday.", "en"),
        ("Deux zones de Port-Aurel ont été évacuées.", "fr"),
        ("Evakuováno bylo pět obcí u Dolní Lhoty.", "cs"),
        ("Ewakuowano trzy dzielnice Zielonki.", "pl"),
        ("Se evacuaron tres barrios de Villaseca.", "es"),
    ],
)
def test_areas_evacuated_are_no_people_evacuated(text: str, lang: str) -> None:
    assert figures(text, lang) == []


def test_bare_counts_and_people_in_a_list_of_the_dead_are_parts() -> None:
    text = "73 people died in Marrow Bay, 14 in Elston and 5 children in Upper Fenn."
    found = facts(figures(text, "en", places=("Marrow Bay", "Elston", "Upper Fenn")))
    assert ("dead", 14, "in Elston") in found and ("dead", 5, "in Upper Fenn") in found
    # a noun the pack does not name is a person where the dictionary says it is a living being
    text = "Погибли 73 человека в Озёрске, 14 туристов в Белокаменске."
    found = facts(figures(text, "ru", places=("Озёрске", "Белокаменске")))
    assert ("dead", 14, "in Белокаменске") in found
    # a participle after the number says what of them, it is no counted noun
    text = "Погибли 73 человека в Озёрске, 14 зарегистрированы в Белокаменске."
    found = facts(figures(text, "ru", places=("Озёрске", "Белокаменске")))
    assert ("dead", 14, "in Белокаменске") in found
    text = "Le vittime sono 318 nella regione, più 9 notificate in Val Sorda e una in Piana Alta."
    found = facts(figures(text, "it", places=("Val Sorda", "Piana Alta")))
    assert {("dead", 9, "in Val Sorda"), ("dead", 1, "in Piana Alta")} <= found
    text = "Zginęły 73 osoby w Zielonce, 14 potwierdzonych w Borówku."
    found = facts(figures(text, "pl", places=("Zielonce", "Borówku")))
    assert ("dead", 14, "in Borówku") in found
    text = "73 people died in Marrow Bay, 14 reported in Elston."
    found = facts(figures(text, "en", places=("Marrow Bay", "Elston")))
    assert ("dead", 14, "in Elston") in found


def test_coordinated_counts_share_their_verb_past_a_place() -> None:
    text = "اداره بحران گفته است، ۱۴ نفر در استان شمالی و سه نفر هم در استان جنوبی جان خود را از دست دادند."
    assert {(f.attribute, f.value) for f in figures(text, "fa")} == {("dead", 14), ("dead", 3)}


def test_split_by_place_directly() -> None:
    a, b, c = Place(0, 0, "A", "name:a"), Place(0, 0, "B", "name:b"), Place(0, 0, "Land", "country:XX")
    assert split_by_place([("dead", a, True), ("dead", b, True), ("injured", a, True)]) == [True, True, False]
    # one country over smaller places stays their total
    assert split_by_place([("dead", c, False), ("dead", a, True), ("dead", b, True)]) == [False, True, True]


# ---------------------------------------------------------------- groups, one and none


def test_all_of_a_group_counts_the_group_too() -> None:
    found = figures("All eleven people aboard the boat drowned.", "en")
    assert facts(found) == {("on_board", 11, None), ("dead", 11, None)}


def test_passengers_and_crew_with_one_number_are_everyone_on_board() -> None:
    assert facts(figures("The plane carried 87 passengers and crew.", "en")) == {("on_board", 87, None)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The only survivor was a flight attendant.", "en"),
        ("A única sobrevivente foi uma comissária de bordo.", "pt"),
        ("Nur ein Fahrgast überlebte das Unglück.", "de"),
    ],
)
def test_the_only_survivor_is_one(text: str, lang: str) -> None:
    assert facts(figures(text, lang)) == {("survivors", 1, None)}


def test_no_survivors_is_a_count_of_none() -> None:
    assert facts(figures("There were no survivors.", "en")) == {("survivors", 0, None)}
    assert facts(figures("No hubo supervivientes.", "es")) == {("survivors", 0, None)}


def test_an_article_after_a_preposition_is_no_count() -> None:
    assert figures("Er wurde in ein Krankenhaus gebracht.", "de") == []
    assert figures("Il est dans un état grave.", "fr") == []


def test_the_number_of_names_what_it_counts() -> None:
    # "the number of injured", then "the number of buildings": not the injured again
    text = "Yaralı sayısı 1 bin 204 oldu. Yıkılan bina sayısı ise 3 bin 117."
    assert {(f.attribute, f.value) for f in figures(text, "tr")} == {("injured", 1204), ("buildings", 3117)}


def test_bodies_found_are_a_part_of_the_dead() -> None:
    found = figures("The toll rose to 57. Divers recovered the bodies of 12 workers.", "en")
    assert facts(found) == {("dead", 57, None), ("dead", 12, "bodies")}
    found = figures("Спасатели обнаружили тела пяти рыбаков.", "ru")
    assert facts(found) == {("dead", 5, "bodies")}


def test_country_adjectives_and_inflected_names_are_places() -> None:
    # Arabic: "the Tunisian authorities said 640 died … 210 died in Jordan"
    text = "قالت السلطات التونسية إن 640 شخصا لقوا حتفهم. ولقي 210 أشخاص حتفهم في الأردن."
    assert {f.subgroup for f in figures(text, "ar")} == {"in تونس", "in الأردن"}
    # a recognised place in a case form is still the country: one country each, both parts
    text = "В Болгарии погибли 12 человек. В Румынии погибли 7 человек."
    found = figures(text, "ru", places=("Болгарии", "Румынии"))
    assert facts(found) == {("dead", 12, "in Болгарии"), ("dead", 7, "in Румынии")}


def test_a_unit_after_of_is_no_count() -> None:
    assert figures("Le autorità hanno identificato più di 2,5 milioni di litri di gasolio.", "it") == []


def test_hours_in_brackets_are_no_list_of_parts() -> None:
    text = "Над 1,2 млн. души са починали, по данни към 11 ч. по Гринуич (13 ч. местно време)."
    assert {(f.attribute, f.value) for f in figures(text, "bg")} == {("dead", 1_200_000)}


# ---------------------------------------------------------------- a crew's members of one kind


@pytest.mark.parametrize(
    ("text", "lang", "pilots"),
    [
        ("The cargo jet came down near Gander with 2 pilots on board.", "en", 2),
        ("Самолёт пилотировали 3 пилота, все они выжили.", "ru", 3),
        ("Na palubě byli 2 piloti a 4 letušky.", "cs", 2),
        ("A bordo viajavam 2 pilotos e 9 comissários.", "pt", 2),
    ],
)
def test_pilots_and_attendants_are_parts_of_the_crew(text: str, lang: str, pilots: int) -> None:
    found = facts(figures(text, lang))
    assert ("crew", pilots, "pilots") in found
    assert ("crew", pilots, None) not in found  # no crew total for a sum of "two pilots"


def test_crew_members_stay_the_whole_crew() -> None:
    found = facts(figures("The airliner carried 160 passengers and 7 crew members.", "en"))
    assert ("crew", 7, None) in found
