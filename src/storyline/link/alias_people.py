"""A learned person alias against the full names an entity already goes by.

The name table learns a bare surname as the person the annotators meant where they read it
("<Surname>" → PER-<Given>-<Surname>). A full name of that surname with another given name is
another person of the family or a namesake: the bare surname the table files so does not join
it, and the entity does not take the table's name for its own (the audits found one person
shown by a namesake's given name)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from storyline.names.people import person_name, same_person, same_surname
from storyline.ner.aliases import display_name


def given_apart(alias: str | None, names: Mapping[str, Counter[str]]) -> bool:
    """Whether a person alias names a full name (given name and surname) that none of the
    entity's full names of the same surname is: their given names say two people."""
    if not alias or not alias.startswith("PER-"):
        return False
    own = person_name(display_name(alias), "en")
    if own is None or not own.full:
        return False
    namesakes = [
        full
        for lang, counted in names.items()
        for name in counted
        if len(name.split()) > 1
        and (full := person_name(name, lang)) is not None
        and full.full
        and (bare := person_name(name.split()[-1], lang)) is not None
        and same_surname(bare, own)
    ]
    return bool(namesakes) and not any(same_person(own, full) for full in namesakes)
