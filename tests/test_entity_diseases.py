"""A disease's or a virus's name is an event, as annotated news types it (BSNLP: HIV, SARS,
Ebola, dengue all EVT); a longer name that holds one keeps its own type."""

from __future__ import annotations

from storyline.analyse.entities_diseases import diseases_as_events, is_disease
from storyline.model import Mention


def _m(text: str, etype: str, lang: str = "pl", base: str | None = None) -> Mention:
    return Mention(0, len(text), text, etype, base or text, lang)


def test_a_virus_typed_as_a_body_or_a_product_is_an_event() -> None:
    out = diseases_as_events([_m("SARS", "ORG"), _m("Зика", "PRO", "ru"), _m("AIDS-u", "ORG", base="AIDS")])
    assert [m.type for m in out] == ["EVT", "EVT", "EVT"]


def test_a_name_holding_a_disease_and_other_names_keep_their_type() -> None:
    centre = _m("Centrum Profilaktyki AIDS", "ORG")
    assert not is_disease(centre)
    assert diseases_as_events([centre, _m("Sarsa", "PER")])[0].type == "ORG"
    assert diseases_as_events([_m("Sarsa", "PER")])[0].type == "PER"
