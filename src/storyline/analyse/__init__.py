"""analyse: everything storyline finds in ONE document — a pure function of the text.

Each analyser is a small function ``find_*(text, analysis, published)`` that reads what earlier
analysers put on the ``Analysis`` (sentences, mentions, time expressions …) and returns its own
findings. No database, no global state beyond lazily loaded models, so the same call runs in
process, in a process pool or on a Dask worker, and its result can be cached by the text's hash.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from storyline.analyse.text import lang_at  # first: the analysers import it from here

# isort: split
from storyline.analyse import (
    claims,
    embedding,
    entities,
    events,
    figures,
    keywords,
    language,
    quotes,
    shared,
    timex,
)
from storyline.model import Analysis

__all__ = ["analyse", "lang_at", "PIPELINE"]

ANALYSER_VERSION = "4"  # 3: languages beyond the Slavic ones (names, dates, events, figures), lead vectors;
# 4: event confidence and clause-bound participants, concept keys, second recognition pass, outlets as ORG

# (name, what it assigns, the function) — the pipeline is configuration, in the order it runs.
Analyser = Callable[[str, Analysis, "date | None"], list]
PIPELINE: list[tuple[str, str, Analyser]] = [
    ("entities", "mentions", entities.find_mentions),
    ("timex", "timexes", timex.find_timexes),
    ("events", "events", events.find_events),
    ("figures", "figures", figures.find_figures),
    ("quotes", "quotes", quotes.find_quotes),
    ("claims", "claims", claims.find_claims),
    ("keywords", "keywords", keywords.find_keywords),
    ("embedding", "embedding", embedding.find_embedding),
]


def analyse(doc_text: str, lang: str | None = None, published: date | str | None = None) -> Analysis:
    """Analyse one document's canonical text.

    ``lang`` forces the document language (ISO 639-1) instead of detecting it; ``published`` is
    the publication date if known, used to resolve relative dates ("yesterday") on the spot —
    without it they stay symbolic and the linking step resolves them later.
    """
    if isinstance(published, str):
        published = date.fromisoformat(published[:10])
    doc_lang, passages = language.detect(doc_text, lang)
    analysis = Analysis(lang=doc_lang, lang_support=language.support(doc_lang), passages=passages)
    try:
        # the sentences and tokens are made once and shared by the analysers (``shared``)
        analysis.sentences = shared.of(doc_text).sentences
        for _name, attr, find in PIPELINE:
            setattr(analysis, attr, find(doc_text, analysis, published))
    finally:
        shared.release(doc_text)
    return analysis
