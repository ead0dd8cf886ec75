"""A name right after a small-letter word for a person is that person (issue 12, branch rec50)."""

from __future__ import annotations

from storyline.analyse.entities_titled_people import titled_people
from storyline.model import Mention


def _found(text: str, lang: str = "ru", known: list[Mention] | None = None) -> list[tuple[str, str]]:
    got = titled_people(text, known or [], lang, lambda s, _t: s, (0, len(text)))
    return [(m.text, m.type) for m in got]


def test_a_name_after_a_title_or_a_kinship_word_is_a_person() -> None:
    assert _found("Её обвинили в оскорблении пророка Холмада в споре.") == [("Холмада", "PER")]
    assert _found("Его дочь Ульяну нашли вчера.") == [("Ульяну", "PER")]
    assert _found("Встреча с королевой Ариной II прошла.") == [("Ариной II", "PER")]
    assert _found("Её адвокат Саид Холмак заявил.") == [("Саид Холмак", "PER")]


def test_common_words_places_adjectives_and_latin_names_are_no_person() -> None:
    assert _found("Он общался с членами Группы вольных исследований.") == []
    assert _found("Сказал журналист Nordvik News вчера.") == []
    assert _found("Вакцинация врачей Краевой больницы началась.") == []
    assert _found("Президент Холмбии прибыл, а президент России нет.") == []
    assert _found("Повідомила експерт Ради вільної політики.", "uk") == []  # a council's word first


def test_a_name_already_found_and_a_language_without_a_dictionary_are_left() -> None:
    text = "Его дочь Ульяну нашли."
    i = text.index("Ульяну")
    known = [Mention(i, i + 6, "Ульяну", "PER", "Ульяна", "ru")]
    assert _found(text, "ru", known) == [("Ульяну", "PER")]
    assert _found("Jeho dcera Uljana přišla.", "cs") == []
