"""Loose merges of the audit (round 31, web pages round 8), with invented names: a ministry's
one-word short name of one country's text and of another's, a title and a name the name table
reads as another person than a full name of that surname, a Bulgarian word alone a vowel off a
surname, an outlet's letters in another script, and an Arabic name's initial alef heard "a"."""

from __future__ import annotations

from collections import Counter

from helpers import index_linked
from storyline.link.outlet_letters import other_script_only
from storyline.model import Mention
from storyline.names import alef_readings
from storyline.names.concepts import concept_key
from storyline.names.people import person_name, same_surname
from storyline.ner.aliases import Aliases, key


def _m(text: str, etype: str, base: str, lang: str, start: int = 0) -> Mention:
    return Mention(start, start + len(text), text, etype, base, lang)


def _in(text: str, name: str, etype: str, lang: str, base: str | None = None) -> Mention:
    return _m(name, etype, base or name, lang, text.index(name))


def test_a_ministrys_one_word_short_name_is_the_ministry() -> None:
    for name, lang, field in [
        ("Минобороны", "ru", "defence"),
        ("Минздрава", "ru", "health"),
        ("Міноборони", "uk", "defence"),
        ("Мінфіну", "uk", "finance"),
        ("МОЗ", "uk", "health"),
    ]:
        ck = concept_key(name, lang)
        assert ck is not None and ck.generic and set(ck.tokens) == {field, "ministry"}, name
    assert concept_key("Мозок", "uk") is None  # the health ministry's letters only as a whole word


def _ministry_docs(theirs: str, place: str, base: str) -> dict[str, list[Mention]]:
    return {
        "d1": [
            _m("Минобороны", "ORG", "Минобороны", "ru", 0),
            _m("Эстонии", "LOC", "Эстония", "ru", 40),
            _m("Эстония", "LOC", "Эстония", "ru", 80),
        ],
        "d2": [
            _m(theirs, "ORG", theirs, "uk", 0),
            _m(place, "LOC", base, "uk", 40),
            _m(base, "LOC", base, "uk", 80),
        ],
    }


def test_a_short_ministry_name_joins_only_its_countrys_across_languages() -> None:
    got = index_linked(_ministry_docs("Міноборони", "Португалії", "Португалія"))
    assert got[("d2", 0)] != got[("d1", 0)]  # Portugal's ministry is not Estonia's
    got = index_linked(_ministry_docs("Міноборони", "Естонії", "Естонія"))
    assert got[("d2", 0)] == got[("d1", 0)]


def test_a_title_and_name_the_table_files_as_another_person_stays_apart() -> None:
    docs = {
        "d1": [_m("papieżem Lucjanem", "PER", "Lucjan", "pl", 0)],
        "d2": [_m("Anton Lucjan", "PER", "Anton Lucjan", "pl", 0)],
    }
    table = Aliases({key("PER", "Lucjan", "pl"): "PER-Pope-Lucjan"})
    got = index_linked(docs, table)
    assert got[("d2", 0)] != got[("d1", 0)]
    # without the table's reading the bare word is the surname of the full name that follows it
    got = index_linked(docs, Aliases({}))
    assert got[("d2", 0)] == got[("d1", 0)]


def test_a_bulgarian_word_alone_is_the_surname_only_as_written() -> None:
    full_bg, full_ru = person_name("Аджит Ралви", "bg"), person_name("Аджит Ралви", "ru")
    bare_bg, bare_ru = person_name("Ралв", "bg"), person_name("Ралв", "ru")
    assert full_bg and full_ru and bare_bg and bare_ru
    assert not same_surname(bare_bg, full_bg)  # Bulgarian puts no case ending on a name
    assert same_surname(person_name("Ралви", "bg"), full_bg)  # type: ignore[arg-type]
    got = index_linked(
        {
            "d1": [_m("Ралв", "PER", "Ралв", "bg", 0), _m("Ралв", "PER", "Ралв", "bg", 30)],
            "d2": [_m("Аджит Ралви", "PER", "Аджит Ралви", "bg", 0)],
        },
        Aliases({}),
    )
    assert got[("d2", 0)] != got[("d1", 0)]


def test_an_outlets_letters_in_another_script_are_another_outlet() -> None:
    ru = "Об этом сообщает ЗРТ. По данным телеканала, забастовка продлится сутки."
    tr = "Depremde yıkılan bina sayısı açıklandı. (ZRT)"
    got = index_linked(
        {"d1": [_in(ru, "ЗРТ", "ORG", "ru")], "d2": [_in(tr, "ZRT", "ORG", "tr")]},
        Aliases({}),
        {"d1": ru, "d2": tr},
    )
    assert got[("d2", 0)] != got[("d1", 0)]
    # no outlet on either side: the letters transliterated alike are one body, as before
    ru = "Компания ЗРТ построила новый завод."
    cs = "Firma ZRT postavila novou továrnu."
    got = index_linked(
        {"d1": [_in(ru, "ЗРТ", "ORG", "ru")], "d2": [_in(cs, "ZRT", "ORG", "cs")]},
        Aliases({}),
        {"d1": ru, "d2": cs},
    )
    assert got[("d2", 0)] == got[("d1", 0)]


def test_only_the_same_letters_in_another_script_count() -> None:
    assert other_script_only("ZRT", "tr", {"ru": Counter({"ЗРТ": 2})})
    assert not other_script_only("ZRT", "tr", {"ru": Counter({"ЗРТ": 2}), "cs": Counter({"ZRT": 1})})
    # a ministry a concept key found holds other letters: no transliteration joined them
    assert not other_script_only("МИД", "ru", {"pl": Counter({"MSZ": 3})})


def test_an_arabic_initial_alef_may_be_heard_i() -> None:
    assert "air indura" in alef_readings("إير اندورا", "ar")
    assert alef_readings("الهند", "ar") == ()  # the article is "al"
    assert alef_readings("Air Indura", "en") == ()
    got = index_linked(
        {
            "d1": [_m("إير اندورا", "ORG", "إير اندورا", "ar", 0)],
            "d2": [_m("Air Indura", "ORG", "Air Indura", "en", 0)],
        },
        Aliases({}),
    )
    assert got[("d2", 0)] == got[("d1", 0)]
