"""Non-names and run-together spans of the kinds the precision audit's round 12 found (invented
names and sentences throughout): a stock ticker, a German common noun that is also a town's name,
a German date phrase, a named event cut from its head noun, a country's name run over "in
<country>", an English adjective compound before a ship's name."""

from __future__ import annotations

from storyline.analyse import entities_hygiene as hygiene
from storyline.analyse import entities_phrases
from storyline.analyse.entity_rules import find_by_rules
from storyline.model import Mention


def _at(text: str, surface: str, etype: str, lang: str, nth: int = 0) -> Mention:
    i = -1
    for _ in range(nth + 1):
        i = text.index(surface, i + 1)
    return Mention(i, i + len(surface), surface, etype, surface, lang)


def _same(surface: str, _etype: str) -> str:
    return surface


def _unknown(_etype: str, _base: str) -> bool:
    return False


def _texts(mentions: list[Mention]) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in mentions]


def test_a_stock_ticker_after_a_company_is_no_name() -> None:
    text = "Investiert haben Nordgas (NRDGn.DE), Kestrel (KST01.DE) und Valdor (VALD.PA) sowie FAKTY.XY."
    found = [
        _at(text, s, "ORG", "pl")
        for s in ("Nordgas", "NRDGn.DE", "KST01.DE", "Valdor", "VALD.PA", "FAKTY.XY")
    ]
    got = entities_phrases.check(text, found, "pl", _same, _unknown)
    # a site's name in capitals ("FAKTY.XY") standing alone is no ticker
    assert [m.text for m in got] == ["Nordgas", "Valdor", "FAKTY.XY"]


def test_a_german_common_noun_joined_to_another_is_no_town() -> None:
    text = (
        "Die Familie lebte lange ohne Hof und Garten. Er zog nach Hof und Bayreuth. Hof und Garten sind weg."
    )
    found = [
        _at(text, "Hof", "LOC", "de"),
        _at(text, "Hof", "LOC", "de", 1),
        _at(text, "Bayreuth", "LOC", "de"),
    ]
    found.append(_at(text, "Hof", "LOC", "de", 2))
    got = entities_phrases.check(text, found, "de", _same, _unknown)
    # the town joined to another town stays, and so does a word that opens a sentence
    assert [m.start for m in got] == [found[1].start, found[2].start, found[3].start]
    # a language that does not capitalise its nouns is not judged so
    assert len(entities_phrases.check(text, found, "pl", _same, _unknown)) == 4


def test_a_german_date_phrase_is_no_name() -> None:
    text = "Mitte April hatte der Frachter Kestrel Bremen verlassen. Ende Juni kam Ilse Brandauer an."
    found = [m.text for m in find_by_rules(text, 0, len(text), "de")]
    assert "Mitte April" not in found and "Ende Juni" not in found
    assert "Ilse Brandauer" in found


def test_an_event_cut_from_its_head_noun_is_no_name() -> None:
    text = (
        "Перед референдумом о выходе Нордландии из Союза он был против. Саммит Нордландии в Ольмене прошёл."
    )
    bases = {"Нордландии": "Нордландия"}

    def rebase(surface: str, _etype: str) -> str:
        return bases.get(surface, surface)

    def known(etype: str, base: str) -> bool:
        return etype == "LOC" and base == "Нордландия"

    fragment = _at(text, "Нордландии из Союза", "EVT", "ru")
    summit = _at(text, "Саммит Нордландии в Ольмене", "EVT", "ru")
    got = entities_phrases.check(text, [fragment, summit], "ru", rebase, known)
    assert [m.text for m in got] == ["Саммит Нордландии в Ольмене"]
    # a place in its own form opens a name ("Нордландия из Союза" is not cut as a fragment)
    whole = _at(text, "Нордландии из Союза", "EVT", "ru")
    assert len(entities_phrases.check(text, [whole], "ru", _same, known)) == 1


def test_a_country_in_another_country_is_two_places() -> None:
    text = "В посолството на Република Нордландия в Румъния работи щаб. Върховният съд в Лахор реши."
    known_places = {"Република Нордландия"}

    def known(etype: str, base: str) -> bool:
        return etype == "LOC" and base in known_places

    embassy = _at(text, "Република Нордландия в Румъния", "ORG", "bg")
    court = _at(text, "Върховният съд в Лахор", "ORG", "bg")
    got = entities_phrases.check(text, [embassy, court], "bg", _same, known)
    assert _texts(got) == [
        ("Република Нордландия", "LOC"),
        ("Румъния", "LOC"),
        ("Върховният съд в Лахор", "ORG"),
    ]


def test_an_adjective_compound_before_a_ship_is_not_its_name() -> None:
    text = "The container ship, the Nordland-flagged Kestrel, sank. Kremlin-backed Ilya Borodin spoke."
    found = [
        _at(text, "Nordland-flagged Kestrel", "PER", "en"),
        _at(text, "Kremlin-backed Ilya Borodin", "PER", "en"),
    ]
    got = hygiene.clean(text, found, "en", _same)
    assert _texts(got) == [("Kestrel", "PRO"), ("Ilya Borodin", "PER")]
    # a hyphenated name whose parts are both capitalised stays whole
    name = [_at("Anna Nowak-Kowalska spoke.", "Anna Nowak-Kowalska", "PER", "en")]
    assert _texts(hygiene.clean("Anna Nowak-Kowalska spoke.", name, "en", _same)) == [
        ("Anna Nowak-Kowalska", "PER")
    ]


def test_an_english_gloss_in_another_language_is_no_name() -> None:
    text = "Zaradi hudega sindroma (Severe respiratory illness in adults, SRIA) in Nordvik Health Forum so ga zdravili."
    found = [_at(text, s, "EVT", "sl") for s in ("Severe respiratory illness in adults", "SRIA")]
    found.append(_at(text, "Nordvik Health Forum", "ORG", "sl"))
    got = entities_phrases.check(text, found, "sl", _same, _unknown)
    assert [m.text for m in got] == ["SRIA", "Nordvik Health Forum"]
    # in an English passage the same words are judged by the English rules, not here
    assert len(entities_phrases.check(text, found, "en", _same, _unknown)) == 3
