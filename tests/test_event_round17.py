"""Rounds 16 and 17's wrong events (issue 16): a verb of the type whose object no one acts on
literally, statements collected, an example told in the generic present."""

from __future__ import annotations

import pytest

from helpers import event_kinds as kinds
from helpers import realis_why


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
