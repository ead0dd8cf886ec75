"""People the index keeps apart: a bare surname that is the last half of a double-barrelled
surname its document names, and two full names whose first given names are a woman's and a
man's, however alike their surnames sound across scripts."""

from __future__ import annotations

from storyline.link.entity_index import EntityIndex
from storyline.model import Mention
from storyline.names.people import person_name, same_person


def _m(text: str, etype: str, base: str, lang: str, start: int = 0) -> Mention:
    return Mention(start, start + len(text), text, etype, base, lang)


def _link(docs: dict[str, list[Mention]]) -> dict[tuple[str, int], str]:
    index = EntityIndex()
    out = {}
    for doc_id, mentions in docs.items():
        for i, eid in index.add_document(doc_id, mentions).items():
            out[(doc_id, i)] = eid
    return {k: index.resolve(v) for k, v in out.items()}


def test_bare_half_of_a_double_barrelled_surname_is_its_bearer() -> None:
    got = _link(
        {
            "d1": [
                _m("Тимъти Ламб-Тъкър", "PER", "Тимъти Ламб-Тъкър", "bg", 0),
                _m("Тъкър", "PER", "Тъкър", "bg", 60),
            ],
            "d2": [_m("Helen Tucker", "PER", "Helen Tucker", "en", 0)],
        }
    )
    assert got[("d1", 1)] == got[("d1", 0)]
    assert got[("d2", 0)] != got[("d1", 1)]  # nor does a later full name of the half join it


def test_bare_half_named_in_full_later_in_its_document() -> None:
    got = _link(
        {
            "d1": [
                _m("Тъкър", "PER", "Тъкър", "bg", 0),
                _m("Тимъти Ламб-Тъкър", "PER", "Тимъти Ламб-Тъкър", "bg", 60),
            ],
            "d2": [_m("Helen Tucker", "PER", "Helen Tucker", "en", 0)],
        }
    )
    assert got[("d1", 0)] == got[("d1", 1)] != got[("d2", 0)]


def test_bare_surname_still_joins_its_plain_full_name() -> None:
    for first, then in (("d1", "d2"), ("d2", "d1")):
        docs = {
            "d1": [_m("Helen Tucker", "PER", "Helen Tucker", "en", 0)],
            "d2": [_m("Тъкър", "PER", "Тъкър", "bg", 0)],
        }
        got = _link({first: docs[first], then: docs[then]})
        assert got[("d1", 0)] == got[("d2", 0)]


def test_a_womans_and_a_mans_given_name_are_two_people() -> None:
    assert not same_person(person_name("Дебора Търкс", "bg"), person_name("Darren Turns", "en"))
    # a man's name with a case ending that reads as a woman's is still his
    assert same_person(person_name("Donalda Tuska", "pl"), person_name("Donald Tusk", "en"))
    # another script's letters for a woman's name that read as a man's
    assert same_person(person_name("Мишел Робинсън", "bg"), person_name("Michelle Robinson", "en"))
    # a particle read as a given name tells no sex
    assert same_person(person_name("Le Goff", "pl"), person_name("Nolwenn Le Goff", "pl"))
