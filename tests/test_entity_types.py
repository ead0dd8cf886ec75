"""One name, one type in a document: a vehicle noun makes a product of every mention of the name;
across languages the ship is then one entity."""

from __future__ import annotations

from storyline.analyse.entity_types import decide_types
from storyline.link.entity_index import EntityIndex
from storyline.model import Mention


def _at(text: str, name: str, etype: str, lang: str, nth: int = 0, base: str | None = None) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Mention(start, start + len(name), name, etype, base or name, lang)


def test_a_vehicle_noun_before_a_name_makes_it_a_product() -> None:
    text = "Fire broke out aboard the ferry Morning Gull near the port. The Morning Gull was old."
    ms = [_at(text, "Morning Gull", "LOC", "en"), _at(text, "Morning Gull", "PER", "en", 1)]
    decide_types(ms, text)
    assert [m.type for m in ms] == ["PRO", "PRO"]  # the second by the first: one name, one thing


def test_a_quoted_name_after_a_vehicle_noun_is_a_product_even_if_typed_organisation() -> None:
    text = "Пожар на пароме «Северная чайка» потушили."
    ms = [_at(text, "Северная чайка", "ORG", "ru", base="Северная чайка")]
    decide_types(ms, text)
    assert ms[0].type == "PRO"
    text = "Акции судоходной компании Северная Линия выросли."  # no vehicle noun right before
    ms = [_at(text, "Северная Линия", "ORG", "ru")]
    decide_types(ms, text)
    assert ms[0].type == "ORG"


def test_a_place_before_a_vehicle_noun_stays_a_place() -> None:
    text = "The Volga ferry sank. The Morning Gull ferry sank too."
    ms = [_at(text, "Volga", "LOC", "en"), _at(text, "Morning Gull", "PER", "en")]
    decide_types(ms, text)
    assert [m.type for m in ms] == ["LOC", "PRO"]


def test_a_name_typed_two_ways_without_a_vehicle_keeps_its_types() -> None:
    # a person and the case named after them, in one article: two things to annotated news
    text = "Anna Kovac was freed. The Anna Kovac case divided the country."
    ms = [_at(text, "Anna Kovac", "PER", "en"), _at(text, "Anna Kovac", "EVT", "en", 1)]
    decide_types(ms, text)
    assert [m.type for m in ms] == ["PER", "EVT"]


def test_a_ship_typed_three_ways_in_three_languages_is_one_entity() -> None:
    docs = {
        "en": "A fire broke out aboard the passenger ferry Morska Chaika. The Morska Chaika was built in 1990.",
        "uk": "На поромі «Морська чайка» спалахнула пожежа.",
        "ru": "Капитан парома «Морская чайка» задержан.",
    }
    mentions = {
        "en": [
            _at(docs["en"], "Morska Chaika", "PRO", "en"),
            _at(docs["en"], "Morska Chaika", "PER", "en", 1),
        ],
        "uk": [_at(docs["uk"], "Морська чайка", "ORG", "uk")],
        "ru": [_at(docs["ru"], "Морская чайка", "ORG", "ru")],
    }
    index = EntityIndex()
    ids = {index.resolve(e) for d in docs for e in index.add_document(d, mentions[d], docs[d]).values()}
    assert len({index.resolve(e) for e in ids}) == 1
    record = index.record(next(iter(ids)))
    assert record.types.most_common(1)[0][0] == "PRO"


def test_one_name_typed_differently_by_two_languages_is_one_entity() -> None:
    index = EntityIndex()
    a = index.add_document("a", [Mention(0, 13, "Morning Gazette", "PRO", "Morning Gazette", "pl")], "x")
    b = index.add_document("b", [Mention(0, 13, "Morning Gazette", "ORG", "Morning Gazette", "uk")], "x")
    assert index.resolve(a[0]) == index.resolve(b[0])


def test_one_name_a_language_itself_types_two_ways_is_two_things() -> None:
    # a pipeline and the company named after it, both written in one language: two entities
    index = EntityIndex()
    a = index.add_document("a", [Mention(0, 12, "Amber Pipe 3", "PRO", "Amber Pipe 3", "pl")], "x")
    b = index.add_document("b", [Mention(0, 12, "Amber Pipe 3", "ORG", "Amber Pipe 3", "pl")], "x")
    c = index.add_document("c", [Mention(0, 12, "Amber Pipe 3", "ORG", "Amber Pipe 3", "cs")], "x")
    assert index.resolve(a[0]) != index.resolve(b[0]) == index.resolve(c[0])


def test_a_person_in_the_genitive_after_a_vehicle_noun_is_its_owner() -> None:
    # "Иванова's plane": an oblique person after the noun owns the vehicle, and stays a person
    text = "Самолёт Сидорова разбился под Тверью. Літак Ковальчука впав."
    ms = [
        _at(text, "Сидорова", "PER", "ru", base="Сидоров"),
        _at(text, "Ковальчука", "PER", "uk", base="Ковальчук"),
    ]
    decide_types(ms, text)
    assert [m.type for m in ms] == ["PER", "PER"]
    text = "Самолёт Сидоров разбился."  # a name in the nominative there is the aircraft's
    ms = [_at(text, "Сидоров", "PER", "ru", base="Сидоров")]
    decide_types(ms, text)
    assert ms[0].type == "PRO"


def test_the_recogniser_keeps_a_plane_owner_a_person() -> None:
    from storyline.analyse import analyse

    text = "Слідство розглядає версії аварії. Раніше канал стверджував, що літак Коломойця був збитий."
    found = [m for m in analyse(text, "uk").mentions if m.text.startswith("Коломойц")]
    assert found and all(m.type == "PER" for m in found)


def test_latin_given_name_and_surname_in_a_cyrillic_list_are_people() -> None:
    from storyline.analyse import analyse

    text = (
        "Агентство оприлюднило список пасажирів. Повністю список виглядає так: пасажири - "
        "Sokolov Andrey, Belova Irina, Kuznetsov Pavel; члени екіпажу: Orlov Igor, командир."
    )
    people = {m.text: m.type for m in analyse(text, "uk").mentions}
    for name in ("Sokolov Andrey", "Belova Irina", "Kuznetsov Pavel", "Orlov Igor"):
        assert people.get(name) == "PER", (name, people)
    text = "Акції Morgan Stanley зросли, повідомляє The Telegraph. Про це сказав Deutsche Welle Asia."
    types = {m.text: m.type for m in analyse(text, "uk").mentions}
    # two given names (a firm named after its founders); "The" and "Asia" are first names to a
    # name list, yet no surname follows them
    for name in ("Morgan Stanley", "The Telegraph", "Deutsche Welle Asia"):
        assert name in types and types[name] != "PER", (name, types)


def test_a_one_word_vessel_name_is_the_vessel_throughout_the_document() -> None:
    text = (
        "Il ponte è crollato dopo l'urto della nave portacontainer Karsa. La Karsa batte bandiera di Malta."
    )
    ms = [
        _at(text, "Karsa", "LOC", "it"),
        _at(text, "Karsa", "LOC", "it", 1),
        _at(text, "Malta", "LOC", "it"),
    ]
    decide_types(ms, text)
    assert [m.type for m in ms] == ["PRO", "PRO", "LOC"]


def test_a_ship_named_after_a_country_or_a_person_leaves_them_alone() -> None:
    text = "The ferry Estonia sank. Estonia mourned. The ship Halvorsen was built for Halvorsen."
    ms = [
        _at(text, "Estonia", "LOC", "en"),
        _at(text, "Estonia", "LOC", "en", 1),
        _at(text, "Halvorsen", "PER", "en"),
        _at(text, "Halvorsen", "PER", "en", 1),
    ]
    decide_types(ms, text)
    assert [m.type for m in ms] == ["PRO", "LOC", "PRO", "PER"]
