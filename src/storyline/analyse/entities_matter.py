"""A body's name goes on over the matter it deals with, after a preposition (demo, issue 16).

Russian, Ukrainian and Bulgarian name a body by its kind, its country and then its matter after a
preposition: "Государственная служба Украины по чрезвычайным ситуациям" (the State Emergency
Service of Ukraine), "Державна служба України з надзвичайних ситуацій". A tagger often stops
before the preposition, and the cut name ("the State Service of Ukraine") neither says what the
body is nor links with its names in other languages, whose keys hold the matter ("emergency").

An organisation whose name has a body's head noun (``bodies`` of ``lang/concepts/roles.toml``:
service, ministry, agency …; not a stream, a sea or a compass point) takes the words after one of
the language's ``name_matter_prepositions`` when they are a short run of lower-case words ending
at a punctuation mark or a bracket and hold a matter of the concept lexicons (emergency, health,
defence …: a concept that is neither a kind of body nor a country). So "по данным" (according to)
or "з громадськими організаціями" (with civic organisations) stay out: the first holds no
concept, the second only a kind of body; nor does a run that opens with a word for reasons
(``name_matter_not_openers``: "з міркувань безпеки", for security reasons). The matter keeps its
case (it does not agree with the head), so the base form is the head's base with the matter as
written.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

import regex

from storyline.model import Mention
from storyline.names.concepts import concept_key, name_tokens, roles
from storyline.names.parts import data_words

MAX_MATTER_WORDS = 4
_WORD = r"\p{Ll}[\p{L}\p{M}'’-]*"


@cache  # asked for every organisation of every passage
def _pattern(lang: str) -> regex.Pattern[str] | None:
    words = data_words(lang, "name_matter_prepositions")
    if not words:
        return None
    preps = "|".join(regex.escape(w) for w in words)
    return regex.compile(
        rf"[ \t]+(?:{preps})[ \t]+((?:{_WORD}[ \t]+){{0,{MAX_MATTER_WORDS - 1}}}{_WORD})(?=[ \t]*[.,;:!?()«»\"“”„\n–—]|$)"
    )


def _is_body(name: str, lang: str | None) -> bool:
    """Whether a name has a concept key and a head that names a body of people: a pipeline
    ("Nord Stream"), a sea or an island has a head but deals with no matter."""
    if concept_key(name, lang) is None:
        return False
    bodies = roles().bodies
    return any(kind == "concept" and t in bodies for t, kind in name_tokens(name, lang))


def _is_matter(words: str, lang: str) -> bool:
    # "з міркувань безпеки" (for reasons of security) says why, not what a body deals with
    first = words.split(maxsplit=1)[0].casefold()
    if first in data_words(lang, "name_matter_not_openers"):
        return False
    r = roles()
    return any(
        kind == "concept" and t not in r.heads and t not in r.dropped and t not in r.scope
        for t, kind in name_tokens(words, lang)
    )


def with_matter(text: str, mentions: list[Mention], lang: str | None) -> list[Mention]:
    """``mentions`` (sorted) with each organisation extended over its matter (the module's doc)."""
    pattern = _pattern(lang) if lang else None
    if pattern is None:
        return mentions
    out = []
    for i, m in enumerate(mentions):
        hit = pattern.match(text, m.end) if m.type == "ORG" else None
        nxt = mentions[i + 1].start if i + 1 < len(mentions) else len(text)
        if (
            hit is not None
            and hit.end() <= nxt
            and _is_body(m.base or m.text, lang)
            and _is_matter(hit.group(1), lang or "")
        ):
            tail = text[m.end : hit.end()]
            m = replace(m, end=hit.end(), text=m.text + tail, base=(m.base or m.text) + tail)
        out.append(m)
    return out
