"""The second pass: other occurrences and case forms of the names a passage's first pass found."""

from __future__ import annotations

from storyline.analyse.entities_second import second_pass
from storyline.model import Mention


def _rebase(word: str, _etype: str) -> str:
    return {"Dobrovica": "Dobrovic", "Dobrovicem": "Dobrovic", "Dobrovicský": "Dobrovicský"}.get(word, word)


def _found(text: str, name: str, etype: str, base: str) -> Mention:
    s = text.index(name)
    return Mention(s, s + len(name), name, etype, base, "cs")


def test_other_occurrences_and_case_forms_are_added() -> None:
    text = "Dobrovic přijel do Lomska. Pak se Dobrovic vrátil. Setkání s Dobrovicem trvalo hodinu."
    first = [_found(text, "Dobrovic", "PER", "Dobrovic"), _found(text, "Lomska", "LOC", "Lomsko")]
    got = second_pass(text, 0, len(text), first, "cs", _rebase)
    assert [(m.text, m.type, m.base) for m in got] == [
        ("Dobrovic", "PER", "Dobrovic"), ("Lomska", "LOC", "Lomsko"),
        ("Dobrovic", "PER", "Dobrovic"), ("Dobrovicem", "PER", "Dobrovic"),
    ]  # fmt: skip


def test_longer_words_common_words_and_parts_of_longer_names_are_not() -> None:
    text = "Dobrovic mluvil. Dobrovicský kraj a Jan Dobrovic. Věřil, že lípa kvete. Lípa stála. Dobrovic 2 je loď."
    first = [_found(text, "Dobrovic", "PER", "Dobrovic"), _found(text, "Lípa", "LOC", "Lípa")]
    got = second_pass(text, 0, len(text), first, "cs", _rebase)
    # "Dobrovicský" is another word, "Jan Dobrovic" and "Dobrovic 2" longer names, "Lípa" a common word here
    assert [(m.start, m.text) for m in got] == [(m.start, m.text) for m in first]


def _rebase_ru(word: str, _etype: str) -> str:
    return {"Долгова": "Долгов", "Долгову": "Долгов", "Кравцу": "Кравец"}.get(word, word)


def test_the_surname_of_a_full_name_is_the_person() -> None:
    for first, surname, case_form in (("Иван", "Долгов", "Долгова"), ("Пётр", "Долгов", "Долгову")):
        text = f"{first} {surname} выступил в среду. Позже {surname} добавил, что {case_form} звонили."
        full = Mention(
            0, len(first) + len(surname) + 1, f"{first} {surname}", "PER", f"{first} {surname}", "ru"
        )
        got = second_pass(text, 0, len(text), [full], "ru", _rebase_ru)
        assert [(m.text, m.type, m.base) for m in got[1:]] == [
            (surname, "PER", surname), (case_form, "PER", surname),
        ]  # fmt: skip


def test_a_surname_needs_a_first_name_and_is_not_an_initials_name() -> None:
    text = "Ян Долгов Британский премьер сказал. Британский флаг. Т. Долгов не ответил."
    run_on = Mention(0, 19, "Ян Долгов Британский", "PER", "Ян Долгов Британский", "ru")
    assert second_pass(text, 0, len(text), [run_on], "ru", _rebase_ru) == [run_on]
    text = "Долгов Кравец сказал. Позже Кравец ушёл."  # no first name: two surnames, not one person
    pair = Mention(0, 13, "Долгов Кравец", "PER", "Долгов Кравец", "ru")
    assert second_pass(text, 0, len(text), [pair], "ru", _rebase_ru) == [pair]
    text = "Ян Долгов сказал. Т. Долгов не ответил."  # another person with the same surname
    full = Mention(0, 9, "Ян Долгов", "PER", "Ян Долгов", "ru")
    assert second_pass(text, 0, len(text), [full], "ru", _rebase_ru) == [full]
