"""What a number counts by the word right after it: nothing said ("12 in Huesca", "12 more",
"7 reported in …"), people the pack names ("12 people", "5 children", "two crew"), or something
else ("two remote hamlets", "dvě osady", "trois hameaux isolés").

A bare number may take what the counts around it count (a list of the dead by place goes "74
in Teruel, 12 in Huesca"); a number with a counted noun of its own counts that noun, and where
the pack names no people by it, it counts no people: "…, two rural hamlets in the heart of the
Upper Range" lists places, not two dead. No list of things is needed for that: the pack's people
nouns, its function words ("in", "more", "in all" …) and the endings of its participles (or a
dictionary, where the language has one) tell the three apart."""

from __future__ import annotations

from storyline.analyse.figure_lexicon import BOUNDARY, Candidate, Lexicon, stops
from storyline.analyse.numbers import _analyzer
from storyline.analyse.phrases import PhraseList, Token

MIN_WORD = 3  # shorter words after a number are units or abbreviations ("13 h", "11 ч."), no noun
MIN_SCORE = 0.05  # a dictionary's reading of a word likelier than this is one to reckon with


def counts_no_people(toks: list[Token], lex: Lexicon, c: Candidate) -> bool:
    """Whether the number has a counted noun of its own (right after it, or past one adjective)
    that names no people the pack knows."""
    k = c.last + 1
    if not _content(toks, lex, k):
        return False  # a bare number: "12 in Huesca", "12 more", "12, among them …"
    people = (lex.nouns, lex.parts, lex.crew_parts, lex.bodies)
    for n in (k, k + 1):  # "two remote valleys", "deux zones rurales": the noun or its adjective first
        if n < len(toks) and any(words.match(toks, n) for words in people):
            return False
    if lex.morph:
        return _inanimate_noun(lex.morph, toks, lex, k)
    # "più 7 notificate in Castiglia": a participle alone says what was done to those counted, whose
    # noun is left out; "two isolated valleys": one before a noun is that noun's adjective
    return not (toks[k].low.endswith(lex.participle_endings) and not _content(toks, lex, k + 1))


def _content(toks: list[Token], lex: Lexicon, k: int) -> bool:
    """A word that may be a noun or an adjective: none of the pack's function words."""
    if k >= len(toks) or toks[k].kind != "w" or toks[k].low in BOUNDARY or len(toks[k].low) < MIN_WORD:
        return False
    if stops(toks, lex, k) or toks[k].low in lex.determiners:
        return False
    function: tuple[PhraseList, ...] = (
        lex.at, lex.preps, lex.units, lex.more, lex.aux, lex.total, lex.of_them, lex.where,
        lex.subgroup, lex.relative, lex.qualifiers_after, lex.earlier, lex.source, lex.unrelated,
    )  # fmt: skip
    return not any(words.match(toks, k) for words in function)


def _inanimate_noun(morph: str, toks: list[Token], lex: Lexicon, k: int) -> bool:
    """Where a dictionary exists: the counted noun (past adjectives) is a thing. A noun it may read
    as a living being counts people ("12 туристов" though the pack names no tourists); a participle
    or an adverb is no counted noun ("12 зарегистрированы в …")."""
    for n in (k, k + 1):
        if not _content(toks, lex, n):
            return False
        parses = [p for p in _analyzer(morph).parse(toks[n].low) if p.score > MIN_SCORE]
        if any(p.tag.POS == "NOUN" and "anim" in p.tag for p in parses):
            return False
        if any(p.tag.POS == "NOUN" for p in parses):
            return True
        if not any(p.tag.POS == "ADJF" for p in parses):
            return False
    return False
