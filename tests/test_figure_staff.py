"""A body's people (pilots, staff, crew) who speak or act are not the body's voice; its
spokesperson is. Every sentence here is invented."""

from __future__ import annotations

import pytest

from storyline.analyse.figures import find_figures
from storyline.analyse.text import split_sentences
from storyline.model import Analysis, FigureMention, Mention


def figures(text: str, lang: str, names: list[tuple[str, str]]) -> tuple[list[FigureMention], list[Mention]]:
    ms = [Mention(text.index(n), text.index(n) + len(n), n, t) for n, t in names]
    analysis = Analysis(lang=lang, sentences=split_sentences(text), mentions=ms)
    return find_figures(text, analysis, None), ms


def source_of(text: str, lang: str, names: list[tuple[str, str]]) -> str | None:
    found, ms = figures(text, lang, names)
    assert found, text
    f = found[0]
    return ms[f.source].text if f.source is not None else None


@pytest.mark.parametrize(
    ("text", "lang", "org"),
    [
        # the people before the body's name, its genitive between ("pilots of the northern airline X")
        (
            "Piloti severských aerolinek Nordavia oznámili konec stávky, která postihla 2100 cestujících.",
            "cs",
            "Nordavia",
        ),
        ("Сотрудники компании Аэролайн заявили, что 120 пассажиров не смогли улететь.", "ru", "Аэролайн"),
        ("Служителите на Балканфлай съобщиха, че 350 пътници са засегнати.", "bg", "Балканфлай"),
        # the people after the name ("X pilots")
        ("Fennair pilots said 600 passengers were stranded.", "en", "Fennair"),
    ],
)
def test_a_bodys_people_who_speak_do_not_make_the_body_the_source(text: str, lang: str, org: str) -> None:
    assert source_of(text, lang, [(org, "ORG")]) is None


@pytest.mark.parametrize(
    ("text", "lang", "org"),
    [
        # the body itself, or its spokesperson, speaks
        ("Aerolinky Nordavia oznámily, že stávka postihla 2100 cestujících.", "cs", "Nordavia"),
        ("Представники лоукостера Skyvola заявили, що 4000 пасажирів не змогли вилетіти.", "uk", "Skyvola"),
        ("Представитель МИД Аэролайн заявил, что 120 пассажиров не смогли улететь.", "ru", "Аэролайн"),
        ("Fennair said 600 passengers were stranded.", "en", "Fennair"),
    ],
)
def test_the_body_or_its_spokesperson_still_is_the_source(text: str, lang: str, org: str) -> None:
    assert source_of(text, lang, [(org, "ORG")]) == org


def test_according_to_a_bodys_people_is_no_source_but_keeps_the_words() -> None:
    text = "Podle pilotů Nordavie uvízlo 2100 cestujících."
    found, _ = figures(text, "cs", [("Nordavie", "ORG")])
    (f,) = found
    assert f.source is None and f.source_text is not None and f.source_text.startswith("pilotů Nordavie")
    # the body alone after "according to" still is the source
    text = "Podle Nordavie uvízlo 2100 cestujících."
    found, ms = figures(text, "cs", [("Nordavie", "ORG")])
    (f,) = found
    assert f.source is not None and ms[f.source].text == "Nordavie"


def test_a_bodys_people_after_a_verb_of_reporting_neither_speak_for_it_nor_relay() -> None:
    text = "Uvízlo 2100 cestujících, oznámili piloti Nordavie."
    found, _ = figures(text, "cs", [("Nordavie", "ORG")])
    (f,) = found
    assert f.source is None and f.via_texts == []


@pytest.mark.parametrize(
    ("text", "lang", "org"),
    [
        ("Профсоюз пилотов Аэроград заявил, что 120 пассажиров не смогли улететь.", "ru", "Аэроград"),
        ("Профспілка пілотів Skyvola заявила, що 4000 пасажирів не змогли вилетіти.", "uk", "Skyvola"),
        (
            "The pilots union Fennair Crew Guild said 600 passengers were stranded.",
            "en",
            "Fennair Crew Guild",
        ),
    ],
)
def test_a_union_of_a_bodys_people_speaks_as_a_body(text: str, lang: str, org: str) -> None:
    assert source_of(text, lang, [(org, "ORG")]) == org
