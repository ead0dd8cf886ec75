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

A body's matters listed with commas and a conjunction ("министерства культуры, СМИ и спорта",
the ministry of culture, media and sport) are one name too: a tagger that reads the capitalised
"СМИ" takes "СМИ и спорта" for a name of its own. A mention that joins words with a conjunction
and ends in a lower-case word (a matter, not a name: "ФСБ и МВД" are two bodies of a list; a
Czech society's "… lékařské společnosti" has no conjunction) and stands right after a comma that
closes such a head's matter ("министерства культуры,") starts at the head (``with_listed_matter``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import cache

import regex

from storyline.model import Mention
from storyline.names.concepts import concept_key, name_tokens, roles
from storyline.names.parts import conjunctions, data_words

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


MAX_LISTED = 6  # lower-case words between a body's head and the comma before a listed matter
_TOKEN = regex.compile(r"[\p{L}\p{M}'’-]+|[^\s\p{L}\p{M}]")
LISTED_REACH = 100  # characters before a mention where the head and its first matters stand


def with_listed_matter(
    text: str, mentions: list[Mention], lang: str | None, rebase: Callable[[str, str], str]
) -> list[Mention]:
    """``mentions`` (sorted) with a matter listed after a body's head taken back to the head (the
    module's doc)."""
    out: list[Mention] = []
    for m in mentions:
        words = m.text.split()
        floor = max(out[-1].end if out else 0, m.start - LISTED_REACH)
        head = None
        if m.type != "PER" and words[-1][:1].islower() and conjunctions(lang) & set(words[1:-1]):
            head = _listed_head(text, floor, m.start, lang)
        if head is None:
            out.append(m)
            continue
        surface = text[head : m.end]
        out.append(replace(m, start=head, text=surface, type="ORG", base=rebase(surface, "ORG")))
    return out


def _listed_head(text: str, floor: int, start: int, lang: str | None) -> int | None:
    """Where a body's head stands before "<head> <matter>, " that ends at ``start``."""
    tokens = list(_TOKEN.finditer(text, floor, start))
    if not tokens or tokens[-1].group() != ",":
        return None
    lower = 0
    for tok in reversed(tokens[:-1]):
        word = tok.group()
        if word == ",":
            continue
        if _is_body(word, lang):
            return tok.start() if lower else None
        if not word[:1].islower() or lower == MAX_LISTED:
            return None
        lower += 1
    return None
