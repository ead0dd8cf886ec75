"""A given name alone, where the passage names one person with it in full, is that person (rec50)."""

from __future__ import annotations

from storyline.analyse.entities_given_names import given_names_alone
from storyline.model import Mention

FORMS = {"Анну": "Анна", "Анной": "Анна"}


def _found(text: str, people: list[str], lang: str = "ru") -> list[str]:
    mentions = []
    for name in people:
        i = text.index(name)
        mentions.append(Mention(i, i + len(name), name, "PER", name, lang))
    got = given_names_alone(text, mentions, lang, lambda s, _t: FORMS.get(s, s), (0, len(text)))
    return [m.text for m in got]


def test_the_given_name_alone_and_its_case_forms_are_the_person() -> None:
    text = "Анна Холмвик приехала. Премьер благодарит Анну за работу и встретился с Анной вчера."
    assert _found(text, ["Анна Холмвик"]) == ["Анна Холмвик", "Анну", "Анной"]


def test_another_full_name_a_sentence_start_and_quotes_are_left() -> None:
    text = "Анна Холмвик приехала. Анна Петрова тоже. Анна ушла. Фирма «Анна» растёт."
    assert _found(text, ["Анна Холмвик"]) == ["Анна Холмвик"]


def test_a_given_name_two_people_share_is_left() -> None:
    text = "Анна Холмвик и Анна Нордова приехали. Премьер благодарит Анну за работу."
    assert _found(text, ["Анна Холмвик", "Анна Нордова"]) == ["Анна Холмвик", "Анна Нордова"]
