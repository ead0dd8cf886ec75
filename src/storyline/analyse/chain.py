"""The analyser chain: every analyser in the order it runs, and ``analyse`` that runs them on one
document. Kept apart from the package's ``__init__`` so that importing one analysis module (or
``ANALYSER_VERSION``) does not import every analyser and its models' code."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

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
    source_spans,
    timex,
)
from storyline.model import Analysis

__all__ = ["analyse", "PIPELINE"]


# (name, what it assigns, the function) — the pipeline is configuration, in the order it runs.
Analyser = Callable[[str, Analysis, "date | None"], list]
PIPELINE: list[tuple[str, str, Analyser]] = [
    ("entities", "mentions", entities.find_mentions),
    ("timex", "timexes", timex.find_timexes),
    ("events", "events", events.find_events),
    ("figures", "figures", figures.find_figures),
    ("quotes", "quotes", quotes.find_quotes),
    ("claims", "claims", claims.find_claims),
    # a source's cut name made whole once figures, quotes and claims say which mentions are sources
    ("source names", "mentions", source_spans.complete_sources),
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
