"""A city and a name of another script that transliterates alike (issue 16: "the Danube is
linked to Vienna"): where the gazetteer writes the city in the name's script and the name is
none of those, the name is another place. Sentences invented."""

from __future__ import annotations

from storyline.link.entity_index import EntityIndex
from storyline.link.spelling_guards import written_otherwise
from storyline.model import Mention
from storyline.names import place_key


def _doc(text: str, word: str, base: str, lang: str) -> tuple[str, list[Mention]]:
    at = text.index(word)
    return text, [Mention(at, at + len(word), word, "LOC", base, lang)]


def _groups(docs: list[tuple[str, tuple[str, list[Mention]]]]) -> list[list[str]]:
    index = EntityIndex()
    got: dict[str, str] = {}
    for doc_id, (text, mentions) in docs:
        for eid in index.add_document(doc_id, mentions, text).values():
            got[doc_id] = eid
    groups: dict[str, list[str]] = {}
    for doc_id, eid in got.items():
        groups.setdefault(index.resolve(eid), []).append(doc_id)
    return sorted(sorted(g) for g in groups.values())


def test_the_gazetteer_writes_a_city_in_a_script() -> None:
    vienna = place_key("Wien")
    assert vienna is not None and vienna.startswith("city:")
    assert written_otherwise(vienna, "Дунай")  # Russian writes Vienna "Вена"
    assert not written_otherwise(vienna, "Вена")
    assert not written_otherwise(vienna, "Dunaj")  # Slovene for Vienna: a name the gazetteer holds


def test_a_river_in_cyrillic_is_not_the_city_its_letters_spell_in_latin() -> None:
    city = ("sl", _doc("Ministrica je bila včeraj na Dunaju.", "Dunaju", "Dunaj", "sl"))
    city_ru = ("ru", _doc("Переговоры прошли в Вене во вторник.", "Вене", "Вена", "ru"))
    river_ru = ("ru2", _doc("Баржа села на мель на Дунае у моста.", "Дунае", "Дунай", "ru"))
    river_uk = ("uk", _doc("Рівень води на Дунаї знизився.", "Дунаї", "Дунай", "uk"))
    for order in ([city, city_ru, river_ru, river_uk], [river_ru, river_uk, city, city_ru]):
        assert _groups(order) == [["ru", "sl"], ["ru2", "uk"]]
