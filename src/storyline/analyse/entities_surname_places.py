"""A person's surname that is also a place's name, read as the person where the document names
the person (audit round 18).

News names a person in full once ("the regional governor <Given> <Surname>") and by the surname
after ("<Surname> said"). Where the surname is also a country's or a town's name, a tagger reads
the bare surname as the place, and the document's one person becomes a place with a dozen
mentions. A one-word place (or a title and the word, "Hejtman <Surname>", read as a body) whose
word is the last word of a person the same document names with a first name before it is that
person. Compared as written and by base forms, so a case form of the surname counts too. The
first name must be one as written (not one less an ending) and the surname capitalised: a tagger's
"person" made of a region's adjective and a country ("Northern <Country>") or of a common noun
("the Bank of <Country>") would otherwise make the country a person in the whole document.
"""

from __future__ import annotations

from dataclasses import replace

from storyline.analyse.entity_rules import lexicon
from storyline.model import Mention
from storyline.names import fold
from storyline.ner.features import first_name


def surnames_not_places(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` of one document with the places that are a named person's surname typed PER."""
    surnames = full_name_surnames(mentions)
    if not surnames:
        return mentions
    return [_as_person(m, surnames) for m in mentions]


def full_name_surnames(mentions: list[Mention]) -> set[str]:
    """The surnames (folded, as written and by base form) of the people named in full."""
    out: set[str] = set()
    for m in mentions:
        words, bases = m.text.split(), (m.base or m.text).split()
        if m.type != "PER" or m.kind or len(words) != 2 or not words[1][:1].isupper():
            continue
        if not first_name(words[0], m.lang or "", endings=False):
            continue  # a first name as written: "Banku <Country's>" is no "Ban" (a tagger's error)
        out.add(fold(words[-1]))
        if len(bases) == 2:
            out.add(fold(bases[-1]))
    return out


def _as_person(m: Mention, surnames: set[str]) -> Mention:
    if m.type not in ("LOC", "ORG") or m.kind:
        return m
    words = m.text.split()
    titles = lexicon(m.lang).titles
    k = 0
    while k < len(words) - 1 and words[k] in titles:
        k += 1
    if len(words) - k != 1 or (m.type == "ORG" and not k):
        return m  # an organisation's one word is its own name ("<Surname>" the firm)
    word = words[k]
    base = m.base if m.base and " " not in m.base.strip() else word
    if not ({fold(word), fold(base)} & surnames):
        return m
    at = m.start + m.text.rindex(word)
    return replace(m, start=at, text=word, type="PER", base=base if k == 0 else word)
