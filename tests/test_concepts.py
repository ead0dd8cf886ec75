"""Concept keys: names of institutions and places translated word by word meet across
languages; bodies of different countries that share a generic name stay apart."""

from __future__ import annotations

from storyline.link.entity_index import EntityIndex, abbreviates, similar_words
from storyline.model import Mention
from storyline.names.concepts import concept_key, document_country, name_tokens


def _key(name: str, lang: str, country: str | None = None) -> str | None:
    ck = concept_key(name, lang)
    return ck.key(country) if ck else None


def test_translated_names_share_a_key() -> None:
    court = {_key(n, lang, "AR") for n, lang in [("Supreme Court", "en"), ("Верховный суд", "ru"),
                                                 ("Sąd Najwyższy", "pl"), ("Върховният съд", "bg"),
                                                 ("Nejvyšší soud", "cs"), ("Верховного суда", "ru")]}  # fmt: skip
    assert court == {"@AR court supreme"}
    # a country named in the name stands for the document's country
    assert (
        _key("Supreme Court of Argentina", "en")
        == _key("Верховный суд Аргентины", "ru")
        == "@AR court supreme"
    )
    assert _key("Северный поток-2", "ru") == _key("Nord Stream 2", "pl") == _key("Північний потік 2", "uk")
    assert _key("Северный поток-2", "ru") != _key("Северный поток", "ru", "DE")  # the number stays


def test_generic_names_need_their_document_country() -> None:
    assert _key("Sąd Najwyższy", "pl", "PE") != _key("Верховный суд", "ru", "CL")
    assert _key("парламент", "ru") is None  # one word, no country: every parliament would be one
    assert _key("Europäische Kommission", "de") == _key("Европейская комиссия", "ru", "FR")  # scoped


def test_party_members_are_the_party() -> None:
    assert (
        _key("либералы", "ru", "CA")
        == _key("Liberal Party", "en", "CA")
        == _key("Partia Liberalna", "pl", "CA")
    )
    assert _key("Socialist Party", "en", "CA") != _key("Liberal Party", "en", "CA")


def test_plain_names_have_no_concept_key() -> None:
    assert concept_key("Vladimir Petrenko", "ru") is None
    assert concept_key("Aktau", "kk") is None
    assert (
        concept_key("Vladislava Horáková", "cs") is None
    )  # "vlad" is a government only as a whole word stem


def test_document_country() -> None:
    assert document_country(["Чили", "Сантьяго", "Перу", "Чили"]) == "CL"
    assert document_country(["Сантьяго"]) is None


def _m(text: str, etype: str, lang: str, start: int = 0) -> Mention:
    return Mention(start, start + len(text), text, etype, text, lang)


def test_index_joins_a_translated_court_in_the_same_country_only() -> None:
    index = EntityIndex()
    a = index.add_document("a", [_m("Chile", "LOC", "en"), _m("Supreme Court", "ORG", "en", 20)])
    b = index.add_document("b", [_m("Чили", "LOC", "ru"), _m("Верховный суд", "ORG", "ru", 20)])
    c = index.add_document("c", [_m("Peru", "LOC", "pl"), _m("Sąd Najwyższy", "ORG", "pl", 20)])
    assert index.resolve(a[1]) == index.resolve(b[1])
    assert index.resolve(c[1]) != index.resolve(a[1])


def test_index_links_party_members_to_the_party() -> None:
    index = EntityIndex()
    a = index.add_document("a", [_m("Kanada", "LOC", "pl"), _m("Partia Liberalna", "ORG", "pl", 20)])
    b = index.add_document("b", [_m("Канада", "LOC", "ru"), _m("либералы", "PER", "ru", 20)])
    assert index.resolve(a[1]) == index.resolve(b[1])


def test_short_abbreviations_are_initials_and_variants_go_word_by_word() -> None:
    assert abbreviates("NKS", "Narodna Kulturna Scena")
    assert not abbreviates("PAK", "Partia Akademicka")  # three letters: the initials, no more
    assert abbreviates("AZAL", "Azerbaijan Airlines")  # longer ones may take inner letters
    assert similar_words("nord streem", "nord stream")
    assert not similar_words("evropeiski suvet", "evropeiski suiuz")  # council is not union


def test_a_country_s_people_and_adjective_are_the_country() -> None:
    from storyline.names.concepts import demonym_country

    assert demonym_country("Argentyńczycy", "pl") == "AR"
    assert demonym_country("Mexičané", "cs") == "MX"
    assert demonym_country("Германов", "ru") is None  # a surname that starts like a country
    index = EntityIndex()
    a = index.add_document("a", [_m("Пакистан", "LOC", "ru"), _m("пакистанцы", "PER", "ru", 20)])
    assert index.resolve(a[0]) == index.resolve(a[1])


def test_a_country_adjective_the_gazetteers_do_not_derive() -> None:
    from storyline.names.concepts import demonym_country

    assert _key("британски парламент", "bg") == _key("britský parlament", "cs") == "@GB parliament"
    assert demonym_country("британский", "ru") == "GB"
    assert _key("Върховен съд", "bg", "AR") == _key(
        "Supreme Court", "en", "AR"
    )  # the fleeting e of "върховен"


def test_a_state_s_formal_name_is_the_country() -> None:
    from storyline.names.concepts import state_of

    assert state_of("Republika Chorwacji", "pl") == state_of("Хорватская Республика", "ru") == "HR"
    assert state_of("Federal Reserve", "en") is None  # a state form with no country
    # "the <country's> state" is the country in each language; a state without a country is not
    assert state_of("chorvatský stát", "cs") == state_of("Хорватское государство", "ru") == "HR"
    assert state_of("hrvaška država", "sl") == state_of("хорватська держава", "uk") == "HR"
    assert state_of("Państwo Islamskie", "pl") is None
    # a country's islands are a place of their own, not the state
    assert state_of("Wyspy Japońskie", "pl") is None and state_of("Японские острова", "ru") is None
    assert state_of("Filipínské ostrovy", "cs") is None
    assert _key("Lordska zbornica", "sl") == _key("Камара на лордовете", "bg")
    index = EntityIndex()
    a = index.add_document("a", [_m("Chorwacja", "LOC", "pl"), _m("Republika Chorwacji", "ORG", "pl", 20)])
    assert index.resolve(a[0]) == index.resolve(a[1])


def test_a_function_word_is_never_read_inside_a_longer_word() -> None:
    # "на" (of) and "za" are dropped as whole words; a short name that starts with them is a name
    assert name_tokens("НАЗ", "bg") == (("naz", "proper"),)
    assert name_tokens("Zaz", "pl") == (("zaz", "proper"),)
    assert ("court", "concept") in name_tokens("Съд на ЕС", "bg")
