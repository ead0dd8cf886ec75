"""Rivers and towns across languages (issue 16, the demo's river and town): a major river's names
share no letters across languages, so a shipped table keys them as one river; English writes a
river "the X", which the English rules find only as a known river; Ukrainian neuter place names
in -ове/-еве/-ине are Russian -ово/-ево/-ино; an English possessive country before a body's name
is the country of a name that also goes without it. Sentences and names invented (other rivers
and towns than the demo's)."""

from __future__ import annotations

from entity_support import found, linked, mention_at
from storyline.link.entity_index import EntityIndex, key_mention
from storyline.model import Mention
from storyline.names import place_spellings
from storyline.names.concepts import concept_key
from storyline.names.gazetteers import river_key


def _doc(text: str, word: str, base: str, lang: str, etype: str = "LOC") -> tuple[str, list[Mention]]:
    m = mention_at(text, word, etype, lang)
    m.base = base
    return text, [m]


def _groups(docs: dict[str, tuple[str, list[Mention]]]) -> list[list[str]]:
    groups: dict[str, list[str]] = {}
    for (doc_id, _i), eid in linked(docs).items():
        groups.setdefault(eid, []).append(doc_id)
    return sorted(sorted(g) for g in groups.values())


# ---------------------------------------------------------------- the river table


def test_a_rivers_names_in_each_language_are_one_key() -> None:
    keys = {
        river_key(n, lang)
        for n, lang in [("Rhine", "en"), ("Rhein", "de"), ("Рейн", "ru"), ("Rýn", "cs"), ("Ren", "pl")]
    }
    assert keys == {"river:rhine"}
    assert river_key("Wisła", "pl") == river_key("Висла", "bg") == "river:vistula"
    assert river_key("Rhine", "en") != river_key("Vistula", "en")


def test_a_name_is_the_river_only_as_its_language_writes_it() -> None:
    assert river_key("Dunaj", "cs") == "river:danube"  # Czech: the Danube
    assert river_key("Dunaj", "sl") is None  # Slovene: Vienna
    assert river_key("Dunaj") is None  # no language: geonames' city (Vienna) keeps the name
    assert river_key("Labe", "cs") == "river:elbe"  # not the Guinean town geonames calls so
    assert river_key("Vienna", "en") is None and river_key("Kraków", "pl") is None


def test_a_rivers_mention_is_keyed_by_the_river() -> None:
    for text, word, base, lang in [
        ("Barka płynęła po Wiśle.", "Wiśle", "Wisła", "pl"),
        ("Баржа шла по Висле.", "Висле", "Висла", "ru"),
    ]:
        _text, [m] = _doc(text, word, base, lang)
        keyed = key_mention(m, lambda _t, _n, _l: None)
        assert keyed is not None and "g|river:vistula" in keyed.blocks


def test_a_river_is_one_entity_across_languages_and_scripts() -> None:
    docs = {
        "ru": _doc("Уровень воды в Рейне поднялся.", "Рейне", "Рейн", "ru"),
        "cs": _doc("Hladina Rýnu stoupá.", "Rýnu", "Rýn", "cs"),
        "en": _doc("Barges were stopped on the Rhine.", "Rhine", "Rhine", "en"),
        "de": _doc("Der Pegel des Rheins steigt.", "Rheins", "Rhein", "de"),
    }
    assert _groups(docs) == [["cs", "de", "en", "ru"]]


def test_a_river_and_a_city_that_share_letters_stay_two() -> None:
    # Czech "Dunaj" is the Danube, Slovene "Dunaj" Vienna: one name key, two places
    docs = {
        "sl": _doc("Ministrica je bila na Dunaju.", "Dunaju", "Dunaj", "sl"),
        "cs": _doc("Loď plula po Dunaji.", "Dunaji", "Dunaj", "cs"),
        "bg": _doc("Корабът плава по Дунав.", "Дунав", "Дунав", "bg"),
        "ru": _doc("Переговоры прошли в Вене.", "Вене", "Вена", "ru"),
    }
    assert _groups(docs) == [["bg", "cs"], ["ru", "sl"]]
    river_first = {k: docs[k] for k in ("bg", "cs", "ru", "sl")}
    assert _groups(river_first) == [["bg", "cs"], ["ru", "sl"]]


def test_two_rivers_stay_two() -> None:
    docs = {
        "a": _doc("Баржа шла по Волге.", "Волге", "Волга", "ru"),
        "b": _doc("Баржа шла по Висле.", "Висле", "Висла", "ru"),
        "c": _doc("Barges sailed up the Vistula.", "Vistula", "Vistula", "en"),
    }
    assert _groups(docs) == [["a"], ["b", "c"]]


# ---------------------------------------------------------------- "the X" in English


def test_english_finds_a_known_river_after_the() -> None:
    assert found("Two barges ran aground on the Vistula near the old bridge.", "en") == [("Vistula", "LOC")]
    assert ("Elbe", "LOC") in found("The Elbe flooded several villages on Tuesday.", "en")
    assert found("Ships waited on the Rhine and the Volga.", "en") == [("Rhine", "LOC"), ("Volga", "LOC")]


def test_english_still_drops_an_unknown_word_after_the() -> None:
    # no known place and no cue: a lone capitalised word after "the" is left as before
    assert found("Two barges ran aground on the Marrowfen near the old bridge.", "en") == []


# ---------------------------------------------------------------- Ukrainian -ове, Russian -ово


def test_ukrainian_neuter_place_endings_answer_russian_ones() -> None:
    assert place_spellings("Грабове", "uk") == [("Грабово", "ru")]
    assert place_spellings("Кашине", "uk") == [("Кашино", "ru")]
    # an adjective's base form, as a lemmatiser gives the oblique cases (-ового, -овим)
    assert place_spellings("Грабовий", "uk") == [("Грабове", "uk"), ("Грабово", "ru")]
    assert place_spellings("Грабове", "ru") == []
    assert place_spellings("Нове Село", "uk") == [] and place_spellings("Київ", "uk") == []


def test_a_ukrainian_neuter_town_is_the_russian_and_the_english_one() -> None:
    docs = {
        "en": _doc("The bus left Hrabove at noon.", "Hrabove", "Hrabove", "en"),
        "uk": _doc("Автобус прямував до Грабового.", "Грабового", "Грабовий", "uk"),
        "ru": _doc("Автобус шёл в Грабово.", "Грабово", "Грабово", "ru"),
    }
    assert _groups(docs) == [["en", "ru", "uk"]]
    assert _groups({k: docs[k] for k in ("ru", "uk", "en")}) == [["en", "ru", "uk"]]


def test_the_ending_is_read_for_places_only() -> None:
    text, [m] = _doc("Компанія «Грабовий» заявила про збитки.", "Грабовий", "Грабовий", "uk", "ORG")
    keyed = key_mention(m, lambda _t, _n, _l: None)
    assert keyed is not None and "x|N:grabovo" not in keyed.blocks


def test_two_towns_that_differ_otherwise_stay_two() -> None:
    docs = {
        "uk": _doc("Автобус прямував до Грабового.", "Грабового", "Грабовий", "uk"),
        "ru": _doc("Автобус шёл в Гребнево.", "Гребнево", "Гребнево", "ru"),
    }
    assert _groups(docs) == [["ru"], ["uk"]]


# ---------------------------------------------------------------- "Country's Body"


def test_an_english_possessive_country_is_the_country_of_the_name() -> None:
    keys = {
        concept_key(n, "en").key(None)  # type: ignore[union-attr]
        for n in ["Hungary's Foreign Ministry", "Hungarian Foreign Ministry", "Foreign Ministry of Hungary"]
    }
    assert len(keys) == 1


def test_a_bodys_name_without_its_country_joins_it_in_a_document_about_the_country() -> None:
    index = EntityIndex()
    first = "WARSAW, Poland — The State Emergency Service said the river rose. Poland is on alert."
    later = "Poland's State Emergency Service said on Sunday that Poland faced more rain."

    def mentions(text: str, names: list[tuple[str, str]]) -> list[Mention]:
        return [mention_at(text, n, t, "en") for n, t in names]

    docs = {
        "a": (
            first,
            mentions(first, [("WARSAW", "LOC"), ("Poland", "LOC"), ("State Emergency Service", "ORG")]),
        ),
        "b": (later, mentions(later, [("Poland's State Emergency Service", "ORG"), ("Poland", "LOC")])),
    }
    got = linked(docs, index)
    assert got[("a", 2)] == got[("b", 0)]
    other = "MINSK, Belarus — The State Emergency Service said roads were closed. Belarus is on alert."
    got = linked(
        {
            **docs,
            "c": (
                other,
                mentions(other, [("MINSK", "LOC"), ("Belarus", "LOC"), ("State Emergency Service", "ORG")]),
            ),
        },
        EntityIndex(),
    )
    assert got[("c", 2)] != got[("b", 0)]  # another country's service of that name


def test_an_abbreviation_of_another_kind_of_body_is_not_expanded_again() -> None:
    # a Slovene party's abbreviation, expanded in its document, spells an English body's initials
    party = "Voditelj SES je dejal, da Stranka evropskih socialistov podpira predlog."
    body = "The State Emergency Service said the road was closed."
    docs = {
        "sl": (
            party,
            [
                mention_at(party, "SES", "ORG", "sl"),
                mention_at(party, "Stranka evropskih socialistov", "ORG", "sl"),
            ],
        ),
        "en": (body, [mention_at(body, "State Emergency Service", "ORG", "en")]),
    }
    got = linked(docs)
    assert got[("sl", 0)] == got[("sl", 1)]
    assert got[("en", 0)] != got[("sl", 0)]


def test_an_abbreviation_alone_still_joins_a_long_name_of_its_initials() -> None:
    first = "Podle SES je silnice uzavřena."
    later = "The State Emergency Service said the road was closed."
    docs = {
        "cs": (first, [mention_at(first, "SES", "ORG", "cs")]),
        "en": (later, [mention_at(later, "State Emergency Service", "ORG", "en")]),
    }
    got = linked(docs)
    assert got[("en", 0)] == got[("cs", 0)]
