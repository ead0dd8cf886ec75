"""Figures: counts with what they count, in ru, bg, uk, en — and what is never a figure."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from storyline.analyse.figures import find_figures
from storyline.analyse.numbers import find_numbers
from storyline.analyse.text import split_sentences
from storyline.model import Analysis, EventMention, FigureMention, Mention, Passage


def figures(text: str, lang: str, **kw: object) -> list[FigureMention]:
    analysis = Analysis(lang=lang, sentences=split_sentences(text), **kw)  # type: ignore[arg-type]
    return find_figures(text, analysis, None)


def facts(found: list[FigureMention]) -> set[tuple[str, float, str]]:
    return {(f.attribute, f.value, f.qualifier) for f in found}


@pytest.mark.parametrize(
    ("text", "lang", "values"),
    [
        ("тридцать восемь человек", "ru", [38]),
        ("пятерых и двухсот сорока", "ru", [5, 240]),
        ("1 234 и 5.000", "ru", [1234, 5000]),
        ("тридесет и осем души, двама", "bg", [38, 2]),
        ("п'ятьох і сорока двох", "uk", [5, 42]),
        ("thirty-eight, a dozen, two hundred and five", "en", [38, 12, 205]),
    ],
)
def test_numbers_as_digits_and_words(text: str, lang: str, values: list[float]) -> None:
    assert [n.value for n in find_numbers(text, 0, len(text), lang) if n.integer] == values


def test_codes_dates_and_times_are_not_numbers() -> None:
    text = "J2-8243 4K-AZ65 25.12.2024 10:30 38% 38-year-old"
    assert find_numbers(text, 0, len(text), "en") == []


def test_russian_mine_blast() -> None:
    text = (
        "В результате взрыва на шахте погибли двадцать три горняка, 14 получили ранения. "
        "На борту парома было 230 пассажиров и 12 членов экипажа. "
        "Около 480 спасателей и 40 единиц техники работают на месте."
    )
    found = figures(text, "ru")
    assert facts(found) == {
        ("dead", 23, "exact"),
        ("injured", 14, "exact"),
        ("passengers", 230, "exact"),
        ("crew", 12, "exact"),
        ("on_board", 242, "exact"),
        ("rescuers", 480, "about"),
        ("vehicles", 40, "exact"),
    }
    total = next(f for f in found if f.attribute == "on_board")
    assert total.text == "230 пассажиров и 12 членов экипажа"  # the span covers both parts
    for f in found:
        assert f.text == text[f.start : f.end]


def test_subgroups_and_group_totals() -> None:
    text = "Из 54 пассажиров автобуса погибли семеро. Шестеро выживших находятся в критическом состоянии."
    assert facts(figures(text, "ru")) == {
        ("passengers", 54, "exact"),
        ("dead", 7, "exact"),
        ("critical", 6, "exact"),
    }
    # a part of the dead is a figure of its own, marked as a part, never the total
    text = "Погибли 12 человек, среди погибших 5 детей."
    found = figures(text, "ru")
    assert facts(found) == {("dead", 12, "exact"), ("dead", 5, "exact")}
    assert {f.value: f.subgroup for f in found} == {12: None, 5: "children"}


def test_bulgarian_of_construction() -> None:
    text = "Инцидентът доведе до смъртта на 14 от 52 души на борда. Над 30 спасители работят на място."
    assert facts(figures(text, "bg")) == {
        ("dead", 14, "exact"),
        ("on_board", 52, "exact"),
        ("rescuers", 30, "more_than"),
    }


def test_ukrainian_shelling() -> None:
    text = "Внаслідок обстрілу загинули п'ятеро людей, ще 12 дістали поранення. За даними ДСНС, врятовано 40 осіб."
    ms = [Mention(text.index("ДСНС"), text.index("ДСНС") + 4, "ДСНС", "ORG")]
    found = figures(text, "uk", mentions=ms)
    assert facts(found) == {("dead", 5, "exact"), ("injured", 12, "exact"), ("rescued", 40, "exact")}
    rescued = next(f for f in found if f.attribute == "rescued")
    assert rescued.source == 0 and rescued.source_text == "ДСНС"


def test_english_ferry() -> None:
    text = (
        "The ferry sank off the coast, killing 41 people. 112 survived, and six of the survivors are in "
        "critical condition. There were 150 passengers and 11 crew on board. According to the coast guard, "
        "at least 30 people are missing. Between 25 and 30 rescuers and a dozen vehicles were deployed."
    )
    found = figures(text, "en")
    assert facts(found) == {
        ("dead", 41, "exact"),
        ("survivors", 112, "exact"),
        ("critical", 6, "exact"),
        ("passengers", 150, "exact"),
        ("crew", 11, "exact"),
        ("on_board", 161, "exact"),
        ("missing", 30, "at_least"),
        ("rescuers", 25, "range"),
        ("vehicles", 12, "exact"),
    }
    assert next(f for f in found if f.attribute == "rescuers").value_max == 30
    assert next(f for f in found if f.attribute == "missing").source_text == "the coast guard"


def test_never_years_units_models_or_flight_numbers() -> None:
    text = (
        "Рейс 5412 вылетел в 10:30. В 2023 году погибли 12 человек. Пожар потушили за 40 минут. "
        "Самолет Boeing 737 упал, 38% опрошенных испуганы."
    )
    assert facts(figures(text, "ru")) == {("dead", 12, "exact")}
    text = "Flight 2231 (EI-FXA) with 48 occupants including four crew members landed; the Airbus 320 is new."
    assert facts(figures(text, "en")) == {("on_board", 48, "exact"), ("crew", 4, "exact")}


def test_event_link_and_passage_language() -> None:
    text = "Автобус се преобърна край Пловдив. Bus crash: 9 people were killed."
    start = text.index("Bus")
    crash = text.index("crash")
    events = [EventMention("crash", crash, crash + 5, "crash", start, len(text))]
    found = figures(
        text, "bg", events=events, passages=[Passage(0, start, "bg"), Passage(start, len(text), "en")]
    )
    assert [(f.attribute, f.value, f.event) for f in found] == [("dead", 9, 0)]


def _passages(text: str, lang: str) -> list[Passage]:
    """Crude: a paragraph of Latin letters inside a Cyrillic article is English."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        letters = re.findall(r"[^\W\d_]", m.group())
        if letters and sum(c.isascii() for c in letters) > 0.8 * len(letters):
            out.append(Passage(m.start(), m.end(), "en"))
    return out


def test_seed_figures(seeds: list[Path]) -> None:
    ru = seeds[0].read_text("utf-8")
    found = facts(figures(ru, "ru"))
    assert {
        ("dead", 38, "exact"),
        ("passengers", 62, "exact"),
        ("crew", 5, "exact"),
        ("on_board", 67, "exact"),
    } <= found
    bg = seeds[1].read_text("utf-8")
    found = facts(figures(bg, "bg", passages=_passages(bg, "bg")))
    assert {("dead", 38, "exact"), ("on_board", 67, "exact"), ("on_board", 72, "exact")} <= found
    assert ("survivors", 6, "exact") not in found


def test_bad_input_never_crashes() -> None:
    for text in [
        "9" * 400 + " человек погибли",
        "1e308 people died",
        "от 5 до",
        "между 3 и",
        "",
        "«" * 40,
        "10" * 30 + " people",
    ]:
        for lang in ("ru", "bg", "uk", "en", "pl", "cs"):
            for f in figures(text, lang):
                assert f.text == text[f.start : f.end]


def test_tolls_parts_and_number_words_in_other_cases() -> None:
    text = "The death toll from the ferry fire off Crete has risen to 27, the coast guard said."
    assert facts(figures(text, "en")) == {("dead", 27, "exact")}
    text = "Число погибших при пожаре в общежитии выросло до 9. Пожар унес жизни двадцати трех человек."
    assert facts(figures(text, "ru")) == {("dead", 9, "exact"), ("dead", 23, "exact")}
    # one part of those on board is not all of them; the parts add up only as passengers and crew
    text = "The coach, which was carrying 44 pupils and three teachers, overturned on the motorway."
    assert facts(figures(text, "en")) == set()
    text = "Двама от ранените са починали в болницата. Петима от пострадалите са в тежко състояние."
    assert facts(figures(text, "bg")) == {("dead", 2, "exact"), ("critical", 5, "exact")}
    text = "Сім профспілок пілотів оголосили страйк. Троє постраждалих перебувають у важкому стані."
    assert facts(figures(text, "uk")) == {("critical", 3, "exact")}
    text = "Над 60 души са пострадали при сблъсъка на двата влака."
    assert facts(figures(text, "bg")) == {("injured", 60, "more_than")}


def test_source_and_relay_chain() -> None:
    text = "ТАСС со ссылкой на РБК сообщает, что, по данным МЧС, погибли 5 человек."
    ms = [Mention(text.index(n), text.index(n) + len(n), n, "ORG") for n in ("ТАСС", "РБК", "МЧС")]
    (f,) = figures(text, "ru", mentions=ms)
    assert (f.attribute, f.value, ms[f.source].text, f.via_texts) == ("dead", 5, "МЧС", ["ТАСС", "РБК"])
    text = "ТАСС со ссылкой на РБК сообщает, что погибли 5 человек."
    ms = [Mention(text.index(n), text.index(n) + len(n), n, "ORG") for n in ("ТАСС", "РБК")]
    (f,) = figures(text, "ru", mentions=ms)
    assert (ms[f.source].text, f.via_texts) == ("РБК", ["ТАСС"])  # the last one cited is the source


def test_rescue_evacuation_and_bodies_in_every_language() -> None:
    text = "Спасатели извлекли из-под обломков склада 7 человек, ещё двоих ищут. Тела трёх рабочих подняли вечером."
    assert facts(figures(text, "ru")) == {
        ("rescued", 7, "exact"),
        ("missing", 2, "exact"),
        ("dead", 3, "exact"),
    }
    text = "Пожежники вивели з торгового центру 64 відвідувачі, двоє отримали опіки."
    assert facts(figures(text, "uk")) == {("evacuated", 64, "exact"), ("injured", 2, "exact")}
    text = "Планински спасители изведоха 12 туристи от хижата, а телата на двама души бяха открити."
    assert facts(figures(text, "bg")) == {("evacuated", 12, "exact"), ("dead", 2, "exact")}
    text = "Divers brought to the surface 9 miners, and the bodies of four others were recovered."
    assert facts(figures(text, "en")) == {("rescued", 9, "exact"), ("dead", 4, "exact")}


def test_inverted_shared_and_participle_clauses() -> None:
    # the verb before two counts joined by "and" goes to both; after them, to both
    text = "После столкновения травмы получили 11 пассажиров и трое водителей."
    assert facts(figures(text, "ru")) == {("injured", 11, "exact"), ("injured", 3, "exact")}
    text = "Осем ученици и двама учители от гимназията в Ловеч са приети в болница."
    assert facts(figures(text, "bg")) == {("hospitalised", 8, "exact"), ("hospitalised", 2, "exact")}
    # a participle or relative clause after the counted words and a comma
    text = "Все 35 горняков, эвакуированных из шахты, осмотрены медиками."
    assert facts(figures(text, "ru")) == {("evacuated", 35, "exact")}
    text = "Усі 12 дітей, госпіталізованих після отруєння, у стабільному стані."
    assert facts(figures(text, "uk")) == {("hospitalised", 12, "exact")}
    # but not a verb that has its own object
    text = "Police arrested two men and seized 40 kilograms of heroin."
    assert facts(figures(text, "en")) == {("arrested", 2, "exact")}


def test_buildings_by_what_happened_and_other_attributes() -> None:
    text = "Ураган повредил 85 домов, подтоплены 40 зданий, 300 человек остались без крова."
    assert facts(figures(text, "ru")) == {
        ("buildings_damaged", 85, "exact"),
        ("homes_flooded", 40, "exact"),
        ("homeless", 300, "exact"),
    }
    text = "The wildfire destroyed 120 homes and about 2,000 residents fled their homes."
    assert facts(figures(text, "en")) == {("homes_destroyed", 120, "exact"), ("displaced", 2000, "about")}
    text = "Свлачището затрупа шестима работници, а 40 души са блокирани в хижа."
    assert facts(figures(text, "bg")) == {("trapped", 6, "exact"), ("stranded", 40, "exact")}
    text = "Понад 2 тисячі шахтарів страйкують, ще 150 людей отруїлися."
    assert facts(figures(text, "uk")) == {("strikers", 2000, "more_than"), ("poisoned", 150, "exact")}
    # a count of things with no verb said of them counts nothing
    text = "В посёлке 40 домов и 3 магазина."
    assert facts(figures(text, "ru")) == set()


def test_updates_and_the_number_going_on() -> None:
    text = "Броят на загиналите се е увеличил от 23 на 31."
    assert facts(figures(text, "bg")) == {("dead", 23, "exact"), ("dead", 31, "exact")}
    text = "The toll climbed to 44 on Friday, up from 29 a day earlier."
    assert facts(figures(text, "en")) == {("dead", 44, "exact"), ("dead", 29, "exact")}
    text = "Officials said 61 people had died, while aid groups said the real number was at least 80."
    assert facts(figures(text, "en")) == {("dead", 61, "exact"), ("dead", 80, "at_least")}
    # "the number of briefings … was 129" is not the count named before
    text = "Погибли 5 человек. Число брифингов за месяц в министерстве составило 12."
    assert facts(figures(text, "ru")) == {("dead", 5, "exact")}


def test_number_forms_and_what_is_no_count() -> None:
    assert facts(figures("При катастрофата загинаха 27-ма души.", "bg")) == {("dead", 27, "exact")}
    assert facts(figures("Эвакуированы более 3-х тысяч жителей.", "ru")) == {("evacuated", 3000, "more_than")}
    assert facts(figures("Центром міста пройшли 3–4 тисячі людей, які мітингували.", "uk")) == {
        ("participants", 3000, "range")
    }
    # a house number, a capacity, two days of a month, a person named as "one survivor"
    assert facts(figures("В доме на улице Гагарина, 12 погибли двое жильцов.", "ru")) == {
        ("dead", 2, "exact")
    }
    assert facts(figures("При вместимости 300 человек на борту находились 520.", "ru")) == {
        ("on_board", 520, "exact")
    }
    assert facts(figures("Забастовка 25 и 26 июля коснётся рейсов.", "ru")) == set()
    assert facts(figures("One survivor, Omar Said, told reporters what happened.", "en")) == set()
    # harm said of rescuers makes them a casualty count
    assert facts(figures("Three firefighters were treated for burns.", "en")) == {("injured", 3, "exact")}


def test_a_source_cited_by_an_outlet_is_the_source_and_the_outlet_relays_it() -> None:
    # "X, cited by Y": the passive names the source first and the relay after it
    text = "Загинали са 9 души, сочат данните на Здравната инспекция, цитирани от Радио Зорница."
    ms = [
        Mention(text.index(n), text.index(n) + len(n), n, "ORG")
        for n in ("Здравната инспекция", "Радио Зорница")
    ]
    (f,) = figures(text, "bg", mentions=ms)
    assert (ms[f.source].text, f.via_texts) == ("Здравната инспекция", ["Радио Зорница"])
    text = "Eleven people were injured, the harbour office said, quoted by Radio Marlow."
    ms = [
        Mention(text.index(n), text.index(n) + len(n), n, "ORG") for n in ("harbour office", "Radio Marlow")
    ]
    (f,) = figures(text, "en", mentions=ms)
    assert (ms[f.source].text, f.via_texts) == ("harbour office", ["Radio Marlow"])


def test_a_person_cited_by_an_outlet_is_the_source() -> None:
    text = "Ранени са 4 души, уточни Петко Дряновски, цитиран от Радио Зорница."
    ms = [
        Mention(text.index("Петко Дряновски"), text.index("Петко Дряновски") + 15, "Петко Дряновски", "PER"),
        Mention(text.index("Радио Зорница"), text.index("Радио Зорница") + 13, "Радио Зорница", "ORG"),
    ]
    (f,) = figures(text, "bg", mentions=ms)
    assert (ms[f.source].text, f.via_texts) == ("Петко Дряновски", ["Радио Зорница"])


def test_a_relay_follows_its_verb_and_a_body_further_on_is_no_relay() -> None:
    text = "Загинали са 9 души, съобщава БТА."
    ms = [Mention(text.index("БТА"), text.index("БТА") + 3, "БТА", "ORG")]
    (f,) = figures(text, "bg", mentions=ms)
    assert f.via_texts == ["БТА"]
    text = "Eleven people died, reported on Sunday evening the Harbour Office of the region."
    ms = [Mention(text.index("Harbour Office"), text.index("Harbour Office") + 14, "Harbour Office", "ORG")]
    (f,) = figures(text, "en", mentions=ms)
    assert f.via_texts == []


def test_a_body_after_a_verb_of_reporting_is_the_source_and_a_platform_is_nothing() -> None:
    # a ministry or a committee "reports" what it says itself: the source, never a relay
    text = "Загинали са 9 души, съобщава Министерството на вътрешните работи."
    ms = [Mention(text.index("Министерството"), len(text) - 1, "Министерството на вътрешните работи", "ORG")]
    (f,) = figures(text, "bg", mentions=ms)
    assert f.via_texts == [] and ms[f.source].text == "Министерството на вътрешните работи"
    # a social network is where it was posted, not who said it
    text = "Загинали са 9 души, съобщава Telegram."
    ms = [Mention(text.index("Telegram"), text.index("Telegram") + 8, "Telegram", "ORG")]
    (f,) = figures(text, "bg", mentions=ms)
    assert f.via_texts == [] and f.source is None


def test_a_town_typed_as_an_organisation_is_no_source() -> None:
    text = "Eleven people died, according to the Sofia fire chief Ivan Marlow."
    ms = [
        Mention(text.index("Sofia"), text.index("Sofia") + 5, "Sofia", "ORG"),
        Mention(text.index("Ivan Marlow"), text.index("Ivan Marlow") + 11, "Ivan Marlow", "PER"),
    ]
    (f,) = figures(text, "en", mentions=ms)
    assert ms[f.source].text == "Ivan Marlow"


def test_a_body_that_reports_is_the_source_and_the_wire_that_passes_it_on_relays() -> None:
    # "the agency (acronym) reported …, passed on TASS, cited by <radio>": the body said it, the
    # wire and the radio only pass it on
    text = "Агенцията по храните (АХ) съобщи за 40 нови случая, предаде ТАСС, цитирана от Радио Зорница."
    names = (("Агенцията по храните (АХ)", "ORG"), ("ТАСС", "ORG"), ("Радио Зорница", "ORG"))
    ms = [Mention(text.index(n), text.index(n) + len(n), n, t) for n, t in names]
    (f,) = figures(text, "bg", mentions=ms)
    assert (ms[f.source].text, f.via_texts) == ("Агенцията по храните (АХ)", ["Радио Зорница", "ТАСС"])
    # with no one else speaking, the wire cited stays the source
    text = "Ранени са 14 души, предаде ТАСС, цитирана от Радио Зорница."
    names = (("ТАСС", "ORG"), ("Радио Зорница", "ORG"))
    ms = [Mention(text.index(n), text.index(n) + len(n), n, t) for n, t in names]
    (f,) = figures(text, "bg", mentions=ms)
    assert (ms[f.source].text, f.via_texts) == ("ТАСС", ["Радио Зорница"])


def test_an_agency_cited_for_what_a_person_wrote_relays_it() -> None:
    text = (
        '"O número de mortos subiu para 12", escreveu o governador da região, Rui Almeida, '
        "no Telegram, segundo a agência EFE."
    )
    ms = [
        Mention(text.index("Rui Almeida"), text.index("Rui Almeida") + 11, "Rui Almeida", "PER"),
        Mention(text.index("EFE"), text.index("EFE") + 3, "EFE", "ORG"),
    ]
    (f,) = figures(text, "pt", mentions=ms)
    assert (ms[f.source].text, f.via_texts) == ("Rui Almeida", ["EFE"])
    # a body after "according to" stays the source, whoever else is named
    text = "Morreram 12 pessoas, escreveu o jornal, segundo a Proteção Civil."
    ms = [Mention(text.index("Proteção Civil"), len(text) - 1, "Proteção Civil", "ORG")]
    (f,) = figures(text, "pt", mentions=ms)
    assert ms[f.source].text == "Proteção Civil"


def test_a_speaker_without_a_name_keeps_the_words_that_say_who() -> None:
    # linking must not take the outlet that passes it on for the figure's source
    text = "В петък местните власти съобщиха за 27 нови случая, пише Вестник Зорница."
    ms = [Mention(text.index("Вестник Зорница"), len(text) - 1, "Вестник Зорница", "ORG")]
    (f,) = figures(text, "bg", mentions=ms)
    assert (f.source, f.via_texts) == (None, ["Вестник Зорница"])
    assert f.source_text is not None and f.source_text.endswith("местните власти")
    text = "На борту имало 7 пътници, съобщава Вестник Зорница."
    ms = [Mention(text.index("Вестник Зорница"), len(text) - 1, "Вестник Зорница", "ORG")]
    (f,) = figures(text, "bg", mentions=ms)
    assert f.source_text is None


def test_the_person_named_with_a_body_or_a_title_is_the_source() -> None:
    # "announced the commander of the Regional Administration of <region> <name>"
    text = "Opt persoane au murit, a anunțat duminică comandantul Administrației Regionale a județului Vrancea Ion Popa."
    names = (("Administrației Regionale", "ORG"), ("Vrancea", "LOC"), ("Ion Popa", "PER"))
    ms = [Mention(text.index(n), text.index(n) + len(n), n, t) for n, t in names]
    (f,) = figures(text, "ro", mentions=ms)
    assert ms[f.source].text == "Ion Popa"
    # "according to the fire chief of <town>, <name>": the place is where, the person who
    text = "Duas pessoas foram resgatadas, segundo o chefe dos bombeiros de Marlow, Rui Costa."
    names = (("Marlow", "ORG"), ("Rui Costa", "PER"))
    ms = [Mention(text.index(n), text.index(n) + len(n), n, t) for n, t in names]
    (f,) = figures(text, "pt", mentions=ms)
    assert ms[f.source].text == "Rui Costa"


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Při nehodě autobusu, k níž došlo v roce 2011, zahynuly téměř tři stovky cestujících.", "cs", 300),
        ("В 2016 году при обрушении погибли две сотни человек.", "ru", 200),
        ("W 2012 roku w pożarze zginęły dwie setki osób.", "pl", 200),
        ("У 2015 році внаслідок повені загинули три сотні людей.", "uk", 300),
    ],
)
def test_a_year_its_date_wraps_never_counts_and_hundreds_multiply(text: str, lang: str, value: int) -> None:
    """ "v roce 2011 zahynuly …": the year is a date even before a verb of dying; "dvě stovky",
    "две сотни": the noun for a hundred multiplies the number before it."""
    from storyline.analyse.chain import analyse

    found = {(f.attribute, f.value) for f in analyse(text, lang).figures}
    assert ("dead", value) in found
    assert not any(v >= 1900 for _a, v in found)


def test_a_year_alone_before_a_counted_noun_still_counts() -> None:
    from storyline.analyse.chain import analyse

    found = {(f.attribute, f.value) for f in analyse("Floods killed 2012 people last spring.", "en").figures}
    assert ("dead", 2012) in found
