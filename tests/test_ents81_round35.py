"""Round 35's wrong merges, display names and base forms (issue 16; invented names): a name table
that files "South <X>" under North <X>'s id; one key of letters that the table learned as two
ids; a village's name in its own script read as a far city's exonym; a plural name's base form
left in an oblique case."""

from __future__ import annotations

from collections import Counter

import pytest

from entity_support import linked
from storyline.link import entities
from storyline.link.acronym_fit import plain_fit
from storyline.link.concept_siblings import another_of_its_kind
from storyline.link.entities import entity_names
from storyline.link.entity_index import EntityIndex
from storyline.link.verb_forms import verb_form
from storyline.model import Mention
from storyline.names import gazetteers
from storyline.names.people import person_name, same_surname
from storyline.names.sibilants import sibilants
from storyline.ner import agreement, lemma_foreign_country


def _m(text: str, whole: str, etype: str, lang: str, base: str | None = None) -> Mention:
    i = whole.index(text)
    return Mention(i, i + len(text), text, etype, base or text, lang)


def test_north_and_south_of_one_head_are_another_of_its_kind() -> None:
    north = {"en": Counter({"North Zalder Sea": 2})}
    assert another_of_its_kind("South Zalder Sea", "en", north)
    assert not another_of_its_kind("North Zalder Sea", "en", north)  # the same words
    assert not another_of_its_kind("Zalder Sea", "en", north)  # a word left out sets nothing apart
    assert not another_of_its_kind("Zalderabad", "en", north)  # no concept of its own
    assert not another_of_its_kind("South Zalder Ocean", "en", north)  # more words apart than a compass point


def _north_table(etype: str, name: str, lang: str) -> str | None:
    # an annotator's slip learned: "South Zalder Sea" filed under the northern sea's id
    return "LOC-North-Zalder-Sea" if name in ("North Zalder Sea", "South Zalder Sea") else None


def test_a_name_table_s_slip_does_not_join_south_to_north() -> None:
    a, b, c = "The North Zalder Sea froze.", "The South Zalder Sea froze.", "North Zalder Sea again."
    got = linked(
        {
            "a": (a, [_m("North Zalder Sea", a, "LOC", "en")]),
            "b": (b, [_m("South Zalder Sea", b, "LOC", "en")]),
            "c": (c, [_m("North Zalder Sea", c, "LOC", "en")]),
        },
        EntityIndex(aliases=_north_table),
    )
    assert got[("a", 0)] != got[("b", 0)]
    assert got[("a", 0)] == got[("c", 0)]


def _two_ids(etype: str, name: str, lang: str) -> str | None:
    # the table learned the Latin title and the Cyrillic agency as two things
    return {"Zorkal": "ORG-Zorkal-Magazine", "Зоркал": "ORG-Zorkal-Agency"}.get(name)


def test_one_key_of_letters_the_name_table_learned_as_two_ids_is_two_entities() -> None:
    a = "Агенция Зоркал съобщи това."
    b = "Как отмечает издание Zorkal, забастовка продлится два дня."
    docs = {"a": (a, [_m("Зоркал", a, "ORG", "bg")]), "b": (b, [_m("Zorkal", b, "ORG", "ru")])}
    assert linked(docs)[("a", 0)] == linked(docs)[("b", 0)]  # no table: the letters join them
    got = linked(docs, EntityIndex(aliases=_two_ids))
    assert got[("a", 0)] != got[("b", 0)]
    # one name under two types' ids (a building and the body it houses) is one entity still
    typed = {"Zorkal": "LOC-Zorkal", "Зоркал": "ORG-Zorkal"}
    got = linked(docs, EntityIndex(aliases=lambda _t, name, _l: typed.get(name)))
    assert got[("a", 0)] == got[("b", 0)]


def test_an_english_word_gives_a_later_consonant_only_where_it_is_a_compound() -> None:
    assert plain_fit("NOAL", "Northgate Airlines")  # "air" + "lines"
    assert not plain_fit("NOMC", "Northgate Medicine")  # "medi" + "cine" is no compound
    assert plain_fit("NOMC", "Northgate Medicine Center")  # the initial of a word of its own
    assert plain_fit("ZAAL", "Zalderskie avialinii")  # a transliteration's word is not looked up


def test_a_country_s_name_in_another_locale_is_kept_as_written(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lemma_foreign_country, "english_names", lambda: frozenset({"zalderie"}))
    monkeypatch.setattr(lemma_foreign_country, "_own_stems", lambda lang: ("zalderj",))  # "Zalderja"
    lemma_foreign_country.foreign_country.cache_clear()
    assert lemma_foreign_country.foreign_country("Zalderie", "pl")  # the English name
    lemma_foreign_country.foreign_country.cache_clear()
    monkeypatch.setattr(lemma_foreign_country, "_own_stems", lambda lang: ("zalderi",))  # "Zalderia"
    assert not lemma_foreign_country.foreign_country("Zalderie", "pl")  # the own name in a case
    lemma_foreign_country.foreign_country.cache_clear()


def test_a_verb_made_of_a_name_is_no_name_of_it() -> None:
    assert verb_form("objavil", None, "sl")  # "published": the list files it under "objaviti"
    assert verb_form("zalderfonil", "zalderfon", "sl")  # a participle's ending cut off: a verb coined
    assert not verb_form("Objavil", None, "sl")  # a capitalised word is a name's
    assert not verb_form("zalderfonu", "zalderfon", "sl")  # a case ending
    assert not verb_form("zalderfon", "zalderfon", "sl")  # a word no list holds
    ms = [
        Mention(0, 11, "zalderfonil", "PRO", "zalderfon", "sl"),
        Mention(20, 29, "Zalderfon", "PRO", "Zalderfon", "sl"),
    ]
    assert entity_names(ms, "PRO") == {"sl": ["Zalderfon"]}


def test_adjectives_in_a_plural_s_oblique_case_make_a_plural_name() -> None:
    assert agreement.agree(["Zalderských", "drah"], ["Zalderských", "drah"], "cs") == ["Zalderské", "dráhy"]
    # a noun whose plural no list holds is left as it was
    assert agreement.agree(["Zalderských", "zalderů"], ["Zalderských", "zalderů"], "cs") == [
        "Zalderských",
        "zalderů",
    ]


def _same_surname(a: str, la: str, b: str, lb: str) -> bool:
    x, y = person_name(a, la), person_name(b, lb)
    assert x is not None and y is not None
    return same_surname(x, y)


def test_a_hushing_sound_is_no_hissing_one() -> None:
    assert sibilants("Kuszkow") == "H" and sibilants("Keskov") == "S" and sibilants("Кушков") == "H"
    assert not _same_surname("Kuszkow", "pl", "Dmitrij Keskov", "sl")  # Kushkov is no Keskov
    assert not _same_surname("Kuszkow", "pl", "Дмитрий Кесков", "ru")
    assert _same_surname("Kuszkow", "pl", "Aleksej Kuškov", "cs")  # one sound, two spellings
    assert _same_surname("Kuszkow", "pl", "Алексей Кушков", "ru")
    assert _same_surname("Kieskow", "pl", "Dmitrij Keskov", "sl")


def test_a_small_foreign_city_s_exonym_is_shown_as_the_text_writes_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a Romanian city of 60,000 people that geonames also calls "Залдица": a Bulgarian text's
    # "Залдица" may be a village of its own, which no table knows
    monkeypatch.setattr(entities, "gazetteer_city", lambda base, lang=None: (1, "Zaldița"))
    monkeypatch.setattr(gazetteers, "city_country", lambda: {1: ("RO", "zaldita")})
    monkeypatch.setattr(gazetteers, "city_population", lambda: {1: 60_000})
    monkeypatch.setattr(
        gazetteers, "home_countries", lambda lang: frozenset({"BG"} if lang == "bg" else set())
    )
    assert entities.display_name(Counter({("Залдица", "bg"): 2}), "LOC") == "Zalditsa"
    assert entities.display_name(Counter({("Zaldița", "ro"): 1, ("Залдица", "bg"): 2}), "LOC") == "Zaldița"
    monkeypatch.setattr(gazetteers, "city_population", lambda: {1: 600_000})  # a big city has exonyms
    assert entities.display_name(Counter({("Залдица", "bg"): 2}), "LOC") == "Zaldița"
