"""A name's short form and its full name in one document: one thing.

A text names a thing in full once and then shortly: "the European Commission" and then "the
Commission", "Naftogaz of Ukraine" and "Naftogaz", "the Baltic Sea" and "the Baltic". The short
form's keys (a generic word keyed by the document's country, a spelling without the qualifier)
find another entity or none, so the two split. Here a short form is read against the fuller
names of its own document: its words (``concepts.name_tokens``: concepts, countries, numbers,
proper words) must all be among the full name's, and what the full name adds must be a qualifier
— a country, a modifier of the lexicon (European, Supreme), a kind of place (sea). A number or
a word of its own added makes another thing: "Nord Stream" is Nord Stream 1 beside "Nord Stream
2", "Gazprom Export" a company of Gazprom; an abbreviation added too ("CM WUM" is a hospital of
WUM). Only a short form with one full name to go to in its document is joined, and its entity
joins, so the same short name in other documents follows (the index's keys find it there).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.model import Mention
from storyline.names.concepts import name_tokens, roles

# place kinds: a place's name without its kind word is the place ("the Baltic" for the Baltic Sea)
PLACE_KINDS = frozenset({"sea", "ocean", "island"})


@dataclass(frozen=True)
class Named:
    """A mention as this rule reads it: its tokens and kinds, and its type family."""

    index: int
    family: str
    tokens: frozenset[str]
    kinds: dict[str, str]
    short_ok: bool  # may stand as a short form (not a gazetteer place, not a person)
    member: bool = False  # a party's members ("the conservatives"): the party's own name
    mark: str | None = None  # the token of a capital letter that ends the name ("Sputnik V": v)


WHOLE = 100  # letters of a proper word compared: the whole word (Trzin is not Tržič)


def named(i: int, m: Mention, family: str, short_ok: bool, member: bool = False) -> Named | None:
    base = m.base or m.text
    words = name_tokens(base, m.lang, WHOLE)
    if any(t in roles().parties for t, _ in words):  # "the Conservatives" and "Conservative Party"
        words = tuple((t, k) for t, k in words if t != "party")
    if not words:
        return None
    kinds = dict(words)
    return Named(i, family, frozenset(kinds), kinds, short_ok, member, _mark(base, words))


# a name ending in one capital letter of its own: "Sputnik V", "«Galaxy S»", "Model-X"
_LETTER_END = re.compile(r"\w[\s\-–]+([^\W\d_])\W*$")


def _mark(base: str, words: tuple[tuple[str, str], ...]) -> str | None:
    """The token of the capital letter that ends a name of two words or more, if it does."""
    found = _LETTER_END.search(base)
    if found is None or not found.group(1).isupper() or len(words) < 2:
        return None
    token, kind = words[-1]
    return token if kind == "proper" and len(token) == 1 else None


def _is_short_form(short: Named, full: Named) -> bool:
    """Whether ``full`` is ``short`` with qualifiers added. A short form with a head word (the
    Commission, a court) may leave out modifiers (European, Supreme); one without (the Baltic,
    Naftogaz) a kind of place. Either may leave out a country, unless it is generic (the
    ministry of health of one country is not that of another)."""
    if not (short.tokens < full.tokens or (short.member and short.tokens == full.tokens)):
        return False
    r = roles()

    def head(t: str) -> bool:
        return t in r.heads or t in r.parties

    if not any(short.kinds[t] in ("proper", "concept") for t in short.tokens):
        return False  # a country alone is no short form of a body's name
    has_head = any(short.kinds[t] == "concept" and head(t) for t in short.tokens)
    generic = all(short.kinds[t] == "concept" and t not in r.scope for t in short.tokens)
    for t in full.tokens - short.tokens:
        kind = full.kinds[t]
        if kind == "country_name":
            return False  # a country's name set after another: its branch there (Interfax-Ukraine)
        if kind in ("country", "country_name"):
            if generic:
                return False
        elif kind in ("proper", "number"):
            return False  # a word or a number of its own: another thing
        elif head(t):
            if has_head or t not in PLACE_KINDS:
                return False  # another kind of body (the Commission of a parliament)
        elif not has_head:
            return False  # "Europe" is not "Central Europe"
    return True


def short_forms(items: list[Named], entity_of: dict[int, str]) -> list[tuple[int, int]]:
    """(short, full) for each short form of the document with one full name to go to."""
    out = []
    for short in items:
        if not short.short_ok:
            continue
        found = {
            entity_of[full.index]: full.index
            for full in items
            if full.family == short.family
            and entity_of[full.index] != entity_of[short.index]
            and _is_short_form(short, full)
        }
        if len(found) == 1:
            out.append((short.index, next(iter(found.values()))))
    return out


def letter_variants(items: list[Named], entity_of: dict[int, str]) -> list[tuple[int, int]]:
    """(bare, variant) for each bare name of the document whose only fuller names are one
    entity's, each the bare name with one letter set after it."""
    out = []
    for short in items:
        if not short.short_ok or short.mark is not None:
            continue
        fuller = [
            full
            for full in items
            if full.family == short.family
            and short.tokens < full.tokens
            and entity_of[full.index] != entity_of[short.index]
        ]
        marks = {f.mark for f in fuller if f.mark is not None}
        # one letter, written a capital at least once (a lower-case "v" may be a preposition)
        if (
            len(marks) == 1
            and len({entity_of[f.index] for f in fuller}) == 1
            and all(f.tokens - short.tokens == marks for f in fuller)
        ):
            out.append((short.index, fuller[0].index))
    return out
