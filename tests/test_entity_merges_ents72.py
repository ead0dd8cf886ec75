"""Merges of audit round 32 and web pages round 9 (brief ents72), with invented names of the same shapes."""

from __future__ import annotations

from collections import Counter

from entity_support import linked, mention_at
from storyline.analyse import analyse
from storyline.link.company_pairs import one_of_a_pair, pair_halves
from storyline.link.entities import majority_alias
from storyline.link.entity_index import EntityIndex, key_mention
from storyline.model import Mention


def _m(text: str, etype: str, lang: str) -> Mention:
    return Mention(0, len(text), text, etype, text, lang)


def _table(etype: str, name: str, _lang: str) -> str | None:
    """The learned table of an invented maker and its partner: the partner's name and the pair both
    filed under the partner's product (as annotators read "the <Maker>-<Partner> vaccine")."""
    key = name.replace(" ", "").replace("/", "-")
    if etype == "PRO" and key in ("Oranmed", "Veltrix-Oranmed"):
        return "PRO-Oranmed-Vac"
    return {"Veltrix": "ORG-Veltrix", "Oranmed": "ORG-Oranmed"}.get(name) if etype == "ORG" else None


def test_a_pair_of_two_companies_is_neither_of_them() -> None:
    assert pair_halves("Veltrix-Oranmed") == ("Veltrix", "Oranmed")
    assert pair_halves("Veltrix / Oranmed") == ("Veltrix", "Oranmed")
    assert pair_halves("Veltrix & Oranmed") == ("Veltrix", "Oranmed")
    assert pair_halves("Veltrix") is None
    assert pair_halves("Veltrix Oranmed Holding") is None
    assert one_of_a_pair("Veltrix-Oranmed", "PRO", "ru", "PRO-Oranmed-Vac", _table)
    assert one_of_a_pair("Veltrix / Oranmed", "PRO", "uk", "PRO-Oranmed-Vac", _table)  # read as ru
    assert not one_of_a_pair("Oranmed", "PRO", "ru", "PRO-Oranmed-Vac", _table)  # the name alone
    assert not one_of_a_pair("Veltrix-Oranmed", "PRO", "ru", "PRO-Veltrix-Oranmed", _table)  # its own id
    assert not one_of_a_pair("Veltrix-Oranmed", "LOC", "ru", "PRO-Oranmed-Vac", _table)
    pair = _m("Veltrix-Oranmed", "PRO", "ru")
    keyed = key_mention(pair, _table)
    assert keyed is not None and keyed.alias is None
    assert key_mention(_m("Oranmed", "PRO", "ru"), _table).alias == "PRO-Oranmed-Vac"  # type: ignore[union-attr]
    got = linked(
        {
            "a": (None, [_m("Oranmed", "PRO", "ru")]),
            "b": (None, [pair]),
            "c": (None, [_m("Oranmed", "PRO", "ru")]),
        },
        EntityIndex(aliases=_table),
    )
    assert got[("a", 0)] != got[("b", 0)]
    assert got[("a", 0)] == got[("c", 0)]  # the partner's own name still goes by its id


def test_a_double_name_whose_half_the_table_does_not_know_keeps_its_id() -> None:
    # "<Brand>-<Founder>": one company's name; the second half is no company of the table's
    def table(etype: str, name: str, _lang: str) -> str | None:
        return "ORG-Marsten" if etype == "ORG" and name in ("Marsten", "Marsten-Kolby") else None

    assert not one_of_a_pair("Marsten-Kolby", "ORG", "de", "ORG-Marsten", table)
    assert key_mention(_m("Marsten-Kolby", "ORG", "de"), table).alias == "ORG-Marsten"  # type: ignore[union-attr]


def test_a_pair_is_no_vote_for_the_name_an_entity_is_shown_by(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from storyline import ner

    monkeypatch.setattr(ner, "alias_table", lambda: _table)
    names = Counter({("Veltrix-Oranmed", "ru"): 3, ("Oranmed", "ru"): 1})
    assert majority_alias(names, "PRO") == "PRO-Oranmed-Vac"  # the one name of its own
    assert majority_alias(Counter({("Veltrix-Oranmed", "ru"): 3}), "PRO") is None


def test_a_common_word_is_not_an_outlet_of_another_language_by_likeness() -> None:
    # Polish "Forteca" (a fortress: a common noun written with a capital) and an Italian newspaper
    # named by the Italian word ("scrive Fortezza"): alike only by a loose reading of letters
    pl = "Według mieszkańców Forteca nad rzeką była zamknięta przez cały tydzień."
    it = "La stima dei danni non è ancora ufficiale, scrive Fortezza, perché mancano i dati."
    docs = {
        "pl": (pl, [mention_at(pl, "Forteca", "LOC", "pl")]),
        "it": (it, [mention_at(it, "Fortezza", "LOC", "it")]),
    }
    got = linked(docs)
    assert got[("pl", 0)] != got[("it", 0)]
    got = linked({"it": docs["it"], "pl": docs["pl"]})  # the outlet first: its entity is one
    assert got[("pl", 0)] != got[("it", 0)]


def test_without_an_outlet_two_languages_words_of_a_place_still_meet() -> None:
    # word lists hold places' names as words too: neither text calls the name a teller of the
    # news, so the place's rule holds and the spellings alike still meet
    pl = "Według mieszkańców Forteca nad rzeką była zamknięta przez cały tydzień."
    it = "I turisti hanno visitato Fortezza e poi sono tornati a casa."
    got = linked(
        {
            "pl": (pl, [mention_at(pl, "Forteca", "LOC", "pl")]),
            "it": (it, [mention_at(it, "Fortezza", "LOC", "it")]),
        }
    )
    assert got[("pl", 0)] == got[("it", 0)]


def test_a_country_abbreviation_before_a_body_is_part_of_its_name() -> None:
    # "the US <Body>": the language's country abbreviation (``country_abbreviations``, as written)
    # is no stop word ("us", the pronoun); BSNLP's gold keeps it in the body's name
    text = "The US Tidewater Agency suspended the search on Monday."
    assert [(m.text, m.type) for m in analyse(text, lang="en").mentions] == [("US Tidewater Agency", "ORG")]
    # the pronoun in small letters is still no name
    text = "Give us the report, the Tidewater Agency said on Monday."
    assert [m.text for m in analyse(text, lang="en").mentions] == ["Tidewater Agency"]
