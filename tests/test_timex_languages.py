"""Time expressions in the languages beyond ru/bg/uk/en: the packs, the dateparser fallback,
numbers only, other calendars and scripts' digits. Sentences are invented."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import one_timex, timexes
from storyline.analyse.calendars import to_gregorian
from storyline.analyse.timex import ascii_digits, resolve
from storyline.analyse.timex_data import from_dateparser, lexicon, pack

one = one_timex


@pytest.mark.parametrize(
    ("text", "lang", "span", "value"),
    [
        ("Das Schiff sank am 14. Oktober 2019 vor der Küste.", "de", "14. Oktober 2019", "2019-10-14"),
        ("Le pont s'est effondré le 3 février 2021 à l'aube.", "fr", "3 février 2021", "2021-02-03"),
        (
            "El incendio comenzó el 17 de agosto de 2018 en el puerto.",
            "es",
            "17 de agosto de 2018",
            "2018-08-17",
        ),
        ("A barragem rompeu em 5 de novembro de 2015.", "pt", "5 de novembro de 2015", "2015-11-05"),
        ("Il traghetto affondò il 9 aprile 2017.", "it", "9 aprile 2017", "2017-04-09"),
        ("Incendiul a izbucnit pe 11 iulie 2022.", "ro", "11 iulie 2022", "2022-07-11"),
        ("Fabrikada 4 Eylül 2020'de patlama oldu.", "tr", "4 Eylül 2020'de", "2020-09-04"),
        ("Görüş 12 noyabr 2019 tarixində keçirildi.", "az", "12 noyabr 2019", "2019-11-12"),
        ("Өрт 3 қаңтар 2021 жылы басталды.", "kk", "3 қаңтар 2021 жылы", "2021-01-03"),
        ("وقع الانفجار في 15 أغسطس 2020 في الميناء.", "ar", "15 أغسطس 2020", "2020-08-15"),
        ("وقع الانفجار في 15 آب 2020 في الميناء.", "ar", "15 آب 2020", "2020-08-15"),
        ("زلزله در ۲ نوامبر ۲۰۲۱ رخ داد.", "fa", "۲ نوامبر ۲۰۲۱", "2021-11-02"),
        ("Kebakaran terjadi pada 8 Juli 2016 di pasar.", "id", "8 Juli 2016", "2016-07-08"),
        ("Η πυρκαγιά ξέσπασε στις 21 Αυγούστου 2018.", "el", "21 Αυγούστου 2018", "2018-08-21"),
        ("A híd 2019. március 4-én omlott össze.", "hu", "2019. március 4-én", "2019-03-04"),
        ("Most sa zrútil 7. mája 2018.", "sk", "7. mája 2018", "2018-05-07"),
        ("Požar je izbio 2. jula 2019 u centru grada.", "sr", "2. jula 2019", "2019-07-02"),
        ("Пожар је избио 2. јула 2019 у центру града.", "sr", "2. јула 2019", "2019-07-02"),
        ("Potres se dogodio 22. ožujka 2020 u zoru.", "hr", "22. ožujka 2020", "2020-03-22"),
        ("Nesreća se desila 14. augusta 2021 na autoputu.", "bs", "14. augusta 2021", "2021-08-14"),
        ("Земјотресот се случи на 26 ноември 2019 година.", "mk", "26 ноември 2019 година", "2019-11-26"),
        ("Smlouva byla podepsána 7. 6. 2021 v Praze.", "cs", "7. 6. 2021", "2021-06-07"),
    ],
)
def test_absolute_dates_in_every_pack(text: str, lang: str, span: str, value: str) -> None:
    t = one(text, lang, published=None)
    assert (t.text, t.value.value, t.value.precision) == (span, value, "day")


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Hier, un camion a pris feu sur l'autoroute.", "fr", "2023-03-15"),
        ("El martes pasado se registró un sismo.", "es", "2023-03-14"),
        ("Am Dienstagabend brach ein Feuer aus.", "de", "2023-03-14"),
        ("Dün akşam bir patlama oldu.", "tr", "2023-03-15"),
        ("Ieri pomeriggio è crollato un muro.", "it", "2023-03-15"),
        ("Nesta terça-feira o prefeito visitou a escola.", "pt", "2023-03-14"),
        ("Duminică a avut loc o explozie.", "ro", "2023-03-12"),
        ("وقع الحادث يوم الاثنين في المدينة.", "ar", "2023-03-13"),
        ("دیروز یک انفجار در بندر رخ داد.", "fa", "2023-03-15"),
        ("Gempa terjadi pada hari Senin pagi.", "id", "2023-03-13"),
        ("Την Τρίτη σημειώθηκε σεισμός.", "el", "2023-03-14"),
        ("Kedden földrengés volt a városban.", "hu", "2023-03-14"),
        ("V utorok vybuchol plyn.", "sk", "2023-03-14"),
        ("U utorak je izbio požar.", "sr", "2023-03-14"),
        ("Кеше өрт шықты.", "kk", "2023-03-15"),
        ("Вчера избувна пожар во фабриката.", "mk", "2023-03-15"),
        ("Dünən yanğın baş verdi.", "az", "2023-03-15"),
        # last month: the arrest a later saying reports took place then, not on the saying's day
        ("Dva muži byli zatčeni minulý měsíc.", "cs", "2023-02"),
        ("W zeszłym miesiącu zatrzymano dwóch mężczyzn.", "pl", "2023-02"),
        ("Prejšnji mesec so aretirali dva moška.", "sl", "2023-02"),
    ],
)
def test_relative_days_resolve_against_the_publication_date(text: str, lang: str, value: str) -> None:
    t = one(text, lang)
    assert t.rel is not None and t.value.value == value


def test_words_that_are_also_names_of_days_and_months_need_a_cue() -> None:
    assert timexes("Aceasta este cea mai mare investiție.", "ro") == []  # "mai" is "more"
    assert [t.value.value for t in timexes("Legea a intrat în vigoare în mai 2020.", "ro")] == ["2020-05"]
    assert timexes("Nakon ponoći sreda grada je bila prazna.", "sr") == []  # "sreda": the middle
    assert timexes("امام جمعه شهر سخنرانی کرد.", "fa") == []  # the Friday prayer leader


def test_other_calendars_convert_through_icu() -> None:
    assert to_gregorian("persian", 1400, 1, 12) == date(2021, 4, 1)
    assert to_gregorian("islamic-umalqura", 1445, 9, 1) == date(2024, 3, 11)
    assert to_gregorian("persian", 1400, 1, 32) is None
    assert to_gregorian("no-such-calendar", 1400, 1, 1) is None
    t = one("این حادثه روز ۱۲ فروردین ۱۴۰۰ رخ داد.", "fa", published=None)
    assert (t.value.value, t.value.precision) == ("2021-04-01", "day")


def test_digits_of_every_script_become_ascii_in_place() -> None:
    text = "٢٣ مارس ۱۴۰۳"
    assert ascii_digits(text) == "23 مارس 1403" and len(ascii_digits(text)) == len(text)


def test_a_weekday_with_day_and_month_tells_the_year() -> None:
    t = one("Uma ponte caiu nesta terça-feira (26/3) no porto.", "pt", published=date(2025, 1, 10))
    assert t.rel["weekday"] == 1 and t.value.value == "2024-03-26"  # 26/3/2024 was a Tuesday
    sunday = {"kind": "month_day", "month": 3, "day": 26, "weekday": 6, "direction": "past"}
    assert resolve(sunday, date(2025, 1, 10)).value == "2023-03-26"  # the year before it fits
    t = one("O avião caiu na quinta-feira (12 de junho), disse a polícia.", "pt", published=date(2026, 1, 5))
    assert t.value.value == "2025-06-12"


def test_the_night_from_one_day_to_the_next_is_dated_by_its_evening() -> None:
    t = one("Les pluies sont tombées dans la nuit du 3 au 4 mai.", "fr")
    assert t.rel == {"kind": "month_day", "month": 5, "day": 3, "direction": "past"}
    t = one("Las lluvias cayeron la noche del 3 al 4 de mayo de 2021.", "es", published=None)
    assert t.value.value == "2021-05-03"
    t = one("Les soldes durent du 3 au 4 mai.", "fr")  # no night: a window of two days
    assert (t.rel["kind"], t.rel["day"], t.rel["day2"], t.value.precision) == ("month", 3, 4, "month")


def test_apostrophe_suffixes_belong_to_the_date() -> None:
    t = one("Saldırı 9 Nisan'da gerçekleşti.", "tr")
    assert (t.text, t.rel["kind"], t.rel["month"], t.rel["day"]) == ("9 Nisan'da", "month_day", 4, 9)


def test_languages_without_a_pack_use_dateparser_names_or_numbers() -> None:
    assert pack("nl") is None and from_dateparser("nl") is not None
    t = one("Het schip zonk op 4 mei 2021 bij de haven.", "nl", published=None)
    assert t.value.value == "2021-05-04"
    assert one("Gisteren brak er brand uit.", "nl").value.value == "2023-03-15"
    assert lexicon("xx") is None
    assert [t.value.value for t in timexes("Zdarzenie 2021-05-04 i 04.05.2021.", "xx", None)] == [
        "2021-05-04",
        "2021-05-04",
    ]


def test_packs_extend_each_other() -> None:
    bs, sr = pack("bs"), pack("sr")
    assert bs is not None and sr is not None and bs["months"] == sr["months"]
    assert "extends" not in bs
