"""Wrong merges and display names of audit round 21 (invented names and sentences; issue 16): an
abbreviation joined to another body of the same letters though its document spells it out
otherwise; a one-word place found inside a longer place name; a name the learned table files
under one id joined by spelling to a place it files under another; a subsidiary with a legal
form of its own filed under its parent's id; a river shown as a city of a name alike."""

from __future__ import annotations

from collections import Counter

from entity_support import linked
from storyline.link.acronym_fit import read_otherwise, spelt_out_here
from storyline.link.entities import display_name
from storyline.link.entity_index import EntityIndex
from storyline.link.subsidiaries import another_company
from storyline.model import Mention
from storyline.names.gazetteers import river_key, river_name


def _m(text: str, etype: str, base: str, lang: str, start: int = 0) -> Mention:
    return Mention(start, start + len(text), text, etype, base, lang)


def test_an_abbreviation_its_document_spells_out_otherwise_is_another_body() -> None:
    assert spelt_out_here("ZBM", {"Zonal Balancing Market", "ZBM", "Kyiv"}) == ["Zonal Balancing Market"]
    assert read_otherwise("ZBM", ["Zielony Bank Miejski", "ZBM"], ["Zonal Balancing Market"])
    assert not read_otherwise("ZBM", ["Zonal Balancing Market"], ["Zonal Balancing Market"])
    assert not read_otherwise("ZBM", ["Zielony Bank Miejski"], [])  # nothing spelt out: letters decide
    text = "Торги на хабі ZBM (Zonal Balancing Market) почалися давно."
    start = text.index("ZBM")
    long_start = text.index("Zonal")
    got = linked(
        {
            "a": (None, [_m("Zielonego Banku Miejskiego", "ORG", "Zielony Bank Miejski", "pl")]),
            "b": (
                text,
                [
                    _m("ZBM", "ORG", "ZBM", "uk", start),
                    _m("Zonal Balancing Market", "ORG", "Zonal Balancing Market", "uk", long_start),
                ],
            ),
            "c": (None, [_m("ZBM", "ORG", "ZBM", "cs")]),
        }
    )
    assert got[("b", 0)] != got[("a", 0)]
    assert got[("b", 0)] == got[("b", 1)]  # the document's own reading
    assert got[("b", 1)] != got[("a", 0)]


def test_a_place_name_inside_a_longer_one_is_another_place() -> None:
    for first, second in (("Brezovda", "Brezov"), ("Brezov", "Brezovda")):
        got = linked({"a": (None, [_m(first, "LOC", first, "sl"), _m(second, "LOC", second, "sl", 20)])})
        assert got[("a", 0)] != got[("a", 1)]
    # a case ending of the language still joins its name
    got = linked(
        {
            "a": (None, [_m("Brezovem", "LOC", "Brezovem", "sl")]),
            "b": (None, [_m("Brezov", "LOC", "Brezov", "sl")]),
        }
    )
    assert got[("a", 0)] == got[("b", 0)]


def test_a_name_the_table_files_under_another_id_is_another_place() -> None:
    # a gazetteer city drops its learned id (its key is the city's): its names still tell it
    def table(_etype: str, name: str, _lang: str) -> str | None:
        return {"Multan": "GPE-Multan", "Multun": "LOC-Multun-Valley"}.get(name)

    docs = {
        "a": (None, [_m("Multan", "LOC", "Multan", "pl")]),
        "b": (None, [_m("Multun", "LOC", "Multun", "pl")]),
    }
    got = linked(docs, EntityIndex(aliases=table))
    assert got[("a", 0)] != got[("b", 0)]

    # a city the table does not file under an id still takes a spelling alike
    def unknown_city(_etype: str, name: str, _lang: str) -> str | None:
        return {"Multun": "LOC-Multun-Valley"}.get(name)

    got = linked(docs, EntityIndex(aliases=unknown_city))
    assert got[("a", 0)] == got[("b", 0)]


def test_a_company_with_a_legal_form_and_words_of_its_own_is_a_subsidiary() -> None:
    assert another_company("Baltoria Gas Marketing Finance B.V.", "en", "ORG-Baltoria")
    assert another_company("Балтория Газ Маркетинг Финанс Б.В.", "ru", "ORG-Baltoria")
    assert not another_company("Baltoria AG", "de", "ORG-Baltoria")  # the parent with its form
    assert not another_company("Baltoria Holdings plc", "en", "ORG-Baltoria")  # one word more
    assert not another_company("Baltoria Gas Marketing", "en", "ORG-Baltoria")  # no legal form


def test_a_river_is_shown_by_its_english_name_not_as_a_city() -> None:
    assert river_key("Sena", "sl") == "river:seine"
    assert river_name("Sena", "hr") == "Seine"
    assert river_name("Siena", "sl") is None  # the city
    assert display_name(Counter({("Sena", "sl"): 1}), "LOC") == "Seine"
    assert display_name(Counter({("Siena", "sl"): 1}), "LOC") == "Siena"
