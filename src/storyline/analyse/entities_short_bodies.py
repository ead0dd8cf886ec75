"""A body's name shortened to its first word is the body: "<Brand> Airways" and then "<Brand>".

A passage names a company in full once ("<Brand> Airways", "<Brand> Air") and by its first word
after that; a tagger that never saw the brand reads the word alone as a surname or a town
("<Brand>" PER, its case forms too). Where the language says so (``short_bodies`` in
``lang/entities/<lang>.toml``), a one-word "person" or "place" whose word (or its stem, the
case ending aside) opens an organisation of two words or more of the same passage is that
organisation. Not a given name (a body named after a person: "<Given> <Surname> Institute" is
no reason to retype the person), not a body whose name joins two names ("<Surname> &
<Surname>": the surname is a person's as often), not a known place ("<Town> City", a club, is no
reason to retype the town).
"""

from __future__ import annotations

from dataclasses import replace

from storyline.model import Mention
from storyline.names import fold, is_place
from storyline.names.parts import entity_data
from storyline.ner.features import first_name

MIN_STEM = 4  # letters two forms of a brand share before their case endings ("Adri-a", "Adri-e")


def _stem(word: str) -> str:
    key = fold(word)
    return key[:-1] if len(key) > MIN_STEM else key


def short_bodies(mentions: list[Mention], lang: str | None) -> list[Mention]:
    """``mentions`` of one passage with each person or place that is a body's first word typed ORG."""
    if not lang or not entity_data(lang).get("short_bodies"):
        return mentions
    firsts = {
        _stem(words[0])
        for m in mentions
        if m.type == "ORG"
        and len(words := m.text.split()) > 1
        and words[0][:1].isupper()
        and "&" not in m.text
        and not first_name(words[0], lang)
        and not is_place(words[0])
    }
    if not firsts:
        return mentions
    return [
        replace(m, type="ORG")
        if m.type in ("PER", "LOC")
        and not m.kind
        and " " not in m.text
        and _stem(m.text) in firsts
        and not first_name(m.text, lang)
        and not is_place(m.text)
        and not is_place(m.base or m.text)
        else m
        for m in mentions
    ]
