"""Base-form content words, the lexical signal for story grouping.

simplemma gives lemmas in 50+ languages; we keep words of five letters or more that are not in
the language's most frequent words (simplemma's own lexicon cannot tell us frequency, so a short
per-script stop list and the length cut do that job), then transliterate them so that the same
word in Russian and Bulgarian (самолет) or a shared internationalism meets across scripts.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from functools import cache, lru_cache
from importlib import resources

from storyline import lemma_tables
from storyline.analyse.text import WORD_RE, lang_at
from storyline.model import Analysis
from storyline.names import match_key

MAX_KEYWORDS = 40
MIN_LENGTH = 5
# simplemma files Croatian, Serbian and Bosnian under one code
SIMPLEMMA_ALIASES = {"hr": "hbs", "sr": "hbs", "bs": "hbs"}


@cache
def simplemma_languages() -> frozenset[str]:
    """The languages whose dictionary this simplemma ships (asking for another raises)."""
    folder = resources.files("simplemma") / "strategies" / "dictionaries" / "data"
    return frozenset(p.name.split(".")[0] for p in folder.iterdir() if p.name.endswith(".plzma"))


def lemma(word: str, lang: str) -> str:
    code = SIMPLEMMA_ALIASES.get(lang, lang)
    return lemma_tables.lemmatize(word, code) if code in simplemma_languages() else word


def find_keywords(text: str, analysis: Analysis, published: date | None) -> list[str]:
    inside_names = {(m.start, m.end) for m in analysis.mentions}
    starts = {s for s, _ in inside_names}
    counts: Counter[str] = Counter()
    for m in WORD_RE.finditer(text):
        word = m.group()
        if len(word) < MIN_LENGTH or word[0].isupper() or m.start() in starts or word.isdigit():
            continue
        lang = lang_at(analysis, m.start()) or "en"
        counts[_keyword(word.lower(), lang)] += 1
    return [w for w, _ in counts.most_common(MAX_KEYWORDS) if w]


@lru_cache(maxsize=100_000)  # news repeats its words: lemmatise and transliterate each once
def _keyword(word: str, lang: str) -> str:
    return match_key(lemma(word, lang), lang)
