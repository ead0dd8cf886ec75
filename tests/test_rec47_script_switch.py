"""A Latin name run into Cyrillic words after it is two names (issue 12, rec47; invented names)."""

from __future__ import annotations

from storyline.analyse.entities_fused import split_fused
from storyline.model import Mention


def _split(text: str, name: str, etype: str, lang: str = "ru") -> list[tuple[str, str]]:
    i = text.index(name)
    found = [Mention(i, i + len(name), name, etype, name, lang)]
    got = split_fused(text, found, lang, lambda surface, _t: surface, lambda _t, _b: False)
    return [(m.text, m.type) for m in got]


def test_an_agency_s_dateline_run_into_a_body_s_name_is_two_names() -> None:
    text = ", 11:10 HOLMNEWS Верховный суд Ларвии отменил приговор."
    assert _split(text, "HOLMNEWS Верховный суд Ларвии", "ORG") == [
        ("HOLMNEWS", "ORG"),
        ("Верховный суд Ларвии", "ORG"),
    ]


def test_a_person_s_common_noun_after_the_dateline_is_no_name() -> None:
    text = ", 10:21 HOLMNEWS Гражданка Ларвии уехала."
    assert _split(text, "HOLMNEWS Гражданка Ларвии", "ORG") == [("HOLMNEWS", "ORG")]


def test_cyrillic_before_latin_a_hyphen_or_quotation_marks_stay_whole() -> None:
    assert _split("Как сообщило ИА HOLMNEWS, суд отменил.", "ИА HOLMNEWS", "ORG") == [("ИА HOLMNEWS", "ORG")]
    assert _split("Подпишитесь на Holmgram-канал сегодня.", "Holmgram-канал", "PRO") == [
        ("Holmgram-канал", "PRO")
    ]
    assert _split('Смотрите "Holm Вести" вечером.', "Holm Вести", "PRO") == [("Holm Вести", "PRO")]


def test_a_word_the_text_writes_small_elsewhere_after_a_latin_title_is_no_name() -> None:
    text = "пише вестник The Holmgraph Изданието отбелязва, че изданието е старо."
    assert _split(text, "The Holmgraph Изданието", "PRO", "bg") == [("The Holmgraph", "PRO")]


def test_a_full_name_after_a_latin_event_is_a_person() -> None:
    text = "міністр у справах Brexit Домінік Холмб заявив"
    assert _split(text, "Brexit Домінік Холмб", "EVT", "uk") == [("Brexit", "EVT"), ("Домінік Холмб", "PER")]
