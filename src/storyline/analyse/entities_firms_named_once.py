"""A name the passage once calls a company is the company wherever a tagger typed it otherwise.

News introduces a firm once with its noun ("the company Nordvax", "the gas giant Holmgaz", "the
carrier Velair") and names it alone after that. A tagger that never saw the brand reads the word
alone as a surname or a town, mention by mention, and types the introduced mention as it reads
it too — an organisation after the noun, mostly. ``entities_companies`` retypes the other
mentions only where a "person" itself stands after the noun; where the tagger typed that one an
organisation already, the others stay persons and places.

So where the language says so (``firms_named_once`` in ``lang/entities/<lang>.toml``), a name
any mention of which stands right after one of the language's ``company_words`` (any type, a
quotation mark between allowed) is the organisation in every other mention typed a person or a
place in the passage: the same written form, base form or stem (the case ending aside: "Velair",
"Velaira"). Not a name that opens with a given name ("the company's Anna Nordvik"), not one
after a title and the noun ("the airline's chief Nordvik") nor a surname in a case form the
dictionary knows ("in Petrov's company": ``entities_companies``' tests), not a place a gazetteer
or the learned name table knows, as written or in its base form ("the largest airline of
Holmland": the noun's genitive complement; the town a plant is named after stays a town).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import cache

import regex

from storyline.analyse.entities_companies import _declined_person, _titled
from storyline.model import Mention
from storyline.names import fold, given_name, is_place
from storyline.names.parts import data_words, entity_data
from storyline.ner.features import first_name

RETYPED = ("PER", "LOC")  # a tagger's reading of a foreign brand alone: a surname or a town
MIN_STEM = 4  # letters two case forms of a brand share before their endings ("Velair", "Velaira")
MAX_ENDING = 2  # letters a case ending adds past the stem ("Velair" → "Velairom")
PLACE = "LOC"
REACH = 40  # characters looked at before a mention for the noun
_WORD_BEFORE = regex.compile(r"(?:([\p{L}\p{M}]+)[ \t]+)?([\p{L}\p{M}]+)[ \t]+[«„“\"']?$")

Known = Callable[[str, str], bool]  # (type, base form) → whether the learned name table holds it


@cache
def _nouns(lang: str) -> frozenset[str]:
    return frozenset(data_words(lang, "company_words"))


def _keys(m: Mention) -> set[str]:
    return {fold(m.text), fold(m.base or m.text)}


def _same_brand(m: Mention, named: set[str], stems: set[str]) -> bool:
    """The same written or base form, or one word that is a case form of a named one: it begins
    with the named word less its last letter and runs on by a case ending at most."""
    if _keys(m) & named:
        return True
    word = fold(m.text)
    return " " not in word and any(
        word.startswith(stem) and len(word) - len(stem) <= MAX_ENDING + 1 for stem in stems
    )


def _introduced(text: str, m: Mention, lang: str, known: Known) -> bool:
    """Right after a company noun, as a brand: no given name first, no title before the noun
    (``entities_companies``' tests), no place ("Europe's largest airline": its genitive)."""
    before = _WORD_BEFORE.search(text, max(0, m.start - REACH), m.start)
    if not before or before.group(2).lower() not in _nouns(lang):
        return False
    if _titled(text, before, lang) or _declined_person(m, lang):
        return False  # "the airline's chief Nordvik", "in Petrov's company": the person
    words = m.text.split()
    if given_name(words[0]) or (len(words) > 1 and first_name(words[0], lang)):
        return False
    return not _place(m, known)


def _place(m: Mention, known: Known) -> bool:
    """A place a gazetteer or the learned name table knows, as written or in its base form."""
    return any(is_place(form) or known(PLACE, form) for form in {m.text, m.base or m.text})


def firms_named_once(
    text: str, mentions: list[Mention], lang: str | None, known: Known = lambda _t, _b: False
) -> list[Mention]:
    """``mentions`` of one passage with every person or unknown place a company noun names
    elsewhere in the passage typed ORG (the module's doc)."""
    if not lang or not entity_data(lang).get("firms_named_once"):
        return mentions
    named: set[str] = set()
    for m in mentions:
        if not m.kind and m.text[:1].isupper() and _introduced(text, m, lang, known):
            named |= _keys(m)
    if not named:
        return mentions
    stems = {key[:-1] for key in named if " " not in key and len(key) > MIN_STEM}
    out = []
    for m in mentions:
        if (
            m.type in RETYPED
            and not m.kind
            and _same_brand(m, named, stems)
            and not given_name(m.text.split()[0])
            and not _place(m, known)
        ):
            m = replace(m, type="ORG")
        out.append(m)
    return out
