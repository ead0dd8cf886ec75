"""A packaged tagger's opinion as a feature: natasha (slovnet, trained on Russian news) for
Cyrillic text. Its spans become one BIO tag per token; the CRF learns how far to trust them per
language (well for Russian, less for Bulgarian and Ukrainian)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from storyline.ner.tokens import Token

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
CYRILLIC_LANGS = frozenset({"ru", "bg", "uk", "be", "sr", "mk", "kk"})


@cache
def _natasha():  # noqa: ANN202 - natasha objects are untyped
    from natasha import NewsEmbedding, NewsNERTagger, Segmenter

    return Segmenter(), NewsNERTagger(NewsEmbedding())


def natasha_spans(text: str) -> list[tuple[int, int, str]]:
    from natasha import Doc

    segmenter, ner = _natasha()
    doc = Doc(text)
    doc.segment(segmenter)
    doc.tag_ner(ner)
    return [(s.start, s.stop, s.type) for s in doc.spans]


def applies(text: str, lang: str | None) -> bool:
    return lang in CYRILLIC_LANGS and bool(_CYRILLIC.search(text))


def token_tags(sents: Sequence[Sequence[Token]], spans: list[tuple[int, int, str]]) -> list[list[str]]:
    """BIO tag per token from character spans (a token inside a span takes its type)."""
    starts = sorted(spans)
    out: list[list[str]] = []
    k = 0
    for sent in sents:
        tags = []
        for tok in sent:
            while k < len(starts) and starts[k][1] <= tok.start:
                k += 1
            tag = "O"
            if k < len(starts) and starts[k][0] <= tok.start and tok.end <= starts[k][1]:
                tag = ("B-" if tok.start == starts[k][0] else "I-") + starts[k][2]
            tags.append(tag)
        out.append(tags)
    return out
