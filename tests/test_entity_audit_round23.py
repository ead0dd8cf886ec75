"""Round 23's entity types, with other names than the audit's (invented throughout): a building
named with an English head, an outlet named in English in another language's text, a country's
people opening a headline."""

from __future__ import annotations

from storyline.analyse import entities_hygiene as hygiene
from storyline.analyse.entities_buildings import buildings_as_places
from storyline.link.context import LinkContext
from storyline.link.entities import link_entities
from storyline.link.entity_index import EntityIndex
from storyline.model import Analysis, Document, Mention
from storyline.names.media import is_outlet


def _at(text: str, surface: str, etype: str, lang: str) -> Mention:
    i = text.index(surface)
    return Mention(i, i + len(surface), surface, etype, surface, lang)


def test_a_tower_a_villa_or_a_palace_is_a_place() -> None:
    for name in ("Harbour Villa", "Meridian Tower", "Solnica Palace", "Greyholm Castle"):
        org = Mention(0, len(name), name, "ORG", name, "uk")
        assert buildings_as_places([org])[0].type == "LOC", name
    # a lower-case head is no name's: "the old tower" in a name's tail
    assert buildings_as_places([Mention(0, 11, "Kovač tower", "ORG", "Kovač tower", "sl")])[0].type == "ORG"


def test_an_outlet_named_in_english_is_an_outlet_in_any_language() -> None:
    assert is_outlet([("The Dunmore Post", "sl")])
    assert is_outlet([("Kestrel Times", "bg")])
    assert not is_outlet([("Kometa 3", "sl")])
    # the English word counts in a Latin-script name only
    assert not is_outlet([("Пост", "ru")])
    text = "Njegova hči je za The Dunmore Post dejala, da je bilo hudo."
    name = "The Dunmore Post"
    s = text.index(name)
    doc = Document("a", "a", text, "0" * 64, "0" * 64, lang="sl")
    analysis = Analysis("sl", mentions=[Mention(s, s + len(name), name, "PRO", name, "sl")])
    ctx = LinkContext({"a": doc}, {"a": analysis})
    link_entities(ctx)
    assert [(e.name, e.type) for e in ctx.entities] == [(name, "ORG")]
    assert ctx.analyses["a"].mentions[0].type == "PRO"  # the mention keeps BSNLP's type


def _clean(text: str, *mentions: Mention, lang: str) -> list[Mention]:
    # a learned table that knows every name as a place (as it may know a demonym: the gold links
    # the people to the country)
    return hygiene.clean(text, list(mentions), lang, lambda s, _t: s, lambda t, _b: t == "LOC")


def test_a_country_s_people_stay_people_linked_to_the_country() -> None:
    text = "Концерт в соборе: Британцы поют вместе с хором"
    got = _clean(text, _at(text, "Британцы", "PER", "ru"), lang="ru")
    assert [(m.text, m.type) for m in got] == [("Британцы", "PER")]
    index = EntityIndex()
    country = index.add_document("a", [Mention(0, 14, "Великобритания", "LOC", "Великобритания", "ru")])[0]
    assert index.resolve(index.add_document("b", got)[0]) == index.resolve(country)
    text = "Американците гласуват днес."
    assert [m.type for m in _clean(text, _at(text, "Американците", "PER", "bg"), lang="bg")] == ["PER"]
    # a country's own name typed a place stays a place
    text = "Франция голосует сегодня."
    assert [m.type for m in _clean(text, _at(text, "Франция", "LOC", "ru"), lang="ru")] == ["LOC"]
