"""A name's number joins the name; a number that counts or dates something after it does not
(invented names and sentences)."""

from __future__ import annotations

from storyline.analyse.entities_spans import whole_names
from storyline.model import Mention


def _spans(text: str, lang: str, *found: tuple[str, str]) -> list[str]:
    mentions = []
    for surface, etype in found:
        i = text.index(surface)
        mentions.append(Mention(i, i + len(surface), surface, etype, surface, lang))
    mentions.sort(key=lambda m: m.start)
    return [m.text for m in whole_names(text, mentions, len(text), lang)]


def test_a_number_after_a_space_or_a_spaced_dash_names_a_product() -> None:
    text = "Plinovod Holmby Stream 2 bo dokončan, Nordvik Flow — 7 pa ne."
    got = _spans(text, "sl", ("Holmby Stream", "PRO"), ("Nordvik Flow", "PRO"))
    assert got == ["Holmby Stream 2", "Nordvik Flow — 7"]


def test_the_same_in_cyrillic_and_in_an_oblique_case() -> None:
    text = "Строительство Нордвикского потока – 3 продолжится, заявил Холмбин."
    assert _spans(text, "ru", ("Нордвикского потока", "PRO")) == ["Нордвикского потока – 3"]


def test_a_model_code_with_hyphenated_parts_joins_the_maker() -> None:
    text = "Letalo Aerolux-321-200 in letalo Skyvik 450-300 sta pristala."
    got = _spans(text, "sl", ("Aerolux", "PRO"), ("Skyvik", "PRO"))
    assert got == ["Aerolux-321-200", "Skyvik 450-300"]


def test_a_date_or_a_count_after_a_name_is_not_its_number() -> None:
    text = (
        "Holmbyjev sklad 12 marca ni plačal, Nordvik Flow 55 milijonov evrov, "
        "po holmbexitu 48 odstotkov ljudi, Brdovec Air 25 in 26 junija, Nordjet 3,5 evra, "
        "na Holmbyjskem referendumu 1962\u00a0leta."
    )
    got = _spans(
        text,
        "sl",
        ("Holmbyjev sklad", "ORG"),
        ("Nordvik Flow", "PRO"),
        ("holmbexitu", "EVT"),
        ("Brdovec Air", "ORG"),
        ("Nordjet", "ORG"),
        ("Holmbyjskem referendumu", "EVT"),
    )
    assert got == [
        "Holmbyjev sklad", "Nordvik Flow", "holmbexitu", "Brdovec Air", "Nordjet", "Holmbyjskem referendumu"
    ]  # fmt: skip


def test_an_ordinal_before_a_month_is_a_date_a_number_ending_a_sentence_is_the_name_s() -> None:
    text = "Nordvik Stream 31. oktobra ne bo deloval. Gradijo Holmby Stream 2. Potem bo mir."
    got = _spans(text, "sl", ("Nordvik Stream", "PRO"), ("Holmby Stream", "PRO"))
    assert got == ["Nordvik Stream", "Holmby Stream 2"]


def test_places_with_their_counts_stay_places() -> None:
    text = "Okužbe po krajih: Holmby – 4; Nordvik – 2; Brdovec 7."
    got = _spans(text, "sl", ("Holmby", "LOC"), ("Nordvik", "LOC"), ("Brdovec", "LOC"))
    assert got == ["Holmby", "Nordvik", "Brdovec"]


def test_a_roman_numeral_joins_a_product_or_a_monarch_not_a_heading_s_preposition() -> None:
    text = "Cepivo Nordvax V je odobreno, kralj Holmbert II je umrl. NK Brdovec V Nordviku."
    got = _spans(
        text, "sl", ("Nordvax", "PRO"), ("Holmbert", "PER"), ("NK Brdovec", "ORG"), ("Nordviku", "LOC")
    )
    assert got == ["Nordvax V", "Holmbert II", "NK Brdovec", "Nordviku"]


def test_a_person_s_number_is_no_part_of_the_person() -> None:
    text = "Jan Holmby 5 krat zapored ni prišel, Petra Nordvik 12 prav tako ne."
    got = _spans(text, "sl", ("Jan Holmby", "PER"), ("Petra Nordvik", "PER"))
    assert got == ["Jan Holmby", "Petra Nordvik"]


def test_a_quoted_name_takes_its_number_after_the_closing_mark_with_the_marks() -> None:
    text = 'Проектът "Холмби стрийм" 2 ще струва повече, а «Нордвик» 3, казват.'
    got = _spans(text, "bg", ("Холмби стрийм", "PRO"), ("Нордвик", "PRO"))
    assert got == ['"Холмби стрийм" 2', "«Нордвик» 3"]


def test_a_body_s_number_joins_where_it_ends_the_phrase_not_before_a_lower_case_word() -> None:
    text = "Poročal je Radio Holmby 24, ne Nordvik Stream 2 AG; v Holmbyju 27 držav ne odloča."
    got = _spans(text, "sl", ("Radio Holmby", "ORG"), ("Nordvik Stream", "ORG"), ("Holmbyju", "ORG"))
    assert got == ["Radio Holmby 24", "Nordvik Stream 2 AG", "Holmbyju"]


def test_a_quoted_name_s_base_form_has_its_number_but_not_its_marks() -> None:
    text = 'Газопроводът "Нордвик" 2 е готов.'
    i = text.index("Нордвик")
    found = [Mention(i, i + 7, "Нордвик", "PRO", "Нордвик", "bg")]
    assert [(m.text, m.base) for m in whole_names(text, found, len(text), "bg")] == [
        ('"Нордвик" 2', "Нордвик 2")
    ]


def test_a_day_and_a_year_after_a_comma_are_a_date() -> None:
    text = "Кабинетът на Холмби May 17, 2018 не може да реши, а Нордвик Стрийм 2, 2 пъти повече."
    got = _spans(text, "bg", ("Кабинетът на Холмби May", "ORG"), ("Нордвик Стрийм", "PRO"))
    assert got == ["Кабинетът на Холмби May", "Нордвик Стрийм 2"]


def _typed(text: str, lang: str, *found: tuple[str, str]) -> list[tuple[str, str]]:
    mentions = []
    for surface, etype in found:
        i = text.index(surface)
        mentions.append(Mention(i, i + len(surface), surface, etype, surface, lang))
    mentions.sort(key=lambda m: m.start)
    return [(m.text, m.type) for m in whole_names(text, mentions, len(text), lang)]


def test_a_place_of_two_words_no_gazetteer_knows_with_a_digit_after_it_is_a_product() -> None:
    # the tagger of a topic it never saw reads a pipeline's words as a region's
    text = "Plinovod Holmby Stream 2 je dolg, gazociąg Nordvik Flow – 1 też, Brdovski tok 3 bo dražji."
    got = _typed(text, "sl", ("Holmby Stream", "LOC"), ("Nordvik Flow", "LOC"), ("Brdovski tok", "LOC"))
    assert got == [("Holmby Stream 2", "PRO"), ("Nordvik Flow – 1", "PRO"), ("Brdovski tok 3", "PRO")]


def test_a_place_s_count_date_or_house_number_is_not_a_product_s_number() -> None:
    text = "V Holmby Dolu 12 bolnikov, Nordvik Bay 3 marca, Brdo Street 10 in Holmby Dol 3 82 67 0,5."
    got = _typed(
        text,
        "sl",
        ("Holmby Dolu", "LOC"),
        ("Nordvik Bay", "LOC"),
        ("Brdo Street", "LOC"),
        ("Holmby Dol 3", "LOC"),
    )
    assert got == [
        ("Holmby Dolu", "LOC"),
        ("Nordvik Bay", "LOC"),
        ("Brdo Street", "LOC"),
        ("Holmby Dol 3", "LOC"),
    ]


def test_the_tagger_s_place_with_its_number_inside_is_a_product() -> None:
    text = "Строительство Нордвикского потока-2 продолжится."
    assert _typed(text, "ru", ("Нордвикского потока-2", "LOC")) == [("Нордвикского потока-2", "PRO")]


def test_an_adjective_kept_alone_runs_on_over_its_noun_and_number() -> None:
    text = "Газопровод Нордвикский поток-2 и «Холмбинский поток — 3» строят, а Нордвикский поток стоит."
    got = _typed(
        text, "ru", ("Нордвикский", "LOC"), ("Холмбинский", "LOC"), ("Нордвикский поток стоит", "LOC")
    )
    assert got[:2] == [("Нордвикский поток-2", "PRO"), ("Холмбинский поток — 3", "PRO")]


def test_a_country_or_a_short_word_before_a_number_is_no_thing_s_name() -> None:
    # a country's name ends as an adjective may ("-ия"); "с 8" and "има 4" count something
    text = "Първа е Норвегия вероятно 8 пъти, Холмбия има 4, а Нордвия с 3."
    got = _typed(text, "bg", ("Норвегия", "LOC"), ("Холмбия", "LOC"), ("Нордвия", "LOC"))
    assert got == [("Норвегия", "LOC"), ("Холмбия", "LOC"), ("Нордвия", "LOC")]


def test_a_quoted_place_takes_its_number_after_the_closing_mark_as_a_product() -> None:
    text = 'Газът по „Холмбински поток“ 2 тръгва, а "Нордвишки" поток 3 — не.'
    got = _typed(text, "bg", ("Холмбински поток", "LOC"))
    assert got == [("„Холмбински поток“ 2", "PRO")]
