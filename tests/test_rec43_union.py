"""A Slovene trade union named after its noun is a body, in the whole passage (invented union)."""

from storyline.analyse.entities_companies import companies_named
from storyline.model import Mention


def _all(text: str, name: str) -> list[Mention]:
    out, s = [], text.find(name)
    while s >= 0:
        out.append(Mention(s, s + len(name), name, "PER", name, "sl"))
        s = text.find(name, s + 1)
    return out


def test_a_union_noun_makes_the_name_a_body() -> None:
    text = "V sindikatu Velmor pa pravijo, da bodo stavkali. Velmor zahteva višje plače."
    assert [m.type for m in companies_named(text, _all(text, "Velmor"), "sl")] == ["ORG", "ORG"]


def test_a_union_members_name_stays_a_person() -> None:
    text = "Predsednik sindikata Ana Velmor je dejala, da bodo stavkali."
    assert [m.type for m in companies_named(text, _all(text, "Ana Velmor"), "sl")] == ["PER"]
