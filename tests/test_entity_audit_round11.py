"""Non-names, types and fused spans of the kinds the precision audit's round 11 found (invented
names and sentences throughout): a pronoun and a title typed as a person, a town's people, a settlement fused with its region or a name with its country, a
weekday read as a name, German common nouns read as an organisation, an agency's English name in
another language's page."""

from __future__ import annotations

from storyline.analyse import entities_hygiene as hygiene
from storyline.analyse.entities_derived import is_derived
from storyline.analyse.entities_fused import split_fused
from storyline.analyse.entity_rules import find_by_rules
from storyline.model import Mention


def _at(text: str, surface: str, etype: str, lang: str) -> Mention:
    i = text.index(surface)
    return Mention(i, i + len(surface), surface, etype, surface, lang)


def _same(surface: str, _etype: str) -> str:
    return surface


def _unknown(_etype: str, _base: str) -> bool:
    return False


def _found(text: str, lang: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in find_by_rules(text, 0, len(text), lang)]


def test_a_pronoun_and_a_title_are_no_person() -> None:
    text = "На это надеялись подданные Её Величества, сказал Тарас Завгородний. Ответил Мясников."
    found = [_at(text, s, "PER", "ru") for s in ("Её Величества", "Тарас Завгородний", "Мясников")]
    got = hygiene.clean(text, found, "ru", _same)
    # one word the dictionary has as a noun may be a surname ("Мясников", butchers'): it stays
    assert [m.text for m in got] == ["Тарас Завгородний", "Мясников"]


def test_a_settlement_and_its_region_in_the_genitive_are_two_places() -> None:
    text = "Самолёт сбили из района посёлка Нордвик Тарновской области вчера."
    got = split_fused(text, [_at(text, "Нордвик Тарновской области", "LOC", "ru")], "ru", _same, _unknown)
    assert [(m.text, m.type) for m in got] == [("Нордвик", "LOC"), ("Тарновской области", "LOC")]
    # the region alone, a body of the region, and a name the learned table knows stay whole
    alone = [_at(text, "Тарновской области", "LOC", "ru")]
    assert [m.text for m in split_fused(text, alone, "ru", _same, _unknown)] == ["Тарновской области"]
    body = [_at(text, "Нордвик Тарновской области", "ORG", "ru")]
    assert [m.text for m in split_fused(text, body, "ru", _same, _unknown)] == ["Нордвик Тарновской области"]
    fused = [_at(text, "Нордвик Тарновской области", "LOC", "ru")]
    assert len(split_fused(text, fused, "ru", _same, lambda _t, _b: True)) == 1


def test_a_name_ends_before_a_comma_and_the_country_after_it() -> None:
    text = (
        "Тя е професор в университета Нордвик в Сливен, Франция. Министерство на труда, социалната политика."
    )
    got = split_fused(text, [_at(text, "Нордвик в Сливен, Франция", "ORG", "bg")], "bg", _same, _unknown)
    assert [(m.text, m.type) for m in got] == [("Нордвик в Сливен", "ORG"), ("Франция", "LOC")]
    listed = [_at(text, "Министерство на труда, социалната политика", "ORG", "bg")]
    assert len(split_fused(text, listed, "bg", _same, _unknown)) == 1  # no place after the comma
    show = "Той говори в ефира на „Добро утро, Франция“ вчера."
    quoted = [_at(show, "Добро утро, Франция", "PRO", "bg")]
    assert len(split_fused(show, quoted, "bg", _same, _unknown)) == 1  # a title in quotation marks


def test_a_towns_people_are_no_person_and_no_town() -> None:
    text = "Видинчанин разказа за полета."
    assert is_derived(_at(text, "Видинчанин", "PER", "bg"), "bg")
    assert not is_derived(_at(text, "Видинчанин", "PER", "bg"), "pl")
    other = "Зандровчанин разказа за полета."  # no known place before the ending: left to the tagger
    assert not is_derived(_at(other, "Зандровчанин", "PER", "bg"), "bg")


def test_a_weekday_is_not_the_end_of_a_name() -> None:
    text = "The bridge fell on Monday. Early Tuesday morning, a ship hit the pier, said Alma Verhoeven."
    got = _found(text, "en")
    assert ("Early Tuesday", "PER") not in got
    assert ("Alma Verhoeven", "PER") in got


def test_german_common_nouns_joined_by_der_are_no_organisation() -> None:
    text = "Er warf den Behörden vor, zu wenig für die Rettung der Verletzten zu tun. Das Institut der Nordvik-Stiftung half."
    got = _found(text, "de")
    assert not any(t.startswith("Rettung") for t, _ in got)


def test_an_agency_named_in_english_on_another_languages_page_is_an_organisation() -> None:
    text = "Premierul a fost rănit miercuri, anunță Nordvik Press. Incidentul a avut loc în oraș."
    assert ("Nordvik Press", "ORG") in _found(text, "ro")


def test_a_person_the_name_table_knows_only_as_a_party_is_the_party() -> None:
    text = "Pozytywnie zareagowali natomiast Zieloni Nordyccy. Wtedy przemówiła Zielona Nordycka."
    party = _at(text, "Zieloni Nordyccy", "PER", "pl")
    person = _at(text, "Zielona Nordycka", "PER", "pl")

    def table(etype: str, base: str) -> bool:  # the party is known as an organisation; she as both
        return (etype, base) in {
            ("ORG", "Zieloni Nordyccy"),
            ("ORG", "Zielona Nordycka"),
            ("PER", "Zielona Nordycka"),
        }

    got = hygiene.clean(text, [party, person], "pl", _same, table)
    assert [(m.text, m.type) for m in got] == [("Zieloni Nordyccy", "ORG"), ("Zielona Nordycka", "PER")]
    unknown = hygiene.clean(text, [party], "pl", _same)
    assert [m.type for m in unknown] == ["PER"]  # nothing learned: the tagger's type stays
