"""Audit round 35 and web pages round 12 (issue 16): non-names, types and spans (branch ents82).
Invented names and places throughout."""

from __future__ import annotations

from storyline.analyse.entities import _split_at_case
from storyline.analyse.entities_english_tails import with_english_tails
from storyline.analyse.entities_spelled_back import names_spelled_back
from storyline.model import Mention
from storyline.names.concepts import demonym_noun, demonym_plural


def test_one_member_of_a_continent_s_people_is_a_demonym_noun() -> None:
    assert demonym_noun("Evropejec", "sl")  # "prepričan Evropejec", a convinced European
    assert demonym_noun("Evropejka", "sl")
    assert demonym_noun("Europejczyk", "pl")
    assert demonym_noun("Европеец", "ru")
    assert demonym_plural("Evropejci", "sl")  # the Europeans: a people, no one's name
    assert not demonym_noun("Evropa", "sl")  # the continent's own name
    assert not demonym_noun("Ervejec", "sl")  # a surname whose stem is no place's


def _m(text: str, surface: str, etype: str, lang: str, base: str | None = None) -> Mention:
    i = text.index(surface)
    return Mention(i, i + len(surface), surface, etype, base or surface, lang)


def _as_written(surface: str, etype: str) -> str:
    return surface


def test_a_name_spelled_out_before_its_bracket_is_taken_whole() -> None:
    # the tagger kept the country's genitive at the end of a broadcaster's name
    text = "Opozice zrušila protest na podporu Rozhlasu a televize Nordvalska (RTVN). Jiný text."
    tagged = [_m(text, "Nordvalska", "LOC", "cs", "Nordvalsko"), _m(text, "RTVN", "ORG", "cs")]
    got = names_spelled_back(text, tagged, _as_written, 0)
    assert [(m.text, m.type) for m in got] == [("Rozhlasu a televize Nordvalska", "ORG"), ("RTVN", "ORG")]
    assert all(text[m.start : m.end] == m.text for m in got)


def test_a_name_the_words_before_do_not_spell_out_stays() -> None:
    for text, name in (
        ("Starosta města Holmby (HB) promluvil.", "Holmby"),  # "města Holmby": no capital first
        ("Poslanci podpořili Nordvalsko (EU) včera.", "Nordvalsko"),
        ("Ředitel, Karel Nordvik (KN) odstoupil.", "Karel Nordvik"),  # spelled by its own words
    ):
        tagged = [_m(text, name, "LOC", "cs")]
        assert names_spelled_back(text, tagged, _as_written, 0) == tagged


def test_a_town_and_english_words_after_it_are_one_body() -> None:
    text = "Vrača se v bolnišnico v Holmbyju (Holmby Royal Infirmary). Nato je odšla domov."
    tagged = [
        _m(text, "Holmbyju", "LOC", "sl", "Holmby"),
        Mention(text.index("(") + 1, text.index("(") + 7, "Holmby", "LOC", "Holmby", "sl"),
        _m(text, "Royal Infirmary", "PER", "sl"),
    ]
    got = with_english_tails(text, tagged, "sl", _as_written)
    assert [(m.text, m.type) for m in got] == [("Holmbyju", "LOC"), ("Holmby Royal Infirmary", "ORG")]


def test_a_town_and_a_person_or_an_inflected_town_stay_apart() -> None:
    text = "V Holmbyju Royal Infirmary ni. V mestu Holmby Ana Kovač dela."
    tagged = [
        _m(text, "Holmbyju", "LOC", "sl", "Holmby"),  # inflected: the text's own case
        _m(text, "Royal Infirmary", "ORG", "sl"),
        Mention(text.index("Holmby Ana"), text.index("Holmby Ana") + 6, "Holmby", "LOC", "Holmby", "sl"),
        _m(text, "Ana Kovač", "PER", "sl"),  # Slovene words, a given name
    ]
    assert with_english_tails(text, tagged, "sl", _as_written) == tagged
    assert with_english_tails(text, tagged, "en", _as_written) == tagged


def test_a_known_agency_with_a_case_ending_is_the_agency() -> None:
    # Kazakh dative "-ге" on the last word of an agency's name the shipped source list holds
    text = "деп хабарлайды РИА Новостиге сілтеме жасап."
    at = text.index("РИА")
    got = _split_at_case(text, at, at + len("РИА Новостиге"), "PER", "РИА Новостиге", "kk")
    assert got == [(at, at + len("РИА Новостиге"), "ORG", "РИА Новости")]


def test_an_agency_the_tagger_ran_another_name_into_begins_where_its_name_does() -> None:
    text = "деп хабарлайды Nordvik Times РИА Новостиге сілтеме жасап."
    at, end = text.index("Nordvik"), text.index(" сілтеме")
    got = _split_at_case(text, at, end, "PRO", text[at:end], "kk")
    assert got == [
        (at, text.index(" РИА"), "PRO", "Nordvik Times"),
        (text.index("РИА"), end, "ORG", "РИА Новости"),
    ]


def test_a_place_after_capitalised_words_alone_stays() -> None:
    # "Warga Negara <Country> (WNC)": the country's citizens, capitalised as the language writes
    # it, whether or not a tagger reads the bracket as a body
    text = "Sebanyak 12 Warga Negara Nordvalia (WNN) dievakuasi kemarin."
    tagged = [_m(text, "Nordvalia", "LOC", "id")]
    assert names_spelled_back(text, tagged, _as_written, 0) == tagged
    tagged.append(_m(text, "WNN", "ORG", "id"))
    assert names_spelled_back(text, tagged, _as_written, 0) == tagged
