"""A Ukrainian body's name of a capitalised adjective and a small-letter noun inside a sentence is
one organisation (issue 12, rec45; invented names)."""

from __future__ import annotations

from storyline.analyse.entities_body_nouns import with_body_nouns
from storyline.model import Mention


def _same(surface: str, _etype: str) -> str:
    return surface


def _bodies(text: str, found: list[Mention] | None = None, lang: str = "uk") -> list[tuple[str, str]]:
    got = with_body_nouns(text, found or [], lang, _same, (0, len(text)))
    return [(m.text, m.type) for m in got]


def test_an_adjective_and_a_body_noun_inside_a_sentence_are_an_organisation() -> None:
    text = "Борг стягнули за рішенням Холмбівського арбітражу, а позов розгляне Нордвіцький суд."
    assert _bodies(text) == [("Холмбівського арбітражу", "ORG"), ("Нордвіцький суд", "ORG")]


def test_the_adjective_alone_runs_on_over_its_noun() -> None:
    text = "Сторони судяться у Холмбівському арбітражі вже рік."
    i = text.index("Холмбівському")
    found = [Mention(i, i + 13, "Холмбівському", "LOC", "Холмбівський", "uk")]
    assert _bodies(text, found) == [("Холмбівському арбітражі", "ORG")]


def test_a_sentence_start_a_longer_name_a_small_adjective_or_another_noun_is_left() -> None:
    text = (
        "Холмбівський суд відновив арешт. Позов подали до Нордвіцький суд Холмбії. "
        "Рішення ухвалив швейцарський суд, а Холмбівське море замерзло."
    )
    # a headline's first words, a name going on with a capitalised word, a small-letter adjective,
    # a noun of no body (the sea is entities_features' own)
    assert _bodies(text) == []
    assert _bodies("Борг стягнули за рішенням Холмбівського арбітражу вчора.", lang="pl") == []
