"""Rounds 16 and 17's wrong events (issue 16): a verb of the type whose object no one acts on
literally, statements collected, an example told in the generic present, a fire an article places apart from
its crash."""

from __future__ import annotations

import pytest

from helpers import event_kinds as kinds
from helpers import realis_why
from storyline.link.dates import resolve_dates
from storyline.link.events import link_events
from test_link_dates import analysis, context, document


@pytest.mark.parametrize(
    ("text", "lang", "kind", "trigger"),
    [
        ("Делото срещу учителката взриви социалните мрежи в цяла Европа.", "bg", "explosion", "взриви"),
        ("Решението на съда взриви общественото мнение в Гърция.", "bg", "explosion", "взриви"),
        ("Видео с котом взорвало интернет за одну неделю.", "ru", "explosion", "взорвало"),
        ("Заява міністра підірвала довіру до уряду.", "uk", "explosion", "підірвала"),
        ("Протестующие разбили палатки у здания мэрии.", "ru", "crash", "разбили"),
        ("Policjanci rozbili szajkę złodziei samochodów w Radomiu.", "pl", "crash", "rozbili"),
        ("Отборът от Пловдив разби съперника с 4:0.", "bg", "crash", "разби"),
    ],
)
def test_a_verb_whose_object_no_one_acts_on_literally_is_a_figure(
    text: str, lang: str, kind: str, trigger: str
) -> None:
    assert realis_why(text, lang, kind, trigger) == "sense"


@pytest.mark.parametrize(
    ("text", "lang", "kind", "trigger"),
    [
        ("Нападателите взривиха моста край Русе през нощта.", "bg", "explosion", "взривиха"),
        ("Боевики взорвали склад боеприпасов под Херсоном.", "ru", "explosion", "взорвали"),
        ("Диверсанти підірвали міст через річку в понеділок.", "uk", "explosion", "підірвали"),
        ("Самолет разбился при посадке в Казани.", "ru", "crash", "разбился"),
        ("Śmigłowiec rozbił się w górach pod Zakopanem.", "pl", "crash", "rozbił"),
    ],
)
def test_the_same_verbs_with_a_literal_object_stay_happenings(
    text: str, lang: str, kind: str, trigger: str
) -> None:
    assert realis_why(text, lang, kind, trigger) is None


@pytest.mark.parametrize(
    ("text", "lang", "trigger"),
    [
        ("Редакция собрала заявления губернатора о ремонте дорог.", "ru", "заявления"),
        ("Портал зібрав заяви прем'єра щодо цін на газ.", "uk", "заяви"),
    ],
)
def test_statements_collected_are_no_statement_at_a_time(text: str, lang: str, trigger: str) -> None:
    assert realis_why(text, lang, "statement", trigger) == "sense"


def test_a_statement_made_is_still_one() -> None:
    assert realis_why("Вчера премьер зробив заяву щодо цін на газ.", "uk", "statement", "заяву") is None


def test_an_example_in_the_generic_present_tells_no_happening() -> None:
    text = "Например, число спасателей, отправленных к месту пожара, зависит от площади возгорания."
    assert realis_why(text, "ru", "fire", "пожара") == "habitual"
    text = "Наприклад, кількість рятувальників, яких відправляють до місця пожежі, залежить від її площі."
    assert realis_why(text, "uk", "fire", "пожежі") == "habitual"


def test_an_example_told_in_the_past_or_dated_is_a_happening() -> None:
    # an example in the past tense happened; one with a time names when
    text = "Например, в Омске на складе произошёл пожар, и сгорели три грузовика."
    assert realis_why(text, "ru", "fire", "пожар") is None
    text = "Например, в понедельник в Омске на складе горит пожар."
    assert realis_why(text, "ru", "fire", "пожар") is None
    assert "fire" in kinds("Например, в Омске на складе произошёл пожар.", "ru")


def _linked(text: str, lang: str, names: dict[str, str], entities: dict[str, str]) -> list:
    ctx = context([(document("a", text, "2022-03-14"), analysis(text, lang, names))], entities)
    resolve_dates(ctx)
    link_events(ctx)
    return ctx.events


def test_a_fire_the_article_places_apart_from_its_crash_is_another_happening() -> None:
    # one article: a plane crash with no place, and "also" a fire it places in a town, never in one
    # sentence with the crash and with no party in common — two happenings, not a crash with a fire facet
    text = (
        "Pet mrtvih v strmoglavljenju letala v jezero. "
        "Letalo je strmoglavilo v jezero kmalu po vzletu. "
        "V Kopru danes tudi požar na ladji s tovorom lesa. "
        "Zaradi požara so evakuirali pristanišče."
    )
    events = _linked(text, "sl", {"Kopru": "LOC"}, {"Kopru": "koper"})
    kinds_linked = sorted(e.type for e in events)
    assert kinds_linked == ["crash", "fire"], [(e.type, e.facets) for e in events]
    (crash,) = [e for e in events if e.type == "crash"]
    assert "fire" not in crash.facets


def test_a_fire_told_with_its_crash_stays_its_facet() -> None:
    # one sentence names both: the text ties them
    text = (
        "Pet mrtvih v strmoglavljenju letala v jezero. "
        "Letalo je v Kopru strmoglavilo in zagorelo, požar so pogasili gasilci. "
        "Zaradi požara so evakuirali pristanišče v Kopru."
    )
    events = _linked(text, "sl", {"Kopru": "LOC"}, {"Kopru": "koper"})
    assert [e.type for e in events] == ["crash"], [(e.type, e.facets) for e in events]
    assert "fire" in events[0].facets


def test_a_superlative_before_an_occasion_ranks_many() -> None:
    text = "Изглежда, че в парламента тече състезание за най-глупавото изявление на седмицата."
    assert realis_why(text, "bg", "statement", "изявление") == "habitual"
    text = "Въпросът за рибарите бе един от най-трудните в преговорите за търговията."
    assert realis_why(text, "bg", "meeting", "преговорите") == "habitual"


def test_a_superlative_before_a_physical_happening_or_with_a_time_is_one() -> None:
    # "the worst crash" is one crash; "the most important statement" dated is one statement
    text = "Това е най-тежката катастрофа в района на Бургас от години."
    assert realis_why(text, "bg", "crash", "катастрофа") is None
    text = "Най-важното изявление направи вчера министърът на финансите."
    assert realis_why(text, "bg", "statement", "изявление") is None
