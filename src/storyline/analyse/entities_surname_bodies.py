"""A one-word body, product or event that is the surname of a person the passage names in full
is that person (issue 12, branch rec50).

News names a person in full once ("<Given> <Surname>") and by the surname after; a tagger that
reads the bare surname as an organisation ("<Surname> said" after a firm's name, a foreign
surname it takes for a brand) makes one person two entities, and the document's vote
(``harmonise_types``) may then make every mention of the person a body. ``entities_surname_places``
settles the places and a title before a word; this settles a one-word body, product or event whose
word, as written or by base form, is the surname of a full name whose first name is one as
written. A firm's noun right before the word ("firma <Surname>", "agencja <Surname>":
``company_words`` of the language) says it is the firm, which keeps its type.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from storyline.analyse.entities_surname_places import full_name_surnames
from storyline.model import Mention
from storyline.names import fold
from storyline.names.parts import data_words

OTHER_TYPES = frozenset({"ORG", "PRO", "EVT"})
_WORD_BEFORE = regex.compile(r"([\p{L}\p{M}]+)[ \t]+[\"'«„“]?$")
REACH = 40  # characters looked at before a mention for a firm's noun


def surnames_not_bodies(text: str, mentions: list[Mention], lang: str | None) -> list[Mention]:
    """``mentions`` with the one-word bodies that are a named person's surname typed PER."""
    surnames = full_name_surnames(mentions)
    if not surnames:
        return mentions
    firms = frozenset(w.casefold() for w in data_words(lang, "company_words")) if lang else frozenset()
    return [_as_person(text, m, surnames, firms) for m in mentions]


def _as_person(text: str, m: Mention, surnames: set[str], firms: frozenset[str]) -> Mention:
    if m.type not in OTHER_TYPES or m.kind or " " in m.text.strip():
        return m
    base = m.base if m.base and " " not in m.base.strip() else m.text
    if not ({fold(m.text), fold(base)} & surnames):
        return m
    before = _WORD_BEFORE.search(text, max(0, m.start - REACH), m.start)
    if before is not None and before.group(1).casefold() in firms:
        return m  # "firma <Surname>": the firm that bears the name
    return replace(m, type="PER")
