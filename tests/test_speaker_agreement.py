"""Who speaks agrees with the speech verb's gender, and a described speaker is shown in its base
form (invented people, posts and places)."""

from __future__ import annotations

import re

from storyline.analyse.speaker_base import base_form
from storyline.analyse.speaker_gender import person_gender, verb_gender
from storyline.model import Mention
from test_quotes import quotes


def who(text: str, lang: str, names: tuple[tuple[str, str], ...]) -> list[tuple[str | None, str | None]]:
    found = quotes(text, lang, names)
    mentions = sorted(
        (Mention(m.start(), m.end(), n, t) for n, t in names for m in re.finditer(re.escape(n), text)),
        key=lambda m: m.start,
    )
    return [(q.speaker_text, mentions[q.speaker].text if q.speaker is not None else None) for q in found]


def test_verb_gender_per_language() -> None:
    assert verb_gender("ru", ["добавила"]) == "f"
    assert verb_gender("ru", ["сказал"]) == "m"
    assert verb_gender("ru", ["говорит"]) is None  # the present tense shows no gender
    assert verb_gender("ru", ["сообщили"]) is None  # nor the plural
    assert verb_gender("uk", ["сказав"]) == "m"
    assert verb_gender("uk", ["розповіла"]) == "f"
    assert verb_gender("pl", ["powiedziała"]) == "f"
    assert verb_gender("pl", ["powiedział"]) == "m"
    assert verb_gender("pl", ["powiedzieli"]) is None
    assert verb_gender("cs", ["řekla"]) == "f"
    assert verb_gender("cs", ["uvedl"]) == "m"
    assert verb_gender("bg", ["е", "заявила"]) == "f"
    assert verb_gender("bg", ["каза"]) is None  # the aorist shows none
    assert verb_gender("de", ["sagte"]) is None  # no data: no gender, no veto
    assert verb_gender(None, ["сказала"]) is None


def test_person_gender_from_first_names_and_surnames() -> None:
    def g(name: str, lang: str | None = None) -> str | None:
        return person_gender(Mention(0, len(name), name, "PER"), lang)

    assert g("Олеся Ткаченко", "uk") == "f"  # the first name tells, the surname does not
    assert g("Богдан Ткаченко", "uk") == "m"
    assert g("Вероника Смирнова", "ru") == "f"
    assert g("Зденек Гавел") == "m"
    assert g("Agnieszka Wiśniewska") == "f"
    assert g("Radim Holub") == "m"
    assert g("Holub") is None  # a surname alone that shows nothing
    assert person_gender(Mention(0, 4, "Nord", "ORG")) is None


def test_russian_feminine_verb_does_not_take_the_previous_man() -> None:
    text = (
        "Руководитель завода Борис Лебедев сказал, что цех закроют на неделю. "
        "Директор завода добавила, что рабочих переведут в соседний корпус."
    )
    assert who(text, "ru", (("Борис Лебедев", "PER"),)) == [
        ("Руководитель завода Борис Лебедев", "Борис Лебедев"),
        ("Директор завода", None),  # the description itself, not the man who spoke before
    ]


def test_russian_feminine_verb_takes_the_woman_of_that_post() -> None:
    text = (
        "Директор завода Вероника Смирнова в понедельник открыла новый цех. "
        "Руководитель завода Борис Лебедев сказал, что цех закроют на неделю. "
        "Директор завода добавила, что рабочих переведут в соседний корпус."
    )
    found = who(text, "ru", (("Вероника Смирнова", "PER"), ("Борис Лебедев", "PER")))
    assert found[-1] == ("Директор завода", "Вероника Смирнова")


def test_ukrainian_feminine_verb_and_a_male_speaker_before() -> None:
    text = (
        "Керівник станції Ігор Мельник сказав, що поїзди підуть за графіком. "
        "Директорка станції додала, що квитки повернуть усім пасажирам."
    )
    found = who(text, "uk", (("Ігор Мельник", "PER"),))
    assert found[0][1] == "Ігор Мельник"
    assert found[1][1] is None


def test_a_name_in_the_phrase_of_the_other_gender_is_not_the_speaker() -> None:
    # the recogniser's name is a man, the verb says a woman: no attribution rather than a wrong one
    text = "«Ми відкриємо школу до осені», — розповіла вчора Мирослав Бондар."
    assert who(text, "uk", (("Мирослав Бондар", "PER"),))[0][1] is None


def test_bulgarian_participle_shows_a_woman() -> None:
    text = (
        "Директорът на болницата Петър Стоянов каза, че отделението ще работи нормално. "
        "Директорката на болницата е заявила, че пациентите ще бъдат преместени."
    )
    found = who(text, "bg", (("Петър Стоянов", "PER"),))
    assert found[0][1] == "Петър Стоянов"
    assert found[1][1] is None


def test_polish_feminine_verb() -> None:
    text = (
        "Dyrektor szpitala Marek Wójcik powiedział, że oddział zostanie otwarty w maju. "
        "Dyrektor szpitala dodała, że pacjenci zostaną przeniesieni."
    )
    found = who(text, "pl", (("Marek Wójcik", "PER"),))
    assert found[0][1] == "Marek Wójcik"
    assert found[1] == ("Dyrektor szpitala", None)


def test_czech_feminine_verb_and_the_woman_of_that_post() -> None:
    text = (
        "Ředitelka nemocnice Jana Malá včera navštívila nové oddělení. "
        "Ředitel nemocnice Karel Dvořák řekl, že oddělení se otevře v květnu. "
        "Ředitelka nemocnice dodala, že pacienti budou převezeni."
    )
    found = who(text, "cs", (("Jana Malá", "PER"), ("Karel Dvořák", "PER")))
    assert found[-2][1] == "Karel Dvořák"
    assert found[-1][1] == "Jana Malá"


def test_masculine_verb_does_not_take_a_woman() -> None:
    text = (
        "Руководитель порта Вероника Смирнова заявила, что суда задерживаются. "
        "Руководитель порта сказал, что причал отремонтируют."
    )
    found = who(text, "ru", (("Вероника Смирнова", "PER"),))
    assert found[0][1] == "Вероника Смирнова"
    assert found[1] == ("Руководитель порта", None)


def test_base_form_of_descriptions() -> None:
    assert base_form("областном управлении транспорта", "ru", "ru", oblique=True) == (
        "областное управление транспорта"
    )
    assert base_form("Начальник вокзала", "ru", "ru", oblique=True) == "Начальник вокзала"  # nominative
    # a subject's phrase is found in the nominative: a stray start is no case to undo
    assert base_form("свою очередь директор", "ru", "ru") == "свою очередь директор"
    assert base_form("заместителя мэра", "ru", "ru", oblique=True) == "заместитель мэра"
    assert base_form("главы сельской администрации", "ru", "ru", oblique=True) == (
        "глава сельской администрации"
    )
    assert base_form("міській раді", "uk", "uk", oblique=True) == "міська рада"
    assert base_form("ministerstwie rolnictwa", "pl", None, oblique=True) == "ministerstwo rolnictwa"
    assert base_form("ministerstvu dopravy", "cs", None, oblique=True) == "ministerstvo dopravy"
    assert base_form("ministerstvu dopravy", "cs", None) == "ministerstvu dopravy"  # not known oblique
    assert base_form("полицията", "bg", None, oblique=True) == "полицията"  # no cases: as written


def test_org_group_is_shown_in_its_base_form() -> None:
    text = "Ремонт моста обойдётся в сорок миллионов рублей, сообщили в городском управлении дорог."
    found = quotes(text, "ru")
    assert [(q.speaker_text, q.speaker) for q in found] == [("городское управление дорог", None)]


def test_a_place_after_a_bodys_common_name_does_not_speak() -> None:
    text = "Ремонт моста обойдётся в сорок миллионов рублей, сообщили в управлении дорог Тверской области."
    found = quotes(text, "ru", (("Тверской области", "LOC"),))
    assert found[0].speaker is None
    text = "Ремонт моста обойдётся в сорок миллионов рублей, сообщили в Минтрансе."
    found = quotes(text, "ru", (("Минтрансе", "ORG"),))
    assert found[0].speaker == 0


def test_a_verb_without_a_subject_goes_back_to_the_last_speaker_of_its_gender() -> None:
    text = (
        "Burmistrz Ewa Zielińska powiedziała, że most zostanie zamknięty. "
        "Radny Tomasz Nowak powiedział, że to zły pomysł. "
        "Dodała, że objazd będzie oznakowany."
    )
    found = who(text, "pl", (("Ewa Zielińska", "PER"), ("Tomasz Nowak", "PER")))
    assert [w for _, w in found] == ["Ewa Zielińska", "Tomasz Nowak", "Ewa Zielińska"]
    text = "Радный Тимур Белов сказал, что мост закроют. Добавила, что объезд обозначат."
    found = who(text, "ru", (("Тимур Белов", "PER"),))
    assert found[-1][1] is None  # no woman spoke or was named: no one


def test_a_direct_quote_with_a_bare_feminine_verb_skips_the_man_named_last() -> None:
    text = (
        "Судья Марина Орлова объявила перерыв. «Заседание продолжится завтра», — добавила она. "
        "Адвокат Игорь Панов попросил отсрочку. «Суд рассмотрит и это ходатайство», — добавила."
    )
    found = who(text, "ru", (("Марина Орлова", "PER"), ("Игорь Панов", "PER")))
    assert found == [("она", "Марина Орлова"), (None, "Марина Орлова")]
