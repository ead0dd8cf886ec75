"""Named-entity mentions with base forms.

Each passage goes to the best recogniser its language has:
- the trained tagger (``storyline.ner``: a CRF learned from annotated Slavic news, with natasha's
  opinion as a feature on Cyrillic text) for bg, cs, pl, ru, sl, uk and the languages close to
  them (sk, hr, bs, sr, mk, be, kk borrow a trained language's features);
- rules (``entity_rules``) for English and every other language, and whenever no model is
  installed.
Then the same clean-up for all: names that are general words in every language's list (months,
section headings) go, and each base form gets one type per document. Last, relational adjectives
of countries ("азербайджанския", "the Azerbaijani") become mentions of the country (``adjectives``).
"""

from __future__ import annotations

from datetime import date

from storyline import ner
from storyline.analyse.adjectives import find_adjectives
from storyline.analyse.entity_rules import find_by_rules, lexicon
from storyline.model import Analysis, Mention
from storyline.names import fold

MIN_LETTERS = 2


def find_mentions(text: str, analysis: Analysis, published: date | None) -> list[Mention]:
    mentions: list[Mention] = []
    for p in analysis.passages or []:
        mentions += find_in(text, p.start, p.end, p.lang)
    mentions = harmonise_types(mentions)
    for p in analysis.passages or []:
        mentions += find_adjectives(text, p.start, p.end, p.lang, mentions)
    return sorted(mentions, key=lambda m: m.start)


def find_in(text: str, start: int, end: int, lang: str | None) -> list[Mention]:
    """Mentions in ``text[start:end]`` written in ``lang``."""
    model_lang = ner.tagger_lang(lang)
    recogniser = ner.recogniser() if model_lang else None
    if recogniser is None or model_lang is None:
        return find_by_rules(text, start, end, lang)
    stop = lexicon(lang).not_names
    out = []
    for f in recogniser.find(text, start, end, model_lang):
        surface = text[f.start : f.end]
        if sum(ch.isalpha() for ch in surface) < MIN_LETTERS or fold(surface) in stop or fold(f.base) in stop:
            continue
        out.append(Mention(f.start, f.end, surface, f.type, f.base, lang))
    return out


def harmonise_types(mentions: list[Mention]) -> list[Mention]:
    """One type per base form in a document: the majority wins (a tagger sometimes calls a
    country a person once in a dozen)."""
    votes: dict[str, dict[str, int]] = {}
    for m in mentions:
        key = fold(m.base or m.text)
        votes.setdefault(key, {}).setdefault(m.type, 0)
        votes[key][m.type] += 1
    for m in mentions:
        tally = votes[fold(m.base or m.text)]
        m.type = max(tally, key=lambda t: (tally[t], t == m.type))
    return sorted(mentions, key=lambda m: m.start)
