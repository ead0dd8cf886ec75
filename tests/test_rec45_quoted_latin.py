"""Ukrainian recognition (issue 12, rec45), with invented names: a quoted name of several words is
a body's, and a Latin-script "place" no gazetteer knows in Cyrillic text is a body too."""

from __future__ import annotations

from storyline.analyse.entities_latin_places import latin_places_as_bodies
from storyline.analyse.entities_quoted_names import quoted_names
from storyline.model import Mention


def _same(surface: str, _etype: str) -> str:
    return surface


def _quoted(text: str, lang: str = "uk", found: list[Mention] | None = None) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in quoted_names(text, found or [], lang, _same, (0, len(text)))]


def test_a_quoted_adjective_and_noun_with_a_number_is_an_organisation() -> None:
    text = 'Уряд вирішив збудувати газопровід "Нордвіцький потік-2", а компанія «Холмбівські ліки» мовчить.'
    assert _quoted(text) == [("Нордвіцький потік-2", "ORG"), ("Холмбівські ліки", "ORG")]


def test_a_quoted_saying_a_heading_or_a_sentence_is_no_name() -> None:
    text = (
        'Він відповів "Наскільки я знаю, ні" і додав: "Вакцина все змінить". '
        'Агенція передає "Ще 22 травня" новини. "Нордвіцький потік" почав роботу.'
    )
    # a pronoun and a comma, a verb, an everyday adverb the dictionary lacks, a sentence's start
    assert _quoted(text) == []


def test_a_name_a_mention_touches_or_a_language_without_the_rule_is_left() -> None:
    text = 'Уряд підтримав газопровід "Нордвіцький потік-2" вчора.'
    i = text.index("Нордвіцький")
    found = [Mention(i, i + 11, "Нордвіцький", "LOC", "Нордвіцький", "uk")]
    assert _quoted(text, found=found) == [("Нордвіцький", "LOC")]
    assert _quoted('Правительство поддержало газопровод "Нордвицкий поток-2" вчера.', "ru") == []


def _typed(text: str, name: str, lang: str = "uk") -> str:
    i = text.index(name)
    m = Mention(i, i + len(name), name, "LOC", name, lang)
    return latin_places_as_bodies(text, [m], lang, (0, len(text)))[0].type


def test_a_latin_place_no_gazetteer_knows_in_cyrillic_text_is_a_body() -> None:
    text = "Вакцину компанії розробила Holmbena разом з університетом, повідомили в уряді."
    assert _typed(text, "Holmbena") == "ORG"


def test_a_known_place_latin_text_or_another_language_keeps_its_type() -> None:
    assert _typed("Він сказав англійською: we love Germany, і пішов геть з трибуни.", "Germany") == "LOC"
    assert _typed("The vaccine was made by Holmbena with the university, they said.", "Holmbena") == "LOC"
    assert _typed("Вакцину компании разработала Holmbena вместе с университетом.", "Holmbena", "pl") == "LOC"


def test_a_mention_filling_the_marks_typed_a_product_or_a_place_is_the_quoted_body() -> None:
    text = 'Акції належать "Холмбгазу", а газопровід «Нордвіцький потік-1» вже працює.'
    i, j = text.index("Холмбгазу"), text.index("Нордвіцький")
    found = [
        Mention(i, i + 9, "Холмбгазу", "PRO", "Холмбгаз", "uk"),
        Mention(j, j + 19, "Нордвіцький потік-1", "LOC", "Нордвіцький потік-1", "uk"),
    ]
    assert _quoted(text, found=found) == [("Холмбгазу", "ORG"), ("Нордвіцький потік-1", "ORG")]
    # a person, or a product's name opening a sentence in its marks, keeps its type
    k = text.index("Холмбгазу")
    person = [Mention(k, k + 9, "Холмбгазу", "PER", "Холмбгаз", "uk")]
    assert _quoted(text, found=person) == [("Холмбгазу", "PER"), ("Нордвіцький потік-1", "ORG")]
    opening = '"Холмбфон" вийшов у продаж.'
    assert _quoted(opening, found=[Mention(1, 9, "Холмбфон", "PRO", "Холмбфон", "uk")]) == [
        ("Холмбфон", "PRO")
    ]


def test_a_quoted_known_place_stays_a_place() -> None:
    text = "Рейси виконуються з аеропорту «Київ» щодня."
    i = text.index("Київ")
    assert _quoted(text, found=[Mention(i, i + 4, "Київ", "LOC", "Київ", "uk")]) == [("Київ", "LOC")]
