"""Entity recognition and cross-lingual linking, on sentences written for these tests."""

from __future__ import annotations

from helpers import linked
from storyline.analyse import analyse
from storyline.link.context import LinkContext


def _ctx(texts: dict[str, tuple[str, str]]) -> LinkContext:
    return linked(texts)


def _entity(ctx: LinkContext, name: str):  # noqa: ANN202
    hits = [e for e in ctx.entities if e.name == name]
    assert len(hits) == 1, [(e.name, e.names) for e in ctx.entities]
    return hits[0]


def test_russian_mentions_have_base_forms() -> None:
    a = analyse(
        "Вчера премьер-министр Эстонии Кайя Каллас встретилась с Эммануэлем Макроном в Варшаве.", lang="ru"
    )
    bases = {(m.base, m.type) for m in a.mentions}
    assert ("Эммануэль Макрон", "PER") in bases
    assert ("Варшава", "LOC") in bases


def test_english_rules_skip_titles_codes_and_sentence_starts() -> None:
    text = (
        "On Monday, French President Emmanuel Macron met Olaf Scholz in Warsaw. "
        "However, flight LH-1234 was delayed. Macron said the talks went well."
    )
    found = {(m.text, m.type) for m in analyse(text, lang="en").mentions}
    assert ("Emmanuel Macron", "PER") in found
    assert ("Olaf Scholz", "PER") in found
    assert ("Warsaw", "LOC") in found
    assert ("Macron", "PER") in found
    assert not {t for t, _ in found} & {
        "On",
        "Monday",
        "However",
        "LH-1234",
        "French President Emmanuel Macron",
    }


def test_one_person_across_languages_and_inflections() -> None:
    ctx = _ctx({
        "ru": ("ru", "Президент Франции Эммануэль Макрон прибыл в Варшаву. Макрона встретили в аэропорту."),
        "bg": ("bg", "Френският президент Еманюел Макрон пристигна във Варшава. Макрон разговаря с премиера."),
        "en": ("en", "French President Emmanuel Macron arrived in Warsaw on Tuesday. Macron said talks would go on."),
    })  # fmt: skip
    macron = _entity(ctx, "Emmanuel Macron")
    assert {"ru", "bg", "en"} <= set(macron.names)
    assert len({m.doc for m in macron.mentions}) == 3
    warsaw = [e for e in ctx.entities if e.type == "LOC" and "en" in e.names and "Warsaw" in e.names["en"]]
    assert len(warsaw) == 1 and {"ru", "bg"} <= set(warsaw[0].names)


def test_same_surname_different_people_stay_apart() -> None:
    ctx = _ctx({
        "a": ("en", "Minister Ivan Petrov met journalist Olga Petrova in Sofia. Later Dmitry Petrov joined them."),
        "b": ("en", "Ivan Petrov told reporters that Petrov would resign. Olga Petrova declined to comment."),
    })  # fmt: skip
    names = {e.name for e in ctx.entities if e.type == "PER"}
    assert {"Ivan Petrov", "Olga Petrova", "Dmitry Petrov"} <= names
    ivan = _entity(ctx, "Ivan Petrov")
    assert len(ivan.mentions) == 3  # the bare "Petrov" follows Ivan Petrov in its document


def test_countries_link_through_gazetteer() -> None:
    ctx = _ctx({
        "ru": ("ru", "Германия и Польша подписали соглашение в Берлине."),
        "en": ("en", "Germany and Poland signed an agreement in Berlin."),
    })  # fmt: skip
    germany = _entity(ctx, "Germany")
    assert set(germany.names) == {"ru", "en"}


def test_country_adjectives_are_mentions_of_the_country() -> None:
    from storyline.analyse.adjectives import country_adjective

    assert country_adjective("азербайджанския", "bg") == "Азербайджан"
    assert country_adjective("российского", "ru") == "Россия"
    assert country_adjective("polskiego", "pl") == "Polska"
    assert country_adjective("Georgian", "en") == "Georgia"
    assert country_adjective("малка", "bg") is None  # Мали is too short a stem to try
    assert country_adjective("московский", "ru") is None  # a city, not a country
    ctx = _ctx({
        "a": ("bg", "Унгарският премиер посети Будапеща. Унгария очаква инвестиции."),
        "b": ("en", "Hungary's prime minister met investors in Budapest."),
    })  # fmt: skip
    hungary = _entity(ctx, "Hungary")
    kinds = {m.kind for m in hungary.mentions}
    assert "adjective" in kinds and None in kinds
    assert {m.doc for m in hungary.mentions} == set(ctx.documents)
