"""A single capitalised word in quotation marks inside a sentence is a body's name where the
language's news so writes companies and agencies (invented names)."""

from __future__ import annotations

from storyline.analyse.entities_quoted import quoted_words
from storyline.model import Mention


def _same(surface: str, _etype: str) -> str:
    return surface


def _quoted(text: str, lang: str, found: list[Mention] | None = None) -> list[tuple[str, str]]:
    got = quoted_words(text, found or [], lang, _same, (0, len(text)))
    return [(m.text, m.type) for m in got]


def test_a_quoted_company_inside_a_sentence_is_an_organisation() -> None:
    text = 'Суд стягнув борг з "Холмбгазу", а між «Нордтрансом» і "Брдовінформ" угоди немає.'
    assert _quoted(text, "uk") == [("Холмбгазу", "ORG"), ("Нордтрансом", "ORG"), ("Брдовінформ", "ORG")]


def test_a_common_word_a_heading_or_a_word_written_in_small_letters_is_no_name() -> None:
    text = '"Холмбгаз" відкрив рахунок. Він сказав "Прийняти" і "Нордфон", бо нордфон зламався.'
    # at the sentence's start, a word of the word list, a word the passage writes in small letters
    assert _quoted(text, "uk") == []


def test_a_word_a_mention_already_covers_or_a_language_without_the_rule_is_left() -> None:
    text = 'Суд стягнув борг з "Холмбгазу" вчора.'
    i = text.index("Холмбгазу")
    found = [Mention(i, i + 9, "Холмбгазу", "LOC", "Холмбгаз", "uk")]
    assert _quoted(text, "uk", found) == [("Холмбгазу", "LOC")]
    assert _quoted('Sąd ściągnął dług od "Holmbgazu" wczoraj.', "pl") == []
