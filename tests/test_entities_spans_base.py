"""A name joined over an abbreviation inside it takes the base form of its whole span (invented
sentences; the packaged lemmatizer makes the base forms)."""

from __future__ import annotations

import pytest

from storyline import ner
from storyline.analyse.entities_spans import whole_names
from storyline.model import Mention


def _at(text: str, surface: str) -> Mention:
    i = text.index(surface)
    return Mention(i, i + len(surface), surface, "ORG", surface, "pl")


def _rebase(surface: str, etype: str) -> str:
    recogniser = ner.recogniser()
    assert recogniser is not None, "the packaged models are part of the repository"
    return recogniser.lemmatizer.base(surface, "pl", etype)


@pytest.mark.parametrize(
    ("head", "rest", "base"),
    [
        ("Komisji ds.", "Rybołówstwa Bałtyckiego", "Komisja ds. Rybołówstwa Bałtyckiego"),
        ("Krajowego Urzędu ds.", "Dróg i Mostów", "Krajowy Urząd ds. Dróg i Mostów"),
    ],
)
def test_the_joined_head_is_in_the_nominative_and_the_matter_keeps_its_case(
    head: str, rest: str, base: str
) -> None:
    text = f"Przyjechała delegacja {head} {rest}."
    [m] = whole_names(text, [_at(text, head), _at(text, rest)], len(text), "pl", _rebase)
    assert (m.text, m.base) == (f"{head} {rest}", base)


def test_a_head_the_tagger_did_not_find_is_rebased_with_the_rest() -> None:
    text = "Przyjechała delegacja Komisji ds. Rybołówstwa Bałtyckiego."
    [m] = whole_names(text, [_at(text, "Rybołówstwa Bałtyckiego")], len(text), "pl", _rebase)
    assert (m.text, m.base) == ("Komisji ds. Rybołówstwa Bałtyckiego", "Komisja ds. Rybołówstwa Bałtyckiego")


def test_a_name_no_abbreviation_joins_keeps_the_base_form_it_had() -> None:
    text = "Przyjechała delegacja Urzędu Miasta."
    [m] = whole_names(
        text, [Mention(22, 35, "Urzędu Miasta", "ORG", "Urząd Miasta", "pl")], len(text), "pl", _rebase
    )
    assert m.base == "Urząd Miasta"
