"""One member of a country's people ("Kitajec", a Chinese man; "Nizozemka", a Dutch woman) is a
common noun to the audits: BSNLP links it to its country, which keeps it in the assignment, but
the country's entity does not show it, and a person entity of such mentions alone is folded away
from the entity list (audit 24 N1). The plural stands for the country and stays shown."""

from __future__ import annotations

from storyline.analyse.entity_confidence import is_listed
from storyline.link.context import LinkContext
from storyline.link.entities import link_entities
from storyline.model import Analysis, Document, Mention
from storyline.names.concepts import PEOPLE_MEMBER, demonym_noun, demonym_plural


def test_a_singular_member_of_a_people_is_a_demonym_noun() -> None:
    assert demonym_noun("Kitajec", "sl")
    assert demonym_noun("Nizozemka", "sl")
    assert demonym_noun("Украинец", "ru")
    assert demonym_noun("Британець", "uk")


def test_a_plural_a_place_a_surname_or_a_given_name_is_not() -> None:
    assert not demonym_noun("Kitajci", "sl")  # the Chinese: the country
    assert not demonym_noun("Amerika", "sl")  # a place's own name
    assert not demonym_noun("Poljanec", "sl")  # a surname whose stem is no country's
    assert not demonym_noun("Francka", "sl")  # a given name
    assert not demonym_noun("kitajec", "sl")  # small letters: no name at all


def _linked(docs: dict[str, tuple[str, list[Mention]]]) -> LinkContext:
    ctx = LinkContext(
        {d: Document(d, d, text, "0" * 64, "0" * 64, lang="sl") for d, (text, _) in docs.items()},
        {d: Analysis("sl", mentions=ms) for d, (_, ms) in docs.items()},
    )
    link_entities(ctx)
    return ctx


def _at(text: str, surface: str, etype: str, base: str | None = None) -> Mention:
    i = text.index(surface)
    return Mention(i, i + len(surface), surface, etype, base or surface, "sl")


def test_a_person_entity_of_a_people_s_member_alone_is_folded() -> None:
    text = "Nizozemka pravi, da je napovedala krizo. Ana Kovač je to potrdila."
    ctx = _linked({"a": (text, [_at(text, "Nizozemka", "PER"), _at(text, "Ana Kovač", "PER")])})
    by_name = {e.name: e for e in ctx.entities}
    member = next(e for e in ctx.entities if any(m.text == "Nizozemka" for m in e.mentions))
    assert all(m.kind == PEOPLE_MEMBER for m in member.mentions)
    assert not is_listed(member)
    assert by_name["Ana Kovač"].mentions[0].kind is None


def test_a_country_does_not_show_a_member_of_its_people_but_keeps_its_link() -> None:
    a = "Kitajska je sporočila nove ukrepe."
    b = "Kitajec je prispel v Ljubljano. Kitajci so zadovoljni. Kitajska je zadovoljna."
    ctx = _linked({
        "a": (a, [_at(a, "Kitajska", "LOC")]),
        "b": (b, [_at(b, "Kitajec", "PER"), _at(b, "Kitajci", "PER"), _at(b, "Kitajska", "LOC")]),
    })  # fmt: skip
    country = ctx.mention_entity[("a", 0)]
    entity = next(e for e in ctx.entities if e.id == country)
    shown = {m.text for m in entity.mentions}
    assert "Kitajska" in shown and "Kitajec" not in shown
    # the people in the plural is no name of the country either (audit rounds 21 and 23 N1): linked
    # to it, where the index links it, but not shown
    assert "Kitajci" not in shown


def test_a_plural_people_of_a_country_or_a_large_city() -> None:
    assert demonym_plural("Pražané", "cs")  # Praha: h softened before the ending
    assert demonym_plural("Londončani", "sl")
    assert demonym_plural("Warszawiacy", "pl")
    assert demonym_plural("Москвичи", "ru")
    assert demonym_plural("Nizozemci", "sl")  # a country's, as the country's demonym


def test_a_surname_s_plural_a_given_name_or_a_place_is_no_people() -> None:
    assert not demonym_plural("Kováci", "cs")  # the Kovač family: no town's stem
    assert not demonym_plural("Ivanovići", "sl")
    assert not demonym_plural("Jani", "sl")  # a given name
    assert not demonym_plural("Ljubljana", "sl")  # the city itself
    assert not demonym_plural("londončani", "sl")  # small letters: no name at all


def test_a_person_entity_of_a_plural_people_alone_is_folded() -> None:
    text = "Nemočni Londončani so opazovali požar. Ana Kovač je to potrdila."
    ctx = _linked({"a": (text, [_at(text, "Londončani", "PER"), _at(text, "Ana Kovač", "PER")])})
    people = next(e for e in ctx.entities if any(m.text == "Londončani" for m in e.mentions))
    assert all(m.kind == PEOPLE_MEMBER for m in people.mentions)
    assert not is_listed(people)
    person = next(e for e in ctx.entities if e.name == "Ana Kovač")
    assert person.mentions[0].kind is None


def test_a_plural_people_in_another_case_or_softened_before_its_country_s_tail() -> None:
    """The plural's other cases ("with the Norwegians", "of the Finns") and a stem that its
    country's name softens (Polish "Grek-ami" / "Grec-ja"), or a Slovene country in "-ska", a
    Bulgarian one in "-ия": a people, as the nominative is (audit round 29 N1: a plural typed a person)."""
    for word, lang in [("Norwegami", "pl"), ("Belgom", "pl"), ("Finów", "pl"), ("Grekami", "pl"),
                       ("Norwegów", "pl"), ("Madžari", "sl"), ("Bolgari", "sl"), ("Romuni", "sl"),
                       ("Сърби", "bg"), ("Хървати", "bg")]:  # fmt: skip
        assert demonym_plural(word, lang), word
    # a family's plural in the same cases, a place's locative, a surname's plural: no people
    for word, lang in [("Nowakami", "pl"), ("Kowalów", "pl"), ("Chinach", "pl"), ("Novakovi", "sl"),
                       ("Петкови", "bg")]:  # fmt: skip
        assert not demonym_plural(word, lang), word
