"""A "person" that a noun for a company or an agency names is the company.

A tagger reads a foreign one-word company name ("Nordvax", "Holmby") as a surname: it looks like
one, and nothing in the word says otherwise. The text does: "the company Nordvax", "the agency
Holmby", "the concern Nordvax" — a noun for a firm, an agency or an airline right before the name
(``company_words`` in ``lang/entities/<lang>.toml``; a quotation mark between allowed). Once one
mention of a name in the passage stands so, every mention of that name (the
same written form or base form) in the passage is the organisation: "Nordvax said" a line later is
the company too. A name that starts with a given name ("the company's Anna Nordvik") is a
person's, and stays, and so is a name after a title and the noun ("the airline's chief Nordvik") —
unless the name keeps its Latin letters after a noun of another script: "Компанията Anna
Nordvik, специализирана в …" is a firm named after its founders, as a Cyrillic text writes a
person's name in its own letters and a brand as the brand does (audit round 30 N3: a recruiter
typed a person).

Two ways the text says the company is the person's, not named by him (audit round 31 N3):
- the name is declined where an apposition would not be, and the language's dictionary knows the
  declined word as a person's name: a name after the noun keeps its written form ("в компании
  Nordvax", "компании «Ловенс»"), so "в компании Петрова" (in Petrov's company, a surname's
  genitive) is the owner or the head. The dictionary (pymorphy3, Russian and Ukrainian) decides,
  as "spółka Gazpromu" (Gazprom's subsidiary) is a company's genitive, the same shape;
- a title, then the language's word for "of" (``company_of_words``: Bulgarian "на", which has no
  genitive), then the noun: "зам.-председателят на компанията Name" (the company's deputy chair
  Name) is the person, as "the airline's chief Nordvik" is; a compound title ("зам.-председател",
  "вице-президент") is read by its last part.

A company's legal form written before its name (``company_forms_before``: Russian "ООО «X»", the
limited company X) makes the name an organisation of whatever type a tagger gave it (audit round
31 N3: a limited company typed a product). As written: case counts ("АО" is no "ао").
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

import regex

from storyline.analyse.entity_rules import lexicon
from storyline.model import Mention
from storyline.names import fold
from storyline.names.parts import data_words
from storyline.names.script import is_latin
from storyline.ner.features import first_name
from storyline.ner.morphology import PERSON, for_lang

_WORD_BEFORE = regex.compile(r"(?:([\p{L}\p{M}]+)[ \t]+)?([\p{L}\p{M}]+)[ \t]+[«„“\"']?$")
_TITLE_OF = regex.compile(r"(\S+)[ \t]+([\p{L}\p{M}]+)[ \t]+$")  # "<title> of " before the noun
_FORM_BEFORE = regex.compile(r"(\S+)[ \t]+[«„“\"']?$")
REACH = 40  # characters looked at before a mention for the noun


@cache
def _company_words(lang: str | None) -> frozenset[str]:
    return frozenset(data_words(lang, "company_words")) if lang else frozenset()


@cache
def _of_words(lang: str | None) -> frozenset[str]:
    return frozenset(data_words(lang, "company_of_words")) if lang else frozenset()


@cache
def _forms_before(lang: str | None) -> frozenset[str]:
    return frozenset(data_words(lang, "company_forms_before")) if lang else frozenset()


def _after_legal_form(text: str, m: Mention, lang: str | None) -> bool:
    """ "ООО «X»": a company's legal form right before the name, a quote mark at most between."""
    forms = _forms_before(lang)
    before = _FORM_BEFORE.search(text, max(0, m.start - REACH), m.start) if forms else None
    return before is not None and before.group(1) in forms


def _titled(text: str, before: regex.Match[str], lang: str | None) -> bool:
    """A title right before the company noun ("the airline's chief"), or a title and the
    language's "of" before it ("зам.-председателят на компанията")."""
    titles = lexicon(lang).titles
    if before.group(1) and before.group(1) in titles:
        return True
    of = _TITLE_OF.search(text, max(0, before.start(2) - REACH), before.start(2))
    return bool(of) and of.group(2).lower() in _of_words(lang) and of.group(1).split("-")[-1] in titles


def _declined_person(m: Mention, lang: str | None) -> bool:
    """The name is written in a case form of its own (its base form is shorter than its words and
    begins them: "Петрова" of "Петров") and the dictionary knows its last word as a person's name."""
    base = fold(m.base or m.text)
    written = fold(m.text)
    if not (len(written) > len(base) and written.startswith(base[: max(1, len(base) - 1)])):
        return False
    morph = for_lang(lang) if lang else None
    if morph is None:
        return False
    word = m.text.split()[-1]
    if not morph.analyzer.word_is_known(word.lower()):
        return False  # a guess from the word's ending says nothing of whose name it is
    return bool(PERSON & set(morph.analyzer.parse(word)[0].tag.grammemes))


def companies_named(text: str, mentions: list[Mention], lang: str | None) -> list[Mention]:
    """``mentions`` of one passage with the "persons" a company noun names typed ORG, and the
    names after a company's legal form too."""
    mentions = [
        replace(m, type="ORG") if m.type in ("PER", "PRO", "LOC") and _after_legal_form(text, m, lang) else m
        for m in mentions
    ]
    nouns = _company_words(lang)
    if not nouns:
        return mentions
    named: set[str] = set()
    for m in mentions:
        if m.type != "PER" or m.kind:
            continue
        before = _WORD_BEFORE.search(text, max(0, m.start - REACH), m.start)
        if not before or before.group(2).lower() not in nouns:
            continue
        words = m.text.split()
        brand = is_latin(m.text) and not is_latin(before.group(2))
        if len(words) > 1 and first_name(words[0], lang or "") and not brand:
            continue
        if not (_declined_person(m, lang) or _titled(text, before, lang)):
            named |= {fold(m.text), fold(m.base or m.text)}  # not "the airline's chief Nordvik"
    if not named:
        return mentions
    return [
        replace(m, type="ORG")
        if m.type == "PER" and not m.kind and {fold(m.text), fold(m.base or m.text)} & named
        else m
        for m in mentions
    ]
