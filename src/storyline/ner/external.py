"""A packaged tagger's opinion as a feature: natasha (slovnet, trained on Russian news) for
Cyrillic text. Its spans become one BIO tag per token; the CRF learns how far to trust them per
language (well for Russian, less for Bulgarian and Ukrainian)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
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
    out = []
    for start, end in pieces(text, PIECE):
        doc = Doc(text[start:end])
        doc.segment(segmenter)
        doc.tag_ner(ner)
        out += [(start + s.start, start + s.stop, s.type) for s in doc.spans]
    return out


# natasha tags a text as one sequence: its memory grows with the text (about 1.6 GB per million
# characters), so a long text goes to it in pieces of this many characters, cut between paragraphs
PIECE = 100_000


def pieces(text: str, size: int | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of consecutive pieces of ``text`` of at most ``size`` characters, each cut
    after a line break where the piece has one, else after a space; a text of ``size`` or less is
    one piece (every news article: they are read whole, as before)."""
    size = size or PIECE
    start = 0
    while len(text) - start > size:
        window_end = start + size
        cut = text.rfind("\n", start, window_end)
        if cut < 0:
            cut = text.rfind(" ", start, window_end)
        end = cut + 1 if cut >= 0 else window_end
        yield start, end
        start = end
    yield start, len(text)


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
