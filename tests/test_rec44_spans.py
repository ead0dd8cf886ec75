"""A company's dotted legal form that the tagger cut at one of its letters (issue 12, branch rec44)."""

from __future__ import annotations

from storyline.analyse.entities_spans import whole_names
from storyline.model import Mention


def _spans(text: str, lang: str, *found: tuple[str, str]) -> list[str]:
    mentions = []
    for surface, etype in found:
        i = text.index(surface)
        mentions.append(Mention(i, i + len(surface), surface, etype, surface, lang))
    mentions.sort(key=lambda m: m.start)
    return [m.text for m in whole_names(text, mentions, len(text), lang)]


def test_a_transliterated_form_cut_at_its_first_letter_is_whole_again() -> None:
    text = 'Акции "Нордвик Холмби Компани Б.В." арестованы, сообщил суд.'
    assert _spans(text, "ru", ("Нордвик Холмби Компани Б", "ORG")) == ["Нордвик Холмби Компани Б.В."]


def test_a_latin_form_and_a_form_cut_before_its_last_stop() -> None:
    text = "Nordvik Holmby Pipeline B.V., Холмби Кооператив У.А. и другие."
    got = _spans(text, "ru", ("Nordvik Holmby Pipeline B", "ORG"), ("Холмби Кооператив У.А", "ORG"))
    assert got == ["Nordvik Holmby Pipeline B.V.", "Холмби Кооператив У.А."]


def test_one_letter_then_a_sentence_is_no_form() -> None:
    text = "Спор выиграла группа Нордвик Б. Затем суд закрыл дело. Холмби Групп А.Б.В.Г. молчит."
    got = _spans(text, "ru", ("Нордвик Б", "ORG"), ("Холмби Групп А", "ORG"))
    assert got == ["Нордвик Б", "Холмби Групп А"]


def test_a_person_keeps_the_span_the_tagger_gave() -> None:
    text = "Об этом сказал Иван Нордвиков А.Б. вчера."
    assert _spans(text, "ru", ("Иван Нордвиков А", "PER")) == ["Иван Нордвиков А"]
