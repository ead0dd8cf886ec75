"""A sea's, a strait's or a kingdom's name written as an adjective and a small-letter noun is one place.

Slavic languages other than Polish name a sea, a gulf, a strait, a lake, a peninsula and some
states by an adjective and a common noun in small letters (Slovene "Vranjsko morje", Czech
"Modrinské moře", Russian "Калверский залив", "<X> kingdom", "<X> republic"). A tagger that stops
at the capital letter keeps the adjective alone — a "place" that is no name, often typed a body
or a person — or takes both words and types them a body. BSNLP's gold marks the two words, a
place, in every language and topic.

A one-word mention whose word ends as the language's adjectives do (``feature_adjective_endings``)
and that one of the language's nouns of such places follows after a space (``feature_nouns``,
their case forms: ``lang/entities/<lang>.toml``) runs on over the noun and is a place, whatever
type it had; a mention that is exactly such an adjective and noun is a place; and such an
adjective and noun that no mention touches is one, when the capital letter is no sentence's
(a small letter, a digit or a comma before it: "na Vranjskem morju", not "Toplo morje je …").
Not when a capitalised word follows the noun: the name goes on ("<Federal> republic <Name>").
The nouns are places' kinds only: not a house, a gate, a union or a federation, which name
buildings and bodies as often ("Bela hiša", "Nogometna zveza", an international federation).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import cache

import regex

from storyline.model import Mention
from storyline.names.parts import data_words

PLACE = "LOC"
AGREEING = 2  # last letters that adjectives in one case and gender share ("-im", "-ega")
MAX_CONJUNCTS = 5  # adjectives in one run before their shared noun
MIN_ADJECTIVE = 4  # letters: a numeral before the noun is shorter ("Dve morja", two seas: no one place)
# the noun, not followed by a capitalised word: "<Federal> republic <Name>" goes on past it
NEXT_SMALL_WORD = regex.compile(r"[ \t]+(\p{Ll}+)(?![\p{L}\p{M}\p{N}-])(?![ \t]+\p{Lu})")
_ADJECTIVE_AND_NOUN = regex.compile(r"(\p{Lu}\p{Ll}+)[ \t]+(\p{Ll}+)")
# in running text: after a word in small letters, a digit or a comma (a capital there is the name's)
ADJECTIVE_NOUN_IN_SENTENCE = regex.compile(
    r"(?<=[\p{Ll}\p{N},][ \t]+)(\p{Lu}\p{Ll}+)[ \t]+(\p{Ll}+)(?![\p{L}\p{M}\p{N}-])(?![ \t]+\p{Lu})"
)


@cache
def _nouns(lang: str) -> frozenset[str]:
    return frozenset(data_words(lang, "feature_nouns"))


@cache
def _endings(lang: str) -> tuple[str, ...]:
    return data_words(lang, "feature_adjective_endings")


def is_adjective(word: str, lang: str) -> bool:
    """A capitalised word in small letters after its first that ends as the language's adjectives."""
    return (
        len(word) >= MIN_ADJECTIVE
        and bool(regex.fullmatch(r"\p{Lu}\p{Ll}+", word))
        and word.endswith(_endings(lang))
    )


def with_feature_nouns(
    text: str,
    mentions: list[Mention],
    lang: str | None,
    rebase: Callable[[str, str], str],
    bounds: tuple[int, int] | None = None,
) -> list[Mention]:
    """``mentions`` with each adjective of a sea's or a state's name cut from its noun made whole
    again, such a name typed a place, and such names no mention touches in ``text[bounds]``
    added."""
    if not lang or not _nouns(lang):
        return mentions
    starts = {m.start for m in mentions}
    out = []
    for m in mentions:
        if m.kind == "adjective":
            out.append(m)
            continue
        whole = _ADJECTIVE_AND_NOUN.fullmatch(m.text)
        noun = NEXT_SMALL_WORD.match(text, m.end)
        if (
            " " not in m.text
            and is_adjective(m.text, lang)
            and noun is not None
            and noun.group(1) in _nouns(lang)
            and noun.start(1) not in starts
        ):
            surface = text[m.start : noun.end(1)]
            m = replace(m, end=noun.end(1), text=surface, type=PLACE, base=rebase(surface, PLACE))
        elif (
            m.type != PLACE
            and whole is not None
            and is_adjective(whole.group(1), lang)
            and whole.group(2) in _nouns(lang)
        ):
            m = replace(m, type=PLACE, base=rebase(m.text, PLACE))
        out.append(m)
    if bounds is not None:
        out = sorted(out + _unfound(text, out, lang, rebase, bounds), key=lambda m: (m.start, -m.end))
    if _shared_in_base(lang):
        out = _with_shared_nouns(text, out, lang, rebase)
    return out


@cache
def _shared_in_base(lang: str) -> bool:
    from storyline.names.parts import entity_data

    return bool(entity_data(lang).get("feature_noun_shared_in_base"))


def _with_shared_nouns(
    text: str, mentions: list[Mention], lang: str, rebase: Callable[[str, str], str]
) -> list[Mention]:
    """Adjectives coordinated before the one place noun they share ("med <A>skim, <B>skim in
    <C>im morjem", between the A, B and C seas): each a place whose base form is its adjective
    with the noun, as the language's annotators write it (``feature_noun_shared_in_base``:
    "<A>sko morje"); the adjective alone is no place's name, and read alone its case stays."""
    from storyline.names.parts import conjunctions

    joins = conjunctions(lang)
    wholes = {
        m.start: m
        for m in mentions
        if (w := _ADJECTIVE_AND_NOUN.fullmatch(m.text)) and w.group(2) in _nouns(lang)
    }
    out = []
    for m in mentions:
        if " " not in m.text and m.kind != "adjective" and is_adjective(m.text, lang):
            noun = _shared_noun(text, m.text, m.end, wholes, joins, lang)
            if noun is not None:
                m = replace(m, type=PLACE, base=rebase(f"{m.text} {noun}", PLACE))
        out.append(m)
    return out


_NEXT_CONJUNCT = regex.compile(r"(?:,[ \t]+|[ \t]+(\p{Ll}+)[ \t]+)(?=\p{Lu})")


def _shared_noun(
    text: str, first: str, at: int, wholes: dict[int, Mention], joins: frozenset[str], lang: str
) -> str | None:
    """The place noun, as written, that ends the run of coordinated adjectives after ``at``
    (the end of an adjective): each next one after a comma or a conjunction, the last a place's
    adjective and noun; None where the run ends otherwise."""
    run = [first]
    for _ in range(MAX_CONJUNCTS):
        step = _NEXT_CONJUNCT.match(text, at)
        if step is None or (step.group(1) is not None and step.group(1) not in joins):
            return None
        if (whole := wholes.get(step.end())) is not None:
            adjective, noun = whole.text.split()
            # adjectives that share a noun share its case and gender, so their ending: a country
            # before a sea's name ("med <Country>o in <X>im morjem") ends otherwise
            return noun if all(w[-AGREEING:] == adjective[-AGREEING:] for w in run) else None
        word = regex.match(r"\p{Lu}\p{Ll}+", text[step.end() :])
        if word is None or not is_adjective(word.group(), lang):
            return None
        run.append(word.group())
        at = step.end() + word.end()
    return None


def _unfound(
    text: str, mentions: list[Mention], lang: str, rebase: Callable[[str, str], str], bounds: tuple[int, int]
) -> list[Mention]:
    start, end = bounds
    added = []
    for hit in ADJECTIVE_NOUN_IN_SENTENCE.finditer(text, start, end):
        if (
            is_adjective(hit.group(1), lang)
            and hit.group(2) in _nouns(lang)
            and not any(m.start < hit.end() and hit.start() < m.end for m in mentions)
        ):
            surface = hit.group()
            added.append(Mention(hit.start(), hit.end(), surface, PLACE, rebase(surface, PLACE), lang))
    return added
