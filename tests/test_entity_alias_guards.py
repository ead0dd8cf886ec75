"""Bodies that a learned alias or a spelling alone would join: a party family's word the table
filed under another party, a mention that finds two entities of two learned ids, and a common
word's articled plural beside a town spelt alike."""

from __future__ import annotations

from collections import Counter

from storyline.link.alias_guards import articled_plural, other_party
from storyline.link.entity_index import EntityIndex
from storyline.model import Mention
from storyline.ner.aliases import Aliases, key


def _m(text: str, etype: str, base: str, lang: str, start: int = 0) -> Mention:
    return Mention(start, start + len(text), text, etype, base, lang)


def _link(docs: dict[str, list[Mention]], aliases: Aliases | None = None) -> dict[tuple[str, int], str]:
    index = EntityIndex(aliases=aliases)
    out = {}
    for doc_id, mentions in docs.items():
        for i, eid in index.add_document(doc_id, mentions).items():
            out[(doc_id, i)] = eid
    return {k: index.resolve(v) for k, v in out.items()}


def test_party_family_word_under_another_party() -> None:
    labour = {"pl": Counter({"Partia Pracy": 3}), "en": Counter({"Labour": 2})}
    assert other_party("Liberałowie", "pl", labour)
    assert not other_party("Laburzyści", "pl", labour)
    assert not other_party("Partia Pracy", "pl", {"en": Counter({"Acme Holdings": 1})})


def test_learned_alias_of_another_party_is_not_followed() -> None:
    table = Aliases(
        {
            key("ORG", "Partia Pracy", "pl"): "ORG-Labour-X",
            key("ORG", "Labour", "en"): "ORG-Labour-X",
            key("ORG", "Konserwatyści", "pl"): "ORG-Labour-X",  # an annotator's slip
        }
    )
    got = _link(
        {
            "d1": [_m("Partia Pracy", "ORG", "Partia Pracy", "pl", 0)],
            "d2": [_m("Labour", "ORG", "Labour", "en", 0)],
            "d3": [_m("Konserwatyści", "ORG", "Konserwatyści", "pl", 0)],
        },
        table,
    )
    assert got[("d1", 0)] == got[("d2", 0)]
    assert got[("d3", 0)] != got[("d1", 0)]


def test_a_mention_finding_two_learned_ids_joins_one() -> None:
    table = Aliases(
        {
            key("ORG", "Вектор", "bg"): "ORG-Vektor-Agency",
            key("ORG", "Агенция Вектор", "bg"): "ORG-Vektor-Agency",
            key("ORG", "ООО Вектор Пресс", "ru"): "ORG-Vektor-Press",
            key("ORG", "Vektor", "ru"): "ORG-Vektor-Press",
        }
    )
    got = _link(
        {
            "d1": [_m("Вектор", "ORG", "Вектор", "bg", 0)],
            "d2": [_m("ООО Вектор Пресс", "ORG", "ООО Вектор Пресс", "ru", 0)],
            "d3": [_m("Vektor", "ORG", "Vektor", "ru", 0)],
        },
        table,
    )
    assert got[("d3", 0)] == got[("d2", 0)]
    assert got[("d1", 0)] != got[("d2", 0)]


def test_articled_plural_is_no_town_spelt_alike() -> None:
    assert articled_plural("Зелените", "bg")
    assert not articled_plural("Торонто", "bg")
    assert not articled_plural("зелените", "bg")  # small letters: ``articled_noun``'s business
    got = _link(
        {
            "d1": [_m("Зелените", "ORG", "Зелените", "bg", 0)],
            "d2": [_m("Zelenice", "LOC", "Zelenice", "fr", 0)],
        }
    )
    assert got[("d1", 0)] != got[("d2", 0)]
