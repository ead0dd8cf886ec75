"""Two names written with a slash between them are two mentions (``entities_slashed``); a hyphen,
a one-letter side or a small-letter side keeps one name. Invented names throughout."""

from __future__ import annotations

from storyline.analyse.entities_slashed import split_slashed
from storyline.model import Mention


def _at(text: str, surface: str, etype: str, lang: str) -> Mention:
    i = text.index(surface)
    return Mention(i, i + len(surface), surface, etype, surface, lang)


def test_two_names_with_a_slash_between_them_are_two() -> None:
    text = "Cepivo podjetij Nordvik/Kalvert Labs je odobreno."
    got = split_slashed(text, [_at(text, "Nordvik/Kalvert Labs", "ORG", "sl")], lambda s, _t: s)
    assert [(m.text, m.type, text[m.start : m.end]) for m in got] == [
        ("Nordvik", "ORG", "Nordvik"),
        ("Kalvert Labs", "ORG", "Kalvert Labs"),
    ]
    text = "Вакцина Nordvik / Kalvert уже в аптеках."
    got = split_slashed(text, [_at(text, "Nordvik / Kalvert", "PRO", "ru")], lambda s, _t: s)
    assert [m.text for m in got] == ["Nordvik", "Kalvert"]
    # a hyphen, a one-letter side or a small-letter side: one name
    for surface in ("Nordvik-Kalvert", "Nordvik/K", "Nordvik/kalvert"):
        text = f"Podjetje {surface} raste."
        assert [m.text for m in split_slashed(text, [_at(text, surface, "ORG", "sl")], lambda s, _t: s)] == [
            surface
        ]
