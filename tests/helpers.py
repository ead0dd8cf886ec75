"""Small builders shared by the tests: linked documents, time expressions and figures of one text."""

from __future__ import annotations

import hashlib
from datetime import date

from storyline.analyse import analyse
from storyline.analyse.figures import find_figures
from storyline.analyse.text import split_sentences
from storyline.analyse.timex import find_timexes
from storyline.link.context import LinkContext
from storyline.link.entities import link_entities
from storyline.model import Analysis, Document, FigureMention, Mention, TimeExpr

PUB = date(2023, 3, 16)  # a Thursday


def linked(texts: dict[str, tuple[str, str]]) -> LinkContext:
    """Documents (name → (language, text)) analysed and their entities linked."""
    docs, analyses = {}, {}
    for name, (lang, text) in texts.items():
        doc_id = "d-" + hashlib.sha256(text.encode()).hexdigest()[:16]
        docs[doc_id] = Document(doc_id, name, text, "0" * 64, "0" * 64, lang=lang)
        analyses[doc_id] = analyse(text, lang=lang)
    ctx = LinkContext(docs, analyses)
    link_entities(ctx)
    return ctx


def timexes(text: str, lang: str, published: date | None = PUB) -> list[TimeExpr]:
    return find_timexes(text, Analysis(lang=lang), published)


def one_timex(text: str, lang: str, published: date | None = PUB) -> TimeExpr:
    found = timexes(text, lang, published)
    assert len(found) == 1, [t.text for t in found]
    return found[0]


def figures(text: str, lang: str, places: tuple[str, ...] = ()) -> list[FigureMention]:
    """The figures of one text; ``places`` are given as the text's place mentions."""
    analysis = Analysis(lang=lang)
    analysis.sentences = split_sentences(text)
    for name in places:
        start = text.index(name)
        analysis.mentions.append(
            Mention(start=start, end=start + len(name), text=name, type="LOC", base=name)
        )
    return find_figures(text, analysis, None)
