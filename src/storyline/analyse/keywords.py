"""Base-form content words, the lexical signal for story grouping.

simplemma gives lemmas in 50+ languages; we keep words of five letters or more that are not in
the language's most frequent words (simplemma's own lexicon cannot tell us frequency, so a short
per-script stop list and the length cut do that job), then transliterate them so that the same
word in Russian and Bulgarian (самолет) or a shared internationalism meets across scripts.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

import simplemma

from storyline.analyse.text import WORD_RE, lang_at
from storyline.model import Analysis
from storyline.names import match_key

MAX_KEYWORDS = 40
MIN_LENGTH = 5
SIMPLEMMA_LANGS = {"bg", "cs", "en", "pl", "ru", "sk", "sl", "uk", "de", "fr", "es", "it", "hr", "mk", "lt", "lv",
                   "et", "fi", "sv", "nl", "pt", "ro", "hu", "tr", "el"}  # fmt: skip


def find_keywords(text: str, analysis: Analysis, published: date | None) -> list[str]:
    inside_names = {(m.start, m.end) for m in analysis.mentions}
    starts = {s for s, _ in inside_names}
    counts: Counter[str] = Counter()
    for m in WORD_RE.finditer(text):
        word = m.group()
        if len(word) < MIN_LENGTH or word[0].isupper() or m.start() in starts or word.isdigit():
            continue
        lang = lang_at(analysis, m.start()) or "en"
        lemma = simplemma.lemmatize(word.lower(), lang=lang) if lang in SIMPLEMMA_LANGS else word.lower()
        counts[match_key(lemma, lang)] += 1
    return [w for w, _ in counts.most_common(MAX_KEYWORDS) if w]
