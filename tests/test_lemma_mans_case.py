"""A Polish man's surname in "-skiego" is his genitive: the given name before it, though it reads
as a woman's nominative, is his in that case too (audit 26 N4)."""

from __future__ import annotations

from storyline.ner.lemma_mans_case import mans_nominative


def test_a_man_s_adjective_surname_in_the_genitive_makes_the_name_his() -> None:
    tokens = ["Bogdana", "Zawadzkiego"]
    assert mans_nominative(tokens, list(tokens), "pl") == ["Bogdan", "Zawadzki"]
    tokens = ["Bohdana", "Kowalskiego"]
    assert mans_nominative(tokens, list(tokens), "pl") == ["Bohdan", "Kowalski"]


def test_a_woman_s_surname_or_a_name_already_changed_is_left() -> None:
    tokens = ["Bohdana", "Kowalska"]
    assert mans_nominative(tokens, list(tokens), "pl") == tokens  # hers
    assert mans_nominative(["Jana", "Kowalskiego"], ["Jan", "Kowalski"], "pl") == ["Jan", "Kowalski"]
    tokens = ["Xyzzya", "Kowalskiego"]
    assert mans_nominative(tokens, list(tokens), "pl") == tokens  # no man's given name
    tokens = ["Bohdana", "Kowalskiego"]
    assert mans_nominative(tokens, list(tokens), "cs") == tokens  # no such data
