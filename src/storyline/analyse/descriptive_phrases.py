"""A body described by a country's adjective and common nouns: no name, though BSNLP marks it.

"Španělská vláda" (the Spanish government), "Македонското правителство", "Italijanski varuh
konkurence" (the Italian competition watchdog), "Americká tisková agentura" (the American press
agency): the text says which body it means by its country and what it does, in the language's
own words, written as Slavic languages write a name (the first word capitalised, at a sentence's
start or by habit). BSNLP's gold marks such phrases as organisations, so recognition keeps them;
the audit rules call them no name (N1) or a name padded with a descriptor (N2: "Nemška agencija
za …", the agency's own name being German). The linker gives such a mention the kind
``DESCRIPTIVE_PHRASE`` and the entity list folds an entity of such mentions alone
(``entity_confidence.is_listed``), as it folds a common phrase opening a sentence.

One is:
- a country's adjective (``demonym_country``) and a word for a government (``government``,
  ``cabinet`` of the concept lexicon) and nothing else, in any language: no government is named
  "the <Country> government";
- or, in a language with a home country (``home_country``), a foreign country's adjective
  before words all in lower case, one of them a body's word of the concept lexicon (agency,
  ministry, court …) or none a word the lexicon knows: a body abroad described in the text's
  language. Not a party's name (its own name translated word for word) nor a state's ("Ruska
  federacija"), nor a thing's ("<Country> Stream", a pipeline).
The language's own country is left out of the second: "Česká národní banka", "Slovenska tiskovna
agencija" are the bodies' own names, written so.
"""

from __future__ import annotations

import re

from storyline.names.concepts import STATE_FORMS, concept_key, demonym_country, home_country, roles

GOVERNMENT = frozenset({"government", "cabinet"})
PARTY = frozenset({"party"})
_WORD = re.compile(r"[^\W\d_]+")


def descriptive_phrase(text: str, etype: str, lang: str | None) -> bool:
    """Whether an organisation's mention is a country's adjective and common nouns."""
    if etype != "ORG" or not lang:
        return False
    words = _WORD.findall(text)
    if len(words) < 2 or len(words) != len(text.split()) or any(not w.islower() for w in words[1:]):
        return False  # a capitalised word, a number or a mark after the first: a name's own word
    country = demonym_country(words[0], lang)
    if country is None:
        return False
    key = concept_key(text, lang)
    tokens = frozenset(key.tokens) if key else frozenset()
    if tokens & GOVERNMENT and all(t.startswith("@") or t in GOVERNMENT for t in tokens):
        return True  # "the Czech government", whichever country's press writes it
    home = home_country(lang)
    if home is None or country == home:
        return False
    if key is None:
        return True  # words the concept lexicon does not know ("varuh konkurence", a watchdog)
    # a body's word ("agency", "ministry", "court"), no party's, no state's form: "<Country>
    # Stream" is a pipeline's name, "<Adjective> Communist Party" a party's own
    return bool(tokens & (roles().bodies - PARTY)) and not (key.party or tokens & (PARTY | STATE_FORMS))
