"""What is not a name, or not the name it seems: adjectives, common-word phrases, vessels,
buildings and outlets (invented names throughout)."""

from __future__ import annotations

from storyline.analyse import entities_hygiene as hygiene
from storyline.link.entity_index import EntityIndex
from storyline.model import Mention


def _at(text: str, surface: str, etype: str, base: str | None = None, lang: str = "ru") -> Mention:
    i = text.index(surface)
    return Mention(i, i + len(surface), surface, etype, base or surface, lang)


def _clean(text: str, *mentions: Mention, lang: str = "ru") -> list[Mention]:
    return hygiene.clean(text, list(mentions), lang, lambda s, _t: s)


def test_a_lower_case_person_is_no_name_and_a_country_adjective_is_the_country() -> None:
    text = "Об этом сообщили эстонцы. Эстонские власти молчат."
    got = _clean(text, _at(text, "эстонцы", "PER"), _at(text, "Эстонские", "PER"))
    assert [(m.text, m.base, m.kind) for m in got] == [("Эстонские", "Эстония", "adjective")]
    index = EntityIndex()
    country = index.add_document("a", [Mention(0, 7, "Эстония", "LOC", "Эстония", "ru")])[0]
    assert index.resolve(index.add_document("b", got)[0]) == index.resolve(country)


def test_common_words_that_start_a_sentence_are_not_part_of_the_name() -> None:
    text = "Дружественный Вьетнам оказал помощь. Дружественный народ Вьетнама тоже."
    first = _at(text, "Дружественный Вьетнам", "LOC")
    phrase = _at(text, "Дружественный народ Вьетнама", "PRO")
    got = hygiene.clean(text, [first, phrase], "ru", lambda s, _t: "Вьетнам")
    assert [(m.text, m.type) for m in got] == [("Вьетнам", "LOC"), ("Вьетнама", "LOC")]


def test_a_named_place_with_an_adjective_is_kept_whole() -> None:
    text = "Западная Тарновщина пострадала от паводка."
    got = _clean(text, _at(text, "Западная Тарновщина", "LOC"))
    assert [m.text for m in got] == ["Западная Тарновщина"]


def test_a_person_next_to_a_vessel_or_a_building_or_in_quotes_is_not_a_person() -> None:
    text = (
        "Fire aboard the Morska Hvylia ferry. They met at the Villa Serena palace. He sailed on «Bora Lenz»."
    )
    got = _clean(
        text, _at(text, "Morska Hvylia", "PER"), _at(text, "Villa Serena", "PER"), _at(text, "Bora Lenz", "PER"),
        lang="en",
    )  # fmt: skip
    assert [m.type for m in got] == ["PRO", "LOC", "PRO"]


def test_a_quoted_place_named_after_a_known_place_is_an_organisation() -> None:
    text = "Об этом сообщила газета «Варшава Вестник». Проект «Соединённые штаты Тарновщины» обсуждали."
    got = _clean(text, _at(text, "Варшава Вестник", "LOC"), _at(text, "Соединённые штаты Тарновщины", "LOC"))
    assert [m.type for m in got] == ["ORG", "LOC"]  # the second does not start with a known place


def test_a_real_person_is_left_alone() -> None:
    text = "Министр Олег Тарновский прибыл в Вену."
    got = _clean(text, _at(text, "Олег Тарновский", "PER"))
    assert [(m.text, m.type) for m in got] == [("Олег Тарновский", "PER")]


def test_a_weekday_is_no_place() -> None:
    text = "Nine people died in Friday's blaze near Tarnow."
    got = _clean(
        text, _at(text, "Friday", "LOC", lang="en"), _at(text, "Tarnow", "LOC", lang="en"), lang="en"
    )
    assert [m.text for m in got] == ["Tarnow"]


def _described(text: str, name: str, etype: str, lang: str, bases: dict[str, str]) -> list:
    from storyline.analyse.entities_hygiene import clean
    from storyline.model import Mention

    def rebase(surface: str, _etype: str) -> str:
        return " ".join(bases.get(w, w) for w in surface.split())

    start = text.index(name)
    return clean(
        text, [Mention(start, start + len(name), name, etype, rebase(name, etype), lang)], lang, rebase
    )


def test_a_common_word_before_a_place_in_an_oblique_case_describes_the_place() -> None:
    [m] = _described("Wczoraj protest w Tarnowie zgromadził tłumy.", "protest w Tarnowie", "EVT", "pl",
                     {"Tarnowie": "Tarnów"})  # fmt: skip
    assert (m.text, m.type, m.base) == ("Tarnowie", "LOC", "Tarnów")
    [m] = _described("Deževalo je na severu Dolnije.", "severu Dolnije", "LOC", "sl", {"Dolnije": "Dolnija"})
    assert (m.text, m.base) == ("Dolnije", "Dolnija")


def test_a_place_in_its_own_form_after_a_common_word_is_the_name() -> None:
    # the annotated news mostly leave the kind of place out of its name ("the airport X", "the island X")
    [m] = _described("Přistáli na letiště Ostende včera.", "letiště Ostende", "LOC", "cs", {})
    assert m.text == "Ostende"
    # an institution of a country is a name, whatever case the country is in
    [m] = _described("Oznámilo to ministerstvo zdravotnictví Polska.", "ministerstvo zdravotnictví Polska",
                     "ORG", "cs", {"Polska": "Polsko"})  # fmt: skip
    assert m.text == "ministerstvo zdravotnictví Polska"


def test_a_title_with_its_definite_article_alone_is_no_name() -> None:
    # Bulgarian writes the article at the end of the word: "the Patriarch" is "Патриархът"
    text = "Според Патриархът мирът е възможен, каза Кралицата."
    found = [
        Mention(text.index(w), text.index(w) + len(w), w, "PER", w, "bg") for w in ("Патриархът", "Кралицата")
    ]
    assert hygiene.clean(text, found, "bg", lambda s, _t: s) == []


def test_a_registration_number_is_no_name() -> None:
    text = "Свидетельство о регистрации СМИ ЭЛ № ФС12-34567 выдано Роскомнадзором."
    got = _clean(
        text, _at(text, "СМИ ЭЛ № ФС12-34567", "PRO"), _at(text, "Роскомнадзором", "ORG", "Роскомнадзор")
    )
    assert [m.text for m in got] == ["Роскомнадзором"]


def test_an_institution_s_number_is_part_of_its_name() -> None:
    text = "Прививки делают в «Городская больница № 12» с утра."
    got = _clean(text, _at(text, "Городская больница № 12", "ORG"))
    assert [m.text for m in got] == ["Городская больница № 12"]


def test_a_description_cut_before_a_quoted_name_takes_its_opening_mark_and_the_closing_one_goes() -> None:
    text = "По данни на университета „Ордин Велеков“ към 3 май случаите са 40. "
    university = _at(text, "университета „Ордин Велеков“", "ORG")
    got = _clean(text, university, lang="bg")
    assert [(m.text, m.base, text[m.start : m.end]) for m in got] == [("Ордин Велеков",) * 3]
