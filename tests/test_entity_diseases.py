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


def _at(text: str, name: str, etype: str, lang: str) -> Mention:
    start = text.rindex(name)
    return Mention(start, start + len(name), name, etype, name, lang)


def test_an_abbreviation_the_text_spells_as_a_disease_is_no_name() -> None:
    """A kind of illness spelt out in small letters, its abbreviation typed a body, is no name
    (audit round 29 N1); the spelt words may open a title with a capital."""
    from storyline.analyse.entities_diseases import disease_abbreviations

    text = "Kronična utrujenostna bolezen in poletje\n\nBolniki s KUB naj počivajo, pravi društvo."
    assert disease_abbreviations(text, [_at(text, "KUB", "ORG", "sl")], "sl") == []
    text = "Children with chronic fatigue syndrome (CFS) miss school, said the CFS Trust chair."
    assert disease_abbreviations(text, [_at(text, "CFS", "ORG", "en")], "en") == []
    text = "Больные хронической усталостной болезнью (ХУБ) ждут лекарства."
    assert disease_abbreviations(text, [_at(text, "ХУБ", "ORG", "ru")], "ru") == []


def test_a_body_named_after_a_disease_or_a_listed_virus_keeps_its_mention() -> None:
    from storyline.analyse.entities_diseases import disease_abbreviations

    # a body's name spelt in capitals, a preposition among the words, a listed virus's name
    text = "Instytut Chorób Płuc (ICP) w Kielcach otworzył nowy oddział."
    kept = [_at(text, "ICP", "ORG", "pl")]
    assert disease_abbreviations(text, kept, "pl") == kept
    text = "Приехали со заболяването от Мадрид. СЗО го потвърди."
    kept = [_at(text, "СЗО", "ORG", "bg")]
    assert disease_abbreviations(text, kept, "bg") == kept
    text = "the severe acute respiratory syndrome, SARS, spread fast"
    kept = [_at(text, "SARS", "ORG", "en")]
    assert disease_abbreviations(text, kept, "en") == kept
