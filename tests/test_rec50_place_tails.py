"""A place's one noun does not run on into the small-letter words after it (issue 12, rec50)."""

from __future__ import annotations

from storyline.analyse.entities_place_tails import without_place_tails
from storyline.model import Mention


def _cut(surface: str, etype: str = "LOC", lang: str = "ru") -> list[str]:
    found = [Mention(10, 10 + len(surface), surface, etype, surface, lang)]
    return [m.text for m in without_place_tails(found, lang, lambda s, _t: s)]


def test_a_nouns_small_letter_tail_is_cut() -> None:
    assert _cut("Долины транзит") == ["Долины"]  # a noun the dictionary knows
    assert _cut("Долины российский газ") == ["Долины"]
    assert _cut("Долина зобов'язана", lang="uk") == ["Долина"]


def test_adjective_places_bodies_and_unknown_names_keep_their_words() -> None:
    assert _cut("Балтийского моря") == ["Балтийского моря"]
    assert _cut("Палате общин", "ORG") == ["Палате общин"]
    assert _cut("Холмборо стрит") == ["Холмборо стрит"]  # a name the dictionary does not know
    assert _cut("Germany transit", lang="cs") == ["Germany transit"]
