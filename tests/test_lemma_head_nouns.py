"""The head noun of a multiword name in the languages without an inflecting dictionary (sl, pl,
cs): adjectives that open the name lead up to it (invented names; a hand-made table of learned
endings stands for the trained one, so what is tested is the rule, not a training set)."""

from __future__ import annotations

import pytest

from storyline.ner.lemma import Lemmatizer

# the learned endings of a last word: "-iji" and "-ki", "-gi" are feminine locatives
SL_TABLE = {
    "s|sl|l|l|iji": [("i", "a", 1.0)],
    "s|sl|l|l|ki": [("i", "a", 1.0)],
    "s|sl|l|l|gi": [("i", "a", 1.0)],
}


@pytest.mark.parametrize(
    ("surface", "base"),
    [
        ("Pomurski turistični regiji", "Pomurska turistična regija"),
        ("danski liberalni stranki", "danska liberalna stranka"),
        ("vzhodni hokejski ligi", "vzhodna hokejska liga"),
    ],
)
def test_sl_adjectives_that_open_a_name_are_no_complement_of_it(surface: str, base: str) -> None:
    # "-i" is a masculine nominative and a feminine locative: the adjectives kept as written are
    # not a genitive complement after a head, so the noun's locative is undone and they agree
    assert Lemmatizer(SL_TABLE).base(surface, "sl", "LOC") == base


def test_sl_a_complement_after_a_head_noun_still_keeps_its_case() -> None:
    # "Urad" is the head; what follows it keeps its form
    assert Lemmatizer(SL_TABLE).base("Urad vzhodni regiji", "sl", "ORG") == "Urad vzhodni regiji"
