"""A Russian body's name of a capitalised adjective and a small-letter noun inside a sentence is
one organisation (issue 12, rec47; invented names)."""

from __future__ import annotations

from storyline.analyse.entities_body_nouns import with_body_nouns
from storyline.analyse.entities_court_places import courts_with_places
from storyline.analyse.entities_latin_places import latin_places_as_bodies
from storyline.model import Mention


def _same(surface: str, _etype: str) -> str:
    return surface


def _bodies(text: str, found: list[Mention] | None = None) -> list[tuple[str, str]]:
    got = with_body_nouns(text, found or [], "ru", _same, (0, len(text)))
    return [(m.text, m.type) for m in got]


def test_an_adjective_and_a_body_noun_inside_a_sentence_are_an_organisation() -> None:
    text = "Долг взыскали по решению Холмбийского арбитража, а иск рассмотрит Нордвицкий суд."
    assert _bodies(text) == [("Холмбийского арбитража", "ORG"), ("Нордвицкий суд", "ORG")]


def test_the_adjective_alone_runs_on_over_its_noun_and_a_pair_typed_otherwise_is_a_body() -> None:
    text = "Об этом заявили в Холмбийской партии, а члены Нордвицкого союза промолчали."
    i = text.index("Холмбийской")
    j = text.index("Нордвицкого")
    found = [
        Mention(i, i + 11, "Холмбийской", "LOC", "Холмбийская", "ru"),
        Mention(j, j + 18, "Нордвицкого союза", "LOC", "Нордвицкий союз", "ru"),
    ]
    assert _bodies(text, found) == [("Холмбийской партии", "ORG"), ("Нордвицкого союза", "ORG")]


def test_a_sentence_start_a_longer_name_a_small_adjective_or_another_noun_is_left() -> None:
    text = (
        "Холмбийский суд отменил арест. Иск подали в Нордвицкий суд Холмбии. "
        "Решение принял британский суд, а Холмбийская организация здравоохранения молчит."
    )
    # a headline's first words, a name going on with a capitalised word, a small-letter adjective
    # (a country's), a noun that names a body only with its complement
    assert _bodies(text) == []


def _typed(text: str, name: str, lang: str = "ru") -> str:
    i = text.index(name)
    m = Mention(i, i + len(name), name, "LOC", name, lang)
    return latin_places_as_bodies(text, [m], lang, (0, len(text)))[0].type


def test_a_russian_latin_place_no_gazetteer_knows_is_a_body_but_not_a_bracketed_code() -> None:
    text = "Вакцину разработала компания Holmbena, рейсы в Нордвицу (HLB) отменены, а агентство Ларвии (HDA) молчит."
    assert _typed(text, "Holmbena") == "ORG"
    # an airport's code the text gives in brackets after "во <City>" stays the place's; a body's
    # abbreviation after a country's name is the body
    found = []
    for name in ("Нордвицу", "HLB", "Ларвии", "HDA"):
        i = text.index(name)
        found.append(Mention(i, i + len(name), name, "LOC", name, "ru"))
    for lang in ("ru", "uk"):
        got = latin_places_as_bodies(text, found, lang, (0, len(text)))
        assert [m.type for m in got] == ["LOC", "LOC", "LOC", "ORG"]


def _courts(text: str, found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    mentions = []
    for name, etype in found:
        i = text.index(name)
        mentions.append(Mention(i, i + len(name), name, etype, name, "ru"))
    mentions.sort(key=lambda m: m.start)
    return [(m.text, m.type) for m in courts_with_places(text, mentions, "ru", _same)]


def test_a_court_and_the_place_after_it_are_one_body() -> None:
    text = "Ранее верховный суд Холмбии вынес приговор, а Окружной суд Нордвица и Верховный суд Ларвии решили иначе."
    found = [("Холмбии", "LOC"), ("Нордвица", "LOC"), ("Верховный суд", "ORG"), ("Ларвии", "LOC")]
    assert _courts(text, found) == [
        ("верховный суд Холмбии", "ORG"),
        ("Окружной суд Нордвица", "ORG"),
        ("Верховный суд Ларвии", "ORG"),
    ]


def test_a_court_in_a_place_a_comma_or_another_language_is_left() -> None:
    text = "Дело передали в суд в Нордвице, а решения суда, Холмбия, ждут."
    found = [("Нордвице", "LOC"), ("Холмбия", "LOC")]
    assert _courts(text, found) == [("Нордвице", "LOC"), ("Холмбия", "LOC")]


def test_a_one_word_latin_person_in_cyrillic_text_is_a_body_but_not_an_original_in_brackets() -> None:
    text = "Трубы укладывает итальянская Holmpem, сообщил Ларс Нордвик (Nordvik)."
    i, j = text.index("Holmpem"), text.index("Nordvik")
    found = [
        Mention(i, i + 7, "Holmpem", "PER", "Holmpem", "ru"),
        Mention(j, j + 7, "Nordvik", "PER", "Nordvik", "ru"),
    ]
    got = latin_places_as_bodies(text, found, "ru", (0, len(text)))
    assert [(m.text, m.type) for m in got] == [("Holmpem", "ORG"), ("Nordvik", "PER")]
    assert latin_places_as_bodies(text, found[:1], "pl", (0, len(text)))[0].type == "PER"
