"""A generic body ("the Ministry of the Interior") of a text that names no country is its
language's home country's when matched across languages (``names.concepts.body_home``)."""

from storyline.link.entity_index import EntityIndex, EntityRecord
from storyline.model import Mention
from storyline.names.concepts import body_home, home_country


def _m(text: str, etype: str, lang: str, start: int = 0) -> Mention:
    return Mention(start, start + len(text), text, etype, text, lang)


def test_a_language_of_one_country_has_a_home_and_one_of_several_none() -> None:
    assert home_country("cs") == "CZ"
    assert home_country("sk") == "SK"
    assert home_country("ru") is None
    assert home_country("en") is None


def test_a_body_s_home_is_its_named_country_its_document_s_or_its_language_s() -> None:
    assert body_home("Ministerstvo vnitra", "cs", None) == {"@CZ"}
    assert body_home("Ministerstvo vnitra", "cs", "AT") == {"@AT"}
    assert body_home("rumunské ministerstvo zahraničí", "cs", None) == {"@RO"}
    assert body_home("Министерство здравоохранения", "ru", None) == {"~ru"}
    assert body_home("Черно море", "bg", None) == frozenset()  # a sea is no country's body


def test_two_languages_generic_ministries_stay_apart_without_a_country() -> None:
    index = EntityIndex()
    cz = index.add_document("a", [_m("Ministerstvo vnitra", "ORG", "cs")])
    sk = index.add_document("b", [_m("Ministerstvo vnútra", "ORG", "sk")])
    assert index.resolve(cz[0]) != index.resolve(sk[0])


def test_a_generic_ministry_in_a_text_about_a_country_is_that_country_s() -> None:
    index = EntityIndex()
    sk = index.add_document("a", [_m("Slovensko", "LOC", "sk"), _m("Ministerstvo vnútra", "ORG", "sk", 20)])
    cz = index.add_document("b", [_m("Slovensko", "LOC", "cs"), _m("Ministerstvo vnitra", "ORG", "cs", 20)])
    assert index.resolve(cz[1]) == index.resolve(sk[1])


def test_a_ministry_named_by_its_country_joins_no_other_language_s_generic_one() -> None:
    index = EntityIndex()
    hu = index.add_document("a", [_m("maďarské ministerstvo zahraničí", "ORG", "cs")])
    ro = index.add_document("b", [_m("Rumunsko", "LOC", "cs"), _m("Ministerstvo zahraničí", "ORG", "cs", 20)])
    assert index.resolve(ro[1]) != index.resolve(hu[0])
    sk = index.add_document("c", [_m("Ministerstvo zahraničia", "ORG", "sk")])
    assert index.resolve(sk[0]) != index.resolve(hu[0])
    hu2 = index.add_document(
        "d", [_m("Maďarsko", "LOC", "sk"), _m("Ministerstvo zahraničia", "ORG", "sk", 20)]
    )
    assert index.resolve(hu2[1]) == index.resolve(hu[0])


def test_a_generic_body_of_a_language_of_several_countries_stays_its_own() -> None:
    index = EntityIndex()
    cz = index.add_document("a", [_m("Ministerstvo zdravotnictví", "ORG", "cs")])
    ru = index.add_document("b", [_m("Министерство здравоохранения", "ORG", "ru")])
    ru2 = index.add_document("c", [_m("Министерство здравоохранения", "ORG", "ru")])
    assert index.resolve(ru[0]) != index.resolve(cz[0])
    assert index.resolve(ru2[0]) == index.resolve(ru[0])  # within one language as before


def test_within_one_language_a_bare_body_joins_its_country_s_in_its_text() -> None:
    index = EntityIndex()
    index.add_document("a", [_m("Senat", "ORG", "pl")])  # a Polish text's own Senate
    ids = index.add_document(
        "b",
        [
            _m("Stany Zjednoczone", "LOC", "pl"),
            _m("Senat USA", "ORG", "pl", 20),
            _m("Senat", "ORG", "pl", 40),
        ],
    )
    assert index.resolve(ids[1]) == index.resolve(ids[2])


def test_homes_survive_a_store_round_trip() -> None:
    index = EntityIndex()
    ids = index.add_document("a", [_m("Ministerstvo vnitra", "ORG", "cs")])
    rec = index.records[index.resolve(ids[0])]
    again = EntityRecord.from_json(rec.id, rec.to_json())
    assert again.homes == rec.homes == {"cs": {"@CZ": 1}}


def test_an_interior_ministry_s_abbreviation_and_affairs_words_are_its_concept() -> None:
    from storyline.names.concepts import concept_key

    key = concept_key("Міністерство внутрішніх справ", "uk")
    assert key is not None and key.generic
    assert key == concept_key("МВС", "uk") == concept_key("МВР", "bg")
    assert concept_key("Ministerstwo Spraw Zagranicznych", "pl") == concept_key("MSZ", "pl")
    assert concept_key("Ministry of Internal Affairs", "en") == concept_key("Ministry of the Interior", "en")


def test_one_language_s_interior_ministry_abbreviation_is_no_other_s() -> None:
    index = EntityIndex()
    pl = index.add_document("a", [_m("MSWiA", "ORG", "pl")])
    bg = index.add_document("b", [_m("МВР", "ORG", "bg")])
    ua = index.add_document("c", [_m("Україна", "LOC", "uk"), _m("МВС", "ORG", "uk", 20)])
    assert len({index.resolve(pl[0]), index.resolve(bg[0]), index.resolve(ua[1])}) == 3
