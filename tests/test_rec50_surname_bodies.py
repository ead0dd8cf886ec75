"""A one-word body that is the surname of a person named in full is that person (issue 12, rec50)."""

from __future__ import annotations

from storyline.analyse.entities_surname_bodies import surnames_not_bodies
from storyline.model import Mention


def _typed(text: str, found: list[tuple[str, str, str | None]], lang: str = "pl") -> list[str]:
    mentions, at = [], 0
    for surface, etype, base in found:
        at = text.index(surface, at)
        mentions.append(Mention(at, at + len(surface), surface, etype, base or surface, lang))
        at += len(surface)
    return [m.type for m in surnames_not_bodies(text, mentions, lang)]


def test_a_bare_surname_typed_a_body_is_the_person() -> None:
    text = "Anna Holmvik przyjechała. Holmvik powiedziała, że plan Holmvika jest gotowy."
    found = [("Anna Holmvik", "PER", None), ("Holmvik", "ORG", None), ("Holmvika", "PRO", "Holmvik")]
    assert _typed(text, found) == ["PER", "PER", "PER"]


def test_a_firm_its_noun_names_and_other_bodies_stay() -> None:
    text = "Anna Holmvik przyjechała. Firma Holmvik i Nordbank oraz Holmvik Group rosną."
    found = [("Anna Holmvik", "PER", None), ("Holmvik", "ORG", None), ("Nordbank", "ORG", None)]
    assert _typed(text, found + [("Holmvik Group", "ORG", None)]) == ["PER", "ORG", "ORG", "ORG"]


def test_no_person_without_a_first_name_as_written() -> None:
    text = "Banku Holmvik podał. Holmvik rośnie."
    assert _typed(text, [("Banku Holmvik", "PER", None), ("Holmvik", "ORG", None)]) == ["PER", "ORG"]
