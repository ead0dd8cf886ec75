"""A one-word body that is the surname of a person named in full is that person (issue 12, rec50)."""

from __future__ import annotations

from storyline.analyse.entities import harmonise_types
from storyline.analyse.entities_surname_bodies import surnames_not_bodies
from storyline.model import Mention


def _m(start: int, text: str, etype: str, base: str | None = None, lang: str = "pl") -> Mention:
    return Mention(start, start + len(text), text, etype, base or text, lang)


def test_a_bare_surname_typed_a_body_is_the_person() -> None:
    found = [_m(0, "Anna Holmvik", "PER"), _m(40, "Holmvik", "ORG"), _m(60, "Holmvika", "PRO", "Holmvik")]
    assert [m.type for m in surnames_not_bodies(found)] == ["PER", "PER", "PER"]


def test_the_documents_vote_then_keeps_the_person() -> None:
    found = [_m(0, "Anna Holmvik", "PER"), _m(40, "Holmvik", "ORG"), _m(60, "Holmvik", "ORG")]
    assert [m.type for m in harmonise_types(found)] == ["PER", "PER", "PER"]


def test_other_bodies_and_names_without_a_first_name_stay() -> None:
    found = [_m(0, "Anna Holmvik", "PER"), _m(40, "Nordbank", "ORG"), _m(60, "Holmvik Group", "ORG")]
    assert [m.type for m in surnames_not_bodies(found)] == ["PER", "ORG", "ORG"]
    found = [_m(0, "Banku Holmvik", "PER"), _m(40, "Holmvik", "ORG")]  # no first name as written
    assert [m.type for m in surnames_not_bodies(found)] == ["PER", "ORG"]
