"""A "person" that a noun for a company or an agency names is the company, in the whole passage."""

from __future__ import annotations

from storyline.analyse.entities_companies import companies_named
from storyline.model import Mention


def _all(text: str, name: str, etype: str, lang: str, base: str | None = None) -> list[Mention]:
    out, s = [], text.find(name)
    while s >= 0:
        out.append(Mention(s, s + len(name), name, etype, base or name, lang))
        s = text.find(name, s + 1)
    return out


def test_a_company_noun_makes_every_mention_of_the_name_the_company() -> None:
    for lang, text, name in (
        ("sl", "Podjetje Nordvax je sporočilo. Nordvax bo cepivo dobavil.", "Nordvax"),
        ("pl", "Według koncernu Holmby rury są gotowe. Holmby nie komentuje.", "Holmby"),
        ("ru", "Как сообщает агентство «Ловенс», Ловенс получило письмо.", "Ловенс"),
        ("cs", "Společnost Nordvax oznámila zisk. Nordvax roste.", "Nordvax"),
    ):
        first = _all(text, name, "PER", lang)
        got = companies_named(text, first, lang)
        assert [m.type for m in got] == ["ORG"] * len(first)


def test_people_stay_people() -> None:
    # a given name first, a title before the noun, or no company noun at all
    for lang, text, name in (
        ("sl", "Podjetje Anna Nordvik vodi od lani. Anna Nordvik je povedala.", "Anna Nordvik"),
        ("ru", "Глава компании Нордвик заявил. Нордвик уверен.", "Нордвик"),
        ("pl", "Minister Holmby powiedział. Holmby nie komentuje.", "Holmby"),
    ):
        first = _all(text, name, "PER", lang)
        assert [m.type for m in companies_named(text, first, lang)] == ["PER"] * len(first)


def test_a_brand_in_latin_letters_after_a_cyrillic_company_noun_is_the_company() -> None:
    # a firm named after its founders keeps its Latin letters; a person's name, given name and
    # all, a Cyrillic text writes in its own letters
    text = "Компанията Anna Nordvik, специализирана в подбора на персонал, обяснява спада."
    first = _all(text, "Anna Nordvik", "PER", "bg")
    assert [m.type for m in companies_named(text, first, "bg")] == ["ORG"]
    person = "Шефът на компанията Анна Нордвик обяснява спада."
    first = _all(person, "Анна Нордвик", "PER", "bg")
    assert [m.type for m in companies_named(person, first, "bg")] == ["PER"]


def test_a_declined_surname_after_the_noun_is_the_owner_not_the_company() -> None:
    # a name in apposition keeps its written form ("компании «Ловенс»"); "в компании Петрова"
    # (in Petrov's company, a surname's genitive) is the person (audit round 31 N3)
    text = "Он отказался от денег за работу в компании Петрова. Петров промолчал."
    first = [
        Mention(text.find("Петрова"), text.find("Петрова") + 7, "Петрова", "PER", "Петров", "ru"),
        Mention(text.rfind("Петров "), text.rfind("Петров ") + 6, "Петров", "PER", "Петров", "ru"),
    ]
    assert [m.type for m in companies_named(text, first, "ru")] == ["PER", "PER"]
    # the same noun before a name in its written form still names the company
    text = "Контракт получила компания Нордвакс. Нордвакс начнёт поставки."
    first = _all(text, "Нордвакс", "PER", "ru")
    assert [m.type for m in companies_named(text, first, "ru")] == ["ORG", "ORG"]
    # a declined word the dictionary does not know as a person's: "the company of X" may be a
    # parent company's genitive ("spółka Gazpromu"), left to the noun
    text = "Контракт получила дочерняя компания Нордвакса. Нордвакс начнёт поставки."
    first = [
        Mention(text.find("Нордвакса"), text.find("Нордвакса") + 9, "Нордвакса", "PER", "Нордвакс", "ru"),
        Mention(text.rfind("Нордвакс "), text.rfind("Нордвакс ") + 8, "Нордвакс", "PER", "Нордвакс", "ru"),
    ]
    assert [m.type for m in companies_named(text, first, "ru")] == ["ORG", "ORG"]


def test_a_title_of_the_company_before_the_noun_keeps_the_person() -> None:
    # Bulgarian says "of" with a word ("на"), and a compound title is read by its last part; the
    # given names here are ones the first-name tables do not know as Bulgarian writes them
    for text, name in (
        ("Това заяви зам.-председателят на компанията Петър Дренков, цитиран от агенцията.", "Петър Дренков"),
        ("Това заяви директорът на компанията Цветан Лозанов пред медиите.", "Цветан Лозанов"),
    ):
        first = _all(text, name, "PER", "bg")
        assert [m.type for m in companies_named(text, first, "bg")] == ["PER"], text
    # "the shares of the company X": no title, the company
    text = "Акциите на компанията Дренкофарм поскъпнаха. Дренкофарм отчете печалба."
    first = _all(text, "Дренкофарм", "PER", "bg")
    assert [m.type for m in companies_named(text, first, "bg")] == ["ORG", "ORG"]


def test_a_name_after_a_legal_form_is_the_company() -> None:
    # "Founder: LLC «X»" (audit round 31 N3: a limited company typed a product)
    for lang, text, name, etype in (
        ("ru", "Учредитель: ООО «ЛуговойМедиаПлюс». Адрес редакции: Нордск.", "ЛуговойМедиаПлюс", "PRO"),
        ("ru", "Акции принадлежат ПАО Дренкогаз и банкам.", "Дренкогаз", "PER"),
        ("uk", "Засновник: ТОВ «Лозанов Груп», Нордськ.", "Лозанов Груп", "PER"),
    ):
        first = _all(text, name, etype, lang)
        assert [m.type for m in companies_named(text, first, lang)] == ["ORG"], text
    # a lower-case word of the same letters is no legal form; a place stays a place elsewhere
    text = "Учредитель: ооо Нордск. Адрес: Нордск."
    first = _all(text, "Нордск", "LOC", "ru")
    assert [m.type for m in companies_named(text, first, "ru")] == ["LOC", "LOC"]
