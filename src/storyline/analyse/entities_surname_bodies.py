"""A one-word body, product or event that is the surname of a person the document names in full
is that person (issue 12, branch rec50).

News names a person in full once ("<Given> <Surname>") and by the surname after; a tagger that
reads the bare surname as an organisation ("<Surname> said" after a firm's name, a foreign
surname it takes for a brand) makes one person two entities, and the document's vote
(``harmonise_types``) may then make every mention of the person a body. ``entities_surname_places``
settles the places and a title before a word; this settles a one-word body, product or event whose
word, as written or by base form, is the surname of a full name whose first name is one as
written. A firm named after its founder ("<Surname>" the agency beside "<Given> <Surname>" its
owner) is read as the person too: in the BSNLP gold such a pair is rare against the bare surnames
of people typed as bodies (measured in eval/README.md, rec50).
"""

from __future__ import annotations

from dataclasses import replace

from storyline.analyse.entities_surname_places import full_name_surnames
from storyline.model import Mention
from storyline.names import fold

OTHER_TYPES = frozenset({"ORG", "PRO", "EVT"})


def surnames_not_bodies(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` of one document with the one-word bodies that are a named person's surname
    typed PER."""
    surnames = full_name_surnames(mentions)
    if not surnames:
        return mentions
    return [_as_person(m, surnames) for m in mentions]


def _as_person(m: Mention, surnames: set[str]) -> Mention:
    if m.type not in OTHER_TYPES or m.kind or " " in m.text.strip():
        return m
    base = m.base if m.base and " " not in m.base.strip() else m.text
    if not ({fold(m.text), fold(base)} & surnames):
        return m
    return replace(m, type="PER")
