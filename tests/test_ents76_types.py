"""Round 33's types and spans (invented names throughout): a person's one name printed in quotation
marks on a thing, a summit named by its noun and a group's letters, a country's letters after a
body's bracketed abbreviation, a continent that "reports", a station's frequency in brackets."""

from __future__ import annotations

from collections import Counter

from entity_support import as_written
from entity_support import mention_at as _at
from storyline.analyse import entities_hygiene as hygiene
from storyline.analyse.entities_bracket_tails import without_bracket_tails
from storyline.analyse.entities_frequencies import frequencies_apart, without_frequency
from storyline.analyse.entities_named_in_full import named_in_full
from storyline.link.entities import build_entities
from storyline.link.entity_index import EntityRecord
from storyline.model import Mention


def _cleaned(text: str, mentions: list[Mention], lang: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in hygiene.clean(text, mentions, lang, as_written)]


def test_a_quoted_given_name_on_a_label_is_the_person_the_text_names_in_full() -> None:
    text = (
        "Ślub Jessiki Dorn i Tomasza Wilczaka. W sklepach są nawet słoiki z nalepkami „Jessica” i „Tomasz”. "
        "Jessica Dorn to aktorka."
    )
    i = text.index("„Jessica") + 1
    m = Mention(i, i + len("Jessica"), "Jessica", "PER", "Jessica", "pl")
    assert named_in_full(text, m)
    assert _cleaned(text, [m], "pl") == [("Jessica", "PER")]


def test_a_quoted_name_the_text_writes_nowhere_in_full_is_a_thing() -> None:
    text = "Prom „Jessica” wypłynął z portu w Dorvilu. Kapitan mówi, że prom jest stary."
    i = text.index("„Jessica") + 1
    m = Mention(i, i + len("Jessica"), "Jessica", "PER", "Jessica", "pl")
    assert not named_in_full(text, m)
    assert _cleaned(text, [m], "pl") == [("Jessica", "PRO")]
    # the name only ever in quotation marks: still no one named in full
    text = "Statek „Jessica Dorn” i prom „Jessica” wypłynęły z portu."
    i = text.index("„Jessica”") + 1
    assert not named_in_full(text, Mention(i, i + 7, "Jessica", "PER", "Jessica", "pl"))


def test_a_summit_keeps_its_noun_and_another_body_loses_its_own() -> None:
    text = "Sprawa zostanie omówiona na szczycie Q15 w Dorvilu."
    assert _cleaned(text, [_at(text, "szczycie Q15", "EVT", "pl")], "pl") == [("szczycie Q15", "EVT")]
    # another noun before an event's name goes as before (the audits call "the exit of X from Y" a
    # description): only a summit's noun is of the name
    text = "Dyskusja o wyjściu Dorvilii z Unii trwa."
    assert _cleaned(text, [_at(text, "wyjściu Dorvilii z Unii", "EVT", "pl")], "pl") == [
        ("Dorvilii z Unii", "EVT")
    ]
    # an organisation's description in small letters still goes: "agencja Holmby" is Holmby
    text = "Dane podała agencja Holmby w piątek."
    assert _cleaned(text, [_at(text, "agencja Holmby", "ORG", "pl")], "pl") == [("Holmby", "ORG")]


def test_a_country_letters_after_a_body_and_its_bracket_are_the_bodys_tail() -> None:
    text = "Kementerian Urusan Sungai (Kemsung) RI telah berkoordinasi dengan KBRI Dorvil."
    body = _at(text, "Kementerian Urusan Sungai", "ORG", "id")
    tail = _at(text, "RI", "ORG", "id")
    embassy = _at(text, "KBRI Dorvil", "ORG", "id")
    assert without_bracket_tails(text, [body, tail, embassy]) == [body, embassy]


def test_letters_after_a_bracket_that_follows_no_body_stay() -> None:
    # after a place and its region in brackets: a name of its own
    text = "Banjir melanda Dorvil (Jawa) RI dan Holmby."
    mentions = [_at(text, "Dorvil", "LOC", "id"), _at(text, "RI", "ORG", "id")]
    assert without_bracket_tails(text, mentions) == mentions
    # a remark in brackets of several words, not the body's abbreviation
    text = "Badan Sungai Dorvil (kata juru bicara) RI menolak."
    mentions = [_at(text, "Badan Sungai Dorvil", "ORG", "id"), _at(text, "RI", "ORG", "id")]
    assert without_bracket_tails(text, mentions) == mentions


def _entity(surface: str, types: Counter[str], outlet: int) -> tuple[str, str]:
    text = f"A tragédia já é o pior desastre na {surface} desde 1967."
    m = _at(text, surface, "LOC", "pt")
    record = EntityRecord("e1", 1, types=types, names={"pt": Counter({surface: 1})}, outlet=outlet)
    [entity] = build_entities({("a", 0): "e1"}, {("a", 0): m}, {"e1": record}, lambda _k: text)
    return entity.type, entity.name


def test_a_continent_called_a_teller_of_news_somewhere_stays_a_place() -> None:
    assert _entity("Europa", Counter({"LOC": 50, "PER": 3}), outlet=2)[0] == "LOC"
    # a "place" no table knows that texts call a teller of news is an outlet, as before
    assert _entity("Dorvilia Nova", Counter({"LOC": 5}), outlet=2)[0] == "ORG"


def test_a_stations_frequency_in_brackets_is_not_in_its_base_form() -> None:
    assert without_frequency("КП (107,1 FM)") == "КП"
    assert without_frequency("Radio Dorvil (FM 98.5)") == "Radio Dorvil"
    assert without_frequency("Radio Dorvil (98,5 MHz)") == "Radio Dorvil"
    # other digits in brackets are the name's own ("X (2)", a regulation's number)
    assert without_frequency("Nord Dorvil (2)") == "Nord Dorvil (2)"
    assert without_frequency("Usmeritve (2020/C 124 I/01)") == "Usmeritve (2020/C 124 I/01)"
    text = "Слушатель радио Дорвил (101,7 FM) задал вопрос."
    [m] = frequencies_apart([_at(text, "Дорвил (101,7 FM)", "PRO", "ru")])
    assert (m.text, m.base) == ("Дорвил (101,7 FM)", "Дорвил")
