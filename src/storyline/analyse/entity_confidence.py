"""How sure storyline is that an entity is a real name, rightly typed and rightly merged.

A small logistic model over what the entity list already holds (its mentions' case, spellings and
base forms, the name's shape, whether a gazetteer or the first-name lists know it): fitted on the
labelled precision-audit rounds by ``eval/audit_listing_entities.py`` and shipped as
``models/entity_confidence.json``. Computed at read time from the entity, so nothing is stored and
the store's schema is untouched. The entity list folds the entities under ``listed`` away as
"less certain names"; they stay in the store, in exports and behind ``--all``.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from storyline.model import Entity, EntityMention
from storyline.names.concepts import PEOPLE_MEMBER
from storyline.names.gazetteers import fold, is_place
from storyline.names.given import given_name
from storyline.names.media import any_media_words
from storyline.names.script import is_cased, script

TYPES = ("PER", "ORG", "LOC", "EVT", "PRO")
MIN_CONTENT_WORD = 3  # letters: a shorter lower-case word inside a name is a particle ("of", "za", "de")
COMMON_ZIPF = 4.0  # a word this frequent in its language (wordfreq) is an everyday word
# an entity mention's kind: a common phrase capitalised only as a sentence's opening words
# ("Mednarodna skupnost", the international community; ``sentence_phrases``)
SENTENCE_PHRASE = "sentence_phrase"
# an entity mention's kind: a common noun in lower case with the definite article ("епидемията";
# ``concepts.articled_noun``)
ARTICLED_NOUN = "articled_noun"
# an entity mention's kind: a body described by a country's adjective and common nouns ("the
# Spanish government", "the Italian competition watchdog"; ``descriptive_phrases``)
DESCRIPTIVE_PHRASE = "descriptive_phrase"
# an entity mention's kind: a foreign word the text translates right after it ('«Containment», то
# есть сдерживания'; ``glossed_terms``)
GLOSSED_TERM = "glossed_term"
# an entity mention's kind: a word an ellipsis cut short ("Cana..." of a cut headline;
# ``truncated_words``)
TRUNCATED_WORD = "truncated_word"
# an entity mention's kind: a common noun capitalised after "our" ("naszym Uniwersytetem";
# ``possessed_nouns``)
POSSESSED_NOUN = "possessed_noun"
# an entity mention's kind: a quoted sentence on a line of its own, a headline's quotation
# (``quoted_headlines``)
QUOTED_HEADLINE = "quoted_headline"
COPYRIGHT_NOTICE = "copyright_notice"  # a site's footer under every article (analyse/copyright_notices.py)
# the kinds of mention no name is made of: an entity of these alone is folded from the list
FOLDED_KINDS = frozenset(
    {
        PEOPLE_MEMBER,
        SENTENCE_PHRASE,
        ARTICLED_NOUN,
        DESCRIPTIVE_PHRASE,
        GLOSSED_TERM,
        TRUNCATED_WORD,
        POSSESSED_NOUN,
        QUOTED_HEADLINE,
        COPYRIGHT_NOTICE,
    }
)
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Weights:
    intercept: float
    weights: dict[str, float]
    listed: float  # confidence at or above which the entity list shows an entity
    support: int = 3  # documents that name an entity: from this many on, it is listed whatever its score


@cache
def weights() -> Weights:
    raw = json.loads(
        resources.files("storyline").joinpath("models/entity_confidence.json").read_text("utf-8")
    )
    return Weights(
        float(raw["intercept"]),
        {k: float(v) for k, v in raw["weights"].items()},
        float(raw["listed"]),
        int(raw["support"]),
    )


def _lower(text: str) -> bool:
    """A mention written in lower case where its script has case: a common noun more often than a
    name (names are capitalised in every cased script storyline reads)."""
    first = next((ch for ch in text if ch.isalpha()), "")
    return bool(first) and is_cased(script(first)) and first.islower()


@cache
def everyday_words(lang: str) -> frozenset[str]:
    """The words of a language at least COMMON_ZIPF frequent (wordfreq's small list: read once, a
    set look-up after; ``zipf_frequency`` per word took seconds over a store's entity list)."""
    from wordfreq import available_languages, get_frequency_dict

    if lang not in available_languages("small"):  # wordfreq would answer for a "nearest" language
        return frozenset()
    least = 10 ** (COMMON_ZIPF - 9)  # zipf is log10 of the frequency per billion words
    return frozenset(w for w, f in get_frequency_dict(lang, "small").items() if f >= least)


def common_words(text: str, lang: str | None) -> bool:
    """Every content word of the name an everyday word of its language (wordfreq): a phrase
    ("the water board") more often than a name. All capitals (an abbreviation) and a number are
    no words."""
    words = [
        w.lower()
        for w in _WORD.findall(text)
        if len(w) > MIN_CONTENT_WORD and w.isalpha() and not w.isupper()
    ]
    known = everyday_words(lang) if lang else frozenset()
    return bool(words) and all(w in known for w in words)


def entity_features(entity: Entity) -> dict[str, float]:
    """The model's inputs, each a share or a 0/1 sign. No count that grows with the entity: the
    audits sample entities uniformly, so the few large ones there are wrong mostly by a merge, and a
    fit would learn to distrust exactly the names a story is about."""
    every = entity.mentions
    # A country's adjective ("български") is written in lower case and has the country's name as its
    # base by design: the signs of a name's own mentions are read from its names only.
    ms = [m for m in every if m.kind != "adjective"] or every
    n = max(1, len(ms))
    words = entity.name.split()
    first = words[0] if words else ""
    spellings = {m.text for m in ms}
    bases = Counter(m.base or m.text for m in ms)
    top = bases.most_common(1)[0][0] if bases else ""
    # agreement within each language: a name has a base form per language (Bulgaria / България)
    by_lang: dict[str | None, Counter[str]] = {}
    for m in ms:
        by_lang.setdefault(m.lang, Counter())[m.base or m.text] += 1
    agreeing = sum(c.most_common(1)[0][1] for c in by_lang.values())
    lang = Counter(m.lang for m in ms).most_common(1)[0][0] if ms else None
    place = any(is_place(x) for x in {entity.name, *(m.base or m.text for m in ms[:20])})
    feats: dict[str, float] = {
        "lower_share": sum(_lower(m.text) for m in ms) / n,
        "adjective_share": sum(m.kind == "adjective" for m in every) / max(1, len(every)),
        "base_differs": sum(bool(m.base) and m.base != m.text for m in ms) / n,
        "spellings": len(spellings) / n,
        "known_place": float(place),
        "one_word": float(len(words) == 1),
        "long_name": float(len(words) >= 4),
        "acronym": float(len(entity.name) >= 2 and entity.name.isupper()),
        "digits": float(bool(_DIGIT.search(entity.name))),
        "given_name": float(entity.type == "PER" and len(words) >= 2 and bool(given_name(first))),
        "single": float(len(every) == 1),
        "inner_lower": sum(_lower(w) for w in words if len(w) > MIN_CONTENT_WORD) / max(1, len(words)),
        # an outlet typed as anything but an organisation (the audits mark the type wrong)
        "media_word": float(entity.type != "ORG" and any(fold(w) in any_media_words() for w in words)),
        # the mentions agree on one base form: a split base form (a case ending left) is what the
        # audits mark wrong most (N4)
        "base_agrees": agreeing / n,
        # a country's or a city's name is an everyday word too, and the place tables know it
        "common_words": float(not place and common_words(top, lang)),
    }
    for t in TYPES:
        feats["type_" + t] = float(entity.type == t)
    return feats


def score(feats: dict[str, float], w: Weights | None = None) -> float:
    w = w or weights()
    z = w.intercept + sum(w.weights.get(k, 0.0) * v for k, v in feats.items())
    return 1.0 / (1.0 + math.exp(-z))


def entity_confidence(entity: Entity) -> float:
    return round(score(entity_features(entity)), 3)


def is_listed(entity: Entity, w: Weights | None = None) -> bool:
    """Whether the entity list shows it among the names (else folded as a less certain name). An
    entity named in several documents is always shown: the audits found its errors in a merged
    name or a base form, which folding the entity away would not mend — it would hide the story's
    main names."""
    if entity.mentions and all(m.kind in FOLDED_KINDS for m in entity.mentions):
        # "Britanka" (the Briton) typed a person, "Mednarodna skupnost" (the international
        # community) opening a sentence: a common noun or phrase, no one's name
        return False
    w = w or weights()
    documents = len({m.doc for m in entity.mentions})
    return documents >= w.support or score(entity_features(entity), w) >= w.listed


def from_dossier(e: dict[str, Any]) -> Entity:
    """An entity of the dossier JSON as the model's object (the report reads the JSON)."""
    keys = ("doc", "start", "end", "text", "base", "lang", "kind")
    mentions = [EntityMention(**{k: m.get(k) for k in keys}) for m in e.get("mentions") or []]
    return Entity(e["id"], e["type"], e["name"], e.get("names") or {}, mentions, e.get("kind"))


def listed_of(entities: list[Entity]) -> tuple[list[Entity], list[Entity]]:
    """(listed, folded) of an entity list, order kept."""
    shown: list[Entity] = []
    folded: list[Entity] = []
    for e in entities:
        (shown if is_listed(e) else folded).append(e)
    return shown, folded
