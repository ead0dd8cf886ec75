"""Audit round 36 (issue 16): demonyms, spans, types, base forms and a source (branch ents85).
Invented names and places throughout; real countries and cities only where a table must know them."""

from __future__ import annotations

import pytest

from storyline.analyse.entities_bodies_in_bodies import split_bodies_in_bodies
from storyline.analyse.entities_feature_runs import with_feature_runs
from storyline.analyse.entities_particle_places import particle_places
from storyline.analyse.entities_people_phrases import without_people_phrases
from storyline.analyse.entities_skill_tails import without_skill_tails
from storyline.analyse.entities_works import works_as_products
from storyline.model import Mention
from storyline.names.concepts import demonym_country, demonym_noun
from storyline.ner import lemma
from storyline.ner.lemma import _foreign_nominative, _foreign_plural


def _m(text: str, surface: str, etype: str, lang: str, base: str | None = None) -> Mention:
    i = text.index(surface)
    return Mention(i, i + len(surface), surface, etype, base or surface, lang)


def _as_written(surface: str, etype: str) -> str:
    return surface


def test_a_woman_named_by_her_country_s_adjective_stem_is_a_demonym() -> None:
    assert demonym_noun("Francouzka", "cs")  # "francouz-ský": a Frenchwoman, no one's name
    assert demonym_noun("Holenderka", "pl")  # "holender-ski": a Dutchwoman
    assert not demonym_noun("Novotka", "cs")  # no country's adjective: a surname


def test_a_people_s_plural_adjective_names_its_country() -> None:
    assert demonym_country("Francouzští", "cs") == "FR"  # -ští of -ský
    assert demonym_country("Francuscy", "pl") == "FR"


def test_a_people_s_adjective_with_a_common_noun_is_no_person() -> None:
    text = "Francouzští senátoři odmítli návrh. Vendula Korbová souhlasila."
    tagged = [_m(text, "Francouzští senátoři", "PER", "cs"), _m(text, "Vendula Korbová", "PER", "cs")]
    assert [m.text for m in without_people_phrases(tagged, "cs")] == ["Vendula Korbová"]


def test_reports_and_indexes_are_products() -> None:
    text = "Podle zprávy Nordvale Wealth Review a akciových indexů Holmex Prime firma roste."
    tagged = [_m(text, "Nordvale Wealth Review", "ORG", "cs"), _m(text, "Holmex Prime", "ORG", "cs")]
    assert [m.type for m in works_as_products(text, tagged, "cs")] == ["PRO", "PRO"]
    text = "Dyrektor firmy Nordvale Holdings powiedział."
    assert works_as_products(text, [_m(text, "Nordvale Holdings", "ORG", "pl")], "pl")[0].type == "ORG"


def test_a_party_in_a_parliament_is_two_bodies() -> None:
    text = "Przewodnicząca klubu Niebieskich w Zgromadzeniu Krainy powiedziała."
    tagged = [_m(text, "Niebieskich w Zgromadzeniu Krainy", "ORG", "pl")]

    def known(etype: str, base: str) -> bool:
        return etype == "ORG" and base == "Zgromadzeniu Krainy"

    got = split_bodies_in_bodies(text, tagged, "pl", _as_written, known)
    assert [(m.text, m.type) for m in got] == [("Niebieskich", "ORG"), ("Zgromadzeniu Krainy", "ORG")]
    # a seat that is no body the table knows stays: "Uniwersytet w <Town>" is one name
    assert split_bodies_in_bodies(text, tagged, "pl", _as_written, lambda t, b: False) == tagged


def test_a_canal_s_adjective_takes_its_small_adjective_and_noun() -> None:
    text = "Есть опасность обмеления Ворсковского магистрального канала. Дальше."
    got = with_feature_runs(text, [_m(text, "Ворсковского", "LOC", "ru")], "ru", _as_written)
    assert [(m.text, m.type) for m in got] == [("Ворсковского магистрального канала", "LOC")]
    text = "Показал Первый канал вчера."  # a channel: no small adjective between
    assert with_feature_runs(text, [_m(text, "Первый", "ORG", "ru")], "ru", _as_written)[0].text == "Первый"


def test_a_preposition_and_a_large_city_typed_as_a_person_is_the_city() -> None:
    text = "segundo o chefe dos bombeiros de Marseille, Rui Valmor, duas pessoas"
    tagged = [_m(text, "de Marseille", "PER", "pt"), _m(text, "Rui Valmor", "PER", "pt")]
    got = particle_places(text, tagged, _as_written)
    assert [(m.text, m.type) for m in got] == [("Marseille", "LOC"), ("Rui Valmor", "PER")]
    assert text[got[0].start : got[0].end] == "Marseille"
    text = "Disse Ana de Marseille ontem."  # after a given name: her surname
    assert particle_places(text, [_m(text, "de Marseille", "PER", "pt")], _as_written)[0].type == "PER"


def test_a_product_s_discipline_noun_is_cut() -> None:
    text = "Veščine: Nordix Cloud Architecture, Holmby Studio."
    got = without_skill_tails([_m(text, "Nordix Cloud Architecture", "PRO", "sl")], _as_written)
    assert [(m.text, m.end) for m in got] == [("Nordix Cloud", text.index(" Architecture"))]


def test_a_thing_s_foreign_name_in_the_plural_has_its_singular_base(monkeypatch: pytest.MonkeyPatch) -> None:
    # no language lists the endings: BSNLP's gold keeps a product's plural as its base form
    monkeypatch.setattr(lemma, "_foreign_plural_endings", lambda lang: ("y", "i"))
    assert _foreign_nominative("Harvestery", "Harvester", "pl", "PRO")  # "kupuje Harvestery"
    assert _foreign_plural("Harvestery", [(0, "", 1.0)], "pl", "PRO") == [(1, "", 0.05)]
    assert _foreign_plural("Harvestery", [(0, "", 1.0)], "pl", "PER") == []  # a person's name: no plural


def test_an_index_named_after_a_place_keeps_the_place() -> None:
    text = "Opublikowano indeks Ohio, opisujący nastroje."
    assert works_as_products(text, [_m(text, "Ohio", "LOC", "pl")], "pl")[0].type == "LOC"
